//! HTML pages, read with an HTML5 parser (html5ever, through scraper).

use super::depth::{self, TooDeep};
use super::{collapse, Block, RawTable};
use scraper::{ElementRef, Node};

/// The page's text and tables in reading order. The walk keeps its own
/// stack rather than recursing, and the parser refuses pages nested deeper
/// than [`depth::MAX_DEPTH`].
pub fn blocks(text: &str) -> Result<Vec<Block>, TooDeep> {
    let document = depth::parse(text)?;
    let mut out = Vec::new();
    let mut stack = vec![document.root_element().children()];
    while let Some(children) = stack.last_mut() {
        let Some(child) = children.next() else {
            stack.pop();
            continue;
        };
        match child.value() {
            Node::Text(text) => {
                let text = collapse(text);
                if !text.is_empty() {
                    out.push(Block::Text(text));
                }
            }
            Node::Element(tag) => match tag.name() {
                "table" => out.extend(ElementRef::wrap(child).map(|table| Block::Table(self::table(table)))),
                "script" | "style" | "template" | "noscript" | "head" => {}
                _ => stack.push(child.children()),
            },
            _ => {}
        }
    }
    Ok(out)
}

/// The table's own rows (not those of tables nested in its cells); the
/// header is its first row when that row is in `<thead>` or all `<th>`.
fn table(element: ElementRef) -> RawTable {
    let mut rows: Vec<(bool, Vec<String>)> = Vec::new();
    collect_rows(element, false, &mut rows);
    let mut table = RawTable::default();
    let mut rows = rows.into_iter().peekable();
    if let Some((true, _)) = rows.peek() {
        table.header = rows.next().map(|(_, cells)| cells).unwrap_or_default();
    }
    table.rows = rows.map(|(_, cells)| cells).filter(|cells| cells.iter().any(|c| !c.is_empty())).collect();
    table
}

/// (is a header row, cells) for each `<tr>` of this table: its own, or
/// those of its sections (which hold rows, never further sections).
fn collect_rows(element: ElementRef, in_head: bool, rows: &mut Vec<(bool, Vec<String>)>) {
    for child in element.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "thead" | "tbody" | "tfoot" if element.value().name() == "table" => {
                collect_rows(child, child.value().name() == "thead", rows)
            }
            "tr" => {
                let cells: Vec<ElementRef> = child
                    .children()
                    .filter_map(ElementRef::wrap)
                    .filter(|c| matches!(c.value().name(), "td" | "th"))
                    .collect();
                let all_th = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
                let texts = cells.iter().map(|cell| collapse(&cell.text().collect::<String>())).collect();
                rows.push((in_head || all_th, texts));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_tables_in_reading_order() {
        let page = "<h2>Success</h2><table><thead><tr><th>Code</th><th>Description</th></tr></thead>\
                    <tbody><tr><td>200 <b>OK</b></td><td>Fine &amp; dandy.</td></tr></tbody></table><p>after</p>";
        let blocks = blocks(page).unwrap();
        assert_eq!(blocks[0], Block::Text("Success".into()));
        let Block::Table(table) = &blocks[1] else { panic!("{blocks:?}") };
        assert_eq!(table.header, ["Code", "Description"]);
        assert_eq!(table.rows, [vec!["200 OK".to_string(), "Fine & dandy.".to_string()]]);
        assert_eq!(blocks[2], Block::Text("after".into()));
    }

    #[test]
    fn header_of_th_cells_without_thead() {
        let Block::Table(table) =
            &blocks("<table><tr><th>Status</th><th>Meaning</th></tr><tr><td>1</td><td>x</td></tr></table>").unwrap()[0]
        else {
            panic!()
        };
        assert_eq!(table.header, ["Status", "Meaning"]);
        assert_eq!(table.rows.len(), 1);
    }

    #[test]
    fn deep_pages_are_walked_without_recursion_up_to_the_limit() {
        let levels = depth::MAX_DEPTH - 5;
        let page = "<div>".repeat(levels) + "<h2>Errors</h2>" + &"</div>".repeat(levels);
        assert_eq!(blocks(&page).unwrap(), [Block::Text("Errors".into())]);
    }
}
