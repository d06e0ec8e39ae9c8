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

/// A failed write to stdout, saying so; its kind is kept, so a closed pipe is still told apart.
pub fn output_error(err: io::Error) -> io::Error {
    io::Error::new(err.kind(), format!("cannot write output: {err}"))
}

/// clap's help, version or usage error. A usage error quotes the arguments,
/// so when one holds anything unsafe to show, the message goes out as plain
/// cleaned text rather than as clap would print it (styles and all).
/// Whether it was help or version (shown on stdout) rather than a usage error.
pub fn clap_message(err: &clap::Error) -> io::Result<bool> {
    if !err.use_stderr() {
        // Help and version quote no input: printed as clap prints them, but a failed write is an error.
        err.print().map_err(output_error)?;
        return Ok(true);
    }
    let safe = |arg: &std::ffi::OsString| arg.to_str().is_some_and(|arg| line(arg) == arg);
    if std::env::args_os().all(|arg| safe(&arg)) {
        let _ = err.print();
    } else {
        write_stderr(&lines(&err.render().to_string()));
    }
    Ok(false)
}

#[cfg(test)]
mod tests;
