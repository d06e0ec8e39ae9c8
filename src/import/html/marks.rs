//! What a page's markup sets apart from its text: a bold name opening a
//! paragraph or a cell, quotations and tip boxes, code listings laid out as
//! tables, paragraphs of text alone.

use super::cell_text;
use crate::import::cells::code_name_leads;
use crate::import::{collapse, words, Block, BELOW_HEADINGS};
use scraper::{ElementRef, Node};

/// An element's text with its line breaks: those of its source and its `<br>`s.
pub(super) fn lines_of(element: ElementRef) -> String {
    let mut text = String::new();
    // Whether the text last added was a number standing alone in a span or a bold.
    let mut after_badge = false;
    for node in element.descendants() {
        match node.value() {
            Node::Text(t) => {
                // "<span>101</span>File not found", "<strong>201</strong><span>created</span>": a
                // number set apart as a badge, then the words.
                if after_badge && t.starts_with(char::is_alphabetic) {
                    text.push(' ');
                }
                // The parent's text is read only for a number, not for every run of words.
                let number = !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
                after_badge = number
                    && node.parent().and_then(ElementRef::wrap).is_some_and(|e| {
                        matches!(e.value().name(), "span" | "strong" | "b") && e.text().collect::<String>() == **t
                    });
                text.push_str(t)
            }
            Node::Element(e) if e.name() == "br" => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// "<li><code>unauthenticated</code>: …": a paragraph that opens with code keeps its marks, as
/// Markdown's "`unauthenticated`: …" does, so that a name set as code reads as one.
pub(super) fn opening_code_marked(element: ElementRef, text: String) -> String {
    let blank = |node: &ego_tree::NodeRef<Node>| matches!(node.value(), Node::Text(t) if t.trim().is_empty());
    let first = element.children().find(|child| !blank(child)).and_then(ElementRef::wrap);
    let Some(code) = first.filter(|e| e.value().name() == "code") else { return text };
    let inner: String = code.text().collect();
    if inner.trim().is_empty() || inner.contains(char::is_whitespace) || inner.contains('`') {
        return text;
    }
    match text.trim_start().strip_prefix(inner.as_str()) {
        Some(rest) => format!("`{inner}`{rest}"),
        None => text,
    }
}

/// A table a highlighter lays a code listing out in: line numbers in one cell, the code in another.
pub(super) fn code_listing(table: ElementRef) -> bool {
    const LISTINGS: [&str; 4] = ["highlight", "codehilite", "linenos", "gutter"];
    let listing = |e: &scraper::node::Element| e.classes().any(|c| LISTINGS.iter().any(|l| c.contains(l)));
    table.descendants().filter_map(|node| node.value().as_element()).any(|e| listing(e) && e.name() != "div")
        && table.descendants().any(|node| node.value().as_element().is_some_and(|e| e.name() == "pre"))
}

/// A list of links to the page's own sections ("Contents"): where the text is, not text.
pub(super) fn contents_list(list: ElementRef) -> bool {
    if !matches!(list.value().name(), "ul" | "ol") {
        return false;
    }
    let in_page =
        |e: &ElementRef| e.value().name() == "a" && e.value().attr("href").is_some_and(|h| h.starts_with('#'));
    let linked = |node: &ego_tree::NodeRef<Node>| node.ancestors().filter_map(ElementRef::wrap).any(|e| in_page(&e));
    let texts = list.descendants().filter(|node| node.value().as_text().is_some_and(|t| !t.trim().is_empty()));
    let links = list.descendants().filter_map(ElementRef::wrap).filter(in_page).count();
    links >= 2 && texts.clone().all(|node| linked(&node))
}

/// Links to the previous and next pages ("← Alphabetical Index", "init →"): where to read on,
/// under the last code's text.
pub(super) fn page_turns(block: ElementRef) -> bool {
    let class = block.value().attr("class").unwrap_or("");
    class.split_whitespace().any(|c| PAGE_TURNS.contains(&c))
}

/// The classes sites give their previous/next links (Docusaurus, MkDocs, Sphinx, VitePress).
const PAGE_TURNS: &[&str] = &["docs-prevnext", "pagination-nav", "prev-next", "prev-next-nav", "md-footer__inner"];

/// A card's title ("<summary><span>CORE-400</span>Bad request</summary>"), its parts set apart
/// as a browser shows them: a heading below any other when it names a code, else text.
pub(super) fn summary_blocks(summary: ElementRef) -> Vec<Block> {
    let parts: Vec<String> = summary.text().map(collapse).filter(|t| !t.is_empty()).collect();
    let title = parts.join(" ");
    // "<summary>BUSY</summary>": a word in capitals alone titles its card as a code's heading would.
    let capitals = crate::import::lists::word_in_capitals(&title);
    match crate::import::lists::item_names_a_code(&title) || capitals {
        true => vec![Block::Level(BELOW_HEADINGS), Block::Heading(title)],
        false => vec![Block::Text(title)],
    }
}

/// A card of MDX components ("<Card title=\"200 OK\">", "<Accordion title=\"INSUFFICIENT_BALANCE\">"):
/// its title, which heads what it holds as a summary does. A title that names no code
/// ("Quickstart", "REST") heads nothing, and is not shown as text.
pub(super) fn component_title(card: ElementRef) -> Option<Vec<Block>> {
    let name = card.value().name();
    // "<ResponseField name=\"MISSING_TOKEN\" type=\"401\">": a field of the answer named by a code.
    let field = name == "responsefield";
    if !COMPONENTS.contains(&name) && !field {
        return None;
    }
    let title = card.value().attr(if field { "name" } else { "title" }).map(collapse).filter(|t| !t.is_empty())?;
    let capitals = field && crate::import::lists::word_in_capitals(&title);
    let names_a_code = crate::import::lists::item_names_a_code(&title) || capitals;
    // "<Accordion title=\"5xx Server Errors\">": a class of codes heads what it holds, no code's text.
    let sorts = words::mentions(&title, words::CATEGORY) || title.to_lowercase().contains("categor");
    let class = !field && words::speaks_of_codes(&title) && !sorts;
    Some(if names_a_code || class { vec![Block::Level(BELOW_HEADINGS), Block::Heading(title)] } else { Vec::new() })
}

/// The MDX components that title a card of text (Mintlify, Docusaurus, Starlight), as the
/// HTML parser names them; tabs and steps title code samples and instructions.
const COMPONENTS: &[&str] = &["card", "accordion", "expandable"];

/// Whether all of a cell's text is set as code ("<td><code>invalid msgpack</code></td>").
pub(super) fn set_as_code(cell: ElementRef) -> bool {
    let coded = |node: &ego_tree::NodeRef<Node>| {
        let within = node.ancestors().take_while(|a| a.id() != cell.id());
        within.filter_map(ElementRef::wrap).any(|e| matches!(e.value().name(), "code" | "kbd" | "samp"))
    };
    let mut texts = cell.descendants().filter(|node| node.value().as_text().is_some_and(|t| !t.trim().is_empty()));
    let first = texts.next();
    first.is_some_and(|node| coded(&node)) && texts.all(|node| coded(&node))
}

/// A quotation, or a box set beside the text (a tip, a warning): what it holds is not the
/// text itself.
pub(super) fn aside(element: ElementRef) -> bool {
    let tag = element.value();
    let role = tag.attr("role").is_some_and(|role| matches!(role, "alert" | "note"));
    const BOXES: [&str; 5] = ["admonition", "callout", "custom-block", "hint", "alert"];
    let boxed = tag.classes().any(|class| BOXES.iter().any(|b| class.to_ascii_lowercase().contains(b)));
    matches!(tag.name(), "blockquote" | "aside") || role || boxed
}

/// "<strong>Invalid API Key</strong>" and a line break opening a paragraph: its name on a
/// line of its own, and the paragraph's rest.
pub(super) fn line_lead<'r>(paragraph: ElementRef, raw: &'r str) -> Option<(String, &'r str)> {
    let name = lead(paragraph, raw)?;
    let rest = raw.trim_start().strip_prefix(name.as_str())?;
    let rest = rest.trim_start_matches([' ', '\t']).strip_prefix('\n')?;
    (!rest.trim().is_empty()).then_some((name, rest))
}

/// Whether an element holds only text and inline markup: no table, list, heading or block of its own.
pub(super) fn text_alone(element: ElementRef) -> bool {
    const BLOCKS: [&str; 16] =
        ["table", "dl", "ul", "ol", "pre", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "li"];
    !element.descendants().skip(1).any(|node| node.value().as_element().is_some_and(|e| BLOCKS.contains(&e.name())))
}

/// The bold phrase a cell (whose text is `text`) opens with ("<b>Bad
/// Request</b> The request…"), looking through the paragraphs and spans that wrap it.
pub(super) fn lead(cell: ElementRef, text: &str) -> Option<String> {
    let mut element = cell;
    loop {
        let first = element.children().find(|child| match child.value() {
            Node::Text(t) => !t.trim().is_empty(),
            Node::Element(_) => true,
            _ => false,
        })?;
        let first = ElementRef::wrap(first)?;
        match first.value().name() {
            "strong" | "b" => {
                let lead = cell_text(first);
                return (!lead.is_empty() && lead.len() < text.len()).then_some(lead);
            }
            // "<code>FrameworkIdMissing</code> The Framework ID …": a name set as code leads it too.
            "code" | "tt" => {
                let lead = cell_text(first);
                return (lead.len() < text.len() && code_name_leads(&lead, text)).then_some(lead);
            }
            "p" | "div" | "span" => element = first,
            _ => return None,
        }
    }
}

/// `<div><span class="param">001 </span><p>Please provide a username.</p></div>`: a code set
/// apart beside the paragraph saying what it means, as one line "001: Please provide …".
pub(super) fn code_beside_paragraph(element: ElementRef) -> Option<String> {
    const INLINE: [&str; 6] = ["span", "code", "strong", "b", "em", "kbd"];
    let stray_text = element.children().any(|child| matches!(child.value(), Node::Text(t) if !t.trim().is_empty()));
    let parts: Vec<ElementRef> = element.children().filter_map(ElementRef::wrap).collect();
    let [code, paragraph] = parts[..] else { return None };
    let code_text = collapse(&code.text().collect::<String>());
    let one_token = !code_text.is_empty() && !code_text.contains(char::is_whitespace) && code_text.len() <= 40;
    // "<span>1</span>" before a step is its number: outside `<code>`, a code is longer than that.
    let set_as_code = matches!(code.value().name(), "code" | "kbd");
    let code_like = set_as_code || code_text.chars().count() >= 2 && code_text.chars().all(char::is_alphanumeric);
    let placed = INLINE.contains(&code.value().name()) && paragraph.value().name() == "p" && text_alone(paragraph);
    let text = collapse(&paragraph.text().collect::<String>());
    (!stray_text && one_token && code_like && placed && !text.is_empty()).then(|| format!("{code_text}: {text}"))
}
