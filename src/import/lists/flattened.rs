//! Tables a converter flattened into one paragraph per cell (a Word document
//! turned into Markdown, a page scraped as text): a header of short paragraphs
//! ("Code", "Message", "Description"), then each row's code and its texts.

use crate::import::words::{self, mentions};
use crate::import::{Block, Cell, RawTable};

/// The widest header read: more short paragraphs in a row are a list.
const WIDEST: usize = 4;

/// The page's blocks with each flattened table rebuilt as a table.
pub(super) fn rebuilt(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut at = 0;
    while at < blocks.len() {
        match table_at(&blocks, at) {
            Some((table, end)) => {
                out.push(Block::Table(table));
                at = end;
            }
            None => {
                out.push(blocks[at].clone());
                at += 1;
            }
        }
    }
    out
}

fn paragraph(block: Option<&Block>) -> Option<&str> {
    match block {
        Some(Block::Text(text)) => Some(text.trim()),
        _ => None,
    }
}

/// How a code is written: set as code or not, so that a message set the other
/// way ("sv_unavailable" beside "0-1") is not taken for the next row's code.
fn code_shape(text: &str) -> Option<bool> {
    let spanned = text.len() > 2 && text.starts_with('`') && text.ends_with('`');
    let bare = text.trim_matches('`');
    // "0-1", "0151017", "-32700": numbers, as such tables key their rows.
    let number = bare.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        && bare.bytes().any(|b| b.is_ascii_digit())
        && bare.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let token = !bare.is_empty() && !bare.contains(char::is_whitespace);
    (number || spanned && token).then_some(spanned)
}

/// A short paragraph, as a column's header is: a few words, no sentence.
fn header_like(text: &str) -> bool {
    let short = text.split_whitespace().count() <= 6 && text.chars().count() <= 60;
    short && !text.ends_with(['.', ':', '。']) && code_shape(text).is_none()
}

/// The table flattened from `at` on, and where it ends: a header whose first
/// paragraph names the codes, then rows each opening with a code written as the
/// first is. A row's texts past the header's width join its last cell.
fn table_at(blocks: &[Block], at: usize) -> Option<(RawTable, usize)> {
    let first = paragraph(blocks.get(at))?;
    if !(mentions(first, words::CODE) || mentions(first, words::STATUS)) {
        return None;
    }
    let width = (2..=WIDEST).rev().find(|&width| {
        let header = (at..at + width).all(|i| paragraph(blocks.get(i)).is_some_and(header_like));
        header && paragraph(blocks.get(at + width)).and_then(code_shape).is_some()
    })?;
    let header: Vec<String> = (at..at + width).filter_map(|i| paragraph(blocks.get(i))).map(String::from).collect();
    let shape = paragraph(blocks.get(at + width)).and_then(code_shape);
    // Each row: its code's paragraph and the paragraphs up to the next code's.
    let mut segments: Vec<Vec<&str>> = Vec::new();
    let mut end = at + width;
    while let Some(text) = paragraph(blocks.get(end)) {
        match code_shape(text).is_some() && code_shape(text) == shape {
            true => segments.push(vec![text]),
            false => segments.last_mut()?.push(text),
        }
        end += 1;
        // A row longer than the header by two paragraphs or more ends the table: stop reading.
        if segments.last().is_some_and(|segment| segment.len() > width + 1) {
            break;
        }
    }
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut end = at + width;
    let count = segments.len();
    for (index, segment) in segments.into_iter().enumerate() {
        // One paragraph past the header's width is a cell the conversion split, where rows go on;
        // after the last row, or more of them, it is the text after the table.
        let split = segment.len() == width + 1 && index + 1 < count;
        let taken = if split { segment.len() } else { segment.len().min(width) };
        let mut row: Vec<Cell> = segment[..taken.min(width)].iter().map(|text| Cell::plain(*text)).collect();
        row[0] = Cell { set_as_code: shape == Some(true), ..Cell::plain(segment[0].trim_matches('`')) };
        if split {
            row.last_mut()?.text.push_str(&format!(" {}", segment[width]));
        }
        rows.push(row);
        end += taken;
        if taken < segment.len() {
            break;
        }
    }
    (rows.len() >= super::AT_LEAST).then(|| (RawTable { header, rows, ..RawTable::default() }, end))
}
