//! Markdown documents, read with a CommonMark parser (pulldown-cmark, with
//! its pipe-table extension). HTML embedded in the document goes to the
//! HTML reader, so Markdown pages that carry HTML tables import too.

use super::depth::TooDeep;
use super::{collapse, html, Block, RawTable};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

pub fn blocks(text: &str) -> Result<Vec<Block>, TooDeep> {
    let mut out = Vec::new();
    let mut text_run = String::new();
    let mut html_run = String::new();
    let mut table: Option<RawTable> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let flush_text = |run: &mut String, out: &mut Vec<Block>| {
        let text = collapse(run);
        if !text.is_empty() {
            out.push(Block::Text(text));
        }
        run.clear();
    };
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        if !matches!(event, Event::Html(_) | Event::InlineHtml(_)) && !html_run.is_empty() {
            out.extend(html::blocks(&std::mem::take(&mut html_run))?);
        }
        match event {
            Event::Start(Tag::Table(_)) => {
                flush_text(&mut text_run, &mut out);
                table = Some(RawTable::default());
            }
            Event::End(TagEnd::Table) => out.extend(table.take().map(Block::Table)),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.push(collapse(&cell.take().unwrap_or_default())),
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = table.as_mut() {
                    table.header = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = table.as_mut() {
                    table.rows.push(std::mem::take(&mut row));
                }
            }
            Event::Text(t) | Event::Code(t) => match cell.as_mut() {
                Some(cell) => cell.push_str(&t),
                None => text_run.push_str(&t),
            },
            Event::SoftBreak | Event::HardBreak => match cell.as_mut() {
                Some(cell) => cell.push(' '),
                None => text_run.push(' '),
            },
            Event::Html(h) | Event::InlineHtml(h) => {
                flush_text(&mut text_run, &mut out);
                html_run.push_str(&h);
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item) | Event::Start(Tag::Item) => {
                flush_text(&mut text_run, &mut out)
            }
            _ => {}
        }
    }
    if !html_run.is_empty() {
        out.extend(html::blocks(&html_run)?);
    }
    flush_text(&mut text_run, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipe_tables_and_labels() {
        let doc = "# Errors\n\n| Error Code | Message |\n|---|---|\n| `E1` | Bad *thing* |\n| E2 | Worse |\n";
        let blocks = blocks(doc).unwrap();
        assert_eq!(blocks[0], Block::Text("Errors".into()));
        let Block::Table(table) = &blocks[1] else { panic!("{blocks:?}") };
        assert_eq!(table.header, ["Error Code", "Message"]);
        assert_eq!(table.rows, [vec!["E1".to_string(), "Bad thing".to_string()], vec!["E2".into(), "Worse".into()]]);
    }

    #[test]
    fn embedded_html_tables() {
        let doc = "- Normal\n\n<table><tr><th>Code</th><th>Description</th></tr><tr><td>200 OK</td><td>Fine.</td></tr></table>\n";
        let blocks = blocks(doc).unwrap();
        assert_eq!(blocks[0], Block::Text("Normal".into()));
        assert!(matches!(&blocks[1], Block::Table(t) if t.rows.len() == 1));
    }
}
