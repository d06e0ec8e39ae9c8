//! Which tables a page says hold its codes, and whether a table whose codes
//! only look like codes is one of them.

use crate::import::columns::Columns;
use crate::import::page::Placed;
use crate::import::profile::Profile;
use crate::import::{collapse, RawTable};
use std::collections::HashSet;

/// The tables read because something said they hold codes (a header, a label), not by look.
pub(super) struct Said {
    any: bool,
    codes: HashSet<String>,
    headers: HashSet<String>,
}

impl Said {
    /// What the `chosen` tables of the page, with the columns `found` in each, say.
    pub(super) fn of(tables: &[Placed], found: &[Result<Columns, String>], chosen: impl Fn(usize) -> bool) -> Said {
        let said = || {
            let placed = tables.iter().zip(found).filter(|(placed, _)| chosen(placed.number));
            placed.filter_map(|(placed, found)| found.as_ref().ok().filter(|c| !c.by_look).map(|c| (placed, c.code)))
        };
        Said {
            any: said().next().is_some(),
            codes: said().flat_map(|(placed, code)| code_cells(&placed.table, code)).collect(),
            headers: said().flat_map(|(placed, _)| placed.table.header.iter().map(|h| header_word(h))).collect(),
        }
    }

    /// Whether a table read by the look of its codes is left out: a page that says which of its
    /// tables hold errors does not mean the others ("Code | Description" enumerations), unless
    /// its names are numbered as errors are ("AUTH_001") or it lists the same codes as one said
    /// to, under headers in other words (the page in another language).
    pub(super) fn leaves_out(&self, table: &RawTable, columns: &Columns) -> bool {
        let numbered = || {
            let codes = Profile::of(&[&table.rows], columns.code);
            codes.mostly(codes.numbered, 0.6) && codes.mostly(codes.upper_snake, 0.6)
        };
        let translated = || {
            let codes = code_cells(table, columns.code);
            let own_words = !table.header.iter().any(|h| self.headers.contains(&header_word(h)));
            let listed = codes.iter().filter(|code| self.codes.contains(*code)).count();
            own_words && codes.len() >= 3 && listed * 2 > codes.len()
        };
        columns.by_look && self.any && !numbered() && !translated()
    }
}

fn code_cells(table: &RawTable, column: usize) -> Vec<String> {
    let cells = table.rows.iter().filter_map(|row| row.get(column)).map(|cell| cell.text.trim().to_string());
    cells.filter(|text| !text.is_empty()).collect()
}

fn header_word(header: &str) -> String {
    collapse(header).to_lowercase()
}
