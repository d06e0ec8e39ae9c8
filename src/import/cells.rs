//! One cell's text as a reader takes it apart: the code and the reason in
//! "404 Not Found" or "200 (OK)", the reason leading a description ("Bad
//! Request -- The request…", a bold phrase), and whether text looks like a code.

use super::Cell;
pub use declared::{declared_case, declared_error};

mod declared;

/// The HTTP status a cell starts with ("404", "404 Not Found", "HTTP 404").
pub fn http_status(text: &str) -> Option<u16> {
    let text = without_protocol(text.trim_start());
    let digits = text.get(..3)?;
    let after = text[3..].chars().next();
    let number: u16 = digits.parse().ok().filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
    ((100..=599).contains(&number) && !after.is_some_and(|c| c.is_alphanumeric())).then_some(number)
}

/// A word that is a status and nothing more: "404", not "4041" nor "404 Not Found".
pub fn status_word(text: &str) -> bool {
    text.len() == 3 && http_status(text).is_some()
}

/// The methods of HTTP requests, as documentation writes them.
pub const HTTP_METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// "HTTP 404", "HTTP/1.1 404", and "GET 400" (the errors of one method) → "404", "400".
fn without_protocol(text: &str) -> &str {
    let after_method = |method: &&str| text.strip_prefix(*method)?.strip_prefix(' ');
    if let Some(rest) = HTTP_METHODS.iter().find_map(after_method) {
        return rest.trim_start();
    }
    // Spring's "HttpStatus.UNAUTHORIZED(401)": the enum's name, then its number.
    let spring = text.strip_prefix("HttpStatus.").and_then(|rest| rest.trim_end().strip_suffix(')')?.rsplit_once('('));
    if let Some((_, number)) = spring {
        return number;
    }
    // "SizeLimitError (413)": the error class an API raises, then the status it answers with.
    let class = text.trim_end().strip_suffix(')').and_then(|rest| rest.rsplit_once('('));
    let failing = |number: &str| number.len() == 3 && number.starts_with(['4', '5']);
    if let Some((_, number)) = class.filter(|(name, number)| error_class(name.trim()) && failing(number)) {
        return number;
    }
    let Some(rest) = text.strip_prefix("HTTP") else { return text };
    let rest = match rest.strip_prefix('/') {
        Some(version) => version.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'),
        None => rest,
    };
    rest.trim_start()
}

/// "SizeLimitError", "NotFoundException": a class of errors, one word.
fn error_class(name: &str) -> bool {
    let word = name.chars().all(|c| c.is_ascii_alphanumeric());
    word && name.starts_with(|c: char| c.is_ascii_uppercase())
        && (name.ends_with("Error") || name.ends_with("Exception"))
}

/// ".NET's name, then the number": "HttpStatusCode.BadRequest 400" → "400".
fn without_enum_name(text: &str) -> &str {
    match text.split_once(char::is_whitespace) {
        Some((name, rest)) if name.starts_with("HttpStatusCode.") && http_status(rest).is_some() => rest.trim_start(),
        _ => text,
    }
}

/// Whether a cell is a code as APIs name their errors: a number, or one
/// word in the shapes error identifiers take ("APIG.0101",
/// "InvalidParameter.Missing", "ResourceNotFound", "NOT_FOUND"); plain
/// words and parameter names ("project_id", "name") are not.
pub fn error_identifier(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.len() > 80 || text.contains(char::is_whitespace) {
        return false;
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if LANGUAGES.contains(&text) {
        return false;
    }
    let mut chars = text.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    if !text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':')) {
        return false;
    }
    let marked = text.contains(['.', '_', ':']) || text.contains(|c: char| c.is_ascii_digit());
    marked || camel_hump(text)
}

/// Languages written with humps as codes are ("### JavaScript (fetch)" over an example): no codes.
const LANGUAGES: &[&str] = &["JavaScript", "TypeScript", "CoffeeScript", "ActionScript", "PowerShell", "GraphQL"];

/// Whether `name`, set as code where `text` opens ("`FrameworkIdMissing` The Framework ID could
/// not be read"), names what the rest says: a PascalCase identifier, then a sentence or a dash.
pub fn code_name_leads(name: &str, text: &str) -> bool {
    let name = name.trim();
    let rest = text.trim().strip_prefix(name).map(str::trim_start).unwrap_or_default();
    let pascal = name.starts_with(|c: char| c.is_ascii_uppercase())
        && camel_hump(name)
        && name.chars().all(|c| c.is_ascii_alphanumeric());
    pascal && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '-' | '–' | '—' | ':'))
}

/// Whether a lower-case letter meets a capital, as in "rateLimitExceeded", "AccessDenied".
pub fn camel_hump(text: &str) -> bool {
    // "HTTPError": an acronym, then a word that says it failed ("SQLite" is a name).
    let acronym = |w: &[u8]| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() && w[2].is_ascii_lowercase();
    let failed = ["Error", "Exception", "Fail", "Failed", "Failure"].iter().any(|word| text.ends_with(word));
    text.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        || failed && text.as_bytes().windows(3).any(acronym)
}

/// The code a span of code holds, when `text` is one and nothing more: "`E1`" → "E1".
pub fn code_span(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('`')?.strip_suffix('`')?;
    (!inner.is_empty() && !inner.contains('`')).then_some(inner)
}

/// "`timeout` - Request Timeouts", "`E1`: …": a name set as code, one word, that opens a text; the
/// name, the mark after it (a dash or a colon) and the words after the mark.
pub fn span_led(text: &str) -> Option<(&str, char, &str)> {
    let (code, rest) = text.trim().strip_prefix('`')?.split_once('`')?;
    let rest = rest.trim_start();
    let mark = rest.chars().next().filter(|c| matches!(c, '-' | '–' | '—' | ':'))?;
    let one_word = !code.is_empty() && !code.contains(char::is_whitespace);
    one_word.then(|| (code, mark, rest[mark.len_utf8()..].trim()))
}

/// "AEP6012" → ("AEP", 6012); "1002" → ("", 1002).
pub fn prefixed_number(code: &str) -> Option<(&str, u64)> {
    let prefix = code.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = code[prefix.len()..].parse().ok()?;
    prefix.chars().all(|c| c.is_ascii_alphabetic()).then_some((prefix, number))
}

/// "AEP6012–AEP6017", "412-445", "1002~1099", "E0001..E0099": codes of one prefix and width,
/// and the numbers between them.
pub fn code_range(text: &str) -> Option<(&str, &str)> {
    let (from, to) = text.split_once("..").or_else(|| text.split_once(['-', '–', '—', '~']))?;
    let (from, to) = (from.trim(), to.trim());
    let (a, m) = prefixed_number(from)?;
    let (b, n) = prefixed_number(to)?;
    // "2020-01" and "01-02" (a code) count nothing; bare numbers of one width, three digits or more, do.
    let numbers = a.is_empty() && from.len() == to.len() && from.len() >= 3;
    (a == b && (!a.is_empty() || numbers) && m < n).then_some((from, to))
}

/// "0x03010001", "0x0000000A": a number written in hexadecimal.
pub fn hex_code(text: &str) -> bool {
    text.strip_prefix("0x").is_some_and(|digits| digits.len() >= 2 && digits.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// "Yes (with backoff)" → ("Yes", "with backoff"): text, then the aside in brackets that closes it.
pub fn closing_aside(text: &str) -> Option<(&str, &str)> {
    text.strip_suffix(')')?.rsplit_once(" (")
}

/// "/errors/400": a problem's type (RFC 9457) written as a path, one word.
pub fn problem_type(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('/') && !text.contains(char::is_whitespace)
}

/// The signs a negative number opens with: the hyphen typed, the minus sign typeset ("−1").
pub const MINUS_SIGNS: [char; 2] = ['-', '−'];

/// A whole number, signed or not: "0", "-1", "1100", "−1".
pub fn whole_number(text: &str) -> bool {
    let digits = text.strip_prefix(MINUS_SIGNS).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// One number or several an item shares ("400, 401"): numbers all.
pub fn whole_numbers(code: &str) -> bool {
    code.split(", ").all(whole_number)
}

/// A program's name in snake case and nothing more: "basic_auth", "jwt".
pub fn snake_name(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The code a cell names and what follows it: "404 Not Found" → ("404",
/// "Not Found"), "200 (OK)" → ("200", "OK"), "E1: Bad" → ("E1", "Bad").
pub fn split_code(text: &str) -> (String, String) {
    let text = text.trim();
    let text = if http_status(text).is_some() { without_protocol(text) } else { text };
    let text = without_enum_name(text);
    // "InvalidInput(detail)": the case and what it carries, named whole ("ERROR_X(detail)" names its
    // detail, and "RunNotFoundError(run_id)" is a class built with its arguments, named by the class).
    let (case_name, arguments) = text.split_once('(').unwrap_or((text, ""));
    let class = (case_name.ends_with("Error") || case_name.ends_with("Exception"))
        && (arguments.contains('_') || arguments == ")");
    let humped_case = declared_case(text) && case_name.contains(char::is_lowercase) && !class;
    if declared_error(text) && !class || humped_case {
        return (text.to_string(), String::new());
    }
    if class && arguments == ")" {
        return (case_name.to_string(), String::new());
    }
    // "(401)": a code set in parentheses.
    let text = match text.strip_prefix('(').and_then(|t| t.split_once(')')) {
        Some((inner, rest)) if !inner.is_empty() && !inner.contains(char::is_whitespace) && rest.is_empty() => inner,
        _ => text,
    };
    let (mut code, mut rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    // "ERRO A-001: usuário não cadastrado!": the word for an error (typed twice at times), then the code it names.
    for _ in 0..2 {
        let named = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let names = named.0.contains(|c: char| c.is_ascii_digit()) || error_word(named.0);
        if error_word(code) && names {
            (code, rest) = named;
        }
    }
    let (code, rest) = match code.find('(') {
        // "200(OK)"; "absl::OkStatus()" is a call, named whole.
        Some(at) if at > 0 && !code[at..].starts_with("()") => (&code[..at], &text[at..]),
        _ => (code, rest),
    };
    // "601*": a footnote mark is not part of the code.
    // "400®": nor a mark a converter left stuck to it.
    let code = code.trim_end_matches([':', ',', ';', '.', '-', '*', '†', '‡', '®', '™']);
    (code.to_string(), unwrap_reason(rest))
}

/// The word a page names a code with: "Error 1", "Code 42", "ERRO A-001".
pub fn error_word(word: &str) -> bool {
    ERROR_WORDS.contains(&word.to_lowercase().as_str())
}

#[rustfmt::skip]
const ERROR_WORDS: &[&str] = &[
    "error", "err", "code", "errorcode", "error_code", "错误", "错误码", "エラー", "에러", "오류", "erreur", "fehler",
    "código", "erro", "errore",
];

/// "(OK)", "- Not Found", ": Bad" → the words inside; a body answered ("({\"error\":…})") names nothing.
fn unwrap_reason(text: &str) -> String {
    let text = text.trim().trim_start_matches(['-', '–', '—', ':', '=', '/']).trim();
    let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner.trim(),
        _ => text,
    };
    if structured(text.trim_matches('`')) {
        return String::new();
    }
    text.to_string()
}

/// JSON or another structured body ("{\"code\": …}"): an example, not prose.
pub fn structured(text: &str) -> bool {
    (text.starts_with('{') && text.ends_with('}'))
        || (text.starts_with('[') && text.ends_with(']') && text.contains('"'))
}

/// Words a Title Case name leaves in lower case.
const SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "to", "for", "in", "on", "and", "or", "by", "at", "is"];

/// The short name a description cell starts with, and the rest of it:
/// a bold phrase, or words before " -- " or a dash.
pub fn split_lead(cell: &Cell) -> Option<(String, String)> {
    if let Some(lead) = &cell.lead {
        if let Some(rest) = cell.text.strip_prefix(lead.as_str()) {
            let rest = rest.trim().trim_start_matches([':', '-', '–', '—', '.']).trim();
            let reason = lead.trim().trim_end_matches([':', '.', '-', '–', '—']).trim();
            if !rest.is_empty() && !reason.is_empty() {
                return Some((reason.to_string(), rest.to_string()));
            }
        }
    }
    if let Some(found) = parenthesized_lead(&cell.text) {
        return Some(found);
    }
    // "— 参数缺失 — 格式无效": dashes that open the text mark a list, not a name.
    if cell.text.trim_start().starts_with(['-', '–', '—']) {
        return None;
    }
    [" -- ", " — ", " – ", " - "].iter().find_map(|dash| {
        let (reason, rest) = cell.text.split_once(dash)?;
        let short = reason.split_whitespace().count() <= 6 && reason.chars().count() <= 50;
        // A dash also joins clauses: only a Title Case name leads before one ("--" always names).
        let title_case =
            reason.split_whitespace().all(|w| SMALL_WORDS.contains(&w) || !w.starts_with(char::is_lowercase));
        let capital = reason.chars().next().is_some_and(|c| !c.is_lowercase());
        // "Cannot restore item - too long in trash": a name, then its text in lower case, one dash.
        let lower_rest = rest.trim_start().starts_with(char::is_lowercase) && cell.text.matches(*dash).count() == 1;
        let upper = reason.starts_with(char::is_uppercase);
        // "잘못된 emotionLevel — 범위 초과": in a script without case, words before an em dash name
        // the code, unless they hold an aside in parentheses.
        let uncased = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
        let caseless = *dash == " — " && reason.chars().any(uncased) && !reason.contains(['(', '（']);
        let named = *dash == " -- " || capital && (title_case || caseless) || upper && lower_rest && short_name(reason);
        // "401 — данных нет": a status before a dash is no name.
        let worded = reason.chars().any(char::is_alphabetic);
        (short && named && worded && !rest.trim().is_empty())
            .then(|| (reason.trim().to_string(), rest.trim().to_string()))
    })
}

/// A short name, not a clause: five words at most, no comma, stop, colon or parenthesis.
pub fn short_name(text: &str) -> bool {
    // "Model unavailable / upstream problem": a slash between words is no word of its own.
    let words = text.split_whitespace().filter(|w| *w != "/").count();
    words <= 5 && !text.contains([',', '.', ';', ':', '('])
}

/// "（错误请求）服务器不理解…": a short name in parentheses opening the text,
/// as CJK pages write it; Latin text in ASCII parentheses is an aside, not a name.
fn parenthesized_lead(text: &str) -> Option<(String, String)> {
    let (close, wide) = match text.chars().next()? {
        '（' => ('）', true),
        '(' => (')', false),
        _ => return None,
    };
    let open_len = text.chars().next()?.len_utf8();
    let end = text.find(close)?;
    let inner = text[open_len..end].trim();
    let rest = text[end + close.len_utf8()..].trim();
    let short = !inner.is_empty() && inner.chars().count() <= 20 && !inner.contains(['(', '（']);
    let named = wide || !inner.contains(|c: char| c.is_ascii_alphabetic());
    (short && named && !rest.is_empty()).then(|| (inner.to_string(), rest.to_string()))
}

#[cfg(test)]
mod tests;

/// "payTo_mismatch", "seller_not_found", "rateLimitExceeded": one word joined as programs join them.
pub fn written_as_identifier(text: &str) -> bool {
    let text = text.trim_matches('`');
    let joined = text.contains('_') || camel_hump(text);
    let chars = text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    joined && chars && text.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// "policy/retry.py", "src/errors.rs": a path to a file, one word with a slash and an extension
/// (and a line in it: "src/ApiErrors.ts:16").
pub fn source_path(text: &str) -> bool {
    let text = text.trim_matches(['`', '(', ')']);
    let text = text.trim_end_matches(|c: char| c.is_ascii_digit()).strip_suffix(':').unwrap_or(text);
    let extension = text
        .rsplit_once('.')
        .is_some_and(|(_, ext)| (1..=4).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric()));
    !text.contains(char::is_whitespace) && text.contains('/') && extension
}

/// A dash standing in for a cell the page leaves blank.
pub fn is_dash(text: &str) -> bool {
    matches!(text, "-" | "--" | "–" | "—")
}

/// "—", "n/a", "(없음)": a cell that says nothing is written there. Bare words ("None", "无")
/// may be names; set in parentheses they are a placeholder.
pub fn says_none(text: &str) -> bool {
    let text = text.trim();
    let inner = [('(', ')'), ('（', '）'), ('[', ']')]
        .iter()
        .find_map(|&(open, close)| text.strip_prefix(open)?.strip_suffix(close));
    let placeholder = inner.is_some_and(none_word);
    is_dash(text) || text.eq_ignore_ascii_case("n/a") || placeholder
}

/// "None", "无", "なし": the word for none, alone (in a cell, perhaps a value: "None" is a code too).
pub fn none_word(text: &str) -> bool {
    const NONE: [&str; 12] =
        ["n/a", "none", "null", "无", "없음", "なし", "keine", "aucun", "aucune", "ninguno", "nenhum", "нет"];
    NONE.contains(&text.trim().to_lowercase().as_str())
}

/// "10##", "4xx", "12**": digits, then marks standing for the rest.
pub fn class_pattern(text: &str) -> bool {
    let digits = text.trim_end_matches(['x', 'X', '#', '*']);
    digits.len() < text.len() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// "200 OK", "201 Created": two or more statuses, each with its registered name, or none.
pub fn statuses_named(items: &[&str]) -> Option<Vec<(String, String)>> {
    let named = |item: &&str| {
        let (code, name) = split_code(item);
        crate::catalogue::is_http_name(&code, &name).then_some((code, name))
    };
    (items.len() >= 2).then(|| items.iter().map(named).collect()).flatten()
}

/// `"NOT_VALID"`: a code set in quotes, as the API returns it in a string.
pub fn quoted_code(text: String) -> String {
    // "\"FORBIDDEN\" (overridable)": a remark on the quoted code, no part of it.
    let bare = closing_aside(&text).map_or(text.as_str(), |(before, _)| before.trim_end());
    let quoted = [('"', '"'), ('“', '”'), ('\'', '\'')]
        .iter()
        .find_map(|&(open, close)| bare.strip_prefix(open)?.strip_suffix(close))
        .filter(|inner| !inner.is_empty() && !inner.contains(char::is_whitespace))
        .map(str::to_string);
    quoted.unwrap_or(text)
}
