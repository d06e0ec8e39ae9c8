//! HTML pages, read with an HTML5 parser (html5ever, through scraper).

use super::depth::{self, TooMuch};
use super::{collapse, Block, Cell, RawTable};
use definitions::{definition_list, documents_program_parts, entries_table, nested_entries};
use ego_tree::iter::Edge;
use marks::{
    aside, code_beside_paragraph, code_listing, component_title, contents_list, lead, line_lead, lines_of,
    opening_code_marked, page_turns, set_as_code, summary_blocks, text_alone,
};
use scraper::{ElementRef, Node};

mod definitions;
mod marks;

/// Row and column spans beyond these are treated as these: no real table
/// needs more, and a page cannot make a small table huge.
const MAX_ROWSPAN: usize = 1000;
const MAX_COLSPAN: usize = 50;

/// The page's headings, text and tables in reading order. The walk keeps its
/// own stack rather than recursing, and the parser refuses pages nested
/// deeper than [`depth::MAX_DEPTH`].
pub fn blocks(text: &str) -> Result<Vec<Block>, TooMuch> {
    let document = depth::parse(text)?;
    let whole = depth::span_budget(text.len());
    let mut budget = Budget { left: whole, whole };
    let mut out = Vec::new();
    let mut stack = vec![document.root_element().children()];
    while let Some(children) = stack.last_mut() {
        let Some(child) = children.next() else {
            stack.pop();
            continue;
        };
        if ElementRef::wrap(child).is_some_and(|e| contents_list(e) || page_turns(e)) {
            continue;
        }
        // "<li><strong>4700</strong> Access Denied<ul><li>…</li></ul></li>": the words before an
        // item's nested list head what the list says of it.
        if let Some((title, inline)) = ElementRef::wrap(child).and_then(item_title) {
            out.push(Block::Heading(title));
            let mut rest = child.children();
            rest.by_ref().take(inline).for_each(drop);
            stack.push(rest);
            continue;
        }
        // "<Card title=\"400 Bad Request\">": an MDX card's title heads what it holds.
        if let Some(title) = ElementRef::wrap(child).and_then(component_title) {
            out.extend(title);
            stack.push(child.children());
            continue;
        }
        let div_or_item = ElementRef::wrap(child).filter(|e| matches!(e.value().name(), "div" | "li"));
        if let Some(line) = div_or_item.and_then(code_beside_paragraph) {
            out.push(Block::Text(line));
            continue;
        }
        match child.value() {
            Node::Text(text) => {
                let text = collapse(text);
                if !text.is_empty() {
                    out.push(Block::Text(text));
                }
            }
            Node::Element(tag) => match tag.name() {
                "table" => {
                    if let Some(table) = ElementRef::wrap(child) {
                        out.push(match code_listing(table) {
                            true => Block::Code(cell_text(table)),
                            false => Block::Table(self::table(table, &mut budget)?),
                        });
                    }
                }
                "dl" => match ElementRef::wrap(child) {
                    // A program's parts hold no codes themselves; an enum documented within may.
                    Some(list) if documents_program_parts(list) => stack.push(child.children()),
                    Some(list) => out.push(Block::Table(match nested_entries(list) {
                        Some(entries) => entries_table(&entries, &mut budget)?,
                        None => definition_list(list, &mut budget)?,
                    })),
                    None => {}
                },
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let level = tag.name()[1..].parse().unwrap_or(6);
                    out.push(Block::Level(level));
                    out.extend(ElementRef::wrap(child).map(|heading| Block::Heading(heading_text(heading))))
                }
                // "<details><summary><span>CORE-400</span>Bad request</summary><p>…</p>": a card's
                // title heads what it folds away, below any heading, its parts set apart as a
                // browser sets them.
                "summary" => out.extend(ElementRef::wrap(child).map(summary_blocks).into_iter().flatten()),
                // Preformatted text keeps its lines, as a browser shows them.
                "pre" => out.extend(ElementRef::wrap(child).map(|pre| Block::Code(listing_text(pre)))),
                // A paragraph or list item of text alone is one run of text, as a reader reads it.
                "p" | "li" | "div" | "dt" if ElementRef::wrap(child).is_some_and(text_alone) => {
                    let Some(paragraph) = ElementRef::wrap(child) else { continue };
                    let raw = opening_code_marked(paragraph, lines_of(paragraph));
                    let (name, raw) = match line_lead(paragraph, &raw) {
                        Some((name, rest)) => (Some(name), rest),
                        None => (None, raw.as_str()),
                    };
                    out.extend(name.map(Block::Lead));
                    let kind = if paragraph.ancestors().filter_map(ElementRef::wrap).any(aside) {
                        Block::Aside
                    } else {
                        Block::Text
                    };
                    out.extend(super::lists::lines_or_whole(raw).into_iter().map(kind));
                }
                // Page chrome: navigation and footers say nothing of the codes.
                "script" | "style" | "template" | "noscript" | "head" | "nav" | "footer" => {}
                _ => stack.push(child.children()),
            },
            _ => {}
        }
    }
    Ok(out)
}

/// A listing's text, its lines as a browser shows them: a "<br>" or the end of a line's
/// "<div>" (as highlighters write each line) ends one.
fn listing_text(pre: ElementRef) -> String {
    let mut text = String::new();
    for edge in pre.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) if e.name() == "br" => text.push('\n'),
                _ => {}
            },
            Edge::Close(node) => {
                let line = node.value().as_element().is_some_and(|e| e.name() == "div");
                if line && !text.is_empty() && !text.ends_with('\n') {
                    text.push('\n');
                }
            }
        }
    }
    text
}

/// The words a list item opens with, when they name a code over a list nested in it, and
/// how many of its children they take.
fn item_title(item: ElementRef) -> Option<(String, usize)> {
    if item.value().name() != "li" {
        return None;
    }
    let block = |node: &ego_tree::NodeRef<Node>| {
        let name = |e: &ElementRef| e.value().name().to_string();
        ElementRef::wrap(*node).is_some_and(|e| name(&e) != "br" && (breaks_line(&name(&e)) || !text_alone(e)))
    };
    let inline = item.children().take_while(|node| !block(node)).count();
    let nested = item.children().skip(inline).find_map(ElementRef::wrap)?;
    if !matches!(nested.value().name(), "ul" | "ol") {
        return None;
    }
    let mut title = String::new();
    for node in item.children().take(inline) {
        match node.value() {
            Node::Text(text) => title.push_str(text),
            Node::Element(_) => title.extend(ElementRef::wrap(node).into_iter().flat_map(|e| e.text())),
            _ => {}
        }
    }
    let title = collapse(&title);
    super::lists::item_names_a_code(&title).then_some((title, inline))
}

/// One `<tr>`: whether it is a header row, and its cells with their spans.
struct SourceRow<'a> {
    header: bool,
    cells: Vec<ElementRef<'a>>,
}

/// Bytes that cells repeated by their spans may still take, of the page's whole budget.
struct Budget {
    left: usize,
    whole: usize,
}

impl Budget {
    /// Takes a copy of `cell` from the budget, or says the page is refused.
    fn take(&mut self, cell: &Cell) -> Result<(), TooMuch> {
        let cost = std::mem::size_of::<Cell>() + cell.text.len() + cell.lead.as_ref().map_or(0, String::len);
        self.left = self.left.checked_sub(cost).ok_or(TooMuch::Spans { budget_bytes: self.whole })?;
        Ok(())
    }
}

/// The table's own rows (not those of tables nested in its cells), spans
/// expanded; the header is the leading rows in `<thead>` or all `<th>`.
fn table(element: ElementRef, budget: &mut Budget) -> Result<RawTable, TooMuch> {
    let mut source = Vec::new();
    let mut caption = None;
    collect_rows(element, false, &mut source, &mut caption);
    let width = source.iter().map(|row| row.cells.iter().map(|c| span(c, "colspan", MAX_COLSPAN)).sum()).max();
    let grid = expand(&source, budget)?;
    let mut table = RawTable { caption, ..RawTable::default() };
    let mut rows = source.iter().zip(grid).peekable();
    while let Some((_, cells)) = rows.next_if(|(row, _)| row.header) {
        merge_header(&mut table.header, cells);
    }
    let mut rows = rows.peekable();
    if table.header.is_empty() {
        // A header written with <td>: a first row of names, none a code.
        if let Some((_, cells)) = rows.next_if(|(row, cells)| row.cells.len() > 1 && cells.iter().all(names_a_column)) {
            table.header = cells.into_iter().map(|c| c.text).collect();
        }
    }
    for (row, cells) in rows {
        // A single cell across the table is a label inside it ("Client errors").
        let full_width = row.cells.len() == 1 && width.unwrap_or(0) > 1;
        if full_width && span(&row.cells[0], "colspan", MAX_COLSPAN) > 1 {
            table.labels.push((table.rows.len(), cells[0].text.clone()));
        } else if cells.iter().any(|c| !c.text.is_empty()) {
            table.rows.push(cells);
        }
    }
    Ok(table)
}

fn names_a_column(cell: &Cell) -> bool {
    !cell.text.is_empty() && !cell.text.starts_with(|c: char| c.is_ascii_digit()) && cell.text.chars().count() <= 40
}

/// Header rows stacked above one another name a column together.
fn merge_header(header: &mut Vec<String>, cells: Vec<Cell>) {
    for (index, cell) in cells.into_iter().enumerate() {
        match header.get_mut(index) {
            Some(name) if name.is_empty() => *name = cell.text,
            Some(name) if !cell.text.is_empty() && *name != cell.text => {
                name.push(' ');
                name.push_str(&cell.text)
            }
            Some(_) => {}
            None => header.push(cell.text),
        }
    }
}

/// Rows of cells with each spanning cell repeated where it reaches, every
/// cell taken from `budget`.
fn expand(source: &[SourceRow], budget: &mut Budget) -> Result<Vec<Vec<Cell>>, TooMuch> {
    // Per column: the cell still reaching down, and for how many more rows.
    let mut reaching: Vec<Option<(Cell, usize)>> = Vec::new();
    let mut grid = Vec::with_capacity(source.len());
    for row in source {
        let mut cells = Vec::new();
        let take_reaching = |cells: &mut Vec<Cell>, reaching: &mut Vec<Option<(Cell, usize)>>, budget: &mut Budget| {
            while let Some(Some((cell, left))) = reaching.get_mut(cells.len()) {
                budget.take(cell)?;
                cells.push(Cell { spanned: true, ..cell.clone() });
                *left -= 1;
                if *left == 0 {
                    reaching[cells.len() - 1] = None;
                }
            }
            Ok(())
        };
        for element in &row.cells {
            take_reaching(&mut cells, &mut reaching, budget)?;
            let text = cell_text(*element);
            let set_as_code = set_as_code(*element);
            let cell = Cell { lead: lead(*element, &text), text, set_as_code, ..Cell::default() };
            let rows_down = span(element, "rowspan", MAX_ROWSPAN) - 1;
            for across in 0..span(element, "colspan", MAX_COLSPAN) {
                let cell = Cell { widened: across > 0, ..cell.clone() };
                budget.take(&cell)?;
                let column = cells.len();
                if reaching.len() <= column {
                    reaching.resize(column + 1, None);
                }
                if rows_down > 0 {
                    reaching[column] = Some((cell.clone(), rows_down));
                }
                cells.push(cell);
            }
        }
        take_reaching(&mut cells, &mut reaching, budget)?;
        grid.push(cells);
    }
    Ok(grid)
}

fn span(cell: &ElementRef, attribute: &str, most: usize) -> usize {
    cell.value().attr(attribute).and_then(|n| n.trim().parse::<usize>().ok()).unwrap_or(1).clamp(1, most)
}

/// (is a header row, cells) for each `<tr>` of this table: its own, or
/// those of its sections (which hold rows, never further sections).
fn collect_rows<'a>(
    element: ElementRef<'a>,
    in_head: bool,
    rows: &mut Vec<SourceRow<'a>>,
    caption: &mut Option<String>,
) {
    for child in element.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "thead" | "tbody" | "tfoot" if element.value().name() == "table" => {
                collect_rows(child, child.value().name() == "thead", rows, caption)
            }
            "caption" if caption.is_none() => *caption = Some(cell_text(child)).filter(|c| !c.is_empty()),
            "tr" => {
                let cells: Vec<ElementRef> = child
                    .children()
                    .filter_map(ElementRef::wrap)
                    .filter(|c| matches!(c.value().name(), "td" | "th"))
                    .collect();
                let all_th = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
                // Header rows come first: a row of <th> further down is a label or a row.
                let header = (in_head || all_th) && rows.iter().all(|row| row.header);
                rows.push(SourceRow { header, cells });
            }
            _ => {}
        }
    }
}

/// A cell's text as a reader sees it: a line break or a new block is a space.
/// A heading's words without the link marks docs sites put beside them ("#", "¶", "§").
fn heading_text(heading: ElementRef) -> String {
    // "MISSING_FIELD¶": a pilcrow is a link mark, glued to the words or not.
    let text = cell_text(heading).trim_end_matches(['¶', '§']).trim_end().to_string();
    let mark = |word: &str| !word.is_empty() && word.chars().all(|c| matches!(c, '#' | '¶' | '§' | '🔗'));
    let words: Vec<&str> = text.split(' ').collect();
    let start = words.iter().position(|w| !mark(w)).unwrap_or(words.len());
    let end = words.iter().rposition(|w| !mark(w)).map_or(start, |at| at + 1);
    let words = words[start..end.max(start)].join(" ");
    // "<h3><code>UNAUTHORIZED</code>¶</h3>": a heading that is code alone keeps the mark.
    let code: Vec<String> = heading
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|element| element.value().name() == "code")
        .map(cell_text)
        .collect();
    match code[..] {
        [ref only] if *only == words && !words.is_empty() => format!("`{words}`"),
        _ => words,
    }
}

fn cell_text(cell: ElementRef) -> String {
    let mut text = String::new();
    for edge in cell.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) if breaks_line(e.name()) => text.push(' '),
                _ => {}
            },
            Edge::Close(node) => {
                if matches!(node.value(), Node::Element(e) if breaks_line(e.name())) {
                    text.push(' ')
                }
            }
        }
    }
    collapse(&text)
}

/// Whether a tag separates the words before and after it, as a browser shows them.
pub(super) fn breaks_line(tag: &str) -> bool {
    matches!(
        tag,
        "br" | "p"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "td"
            | "th"
            | "dd"
            | "dt"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    )
}

#[cfg(test)]
mod tests;
