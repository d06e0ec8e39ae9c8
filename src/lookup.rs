//! The one-shot contract: an exact code, a class or mask ("4xx", "50x"), or
//! keywords searched fuzzily. Knows nothing of terminals.

use crate::search::Searcher;
use crate::table::Table;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The query named one code exactly.
    Code(usize),
    /// Rows covered by a mask, in table order.
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

/// Why nothing was found, with the closest thing the table has, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    pub message: String,
    pub suggestion: Option<usize>,
}

pub fn lookup(table: &Table, words: &[String]) -> Result<Found, NotFound> {
    let query = words.join(" ");
    let query = query.trim();
    if let Some(row) = table.find_code(query) {
        return Ok(Found::Code(row));
    }
    if is_mask(query) {
        let rows: Vec<usize> = (0..table.len()).filter(|&row| mask_covers(query, &table.entries()[row].code)).collect();
        if rows.is_empty() {
            return Err(NotFound { message: format!("no code in the table matches {query}"), suggestion: None });
        }
        return Ok(Found::Mask(rows));
    }
    if looks_like_code(table, query) {
        return Err(NotFound { message: format!("unknown code {query}"), suggestion: closest_code(table, query) });
    }
    let hits = Searcher::default().search(table, query);
    if hits.is_empty() {
        return Err(NotFound {
            message: format!("nothing matches {query:?}"),
            suggestion: closest_reason(table, query),
        });
    }
    Ok(Found::Matches(hits.iter().map(|hit| hit.row).collect()))
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
        || table.entries().iter().any(|e| e.code.len() == query.len() && same_shape(&e.code, query))
}

fn same_shape(code: &str, query: &str) -> bool {
    code.chars().zip(query.chars()).all(|(a, b)| {
        (a.is_ascii_digit() && b.is_ascii_digit())
            || (a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
            || (!a.is_ascii_alphanumeric() && a == b)
    }) && code.chars().any(|c| c.is_ascii_digit())
}

/// The code differing in the fewest characters, then the nearest number.
fn closest_code(table: &Table, query: &str) -> Option<usize> {
    let query_upper = query.to_ascii_uppercase();
    table
        .entries()
        .iter()
        .enumerate()
        .filter(|(_, e)| e.code.len() == query.len())
        .map(|(row, e)| {
            let distance = strsim::hamming(&e.code.to_ascii_uppercase(), &query_upper).unwrap_or(usize::MAX);
            let numeric = match (e.code.parse::<i64>(), query.parse::<i64>()) {
                (Ok(a), Ok(b)) => (a - b).abs(),
                _ => 0,
            };
            (distance, numeric, row)
        })
        .filter(|&(distance, _, _)| distance * 2 <= query.len())
        .min()
        .map(|(_, _, row)| row)
}

/// The reason phrase (or word of one) most like the query, if reasonably alike.
fn closest_reason(table: &Table, query: &str) -> Option<usize> {
    let query = query.to_lowercase();
    let similarity = |text: &str| strsim::normalized_damerau_levenshtein(text, &query);
    table
        .entries()
        .iter()
        .enumerate()
        .map(|(row, e)| {
            let reason = e.reason.to_lowercase();
            let best = reason.split_whitespace().map(similarity).fold(similarity(&reason), f64::max);
            (best, row)
        })
        .filter(|&(similarity, _)| similarity >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, row)| row)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(query: &str) -> Vec<String> {
        query.split(' ').map(String::from).collect()
    }

    fn codes(found: &Found, table: &Table) -> Vec<String> {
        found.rows().iter().map(|&row| table.entries()[row].code.clone()).collect()
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

    #[test]
    fn unknown_code_suggests_the_nearest() {
        let table = Table::embedded();
        let err = lookup(&table, &words("418")).unwrap_err();
        assert_eq!(err.message, "unknown code 418");
        assert_eq!(table.entries()[err.suggestion.unwrap()].code, "408");
        assert_eq!(lookup(&table, &words("999")).unwrap_err().suggestion, None);
    }

    #[test]
    fn keywords_are_searched() {
        let table = Table::embedded();
        let found = lookup(&table, &words("gateway timeout")).unwrap();
        assert_eq!(codes(&found, &table)[0], "504");
    }

    #[test]
    fn misspelt_keywords_suggest_a_reason() {
        let table = Table::embedded();
        let err = lookup(&table, &words("Timeoutz")).unwrap_err();
        assert_eq!(err.message, "nothing matches \"Timeoutz\"");
        assert_eq!(table.entries()[err.suggestion.unwrap()].code, "408");
        let err = lookup(&table, &words("Gatewy Timeoutz")).unwrap_err();
        assert_eq!(table.entries()[err.suggestion.unwrap()].code, "504");
    }

    #[test]
    fn api_codes_of_the_tables_shape_are_codes() {
        let toml = "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"r\"\ndescription = \"d\"\n";
        let table = Table::from_toml("t", toml).unwrap();
        assert_eq!(lookup(&table, &words("apig.0101")), Ok(Found::Code(0)));
        let err = lookup(&table, &words("APIG.0102")).unwrap_err();
        assert_eq!(err.message, "unknown code APIG.0102");
        assert_eq!(err.suggestion, Some(0));
    }
}
