//! Fences the writer forgot to close: "```json" above an example and all the rest of the page.

use std::borrow::Cow;

/// The document without the opening of a fence it never closes: "```json" above an example and
/// all the rest of the page, its error codes too, is a fence the writer forgot to close, and
/// what follows the example is the page's own text.
pub(super) fn fence_left_open_dropped(text: &str) -> Cow<'_, str> {
    let mut open: Option<(usize, &str)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let run = |c: char| trimmed.len() - trimmed.trim_start_matches(c).len();
        let (ticks, tildes) = (run('`'), run('~'));
        // "```Status: 500 ```" is code within a line: a fence of backticks has none after it.
        let fence = match (ticks >= 3, tildes >= 3) {
            (true, _) if !trimmed[ticks..].contains('`') => Some(&trimmed[..ticks]),
            (_, true) => Some(&trimmed[..tildes]),
            _ => None,
        };
        match (open, fence) {
            (None, Some(fence)) if indent <= 3 => open = Some((offset, fence)),
            // Closed by a run of the same mark, as long at least, and nothing after it.
            (Some((_, opener)), Some(fence))
                if fence.starts_with(&opener[..1])
                    && fence.len() >= opener.len()
                    && trimmed[fence.len()..].trim().is_empty() =>
            {
                open = None
            }
            _ => {}
        }
        offset += line.len();
    }
    let Some((at, opener)) = open else { return Cow::Borrowed(text) };
    let body = text[at..].find('\n').map_or(text.len(), |n| at + n + 1);
    // An example of JSON ends where its braces close: the fence is closed there.
    match example_end(&text[body..]) {
        Some(end) => Cow::Owned(format!("{}{opener}\n{}", &text[..body + end], &text[body + end..])),
        None => Cow::Owned(format!("{}{}", &text[..at], &text[body..])),
    }
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
