//! Rows pasted from a spreadsheet: "状态码<TAB>注释<TAB>类型" over "1000<TAB>成功<TAB>String",
//! a line each (blank lines between them or not), the same number of cells on every line.
//! Read as the table they are, written with pipes. Also: cells an export flattened, lent back.

use crate::import::{Cell, RawTable};
use pulldown_cmark::{Event, Parser, Tag};
use std::borrow::Cow;
use std::ops::Range;

/// Fewer lines (header included) are prose with a tab in it.
const AT_LEAST: usize = 3;

/// The cells of a line set apart by tabs, trimmed, pipes escaped, when it is a row: two cells or
/// more, each filled; not a list item ("-<TAB>ENOENT: …") or a pipe row.
fn row(line: &str) -> Option<Vec<String>> {
    if !line.contains('\t') || line.contains('|') {
        return None;
    }
    let cells: Vec<String> = line.split('\t').map(|c| c.trim().replace('|', "\\|")).collect();
    let bullet = matches!(cells.first().map(String::as_str), Some("-" | "*" | "+" | "•"));
    (!bullet && cells.len() >= 2 && cells.iter().all(|c| !c.is_empty())).then_some(cells)
}

/// A header: cells that name columns ("状态码", "Message"), not values ("INVALID_TOKEN", "1000")
/// or the labels of settings ("Host:").
fn header(cells: &[String]) -> bool {
    let names = |c: &String| !c.chars().any(|ch| ch.is_ascii_digit() || ch == '_') && !c.ends_with([':', '：']);
    cells.iter().all(names)
}

/// How a cell is written: runs of capitals, small letters, digits and marks ("ENOENT" → "A",
/// "--quiet" → "-a", "Name" → "Aa").
fn shape(cell: &str) -> String {
    let class = |c: char| match c {
        _ if c.is_uppercase() => 'A',
        _ if c.is_lowercase() => 'a',
        _ if c.is_numeric() => '9',
        _ if c.is_alphabetic() => 'w',
        _ => c,
    };
    let mut out: Vec<char> = cell.chars().map(class).collect();
    out.dedup();
    out.into_iter().collect()
}

/// The document with each run of tab-separated rows under a header written as a pipe table.
pub(super) fn tab_rows_as_pipes(text: &str) -> Cow<'_, str> {
    if !text.contains('\t') {
        return Cow::Borrowed(text);
    }
    // Code as CommonMark finds it (fenced, indented, in a quotation or a list): examples, no rows.
    let code: Vec<Range<usize>> = Parser::new(text)
        .into_offset_iter()
        .filter_map(|(event, range)| matches!(event, Event::Start(Tag::CodeBlock(_))).then_some(range))
        .collect();
    let mut offsets = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offsets.push(offset);
        offset += line.len();
    }
    let in_code = |at: usize| code.iter().any(|range| range.contains(&offsets[at]));
    let lines: Vec<&str> = text.lines().collect();
    let rows: Vec<Option<Vec<String>>> = lines.iter().map(|line| row(line)).collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut at = 0;
    while at < lines.len() {
        let Some(head) = rows[at].as_ref().filter(|cells| header(cells) && !in_code(at)) else {
            out.push(lines[at].to_string());
            at += 1;
            continue;
        };
        // The run: rows of the header's width, blank lines between them allowed.
        let width = head.len();
        let mut run = vec![at];
        let mut next = at + 1;
        while let Some(i) = (next..lines.len()).find(|&i| !lines[i].trim().is_empty()) {
            if rows[i].as_ref().is_none_or(|cells| cells.len() != width) || in_code(i) {
                break;
            }
            run.push(i);
            next = i + 1;
        }
        let cells = |i: usize| rows[i].as_deref().unwrap_or_default();
        // "ENOENT" over "EACCES", "--verbose" over "--quiet": the first line is a row like the rest.
        let first = |i: usize| shape(cells(i).first().map_or("", String::as_str));
        let alike = run[1..].iter().filter(|&&i| first(i) == first(at)).count() * 2 >= run.len() - 1;
        if run.len() >= AT_LEAST && !alike {
            out.push(format!("| {} |", head.join(" | ")));
            out.push(format!("|{}", "---|".repeat(width)));
            out.extend(run[1..].iter().map(|&i| format!("| {} |", cells(i).join(" | "))));
            out.push(String::new());
            changed = true;
        } else {
            out.extend(lines[at..next].iter().map(|line| line.to_string()));
        }
        at = next;
    }
    match changed {
        true => Cow::Owned(out.join("\n") + "\n"),
        false => Cow::Borrowed(text),
    }
}

/// A table whose first column holds statuses, with rows that start one cell
/// late ("|InvalidObjectName|…|" under "|400|InvalidBucketName|…|"): an
/// export flattened a cell spanning rows; the row above lends it.
pub(super) fn with_spans_restored(mut table: RawTable) -> RawTable {
    let width = table.header.len();
    let first_is_status =
        |row: &Vec<Cell>| row.first().is_some_and(|c| crate::import::cells::http_status(&c.text).is_some());
    let statuses = table.rows.iter().filter(|row| first_is_status(row)).count();
    if width < 2 || statuses == 0 {
        return table;
    }
    // A number starts a row of its own ("11", "-401" under "200"), however short the row;
    // so does an empty first cell, or a dash standing for one, which lends nothing to move.
    // "4xx Client Error" labels the rows after it.
    let class = |text: &str| text.split_whitespace().next().and_then(crate::import::groups::class_group).is_some();
    let number = |row: &Vec<Cell>| {
        let own = |text: &str| matches!(text, "" | "-") || crate::import::cells::whole_number(text) || class(text);
        row.first().is_some_and(|c| own(c.text.trim()))
    };
    for at in 1..table.rows.len() {
        let row = &table.rows[at];
        let short = row.last().is_some_and(|c| c.text.is_empty()) && !number(row);
        if short && !first_is_status(row) {
            let mut lent = table.rows[at - 1][0].clone();
            lent.spanned = true;
            let row = &mut table.rows[at];
            row.pop();
            row.insert(0, lent);
        }
    }
    table
}
