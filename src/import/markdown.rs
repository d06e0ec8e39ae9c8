//! Markdown documents, read with a CommonMark parser (pulldown-cmark, with
//! its pipe-table extension). HTML blocks in the document go to the HTML
//! reader, so Markdown pages that carry HTML tables import too.

use super::cells::{code_name_leads, code_span, span_led};
use super::depth::TooMuch;
use super::{collapse, html, Block, Cell, RawTable, BELOW_HEADINGS};
use components::components_apart;
use fences::{fence_left_open_closed, json_left_open_closed};
use inline::{bold_code_alone, breaks_line, callout_tag, escaped, opens_line, run_in, short_title, without_anchor_id};
use pulldown_cmark::{BrokenLink, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use source::{
    delimiters_supplied, delimiters_widened, front_matter_title, rows_joined, stray_pipes_dropped, tables_apart,
    templated_links_emptied, without_attribute_lists, without_front_matter, without_jsx_attributes, without_shortcodes,
    yfm_tables_as_pipes,
};
use tabbed::{tab_rows_as_pipes, with_spans_restored};

mod components;
mod fences;
mod inline;
mod source;
mod tabbed;
mod titles;

/// A cell being read: its text, and its bold lead while that is open.
#[derive(Default)]
struct OpenCell {
    text: String,
    lead: Option<String>,
    in_lead: bool,
    /// Whether code spans, and only they, gave it text.
    spans: bool,
    words: bool,
    /// The code span it opens with.
    code_lead: Option<String>,
}

impl OpenCell {
    fn push(&mut self, text: &str) {
        self.text.push_str(text);
        if self.in_lead {
            self.lead.get_or_insert_with(String::new).push_str(text);
        }
    }
}

pub fn blocks(text: &str) -> Result<Vec<Block>, TooMuch> {
    let mut out = Vec::new();
    let mut text_run = String::new();
    let mut html_run = String::new();
    // Tables the HTML so far opens and has not closed.
    let mut open_tables = 0usize;
    let mut indented_html = false;
    let mut table: Option<RawTable> = None;
    let mut row: Vec<Cell> = Vec::new();
    let mut cell: Option<OpenCell> = None;
    let mut code: Option<String> = None;
    // A bold phrase opening a paragraph, while it may yet stand on a line of its own.
    let mut lead: Option<String> = None;
    let mut in_lead = false;
    let mut quotes = 0usize;
    // Where each open list item's blocks begin.
    let mut items: Vec<usize> = Vec::new();
    // Bold paragraphs right under a heading, outside lists: perhaps the names of codes.
    let mut titles: Vec<usize> = Vec::new();
    // Other bold paragraphs outside lists: perhaps labels of the lists after them.
    let mut labels: Vec<usize> = Vec::new();
    // Whether a list just read made an item's words a heading, with no paragraph since.
    let mut raised = false;
    let flush_text = |run: &mut String, out: &mut Vec<Block>, heading: bool, quoted: bool| {
        if heading {
            out.extend(Some(collapse(run)).filter(|text| !text.is_empty()).map(Block::Heading));
        } else {
            // "系统错误: 1100" and "参数错误: 1101" on lines of one paragraph are two entries.
            let kind = if quoted { Block::Aside } else { Block::Text };
            out.extend(super::lists::lines_or_whole(run).into_iter().map(kind));
        }
        run.clear();
    };
    // The title a site renders over the page ("title: Fehler Codes") heads it.
    out.extend(front_matter_title(text).map(Block::Heading));
    let text = without_attribute_lists(without_front_matter(text));
    let text = fence_left_open_closed(json_left_open_closed(&text).as_ref()).into_owned();
    let text = without_shortcodes(&text);
    let text = templated_links_emptied(&text);
    let text = without_jsx_attributes(&text);
    let text = components_apart(&text);
    let text = yfm_tables_as_pipes(&tab_rows_as_pipes(&text)).into_owned();
    let text = rows_joined(&stray_pipes_dropped(&text)).into_owned();
    let text = delimiters_supplied(&text);
    let text = delimiters_widened(&text);
    let text = tables_apart(&text);
    // "[TrustSet transaction][]" whose definition lives in a snippet the page includes: a link
    // all the same, shown as its words. A bare "[deprecated]" stays as written.
    let unresolved = |link: BrokenLink| match link.link_type {
        LinkType::Collapsed => Some((CowStr::Borrowed(""), CowStr::Borrowed(""))),
        _ => None,
    };
    for event in Parser::new_with_broken_link_callback(&text, Options::ENABLE_TABLES, Some(unresolved)) {
        // HTML blocks apart only by blank lines ("<table>", then each "<tr>…</tr>") are one run of HTML.
        let html = matches!(
            event,
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock)
        );
        // An HTML block indented after a blank line comes with its indent as text: HTML all the same.
        if let Event::Text(t) = &event {
            if !html_run.is_empty() && t.trim().is_empty() {
                html_run.push_str(t);
                continue;
            }
        }
        // "<td>", a blank line, "*301*", a blank line, "</td>": Markdown written inside the cells of
        // an HTML table is the cells' text.
        if !html && open_tables > 0 {
            match &event {
                // "<td>" indented four spaces after a blank line is read as code: it is the table's HTML.
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                    indented_html = true;
                    continue;
                }
                Event::End(TagEnd::CodeBlock) if indented_html => {
                    indented_html = false;
                    continue;
                }
                Event::Text(t) if indented_html => {
                    html_run.push_str(t);
                    continue;
                }
                Event::Text(t) | Event::Code(t) => {
                    html_run.push_str(&escaped(t));
                    continue;
                }
                Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => {
                    html_run.push(' ');
                    continue;
                }
                Event::Start(Tag::Paragraph | Tag::Emphasis | Tag::Strong)
                | Event::End(TagEnd::Emphasis | TagEnd::Strong) => continue,
                _ => {}
            }
        }
        // "<Info>" … "</Info>": an MDX callout, set beside the text as a quotation is.
        let callout = match &event {
            Event::Html(h) if open_tables == 0 => callout_tag(h),
            _ => None,
        };
        if (!html || callout.is_some()) && !html_run.is_empty() {
            open_tables = 0;
            out.extend(html::blocks(&std::mem::take(&mut html_run))?);
        }
        if let Some(opens) = callout {
            flush_text(&mut text_run, &mut out, false, quotes > 0);
            quotes = if opens { quotes + 1 } else { quotes.saturating_sub(1) };
            continue;
        }
        match event {
            Event::Start(Tag::Table(_)) => {
                flush_text(&mut text_run, &mut out, false, quotes > 0);
                table = Some(RawTable::default());
            }
            Event::End(TagEnd::Table) => out.extend(table.take().map(with_spans_restored).map(Block::Table)),
            Event::Start(Tag::TableCell) => cell = Some(OpenCell::default()),
            Event::End(TagEnd::TableCell) => {
                let open = cell.take().unwrap_or_default();
                let text = collapse(&open.text);
                let code_lead = open.code_lead.filter(|name| code_name_leads(name, &text));
                let lead = open.lead.or(code_lead).map(|l| collapse(&l));
                let lead = lead.filter(|l| !l.is_empty() && l.len() < text.len());
                let set_as_code = open.spans && !open.words;
                row.push(Cell { text, lead, set_as_code, ..Cell::default() });
            }
            Event::Start(Tag::Strong) => {
                if let Some(open) = cell.as_mut().filter(|c| c.text.trim().is_empty() && c.lead.is_none()) {
                    open.lead = Some(String::new());
                    open.in_lead = true;
                } else if cell.is_none() && text_run.trim().is_empty() {
                    lead = Some(String::new());
                    in_lead = true;
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some(open) = cell.as_mut() {
                    open.in_lead = false;
                }
                in_lead = false;
            }
            // "**Invalid API Key**" and a line break: the bold phrase is a line of its own.
            Event::SoftBreak | Event::HardBreak
                if cell.is_none()
                    && lead.as_ref().is_some_and(|l| !l.trim().is_empty() && l.trim() == text_run.trim()) =>
            {
                out.extend(lead.take().map(|l| Block::Lead(collapse(&l))));
                text_run.clear();
            }
            Event::Start(Tag::BlockQuote(_)) => {
                flush_text(&mut text_run, &mut out, false, quotes > 0);
                quotes += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                flush_text(&mut text_run, &mut out, false, quotes > 0);
                quotes = quotes.saturating_sub(1);
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
                flush_text(&mut text_run, &mut out, false, quotes > 0);
                code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => out.extend(code.take().map(Block::Code)),
            Event::Text(t) if code.is_some() => code.iter_mut().for_each(|c| c.push_str(&t)),
            Event::Code(t) if cell.is_some() => {
                if let Some(open) = cell.as_mut() {
                    // "`FrameworkIdMissing` The Framework ID …": a name set as code may lead the cell.
                    if open.text.trim().is_empty() && open.lead.is_none() {
                        open.code_lead = Some(t.to_string());
                    }
                    open.spans = true;
                    open.push(&t);
                }
            }
            // "`unauthorized` คือ …": a code span that opens a line marks the code it starts with.
            Event::Code(t) if cell.is_none() && opens_line(&text_run) && !t.contains(char::is_whitespace) => {
                text_run.push('`');
                text_run.push_str(&t);
                text_run.push('`');
            }
            Event::Text(t) | Event::Code(t) => match cell.as_mut() {
                Some(open) => {
                    open.words |= !t.trim().is_empty();
                    open.push(&t);
                }
                None => {
                    if in_lead {
                        lead.get_or_insert_with(String::new).push_str(&t);
                    }
                    text_run.push_str(&t)
                }
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
            // "in your <Glossary>backend</Glossary>.": a tag within a line of text leaves it whole.
            Event::InlineHtml(h)
                if open_tables == 0 && !breaks_line(&h) && !h.to_ascii_lowercase().contains("<table") => {}
            Event::Html(h) | Event::InlineHtml(h) => {
                flush_text(&mut text_run, &mut out, false, quotes > 0);
                let tag = h.to_ascii_lowercase();
                open_tables =
                    (open_tables + tag.matches("<table").count()).saturating_sub(tag.matches("</table").count());
                html_run.push_str(&h);
            }
            Event::Start(Tag::Heading { .. }) => flush_text(&mut text_run, &mut out, false, quotes > 0),
            Event::End(TagEnd::Heading(level)) => {
                text_run = without_anchor_id(&text_run).to_string();
                // "### `virtual-server-not-found`": the mark stays on a heading that is code alone,
                // and on one that opens with a name so set, then a dash ("`timeout` - Request Timeouts").
                if code_span(text_run.trim()).is_none() && span_led(&text_run).is_none() {
                    text_run = text_run.replace('`', "");
                }
                if !collapse(&text_run).is_empty() {
                    out.push(Block::Level(level as u8));
                }
                flush_text(&mut text_run, &mut out, true, false);
            }
            // "- **4700** Access Denied" over a nested list: the item's words head what the list says of it.
            Event::Start(Tag::List(_)) if cell.is_none() && quotes == 0 && !items.is_empty() => {
                lead = None;
                let start = items.last().copied().unwrap_or_default();
                let names = super::lists::item_names_a_code;
                match &out[start.min(out.len())..] {
                    [] if names(&collapse(&text_run)) => {
                        raised = true;
                        out.push(Block::Level(BELOW_HEADINGS));
                        flush_text(&mut text_run, &mut out, true, false)
                    }
                    [Block::Text(title)] if text_run.trim().is_empty() && names(title) => {
                        raised = true;
                        if let Some(Block::Text(title)) = out.pop() {
                            out.extend([Block::Level(BELOW_HEADINGS), Block::Heading(title)]);
                        }
                    }
                    _ => flush_text(&mut text_run, &mut out, false, false),
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) | Event::Start(Tag::Item) => {
                // "**Probable cause.** An outward write…": a label run in with a full stop, as "Probable cause:".
                if let Some(labelled) = lead.as_deref().and_then(|l| run_in(l, &text_run)) {
                    text_run = labelled;
                }
                // "**UNKNOWN_ERROR**" as a paragraph of its own over its text: a heading of a code.
                let whole = lead.take().filter(|l| l.trim() == text_run.trim());
                let paragraph = matches!(event, Event::End(TagEnd::Paragraph)) && quotes == 0;
                let bold_code = paragraph && whole.as_ref().is_some_and(|l| bold_code_alone(l.trim()));
                let bold = paragraph && !bold_code && items.is_empty() && whole.is_some();
                let (title, at) = (bold && matches!(out.last(), Some(Block::Heading(_))), out.len());
                // "YouTube integration app codes" after a list of "401 UNAUTHENTICATED" items: a
                // short line of its own titles what follows, not the last code's text.
                let outside = paragraph && items.is_empty();
                let retitled = outside && raised && short_title(&text_run);
                raised &= !outside;
                if retitled {
                    out.push(Block::Level(BELOW_HEADINGS - 1));
                }
                flush_text(&mut text_run, &mut out, bold_code || retitled, quotes > 0);
                if title && out.len() == at + 1 {
                    titles.push(at);
                } else if bold && out.len() == at + 1 {
                    labels.push(at);
                }
                match event {
                    Event::Start(Tag::Item) => items.push(out.len()),
                    Event::End(TagEnd::Item) => drop(items.pop()),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if !html_run.is_empty() {
        out.extend(html::blocks(&html_run)?);
    }
    flush_text(&mut text_run, &mut out, false, quotes > 0);
    Ok(titles::labels_over_lists(titles::titles_named(out, &titles), &labels))
}

#[cfg(test)]
mod tests;
