//! The one way messages reach the user. Messages quote input (a table's
//! keys, a page's cells, file names, queries), so every line written to
//! stderr, and every status the browser shows, is cleaned here first: no
//! control character, escape sequence, direction override or byte order mark
//! gets through. Writing never panics: a closed or full stderr loses the
//! message, never the exit status.

use crate::sanitize::clean;
use std::fmt::Display;
use std::io::{self, Write};

/// `message` as one line safe to show (see [`crate::sanitize::clean`]).
pub fn line(message: impl Display) -> String {
    clean(&message.to_string()).into_owned()
}

/// Each line of `text` made safe to show, the line breaks kept.
pub fn lines(text: &str) -> String {
    text.split('\n').map(clean).collect::<Vec<_>>().join("\n")
}

/// Writes "httpref: `message`" on stderr, as one clean line.
pub fn report(message: impl Display) {
    write_stderr(&format!("httpref: {}\n", line(message)));
}

/// Writes `text` on stderr as it is (callers clean it), ignoring failure.
pub fn write_stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests;
