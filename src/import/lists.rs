//! Codes a page lists outside its tables: lines or list items that pair a
//! code with its text ("10001: No site matched", "系统错误: 1100", "| 0 | No
//! Error |"), and headings that name a code over the text explaining it
//! ("### -1000 UNKNOWN"). Each run of them becomes a table of its own, read
//! as any other table is.

use super::cells::{error_identifier, http_status, split_code};
use super::{collapse, Block, Cell, RawTable};

/// Fewer on a page are prose that mentions codes, not a list of them.
const AT_LEAST: usize = 3;

/// The page's blocks, with its lists of codes and its headings of codes as tables.
pub fn as_tables(blocks: Vec<Block>) -> Vec<Block> {
    listed(headed(blocks))
}

/// The lines of a run of text (`raw`, line breaks kept) as a reader reads
/// them: each line on its own when two or more list a code, else one text.
pub fn lines_or_whole(raw: &str) -> Vec<String> {
    let lines: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.iter().filter(|line| entry(line).is_some()).count() >= 2 {
        return lines.into_iter().map(collapse).collect();
    }
    let whole = collapse(raw);
    if whole.is_empty() {
        Vec::new()
    } else {
        vec![whole]
    }
}

/// A code, its short name, and what it means.
#[derive(Debug, PartialEq, Eq)]
struct Entry {
    code: String,
    name: String,
    text: String,
}

fn table(entries: Vec<Entry>) -> Block {
    let header = ["Code", "Name", "Description"].map(String::from).to_vec();
    let rows =
        entries.into_iter().map(|e| vec![Cell::plain(e.code), Cell::plain(e.name), Cell::plain(e.text)]).collect();
    Block::Table(RawTable { header, rows, listed: true, ..RawTable::default() })
}

/// Headings that name a code ("### -1000 UNKNOWN"), each with the text under
/// it, as tables: one for each run of them no other heading interrupts.
fn headed(blocks: Vec<Block>) -> Vec<Block> {
    let coded = blocks.iter().filter(|b| matches!(b, Block::Heading(t) if heading_code(t).is_some())).count();
    if coded < AT_LEAST {
        return blocks;
    }
    let mut out = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let mut open: Option<(Entry, Vec<String>)> = None;
    let close = |open: &mut Option<(Entry, Vec<String>)>, entries: &mut Vec<Entry>| {
        if let Some((mut entry, texts)) = open.take() {
            entry.text = texts.join(" ");
            entries.push(entry);
        }
    };
    for block in blocks {
        match block {
            Block::Heading(text) => {
                close(&mut open, &mut entries);
                match heading_code(&text) {
                    Some(entry) => open = Some((entry, Vec::new())),
                    None => {
                        if !entries.is_empty() {
                            out.push(table(std::mem::take(&mut entries)));
                        }
                        out.push(Block::Heading(text));
                    }
                }
            }
            Block::Text(text) if open.is_some() => open.iter_mut().for_each(|(_, texts)| texts.push(text.clone())),
            // Examples under a code say nothing of what it means.
            Block::Code(_) if open.is_some() => {}
            other => {
                close(&mut open, &mut entries);
                if !entries.is_empty() {
                    out.push(table(std::mem::take(&mut entries)));
                }
                out.push(other);
            }
        }
    }
    close(&mut open, &mut entries);
    if !entries.is_empty() {
        out.push(table(entries));
    }
    out
}

/// Texts that list codes as tables, a table for each run of them.
fn listed(blocks: Vec<Block>) -> Vec<Block> {
    let is_entry = |b: &Block| matches!(b, Block::Text(t) if entry(t).is_some());
    if blocks.iter().filter(|b| is_entry(b)).count() < AT_LEAST {
        return blocks;
    }
    let mut out = Vec::new();
    let mut run: Vec<Block> = Vec::new();
    let flush = |run: &mut Vec<Block>, out: &mut Vec<Block>| {
        // One line under its own heading ("Input errors:") is a list too, when the page holds others.
        let entries: Vec<Entry> = run
            .drain(..)
            .filter_map(|b| match b {
                Block::Text(text) => entry(&text),
                _ => None,
            })
            .collect();
        if !entries.is_empty() {
            out.push(table(entries));
        }
    };
    for block in blocks {
        if is_entry(&block) {
            run.push(block);
        } else {
            flush(&mut run, &mut out);
            out.push(block);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// "-1000 UNKNOWN", "1010101", "DEVICE_OFFLINE", "400 (Bad request)": a
/// heading that is a code, and the name it gives it.
fn heading_code(text: &str) -> Option<Entry> {
    let text = text.trim_matches('`');
    // "Error 1: Model not defined": the word that says what the number is, then the number.
    let (said, text) = match text.split_once(char::is_whitespace) {
        Some((word, rest)) if ERROR_WORDS.contains(&word.to_lowercase().as_str()) => (true, rest.trim_start()),
        _ => (false, text),
    };
    let (code, name) = split_code(text);
    let code = code.trim_matches('`');
    // "#### 0": a number alone, of any size; "1. Intro" numbers a section.
    let alone = number(text.trim()) || said && number(code);
    (alone || long_code(code) || identifier(code)).then(|| Entry { code: code.to_string(), name, text: String::new() })
}

/// Words a heading names its code with: "Error 1", "Code 42".
const ERROR_WORDS: &[&str] =
    &["error", "err", "code", "错误", "错误码", "エラー", "에러", "오류", "erreur", "fehler", "código"];

/// One line that pairs a code with its text: "10001: No site matched",
/// "404 - Not Found", "-1003 Too many requests", "系统错误: 1100",
/// "成功(1000)", "| 0 | No Error |".
fn entry(line: &str) -> Option<Entry> {
    let line = line.trim();
    piped(line).or_else(|| code_first(line)).or_else(|| code_last(line))
}

/// "| 0 | No Error |": a table row the page never made a table.
fn piped(line: &str) -> Option<Entry> {
    let inner = line.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    match cells[..] {
        [code, text] if number(code) && !text.is_empty() => Some(described(code, text)),
        _ => None,
    }
}

fn code_first(line: &str) -> Option<Entry> {
    let end = line.find(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '=')).unwrap_or(line.len());
    let code = line[..end].trim_matches('`').trim_end_matches([',', ';']);
    let rest = line[end..].trim_start();
    let said = rest.strip_prefix([':', '：', '=', '-', '–', '—']).map(str::trim);
    let text = match said {
        // "0: Success": a number of any size, said to be a code by the colon.
        Some(text) if number(code) || long_code(code) || identifier(code) => text,
        // "-1003 Too many requests", "404 Not Found": a code plain enough to stand alone.
        None if long_code(code) && !rest.starts_with('(') => rest,
        _ => return None,
    };
    (!text.is_empty()).then(|| described(code, text))
}

/// "系统错误: 1100", "成功(1000)": a name, then its number.
fn code_last(line: &str) -> Option<Entry> {
    let (name, code) = match line.strip_suffix([')', '）']) {
        Some(inner) => inner.rsplit_once(['(', '（'])?,
        None => line.rsplit_once([':', '：'])?,
    };
    let (name, code) = (name.trim(), code.trim());
    let named = name.chars().any(char::is_alphabetic) && name.chars().count() <= 60;
    (named && number(code)).then(|| described(code, name))
}

fn described(code: &str, text: &str) -> Entry {
    Entry { code: code.to_string(), name: String::new(), text: text.to_string() }
}

/// A whole number, signed or not: "0", "-1", "1100".
fn number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A number no one would count lines with: an HTTP status, a negative
/// number, or three digits or more ("-1000", "404", "10001").
fn long_code(text: &str) -> bool {
    let negative = text.strip_prefix('-').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let long = text.len() >= 3 && text.bytes().all(|b| b.is_ascii_digit());
    negative || long || (text.len() == 3 && http_status(text).is_some())
}

/// An error name no word of prose looks like: "DEVICE_OFFLINE",
/// "APIG.0101", "AccessDenied" (not "OAuth2" or "Errors").
fn identifier(text: &str) -> bool {
    let camel = text.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    error_identifier(text) && !number(text) && (text.contains(['_', '.']) || camel && text.len() >= 6)
}

#[cfg(test)]
mod tests;
