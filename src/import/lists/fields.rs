//! Names set as code that describe fields, not errors ("`className`: A CSS class name",
//! "`alg` header field (string): …"): a run of them is prose, whatever shape its lines take.

use super::entry::{entry, heading_code, Entry};
use super::words;
use super::AT_LEAST;
use crate::import::cells::{span_led, whole_number};
use crate::import::Block;
use std::collections::HashSet;

/// Moves to `out`, as prose, the entries of `run` that are fields: all of them when they are
/// lower-case words under a heading that speaks of no codes, else the names set as code when
/// most lines are such names and few are written as errors are.
pub(super) fn to_prose(run: &mut Vec<(String, Entry)>, out: &mut Vec<Block>) {
    // "`alg` header field (string): …", "`typ` …": lower-case words set as code, under a heading
    // that speaks of no codes, are a list of fields.
    let word = |code: &str| code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    let fields = run.iter().all(|(_, entry)| word(&entry.code) && !whole_number(&entry.code));
    let heading = out.iter().rev().find_map(|block| match block {
        Block::Heading(heading) => Some(heading.as_str()),
        _ => None,
    });
    // "`className`: A CSS class name", "`name` - The error name": names set as code are a
    // list of fields unless most are written as errors are ("invalid_arguments").
    let set_as_code = |line: &str| line.strip_prefix('`').is_some_and(|rest| rest.contains('`'));
    // "invalid_arguments", "RATE_LIMITED", "Timeout"; not "address.type", a property's path,
    // nor "className", a property's name.
    let lower = |code: &str| code.bytes().any(|b| b.is_ascii_lowercase());
    let capital = |code: &str| code.starts_with(|c: char| c.is_ascii_uppercase()) && !code.contains('.');
    let error_shaped = |code: &str| code.contains('_') && !code.contains('.') || !lower(code) || capital(code);
    let spanned: Vec<&Entry> =
        run.iter().filter(|(line, entry)| set_as_code(line) && !whole_number(&entry.code)).map(|(_, e)| e).collect();
    let spanned_names = spanned.len() * 2 > run.len();
    let errors_written = spanned.iter().filter(|entry| error_shaped(&entry.code)).count() * 2 > spanned.len();
    // "Fields:" over "- `avg_loop_ms`: …": a label that calls them fields says what they are.
    let labelled_fields = match out.last() {
        Some(Block::Text(label)) => {
            let label = label.trim();
            label.ends_with([':', '：']) && label.split_whitespace().count() <= 3 && words::mentions(label, FIELD_WORDS)
        }
        _ => false,
    };
    // "### Rate Limiting Headers" over "- `X-RateLimit-Limit`: …": a response's headers, named.
    let header_name = |code: &str| {
        let parts: Vec<&str> = code.split('-').collect();
        // Capitalised words ("Retry-After", "X-Storage-Used"), not a code's capitals ("ERR-AUTH").
        let word =
            |p: &&str| p.starts_with(|c: char| c.is_ascii_uppercase()) && p.contains(|c: char| c.is_ascii_lowercase());
        parts.len() >= 2 && parts.iter().all(|p| *p == "X" || word(p))
    };
    let headers = heading.is_some_and(|h| words::mentions(h, &["headers", "header"]))
        && run.iter().all(|(_, entry)| header_name(&entry.code));
    if labelled_fields || headers || fields && !heading.is_some_and(words::speaks_of_codes) {
        out.extend(run.drain(..).map(|(line, _)| Block::Text(line)));
    } else if spanned_names && !errors_written && !heading.is_some_and(|h| lists_errors(h, &spanned)) {
        // The fields are prose; codes listed among them ("`402` если …") stay codes.
        let (names, codes): (Vec<_>, Vec<_>) =
            run.drain(..).partition(|(line, entry)| set_as_code(line) && !whole_number(&entry.code));
        out.extend(names.into_iter().map(|(line, _)| Block::Text(line)));
        run.extend(codes);
    }
}

/// "# Documented errors" over "- `emptyBody`: …": a heading of codes over names that are none of
/// an error body's fields ("`code`", "`message`"), nor under a heading of its shape ("Error format").
fn lists_errors(heading: &str, names: &[&Entry]) -> bool {
    let of_fields = names.iter().any(|entry| BODY_FIELDS.contains(&entry.code.to_ascii_lowercase().as_str()));
    words::speaks_of_codes(heading) && !words::mentions(heading, SHAPES) && !of_fields
}

#[rustfmt::skip]
const BODY_FIELDS: &[&str] = &[
    "code", "message", "status", "error", "errors", "detail", "details", "type", "title", "timestamp", "path",
    "requestid", "request_id", "traceid", "trace_id", "instance", "data", "success", "statuscode", "errorcode",
];

/// Words that call what a list names fields: "Fields:", "Response properties:".
#[rustfmt::skip]
const FIELD_WORDS: &[&str] = &[
    "field", "fields", "property", "properties", "attribute", "attributes", "parameter", "parameters", "member",
    "members", "字段", "参数", "属性",
];

/// Words of a heading over an error body's fields: "Error response format", "Error object".
#[rustfmt::skip]
const SHAPES: &[&str] = &[
    "format", "structure", "object", "schema", "field", "fields", "response", "body", "shape", "payload",
    "property", "properties", "model", "envelope", "attributes", "parameters",
];

/// Headings that name no code though they look it: fields of a response, told by their
/// values listed below ("SumUpAPI.Response.RESULT_CODE" over "ResultCode.SUCCESSFUL = 1",
/// "ResultCode.ERROR_TRANSACTION_FAILED = 2"…) or by a data type ("Type: String").
pub(super) fn headings_of_fields(blocks: &[Block]) -> HashSet<String> {
    let mut fields = HashSet::new();
    // Each heading that looks like a code, with the codes listed under it and whether a type is.
    let mut current: Option<(&String, usize, bool)> = None;
    let mut end = |current: &mut Option<(&String, usize, bool)>| {
        if let Some((heading, _, _)) = current.take().filter(|(_, codes, typed)| *codes >= AT_LEAST || *typed) {
            fields.insert(heading.clone());
        }
    };
    for block in blocks {
        match block {
            Block::Heading(text) => {
                end(&mut current);
                // "`server_error` - HTTP 5xx Server Errors": a code and its name, whatever it lists.
                let named = span_led(text).is_some_and(|(_, mark, _)| mark != ':');
                current = heading_code(text).filter(|_| !named).map(|_| (text, 0, false));
            }
            Block::Text(text) => {
                if let Some((_, codes, typed)) = current.as_mut() {
                    *codes += usize::from(entry(text).is_some_and(|e| !e.text.is_empty()));
                    *typed |= data_type(text);
                }
            }
            _ => {}
        }
    }
    end(&mut current);
    // "`AppErrorCode.INVALID`" among "`AppErrorCode.FORBIDDEN`", "`AppErrorCode.NOT_FOUND`"…: one
    // of a family of codes, whatever its section lists.
    let family = |text: &str| heading_code(text).and_then(|e| e.code.rsplit_once('.').map(|(f, _)| f.to_string()));
    let families: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(text) => family(text),
            _ => None,
        })
        .collect();
    let field_families: Vec<String> = fields.iter().filter_map(|text| family(text)).collect();
    let kin = |text: &String| {
        family(text).is_some_and(|f| {
            let (all, as_fields) =
                (families.iter().filter(|g| **g == f).count(), field_families.iter().filter(|g| **g == f).count());
            all > AT_LEAST && as_fields * 2 < all
        })
    };
    fields.retain(|heading| !kin(heading));
    fields
}

/// "Type: int", "Type: Parcelable of type …": the line that gives a field's data type.
fn data_type(line: &str) -> bool {
    const TYPES: &[&str] = &[
        "int",
        "integer",
        "long",
        "float",
        "double",
        "number",
        "string",
        "boolean",
        "bool",
        "object",
        "array",
        "parcelable",
    ];
    let Some((label, value)) = line.split_once([':', '：']) else { return false };
    let first = value.split_whitespace().next().unwrap_or("").to_lowercase();
    label.trim().eq_ignore_ascii_case("type") && TYPES.contains(&first.as_str())
}
