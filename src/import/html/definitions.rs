//! Definition lists (`<dl>`) read as tables: each term and what its definitions say; the
//! values of an enum as Sphinx documents them, nested in its definition.

use super::marks::lead;
use super::{cell_text, Budget};
use crate::import::depth::TooMuch;
use crate::import::{Cell, RawTable};
use scraper::ElementRef;
/// "<dl class="cpp enum"><dt>enum ErrorCode</dt><dd><p>Values:</p><dl><dt>CEPTON_SUCCESS</dt>…":
/// a definition whose definitions are lists of their own, as Sphinx documents an enum's
/// values: those lists, each item an entry.
pub(super) fn nested_entries(list: ElementRef) -> Option<Vec<ElementRef>> {
    // One term over them, the enum; terms of their own ("400", "404") are the entries themselves.
    let terms = list.children().filter_map(ElementRef::wrap).filter(|c| c.value().name() == "dt").count();
    if terms != 1 {
        return None;
    }
    let definitions = list.children().filter_map(ElementRef::wrap).filter(|c| c.value().name() == "dd");
    let inner: Vec<ElementRef> = definitions
        .flat_map(|dd| dd.children().filter_map(ElementRef::wrap).filter(|c| c.value().name() == "dl"))
        .filter(|inner| !documents_program_parts(*inner))
        .collect();
    (inner.len() >= 2).then_some(inner)
}

/// `<dl class="cpp class">`, `<dl class="py function">`: a program's parts as Sphinx documents
/// them, no codes; its enums' values and exceptions may be.
pub(super) fn documents_program_parts(list: ElementRef) -> bool {
    const PARTS: &[&str] = &[
        "class",
        "function",
        "type",
        "method",
        "member",
        "attribute",
        "struct",
        "union",
        "macro",
        "var",
        "property",
        "classmethod",
        "staticmethod",
        "data",
        "module",
        "concept",
    ];
    let classes = || list.value().classes();
    let domain = classes().any(|c| matches!(c, "c" | "cpp" | "py" | "js" | "rb" | "php"));
    // `<dl class="http get">` and its `<dl class="field-list">`: an endpoint and its fields
    // ("Status Codes: 200 OK – …"), lists to read as the page writes them.
    let endpoint = classes().any(|c| matches!(c, "http" | "field-list"));
    domain && classes().any(|kind| PARTS.contains(&kind)) || endpoint
}

/// One table of the items of every list in `lists`.
pub(super) fn entries_table(lists: &[ElementRef], budget: &mut Budget) -> Result<RawTable, TooMuch> {
    let mut table = RawTable::default();
    for list in lists {
        table.rows.extend(definition_list(*list, budget)?.rows);
    }
    Ok(table)
}

/// A definition list read as a table without a header: each term ("400 Bad
/// Request"), and what its definitions say.
pub(super) fn definition_list(element: ElementRef, budget: &mut Budget) -> Result<RawTable, TooMuch> {
    let mut table = RawTable::default();
    // HTML lets a <div> wrap each term with its definitions.
    let items = element.children().filter_map(ElementRef::wrap).flat_map(|child| match child.value().name() {
        "div" => child.children().filter_map(ElementRef::wrap).collect(),
        _ => vec![child],
    });
    // Terms listed together ("<dt>400</dt><dt>422</dt><dd>…") share the definitions after them.
    let mut terms_from = 0;
    let mut defined = false;
    for item in items {
        let text = cell_text(item);
        match item.value().name() {
            "dt" => {
                if defined {
                    terms_from = table.rows.len();
                    defined = false;
                }
                let term = Cell { lead: None, ..Cell::plain(signature_name(item).unwrap_or(text)) };
                budget.take(&term)?;
                table.rows.push(vec![term, Cell::default()]);
            }
            "dd" => {
                defined = true;
                for row in table.rows.iter_mut().skip(terms_from) {
                    let definition = &mut row[1];
                    budget.take(&Cell::plain(text.as_str()))?;
                    if definition.text.is_empty() {
                        definition.lead = lead(item, &text);
                        definition.text = text.clone();
                    } else if !text.is_empty() {
                        definition.text = format!("{} {text}", definition.text);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(table)
}

/// "<em class="property">enumerator </em><code class="sig-name descname">CEPTON_SUCCESS</code>¶":
/// the name a Sphinx signature documents, without its kind and its link mark.
fn signature_name(term: ElementRef) -> Option<String> {
    let named = |e: &ElementRef| e.value().classes().any(|c| c == "descname" || c == "sig-name");
    let name = term.descendants().filter_map(ElementRef::wrap).find(named)?;
    let text = cell_text(name);
    (!text.is_empty()).then_some(text)
}
