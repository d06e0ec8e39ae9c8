//! Search by keywords over each row's code, reason, aliases, constants,
//! spec section, description and notes. A query is split on whitespace into
//! terms (as fzf does); a row matches when every term is found under the
//! quality rule ([`rule`]), in any order. A term found in the code, reason or
//! aliases outranks one found in the description, and one found only in the
//! notes ranks lowest; rows whose code is the query, or starts with it, rank
//! first. SkimMatcherV2 scores and places the letters of a term found
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
/// The query is the row's reason or an alias: next after its code.
const NAME_EXACT: i64 = 1 << 38;
/// Answers kept for deleting back to.
const HISTORY: usize = 16;
/// Rows per parallel work item: small tables stay on one thread.
const PARALLEL_CHUNK: usize = 2048;

/// Weights of the fields searched: a term in the code or reason says more than one in the description.
const CODE: i64 = 10;
const REASON: i64 = 8;
/// An alias weighs as the reason; among equal finds, the reason's comes first.
const ALIAS: i64 = -REASON;
const CONSTANT: i64 = 6;
const SPEC: i64 = 5;
const DESCRIPTION: i64 = 3;
/// The notes: below any other field, however the term is found there.
const NOTES: i64 = 0;

/// The fields a row is searched in, heaviest first, with their weights: the
/// names a code also goes by weigh as its reason, each searched on its own.
fn searched<'a>(entry: &Entry<'a>) -> impl Iterator<Item = (i64, Option<&'a str>)> + 'a {
    names(entry).map(|(weight, name)| (weight, Some(name))).chain(rest(entry))
}

/// What a code is called: its code, its reason and its aliases, with their weights.
fn names<'a>(entry: &Entry<'a>) -> impl Iterator<Item = (i64, &'a str)> + 'a {
    [(CODE, entry.code), (REASON, entry.reason)].into_iter().chain(entry.aliases().map(|alias| (ALIAS, alias)))
}

fn rest<'a>(entry: &Entry<'a>) -> [(i64, Option<&'a str>); 6] {
    [
        (CONSTANT, entry.rust),
        (CONSTANT, entry.go),
        (CONSTANT, entry.python),
        (SPEC, entry.spec),
        (DESCRIPTION, Some(entry.description)),
        (NOTES, entry.notes),
    ]
}

/// Taken from the score of a row that matches only with its notes: below every other.
const NOTES_ONLY: i64 = 1 << 50;

/// A term's score in a field: the least in any weighed field (a typo in the
/// description, 600) is above the most in the notes (109).
fn field_score(weight: i64, kind: Kind, finer: i64) -> i64 {
    match weight {
        NOTES => kind.points() * 10 + finer / 10,
        ALIAS => REASON * kind.points() * 100 + finer / 2,
        _ => weight * kind.points() * 100 + finer,
    }
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
        // Answers to queries this one does not extend, or extends with a looser rule, cannot narrow it.
        let narrows = |previous: &str| {
            query.starts_with(previous)
                && previous.split_whitespace().map(Term::new).zip(&terms).all(|(old, new)| !new.looser_than(&old))
        };
        while self.history.last().is_some_and(|(previous, _)| !narrows(previous)) {
            self.history.pop();
        }
        let trimmed = query.trim();
        let score = |row: usize| self.score(&table.entry(row), &terms, trimmed).map(|scored| (row, scored));
        let mut scored: Vec<(usize, Scored)> = match self.history.last() {
            Some((_, rows)) => {
                rows.par_iter().with_min_len(PARALLEL_CHUNK).filter_map(|&row| score(row as usize)).collect()
            }
            None => (0..table.len()).into_par_iter().with_min_len(PARALLEL_CHUNK).filter_map(score).collect(),
        };
        // Collected in candidate order, so these rows are ascending.
        let rows = scored.iter().map(|&(row, _)| row as u32).collect();
        if self.history.last().is_some_and(|(previous, _)| previous == query) {
            self.history.pop();
        }
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push((query.to_string(), rows));
        // A query that is a name codes go by (a reason or an alias) lists the codes that go by it.
        if scored.iter().any(|(_, scored)| scored.is_name) {
            let in_names = |&(row, _): &(usize, Scored)| {
                names(&table.entry(row))
                    .any(|(_, name)| terms.iter().all(|term| rule::find_above(name, term, Kind::Word).is_some()))
            };
            scored = scored.into_par_iter().filter(in_names).collect();
        }
        let mut hits: Vec<Hit> = scored.into_iter().map(|(row, scored)| Hit { row, score: scored.score }).collect();
        // Equal matches: the code people meet most first (in built-in tables), then table order.
        // Codes the query begins stay in table order, as a list of codes reads.
        let popularity = |hit: &Hit| if hit.score >= CODE_PREFIX { 0 } else { table.popularity(hit.row) };
        let order = |hit: &Hit| (std::cmp::Reverse(hit.score), popularity(hit), hit.row);
        hits.par_sort_unstable_by(|a, b| order(a).cmp(&order(b)));
        // Rows that need their notes to match are shown only when no row matches without them.
        if hits.first().is_some_and(|best| best.score >= 0) {
            hits.truncate(hits.partition_point(|hit| hit.score >= 0));
        }
        hits
    }

    /// A row's score when every term is found in one of its fields.
    fn score(&self, entry: &Entry<'_>, terms: &[Term], query: &str) -> Option<Scored> {
        let mut total = code_bonus(entry.code, query);
        let mut needs_notes = false;
        for term in terms {
            // Fields by weight, heaviest first: a kind that could not beat the best so far is not looked for.
            let mut best: Option<i64> = None;
            for (weight, text) in searched(entry) {
                let Some(text) = text else { continue };
                if term.digits && weight == SPEC {
                    continue;
                }
                let least = [Kind::Typo, Kind::Scattered, Kind::Inside, Kind::WordStart, Kind::Word]
                    .into_iter()
                    .find(|&kind| best.is_none_or(|best| field_score(weight, kind, 99) > best));
                let Some(least) = least else { continue };
                let Some(found) = rule::find_above(text, term, least) else { continue };
                // Among equals, SkimMatcherV2 prefers tight letters; else earlier is better.
                let finer = match found.kind {
                    Kind::Scattered => {
                        // Scored with positions: the compact scoring reuses cached rows of earlier,
                        // longer texts, so a row would score one way typed a letter at a time and
                        // another searched afresh.
                        let scored = self.matcher.fuzzy_indices(&text[found.start..found.end], &term.text);
                        scored.map_or(0, |(score, _)| score).min(99)
                    }
                    _ => 99 - found.start.min(99) as i64,
                };
                let score = field_score(weight, found.kind, finer);
                best = Some(best.map_or(score, |b| b.max(score)));
            }
            let best = best?;
            needs_notes |= best < field_score(DESCRIPTION, Kind::Typo, 0);
            total += best;
        }
        let is_name =
            entry.reason.eq_ignore_ascii_case(query) || entry.aliases().any(|alias| alias.eq_ignore_ascii_case(query));
        let total = if is_name { total + NAME_EXACT } else { total };
        let score = if needs_notes { total - NOTES_ONLY } else { total };
        Some(Scored { score, is_name })
    }
}

/// How a row matched a query.
struct Scored {
    score: i64,
    /// The query is its reason or one of its aliases.
    is_name: bool,
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
