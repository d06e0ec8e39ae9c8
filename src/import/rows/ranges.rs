//! Code cells that hold ranges or patterns of codes ("500-599", "10xx", "from 100 to 199"), not one code.

use super::field;
use crate::import::cells::{class_pattern, code_range, hex_code, quoted_code, status_word};
use crate::import::Cell;

/// "10xx", "2XXXX", "10##", "RPX-05xx": digits, after a prefix or none, then a run of marks
/// standing for the rest.
pub(super) fn is_code_pattern(code: &str) -> bool {
    let prefix = code.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let numbered = prefix.trim_start_matches(['-', '_']);
    class_pattern(code) || prefix.len() < code.len() && class_pattern(numbered)
}

/// "450-459", "1xx–3xx", "from 100 to 199": a code cell that holds a range, not a code.
pub(super) fn holds_range(cell: &Cell) -> bool {
    let text = quoted_code(field(&cell.text));
    status_range(&text).is_some() || worded_range(&text).is_some() || code_range(&text).is_some() || open_range(&text)
}

/// "L0001-L0xxx", "E1000–E1XXX": from a code to its prefix and digits left open.
fn open_range(text: &str) -> bool {
    let Some((from, to)) = text.split_once(['-', '–', '—', '~']) else { return false };
    let (from, to) = (from.trim(), to.trim());
    let prefix = from.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &from[prefix.len()..];
    let open = to.strip_prefix(prefix).is_some_and(|rest| {
        let x = |c: char| c == 'x' || c == 'X';
        rest.len() == digits.len() && rest.contains(x) && rest.chars().all(|c| c.is_ascii_digit() || x(c))
    });
    !digits.is_empty() && open
}

/// "500-599", "200 – 299": a range of statuses, as written.
pub(super) fn status_range(text: &str) -> Option<String> {
    let (from, to) = text.split_once(['-', '–', '—', '~'])?;
    let (from, to) = (from.trim(), to.trim());
    (status_word(from) && status_word(to) && from < to).then(|| format!("{from}-{to}"))
}

/// "from 3900 to 3999", "von 100 bis 199", "0xC000 to 0xC0FF": a range of numbers, in words.
pub(super) fn worded_range(text: &str) -> Option<String> {
    const FROM: &[&str] = &["from", "de", "desde", "von", "от", "da"];
    const TO: &[&str] = &["to", "a", "à", "hasta", "até", "bis", "до", "al"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) || hex_code(w);
    let to = |w: &str| TO.contains(&w.to_lowercase().as_str());
    match words[..] {
        [from, a, between, b] if FROM.contains(&from.to_lowercase().as_str()) && to(between) => {
            (number(a) && number(b)).then(|| format!("{a}–{b}"))
        }
        // "0xC000 to 0xC0FF": no "from" before a number of a code's width.
        [a, between, b] if to(between) && a.len() >= 3 && a.len() == b.len() => {
            (number(a) && number(b) && a < b).then(|| format!("{a}–{b}"))
        }
        _ => None,
    }
}

/// "100", "101", … "106": four numbers or more, each one more than the last.
pub(super) fn one_after_another(codes: &[String]) -> bool {
    let numbers: Vec<u32> = codes.iter().map_while(|c| c.parse().ok()).collect();
    numbers.len() == codes.len() && numbers.len() >= 4 && numbers.windows(2).all(|w| w[1] == w[0] + 1)
}
