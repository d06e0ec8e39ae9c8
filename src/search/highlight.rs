//! Where a query was found in the few rows on screen, for highlighting: the
//! same rule as the search, so what is lit is what matched.

use super::rule::{self, Kind, Term};
use crate::table::Entry;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// Matched character positions (char indices, not bytes) in each field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    pub code: Vec<usize>,
    pub reason: Vec<usize>,
    pub description: Vec<usize>,
}

#[derive(Default)]
pub struct Highlighter {
    matcher: SkimMatcherV2,
}

impl Highlighter {
    /// Where `query`'s terms were found in `entry`'s code, reason and description.
    pub fn highlights(&self, entry: &Entry<'_>, query: &str) -> Highlights {
        let terms: Vec<Term> = query.split_whitespace().map(Term::new).collect();
        let field = |text: &str| {
            let mut positions: Vec<usize> = terms.iter().flat_map(|term| self.positions(text, term)).collect();
            positions.sort_unstable();
            positions.dedup();
            positions
        };
        Highlights { code: field(entry.code), reason: field(entry.reason), description: field(entry.description) }
    }

    /// The char positions `term` covers in `text`: each letter of a term
    /// found scattered, else the whole stretch it was found as.
    fn positions(&self, text: &str, term: &Term) -> Vec<usize> {
        let Some(found) = rule::find(text, term) else { return Vec::new() };
        let first = text[..found.start].chars().count();
        if found.kind == Kind::Scattered {
            let window = &text[found.start..found.end];
            if let Some((_, indices)) = self.matcher.fuzzy_indices(window, &term.text) {
                return indices.into_iter().map(|i| first + i).collect();
            }
        }
        (first..first + text[found.start..found.end].chars().count()).collect()
    }
}

#[cfg(test)]
mod tests;
