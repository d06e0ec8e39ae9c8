//! Which group, Normal or Abnormal, a table or row belongs to: from labels
//! (headings, captions, header words, class rows such as "4xx") in the
//! languages of `words`, else from its HTTP status.

use super::cells::http_status;
use super::options::Options;
use super::words::{self, mentions};
use crate::table::Group;

/// The group a label names, if it is one (short, and naming one group).
pub(super) fn label_group(text: &str, options: &Options) -> Option<Group> {
    let label = bare_label(text);
    // A label is a short line; a sentence that mentions errors is not one.
    let wide = label.chars().filter(|&c| c as u32 >= 0x2e80).count();
    // "Codes in the 2xx range indicate success.": a sentence ended, not a label.
    let ended = label.ends_with('.') && label.split_whitespace().count() > 3;
    let sentence = label.contains(['，', '。']) || label.split_whitespace().count() > 8 || ended;
    // "{ "code": 0, "message": "OK" }": an example body left unfenced, not a label.
    let body = label.starts_with('{') && label.contains(':');
    if label.is_empty() || label.chars().count() > 60 || wide > 20 || sentence || body {
        return None;
    }
    // "1xx Informational": a class of statuses names its own group, whatever the heading above,
    // unless its words name one ("2xx Failures").
    let (normal_word, abnormal_word) = (mentions(label, words::NORMAL), mentions(label, words::ABNORMAL));
    if let Some(group) =
        label.split_whitespace().next().and_then(class_group).filter(|_| !normal_word && !abnormal_word)
    {
        return Some(group);
    }
    let matches = |labels: &[String]| labels.iter().any(|l| l.trim().eq_ignore_ascii_case(label));
    if matches(&options.abnormal_labels) {
        return Some(Group::Abnormal);
    }
    if matches(&options.normal_labels) {
        return Some(Group::Normal);
    }
    // "IR Normalizer": a word that begins as one of the group's does not name it.
    let normal = normal_word && !mentions(label, &["normaliz", "normalis"]);
    match (normal, abnormal_word) {
        (true, false) => Some(Group::Normal),
        (false, true) => Some(Group::Abnormal),
        _ => None,
    }
}

/// A label without list marks, numbering and a final colon: "- Normal:" → "Normal".
pub(super) fn bare_label(text: &str) -> &str {
    let label = text.trim_start_matches(|c: char| "#-*+>".contains(c)).trim_start();
    // "2.1 Errors", "4.通用错误信息" are numbered; "4xx Errors" and "10xxx" name their codes.
    let after = label.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '．' | '、'));
    let run = &label[..label.len() - after.len()];
    let numbered = after.is_empty() || after.starts_with(char::is_whitespace) || run.ends_with(['.', '．', '、']);
    let label = if numbered { after.trim() } else { label };
    label.trim_end_matches([':', '：']).trim().trim_matches('`')
}

/// Without a label: an HTTP status below 400 is normal, anything else abnormal.
pub(super) fn group_by_code(code: &str, status: Option<&str>) -> Group {
    let key = status.unwrap_or(code);
    // A 2xx is a success by its class ("298 partial success"), registered or not.
    let success_class = key.len() == 3 && key.starts_with('2') && http_status(key).is_some();
    match Some(key).filter(|c| is_registered(c) || success_class).and_then(http_status) {
        Some(number) if number < 400 => Group::Normal,
        _ => Group::Abnormal,
    }
}

/// Whether `code` is an HTTP status in the registry, or one servers send below 400.
pub(crate) fn is_registered(code: &str) -> bool {
    code.len() == 3 && (crate::catalogue::http_reason(code).is_some() || http_status(code).is_some_and(|n| n >= 400))
}

/// A success status is never an error, whatever the heading above it says.
pub(super) fn is_success(code: &str) -> bool {
    is_registered(code) && code.starts_with('2')
}

/// The group of a class of statuses: "2xx" is normal, "4XX" abnormal.
pub(super) fn class_group(code: &str) -> Option<Group> {
    let bytes = code.as_bytes();
    let class = bytes.len() == 3 && bytes[1..].iter().all(|b| b.eq_ignore_ascii_case(&b'x'));
    match bytes.first() {
        Some(b'1'..=b'3') if class => Some(Group::Normal),
        Some(b'4'..=b'5') if class => Some(Group::Abnormal),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
