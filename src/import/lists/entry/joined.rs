//! Codes joined by words that share one text: "502 Bad Gateway or 504 Gateway Timeout: …",
//! "`ECONNRESET` or EPIPE: …".

use super::{described, first_word, identifier, said, Entry};
use crate::import::cells::{code_span, statuses_named, whole_number};
use crate::import::profile::OR;

/// "502 Bad Gateway, 503 Service Unavailable, or 504 Gateway Timeout: …": statuses, each with
/// its registered name, that share one text; a row each.
pub(in crate::import::lists) fn named_statuses(line: &str) -> Option<Vec<Entry>> {
    let (lead, text) = line.split_once([':', '：'])?;
    let text = text.trim();
    let entry = |(code, name)| Entry { code, name, text: text.to_string(), ..Entry::default() };
    Some(statuses_joined(lead)?.into_iter().map(entry).collect())
}

/// "206 Partial Content and 204 No Content": the statuses a lead names, each with its
/// registered name, joined by commas or by "or", "and" in the page's language.
pub(in crate::import::lists) fn statuses_joined(lead: &str) -> Option<Vec<(String, String)>> {
    let mut lead = format!(" {lead} ");
    for joint in [
        " or ",
        " and ",
        " 또는 ",
        " 및 ",
        " ou ",
        " o ",
        " y ",
        " e ",
        " oder ",
        " und ",
        " или ",
        " и ",
        "或",
        "和",
        "または",
        "、",
        "/",
    ] {
        lead = lead.replace(joint, ",");
    }
    let items: Vec<&str> = lead.split([',', '，']).map(str::trim).filter(|item| !item.is_empty()).collect();
    statuses_named(&items)
}

/// "`500` или `503` в случае ошибки сервера": two codes of one kind joined by "or", then the
/// text they share, with or without a mark before it; a row each.
pub(in crate::import::lists) fn either_code(line: &str) -> Option<Vec<Entry>> {
    let (first, rest) = first_word(line.trim());
    let (joint, rest) = rest.split_once(char::is_whitespace)?;
    let (second, rest) = first_word(rest.trim_start());
    if !OR.contains(&joint.to_lowercase().as_str()) {
        return None;
    }
    let capitals = |w: &str| w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    // "`EPIPE`": a word in capitals set as code is one, as an identifier is.
    let code = |word: &str| {
        let spanned = code_span(word).filter(|c| identifier(c) || whole_number(c) || c.len() >= 3 && capitals(c));
        spanned.or(Some(word).filter(|w| whole_number(w))).map(str::to_string)
    };
    // "`A` or B: …": the page keeps the first code's marks only, as the line opens; B has A's
    // shape ("`ECONNRESET` or EPIPE"), not a product's name ("`WS_CLOSED` and WebSocket").
    // Joined by underscores as A is, or not ("`BAD_JSON` and UTF8" names a format, not a code).
    let first_bare = first.trim_matches('`');
    let snake = |w: &str| w.contains('_') == first_bare.contains('_');
    let alike = |w: &str| capitals(w) == capitals(first_bare) && snake(w) && (capitals(w) || identifier(w));
    let shaped = |w: &str| w.len() >= 3 && w.bytes().any(|b| b.is_ascii_alphabetic()) && alike(w);
    // A bare one only before a mark that sets the text apart (not "`USER` and LOGNAME values are …").
    let marked = code_span(first).is_some() && said(rest).is_some();
    let bare = |word: &str| Some(word).filter(|w| marked && shaped(w)).map(str::to_string);
    let (first, second) = (code(first)?, code(second).or_else(|| bare(second))?);
    let text = said(rest).unwrap_or(rest).trim().to_string();
    let one_kind = whole_number(&first) == whole_number(&second);
    (one_kind && !text.is_empty() && rest.starts_with(|c: char| !c.is_ascii_digit()))
        .then(|| vec![described(&first, &text), described(&second, &text)])
}
