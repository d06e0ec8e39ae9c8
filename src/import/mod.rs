//! `httpref import`: turns the status-code tables of an HTML page or a
//! Markdown document into a table in httpref's TOML format.
//!
//! Both readers produce the same stream of [`Block`]s (headings, text a
//! reader sees, and tables); `columns` finds what each column holds, `cells`
//! reads a row's cells as a reader would, and `rows` turns the tables that
//! hold status or error codes into rows, with a report of what it skipped.

mod apart;
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
mod unsaid;
mod words;

pub use columns::{ColumnChoice, ColumnSpec};
pub use depth::MAX_DEPTH;
pub use imported::{Imported, ReportLine, Row};
pub use options::Options;

use crate::table::TableError;
use apart::Apart;

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

/// Why tables were set aside for the codes listed apart from them.
const PARTS: &str = "are parts of the codes listed under headings";
const MAPS: &str = "stand beside codes listed under headings, which they map to";

/// Reads `text` (named `name`) into rows, with a report line for every
/// table imported or skipped and every row skipped.
/// A table or column the options name that the page lacks is an error.
pub fn import(name: &str, text: &str, options: &Options) -> Result<Imported, TableError> {
    let blocks = blocks(name, Format::detect(name, text), text)?;
    let statuses_named = lists::statuses_named_last(&blocks);
    let imported = read(name, text, blocks, options)?;
    // "## Not Found (404)" over its example, heading after heading: with nothing else read, such
    // headings name the statuses the page is about.
    if let Some(blocks) = statuses_named.filter(|_| imported.rows() == 0) {
        let again = read(name, text, blocks, options)?;
        if again.rows() > 0 {
            return Ok(again);
        }
    }
    Ok(imported)
}

/// The rows of a page's blocks, with the report of what was read and skipped.
fn read(name: &str, text: &str, blocks: Vec<Block>, options: &Options) -> Result<Imported, TableError> {
    let shown = unsaid::shown(&blocks);
    let heading_codes: Vec<String> = (blocks.iter())
        .filter_map(|block| match block {
            Block::Heading(text) => lists::heading_names_code(text),
            _ => None,
        })
        .collect();
    let mut imported = rows::collect(&blocks, options);
    // What the page lists in lines or under headings, read once, as a page without tables would be.
    let apart = options.tables.is_none().then(|| Apart::of(&blocks, options));
    // A page with no table of codes may list them instead, in lines or under headings; so may a
    // page whose tables only key the parts its codes are made of.
    let keyed = |apart: &Apart| apart.parts_keyed(&imported).map(|first| (first, PARTS));
    let mapped = |apart: &Apart| apart.maps_listed(&imported).map(|first| (first, MAPS));
    let parts = apart.as_ref().filter(|_| imported.rows() > 0).and_then(|apart| keyed(apart).or_else(|| mapped(apart)));
    let read_lists = apart.as_ref().filter(|_| imported.rows() == 0 || parts.is_some());
    let mut format_parts = Vec::new();
    let blocks = match read_lists {
        Some(apart) => {
            let mut listed = apart.blocks.clone();
            if parts.is_some() {
                listed.retain(|block| !matches!(block, Block::Table(table) if !table.listed));
            }
            let (listed, formats) = apart::parts_set_aside(listed);
            format_parts = formats;
            imported = rows::collect(&listed, options);
            listed
        }
        None => blocks,
    };
    // "ASH_CTX_NOT_FOUND | 450 | Context" with a section for each code below: the table indexes
    // the codes its sections explain, and those give the codes their text.
    // "400 | Retry? No | Fix the request", each status explained in a section of its own: the
    // sections say what the codes mean (read first), the table what to do about them.
    let sections = apart.as_ref().filter(|_| read_lists.is_none());
    let mut blocks = blocks;
    for sections_first in [false, true] {
        let wanted = if sections_first { &imported.advised } else { &imported.untexted };
        if let Some(explained) = sections.and_then(|apart| apart.explaining(wanted)) {
            blocks = match sections_first {
                true => [explained, blocks].concat(),
                false => [blocks, explained].concat(),
            };
            imported = rows::collect(&blocks, options);
        }
    }
    for first in &format_parts {
        imported.report.push(imported::ReportLine::Summary(format!(
            "skipped a list of codes (\"{}\"…): they are the parts the page's codes are made of",
            crate::sanitize::clean(first)
        )));
    }
    if let Some((first, why)) = parts {
        imported.report.push(imported::ReportLine::Summary(format!(
            "skipped the tables: their codes (\"{}\"…) {why}, read instead",
            crate::sanitize::clean(&first)
        )));
    }
    // Codes the page also lists in lines or under headings, its tables read instead: said, not lost.
    if let Some(apart) = apart.as_ref().filter(|_| imported.rows() > 0) {
        // Read again when the lists were read: what the lists of the lists give.
        let unread = match read_lists {
            Some(_) => Apart::of(&blocks, options).unread(&imported),
            None => apart.unread(&imported),
        };
        said_skipped(&mut imported, &unread, "codes listed outside the tables", |count, first| {
            format!(
                "skipped {count} codes the page lists outside its tables (\"{first}\"…): its tables were read instead (-v lists them)"
            )
        });
    }
    // The codes read, whatever their case: the reports below say what else the page names.
    let read: std::collections::HashSet<String> =
        imported.normal.iter().chain(&imported.abnormal).map(|row| row.code.to_lowercase()).collect();
    // "### W-DEAD-001: Unused Binding" whose section no reading gave a row: said, not lost.
    if imported.rows() > 0 {
        let unread: Vec<String> =
            heading_codes.into_iter().filter(|code| !read.contains(&code.to_lowercase())).collect();
        said_skipped(&mut imported, &unread, "codes named in headings", |count, first| {
            format!("skipped {count} codes the page names in headings (\"{first}\"…): their sections gave no row (-v lists them)")
        });
    }
    // Codes named only as some of each status's: kept in its notes, not rows to look up.
    let noted: Vec<String> = std::mem::take(&mut imported.noted);
    let mut noted: Vec<String> = noted.into_iter().filter(|code| !read.contains(&code.to_lowercase())).collect();
    noted.dedup();
    said_skipped(&mut imported, &noted, "codes named beside statuses", |count, first| {
        format!("skipped {count} codes a table names as some of each status's (\"{first}\"…): kept in its notes (-v lists them)")
    });
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
    if let Some(unsaid) = unsaid::report(&shown, &imported) {
        imported.report.push(imported::ReportLine::Summary(unsaid));
    }
    let labelled = unsaid::labelled(text, &imported);
    said_skipped(&mut imported, &labelled, "codes labelled in lines", |count, first| {
        format!("skipped {count} codes the page labels in lines (\"{first}\"…): no table or list of them was read (-v lists them)")
    });
    let passing = unsaid::in_passing(&blocks, &imported, text);
    said_skipped(&mut imported, &passing, "names like its codes, in passing", |count, first| {
        let names = if count == 1 { "1 name".to_string() } else { format!("{count} names") };
        format!(
            "skipped {names} like its codes that the page gives only in passing (\"{first}\"…): no table or list gives them (-v lists them)"
        )
    });
    choices::check(&blocks, options.tables.as_deref(), &options.columns)
        .map_err(|missing| TableError::whole_file(name, missing.to_string()))?;
    Ok(imported)
}

/// Codes (or names) the import skipped, said: all of them under `listed` (shown with `-v`), and a
/// summary `summary` words from their count and the first, both cleaned for the terminal.
fn said_skipped(imported: &mut Imported, codes: &[String], listed: &str, summary: impl FnOnce(usize, &str) -> String) {
    let Some(first) = codes.first() else { return };
    let all: Vec<String> = codes.iter().map(|code| crate::sanitize::clean(code).into_owned()).collect();
    imported.report.push(imported::ReportLine::Skip(format!("{listed}: {}", all.join(", "))));
    imported.report.push(imported::ReportLine::Summary(summary(codes.len(), &crate::sanitize::clean(first))));
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
