//! The one-shot contract: an exact code, a class or mask ("4xx", "50x"), or
//! keywords searched fuzzily. Knows nothing of terminals.

mod across;

pub use across::{across, returned_with, Answer, Outcome};

use crate::search::Searcher;
use crate::table::Table;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The query named one code exactly.
    Code(usize),
    /// Rows covered by a mask ("4xx") or a code prefix ("40"), in table order.
    Mask(Vec<usize>),
    /// Fuzzy matches, best first.
    Matches(Vec<usize>),
}

impl Found {
    pub fn rows(&self) -> Vec<usize> {
        match self {
            Found::Code(row) => vec![*row],
            Found::Mask(rows) | Found::Matches(rows) => rows.clone(),
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
    let query = words.join(" ");
    let query = query.trim();
    if let Some(row) = table.find_code(query) {
        return Ok(Found::Code(row));
    }
    if is_mask(query) {
        return covered(table, |code| mask_covers(query, code))
            .ok_or_else(|| NotFound { message: format!("no code in the table matches {query}"), suggestions: vec![] });
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
    let hits = Searcher::default().search(table, query);
    if hits.is_empty() {
        return Err(NotFound {
            message: format!("nothing matches {query:?}"),
            suggestions: near_reasons(table, query),
        });
    }
    Ok(Found::Matches(hits.iter().map(|hit| hit.row).collect()))
}

/// The rows whose code `covers` accepts, in table order, if any.
fn covered(table: &Table, covers: impl Fn(&str) -> bool) -> Option<Found> {
    let rows: Vec<usize> = (0..table.len()).filter(|&row| covers(table.code(row))).collect();
    (!rows.is_empty()).then_some(Found::Mask(rows))
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
mod tests {
    use super::*;

    fn words(query: &str) -> Vec<String> {
        query.split(' ').map(String::from).collect()
    }

    fn codes(found: &Found, table: &Table) -> Vec<String> {
        found.rows().iter().map(|&row| table.entry(row).code.to_string()).collect()
    }

    #[test]
    fn exact_code() {
        let table = Table::embedded();
        assert_eq!(lookup(&table, &words("404")), Ok(Found::Code(table.find_code("404").unwrap())));
    }

    #[test]
    fn masks_cover_their_class() {
        let table = Table::embedded();
        let found = lookup(&table, &words("4xx")).unwrap();
        assert_eq!(codes(&found, &table).len(), 9);
        let found = lookup(&table, &words("50X")).unwrap();
        assert_eq!(codes(&found, &table), ["500", "501", "502", "503", "504"]);
        let found = lookup(&table, &words("xx4")).unwrap();
        assert_eq!(codes(&found, &table), ["204", "404", "504"]);
    }

    #[test]
    fn mask_covering_nothing_says_so() {
        let err = lookup(&Table::embedded(), &words("6xx")).unwrap_err();
        assert_eq!(err.message, "no code in the table matches 6xx");
    }

    fn suggested(table: &Table, query: &str) -> Vec<String> {
        let err = lookup(table, &words(query)).unwrap_err();
        err.suggestions.iter().map(|&row| table.entry(row).code.to_string()).collect()
    }

    #[test]
    fn a_code_prefix_covers_the_codes_it_begins() {
        let table = Table::embedded();
        let found = lookup(&table, &words("40")).unwrap();
        assert_eq!(codes(&found, &table), ["400", "401", "403", "404", "405", "406", "407", "408", "409"]);
        let found = lookup(&table, &words("5")).unwrap();
        assert_eq!(codes(&found, &table), ["500", "501", "502", "503", "504"]);
        assert_eq!(lookup(&table, &words("6")).unwrap_err().message, "unknown code 6");
        assert_eq!(lookup(&table, &words("4040")).unwrap_err().message, "unknown code 4040");
    }

    #[test]
    fn unknown_code_suggests_only_a_swapped_pair() {
        let table = Table::embedded();
        let err = lookup(&table, &words("418")).unwrap_err();
        assert_eq!(err.message, "unknown code 418");
        assert!(err.suggestions.is_empty());
        for other_code in ["429", "410", "510", "999", "505"] {
            assert_eq!(suggested(&table, other_code), Vec::<String>::new(), "{other_code}");
        }
        assert_eq!(suggested(&table, "440"), ["404"]);
        assert_eq!(suggested(&table, "450"), ["405"]);
        assert_eq!(suggested(&table, "053"), ["503"]);
    }

    #[test]
    fn a_swap_reaching_two_codes_suggests_neither() {
        let toml = "[[abnormal]]\ncode = \"405\"\nreason = \"a\"\ndescription = \"d\"\n\n\
                    [[abnormal]]\ncode = \"540\"\nreason = \"b\"\ndescription = \"d\"\n";
        let table = Table::from_toml("t", toml).unwrap();
        assert_eq!(suggested(&table, "450"), Vec::<String>::new());
    }

    #[test]
    fn keywords_are_searched() {
        let table = Table::embedded();
        let found = lookup(&table, &words("gateway timeout")).unwrap();
        assert_eq!(codes(&found, &table)[0], "504");
    }

    #[test]
    fn misspelt_keywords_are_found_or_suggest_a_reason() {
        let table = Table::embedded();
        // One typo after a word's first three letters: the search finds it.
        for (query, expected) in [
            ("Timeoutz", &["408", "504"][..]),
            ("Gatewy Timeoutz", &["504"]),
            ("conflixt", &["409"]),
            ("GATWAY", &["502", "504"]),
        ] {
            let found = lookup(&table, &words(query)).unwrap();
            let mut found = codes(&found, &table);
            found.sort();
            assert_eq!(found, expected, "{query}");
        }
        // Earlier typos are suggested, not matched.
        let err = lookup(&table, &words("Tmieout")).unwrap_err();
        assert_eq!(err.message, "nothing matches \"Tmieout\"");
        assert_eq!(suggested(&table, "Tmieout"), ["408", "504"]);
        assert_eq!(suggested(&table, "Cnoflict"), ["409"]);
        assert_eq!(suggested(&table, "GAETWAY"), ["502", "504"]);
    }

    #[test]
    fn unlike_keywords_suggest_nothing() {
        let table = Table::embedded();
        for query in ["qqqzzz", "Gatxxxy", "Conflictingly", "Zk", "Gateway Zebra"] {
            assert_eq!(suggested(&table, query), Vec::<String>::new(), "{query}");
        }
    }

    #[test]
    fn api_codes_of_the_tables_shape_are_codes() {
        let toml = "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"r\"\ndescription = \"d\"\n";
        let table = Table::from_toml("t", toml).unwrap();
        assert_eq!(lookup(&table, &words("apig.0101")), Ok(Found::Code(0)));
        let err = lookup(&table, &words("APIG.0102")).unwrap_err();
        assert_eq!(err.message, "unknown code APIG.0102");
        assert!(err.suggestions.is_empty(), "another code, not a typo");
        assert_eq!(lookup(&table, &words("APIG.0110")).unwrap_err().suggestions, [0]);
    }
}
