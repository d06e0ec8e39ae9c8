//! `httpref import`: turns the status-code tables of an HTML page or a
//! Markdown document into a table in httpref's TOML format.
//!
//! Both readers produce the same stream of [`Block`]s (headings, text a
//! reader sees, and tables); `columns` finds what each column holds, `cells`
//! reads a row's cells as a reader would, and `rows` turns the tables that
//! hold status or error codes into rows, with a report of what it skipped.

mod cells;
mod choices;
mod columns;
pub mod command;
mod depth;
mod fetch;
mod groups;
mod html;
mod imported;
mod lists;
mod markdown;
mod options;
mod page;
mod profile;
mod rows;
mod spec;
mod words;

pub use columns::{ColumnChoice, ColumnSpec};
pub use depth::MAX_DEPTH;
pub use imported::{Imported, ReportLine, Row};
pub use options::Options;

use crate::table::TableError;

/// What a page holds, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: it names what follows, up to the next heading.
    Heading(String),
    /// The level of the heading after it (1 for "#" or `<h1>`, [`BELOW_HEADINGS`] for a
    /// folded card's title): a deeper heading stays within the section of the one above it.
    Level(u8),
    /// A run of text outside tables: a list item, paragraph.
    Text(String),
    /// A bold phrase on its own line opening a paragraph ("**Invalid API Key**"): a
    /// name, when what it opens explains a code; the paragraph's rest follows as text.
    Lead(String),
    /// The text of a quotation block: a tip or warning beside the text, when under a code.
    Aside(String),
    /// A code block or `<pre>`: examples, never what a code means.
    Code(String),
    Table(RawTable),
}

/// The level of titles that sit below every heading (`<summary>`): within any section.
pub const BELOW_HEADINGS: u8 = 7;

/// A table's cells as a reader sees them: tags stripped, entities decoded,
/// whitespace collapsed, cells spanning rows or columns repeated in each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTable {
    pub caption: Option<String>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows that label the rows after them: (index of the next row, text).
    pub labels: Vec<(usize, String)>,
    /// Made of lines or headings that each name a code: codes by their shape, as the page wrote them.
    pub listed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    /// The bold phrase the cell starts with, when more text follows it.
    pub lead: Option<String>,
    /// A copy of the cell above, which spans this row too.
    pub spanned: bool,
    /// A copy of the cell to the left, which spans this column too.
    pub widened: bool,
    /// All of its text set as code ("`invalid msgpack`"): a literal value, however worded.
    pub set_as_code: bool,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), ..Cell::default() }
    }
}

/// Which reader a document needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

impl Format {
    /// By the file's extension, else by its content: a page with HTML tables
    /// (as documentation sources often are, Markdown wrapping HTML) is HTML.
    pub fn detect(name: &str, text: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if lower.ends_with(".html")
            || lower.ends_with(".htm")
            || text.contains("<table")
            || text.contains("<TABLE")
            || text.contains("<html")
        {
            Format::Html
        } else {
            Format::Markdown
        }
    }
}

/// What `text` holds; an error for a page nested deeper than [`MAX_DEPTH`]
/// elements, or one whose reading would take far more memory than its size.
pub fn blocks(name: &str, format: Format, text: &str) -> Result<Vec<Block>, TableError> {
    match format {
        Format::Html => html::blocks(text),
        Format::Markdown => markdown::blocks(text),
    }
    .map(page::cut_tables_joined)
    .map_err(|too_much| TableError::whole_file(name, too_much.to_string()))
}

/// Reads `text` (named `name`) into rows, with a report line for every
/// table imported or skipped and every row skipped.
/// A table or column the options name that the page lacks is an error.
pub fn import(name: &str, text: &str, options: &Options) -> Result<Imported, TableError> {
    let blocks = blocks(name, Format::detect(name, text), text)?;
    let mut imported = rows::collect(&blocks, options);
    // A page with no table of codes may list them instead, in lines or under headings; so may a
    // page whose tables only key the parts its codes are made of.
    let parts = match imported.rows() > 0 && options.tables.is_none() {
        true => parts_of_listed(&imported, &codes_listed_apart(&blocks, &imported, options)),
        false => None,
    };
    let from_tables = !(imported.rows() == 0 || parts.is_some()) || options.tables.is_some();
    let blocks = match !from_tables {
        true => {
            let mut listed = lists::as_tables(blocks);
            if parts.is_some() {
                listed.retain(|block| !matches!(block, Block::Table(table) if !table.listed));
            }
            imported = rows::collect(&listed, options);
            listed
        }
        false => blocks,
    };
    // "ASH_CTX_NOT_FOUND | 450 | Context" with a section for each code below: the table indexes
    // the codes its sections explain, and those give the codes their text.
    let blocks = match explained_apart(&blocks, &imported.untexted).filter(|_| from_tables) {
        Some(explained) => {
            let blocks = [blocks, explained].concat();
            imported = rows::collect(&blocks, options);
            blocks
        }
        None => blocks,
    };
    if let Some(first) = parts {
        imported.report.push(imported::ReportLine::Summary(format!(
            "skipped the tables: their codes (\"{}\"…) are parts of the codes listed under headings, read instead",
            crate::sanitize::clean(&first)
        )));
    }
    // Codes the page also lists in lines or under headings, its tables read instead: said, not lost.
    if imported.rows() > 0 && options.tables.is_none() {
        let unread = codes_listed_apart(&blocks, &imported, options);
        if let Some(first) = unread.first() {
            let all: Vec<String> = unread.iter().map(|code| crate::sanitize::clean(code).into_owned()).collect();
            imported
                .report
                .push(imported::ReportLine::Skip(format!("codes listed outside the tables: {}", all.join(", "))));
            imported.report.push(imported::ReportLine::Summary(format!(
                "skipped {} codes the page lists outside its tables (\"{}\"…): its tables were read instead (-v lists them)",
                unread.len(),
                crate::sanitize::clean(first)
            )));
        }
    }
    // "## 1. Unknown / Generic error": numbered headings read as an outline; say so, when nothing else was read.
    let outline = match imported.rows() {
        0 => lists::numbered_headings(&blocks),
        _ => Vec::new(),
    };
    if outline.len() >= 3 {
        imported.report.push(imported::ReportLine::Summary(format!(
            "skipped {} numbered headings (\"{}\"…): read as a numbered outline, not as codes",
            outline.len(),
            crate::sanitize::clean(outline[0])
        )));
    }
    choices::check(&blocks, options.tables.as_deref(), &options.columns)
        .map_err(|missing| TableError::whole_file(name, missing.to_string()))?;
    Ok(imported)
}

/// "CF", "PR" in a table beside headings of "TF-CF-001", "TF-PR-001": the tables name the parts
/// the listed codes are made of, a key to them, not codes of their own.
/// Returns the tables' first code.
fn parts_of_listed(imported: &Imported, listed: &[String]) -> Option<String> {
    // Inner parts only: "E01" of "E01-1" and "TIMEOUT" of "PG_TIMEOUT" are codes the listed ones extend.
    let inner = |code: &String| {
        let parts: Vec<String> = code.split(['-', '_', '.']).map(str::to_lowercase).collect();
        let end = parts.len().saturating_sub(1);
        parts.into_iter().take(end).skip(1).collect::<Vec<_>>()
    };
    let segments: std::collections::HashSet<String> = listed.iter().flat_map(inner).collect();
    let codes: Vec<&str> = imported.normal.iter().chain(&imported.abnormal).map(|row| row.code.as_str()).collect();
    let part = |code: &&str| code.contains(char::is_alphabetic) && segments.contains(&code.to_lowercase());
    let key = codes.len() >= 2 && listed.len() > codes.len() && codes.iter().all(part);
    key.then(|| codes[0].to_string())
}

/// The rows the page's lines and headings give the codes its tables list with no text
/// (two or more), when they give most of them.
fn explained_apart(blocks: &[Block], untexted: &[String]) -> Option<Vec<Block>> {
    let wanted: std::collections::HashSet<String> = untexted.iter().map(|code| code.to_lowercase()).collect();
    if wanted.len() < 2 {
        return None;
    }
    let mut found = std::collections::HashSet::new();
    let mut explained = Vec::new();
    for block in lists::as_tables(blocks.to_vec()) {
        let Block::Table(mut table) = block else { continue };
        if !table.listed {
            continue;
        }
        let code = |row: &Vec<Cell>| row.first().map(|cell| cell.text.trim().to_lowercase()).unwrap_or_default();
        table.rows.retain(|row| wanted.contains(&code(row)));
        found.extend(table.rows.iter().map(code));
        if !table.rows.is_empty() {
            explained.push(Block::Table(table));
        }
    }
    (found.len() * 4 >= wanted.len() * 3).then_some(explained)
}

/// The codes the page's lines and headings list, read as a page without tables of codes
/// would be, that `imported` lacks.
fn codes_listed_apart(blocks: &[Block], imported: &Imported, options: &Options) -> Vec<String> {
    let only_lists: Vec<Block> = lists::as_tables(blocks.to_vec())
        .into_iter()
        .filter(|block| !matches!(block, Block::Table(table) if !table.listed))
        .collect();
    if !only_lists.iter().any(|block| matches!(block, Block::Table(_))) {
        return Vec::new();
    }
    let listed = rows::collect(&only_lists, options);
    let known: std::collections::HashSet<String> =
        imported.normal.iter().chain(&imported.abnormal).map(|row| row.code.to_lowercase()).collect();
    // Numbers and names in capitals are codes wherever they stand; "GetAccount" may be a type's name.
    let coded = |code: &str| {
        cells::whole_number(code)
            || code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"_-.".contains(&b))
    };
    let rows = listed.normal.iter().chain(&listed.abnormal);
    let unread = rows.filter(|row| !known.contains(&row.code.to_lowercase()) && coded(&row.code));
    unread.map(|row| row.code.clone()).collect()
}

/// Collapses runs of whitespace to single spaces and trims.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// No item given twice: names and codes that each stand for one thing.
pub(crate) fn all_distinct<T: Eq + std::hash::Hash>(items: impl IntoIterator<Item = T>) -> bool {
    let mut seen = std::collections::HashSet::new();
    items.into_iter().all(|item| seen.insert(item))
}

#[cfg(test)]
mod tests;
