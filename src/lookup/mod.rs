//! The one-shot contract: an exact code, a class or mask ("4xx", "50x"), or
//! keywords searched fuzzily. Knows nothing of terminals.

mod across;
mod pasted;

pub use across::{across, elsewhere, returned_with, Answer, Elsewhere, Outcome};

use crate::search::Searcher;
use crate::table::Table;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The query named one code exactly: its rows, one for each catalogue that has it.
    Code(Vec<usize>),
    /// Rows covered by a mask ("4xx") or a code prefix ("40"), in table order.
    Mask(Vec<usize>),
    /// Fuzzy matches, best first.
    Matches(Vec<usize>),
}

impl Found {
    pub fn rows(&self) -> Vec<usize> {
        match self {
            Found::Code(rows) | Found::Mask(rows) | Found::Matches(rows) => rows.clone(),
        }
    }
}

/// Why nothing was found, with what the user likely meant: rows offered only
/// for a likely typo, never merely the nearest thing the table has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    pub message: String,
    pub suggestions: Vec<usize>,
}

/// At most this many rows are suggested.
const MAX_SUGGESTIONS: usize = 3;

pub fn lookup(table: &Table, words: &[String]) -> Result<Found, NotFound> {
    lookup_ranked(table, words, |_| 0)
}

/// As [`lookup`], equal matches ordered by `rank` (lower first), then by row.
pub fn lookup_ranked(table: &Table, words: &[String], rank: impl Fn(usize) -> usize) -> Result<Found, NotFound> {
    let query = words.join(" ");
    let query = pasted::status_of(&query).unwrap_or(query.trim());
    if let Some(codes) = pasted::several_codes(query) {
        return several(table, &codes);
    }
    let rows = table.find_codes(query);
    if !rows.is_empty() {
        return Ok(Found::Code(rows));
    }
    if is_mask(query) {
        let hint = if query.len() < 3 { "; a mask has a character for each digit, as in 4xx" } else { "" };
        return covered(table, |code| mask_covers(query, code))
            .ok_or_else(|| NotFound { message: format!("no code matches {query}{hint}"), suggestions: vec![] });
    }
    if looks_like_code(table, query) {
        // The start of a code ("40"), as the browser's search ranks it: every code it begins.
        if query.bytes().all(|b| b.is_ascii_digit()) {
            let starts = |code: &str| code.len() > query.len() && code.as_bytes().starts_with(query.as_bytes());
            if let Some(found) = covered(table, starts) {
                return Ok(found);
            }
        }
        return Err(NotFound {
            message: format!("unknown code {query}"),
            suggestions: swapped_code(table, query).into_iter().collect(),
        });
    }
    let mut hits = Searcher::default().search(table, query);
    hits.sort_by_key(|hit| (std::cmp::Reverse(hit.score), rank(hit.row), table.popularity(hit.row), hit.row));
    if hits.is_empty() {
        return Err(NotFound {
            message: format!("nothing matches {query:?}"),
            suggestions: near_reasons(table, query),
        });
    }
    Ok(Found::Matches(hits.iter().map(|hit| hit.row).collect()))
}

/// Whether the one-shot reads `query` as a code, a mask or the start of a
/// code, rather than as keywords.
pub fn reads_as_code(table: &Table, query: &str) -> bool {
    let query = query.trim();
    is_compound(query) || is_mask(query) || looks_like_code(table, query) || table.find_code(query).is_some()
}

/// Whether `query` is several codes (`404 500`) or a pasted status line or
/// log fragment (`HTTP/1.1 503 Service Unavailable`, `status=429`): read for
/// its codes, not its words.
pub fn is_compound(query: &str) -> bool {
    pasted::status_of(query).is_some() || pasted::several_codes(query.trim()).is_some()
}

/// Each of `codes` (codes and masks), in the order given, every row of each;
/// all must be found.
fn several(table: &Table, codes: &[&str]) -> Result<Found, NotFound> {
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for &code in codes {
        let found = match is_mask(code) {
            true => covered(table, |c| mask_covers(code, c)).map(|found| found.rows()).unwrap_or_default(),
            false => table.find_codes(code),
        };
        if found.is_empty() {
            missing.push(code);
        }
        rows.extend(found.into_iter().filter(|row| !rows.contains(row)).collect::<Vec<_>>());
    }
    match missing.as_slice() {
        [] => Ok(Found::Mask(rows)),
        [one] => Err(NotFound { message: format!("unknown code {one}"), suggestions: vec![] }),
        many => Err(NotFound { message: format!("unknown codes {}", many.join(", ")), suggestions: vec![] }),
    }
}

/// The rows whose code `covers` accepts, if any: in table order, or, when
/// the table holds several catalogues, by code, so that each code's rows stand together.
fn covered(table: &Table, covers: impl Fn(&str) -> bool) -> Option<Found> {
    let mut rows: Vec<usize> = (0..table.len()).filter(|&row| covers(table.code(row))).collect();
    if table.catalogues().len() > 1 {
        rows.sort_by(|&a, &b| by_code(table.code(a), table.code(b)));
    }
    (!rows.is_empty()).then_some(Found::Mask(rows))
}

/// Numbers by value ("99" before "100"), then other codes as text.
fn by_code(a: &str, b: &str) -> std::cmp::Ordering {
    let number = |code: &str| code.parse::<u64>().ok();
    match (number(a), number(b)) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// Digits and at least one x, as in "4xx" or "50X".
pub fn is_mask(query: &str) -> bool {
    !query.is_empty()
        && query.chars().all(|c| c.is_ascii_digit() || c.eq_ignore_ascii_case(&'x'))
        && query.chars().any(|c| c.eq_ignore_ascii_case(&'x'))
}

fn mask_covers(mask: &str, code: &str) -> bool {
    mask.len() == code.len()
        && mask.chars().zip(code.chars()).all(|(m, c)| m.eq_ignore_ascii_case(&'x') && c.is_ascii_digit() || m == c)
}

/// A bare number, or a single word shaped like the table's own codes
/// ("APIG.0199" when the table has "APIG.0101"), is a code, not keywords.
fn looks_like_code(table: &Table, query: &str) -> bool {
    if query.is_empty() || query.contains(char::is_whitespace) {
        return false;
    }
    query.chars().all(|c| c.is_ascii_digit())
        || table.entries().any(|e| e.code.len() == query.len() && same_shape(e.code, query))
}

fn same_shape(code: &str, query: &str) -> bool {
    code.chars().zip(query.chars()).all(|(a, b)| {
        (a.is_ascii_digit() && b.is_ascii_digit())
            || (a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
            || (!a.is_ascii_alphanumeric() && a == b)
    }) && code.chars().any(|c| c.is_ascii_digit())
}

/// The code that is the query with two neighbouring characters swapped
/// ("440" for 404), when exactly one such code is in the table. Any other
/// near code (429 and 409) is a different code, not a typo; so is a code the
/// HTTP registry has (410 Gone is no typo for 401).
fn swapped_code(table: &Table, query: &str) -> Option<usize> {
    if query.parse::<u16>().is_ok_and(|code| crate::catalogue::http_reason(&code.to_string()).is_some()) {
        return None;
    }
    let chars: Vec<char> = query.chars().collect();
    let mut found = (1..chars.len()).filter(|&i| !chars[i - 1].eq_ignore_ascii_case(&chars[i])).filter_map(|i| {
        let mut swapped = chars.clone();
        swapped.swap(i - 1, i);
        table.find_code(&swapped.into_iter().collect::<String>())
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Rows whose reason is a near spelling of the query: each query word within
/// a typo or two of one of the reason's words ("conflixt", "GATWAY"). The
/// rows needing the fewest edits, in table order.
fn near_reasons(table: &Table, query: &str) -> Vec<usize> {
    let query = words_of(query);
    let mut nearness = FxHashMap::default();
    let scored: Vec<(usize, usize)> = (0..table.len())
        .filter_map(|row| Some((reason_edits(table.reason(row), &query, &mut nearness)?, row)))
        .collect();
    let fewest = scored.iter().map(|&(edits, _)| edits).min();
    scored.into_iter().filter(|&(edits, _)| Some(edits) == fewest).map(|(_, row)| row).take(MAX_SUGGESTIONS).collect()
}

/// The edits that make `reason` say each query word (the fewest over its
/// words), if every one is within a typo. `nearness` keeps each distinct
/// word's distances to the query words, as a large table repeats its words.
fn reason_edits<'t>(
    reason: &'t str,
    query: &[String],
    nearness: &mut FxHashMap<&'t str, Vec<Option<usize>>>,
) -> Option<usize> {
    let mut nearest = vec![None::<usize>; query.len()];
    for word in words(reason) {
        let distances = nearness.entry(word).or_insert_with(|| {
            let known = word.to_lowercase();
            let within = |asked: &String| {
                let distance = strsim::osa_distance(asked, &known);
                (distance <= typo_allowance(asked, &known)).then_some(distance)
            };
            query.iter().map(within).collect()
        });
        for (best, &distance) in nearest.iter_mut().zip(distances.iter()) {
            *best = match (*best, distance) {
                (Some(best), Some(distance)) => Some(best.min(distance)),
                (best, distance) => best.or(distance),
            };
        }
    }
    nearest.into_iter().sum()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty())
}

fn words_of(text: &str) -> Vec<String> {
    words(text).map(str::to_lowercase).collect()
}

/// How many edits still make a likely typo: none in words of one or two
/// characters, one in short words, two from six characters on.
fn typo_allowance(word: &str, known: &str) -> usize {
    match word.chars().count().min(known.chars().count()) {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests;
