//! Search by keywords over each row's code, reason, constants, spec section
//! and description. A query is split on whitespace into terms (as fzf does);
//! a row matches when every term is found under the quality rule
//! ([`rule`]), in any order. A term found in the code or reason outranks one
//! found in the description; rows whose code is the query, or starts with it,
//! rank first. SkimMatcherV2 scores and places the letters of a term found
//! scattered over a word and the next.

mod highlight;
pub mod rule;

pub use highlight::{Highlighter, Highlights};

use crate::table::{Entry, Table};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;
use rule::{Kind, Term};

/// A matching row: its index in the table and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub row: usize,
    pub score: i64,
}

/// Ranked search that remembers its recent answers: a query that only grew
/// (the user typing) checks just the rows the shorter one matched, and one
/// that shrank back (deleting) starts from the answer it had then.
#[derive(Default)]
pub struct Searcher {
    matcher: SkimMatcherV2,
    /// Queries answered, each a prefix of the next, with the rows they matched (ascending).
    history: Vec<(String, Vec<u32>)>,
}

const CODE_EXACT: i64 = 1 << 40;
const CODE_PREFIX: i64 = 1 << 39;
/// Answers kept for deleting back to.
const HISTORY: usize = 16;
/// Rows per parallel work item: small tables stay on one thread.
const PARALLEL_CHUNK: usize = 2048;

/// Weights of the fields searched: a term in the code or reason says more than one in the description.
const CODE: i64 = 10;
const REASON: i64 = 8;
const CONSTANT: i64 = 6;
const SPEC: i64 = 5;
const DESCRIPTION: i64 = 3;

/// The fields a row is searched in, with their weights.
fn searched<'a>(entry: &Entry<'a>) -> [(i64, Option<&'a str>); 7] {
    [
        (CODE, Some(entry.code)),
        (REASON, Some(entry.reason)),
        (CONSTANT, entry.rust),
        (CONSTANT, entry.go),
        (CONSTANT, entry.python),
        (SPEC, entry.spec),
        (DESCRIPTION, Some(entry.description)),
    ]
}

impl Searcher {
    /// Every matching row, best first; an empty query matches every row in
    /// table order.
    pub fn search(&mut self, table: &Table, query: &str) -> Vec<Hit> {
        let terms: Vec<Term> = query.split_whitespace().map(Term::new).collect();
        if terms.is_empty() {
            self.history.clear();
            return (0..table.len()).map(|row| Hit { row, score: 0 }).collect();
        }
        // Answers to queries this one does not extend cannot narrow it.
        while self.history.last().is_some_and(|(previous, _)| !query.starts_with(previous.as_str())) {
            self.history.pop();
        }
        let trimmed = query.trim();
        let score = |row: usize| self.score(&table.entry(row), &terms, trimmed).map(|score| Hit { row, score });
        let mut hits: Vec<Hit> = match self.history.last() {
            Some((_, rows)) => {
                rows.par_iter().with_min_len(PARALLEL_CHUNK).filter_map(|&row| score(row as usize)).collect()
            }
            None => (0..table.len()).into_par_iter().with_min_len(PARALLEL_CHUNK).filter_map(score).collect(),
        };
        // Collected in candidate order, so these rows are ascending.
        let rows = hits.iter().map(|hit| hit.row as u32).collect();
        if self.history.last().is_some_and(|(previous, _)| previous == query) {
            self.history.pop();
        }
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push((query.to_string(), rows));
        hits.par_sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.row.cmp(&b.row)));
        hits
    }

    /// A row's score when every term is found in one of its fields.
    fn score(&self, entry: &Entry<'_>, terms: &[Term], query: &str) -> Option<i64> {
        let fields = searched(entry);
        let mut total = code_bonus(entry.code, query);
        for term in terms {
            // Fields by weight, heaviest first: a kind that could not beat the best so far is not looked for.
            let mut best: Option<i64> = None;
            for &(weight, text) in &fields {
                let Some(text) = text else { continue };
                let least = [Kind::Typo, Kind::Scattered, Kind::Inside, Kind::WordStart, Kind::Word]
                    .into_iter()
                    .find(|kind| best.is_none_or(|best| weight * kind.points() * 100 + 99 > best));
                let Some(least) = least else { continue };
                let Some(found) = rule::find_above(text, term, least) else { continue };
                // Among equals, SkimMatcherV2 prefers tight letters; else earlier is better.
                let finer = match found.kind {
                    Kind::Scattered => {
                        self.matcher.fuzzy_match(&text[found.start..found.end], &term.text).unwrap_or(0).min(99)
                    }
                    _ => 99 - found.start.min(99) as i64,
                };
                let score = weight * found.kind.points() * 100 + finer;
                best = Some(best.map_or(score, |b| b.max(score)));
            }
            total += best?;
        }
        Some(total)
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
mod tests;
