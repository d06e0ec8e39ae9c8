//! From a page's tables to rows of httpref's table: the columns each table
//! is read from, the group of each row, rows continued or repeated, and a
//! report of everything imported or skipped.

use super::cells::{http_status, split_code, split_lead};
use super::columns::{self, Columns};
use super::groups::{bare_label, class_group, group_by_code, is_registered, is_success, label_group};
use super::options::Options;
use super::words::{self, mentions};
use super::{Block, Cell, RawTable};
use crate::sanitize::clean;
use crate::table::{is_blank, strip_ignorable, Group};
use serde::Serialize;
use std::collections::HashMap;

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
    /// (shown only when asked for details, line): a line per table imported,
    /// one for the tables skipped, and in detail each skip and why.
    #[serde(skip)]
    pub report: Vec<(bool, String)>,
}

impl Imported {
    pub fn rows(&self) -> usize {
        self.normal.len() + self.abnormal.len()
    }

    /// The report's lines, with each skip when `detailed`.
    pub fn report_lines(&self, detailed: bool) -> impl Iterator<Item = &str> {
        self.report.iter().filter(move |(detail, _)| detailed || !detail).map(|(_, line)| line.as_str())
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

    fn row_mut(&mut self, (group, index): (Group, usize)) -> &mut Row {
        match group {
            Group::Normal => &mut self.normal[index],
            Group::Abnormal => &mut self.abnormal[index],
        }
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

/// What the page says around the next table.
#[derive(Default)]
struct Surroundings {
    /// The group the last label named.
    group: Option<Group>,
    /// The last heading or label.
    title: Option<String>,
    /// The text just before the table ("List of error names:").
    intro: Option<String>,
}

pub fn collect(blocks: &[Block], options: &Options) -> Imported {
    let mut imported = Imported::default();
    let mut around = Surroundings::default();
    let mut seen: HashMap<String, (Group, usize)> = HashMap::new();
    let mut skipped = 0;
    let mut number = 0;
    for block in blocks {
        match block {
            Block::Heading(text) => {
                around.group = label_group(text, options);
                around.title = Some(text.clone());
                around.intro = None;
            }
            Block::Text(text) => {
                around.intro = Some(text.clone());
                if let Some(group) = label_group(text, options) {
                    around.group = Some(group);
                    around.title = Some(text.clone());
                }
            }
            Block::Table(table) => {
                number += 1;
                let name = table_name(number, table, &around);
                if options.tables.as_ref().is_some_and(|chosen| !chosen.contains(&number)) {
                    imported.report.push((true, format!("{name}: skipped: not one of --tables")));
                    skipped += 1;
                    continue;
                }
                let intro = around.intro.take();
                let says_errors = [table.caption.as_deref(), around.title.as_deref(), intro.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(|label| mentions(label, words::ERROR));
                match columns::find(table, &options.columns, says_errors) {
                    Ok(columns) => {
                        let reader = TableReader { table, columns: &columns, options, page_group: around.group };
                        let line = reader.read(&name, &mut seen, &mut imported);
                        imported.report.push((false, line));
                        imported.tables_imported += 1;
                    }
                    Err(why) => {
                        imported.report.push((true, format!("{name}: skipped: {why}")));
                        skipped += 1;
                    }
                }
            }
        }
    }
    if skipped > 0 {
        let tables = if skipped == 1 { "table" } else { "tables" };
        imported
            .report
            .push((false, format!("skipped {skipped} {tables} with no status or error codes (-v says why)")));
    }
    imported
}

/// "table 3 "Error Codes"": its number, and its caption or the heading above it.
fn table_name(number: usize, table: &RawTable, around: &Surroundings) -> String {
    match table.caption.as_deref().or(around.title.as_deref()).map(bare_label).filter(|l| !l.is_empty()) {
        Some(label) => {
            let short: String = label.chars().take(50).collect();
            let more = if short.len() < label.len() { "…" } else { "" };
            format!("table {number} \"{}{more}\"", clean(&short))
        }
        None => format!("table {number}"),
    }
}

struct TableReader<'a> {
    table: &'a RawTable,
    columns: &'a Columns,
    options: &'a Options,
    page_group: Option<Group>,
}

impl TableReader<'_> {
    /// Adds the table's rows to `out`; returns its report line.
    fn read(&self, name: &str, seen: &mut HashMap<String, (Group, usize)>, out: &mut Imported) -> String {
        let columns = self.columns;
        // "Normal Status Code", "Error Codes": the code column's name can be a
        // label; beside a status column, rows go by their status instead.
        let header = self.table.header.get(columns.code).filter(|_| columns.status.is_none());
        let header_group = header.and_then(|h| label_group(h, self.options));
        let caption_group = self.table.caption.as_deref().and_then(|c| label_group(c, self.options));
        let table_group = header_group.or(caption_group).or(self.page_group);
        // "245", "312": numbers below 400 that are no HTTP status are the API's own error codes.
        let own_numbers = columns.status.is_none()
            && self.table.rows.iter().filter_map(|row| row.get(columns.code)).any(|cell| {
                let code = split_code(&cell.text).0;
                http_status(&code).is_some_and(|n| n < 400) && !is_registered(&code)
            });
        let mut row_group = None;
        let mut last: Option<(Group, usize)> = None;
        let (mut taken, mut merged, mut skipped, mut continued) = (0, 0, 0, 0);
        for (index, cells) in self.table.rows.iter().enumerate() {
            if let Some((_, label)) = self.table.labels.iter().find(|(at, _)| *at == index) {
                row_group = label_group(label, self.options).or(row_group);
            }
            let empty = Cell::default();
            let cell = |column: usize| cells.get(column).unwrap_or(&empty);
            let status_cell = columns.status.map(cell);
            // A row whose code column is filled from its left holds no code
            // of its own there: the HTTP status beside it is its code.
            let own_code = |c: &&Cell| !c.widened && !field(&c.text).is_empty();
            let code_cell = match status_cell {
                Some(status) if !own_code(&cell(columns.code)) && !status.widened => status,
                _ => cell(columns.code),
            };
            let code_text = field(&code_cell.text);
            if let Some(group) = class_group(&split_code(&code_text).0) {
                // "4xx": a class of statuses labels the rows after it.
                row_group = Some(group);
                last = None;
                continue;
            }
            if let Some(at) = last.filter(|_| code_cell.spanned || code_text.is_empty()) {
                // A row continuing the code above: its own text joins that code's.
                let row = out.row_mut(at);
                for column in columns.description.iter().filter(|&&c| !cell(c).spanned) {
                    append(&mut row.description, &field(&cell(*column).text), " ");
                }
                let notes = self.notes(&cell);
                if let Some(notes) = notes.filter(|_| columns.notes.iter().any(|&c| !cell(c).spanned)) {
                    append(row.notes.get_or_insert_with(String::new), &notes, " ");
                }
                continued += 1;
                continue;
            }
            let row_number = index + 1;
            let (code, inline_reason) = split_code(&code_text);
            let (code, inline_reason) = (strip_ignorable(&code).into_owned(), field(&inline_reason));
            let signed = code.strip_prefix('-').filter(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            if !signed.unwrap_or(&code).starts_with(char::is_alphanumeric) {
                // Empty, or markup left in a table ("{: .class }").
                out.report.push((true, format!("{name}, row {row_number}: skipped: no code")));
                skipped += 1;
                continue;
            }
            let status = status_cell.filter(|c| !std::ptr::eq(*c, code_cell)).and_then(|c| {
                let text = field(&c.text);
                http_status(&text).map(|n| n.to_string()).or_else(|| text.split_whitespace().next().map(str::to_string))
            });
            let reason_text = columns.reason.map(|c| field(&cell(c).text)).unwrap_or_default();
            let description_cell = columns.description.map(cell);
            let description_text = description_cell.map(|c| field(&c.text)).unwrap_or_default();
            let (reason, description) = if !reason_text.is_empty() {
                let description = if description_text.is_empty() { reason_text.clone() } else { description_text };
                (reason_text, description)
            } else if !inline_reason.is_empty() {
                let description = if description_text.is_empty() { inline_reason.clone() } else { description_text };
                (inline_reason, description)
            } else if let Some((lead, rest)) = description_cell.and_then(split_lead) {
                (field(&lead), field(&rest))
            } else {
                (description_text.clone(), description_text)
            };
            if description.is_empty() {
                out.report.push((true, format!("{name}, row {row_number}: skipped: no text for {code}")));
                skipped += 1;
                continue;
            }
            let row = Row { code, reason, description, status, notes: self.notes(&cell) };
            if let Some(&at) = seen.get(&row.code.to_lowercase()) {
                merge(out.row_mut(at), row);
                merged += 1;
                last = Some(at);
                continue;
            }
            let group = match row_group.or(table_group) {
                _ if own_numbers => Group::Abnormal,
                _ if is_success(&row.code) => Group::Normal,
                Some(group) => group,
                None => group_by_code(&row.code, row.status.as_deref()),
            };
            let list = match group {
                Group::Normal => &mut out.normal,
                Group::Abnormal => &mut out.abnormal,
            };
            seen.insert(row.code.to_lowercase(), (group, list.len()));
            last = Some((group, list.len()));
            list.push(row);
            taken += 1;
        }
        let group = match (table_group, self.table.labels.is_empty()) {
            (Some(group), true) => group.key().to_string(),
            (_, false) => "grouped by labels in the table".to_string(),
            (None, true) => "grouped by code".to_string(),
        };
        let rows = if taken == 1 { "row" } else { "rows" };
        let mut line = format!("{name}: {taken} {rows}, {group} ({})", self.describe_columns());
        for (count, what) in [(continued, "continued"), (merged, "repeated"), (skipped, "skipped (-v says why)")] {
            if count > 0 {
                line.push_str(&format!(", {count} {} {what}", if count == 1 { "row" } else { "rows" }));
            }
        }
        line
    }

    /// The notes columns' text in this row, joined.
    fn notes<'c>(&self, cell: &dyn Fn(usize) -> &'c Cell) -> Option<String> {
        let texts: Vec<String> =
            self.columns.notes.iter().map(|&c| field(&cell(c).text)).filter(|t| !t.is_empty()).collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    }

    /// "code: Error Code, status: HTTP Status, …": the columns read, by header.
    fn describe_columns(&self) -> String {
        let name = |column: usize| match self.table.header.get(column).map(|h| clean(h.trim()).into_owned()) {
            Some(header) if !header.is_empty() => header,
            _ => format!("column {}", column + 1),
        };
        let c = self.columns;
        let mut parts = vec![format!("code: {}", name(c.code))];
        let roles = [("status", c.status), ("reason", c.reason), ("description", c.description)];
        parts.extend(roles.iter().filter_map(|(role, column)| column.map(|col| format!("{role}: {}", name(col)))));
        if !c.notes.is_empty() {
            parts.push(format!("notes: {}", c.notes.iter().map(|&col| name(col)).collect::<Vec<_>>().join(" + ")));
        }
        parts.join(", ")
    }
}

fn append(to: &mut String, text: &str, separator: &str) {
    if text.is_empty() {
        return;
    }
    if !to.is_empty() {
        to.push_str(separator);
    }
    to.push_str(text);
}

/// A code listed again: identical text collapses; other text is kept, as a
/// paragraph of the first row's description, named by its reason when that
/// differs.
fn merge(first: &mut Row, again: Row) {
    let paragraph = if again.reason != first.reason && again.reason != again.description {
        format!("{}: {}", again.reason, again.description)
    } else {
        again.description
    };
    let known = first.description.split("\n\n").any(|p| p == paragraph) || first.description == paragraph;
    if !known {
        append(&mut first.description, &paragraph, "\n\n");
    }
    if let Some(notes) = again.notes {
        if !first.notes.as_deref().is_some_and(|n| n.contains(&notes)) {
            append(first.notes.get_or_insert_with(String::new), &notes, " ");
        }
    }
}

#[cfg(test)]
mod tests;
