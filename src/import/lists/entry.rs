//! One line or heading that pairs a code with its text: "10001: No site
//! matched", "`unauthorized` คือ …", "-2, \"Zlé vstupné hodnoty.\",",
//! "### -1000 UNKNOWN".

use crate::import::cells::{
    camel_hump, code_range, code_span, declared_error, error_identifier, hex_code, http_status, status_word,
    whole_number,
};
use crate::import::profile::leading_codes;
use asides::{named_in_parentheses, without_status_tag};
pub(super) use counted::{capital_led, names_an_error, plain_numbered, spanned_dashed};
pub(super) use heading::{bracketed, capitals_alone, dashed_among_codes, dashed_number, heading_code, numbers_joined};
pub(super) use joined::{either_code, named_statuses, statuses_joined};
use named_first::{code_last, valued};
pub(super) use registered::{registered_lead, status_led};

mod asides;
mod counted;
mod heading;
mod joined;
mod named_first;
mod registered;

/// A line that starts an entry by its mark ("1001:", "| 0 |", "名称: 1100"), not
/// one a wrapped sentence may start ("500 requests were sent…").
pub(super) fn starts_entry(line: &str) -> bool {
    let found = piped(line).or_else(|| code_last(line)).or_else(|| code_first(line).filter(|_| marked(line)));
    found.is_some() || status_named_first(line) || status_led(line)
}

/// "400 Bad Request: Malformed.": a status and its registered name, then a colon and a text
/// of its own; not prose wrapped there ("200 OK: the body is stored as is, and").
fn status_named_first(line: &str) -> bool {
    let Some((lead, text)) = line.split_once([':', '：']) else { return false };
    let (code, name) = crate::import::cells::split_code(lead.trim());
    let own = text.trim().starts_with(|c: char| !c.is_lowercase());
    !text.trim().is_empty() && own && crate::catalogue::is_http_name(&code, &name)
}

/// Whether a line that lists a code ends with its text ("1001: The request failed"), not
/// with the code ("系统错误: 1100") or a cell ("| 0 | No Error |").
pub(super) fn ends_with_text(line: &str) -> bool {
    piped(line).is_none() && code_last(line).is_none() && code_first(line).is_some()
}

/// Whether the code the line starts with is followed by a mark: ":", "=", a dash.
fn marked(line: &str) -> bool {
    let declared = declaration(line).is_some_and(|(_, after)| said(after.trim_start()).is_some());
    said(first_word(line).1).is_some() || shared_text(line).is_some() || declared
}

/// "`TooManyInBatch(uint256 maxKeys)` : …" → the declaration (set as code or not), and what follows it.
fn declaration(line: &str) -> Option<(&str, &str)> {
    let spanned = line.strip_prefix('`').and_then(|r| r.split_once('`'));
    let plain = || line.find(')').map(|at| (&line[..=at], &line[at + 1..]));
    spanned.or_else(plain).filter(|(inner, _)| declared_error(inner))
}

/// "ACCOUNT_IS_INVALID `"The IBAN is not valid."`": an enum's member, then the message it stands
/// for, quoted as the source sets it (the page's code span is gone by the time the line is read).
/// Codes only where a heading of codes stands over them, as UI strings are written alike.
pub(super) fn quoted_member(line: &str) -> Option<Entry> {
    let (word, rest) = first_word(line.trim());
    let text = code_span(rest).unwrap_or(rest);
    let words = text.split_whitespace().count() >= 2;
    let quoted = words && text.len() > 2 && text.starts_with('"') && text.ends_with('"');
    (quoted && identifier(word)).then(|| described(word, text))
}

/// "500, 502, 503, 504 - Server Errors": codes that share one text, set apart by a mark.
fn shared_text(line: &str) -> Option<(Vec<String>, String)> {
    // The text is the end of the line, so what is before it is the codes and the mark.
    let line = line.trim();
    let (codes, text) = leading_codes(line)?;
    let before = line[..line.len() - text.len()].trim_end();
    let marked = before.ends_with(['-', '–', '—', ':', '=']);
    (marked && codes.iter().all(|c| long_code(c) || identifier(c))).then_some((codes, text))
}

/// The word a line starts with ("`E1`:" → "`E1`"), and the rest after it.
fn first_word(line: &str) -> (&str, &str) {
    let end = line.find(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '=' | ',')).unwrap_or(line.len());
    (&line[..end], line[end..].trim_start())
}

/// What follows a mark between a code and its text (": ", " = ", " - "), if there is one.
fn said(rest: &str) -> Option<&str> {
    // "`OK` → 200: éxito.", "400 -> BadRequest": an arrow leads to the text, past the status answered.
    if let Some(after) = arrowed(rest) {
        let status = after.split_once([':', '：']).filter(|(s, _)| status_word(s.trim()));
        return Some(status.map_or(after, |(_, text)| text).trim());
    }
    // "10001 //参数错误": a code, then its comment; "-2, \"Zlé vstupné hodnoty.\",": a code, then a string.
    let string = || rest.strip_prefix(',').map(str::trim_start).filter(|t| t.starts_with('"')).map(unquoted);
    // "VHLiveStatusNone = kLiveStatusNone,", "VHLogType_OFF = 0, //关闭日志": a constant declared
    // in a program's source, its value a name or a number, not a code's text.
    if declared(rest) {
        return None;
    }
    // "4001 | 握手失败": a code and its text set apart as a table's two cells, with no table.
    let piped = || rest.strip_prefix('|').filter(|text| !text.contains('|'));
    rest.strip_prefix("//")
        .or_else(|| rest.strip_prefix([':', '：', '=', '-', '–', '—']))
        .or_else(piped)
        .map(str::trim)
        .or_else(string)
}

/// "= kLiveStatusNone,", "= 0, //…": a value assigned as a program's source assigns one.
fn declared(rest: &str) -> bool {
    declared_value(rest).is_some()
}

/// The value of [`declared`]: "kLiveStatusNone", "0".
fn declared_value(rest: &str) -> Option<&str> {
    let value = rest.strip_prefix('=').map(str::trim_start)?;
    let end = value.find([',', ';']).unwrap_or(value.len());
    let (token, after) = (value[..end].trim(), value[end..].trim_start_matches([',', ';']).trim());
    let token_like = !token.is_empty() && token.chars().all(|c| c.is_alphanumeric() || c == '_');
    (token_like && end < value.len() && (after.is_empty() || after.starts_with("//"))).then_some(token)
}

/// What follows an arrow ("→", "->") a text opens with.
fn arrowed(text: &str) -> Option<&str> {
    text.strip_prefix("->").or_else(|| text.strip_prefix(['→', '⇒'])).map(str::trim_start)
}

/// "BadRequest (any params or whatever is bad)": a name set as code, its text in parentheses.
fn named_aside(text: &str) -> Option<(&str, &str)> {
    let (name, inner) = text.strip_suffix(')')?.split_once(" (")?;
    (identifier(name) && inner.split_whitespace().count() >= 2).then_some((name, inner.trim()))
}

/// The string a text opens with, when only punctuation or a comment follows it.
fn unquoted(text: &str) -> &str {
    let Some((inner, after)) = text.strip_prefix('"').and_then(|t| t.split_once('"')) else { return text };
    let after = after.trim_start_matches([',', ';']).trim();
    if after.is_empty() || after.starts_with("//") {
        inner.trim()
    } else {
        text
    }
}

/// A code, its short name, and what it means.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Entry {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) text: String,
    /// What to do about it, from a "Solution" subheading.
    pub(super) notes: String,
    /// Labelled ("Error Number: 8001"), its text in the paragraphs below it.
    pub(super) below: bool,
    /// The HTTP status it is answered with, where the line gives one.
    pub(super) status: String,
}

/// One line that pairs a code with its text: "10001: No site matched",
/// "404 - Not Found", "-1003 Too many requests", "系统错误: 1100",
/// "成功(1000)", "| 0 | No Error |".
pub(super) fn entry(line: &str) -> Option<Entry> {
    let line = line.trim();
    // "BadRequest: 400": a name, then the number it names, before "10001: No site matched".
    let found = piped(line).or_else(|| status_arrowed(line)).or_else(|| code_last(line));
    found.or_else(|| valued(line)).or_else(|| code_first(line))
}

/// "`[400]` => 09 => Missing parameters": the status answered, the code and its text, set
/// apart by arrows.
fn status_arrowed(line: &str) -> Option<Entry> {
    let parts: Vec<&str> = line.split("=>").map(str::trim).collect();
    let [status, code, text] = parts[..] else { return None };
    let status = status.trim_matches(['`', '[', ']', '*', '_']);
    let code = code.trim_matches('`');
    let coded = whole_number(code) || identifier(code);
    (http_status(status).is_some() && coded && !text.is_empty())
        .then(|| Entry { status: status.to_string(), ..described(code, text) })
}

/// "| 0 | No Error |": a table row the page never made a table.
fn piped(line: &str) -> Option<Entry> {
    let inner = line.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    match cells[..] {
        [code, text] if whole_number(code) && !text.is_empty() => Some(described(code, text)),
        _ => None,
    }
}

fn code_first(line: &str) -> Option<Entry> {
    if let Some((codes, text)) = shared_text(line) {
        return Some(described(&codes.join(", "), &text));
    }
    // "`TooManyInBatch(uint256 maxKeys)` : …": an error a contract declares, set as code with its
    // parameters, and its text after a mark.
    if let Some((inner, after)) = declaration(line) {
        return said(after.trim_start()).filter(|text| !text.is_empty()).map(|text| described(inner, text));
    }
    let (word, rest) = first_word(line);
    // "**HTTP 403** (Forbidden) wenn …": the protocol's name before the status, then its name aside.
    let said_http = word.eq_ignore_ascii_case("http");
    let (word, rest) = match rest.split_once(' ') {
        Some((status, after)) if said_http && http_status(status).is_some() => (status, after),
        _ => (word, rest),
    };
    if let Some(entry) = named_in_parentheses(word, rest, said_http) {
        return Some(entry);
    }
    // "400 VALIDATION_ERROR: Bean validation failed": the status, then the API's own code and its text.
    let own =
        rest.split_once([':', '：']).filter(|(name, _)| name.trim().len() >= 4 && super::word_in_capitals(name.trim()));
    if let Some((name, text)) = own.filter(|(_, text)| !text.trim().is_empty() && http_status(word).is_some()) {
        return Some(described(name.trim(), text.trim()));
    }
    // "`UNAUTHORIZED` (401) - Authentification requise": the status it is answered with, aside.
    let status_aside =
        rest.strip_prefix('(').and_then(|r| r.split_once(')')).filter(|(n, _)| http_status(n.trim()).is_some());
    let rest = status_aside.map_or(rest, |(_, after)| after.trim_start());
    // "**PTEID_CALLBACK_OK** (0x00000000): …": a constant, the value it stands for, then its text.
    let value = |v: &str| hex_code(v) || whole_number(v);
    let valued = rest.strip_prefix('(').and_then(|r| r.split_once(')')).filter(|(v, _)| value(v.trim()));
    if let Some((number, after)) = valued.filter(|_| status_aside.is_none() && identifier(word.trim_matches('`'))) {
        // "ERR_DEV_NOT_FOUND (-100)  // Device doesn't exist": its text a comment, as a listing gives it.
        let after = after.trim_start();
        let text = after.strip_prefix([':', '：']).or_else(|| after.strip_prefix("//"));
        let text = text.map(str::trim).filter(|t| !t.is_empty())?;
        let name = word.trim_matches('`').to_string();
        return Some(Entry { code: number.trim().to_string(), name, text: text.to_string(), ..Entry::default() });
    }
    // "“101”: “Internal Server Error”": a number quoted, as a JSON object's key is.
    let quoted = word.strip_prefix(['"', '“']).and_then(|w| w.strip_suffix(['"', '”']));
    let code = quoted.filter(|inner| whole_number(inner)).unwrap_or(word);
    let code = code.trim_matches('`').trim_end_matches([',', ';']);
    // "`"BUFFER_FULL_ERROR"`": a string the API answers with, set as code, quotes and all.
    let string =
        code.strip_prefix('"').and_then(|c| c.strip_suffix('"')).filter(|c| identifier(c) && word.starts_with('`'));
    let code = string.unwrap_or(code);
    // "ERROR_MESSAGES_GUIDE.md - Error message formatting": a linked document, no code.
    const DOCUMENTS: [&str; 6] = [".md", ".mdx", ".html", ".htm", ".txt", ".pdf"];
    if DOCUMENTS.iter().any(|extension| code.to_ascii_lowercase().ends_with(extension)) {
        return None;
    }
    // "**[L-001]**: …": a code in brackets, as a log prints it.
    // "[1]: …" numbers a note.
    let bracketed = code.strip_prefix('[').and_then(|inner| inner.strip_suffix(']'));
    let code = bracketed.filter(|c| c.contains(char::is_alphabetic)).unwrap_or(code);
    let token = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    let name = code.starts_with(|c: char| c.is_ascii_alphabetic()) && code.chars().all(token);
    // "`not_blank` จะต้องไม่เป็น empty string": a name set as code, the way pages write error names.
    let spanned = name && code_span(word).is_some();
    // "NbCarMax-Low :": a name joined as programs join words, a hyphen and a capitalized part, said
    // to be a code by its colon; not a header's name ("X-GitHub-Media-Type", "Content-Type").
    let capital =
        |p: &str| p.starts_with(|c: char| c.is_ascii_uppercase()) && p.chars().all(|c| c.is_ascii_alphanumeric());
    let hyphened = code.split_once('-').is_some_and(|(name, part)| capital(name) && capital(part) && camel_hump(name));
    // "8000 = ERROR_CODE_CONFIGURATION;": a number a constant stands for, the constant its one name.
    let constant = declared_value(rest).filter(|value| value.starts_with(|c: char| c.is_ascii_alphabetic()));
    if let Some(constant) = constant.filter(|_| whole_number(code)) {
        return Some(described(code, constant));
    }
    let copula = after_copula(rest);
    let colon = rest.starts_with([':', '：']) || arrowed(rest).is_some() || status_aside.is_some();
    let text = match said(rest) {
        // "0: Success": a number of any size, said to be a code by the colon.
        // "`invalid_arguments`: …": a name set as code, said to be one by a colon ("`blocks_24h` - …"
        // and "`address.type`: …" name properties).
        Some(text)
            if whole_number(code)
                || long_code(code)
                || identifier(code)
                || hex_digits(code)
                || spanned && colon && !code.contains('.')
                || colon && (code_range(code).is_some() || hyphened) =>
        {
            text
        }
        // "unauthorized คือ …" ("is"): a word that joins a name to its text, as a colon does.
        None if (name || whole_number(code)) && copula.is_some() => copula.unwrap_or(rest),
        // "`not_null` (must not be null)": its text in parentheses; "(String)" is a type.
        // Not "`bigquery.jobs.create` (for dry-run queries)", a permission's dotted name.
        None if spanned && rest.starts_with('(') && rest.ends_with(')') && !property_path(code) => {
            let inner = rest[1..rest.len() - 1].trim();
            if inner.split_whitespace().count() < 2 {
                return None;
            }
            inner
        }
        // "-1003 Too many requests", "404 Not Found": a code plain enough to stand alone; not
        // "`context.state` содержит …", a property's path.
        // "E101 Device not responding": a code numbered as no word is, plain too.
        None if (long_code(code) || numbered(code) || hex_digits(code) || spanned && !property_path(code))
            && !rest.starts_with(['(', ',']) =>
        {
            rest
        }
        _ => return None,
    };
    let text = without_status_tag(text);
    // "- **4502:** ``": an empty code span, printed as it is, says nothing of the code.
    if text.starts_with('`') && text.trim_matches('`').trim().is_empty() {
        return Some(described(code, ""));
    }
    // "10:30 Keynote", "12:00:01 Started": a time, not a code.
    // "5003: 2FA verificatie mislukt" is a code's text all the same: a word of digits and letters.
    let mixed = text.split_whitespace().next().is_some_and(|first| first.contains(char::is_alphabetic));
    let clock = whole_number(code) && text.starts_with(|c: char| c.is_ascii_digit()) && !mixed;
    // "400 - Bad Request (parâmetros inválidos)": the status's registered name, explained aside.
    let registered_aside = || {
        let (name, inner) = text.strip_suffix(')')?.split_once(" (")?;
        let explained = inner.split_whitespace().count() >= 2 && !inner.contains(['(', ')']);
        (explained && crate::catalogue::is_http_name(code, name.trim())).then_some((name.trim(), inner.trim()))
    };
    let aside = named_aside(text).filter(|_| arrowed(rest).is_some()).or_else(registered_aside);
    let aside = aside.or_else(|| registered_lead(code, text));
    if let Some((name, text)) = aside {
        return Some(Entry {
            code: code.to_string(),
            name: name.to_string(),
            text: text.to_string(),
            ..Entry::default()
        });
    }
    (!text.is_empty() && !clock).then(|| described(code, text))
}

/// "context.state", "address.line_one": lowercase names joined by dots, a property's path.
fn property_path(code: &str) -> bool {
    code.contains('.') && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._".contains(&b))
}

/// The text after a word that joins a code to it, as a colon would: "คือ" ("is"), "là".
fn after_copula(text: &str) -> Option<&str> {
    let (word, rest) = text.split_once(char::is_whitespace)?;
    // English "is" and "means" open prose as often ("it is…"); these do not.
    const COPULAS: &[&str] = &["คือ", "หมายถึง", "là", "adalah", "berarti"];
    Some(rest.trim_start()).filter(|rest| COPULAS.contains(&word) && !rest.is_empty())
}

pub(super) fn described(code: &str, text: &str) -> Entry {
    // "`AuthenticationError` — 401": the class a status is raised as, the status its key.
    let class = code.ends_with("Error") || code.ends_with("Exception");
    if class && identifier(code) && http_status(text.trim()).is_some() && whole_number(text.trim()) {
        return Entry { code: text.trim().to_string(), text: code.to_string(), ..Entry::default() };
    }
    // "0280 SyntaxError: The program has an error": the exception the code stands for names it.
    let exception = |name: &str| {
        const KINDS: [&str; 5] = ["Error", "Exception", "Interrupt", "Fault", "Failure"];
        identifier(name) && KINDS.iter().any(|kind| name.ends_with(kind))
    };
    if let Some((name, rest)) = text.split_once(": ").filter(|(name, rest)| exception(name) && !rest.trim().is_empty())
    {
        return Entry {
            code: code.to_string(),
            name: name.to_string(),
            text: rest.trim().to_string(),
            ..Entry::default()
        };
    }
    Entry { code: code.to_string(), text: text.to_string(), ..Entry::default() }
}

/// A number no one would count lines with: a negative number, or three
/// digits or more, HTTP statuses among them ("-1000", "404", "10001").
pub(super) fn long_code(text: &str) -> bool {
    whole_number(text) && (text.starts_with('-') || text.len() >= 3)
}

/// "0F0A", "6510A": hexadecimal digits written bare, as firmware and old programs number errors.
pub(super) fn hex_digits(code: &str) -> bool {
    let hex = code.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
    // Longer ones are builds and hashes ("21E230"), not errors.
    (4..=5).contains(&code.len()) && hex && code.starts_with(|c: char| c.is_ascii_digit())
}

/// "E101", "ROOM403": capitals, then three digits or more.
fn numbered(code: &str) -> bool {
    let letters = code.trim_end_matches(|c: char| c.is_ascii_digit());
    code.len() - letters.len() >= 3 && !letters.is_empty() && letters.bytes().all(|b| b.is_ascii_uppercase())
}

/// An error name no word of prose looks like: "DEVICE_OFFLINE",
/// "APIG.0101", "AccessDenied", "ROOM403" (not "OAuth2", "Errors" or "Woori-CodeShare", a product).
pub(super) fn identifier(text: &str) -> bool {
    let camel = camel_hump(text) && text.len() >= 5 && !text.contains('-');
    // "ROOM403", "PAGE4001": a word in capitals numbered, as no word of prose is written;
    // "CORE-400", "VAL-400-FIELDS": capitals and numbers joined by hyphens.
    let hyphened = text.contains('-')
        && text.contains(|c: char| c.is_ascii_digit())
        && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && text.split('-').all(|part| !part.is_empty());
    error_identifier(text) && !whole_number(text) && (text.contains(['_', '.']) || camel || numbered(text) || hyphened)
}
