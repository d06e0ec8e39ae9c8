//! Codes a page lists outside its tables: lines or list items that pair a
//! code with its text ("10001: No site matched", "系统错误: 1100", "| 0 | No
//! Error |"), and headings that name a code over the text explaining it
//! ("### -1000 UNKNOWN"). Each run of them becomes a table of its own, read
//! as any other table is.

mod entry;

use super::words::{self, mentions};
use super::{collapse, Block, Cell, RawTable};
use entry::{ends_with_text, entry, heading_code, number, plain_numbered, starts_entry, Entry};
use std::collections::HashSet;

/// Fewer on a page are prose that mentions codes, not a list of them.
const AT_LEAST: usize = 3;

/// The page's blocks, with its headings of codes, or else its lists of codes, as tables.
/// A page that never speaks of errors or codes lists none ("Port: 8080").
pub fn as_tables(blocks: Vec<Block>) -> Vec<Block> {
    let speaks = blocks.iter().any(|block| match block {
        Block::Heading(text) => words::speaks_of_codes(text) || names_a_status(text),
        Block::Text(text) => words::speaks_of_codes(text),
        _ => false,
    });
    if !speaks {
        return blocks;
    }
    let before = blocks.len();
    let headed = headed(blocks);
    if headed.len() == before {
        return listed(headed);
    }
    // Headings of codes are the list; lines naming them too are a table of contents. Lines
    // that list other codes ("- **200 OK** - Request succeeded" above "#### 400 Bad Request") are
    // read as well.
    let from_headings: Vec<RawTable> = tables_of(&headed).cloned().collect();
    let heading_codes: HashSet<&str> = from_headings
        .iter()
        .flat_map(|t| t.rows.iter())
        .filter_map(|row| row.first())
        .map(|c| c.text.as_str())
        .collect();
    let names_heading_code = |table: &RawTable| {
        table.rows.iter().any(|row| row.first().is_some_and(|c| heading_codes.contains(c.text.as_str())))
    };
    listed(headed)
        .into_iter()
        .filter(|block| match block {
            Block::Table(table) => from_headings.contains(table) || !names_heading_code(table),
            _ => true,
        })
        .collect()
}

/// Whether every heading of codes sits under a heading that speaks of errors or codes
/// ("## User Login Errors" over "### 400 - Bad Request"), not under an endpoint's name.
fn areas_of_errors(blocks: &[Block]) -> bool {
    let mut area_speaks = false;
    blocks.iter().all(|block| match block {
        Block::Heading(text) if heading_code(text).is_some() => area_speaks,
        Block::Heading(text) => {
            area_speaks = words::speaks_of_codes(text);
            true
        }
        _ => true,
    })
}

/// "400 Bad request": a heading that is a status and its registered name, as a page of statuses
/// heads each, though it never says "error" or "code".
fn names_a_status(heading: &str) -> bool {
    let (code, name) = crate::import::cells::split_code(heading.trim());
    let registered = crate::catalogue::http_reason(&code);
    registered.is_some_and(|reason| !name.is_empty() && reason.eq_ignore_ascii_case(name.trim()))
}

fn tables_of(blocks: &[Block]) -> impl Iterator<Item = &RawTable> {
    blocks.iter().filter_map(|block| match block {
        Block::Table(table) => Some(table),
        _ => None,
    })
}

/// Headings numbered as an outline ("1. Unknown / Generic error", "2. Server error").
pub fn numbered_headings(blocks: &[Block]) -> Vec<&str> {
    let numbered = |text: &str| {
        let (number, rest) = text.split_once(". ").unwrap_or(("", ""));
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) && !rest.trim().is_empty()
    };
    let headings = blocks.iter().filter_map(|block| match block {
        Block::Heading(text) if numbered(text) => Some(text.as_str()),
        _ => None,
    });
    headings.collect()
}

/// The lines of a run of text (`raw`, line breaks kept) as a reader reads
/// them: a line for each code when two or more lines start with one (a line
/// that starts none continues the one above), else one text.
pub fn lines_or_whole(raw: &str) -> Vec<String> {
    let lines: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.iter().filter(|line| starts_entry(line)).count() >= 2 {
        let mut out: Vec<String> = Vec::new();
        for line in lines {
            // A wrapped line continues a text the line above ends with, not a code it ends with.
            match out.last_mut().filter(|above| !starts_entry(line) && ends_with_text(above)) {
                Some(last) => {
                    last.push(' ');
                    last.push_str(line);
                }
                None => out.push(line.to_string()),
            }
        }
        return out.into_iter().map(|line| collapse(&tabs_as_dashes(&line))).collect();
    }
    let whole = collapse(raw);
    if whole.is_empty() {
        Vec::new()
    } else {
        vec![whole]
    }
}

/// "`200` - OK<TAB>Everything worked.": a tab in a line of a code sets its parts apart as a
/// column would; a dash says so once whitespace is one space.
fn tabs_as_dashes(line: &str) -> String {
    let parts: Vec<&str> = line.split('\t').map(str::trim).filter(|part| !part.is_empty()).collect();
    parts.join(" — ")
}

fn table(entries: Vec<Entry>) -> Block {
    let header = ["Code", "Name", "Description", "Notes"].map(String::from).to_vec();
    let cells = |e: Entry| [e.code, e.name, e.text, e.notes].map(Cell::plain).to_vec();
    let rows = entries.into_iter().map(cells).collect();
    Block::Table(RawTable { header, rows, listed: true, ..RawTable::default() })
}

/// Headings that name a code ("### -1000 UNKNOWN"), each with the text under
/// it, as tables: one for each run of them no other heading interrupts.
fn headed(blocks: Vec<Block>) -> Vec<Block> {
    let codes: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(text) => heading_code(text).map(|entry| entry.code),
            _ => None,
        })
        .collect();
    // "#### 200 OK" under each endpoint: responses, not a list of codes; a code listed twice is a slip.
    // Under headings that each speak of errors ("## Login Errors"), repeats list each area's errors.
    let repeats = codes.iter().enumerate().filter(|(at, code)| codes[..*at].contains(code)).count();
    let repeated = repeats * 5 >= codes.len() && !areas_of_errors(&blocks);
    if codes.len() < AT_LEAST || repeated {
        return blocks;
    }
    let mut out = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let mut open: Option<Section> = None;
    // The section open, if any, ends; the codes so far, if another block follows, are a table.
    let close = |open: &mut Option<Section>, entries: &mut Vec<Entry>, out: &mut Vec<Block>, table_ends: bool| {
        if let Some(Section { mut entry, texts, notes, .. }) = open.take() {
            entry.text = texts.join(" ");
            entry.notes = notes.join(" ");
            entries.push(entry);
        }
        if table_ends && !entries.is_empty() {
            out.push(table(std::mem::take(entries)));
        }
    };
    for block in blocks {
        let coded = match &block {
            Block::Heading(text) => heading_code(text),
            _ => None,
        };
        match block {
            // "### Cause", "### Solution" under a code: parts of its section.
            Block::Heading(text) if open.is_some() && mentions(&text, words::CAUSE) => {
                open.iter_mut().for_each(|section| section.in_notes = false);
            }
            Block::Heading(text) if open.is_some() && coded.is_none() && mentions(&text, words::NOTES) => {
                open.iter_mut().for_each(|section| section.in_notes = true);
            }
            Block::Heading(text) => match coded {
                Some(entry) => {
                    // "### 400 Bad Request" with nothing under it but "#### INVALID_PARAMETER": it heads
                    // the codes below it, a status over the API's own codes; no code of its own.
                    let heads = open.as_ref().is_some_and(|section| {
                        let empty = section.texts.is_empty() && section.notes.is_empty();
                        empty && number(&section.entry.code) != number(&entry.code)
                    });
                    if heads {
                        open = None;
                    }
                    close(&mut open, &mut entries, &mut out, false);
                    open = Some(Section { entry, texts: Vec::new(), notes: Vec::new(), in_notes: false });
                }
                None => {
                    close(&mut open, &mut entries, &mut out, true);
                    out.push(Block::Heading(text));
                }
            },
            // A labelled paragraph ("When to expect: …") opens a part, as a subheading does.
            Block::Text(text) if open.is_some() => {
                let text = unmarked(&text).into_owned();
                open.iter_mut().for_each(|section| match labelled(&text) {
                    Some(Part::Meaning(rest)) => {
                        section.in_notes = false;
                        section.texts.push(rest.to_string())
                    }
                    Some(Part::Notes) => {
                        section.in_notes = true;
                        section.notes.push(text.clone())
                    }
                    None if section.in_notes => section.notes.push(text.clone()),
                    None => section.texts.push(text.clone()),
                })
            }
            // Examples under a code say nothing of what it means.
            Block::Code(_) if open.is_some() => {}
            other => {
                close(&mut open, &mut entries, &mut out, true);
                out.push(other);
            }
        }
    }
    close(&mut open, &mut entries, &mut out, true);
    out
}

/// A text without the marks of the code span it opens with ("`foo` is old" → "foo is old"),
/// as a reader sees it.
pub fn unmarked(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(inner) = text.strip_prefix('`') else { return text.into() };
    match inner.split_once('`') {
        Some((code, rest)) => format!("{code}{rest}").into(),
        None => text.into(),
    }
}

/// What a paragraph under a code says, by the label it opens with.
enum Part<'t> {
    /// "Description: …": what the code means, the label aside.
    Meaning(&'t str),
    /// "When to expect: …", "Solution: …": more about it.
    Notes,
}

fn labelled(text: &str) -> Option<Part<'_>> {
    let (label, rest) = text.split_once([':', '：'])?;
    let rest = rest.trim();
    if label.split_whitespace().count() > 4 {
        return None;
    }
    // "Common causes:" over a list: the items after it are notes.
    if mentions(label, words::DESCRIPTION) && !rest.is_empty() {
        Some(Part::Meaning(rest))
    } else if mentions(label, words::NOTES) || mentions(label, ASIDES) {
        Some(Part::Notes)
    } else {
        None
    }
}

/// Labels of parts that say more about a code than what it means ("Typical examples:").
const ASIDES: &[&str] = &["example", "guidance", "beispiel", "exemple", "ejemplo", "exemplo", "例"];

/// A heading's code and what the page says under it, so far.
struct Section {
    entry: Entry,
    texts: Vec<String>,
    notes: Vec<String>,
    /// Under a "Solution" subheading: what to do, not what it means.
    in_notes: bool,
}

/// "1 Missing or invalid format" above "128 Missing required parameter": in a stretch of lines
/// that each start with a number and its text, mostly codes, the short numbers are codes too.
fn counted_among_codes(blocks: &[Block]) -> HashSet<usize> {
    let mut counted = HashSet::new();
    let mut stretch: Vec<(usize, bool)> = Vec::new();
    let mut end = |stretch: &mut Vec<(usize, bool)>| {
        let codes = stretch.iter().filter(|(_, code)| *code).count();
        if codes >= AT_LEAST && codes * 2 >= stretch.len() {
            counted.extend(stretch.iter().filter(|(_, code)| !code).map(|(at, _)| *at));
        }
        stretch.clear();
    };
    for (at, block) in blocks.iter().enumerate() {
        match block {
            Block::Text(text) if plain_numbered(text).is_some() => stretch.push((at, entry(text).is_some())),
            _ => end(&mut stretch),
        }
    }
    end(&mut stretch);
    counted
}

/// Texts that list codes as tables, a table for each run of them.
fn listed(blocks: Vec<Block>) -> Vec<Block> {
    let is_entry = |b: &Block| matches!(b, Block::Text(t) if entry(t).is_some());
    if blocks.iter().filter(|b| is_entry(b)).count() < AT_LEAST {
        return blocks;
    }
    let mut out: Vec<Block> = Vec::new();
    // Each entry with its line as the page wrote it, should it turn out to be prose.
    let mut run: Vec<(String, Entry)> = Vec::new();
    // Text after an entry, kept back until the next entry shows it says more of the one above.
    let mut between: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<(String, Entry)>, out: &mut Vec<Block>| {
        // One line is a list under its own heading ("Input errors:"), when the page holds others;
        // amid prose ("ProTip: …") it is prose.
        // "ProTip: …" before a list of numbers is prose, not one of them.
        let numbers = run.iter().filter(|(_, entry)| number(&entry.code)).count();
        while numbers * 2 > run.len() && run.first().is_some_and(|(_, entry)| !number(&entry.code)) {
            out.push(Block::Text(run.remove(0).0));
        }
        // A lone name ("ProTip: …") is prose wherever it stands.
        let headed = matches!(out.last(), Some(Block::Heading(_)) | None);
        let numbered = run.first().is_some_and(|(_, entry)| number(&entry.code));
        match run.len() {
            0 => {}
            1 if !headed || !numbered => out.extend(run.drain(..).map(|(line, _)| Block::Text(line))),
            _ => out.push(table(run.drain(..).map(|(_, entry)| entry).collect())),
        }
    };
    let counted = counted_among_codes(&blocks);
    for (at, block) in blocks.into_iter().enumerate() {
        match block {
            Block::Text(text) => match entry(&text).or_else(|| plain_numbered(&text).filter(|_| counted.contains(&at)))
            {
                Some(next) => {
                    // "Check that the token was copied whole.": more about the code above.
                    match run.last_mut().filter(|(line, _)| ends_with_text(line)) {
                        Some((_, above)) => between
                            .drain(..)
                            .for_each(|more| above.text = format!("{} {}", above.text, unmarked(&more))),
                        // Lines between names and their codes are labels ("短信验证码相关错误(12**)").
                        None if !between.is_empty() => {
                            flush(&mut run, &mut out);
                            out.extend(between.drain(..).map(Block::Text));
                        }
                        None => {}
                    }
                    run.push((text, next));
                }
                None if !run.is_empty() => between.push(text),
                None => out.push(Block::Text(text)),
            },
            other => {
                flush(&mut run, &mut out);
                out.extend(between.drain(..).map(Block::Text));
                out.push(other);
            }
        }
    }
    flush(&mut run, &mut out);
    out.extend(between.drain(..).map(Block::Text));
    out
}

#[cfg(test)]
mod tests;
