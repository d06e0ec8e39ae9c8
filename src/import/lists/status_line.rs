//! "## Bad request {#bad_request}" over "**HTTP 400** · `bad_request`": a heading that names
//! no code, over a line of the status it is answered with and its code, heads that code.

use super::entry::heading_code;
use crate::import::cells::{http_status, snake_name, written_as_identifier};
use crate::import::Block;

/// The blocks with each such heading naming its code, and the line of it dropped.
pub(super) fn codes_under_headings(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut blocks = blocks.into_iter().peekable();
    while let Some(block) = blocks.next() {
        let raised = match (&block, blocks.peek()) {
            (Block::Heading(name), Some(Block::Text(line))) if heading_code(name).is_none() => {
                status_line(line).map(|code| Block::Heading(format!("{} [{code}]", without_anchor(name))))
            }
            _ => None,
        };
        match raised {
            Some(heading) => {
                blocks.next();
                out.push(heading);
            }
            None => out.push(block),
        }
    }
    out
}

/// The code of a line "HTTP 400 · bad_request" (or "bad_request · HTTP 400"), and nothing else.
fn status_line(line: &str) -> Option<&str> {
    let parts: Vec<&str> = line.split(['·', '•', '|', '—', '–']).map(str::trim).collect();
    let [first, second] = parts[..] else { return None };
    let status = |part: &str| part.strip_prefix("HTTP").is_some_and(|n| http_status(n.trim()).is_some());
    let code = |part: &str| written_as_identifier(part) || snake_name(part) && part.len() >= 3;
    match (status(first), status(second)) {
        (true, false) if code(second) => Some(second),
        (false, true) if code(first) => Some(first),
        _ => None,
    }
}

/// "Bad request {#bad_request}" → "Bad request": a kramdown or Mintlify anchor is no words.
pub(super) fn without_anchor(heading: &str) -> &str {
    let heading = heading.trim_end();
    match heading.rfind("{#") {
        Some(at) if heading.ends_with('}') => heading[..at].trim_end(),
        _ => heading,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_status_and_code_under_a_heading_names_its_code() {
        let blocks = vec![
            Block::Heading("Bad request {#bad_request}".into()),
            Block::Text("HTTP 400 · bad_request".into()),
            Block::Text("The request failed validation.".into()),
        ];
        let raised = codes_under_headings(blocks);
        assert_eq!(raised[0], Block::Heading("Bad request [bad_request]".into()));
        assert_eq!(raised[1], Block::Text("The request failed validation.".into()));
        assert_eq!(raised.len(), 2);
    }

    #[test]
    fn other_lines_under_headings_stay() {
        for line in ["HTTP 400", "See HTTP 400 · bad_request", "HTTP 400 · Bad request", "HTTP 400 · a · b"] {
            let blocks = vec![Block::Heading("Bad request".into()), Block::Text(line.into())];
            assert_eq!(codes_under_headings(blocks.clone()), blocks, "{line}");
        }
    }

    #[test]
    fn anchors_are_no_words() {
        assert_eq!(without_anchor("Bad request {#bad_request}"), "Bad request");
        assert_eq!(without_anchor("Sets {a, b}"), "Sets {a, b}");
    }
}
