//! The one code table everything reads: the embedded default or a user's
//! `--table FILE`, both parsed and validated by the same code.

mod depth;
mod duplicates;
mod entry;
mod error;
mod fast;
mod fields;
pub mod generate;
mod invisible;
mod parse;
mod popularity;

pub use entry::Entry;
pub use error::TableError;
pub use invisible::{is_blank, strip_ignorable};
pub use parse::whitespace_fault;

use serde::Serialize;
use std::path::Path;

/// The embedded default: the reference page's Normal and Abnormal tables.
pub const EMBEDDED_SOURCE: &str = include_str!("../../assets/status_codes.toml");
pub const EMBEDDED_NAME: &str = "<embedded table>";

pub use crate::source::MAX_FILE_BYTES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Normal,
    Abnormal,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Normal, Group::Abnormal];

    pub fn key(self) -> &'static str {
        match self {
            Group::Normal => "normal",
            Group::Abnormal => "abnormal",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Group::Normal => "Normal",
            Group::Abnormal => "Abnormal",
        }
    }
}

/// Entries in file order within each group, Normal first, their text in
/// one buffer.
#[derive(Debug, Clone)]
pub struct Table {
    text: entry::Text,
    spans: entry::Runs,
    normal_len: usize,
    /// When rows of several catalogues are shown together: their names, and
    /// for each row the index of its catalogue's name. Empty for one table.
    catalogues: Vec<String>,
    catalogue_of_row: Vec<u16>,
    /// Whether the table (or each catalogue of a merged one) is built in,
    /// so that its equal matches go to the codes people meet most.
    ranked: Vec<bool>,
}

impl Table {
    pub fn embedded() -> Table {
        parse::parse_string(EMBEDDED_NAME, EMBEDDED_SOURCE.to_string()).expect("the embedded table is valid").built_in()
    }

    /// This table as a built-in one: equal matches ordered by how common the code is.
    pub fn built_in(mut self) -> Table {
        self.ranked = vec![true];
        self
    }

    /// How common row `index`'s code is (lower is more common), or
    /// [`popularity::UNRANKED`] in a table of the user's own.
    pub fn popularity(&self, index: usize) -> u8 {
        match self.ranked.get(self.catalogue_index(index).unwrap_or(0)) {
            Some(true) => popularity::tier(self.code(index)),
            _ => popularity::UNRANKED,
        }
    }

    /// Reads and validates a table file, named by the user or found.
    pub fn load(path: &Path, access: crate::source::Access) -> Result<Table, TableError> {
        let text = crate::source::read_text(path, access)?;
        parse::parse_string(&path.display().to_string(), text)
    }

    /// Reads a table from raw bytes (which must be UTF-8), named `name` in errors.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Table, TableError> {
        parse::parse_string(name, parse::decode_utf8(name, bytes)?.to_string())
    }

    pub fn from_toml(name: &str, text: &str) -> Result<Table, TableError> {
        parse::parse_string(name, text.to_string())
    }

    fn from_spans(text: entry::Text, spans: entry::Runs, normal_len: usize) -> Table {
        Table { text, spans, normal_len, catalogues: Vec::new(), catalogue_of_row: Vec::new(), ranked: Vec::new() }
    }

    /// Several catalogues' tables as one: each group's rows, catalogue by
    /// catalogue, every row knowing its catalogue's name.
    pub fn merged(parts: &[(&str, std::sync::Arc<Table>)]) -> Table {
        let mut text = entry::Text::default();
        let mut spans = entry::Runs::default();
        let mut catalogue_of_row = Vec::new();
        let mut normal_len = 0;
        for group in Group::ALL {
            for (index, (_, table)) in parts.iter().enumerate() {
                for row in table.group_range(group) {
                    spans.push(text.push_entry(&table.entry(row)));
                    catalogue_of_row.push(u16::try_from(index).unwrap_or(u16::MAX));
                }
            }
            if group == Group::Normal {
                normal_len = spans.len();
            }
        }
        let catalogues = parts.iter().map(|(name, _)| name.to_string()).collect();
        let ranked = parts.iter().map(|(_, table)| table.ranked == [true]).collect();
        Table { text, spans, normal_len, catalogues, catalogue_of_row, ranked }
    }

    /// The catalogue a row comes from, when several are shown together.
    pub fn catalogue_of(&self, row: usize) -> Option<&str> {
        self.catalogues.get(self.catalogue_index(row)?).map(String::as_str)
    }

    /// The place among [`Table::catalogues`] of the catalogue a row comes from.
    pub fn catalogue_index(&self, row: usize) -> Option<usize> {
        self.catalogue_of_row.get(row).map(|&index| usize::from(index))
    }

    /// The catalogues shown together, if there are several.
    pub fn catalogues(&self) -> &[String] {
        &self.catalogues
    }

    /// Row `index`; panics past the end, as indexing does.
    pub fn entry(&self, index: usize) -> Entry<'_> {
        let group = if index < self.normal_len { Group::Normal } else { Group::Abnormal };
        self.text.entry(self.spans.get(index), group)
    }

    /// Every row, Normal first.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = Entry<'_>> + Clone + '_ {
        (0..self.len()).map(|index| self.entry(index))
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.len() == 0
    }

    pub fn get(&self, index: usize) -> Option<Entry<'_>> {
        (index < self.len()).then(|| self.entry(index))
    }

    /// Indices of one group's rows.
    pub fn group_range(&self, group: Group) -> std::ops::Range<usize> {
        match group {
            Group::Normal => 0..self.normal_len,
            Group::Abnormal => self.normal_len..self.spans.len(),
        }
    }

    /// One group's rows.
    pub fn group(&self, group: Group) -> impl ExactSizeIterator<Item = Entry<'_>> + Clone + '_ {
        self.group_range(group).map(|index| self.entry(index))
    }

    /// A row's code without building the rest of it.
    pub fn code(&self, index: usize) -> &str {
        self.text.get(self.spans.get(index)[entry::CODE]).unwrap_or_default()
    }

    /// A row's reason without building the rest of it.
    pub fn reason(&self, index: usize) -> &str {
        self.text.get(self.spans.get(index)[entry::REASON]).unwrap_or_default()
    }

    /// The HTTP status an API error code is returned with, without building the rest of the row.
    pub fn status(&self, index: usize) -> Option<&str> {
        self.text.get(self.spans.get(index)[entry::STATUS])
    }

    /// Exact code match, ignoring ASCII case ("apig.0101" finds "APIG.0101").
    pub fn find_code(&self, code: &str) -> Option<usize> {
        (0..self.len()).find(|&index| self.code(index).eq_ignore_ascii_case(code))
    }

    /// Every row with this code: one a catalogue, when several are shown together.
    pub fn find_codes(&self, code: &str) -> Vec<usize> {
        (0..self.len()).filter(|&index| self.code(index).eq_ignore_ascii_case(code)).collect()
    }
}

/// For tests and the fuzz harness, not an API: whether the fast reader and
/// the TOML parser read `text` alike, spans and all (`Err` says how not).
#[doc(hidden)]
pub fn readers_agree(text: &str) -> Result<(), String> {
    fast::agrees_with_toml(text)
}

#[cfg(test)]
mod tests;
