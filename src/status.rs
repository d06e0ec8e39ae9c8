//! The exit statuses, as the README documents them.

use crate::tui::action::Ending;
use crate::tui::event_loop::Exit;

pub const FOUND: u8 = 0;
/// Nothing matched (or, for `import`, no table of codes; for `--pick`, nothing picked).
pub const NOT_FOUND: u8 = 1;
/// A usage error or bad input.
pub const BAD_INPUT: u8 = 2;
/// Found, but the copy asked for could not be made.
pub const COPY_FAILED: u8 = 3;
/// Ctrl-c in the browser, as shells report SIGINT.
pub const INTERRUPTED: u8 = 130;

/// The exit status for how the browser ended, and the text a pick prints.
pub fn of_browser(exit: Exit) -> (u8, Option<String>) {
    match exit {
        Exit::Ended(Ending::Quit) => (FOUND, None),
        Exit::Ended(Ending::Interrupted) => (INTERRUPTED, None),
        // As shells report a process a signal ended.
        Exit::Signal(number) => (u8::try_from(128 + number).unwrap_or(1), None),
        Exit::Ended(Ending::Picked(text)) => (FOUND, Some(text)),
        Exit::Ended(Ending::Cancelled) => (NOT_FOUND, None),
    }
}

#[cfg(test)]
mod tests;
