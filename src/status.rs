//! The exit statuses, as the README documents them.

pub const FOUND: u8 = 0;
/// Nothing matched (or, for `import`, no table of codes; for `--pick`, nothing picked).
pub const NOT_FOUND: u8 = 1;
/// A usage error or bad input.
pub const BAD_INPUT: u8 = 2;
/// Found, but the copy asked for could not be made.
pub const COPY_FAILED: u8 = 3;
/// Ctrl-c in the browser, as shells report SIGINT.
pub const INTERRUPTED: u8 = 130;
