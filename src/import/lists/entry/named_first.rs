//! Lines that name a code before giving it: "系统错误: 1100", "成功(1000)", "Error Number: 2013",
//! "ResultCode.ERROR_INVALID_PARAM = 4".

use super::{described, identifier, Entry};
use crate::import::cells::{code_span, source_path, whole_number};

/// "系统错误: 1100", "成功(1000)": a name, then its number.
pub(super) fn code_last(line: &str) -> Option<Entry> {
    // "Error Number: 2013 (HY000)": a label that says what the number is; its text follows.
    if let Some((_, rest)) = line.split_once([':', '：']).filter(|(label, _)| labels_a_code(label.trim())) {
        let (code, after) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
        let after = after.trim();
        let aside = after.is_empty() || after.starts_with('(') && after.ends_with(')');
        if whole_number(code) && aside {
            return Some(Entry { code: code.to_string(), below: true, ..Entry::default() });
        }
    }
    // "ResultCode.ERROR_INVALID_PARAM = 4": a constant, then the number it stands for.
    if let Some((name, code)) = line.rsplit_once(" = ") {
        let (name, code) = (code_span(name.trim()).unwrap_or(name.trim()), code.trim());
        return (identifier(name) && whole_number(code)).then(|| described(code, name));
    }
    let (name, code) = match line.strip_suffix([')', '）']) {
        Some(inner) => inner.rsplit_once(['(', '（'])?,
        None => line.rsplit_once([':', '：'])?,
    };
    // "`BadRequest`: 400": the name set as code reads as its words.
    // "Defined in: src/base-error.ts:20": a file and the line in it, no code.
    let line_of_file = name.split_whitespace().last().is_some_and(source_path);
    let (name, code) = (name.trim(), code.trim());
    let name = code_span(name).unwrap_or(name);
    let named = name.chars().any(char::is_alphabetic) && name.chars().count() <= 60;
    // "X-RateLimit-Remaining: 999", "Retry-After: 30": a header of the response and its value.
    let header_field = name.contains('-')
        && name
            .split('-')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(char::is_alphanumeric));
    (named && !header_field && !line_of_file && whole_number(code)).then(|| described(code, name))
}

/// "Error Number", "Error code", "错误码": words that say the number after them is a code.
fn labels_a_code(name: &str) -> bool {
    let name = name.to_lowercase();
    let labels = [
        "error number",
        "error no",
        "error code",
        "errno",
        "code",
        "错误码",
        "错误编号",
        "エラーコード",
        "エラー番号",
        "오류 코드",
        "오류 번호",
    ];
    labels.contains(&name.trim())
}

/// "`ErrCodePermissionDenied` (value: `"permission_denied"`)": a constant and the value it stands
/// for, which the API answers with; the constant names it.
pub(super) fn valued(line: &str) -> Option<Entry> {
    let (name, rest) = line.split_once(char::is_whitespace)?;
    let name = code_span(name.trim()).unwrap_or(name.trim());
    let inner = rest.trim().strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    let (label, value) = inner.split_once([':', '：'])?;
    let value = value.trim().trim_matches('`').trim_matches(['"', '\'']);
    let token = !value.is_empty() && !value.contains(char::is_whitespace);
    let labelled = crate::import::words::is_one_of(label.trim(), crate::import::words::VALUE);
    (labelled && token && identifier(name)).then(|| described(value, name))
}
