//! Short names a row's text opens with: "Bad Request - …", "IO error, this error…", "OK, …".

use crate::import::cells::{short_name, split_code, split_lead};
use crate::import::columns::Columns;
use crate::import::words::{self, mentions};
use crate::import::RawTable;

/// Whether the phrases leading the description cells name their codes: each its own
/// ("Bad Request - …", "Not Found - …"), not words most of them share
/// ("Kennungsänderung - Kennung belegt", "Kennungsänderung - Kennung enthält Umlaute").
pub(super) fn leads_name(table: &RawTable, columns: &Columns) -> bool {
    let Some(column) = columns.description else { return true };
    let leads: Vec<String> = table.rows.iter().filter_map(|row| split_lead(row.get(column)?)).map(|l| l.0).collect();
    let distinct = leads.iter().collect::<std::collections::HashSet<_>>().len();
    // "Fallback — includes …" on one row of many: a dash joining clauses, where no other row has a name.
    let filled = table.rows.iter().filter(|row| row.get(column).is_some_and(|c| !c.text.trim().is_empty())).count();
    let unbolded = table.rows.iter().all(|row| row.get(column).is_none_or(|c| c.lead.is_none()));
    // "404 - Not Found | …": where the code cells name the codes, a name in the text is one too.
    let code_named =
        |row: &Vec<crate::import::Cell>| row.get(columns.code).is_some_and(|c| !split_code(&c.text).1.is_empty());
    let unnamed = columns.reason.is_none() && table.rows.iter().filter(|row| code_named(row)).count() * 2 < filled;
    // "ERR_LOCKED — account is locked": a constant before the dash names its code all the same.
    let constant = leads.first().is_some_and(|lead| lead.contains('_') && crate::import::cells::error_identifier(lead));
    let dashed_once = leads.len() == 1 && filled >= 5 && unbolded && unnamed && !constant;
    !dashed_once && (leads.len() < 3 || distinct * 4 >= leads.len() * 3)
}

/// Whether the description cells open with short names each its own, set apart by a comma
/// ("IO error, this error code means…"): four in five of them at least.
pub(super) fn comma_leads(table: &RawTable, columns: &Columns) -> bool {
    let Some(column) = columns.description.filter(|_| columns.reason.is_none()) else { return false };
    let texts: Vec<&str> = table.rows.iter().filter_map(|row| row.get(column)).map(|c| c.text.trim()).collect();
    let texts: Vec<&str> = texts.into_iter().filter(|t| !t.is_empty()).collect();
    let leads: Vec<String> = texts.iter().filter_map(|t| comma_lead(t)).map(|(lead, _)| lead.to_lowercase()).collect();
    let distinct = leads.iter().collect::<std::collections::HashSet<_>>().len();
    // Names of failures ("IO error", "Encoding error"), not the first of listed items ("Name, email
    // and phone are required") nor a state ("Deprecated, use 3005 instead").
    let failing = leads.iter().filter(|lead| mentions(lead, words::ERROR) || mentions(lead, words::ABNORMAL)).count();
    let named = failing * 2 >= leads.len();
    leads.len() >= 3 && leads.len() * 5 >= texts.len() * 4 && distinct * 4 >= leads.len() * 3 && named
}

/// "Undefined error code, this error code means…": a short name, a comma, then its text, not
/// set in capitals as a sentence of its own is, nor a clause ("If the token expired, …").
pub(super) fn comma_lead(text: &str) -> Option<(String, String)> {
    const OPENERS: &[&str] =
        &["if", "when", "while", "because", "unless", "although", "after", "before", "since", "as", "once", "where"];
    let at = text.find([',', '，'])?;
    let (lead, rest) = (text[..at].trim(), text[at..].trim_start_matches([',', '，']).trim());
    let first = lead.split_whitespace().next()?.to_lowercase();
    let cased = |c: char| c.is_lowercase() || c.is_uppercase();
    let mut letters = lead.chars().filter(|c| c.is_alphabetic());
    let named = short_name(lead) && lead.chars().count() <= 40 && lead.chars().any(cased) && letters.all(cased);
    // Only where letters have case: Chinese prose joins clause after clause with commas.
    let goes_on = rest.chars().next().is_some_and(char::is_lowercase);
    (named && goes_on && !OPENERS.contains(&first.as_str())).then(|| (lead.to_string(), rest.to_string()))
}

/// As [`registry_lead`], the name set apart by a dash, not a comma that goes on
/// ("Unauthorized, unless the endpoint is public"), and whole or of two words at least
/// ("Server Error" of 500, not "Content" of 422).
pub(super) fn dashed_registry_lead(code: &str, text: &str) -> Option<(String, String)> {
    let (name, rest) = registry_lead(code, text)?;
    let after = text.get(name.len()..)?.trim_start();
    let dashed = after.starts_with(['-', '–', '—']);
    let whole = crate::catalogue::http_names(code).iter().any(|n| n.eq_ignore_ascii_case(&name));
    (dashed && (whole || name.split_whitespace().count() >= 2)).then_some((name, rest))
}

/// The registry's name of HTTP status `code` (or its end: "Server Error"
/// of "Internal Server Error") leading `text` before a comma, colon or dash
/// ("Internal server error - Внутренняя ошибка сервера").
pub(super) fn registry_lead(code: &str, text: &str) -> Option<(String, String)> {
    let names: Vec<String> = crate::catalogue::http_names(code).iter().map(|n| n.to_lowercase()).collect();
    let marks = [",", "，", ":", "：", " - ", " – ", " — "];
    // "Bad Request คำร้องขอไม่ถูกต้อง": the English name, then the text in the page's own script.
    let script_turns = text.char_indices().find(|&(at, c)| {
        at > 0 && c.is_alphabetic() && c as u32 > 0x24f && text[..at].ends_with(' ') && text[..at].is_ascii()
    });
    let at = marks.iter().filter_map(|mark| text.find(mark)).chain(script_turns.map(|(at, _)| at)).min()?;
    let lead = text[..at].trim();
    // "Processing (WebDAV)": the name, with an aside on where it comes from.
    let lowered = lead.to_lowercase();
    let bare = match lowered.rsplit_once(" (") {
        Some((name, aside)) if aside.ends_with(')') => name.trim(),
        _ => lowered.as_str(),
    };
    // The whole name however long ("Request Header Fields Too Large"), or a few words of its end.
    let names_it = |n: &String| *n == bare || n.ends_with(bare) && bare.split_whitespace().count() <= 4;
    let named = !bare.is_empty() && names.iter().any(names_it);
    let rest = text[at..].trim_start_matches([',', '，', ':', '：', ' ', '-', '–', '—']).trim();
    named.then(|| (lead.to_string(), rest.to_string()))
}
