//! A lookup across catalogues: the shown ones first; when they have no
//! answer, every other one together, ranked by the same rule, the user's own
//! catalogues first on equal matches. Returns data; printing it is the caller's.

use super::{lookup, lookup_ranked, Found, NotFound};
use crate::catalogue::{self, Catalogue, Catalogues, Origin};
use crate::table::Table;
use std::sync::Arc;

/// An answer, and where it came from.
pub struct Answer {
    pub table: Arc<Table>,
    /// The catalogue's name, for rows of a table that is one catalogue.
    pub name: String,
    pub found: Found,
    /// The answer comes from catalogues not shown, the shown ones having none.
    pub from_other: bool,
}

impl Answer {
    pub fn catalogue_of(&self, row: usize) -> &str {
        self.table.catalogue_of(row).unwrap_or(&self.name)
    }

    /// The catalogues the rows answered come from, in the order they answer.
    pub fn catalogues(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for row in self.found.rows() {
            let name = self.catalogue_of(row);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// Whether each row must say its catalogue: several are shown, or the
    /// rows come from several (a single one answering for the shown ones is named in a note).
    pub fn labelled(&self) -> bool {
        (!self.from_other && self.table.catalogues().len() > 1) || self.catalogues().len() > 1
    }
}

pub enum Outcome {
    Found(Answer),
    /// Nothing anywhere: why, and the catalogues that could not be read.
    NotFound {
        why: NotFound,
        skipped: Vec<String>,
    },
}

/// The catalogues not shown, as one table: the user's own (project, config
/// folder, `--table`) before the built-in ones, so that they win equal matches.
pub struct Elsewhere {
    pub table: Arc<Table>,
    /// The name of the one catalogue, when the table is not several.
    pub name: String,
    /// How many of the table's catalogues, from the first, are the user's own.
    users: usize,
}

impl Elsewhere {
    /// `query`'s answer from these catalogues, by the one-shot's rule.
    pub fn answer(&self, query: &[String]) -> Option<Answer> {
        let rank = |row: usize| self.table.catalogue_index(row).map_or(0, |index| usize::from(index >= self.users));
        let found = lookup_ranked(&self.table, query, rank).ok()?;
        Some(Answer { table: Arc::clone(&self.table), name: self.name.clone(), found, from_other: true })
    }
}

/// The catalogues not in `chosen` that load, as one table (none if there are
/// none), and those that could not load, each with why.
pub fn elsewhere(catalogues: &Catalogues, chosen: &[&Catalogue]) -> (Option<Elsewhere>, Vec<String>) {
    let (mut others, skipped) = catalogues.others(chosen);
    others.sort_by_key(|c| c.origin == Origin::BuiltIn);
    let users = others.iter().filter(|c| c.origin != Origin::BuiltIn).count();
    let Some(first) = others.first() else { return (None, skipped) };
    let name = first.name.clone();
    let found = catalogue::shown(&others).ok().map(|table| Elsewhere { table, name, users });
    (found, skipped)
}

/// `query` in `shown` (the chosen catalogues as one table, named `name` when
/// one), else in the other catalogues of `catalogues`.
pub fn across(
    catalogues: &Catalogues,
    chosen: &[&Catalogue],
    shown: &Arc<Table>,
    name: &str,
    query: &[String],
) -> Outcome {
    let why = match lookup(shown, query) {
        Ok(found) => {
            return Outcome::Found(Answer {
                table: Arc::clone(shown),
                name: name.to_string(),
                found,
                from_other: false,
            })
        }
        Err(why) => why,
    };
    let (others, skipped) = elsewhere(catalogues, chosen);
    match others.and_then(|others| others.answer(query)) {
        Some(answer) => Outcome::Found(answer),
        None => Outcome::NotFound { why, skipped },
    }
}

/// Rows of `table` whose HTTP status is `code`: the API error codes returned with it.
pub fn returned_with(table: &Table, code: &str) -> Vec<usize> {
    (0..table.len()).filter(|&row| table.status(row).is_some_and(|s| s.eq_ignore_ascii_case(code))).collect()
}
