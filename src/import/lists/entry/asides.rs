//! What a line sets aside beside its code: a status's name in parentheses, a tag naming the
//! status it is answered with.

use super::Entry;
use crate::import::cells::http_status;

/// "403 (Forbidden) wenn …": a status, its name in parentheses, then its text.
/// Unless said to be HTTP's ("HTTP 200 (Found)"), the name must be the status's registered one
/// ("500 (Default) requests per hour" is a count).
pub(super) fn named_in_parentheses(word: &str, rest: &str, said_http: bool) -> Option<Entry> {
    let (name, text) = rest.strip_prefix('(')?.split_once(')')?;
    // "404 (NotFoundError): Resource doesn't exist": a name aside, then its text after a colon.
    let labelled = text.trim_start().starts_with([':', '：']);
    let (name, text) = (name.trim(), text.trim().trim_start_matches([':', '：', '-', '–', '—']).trim());
    // "(Found)" beside 200: the page's own name for it, short and capitalized, if not the registry's.
    let short = name.split_whitespace().count() <= 4 && name.starts_with(char::is_uppercase);
    let registered = crate::catalogue::is_http_name(word, name);
    let named = http_status(word).is_some() && short && !name.contains(|c: char| c.is_ascii_digit());
    let named = named && (said_http || registered || labelled);
    (named && !text.is_empty()).then(|| Entry {
        code: word.to_string(),
        name: name.to_string(),
        text: text.to_string(),
        ..Entry::default()
    })
}

/// "잘못된 요청입니다. #400 Bad Request" → "잘못된 요청입니다.": a tag naming the status answered
/// with, by its registered name, is no part of what the code means.
pub(super) fn without_status_tag(text: &str) -> &str {
    let Some((before, tag)) = text.rsplit_once(" #") else { return text };
    let (status, name) = tag.split_once(' ').unwrap_or((tag, ""));
    let tagged = http_status(status).is_some() && crate::catalogue::is_http_name(status, name.trim());
    if tagged && !before.trim().is_empty() {
        before.trim_end()
    } else {
        text
    }
}
