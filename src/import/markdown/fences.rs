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

/// The document with each "```json" block that runs on past its object's closing bracket into
/// the page's headings closed where the object ends: a fence the writer forgot to close amid the
/// page, whose next fence would otherwise open its text as code and close an example as text.
pub(super) fn json_left_open_closed(text: &str) -> Cow<'_, str> {
    if !text.contains("```") {
        return Cow::Borrowed(text);
    }
    let mut text = Cow::Borrowed(text);
    // Each fence closed makes the next one read as its writer meant; a page has few.
    for _ in 0..16 {
        let Some(at) = open_json_end(&text) else { break };
        let closed = format!("{}```\n{}", &text[..at], &text[at..]);
        text = Cow::Owned(closed);
    }
    text
}

/// Where the first JSON block that runs past its object into a heading should be closed.
fn open_json_end(text: &str) -> Option<usize> {
    let blocks = Parser::new(text).into_offset_iter().filter_map(|(event, range)| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => Some((info.to_lowercase(), range)),
        _ => None,
    });
    for (info, range) in blocks {
        let source = &text[range.clone()];
        // Only a block opened with three backticks at the start of a line: nested or indented ones are their own.
        if !source.starts_with("```\n") && !source.starts_with("```json") && !source.starts_with("```js") {
            continue;
        }
        let json = ["json", "json5", "jsonc"].contains(&info.trim());
        let body = range.start + source.find('\n')? + 1;
        let inner = &text[body..range.end];
        if !(json || inner.trim_start().starts_with('{')) {
            continue;
        }
        let Some(end) = example_end(inner) else { continue };
        if next_heading(&inner[end..]).is_some() {
            return Some(body + end);
        }
    }
    None
}
