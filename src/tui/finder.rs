//! What a search in the browser answers: the shown catalogues' matches, or,
//! when they have none, the other catalogues' answer by the one-shot's rule
//! ([`crate::lookup::across`]), so that the browser and `httpref QUERY` agree.

use crate::catalogue::Catalogues;
use crate::lookup::{self, Elsewhere};
use crate::search::{Hit, Searcher};
use crate::table::Table;
use std::sync::Arc;

/// Matches from catalogues not shown, the shown ones having none.
#[derive(Clone)]
pub struct Fallback {
    pub table: Arc<Table>,
    /// Rows of `table`, best first.
    pub rows: Vec<usize>,
    /// The catalogues the rows come from, in the order they answer.
    pub from: Vec<String>,
}

impl Fallback {
    pub fn catalogue_of(&self, row: usize) -> &str {
        self.table.catalogue_of(row).unwrap_or_else(|| self.from.first().map_or("", String::as_str))
    }
}

impl std::fmt::Debug for Fallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fallback").field("rows", &self.rows).field("from", &self.from).finish()
    }
}

impl PartialEq for Fallback {
    fn eq(&self, other: &Fallback) -> bool {
        Arc::ptr_eq(&self.table, &other.table) && self.rows == other.rows && self.from == other.from
    }
}

impl Eq for Fallback {}

/// Searches, keeping the other catalogues put together for the shown ones.
#[derive(Default)]
pub struct Finder {
    searcher: Searcher,
    /// The table the searcher's remembered answers are of.
    searched: Option<std::sync::Weak<Table>>,
    catalogues: Option<Arc<Catalogues>>,
    /// The names shown, and the other catalogues as one table for them.
    elsewhere: Option<(Vec<String>, Option<Elsewhere>)>,
}

impl Finder {
    /// A finder that falls through to the catalogues not shown.
    pub fn new(catalogues: Arc<Catalogues>) -> Finder {
        Finder { catalogues: Some(catalogues), ..Finder::default() }
    }

    /// Whether this finder falls through to catalogues it knows.
    pub fn knows_catalogues(&self) -> bool {
        self.catalogues.is_some()
    }

    /// Each catalogue's rows (`None`: it cannot load), for the picker, when
    /// this finder knows the catalogues.
    pub fn counts(&self) -> Option<Vec<Option<usize>>> {
        let catalogues = self.catalogues.as_ref()?;
        Some(catalogues.all().iter().map(|c| c.table().ok().map(|table| table.len())).collect())
    }

    /// `query`'s matches in `table` (the catalogues `shown`); with none, what
    /// the one-shot finds there (a mask such as `4xx`), else elsewhere's answer.
    pub fn find(&mut self, table: &Arc<Table>, shown: &[String], query: &str) -> (Vec<Hit>, Option<Fallback>) {
        // Answers remembered for another table (the catalogues shown changed) narrow nothing here.
        if !self.searched.as_ref().is_some_and(|searched| std::ptr::eq(searched.as_ptr(), Arc::as_ptr(table))) {
            self.searcher = Searcher::default();
            self.searched = Some(Arc::downgrade(table));
        }
        let hits = self.searcher.search(table, query);
        if query.trim().is_empty() {
            return (hits, None);
        }
        let words: Vec<String> = query.split_whitespace().map(str::to_string).collect();
        if !lookup::reads_as_code(table, query) {
            // Keywords: the one-shot answers with these same matches, or falls through.
            let elsewhere = if hits.is_empty() { self.fall_through(shown, &words) } else { None };
            return (hits, elsewhere);
        }
        match lookup::lookup(table, &words) {
            // Several codes, or a pasted status line: what they name, as the one-shot reads them.
            Ok(found) if hits.is_empty() || lookup::is_compound(query) => {
                (found.rows().into_iter().map(|row| Hit { row, score: 0 }).collect(), None)
            }
            Ok(_) => (hits, None),
            // A code the shown catalogues lack: the one-shot's answer from elsewhere, if any.
            Err(_) => match self.fall_through(shown, &words) {
                Some(fallback) => (Vec::new(), Some(fallback)),
                None => (hits, None),
            },
        }
    }

    fn fall_through(&mut self, shown: &[String], words: &[String]) -> Option<Fallback> {
        let catalogues = self.catalogues.as_ref()?;
        if self.elsewhere.as_ref().is_none_or(|(names, _)| names != shown) {
            let chosen = catalogues.choose(shown).ok()?;
            self.elsewhere = Some((shown.to_vec(), lookup::elsewhere(catalogues, &chosen).0));
        }
        let answer = self.elsewhere.as_ref()?.1.as_ref()?.answer(words)?;
        let from = answer.catalogues().into_iter().map(str::to_string).collect();
        Some(Fallback { rows: answer.found.rows(), from, table: answer.table })
    }
}
