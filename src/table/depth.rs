//! A quick look for nesting deeper than any table needs, before the TOML
//! parser sees the text: `a = [[[[…` or `{a={a={…` thousands deep, or a key
//! of thousands of parts (`a.a.a…`, which the parser refuses without saying
//! where). Such a file is refused at the place the limit is crossed.

/// Tables need three levels (`normal = [{ … }]`); the TOML parser stops at 80.
pub(super) const MAX_DEPTH: usize = 64;

/// The byte offset where `text` first nests deeper than [`MAX_DEPTH`]:
/// arrays and inline tables inside each other, or the parts of a dotted key
/// (`a.b.c = …`, `[a.b.c]`). Strings and comments are skipped.
pub(super) fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Open brackets and braces, innermost last.
    let mut open: Vec<u8> = Vec::new();
    // Whether a key may stand here (a line's start outside any bracket, or
    // after `{` or `,` in an inline table), and how many parts it has so far.
    let mut in_key = true;
    let mut key_parts = 1;
    let mut in_header = false;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' | b'\'' => {
                at = string_end(bytes, at);
                continue;
            }
            b'#' => {
                at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
                continue;
            }
            b'\n' if open.is_empty() => (in_key, key_parts) = (true, 1),
            b'[' if open.is_empty() && in_key => {
                (in_header, key_parts) = (true, 1);
                open.push(b'[');
            }
            b'[' => {
                open.push(b'[');
                in_key &= in_header;
            }
            b'{' => {
                open.push(b'{');
                (in_key, key_parts) = (true, 1);
            }
            b']' | b'}' => {
                open.pop();
                if open.is_empty() && in_header {
                    (in_header, in_key) = (false, false);
                }
            }
            b',' if open.last() == Some(&b'{') => (in_key, key_parts) = (true, 1),
            b'=' => in_key = false,
            b'.' if in_key => key_parts += 1,
            _ => {}
        }
        if open.len() > MAX_DEPTH || key_parts > MAX_DEPTH {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Where the string starting at `start` (a quote) ends: past its closing
/// quote, or at the end of its line (or of the text) if it is not closed.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let multi_line = bytes[start..].starts_with(&[quote; 3]);
    let mut at = start + if multi_line { 3 } else { 1 };
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if quote == b'"' => at += 1,
            b'\n' if !multi_line => return at,
            b if b == quote && !multi_line => return at + 1,
            b if b == quote && bytes[at..].starts_with(&[quote; 3]) => {
                // Up to two quotes may end the text before the closing three.
                let run = bytes[at..].iter().take_while(|&&b| b == quote).count();
                return at + run;
            }
            _ => {}
        }
        at += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests;
