//! MDX components ("<Card title="200 OK">", "<Accordion title="INVALID_QUOTE">") set apart
//! from the Markdown they hold: MDX renders that Markdown, where CommonMark would take a tag
//! and the lines under it for one block of raw HTML, and indented lines for code.

use std::borrow::Cow;

/// The document with each line that is a component's tag alone set apart by blank lines, and
/// the lines inside a component unindented by as much as its first line is.
pub(super) fn components_apart(text: &str) -> Cow<'_, str> {
    if !text.lines().any(|line| component_tag(line).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    // The indentation taken off inside each open component, innermost last.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        let fence = line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~");
        // Spaces and tabs only: an ideographic space is text, and cutting it would split a character.
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        // "    <Error>" outside any component: a line of an indented example, no tag.
        let in_example = open.is_empty() && indent >= 4;
        match component_tag(line).filter(|_| !fenced && !in_example) {
            Some(tag) => {
                match tag {
                    Tag::Open => open.push(None),
                    Tag::Close => drop(open.pop()),
                    Tag::Alone => {}
                }
                out.push('\n');
                out.push_str(line.trim());
                out.push_str("\n\n");
            }
            None => {
                let taken = match open.last_mut() {
                    Some(taken) if !line.trim().is_empty() => *taken.get_or_insert(indent),
                    _ => 0,
                };
                out.push_str(&line[indent.min(taken)..]);
                out.push('\n');
            }
        }
        fenced ^= fence;
    }
    Cow::Owned(out)
}

enum Tag {
    Open,
    Close,
    /// "<Card title="…" />": opens and closes.
    Alone,
}

/// A line that is a component's tag and nothing else: a capitalised name, as JSX writes
/// components ("<AccordionGroup>", "</Card>"); HTML's own tags are written in lower case.
fn component_tag(line: &str) -> Option<Tag> {
    let tag = line.trim().strip_prefix('<')?.strip_suffix('>')?;
    let (closing, tag) = match tag.strip_prefix('/') {
        Some(name) => (true, name),
        None => (false, tag),
    };
    let name_end = tag.find(|c: char| !c.is_ascii_alphanumeric() && c != '.').unwrap_or(tag.len());
    let name = &tag[..name_end];
    let rest = &tag[name_end..];
    let named = name.starts_with(|c: char| c.is_ascii_uppercase());
    if !named || !(rest.is_empty() || rest.starts_with(char::is_whitespace) || rest == "/") || tag.contains(['<', '>'])
    {
        return None;
    }
    Some(match (closing, rest.trim_end().ends_with('/')) {
        (true, _) => Tag::Close,
        (false, true) => Tag::Alone,
        (false, false) => Tag::Open,
    })
}
