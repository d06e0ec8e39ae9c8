//! Fences the writer forgot to close: "```json" above an example and all the rest of the page.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};
use std::borrow::Cow;

/// The document with a fence it never closes closed where its example ends: "```json" above an
/// example and all the rest of the page, its error codes too, is a fence the writer forgot to
/// close, and what follows the example is the page's own text.
pub(super) fn fence_left_open_closed(text: &str) -> Cow<'_, str> {
    if !text.contains("```") && !text.contains("~~~") {
        return Cow::Borrowed(text);
    }
    // The last fenced block as CommonMark reads it (in a list item, a quotation, at any indent).
    let last = Parser::new(text).into_offset_iter().filter_map(|(event, range)| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => Some(range),
        _ => None,
    });
    let Some(block) = last.last() else { return Cow::Borrowed(text) };
    let source = &text[block.clone()];
    let opener_line = source.lines().next().unwrap_or_default();
    let opener = opener_line.trim_start();
    let mark = opener.chars().next().unwrap_or('`');
    let fence = &opener[..opener.len() - opener.trim_start_matches(mark).len()];
    let closed = source.lines().skip(1).last().is_some_and(|line| {
        let line = line.trim();
        line.starts_with(fence) && line.trim_start_matches(mark).is_empty()
    });
    if closed || block.end < text.trim_end().len() {
        return Cow::Borrowed(text);
    }
    let body = block.start + source.find('\n').map_or(source.len(), |n| n + 1);
    let indent = &opener_line[..opener_line.len() - opener.len()];
    // "```json", or a body that opens an object (not "[sync] starting" in a console's output):
    // it ends where its brackets close. Any other example ends where the page's own headings
    // go on ("## Error codes" after a `curl` line); a log with none after it stays the log.
    let info = opener[fence.len()..].trim().to_lowercase();
    let json = ["json", "json5", "jsonc", "js", "javascript"].contains(&info.as_str());
    let json = json || text[body..].trim_start().starts_with('{');
    let end = match json {
        true => example_end(&text[body..]),
        false => next_heading(&text[body..]),
    };
    match end {
        Some(end) => Cow::Owned(format!("{}{indent}{fence}\n{}", &text[..body + end], &text[body + end..])),
        None => Cow::Borrowed(text),
    }
}

/// Where the first line of `body` that is a heading ("## Error codes") starts.
fn next_heading(body: &str) -> Option<usize> {
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let hashes = line.len() - line.trim_start_matches('#').len();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// Where an example that opens with "{" or "[" ends: after the line its brackets close on.
fn example_end(body: &str) -> Option<usize> {
    if !body.trim_start().starts_with(['{', '[']) {
        return None;
    }
    let (mut depth, mut in_string, mut escaped, mut offset) = (0i64, false, false, 0);
    for line in body.split_inclusive('\n') {
        for c in line.chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                '{' | '[' if !in_string => depth += 1,
                '}' | ']' if !in_string => depth -= 1,
                _ => {}
            }
        }
        offset += line.len();
        // Closed on the page's last line, the example is all there is: nothing to close.
        if depth <= 0 {
            return line.ends_with('\n').then_some(offset);
        }
    }
    None
}
