//! "#### INVE-E2" over "**Wrong Invoke Path**", a paragraph of its own: the bold line names
//! the code its heading gives. The same bold line under several headings ("**Kritischer
//! Fehler**") is a kind the codes share, and stays part of what each one says.

use crate::import::Block;
use std::collections::HashMap;

/// The blocks, with each title at `titles` a name ([`Block::Lead`]) when no other title
/// repeats it, else a text.
pub(super) fn titles_named(mut blocks: Vec<Block>, titles: &[usize]) -> Vec<Block> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for &at in titles {
        if let Block::Text(title) = &blocks[at] {
            *seen.entry(title.clone()).or_default() += 1;
        }
    }
    for &at in titles {
        if let Block::Text(title) = &blocks[at] {
            if seen[title] == 1 {
                blocks[at] = Block::Lead(title.clone());
            }
        }
    }
    blocks
}
