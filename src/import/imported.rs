//! What an import comes to: rows by group, ready to print as a table, and
//! the report of what was imported and skipped.

use crate::sanitize::clean;
use crate::table::Group;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Row {
    pub code: String,
    pub reason: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Imported {
    pub normal: Vec<Row>,
    pub abnormal: Vec<Row>,
    #[serde(skip)]
    pub tables_imported: usize,
    /// A line per table imported, one for the tables skipped, and in detail each skip and why.
    #[serde(skip)]
    pub report: Vec<ReportLine>,
    /// Codes a table listed with no text, skipped.
    #[serde(skip)]
    pub untexted: Vec<String>,
    /// Codes first met in a table that only says what to do about them ("Retry?", "Strategy").
    #[serde(skip)]
    pub advised: Vec<String>,
    /// Codes a table names only as some of those each status is answered with ("Typical code").
    #[serde(skip)]
    pub noted: Vec<String>,
}

/// A line of the report `import` writes on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportLine {
    /// A table imported: its rows, group and columns.
    Table(String),
    /// How many tables were skipped.
    Summary(String),
    /// A table or row skipped, and why: shown when asked for (`-v`).
    Skip(String),
    /// Why a column was read as it was: shown when asked for (`-v`).
    Why(String),
}

impl Imported {
    pub fn rows(&self) -> usize {
        self.normal.len() + self.abnormal.len()
    }

    /// The report's lines, with each skip when `detailed`.
    pub fn report_lines(&self, detailed: bool) -> impl Iterator<Item = &str> {
        self.report.iter().filter_map(move |line| match line {
            ReportLine::Table(text) | ReportLine::Summary(text) => Some(text.as_str()),
            ReportLine::Skip(text) | ReportLine::Why(text) => detailed.then_some(text.as_str()),
        })
    }

    /// The table in httpref's format, ready for `--table`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("rows of strings always serialise")
    }

    /// What `httpref import` prints: a comment naming the page `source`,
    /// then the table. The name is cleaned to one line of text a TOML
    /// comment can hold, so no name can add a line to the table.
    pub fn to_document(&self, source: &str) -> String {
        format!("# Imported by httpref from {}\n\n{}", clean(source), self.to_toml())
    }

    pub(super) fn row_mut(&mut self, (group, index): (Group, usize)) -> &mut Row {
        match group {
            Group::Normal => &mut self.normal[index],
            Group::Abnormal => &mut self.abnormal[index],
        }
    }
}
