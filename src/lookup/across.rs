//! A one-shot lookup across catalogues: the shown ones first; when they have
//! no answer, the others, the first that has one answering. Returns data;
//! printing it is the caller's.

use super::{lookup, Found, NotFound};
use crate::catalogue::{Catalogue, Catalogues};
use crate::table::Table;

/// An answer, and where it came from.
pub struct Answer<'a> {
    pub table: &'a Table,
    /// The catalogue's name, for rows of a table that is one catalogue.
    pub name: &'a str,
    pub found: Found,
    /// The catalogue not shown that answered, when the shown ones did not.
    pub from_other: Option<&'a str>,
}

pub enum Outcome<'a> {
    Found(Answer<'a>),
    /// Nothing anywhere: why, and the catalogues that could not be read.
    NotFound {
        why: NotFound,
        skipped: Vec<String>,
    },
}

/// `query` in `shown` (the chosen catalogues as one table, named `name` when
/// one), else in the other catalogues of `catalogues`.
pub fn across<'a>(
    catalogues: &'a Catalogues,
    chosen: &[&'a Catalogue],
    shown: &'a Table,
    name: &'a str,
    query: &[String],
) -> Outcome<'a> {
    let why = match lookup(shown, query) {
        Ok(found) => return Outcome::Found(Answer { table: shown, name, found, from_other: None }),
        Err(why) => why,
    };
    let (others, skipped) = catalogues.others(chosen);
    for other in others {
        let Ok(table) = other.table() else { continue };
        if let Ok(found) = lookup(table, query) {
            let name = other.name.as_str();
            return Outcome::Found(Answer { table, name, found, from_other: Some(name) });
        }
    }
    Outcome::NotFound { why, skipped }
}

/// Rows of `table` whose HTTP status is `code`: the API error codes returned with it.
pub fn returned_with(table: &Table, code: &str) -> Vec<usize> {
    (0..table.len()).filter(|&row| table.status(row).is_some_and(|s| s.eq_ignore_ascii_case(code))).collect()
}
