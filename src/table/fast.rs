//! A fast reader for the shape tables almost always have: `[[normal]]` and
//! `[[abnormal]]` headers, `key = "basic string"` lines, comments and blank
//! lines. It accepts only text the TOML parser would read the same way; at
//! anything else (multi-line strings, inline tables, unusual escapes, unknown
//! or repeated keys, a missing field) it gives up and the TOML parser
//! decides, so that parser stays the authority on every error message.

use super::parse::{RawEntry, RawTable};
use rayon::prelude::*;
use toml::Spanned;

/// Text below this size is read on one thread.
const PARALLEL_MIN_BYTES: usize = 1 << 20;

pub(super) fn parse(text: &str) -> Option<RawTable> {
    let chunks = chunk_starts(text, rayon::current_num_threads());
    let ranges: Vec<(usize, usize)> =
        chunks.iter().zip(chunks.iter().skip(1).chain([&text.len()])).map(|(&a, &b)| (a, b)).collect();
    let parts: Vec<Option<RawTable>> = ranges.par_iter().map(|&(start, end)| parse_range(text, start, end)).collect();
    let mut table = RawTable { normal: Vec::new(), abnormal: Vec::new() };
    for part in parts {
        let part = part?;
        table.normal.extend(part.normal);
        table.abnormal.extend(part.abnormal);
    }
    Some(table)
}

/// Whether the TOML parser reads `text` exactly as this reader does, spans
/// and all (`Err` says how not). Text this reader gives up on agrees.
pub(super) fn agrees_with_toml(text: &str) -> Result<(), String> {
    let Some(fast) = parse(text) else { return Ok(()) };
    let full = super::parse::parse_toml("text", text)
        .map_err(|err| format!("the fast reader took text the TOML parser refuses: {err}"))?;
    for (group, fast, full) in [("normal", &fast.normal, &full.normal), ("abnormal", &fast.abnormal, &full.abnormal)] {
        if fast.len() != full.len() {
            return Err(format!("{group}: {} rows read fast, {} by TOML", fast.len(), full.len()));
        }
        for (fast, full) in fast.iter().zip(full) {
            // Debug shows each field's span as well as its value (`==` compares values only).
            let (fast, full) = (format!("{fast:?}"), format!("{full:?}"));
            if fast != full {
                return Err(format!("{group}: read fast as {fast}, by TOML as {full}"));
            }
        }
    }
    Ok(())
}

/// Where to cut `text` into about `count` pieces, each but the first starting
/// at a `[[` header line, so that each piece reads on its own.
fn chunk_starts(text: &str, count: usize) -> Vec<usize> {
    let mut starts = vec![0];
    if text.len() < PARALLEL_MIN_BYTES {
        return starts;
    }
    for index in 1..count {
        let target = (text.len() / count * index).max(*starts.last().unwrap_or(&0));
        match memchr::memmem::find(&text.as_bytes()[target..], b"\n[[") {
            Some(found) => starts.push(target + found + 1),
            None => break,
        }
    }
    starts.dedup();
    starts
}

fn parse_range(text: &str, start: usize, end: usize) -> Option<RawTable> {
    let mut table = RawTable { normal: Vec::new(), abnormal: Vec::new() };
    let mut current: Option<(bool, Fields)> = None;
    let mut next_line = start;
    while next_line < end {
        let line_start = next_line;
        let newline = memchr::memchr(b'\n', &text.as_bytes()[line_start..end]);
        let line_end = newline.map_or(end, |i| line_start + i);
        next_line = line_end + 1;
        let line = &text[line_start..line_end];
        // A CR ends a line only before a LF: TOML refuses a bare one, even at the end of the file.
        let line = if newline.is_some() { line.strip_suffix('\r').unwrap_or(line) } else { line };
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let content = &line[indent..];
        if content.is_empty() || content.starts_with('#') {
            if !is_clean_comment(content) {
                return None;
            }
            continue;
        }
        if let Some(is_normal) = header(content) {
            if let Some(done) = current.take() {
                push(&mut table, done)?;
            }
            current = Some((is_normal, Fields::default()));
            continue;
        }
        let (_, fields) = current.as_mut()?;
        let equals = memchr::memchr(b'=', content.as_bytes())?;
        let (key, rest) = (&content[..equals], &content[equals + 1..]);
        let key = key.trim_end_matches([' ', '\t']);
        let value_text = rest.trim_start_matches([' ', '\t']);
        let value_start = line_start + indent + (content.len() - value_text.len());
        let (value, after_quote) = basic_string(value_text)?;
        let after = after_quote.trim_start_matches([' ', '\t']);
        if !(after.is_empty() || after.starts_with('#') && is_clean_comment(after)) {
            return None;
        }
        let span = value_start..value_start + (value_text.len() - after_quote.len());
        fields.set(key, Spanned::new(span, value))?;
    }
    if let Some(done) = current.take() {
        push(&mut table, done)?;
    }
    Some(table)
}

fn header(content: &str) -> Option<bool> {
    let (name, rest) = content.strip_prefix("[[")?.split_once("]]")?;
    let rest = rest.trim_start_matches([' ', '\t']);
    if !(rest.is_empty() || rest.starts_with('#') && is_clean_comment(rest)) {
        return None;
    }
    match name {
        "normal" => Some(true),
        "abnormal" => Some(false),
        _ => None,
    }
}

/// TOML forbids control characters (other than tab) in comments.
fn is_clean_comment(comment: &str) -> bool {
    !comment.chars().any(|c| c != '\t' && (c.is_control()))
}

/// A one-line basic string at the start of `text`: its value and what follows it.
fn basic_string(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    if body.starts_with("\"\"") {
        return None;
    }
    // Most values have no escapes: find the closing quote bytewise and copy once.
    let plain_end = memchr::memchr2(b'"', b'\\', body.as_bytes())?;
    let plain = &body[..plain_end];
    if body.as_bytes()[plain_end] == b'"' && !plain.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Some((plain.to_string(), &body[plain_end + 1..]));
    }
    let mut value = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => return Some((value, &body[index + 1..])),
            '\\' => {
                let escaped = match chars.next()?.1 {
                    '"' => '"',
                    '\\' => '\\',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => hex_char(&mut chars, 4)?,
                    'U' => hex_char(&mut chars, 8)?,
                    _ => return None,
                };
                value.push(escaped);
            }
            c if c != '\t' && c.is_control() => return None,
            c => value.push(c),
        }
    }
    None
}

fn hex_char(chars: &mut std::str::CharIndices, digits: usize) -> Option<char> {
    let mut code = 0u32;
    for _ in 0..digits {
        code = code * 16 + chars.next()?.1.to_digit(16)?;
    }
    char::from_u32(code)
}

#[derive(Default)]
struct Fields {
    code: Option<Spanned<String>>,
    reason: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
    spec: Option<Spanned<String>>,
    rust: Option<Spanned<String>>,
    go: Option<Spanned<String>>,
    python: Option<Spanned<String>>,
    notes: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
}

impl Fields {
    /// Stores a field; `None` for an unknown or repeated key.
    fn set(&mut self, key: &str, value: Spanned<String>) -> Option<()> {
        let slot = match key {
            "code" => &mut self.code,
            "reason" => &mut self.reason,
            "description" => &mut self.description,
            "spec" => &mut self.spec,
            "rust" => &mut self.rust,
            "go" => &mut self.go,
            "python" => &mut self.python,
            "notes" => &mut self.notes,
            "status" => &mut self.status,
            _ => return None,
        };
        if slot.is_some() {
            return None;
        }
        *slot = Some(value);
        Some(())
    }
}

fn push(table: &mut RawTable, (is_normal, fields): (bool, Fields)) -> Option<()> {
    let entry = RawEntry {
        code: fields.code?,
        reason: fields.reason?,
        description: fields.description?,
        spec: fields.spec,
        rust: fields.rust,
        go: fields.go,
        python: fields.python,
        notes: fields.notes,
        status: fields.status,
    };
    if is_normal { &mut table.normal } else { &mut table.abnormal }.push(entry);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::super::generate::toml_string;
    use super::*;

    fn assert_same(text: &str) {
        assert!(parse(text).is_some(), "fast path gave up on {text:?}");
        agrees_with_toml(text).unwrap_or_else(|why| panic!("{why}: {text:?}"));
    }

    #[test]
    fn reads_the_embedded_table_as_toml_does() {
        assert_same(super::super::EMBEDDED_SOURCE);
    }

    #[test]
    fn reads_generated_tables_as_toml_does() {
        assert_same(&super::super::generate::generate(500));
    }

    #[test]
    fn escapes_comments_crlf_and_indentation() {
        assert_same("# top\r\n[[normal]] # x\r\n  code = \"a\\\"b\" # c\r\n\treason = \"\\u00e9\\t\\\\\"\r\ndescription=\"\\U0001F600 \\b\\f\\n\\r\"\r\n");
    }

    #[test]
    fn large_tables_read_in_pieces_as_a_whole() {
        let text = super::super::generate::generate(20_000);
        assert!(text.len() > PARALLEL_MIN_BYTES);
        let starts = chunk_starts(&text, 4);
        assert_eq!(starts.len(), 4);
        assert!(starts[1..].iter().all(|&start| text[start..].starts_with("[[")));
        let whole = parse_range(&text, 0, text.len()).unwrap();
        let pieces = parse(&text).unwrap();
        assert_eq!(pieces, whole);
        let spans = |t: &RawTable| t.abnormal.iter().map(|e| e.code.span()).collect::<Vec<_>>();
        assert_eq!(spans(&pieces), spans(&whole));
    }

    #[test]
    fn spans_point_at_the_opening_quote() {
        let table = parse("[[normal]]\ncode = \"200\"\nreason = \"OK\" # c\ndescription = \"d\"\n").unwrap();
        assert_eq!(table.normal[0].code.span(), 18..23);
        assert_eq!(table.normal[0].reason.span(), 33..37);
    }

    /// A table's lines, to be joined with any line endings.
    const LINES: [&str; 12] = [
        "# top",
        "[[normal]]",
        "code = \"200\"",
        "reason = \"OK\" # c",
        "description = \"d\"",
        "",
        "[[abnormal]]",
        "  code = \"404\"",
        "reason = \"Not Found\"",
        "description = \"gone\"",
        "notes = \"n\"",
        "# end",
    ];

    proptest::proptest! {
        #[test]
        fn any_field_text_reads_as_toml_reads_it(
            rows in proptest::collection::vec(("(?s).{0,12}", "(?s).{1,20}", "(?s).{0,40}", proptest::bool::ANY), 1..6),
            escape in proptest::bool::ANY,
            crlf in proptest::bool::ANY,
        ) {
            let mut text = String::from("# generated\n");
            for (code, reason, description, normal) in &rows {
                let group = if *normal { "normal" } else { "abnormal" };
                text.push_str(&format!(
                    "[[{group}]]\ncode = {}\nreason = {}  # note\ndescription = {}\n\n",
                    toml_string(code, escape), toml_string(reason, escape), toml_string(description, escape)
                ));
            }
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            proptest::prop_assert!(parse(&text).is_some(), "gave up on {:?}", text);
            proptest::prop_assert!(agrees_with_toml(&text).is_ok(), "{:?}: {:?}", agrees_with_toml(&text), text);
        }

        #[test]
        fn any_line_endings_read_as_toml_reads_them(
            endings in proptest::collection::vec(
                proptest::sample::select(&["\n", "\n", "\r\n", "\r\n", " \r\n", " # c\r\n", "\r", "\r\r\n"][..]),
                LINES.len() - 1,
            ),
            last in proptest::sample::select(&["", "\n", "\r\n", "\r", "\r\r", "\n\r"][..]),
            bare_cr in proptest::option::weighted(0.3, proptest::arbitrary::any::<proptest::sample::Index>()),
        ) {
            let mut text = String::new();
            for (line, ending) in LINES.iter().zip(endings.iter().chain([&last])) {
                text.push_str(line);
                text.push_str(ending);
            }
            if let Some(at) = bare_cr {
                text.insert(at.index(text.len() + 1), '\r');
            }
            let agreed = agrees_with_toml(&text);
            proptest::prop_assert!(agreed.is_ok(), "{:?}: {:?}", agreed, text);
            let only_lf_or_crlf = !text.replace("\r\n", "").contains('\r');
            proptest::prop_assert_eq!(parse(&text).is_some(), only_lf_or_crlf, "{:?}", text);
        }

        #[test]
        fn whatever_the_fast_reader_accepts_toml_reads_the_same(
            cut in 0usize..2000, insert in "[\\[\\]=\"#\\\\ \r\n\ta-z]{0,6}",
        ) {
            let source = super::super::EMBEDDED_SOURCE;
            let mut at = cut.min(source.len());
            while !source.is_char_boundary(at) {
                at -= 1;
            }
            let text = format!("{}{insert}{}", &source[..at], &source[at..]);
            let agreed = agrees_with_toml(&text);
            proptest::prop_assert!(agreed.is_ok(), "{:?}: {:?}", agreed, text);
        }
    }

    #[test]
    fn gives_up_on_everything_else() {
        for text in [
            "[[normal]]\ncode = '200'\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"\"\"200\"\"\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"200\"\nreason = \"OK\"\n",
            "[[normal]]\ncode = \"200\"\ncode = \"201\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"200\"\ncolor = \"x\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "code = \"200\"\n",
            "[[weird]]\ncode = \"200\"\n",
            "[[normal]]\ncode = 200\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"2\\x41\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"200\" junk\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"2\u{1}0\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[normal]\ncode = \"200\"\n",
            "[[normal]]\n\"code\" = \"200\"\nreason = \"OK\"\ndescription = \"d\"\n",
        ] {
            assert!(parse(text).is_none(), "accepted {text:?}");
        }
    }
}
