//! Fuzzy search over code, reason and description. A query is split on
//! whitespace into terms (as fzf does); a row matches when every term does,
//! in any order. Rows whose code is the query, or starts with it, rank first.

use crate::table::Table;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// A matching row: its index in the table and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub row: usize,
    pub score: i64,
}

/// Matched character positions (char indices, not bytes) in each field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    pub code: Vec<usize>,
    pub reason: Vec<usize>,
    pub description: Vec<usize>,
}

/// Ranked search that remembers its last answer, so that a query which only
/// grows (the user typing) re-checks just the rows that still match.
pub struct Searcher {
    matcher: SkimMatcherV2,
    /// "code reason description" per row, built once.
    haystacks: Vec<String>,
    last: Option<(String, Vec<usize>)>,
}

const CODE_EXACT: i64 = 1 << 40;
const CODE_PREFIX: i64 = 1 << 39;

impl Searcher {
    pub fn new(table: &Table) -> Searcher {
        let haystacks = table.entries().iter().map(|e| format!("{} {} {}", e.code, e.reason, e.description)).collect();
        Searcher { matcher: SkimMatcherV2::default(), haystacks, last: None }
    }

    /// Every matching row, best first; an empty query matches every row in
    /// table order.
    pub fn search(&mut self, table: &Table, query: &str) -> Vec<Hit> {
        let terms: Vec<&str> = query.split_whitespace().collect();
        if terms.is_empty() {
            self.last = None;
            return (0..table.len()).map(|row| Hit { row, score: 0 }).collect();
        }
        let candidates: Box<dyn Iterator<Item = usize>> = match &self.last {
            Some((previous, rows)) if query.starts_with(previous.as_str()) => Box::new(rows.clone().into_iter()),
            _ => Box::new(0..table.len()),
        };
        let trimmed = query.trim();
        let mut hits: Vec<Hit> = candidates
            .filter_map(|row| {
                let score = self.score(&self.haystacks[row], &terms)?;
                Some(Hit { row, score: score + code_bonus(&table.entries()[row].code, trimmed) })
            })
            .collect();
        self.last = Some((query.to_string(), hits.iter().map(|h| h.row).collect()));
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.row.cmp(&b.row)));
        hits
    }

    fn score(&self, haystack: &str, terms: &[&str]) -> Option<i64> {
        terms.iter().try_fold(0, |total, term| Some(total + self.matcher.fuzzy_match(haystack, term)?))
    }

    /// Where `query` matched in `row`'s fields, for highlighting.
    pub fn highlights(&self, table: &Table, row: usize, query: &str) -> Highlights {
        let mut positions: Vec<usize> = query
            .split_whitespace()
            .filter_map(|term| self.matcher.fuzzy_indices(&self.haystacks[row], term))
            .flat_map(|(_, indices)| indices)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        let entry = &table.entries()[row];
        let code_end = entry.code.chars().count();
        let reason_start = code_end + 1;
        let description_start = reason_start + entry.reason.chars().count() + 1;
        let mut out = Highlights::default();
        for position in positions {
            if position < code_end {
                out.code.push(position);
            } else if (reason_start..description_start - 1).contains(&position) {
                out.reason.push(position - reason_start);
            } else if position >= description_start {
                out.description.push(position - description_start);
            }
        }
        out
    }
}

fn code_bonus(code: &str, query: &str) -> i64 {
    if code.eq_ignore_ascii_case(query) {
        CODE_EXACT
    } else if code.len() > query.len()
        && code.is_char_boundary(query.len())
        && code[..query.len()].eq_ignore_ascii_case(query)
    {
        CODE_PREFIX
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(query: &str) -> Vec<String> {
        let table = Table::embedded();
        let mut searcher = Searcher::new(&table);
        searcher.search(&table, query).iter().map(|h| table.entries()[h.row].code.clone()).collect()
    }

    #[test]
    fn empty_query_lists_every_row_in_order() {
        assert_eq!(codes("").len(), 18);
        assert_eq!(codes("  ")[0], "200");
    }

    #[test]
    fn exact_code_ranks_first() {
        assert_eq!(codes("404")[0], "404");
        assert_eq!(codes("504")[0], "504");
    }

    #[test]
    fn code_prefix_ranks_its_codes_first() {
        let found = codes("40");
        assert!(found[..9].iter().all(|c| c.starts_with("40")), "{found:?}");
        assert_eq!(found[0], "400");
    }

    #[test]
    fn keywords_find_the_reason() {
        assert_eq!(codes("gateway timeout")[0], "504");
        assert_eq!(codes("timeout gateway")[0], "504");
        assert_eq!(codes("proxy")[0], "407");
        assert_eq!(codes("conflict")[0], "409");
    }

    #[test]
    fn nonsense_matches_nothing() {
        assert!(codes("zzzqqq").is_empty());
    }

    #[test]
    fn growing_query_narrows_to_the_same_answer_as_a_fresh_search() {
        let table = Table::embedded();
        let mut typed = Searcher::new(&table);
        let mut query = String::new();
        for c in "server request".chars() {
            query.push(c);
            let narrowed = typed.search(&table, &query);
            let fresh = Searcher::new(&table).search(&table, &query);
            assert_eq!(narrowed, fresh, "after typing {query:?}");
        }
    }

    #[test]
    fn highlights_land_in_the_right_fields() {
        let table = Table::embedded();
        let searcher = Searcher::new(&table);
        let row = table.find_code("404").unwrap();
        let h = searcher.highlights(&table, row, "404");
        assert_eq!(h.code, vec![0, 1, 2]);
        let h = searcher.highlights(&table, row, "found");
        assert_eq!(h.reason, vec![4, 5, 6, 7, 8]);
        assert!(h.code.is_empty());
        let h = searcher.highlights(&table, row, "requested");
        assert_eq!(h.description.len(), 9);
    }
}
