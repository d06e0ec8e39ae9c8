//! Markdown documents, read with a CommonMark parser (pulldown-cmark, with
//! its pipe-table extension). HTML blocks in the document go to the HTML
//! reader, so Markdown pages that carry HTML tables import too.

use super::depth::TooMuch;
use super::{collapse, html, Block, Cell, RawTable};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;

/// A cell being read: its text, and its bold lead while that is open.
#[derive(Default)]
struct OpenCell {
    text: String,
    lead: Option<String>,
    in_lead: bool,
}

pub fn blocks(text: &str) -> Result<Vec<Block>, TooMuch> {
    let mut out = Vec::new();
    let mut text_run = String::new();
    let mut html_run = String::new();
    let mut table: Option<RawTable> = None;
    let mut row: Vec<Cell> = Vec::new();
    let mut cell: Option<OpenCell> = None;
    let mut code: Option<String> = None;
    let flush_text = |run: &mut String, out: &mut Vec<Block>, heading: bool| {
        if heading {
            out.extend(Some(collapse(run)).filter(|text| !text.is_empty()).map(Block::Heading));
        } else {
            // "系统错误: 1100" and "参数错误: 1101" on lines of one paragraph are two entries.
            out.extend(super::lists::lines_or_whole(run).into_iter().map(Block::Text));
        }
        run.clear();
    };
    // The title a site renders over the page ("title: Fehler Codes") heads it.
    out.extend(front_matter_title(text).map(Block::Heading));
    let text = without_attribute_lists(without_front_matter(text));
    let text = without_jsx_attributes(&text);
    let text = yfm_tables_as_pipes(&text).into_owned();
    let text = rows_joined(&text);
    let text = delimiters_supplied(&text);
    let text = tables_apart(&text);
    for event in Parser::new_ext(&text, Options::ENABLE_TABLES) {
        if !matches!(event, Event::Html(_) | Event::InlineHtml(_)) && !html_run.is_empty() {
            out.extend(html::blocks(&std::mem::take(&mut html_run))?);
        }
        match event {
            Event::Start(Tag::Table(_)) => {
                flush_text(&mut text_run, &mut out, false);
                table = Some(RawTable::default());
            }
            Event::End(TagEnd::Table) => out.extend(table.take().map(with_spans_restored).map(Block::Table)),
            Event::Start(Tag::TableCell) => cell = Some(OpenCell::default()),
            Event::End(TagEnd::TableCell) => {
                let open = cell.take().unwrap_or_default();
                let text = collapse(&open.text);
                let lead = open.lead.map(|l| collapse(&l)).filter(|l| !l.is_empty() && l.len() < text.len());
                row.push(Cell { text, lead, ..Cell::default() });
            }
            Event::Start(Tag::Strong) => {
                if let Some(open) = cell.as_mut().filter(|c| c.text.trim().is_empty() && c.lead.is_none()) {
                    open.lead = Some(String::new());
                    open.in_lead = true;
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some(open) = cell.as_mut() {
                    open.in_lead = false;
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = table.as_mut() {
                    table.header = std::mem::take(&mut row).into_iter().map(|c| c.text).collect();
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = table.as_mut() {
                    table.rows.push(std::mem::take(&mut row));
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                flush_text(&mut text_run, &mut out, false);
                code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => out.extend(code.take().map(Block::Code)),
            Event::Text(t) if code.is_some() => code.iter_mut().for_each(|c| c.push_str(&t)),
            Event::Text(t) | Event::Code(t) => match cell.as_mut() {
                Some(open) => {
                    open.text.push_str(&t);
                    if open.in_lead {
                        open.lead.get_or_insert_with(String::new).push_str(&t);
                    }
                }
                None => text_run.push_str(&t),
            },
            Event::SoftBreak | Event::HardBreak => match cell.as_mut() {
                Some(open) => open.text.push(' '),
                None => text_run.push('\n'),
            },
            // Inline tags in a cell are its markup: a line break or a list item is a space.
            Event::InlineHtml(h) if cell.is_some() => {
                if let Some(open) = cell.as_mut().filter(|_| breaks_line(&h)) {
                    open.text.push(' ');
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                flush_text(&mut text_run, &mut out, false);
                html_run.push_str(&h);
            }
            Event::Start(Tag::Heading { .. }) => flush_text(&mut text_run, &mut out, false),
            Event::End(TagEnd::Heading(_)) => flush_text(&mut text_run, &mut out, true),
            Event::End(TagEnd::Paragraph | TagEnd::Item) | Event::Start(Tag::Item) => {
                flush_text(&mut text_run, &mut out, false)
            }
            _ => {}
        }
    }
    if !html_run.is_empty() {
        out.extend(html::blocks(&html_run)?);
    }
    flush_text(&mut text_run, &mut out, false);
    Ok(out)
}

/// Whether an inline tag ("<br/>", "<li>", "</p>") separates words: as the
/// HTML reader decides for the tag's name.
fn breaks_line(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    html::breaks_line(&name)
}

/// The document with each table row on one line: exports (DITA, Word) write
/// a cell that runs on over blank lines, the row closing on a line of its own
/// (" |"), as the vendor's site renders it; CommonMark would end the table.
fn rows_joined(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    // A line of only "|" closes the row above; it starts none.
    let is_row = |line: &str| line.trim_start().starts_with('|') && line.trim() != "|";
    let closes = |line: &str| line.trim_end().ends_with('|');
    let delimiter = |line: &str| line.trim_start().starts_with('|') && is_delimiter_row(line);
    if !lines.iter().any(|line| is_row(line) && !closes(line)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let (mut in_table, mut at) = (false, 0);
    while at < lines.len() {
        let line = lines[at];
        in_table = delimiter(line) || in_table && is_row(line);
        // An open row: its cell goes on until a line that closes it, before the next row.
        let end = (in_table && is_row(line) && !closes(line))
            .then(|| (at + 1..lines.len().min(at + 60)).take_while(|&i| !is_row(lines[i])).find(|&i| closes(lines[i])))
            .flatten();
        match end {
            Some(end) => {
                let joined: Vec<&str> = lines[at..=end].iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
                out.push_str(&joined.join(" "));
                at = end + 1;
            }
            None => {
                out.push_str(line);
                at += 1;
            }
        }
        out.push('\n');
    }
    Cow::Owned(out)
}

/// A pipe table's delimiter row ("|---|:--:|", "---|---"): dashes, colons,
/// pipes and spaces only.
fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim();
    line.contains('-') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// A line that opens or closes a fenced code block.
fn is_fence(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("```") || line.starts_with("~~~")
}

/// The document with a delimiter row under the first row of each run of
/// pipe rows that has none: kramdown renders such a run as a table, and a
/// reader takes its first row for the header.
fn delimiters_supplied(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let pipes = |line: &str| {
        let line = line.trim();
        let row = line.len() > 1 && line.starts_with('|') && line.ends_with('|');
        if row {
            line.matches('|').count() - line.matches("\\|").count()
        } else {
            0
        }
    };
    let mut inserts = Vec::new();
    let (mut at, mut fenced) = (0, false);
    while at < lines.len() {
        let line = lines[at].trim();
        fenced ^= is_fence(line);
        let width = pipes(line);
        // Rows after a delimiter row written without outer pipes ("---|---") belong to its table.
        let after_table = at > 0 && (pipes(lines[at - 1]) > 0 || is_delimiter_row(lines[at - 1]));
        let starts_run = !fenced && width >= 3 && !after_table;
        let run = if starts_run { lines[at..].iter().take_while(|l| pipes(l) == width).count() } else { 1 };
        if run >= 3 && !lines[at..at + run].iter().any(|l| is_delimiter_row(l)) {
            inserts.push((at, width - 1));
        }
        at += run;
    }
    if inserts.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + inserts.len() * 16);
    let mut next = inserts.iter().peekable();
    for (index, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        if let Some((_, cells)) = next.next_if(|(at, _)| *at == index) {
            out.push_str(&format!("|{}\n", "---|".repeat(*cells)));
        }
    }
    Cow::Owned(out)
}

/// The document with a blank line before each table that a paragraph line
/// runs into ("…解决方法。\n错误码 | 描述\n---|---"): GitHub starts the table
/// there; CommonMark would keep its header in the paragraph.
fn tables_apart(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let delimiter = |line: &str| line.contains('|') && is_delimiter_row(line);
    let prose = |line: &str| {
        !line.trim().is_empty() && !line.contains('|') && !line.trim_start().starts_with(['#', '>', '`', '<'])
    };
    let mut fenced = false;
    let starts: Vec<bool> = (0..lines.len())
        .map(|at| {
            fenced ^= is_fence(lines[at]);
            let header = at > 0 && at + 1 < lines.len() && lines[at].contains('|') && delimiter(lines[at + 1]);
            !fenced && header && prose(lines[at - 1])
        })
        .collect();
    if !starts.contains(&true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + starts.len());
    for (index, line) in lines.iter().enumerate() {
        if starts[index] {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
    }
    Cow::Owned(out)
}

/// Diplodoc's (YFM) multiline tables as pipe tables: between `#|` and `|#`,
/// each row is `|| cell | cell ||`, its cells free to run over lines.
fn yfm_tables_as_pipes(text: &str) -> Cow<'_, str> {
    if !text.contains("\n#|") && !text.starts_with("#|") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("#|").filter(|&at| at == 0 || rest[..at].ends_with('\n')) {
        let Some(length) = rest[start..].find("\n|#") else { break };
        out.push_str(&rest[..start]);
        let body = &rest[start + 2..start + length];
        let rows: Vec<String> = body
            .split("||")
            .map(|row| row.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|row| !row.is_empty())
            .collect();
        for (index, row) in rows.iter().enumerate() {
            out.push_str(&format!("| {row} |\n"));
            if index == 0 {
                let cells = row.split('|').count();
                out.push_str(&format!("|{}\n", "---|".repeat(cells)));
            }
        }
        rest = &rest[start + length + 3..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A table whose first column holds statuses, with rows that start one cell
/// late ("|InvalidObjectName|…|" under "|400|InvalidBucketName|…|"): an
/// export flattened a cell spanning rows; the row above lends it.
fn with_spans_restored(mut table: RawTable) -> RawTable {
    let width = table.header.len();
    let first_is_status = |row: &Vec<Cell>| row.first().is_some_and(|c| super::cells::http_status(&c.text).is_some());
    let statuses = table.rows.iter().filter(|row| first_is_status(row)).count();
    if width < 2 || statuses == 0 {
        return table;
    }
    // A number starts a row of its own ("11" under "200"), however short the row.
    let number = |row: &Vec<Cell>| row.first().is_some_and(|c| c.text.trim().bytes().all(|b| b.is_ascii_digit()));
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

/// The document with MDX's JSX attribute values (`<span style={{fontSize: "13px"}}>`)
/// emptied: with them the tag is no HTML tag, and would show as text.
fn without_jsx_attributes(text: &str) -> Cow<'_, str> {
    if !text.contains("={{") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("={{") {
        let Some(end) = rest[at..].find("}}").filter(|&end| !rest[at..at + end].contains('\n')) else { break };
        // Only inside a tag ("<span style={{…}}>"), not in text ("`Authorization={{token}}`").
        let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
        let before = &rest[line_start..at];
        let in_tag = before.rfind('<').is_some_and(|open| {
            let tag = &before[open + 1..];
            tag.starts_with(|c: char| c.is_ascii_alphabetic()) && !tag.contains(['>', '`'])
        });
        let replacement = if in_tag { "=\"\"" } else { &rest[at..at + end + 2] };
        out.push_str(&rest[..at]);
        out.push_str(replacement);
        rest = &rest[at + end + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The document without kramdown's attribute lists (`{:.table}` on the line
/// before a table, `{:target="_blank"}` after a link): markup the published
/// page never shows, which would otherwise join the table to a paragraph.
fn without_attribute_lists(text: &str) -> Cow<'_, str> {
    if !text.contains("{:") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let bare = line.trim();
        if bare.starts_with("{:") && bare.ends_with('}') && !bare[1..].contains('{') {
            // A line of its own: the attributes of the block after it.
            out.push_str(&line[line.trim_end().len()..]);
            continue;
        }
        let mut rest = line;
        // After a link: "[board](url){:target="_blank"}".
        while let Some(at) = rest.find("){:") {
            let Some(end) = rest[at..].find('}') else { break };
            out.push_str(&rest[..at + 1]);
            rest = &rest[at + end + 1..];
        }
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// The `title:` of a document's YAML front matter, if it has one.
fn front_matter_title(text: &str) -> Option<String> {
    let matter = text.len() - without_front_matter(text).len();
    let title = text[..matter].lines().find_map(|line| line.strip_prefix("title:"))?;
    let title = collapse(title.trim().trim_matches(['"', '\'']));
    (!title.is_empty()).then_some(title)
}

/// The document after its front matter: the page's metadata between `---`
/// lines at its very start, not a heading over its first table. (The
/// parser's own option also takes `---` pairs further down for metadata.)
fn without_front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) else { return text };
    let mut offset = text.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return &text[offset..];
        }
    }
    text
}

#[cfg(test)]
mod tests;
