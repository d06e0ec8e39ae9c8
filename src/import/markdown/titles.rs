//! "#### INVE-E2" over "**Wrong Invoke Path**", a paragraph of its own: the bold line names
//! the code its heading gives, where every heading of a code has such a line of its own. A bold
//! line some share ("**Kritischer Fehler**", "**HTTP 400**") is a kind or a note, and one
//! under a single code ("**Deprecated since v3.**") a remark: each stays part of the text.

use crate::import::Block;

/// Fewer titled codes are remarks on them, not the page's way of naming its codes.
const AT_LEAST: usize = 3;

/// The blocks, with each title at `titles` (a bold paragraph right under a heading) a name
/// ([`Block::Lead`]) when the titles are the names of the codes their headings give.
pub(super) fn titles_named(mut blocks: Vec<Block>, titles: &[usize]) -> Vec<Block> {
    // "## 1001", "#### INVE-E2": a heading that is a code alone; "## Successful results" is no code.
    let under_code =
        |at: usize| matches!(&blocks[at - 1], Block::Heading(h) if !h.trim().contains(char::is_whitespace));
    let text = |at: usize| match &blocks[at] {
        Block::Text(title) => Some(title.clone()),
        _ => None,
    };
    let named: Vec<(usize, String)> =
        titles.iter().filter(|&&at| at > 0 && under_code(at)).filter_map(|&at| Some((at, text(at)?))).collect();
    let distinct = crate::import::all_distinct(named.iter().map(|(_, title)| title));
    // A sentence ("**Deprecated: no longer returned.**") remarks on a code; a name does not end so.
    let names = named.iter().all(|(_, title)| !title.trim_end().ends_with(['.', ':', '!']));
    if named.len() >= AT_LEAST && distinct && names && named.len() == titles.len() {
        for (at, title) in named {
            blocks[at] = Block::Lead(title);
        }
    }
    blocks
}

/// "**Security and Permission**" alone over a list of codes ("- 610: You are not logged in"),
/// after another ("- 600: Wrong api key"): the label of the list after it, as a heading is, not
/// more of the code above.
pub(super) fn labels_over_lists(mut blocks: Vec<Block>, labels: &[usize]) -> Vec<Block> {
    for &at in labels {
        let opens_list =
            matches!(blocks.get(at + 1), Some(Block::Text(next)) if crate::import::lists::opens_entry(next));
        if let (Block::Text(label), true) = (&blocks[at], opens_list) {
            blocks[at] = Block::Heading(label.clone());
        }
    }
    blocks
}
