//! An enum's members set out one under each heading, as documentation generators write them.

use super::AT_LEAST;
use crate::import::Block;

/// "### BadRequest" over "BadRequest: 400": an enum's members, each under its own heading, their
/// numbers the codes; the headings name them, as "400 BadRequest" would.
pub(super) fn valued(blocks: Vec<Block>) -> Vec<Block> {
    let valued = |heading: &Block, next: &Block| match (heading, next) {
        (Block::Heading(name), Block::Text(text)) => assigned(name.trim(), text),
        _ => None,
    };
    let members = blocks.windows(2).filter(|pair| valued(&pair[0], &pair[1]).is_some()).count();
    if members < AT_LEAST {
        return blocks;
    }
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        if let Some(value) = out.last().and_then(|last| valued(last, &block)) {
            if let Some(Block::Heading(name)) = out.last_mut() {
                *name = format!("{value} {}", name.trim());
            }
            continue;
        }
        out.push(block);
    }
    out
}

/// The number `line` gives the member `name` ("BadRequest: 400" gives "400").
fn assigned(name: &str, line: &str) -> Option<String> {
    let (member, value) = line.trim().split_once(": ")?;
    (member.trim() == name && crate::import::cells::whole_number(value.trim())).then(|| value.trim().to_string())
}
