//! Lines that open like codes only among codes: "16 No action was specified" among longer
//! numbers, "SUCCESS -Success" among names in capitals. `listed` decides where they stand.

use super::{described, said, Entry};
use crate::import::cells::whole_number;

/// "16 No action was specified": a number, then text with no mark between, as lines
/// counting things may start too; `listed` takes it among longer codes written alike.
pub(in crate::import::lists) fn plain_numbered(line: &str) -> Option<Entry> {
    let (word, rest) = line.trim().split_once(' ')?;
    let rest = rest.trim();
    let text = rest.starts_with(char::is_alphabetic) && said(rest).is_none();
    let number = whole_number(word) && !word.starts_with('-') || super::hex_digits(word);
    (number && text).then(|| described(word, rest))
}

/// "SUCCESS -Success": a word in capitals, a mark, then its text, as prose rarely opens;
/// `listed` takes it among codes in capitals ("INIT_FAILURE -The SAM is not initialized").
pub(in crate::import::lists) fn capital_led(line: &str) -> Option<Entry> {
    let (word, rest) = line.trim().split_once(' ')?;
    // "ENOMETH: No such method": the colon set against the word, as errno names are listed.
    let (word, rest) = match word.strip_suffix(':') {
        Some(word) => (word, format!(": {rest}")),
        None => (word, rest.to_string()),
    };
    let text = rest.trim_start().strip_prefix(['-', '–', '—', ':'])?.trim();
    // "NOTE - …", "WARNING: …": a remark's label, not a code.
    const REMARKS: [&str; 10] =
        ["NOTE", "NOTES", "TIP", "WARNING", "IMPORTANT", "CAUTION", "INFO", "TODO", "DANGER", "HINT"];
    let capitals = crate::import::lists::word_in_capitals(word) && word.len() >= 3 && !REMARKS.contains(&word);
    (capitals && !text.is_empty()).then(|| described(word, text))
}

/// "`invalid_token` — token does not match": a name set as code, a dash, then its text, as
/// lists of properties are written too; `listed` takes it under a heading of codes.
pub(in crate::import::lists) fn spanned_dashed(line: &str) -> Option<Entry> {
    let line = line.trim();
    let (name, rest) = line.strip_prefix('`')?.split_once('`')?;
    let text = rest.trim_start().strip_prefix(['-', '–', '—'])?.trim();
    let name_like = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'));
    (name_like && !text.is_empty()).then(|| described(name, text))
}

/// Words error names are made of ("invalid_token", "account_suspended"), as field names
/// ("user_id", "created_at") are not.
pub(in crate::import::lists) fn names_an_error(name: &str) -> bool {
    const WORDS: [&str; 24] = [
        "invalid",
        "missing",
        "not_found",
        "notfound",
        "fail",
        "error",
        "denied",
        "expired",
        "exceeded",
        "unauthorized",
        "forbidden",
        "timeout",
        "conflict",
        "unknown",
        "unsupported",
        "suspended",
        "disabled",
        "locked",
        "too_many",
        "limit",
        "already",
        "unavailable",
        "rejected",
        "insufficient",
    ];
    let name = name.to_lowercase();
    WORDS.iter().any(|word| name.contains(word))
}
