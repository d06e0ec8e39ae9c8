//! The messages into the browser's state ([`Action`]) and the side effects
//! that come out of it ([`Effect`]).

use crate::search::Hit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    NextPane,
    PrevPane,
    StartSearch,
    SearchInput(char),
    SearchBackspace,
    SearchDeleteWord,
    SearchClear,
    SearchAccept,
    OpenDetail,
    Copy(CopyTarget),
    ToggleHelp,
    Back,
    Quit,
    Click {
        column: u16,
        row: u16,
    },
    Scroll {
        column: u16,
        row: u16,
        down: bool,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// What the event loop's copy came to: `Ok(how)` or `Err(why not)`.
    Copied(Result<String, String>),
    /// Results of the search for `query`, best first.
    SearchDone {
        query: String,
        hits: Vec<Hit>,
    },
}

/// What to copy from the selected code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyTarget {
    Description,
    /// "404 Not Found: The server could not find the requested page."
    Line,
    /// The first language constant the table has for it (Rust, Go, Python).
    Constant,
}

/// Side effects leave `update` as values; the event loop performs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Copy {
        text: String,
        what: String,
    },
    /// Search the table for this query and answer with [`Action::SearchDone`].
    Search(String),
}
