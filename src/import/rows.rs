//! From a page's tables to rows of httpref's table: which columns hold the
//! code, reason and description, which group each table belongs to, and a
//! report of everything imported or skipped.

use super::{Block, RawTable};
use crate::sanitize::clean;
use crate::table::{is_blank, strip_ignorable, Group};
use serde::Serialize;
use std::collections::HashSet;

/// Labels the user maps to groups, beyond the words httpref knows.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub normal_labels: Vec<String>,
    pub abnormal_labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub code: String,
    pub reason: String,
    pub description: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Imported {
    pub normal: Vec<Row>,
    pub abnormal: Vec<Row>,
    #[serde(skip)]
    pub tables_imported: usize,
    /// One line per table imported or skipped and per row skipped.
    #[serde(skip)]
    pub report: Vec<String>,
}

impl Imported {
    pub fn rows(&self) -> usize {
        self.normal.len() + self.abnormal.len()
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
}

const CODE_HEADERS: &[&str] =
    &["returned value", "return value", "status code", "error code", "code", "status", "http status"];
const REASON_HEADERS: &[&str] = &["reason", "reason phrase", "name", "error name", "status text", "title"];
const DESCRIPTION_HEADERS: &[&str] = &["description", "message", "meaning", "explanation", "details", "error message"];
const NORMAL_WORDS: &[&str] = &["normal", "success", "successful", "succeeded", "ok"];
const ABNORMAL_WORDS: &[&str] =
    &["abnormal", "error", "errors", "failure", "failures", "failed", "exception", "exceptions"];

/// Column whose header names one of `names` (ignoring case and a trailing colon).
fn column(header: &[String], names: &[&str], taken: &[Option<usize>]) -> Option<usize> {
    let normalized: Vec<String> = header.iter().map(|h| h.trim().trim_end_matches(':').to_lowercase()).collect();
    names
        .iter()
        .find_map(|name| normalized.iter().enumerate().position(|(i, h)| h == name && !taken.contains(&Some(i))))
}

/// The group a line of text names, if it is a label (short, and naming one).
fn label_group(text: &str, options: &Options) -> Option<Group> {
    let label = text.trim_start_matches(|c: char| "#-*+>".contains(c) || c.is_ascii_digit() || c == '.').trim();
    let label = label.trim_end_matches(':').trim();
    if label.is_empty() || label.chars().count() > 60 {
        return None;
    }
    let matches = |labels: &[String]| labels.iter().any(|l| l.trim().eq_ignore_ascii_case(label));
    if matches(&options.abnormal_labels) {
        return Some(Group::Abnormal);
    }
    if matches(&options.normal_labels) {
        return Some(Group::Normal);
    }
    let words: Vec<String> = label.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(ABNORMAL_WORDS) {
        Some(Group::Abnormal)
    } else if has(NORMAL_WORDS) {
        Some(Group::Normal)
    } else {
        None
    }
}

/// A cell's text as a table holds a field: cleaned and trimmed, and empty
/// when it shows nothing (only invisible characters), so that what is
/// imported loads.
fn field(text: &str) -> String {
    let text = clean(text);
    let text = text.trim();
    if is_blank(text) {
        String::new()
    } else {
        text.to_string()
    }
}

/// Without a label, numeric codes below 400 are normal and the rest abnormal.
fn numeric_group(code: &str) -> Group {
    match code.parse::<u32>() {
        Ok(number) if number < 400 => Group::Normal,
        _ => Group::Abnormal,
    }
}

pub fn collect(blocks: &[Block], options: &Options) -> Imported {
    let mut imported = Imported::default();
    let mut label: Option<Group> = None;
    let mut seen: HashSet<String> = HashSet::new();
    let mut number = 0;
    for block in blocks {
        match block {
            Block::Text(text) => label = label_group(text, options).or(label),
            Block::Table(table) => {
                number += 1;
                take_table(number, table, label, &mut seen, &mut imported);
            }
        }
    }
    imported
}

fn take_table(number: usize, table: &RawTable, label: Option<Group>, seen: &mut HashSet<String>, out: &mut Imported) {
    if table.header.is_empty() {
        out.report.push(format!("table {number}: skipped: no header row"));
        return;
    }
    let Some(code_col) = column(&table.header, CODE_HEADERS, &[]) else {
        out.report.push(format!("table {number}: skipped: no code column (headers: {})", table.header.join(", ")));
        return;
    };
    let Some(description_col) = column(&table.header, DESCRIPTION_HEADERS, &[Some(code_col)]) else {
        out.report
            .push(format!("table {number}: skipped: no description column (headers: {})", table.header.join(", ")));
        return;
    };
    let reason_col = column(&table.header, REASON_HEADERS, &[Some(code_col), Some(description_col)]);
    let mut taken = 0;
    for (index, cells) in table.rows.iter().enumerate() {
        let row_number = index + 1;
        let cell = |col: usize| cells.get(col).map(|c| field(c)).unwrap_or_default();
        let code_cell = cell(code_col);
        let description = cell(description_col);
        let (code, mut reason) = match code_cell.split_once(' ') {
            Some((code, rest)) => (code, field(rest)),
            None => (code_cell.as_str(), String::new()),
        };
        // As a table stores a code: "4\u{200B}04" is 404.
        let code = strip_ignorable(code).into_owned();
        if let Some(col) = reason_col {
            reason = cell(col);
        }
        let skip = |why: &str| format!("table {number}, row {row_number}: skipped: {why}");
        if code.is_empty() {
            out.report.push(skip("no code"));
            continue;
        }
        if description.is_empty() {
            out.report.push(skip(&format!("no description for {code}")));
            continue;
        }
        if reason.is_empty() {
            // A bare code with no reason column: the description names it best.
            reason = description.clone();
        }
        if !seen.insert(code.to_ascii_lowercase()) {
            out.report.push(skip(&format!("duplicate code {code}")));
            continue;
        }
        let group = label.unwrap_or_else(|| numeric_group(&code));
        let row = Row { code, reason, description };
        match group {
            Group::Normal => out.normal.push(row),
            Group::Abnormal => out.abnormal.push(row),
        }
        taken += 1;
    }
    let group = match label {
        Some(group) => format!("group {}", group.key()),
        None => "no group label: grouped by code".to_string(),
    };
    out.report.push(format!("table {number}: imported {taken} of {} rows ({group})", table.rows.len()));
    out.tables_imported += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Block {
        Block::Table(RawTable {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect(),
        })
    }

    #[test]
    fn labels_name_groups() {
        let none = Options::default();
        assert_eq!(label_group("- Normal", &none), Some(Group::Normal));
        assert_eq!(label_group("Abnormal", &none), Some(Group::Abnormal));
        assert_eq!(label_group("## Client errors:", &none), Some(Group::Abnormal));
        assert_eq!(label_group("Success", &none), Some(Group::Normal));
        assert_eq!(label_group("Status Codes", &none), None);
        let custom = Options { normal_labels: vec!["Fine".into()], abnormal_labels: vec!["Problems".into()] };
        assert_eq!(label_group("Fine", &custom), Some(Group::Normal));
        assert_eq!(label_group("problems", &custom), Some(Group::Abnormal));
    }

    #[test]
    fn separate_reason_column_is_used() {
        let blocks = [table(&["Status Code", "Name", "Meaning"], &[&["404", "Not Found", "Gone."]])];
        let out = collect(&blocks, &Options::default());
        assert_eq!(out.abnormal, [Row { code: "404".into(), reason: "Not Found".into(), description: "Gone.".into() }]);
    }

    #[test]
    fn unlabelled_tables_group_by_code() {
        let blocks = [table(
            &["Code", "Description"],
            &[&["201 Created", "Made."], &["503 Unavailable", "Down."], &["APIG.0101 Bad", "x"]],
        )];
        let out = collect(&blocks, &Options::default());
        assert_eq!(out.normal.len(), 1);
        assert_eq!(out.abnormal.len(), 2);
        assert!(out.report[0].contains("grouped by code"), "{:?}", out.report);
    }

    #[test]
    fn skipped_tables_and_rows_are_reported() {
        let blocks = [
            table(&["Code", "Owner"], &[&["1", "x"]]),
            table(&["Description", "Other"], &[]),
            table(
                &["Code", "Description"],
                &[&["200 OK", "Fine."], &["200 OK", "Again."], &["", "x"], &["201 Created", ""]],
            ),
        ];
        let out = collect(&blocks, &Options::default());
        assert_eq!(out.rows(), 1);
        assert_eq!(out.tables_imported, 1);
        assert!(out.report.iter().any(|r| r == "table 1: skipped: no description column (headers: Code, Owner)"));
        assert!(out.report.iter().any(|r| r.starts_with("table 2: skipped: no code column")));
        assert!(out.report.iter().any(|r| r == "table 3, row 2: skipped: duplicate code 200"));
        assert!(out.report.iter().any(|r| r == "table 3, row 3: skipped: no code"));
        assert!(out.report.iter().any(|r| r == "table 3, row 4: skipped: no description for 201"));
    }

    #[test]
    fn cells_that_show_nothing_are_empty_as_a_table_reads_them() {
        let blocks = [table(
            &["Code", "Description"],
            &[&["\u{ad}", "x"], &["4\u{200b}04 \u{3164}", "Gone."], &["4\u{200b}04", "Again."], &["500", "\u{ad} "]],
        )];
        let out = collect(&blocks, &Options::default());
        assert_eq!(out.abnormal, [Row { code: "404".into(), reason: "Gone.".into(), description: "Gone.".into() }]);
        assert!(out.report.iter().any(|r| r == "table 1, row 1: skipped: no code"), "{:?}", out.report);
        assert!(out.report.iter().any(|r| r == "table 1, row 3: skipped: duplicate code 404"));
        assert!(out.report.iter().any(|r| r == "table 1, row 4: skipped: no description for 500"));
    }

    #[test]
    fn bare_codes_take_the_description_as_reason() {
        let blocks = [table(&["Error Code", "Message"], &[&["APIG.0101", "The API does not exist."]])];
        let out = collect(&blocks, &Options::default());
        assert_eq!(out.abnormal[0].reason, "The API does not exist.");
    }
}
