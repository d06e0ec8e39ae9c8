//! Fuzzy search over code, reason and description. A query is split on
//! whitespace into terms (as fzf does); a row matches when every term does,
//! in any order. Rows whose code is the query, or starts with it, rank first.

use crate::table::{Entry, Table};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

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
#[derive(Default)]
pub struct Searcher {
    matcher: SkimMatcherV2,
    /// The last query and the rows it matched, ascending.
    last: Option<(String, Vec<usize>)>,
}

const CODE_EXACT: i64 = 1 << 40;
const CODE_PREFIX: i64 = 1 << 39;

impl Searcher {
    /// Every matching row, best first; an empty query matches every row in
    /// table order.
    pub fn search(&mut self, table: &Table, query: &str) -> Vec<Hit> {
        let terms: Vec<&str> = query.split_whitespace().collect();
        if terms.is_empty() {
            self.last = None;
            return (0..table.len()).map(|row| Hit { row, score: 0 }).collect();
        }
        let trimmed = query.trim();
        // Each thread formats haystacks into one reused buffer, and only for rows that pass the
        // exact subsequence test: far cheaper than scoring, and most rows fail it.
        let score = |buffer: &mut String, row: usize| {
            let entry = &table.entries()[row];
            if !terms.iter().all(|term| is_subsequence(&fields(entry), term)) {
                return None;
            }
            buffer.clear();
            write_haystack(buffer, entry);
            let score =
                terms.iter().try_fold(0, |total, term| Some(total + self.matcher.fuzzy_match(buffer, term)?))?;
            Some(Hit { row, score: score + code_bonus(&entry.code, trimmed) })
        };
        // A query that only grew can match only rows the shorter one matched.
        let mut hits: Vec<Hit> = match &self.last {
            Some((previous, rows)) if query.starts_with(previous.as_str()) => rows
                .par_iter()
                .with_min_len(PARALLEL_CHUNK)
                .map_init(String::new, |b, &row| score(b, row))
                .flatten()
                .collect(),
            _ => (0..table.len())
                .into_par_iter()
                .with_min_len(PARALLEL_CHUNK)
                .map_init(String::new, score)
                .flatten()
                .collect(),
        };
        // Collected in candidate order, so these rows are already ascending.
        self.last = Some((query.to_string(), hits.iter().map(|h| h.row).collect()));
        hits.par_sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.row.cmp(&b.row)));
        hits
    }
}

/// What a row is matched against: "code reason description".
fn write_haystack(buffer: &mut String, entry: &Entry) {
    for (index, part) in [&entry.code, &entry.reason, &entry.description].into_iter().enumerate() {
        if index > 0 {
            buffer.push(' ');
        }
        buffer.push_str(part);
    }
}

/// The haystack's pieces, in order, without building it.
fn fields(entry: &Entry) -> [&[u8]; 5] {
    [entry.code.as_bytes(), b" ", entry.reason.as_bytes(), b" ", entry.description.as_bytes()]
}

/// Finds where a query matched in the few rows on screen, for highlighting.
#[derive(Default)]
pub struct Highlighter {
    matcher: SkimMatcherV2,
}

impl Highlighter {
    /// Where `query` matched in `entry`'s fields.
    pub fn highlights(&self, entry: &Entry, query: &str) -> Highlights {
        let mut haystack = String::new();
        write_haystack(&mut haystack, entry);
        let mut positions: Vec<usize> = query
            .split_whitespace()
            .filter_map(|term| self.matcher.fuzzy_indices(&haystack, term))
            .flat_map(|(_, indices)| indices)
            .collect();
        positions.sort_unstable();
        positions.dedup();
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

/// Rows per parallel work item: small tables stay on one thread.
const PARALLEL_CHUNK: usize = 2048;

/// Whether `term`'s characters occur in order in the concatenated `parts`
/// (each whole UTF-8 text), compared as SkimMatcherV2 compares them: smart
/// case, ASCII-only case folding.
fn is_subsequence(parts: &[&[u8]], term: &str) -> bool {
    let case_sensitive = term.bytes().any(|b| b.is_ascii_uppercase());
    let mut parts = parts.iter();
    let mut rest: &[u8] = parts.next().copied().unwrap_or_default();
    let mut buffer = [0u8; 4];
    for c in term.chars() {
        loop {
            let found = if c.is_ascii_alphabetic() && !case_sensitive {
                memchr::memchr2(c.to_ascii_lowercase() as u8, c.to_ascii_uppercase() as u8, rest).map(|i| i + 1)
            } else {
                let encoded = c.encode_utf8(&mut buffer).as_bytes();
                memchr::memmem::find(rest, encoded).map(|i| i + encoded.len())
            };
            match found {
                Some(after) => {
                    rest = &rest[after..];
                    break;
                }
                None => match parts.next() {
                    Some(next) => rest = next,
                    None => return false,
                },
            }
        }
    }
    true
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
        let mut searcher = Searcher::default();
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
        let mut typed = Searcher::default();
        let mut query = String::new();
        for c in "server request".chars() {
            query.push(c);
            let narrowed = typed.search(&table, &query);
            let fresh = Searcher::default().search(&table, &query);
            assert_eq!(narrowed, fresh, "after typing {query:?}");
        }
    }

    #[test]
    fn subsequence_test_agrees_with_the_matcher() {
        let matcher = SkimMatcherV2::default();
        let haystacks = ["404 Not Found", "Gateway Timeout ü漢字", "aXbYc", "über straße"];
        let terms =
            ["nf", "NF", "Nf", "gt", "GT", "ü漢", "漢ü", "xy", "XY", "abc", "ÜBER", "über", "strasse", "ße", "tz"];
        for haystack in haystacks {
            for term in terms {
                let expected = matcher.fuzzy_match(haystack, term).is_some();
                assert_eq!(is_subsequence(&[haystack.as_bytes()], term), expected, "{term:?} in {haystack:?}");
                let (head, tail) = haystack.split_at(haystack.char_indices().nth(3).map_or(0, |(i, _)| i));
                let split = is_subsequence(&[head.as_bytes(), tail.as_bytes()], term);
                assert_eq!(split, expected, "{term:?} in {head:?} + {tail:?}");
            }
        }
    }

    #[test]
    fn big_tables_search_the_same_in_parallel() {
        let table = Table::from_toml("gen", &crate::table::generate::generate(20_000)).unwrap();
        let mut searcher = Searcher::default();
        let hits = searcher.search(&table, "gateway timeout");
        assert!(!hits.is_empty());
        let matcher = SkimMatcherV2::default();
        let expected = table
            .entries()
            .iter()
            .filter(|e| {
                let hay = format!("{} {} {}", e.code, e.reason, e.description);
                matcher.fuzzy_match(&hay, "gateway").is_some() && matcher.fuzzy_match(&hay, "timeout").is_some()
            })
            .count();
        assert_eq!(hits.len(), expected);
        assert!(hits.windows(2).all(|w| w[0].score > w[1].score || w[0].score == w[1].score && w[0].row < w[1].row));
    }

    #[test]
    fn highlights_land_in_the_right_fields() {
        let table = Table::embedded();
        let highlighter = Highlighter::default();
        let entry = &table.entries()[table.find_code("404").unwrap()];
        let h = highlighter.highlights(entry, "404");
        assert_eq!(h.code, vec![0, 1, 2]);
        let h = highlighter.highlights(entry, "found");
        assert_eq!(h.reason, vec![4, 5, 6, 7, 8]);
        assert!(h.code.is_empty());
        let h = highlighter.highlights(entry, "requested");
        assert_eq!(h.description.len(), 9);
    }
}
