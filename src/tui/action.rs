//! The messages into the browser's state ([`Action`]) and the side effects
//! that come out of it ([`Effect`]).

use super::finder::Fallback;
use crate::search::Hit;
use crossterm::event::KeyEvent;

/// What the terminal says: keys, pastes, the mouse, a new size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key press, read through the keymap in the state it was typed against:
    /// after every earlier key has been applied and its search answered.
    Key(KeyEvent),
    /// Text from the terminal's bracketed paste: always text, never keys.
    Paste(String),
    Click {
        column: u16,
        row: u16,
    },
    DoubleClick {
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
}

/// What work done aside (searches, copies, loading catalogues) answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// What the event loop's copy came to: `Ok(how)` or `Err(why not)`.
    Copied(Result<String, String>),
    /// How far some work aside has come (catalogues loading), for the status line.
    Progress(String),
    /// Work aside failed (catalogues that cannot be shown): why, for the status line.
    Failed(String),
    /// Catalogue `index` has this many rows (`None`: it cannot load).
    Counted { index: usize, rows: Option<usize> },
    /// Results of the search for `query`, best first; with none, the other catalogues' answer.
    SearchDone { query: String, hits: Vec<Hit>, elsewhere: Option<Fallback> },
}

/// What keys and clicks mean: the browser's commands.
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
    /// Types a character into the search box; from the panes, starts a search with it.
    SearchInput(char),
    /// In the keymap only: the key's own character, typed as [`Action::SearchInput`].
    TypeKey,
    /// Moves the search box's cursor or deletes around it.
    Edit(Edit),
    SearchAccept,
    /// Enter: the detail view, or in pick mode the chosen code.
    Choose,
    OpenDetail,
    /// Opens the catalogue picker.
    OpenCatalogues,
    /// Shows or hides the live preview of the selected code.
    TogglePreview,
    /// Opens the code's link in a web browser.
    OpenLink,
    /// Shows the catalogues the matches found elsewhere come from, keeping the search.
    ShowElsewhere,
    Copy(CopyTarget),
    ToggleHelp,
    /// Esc (and `q` over an overlay): close the overlay, else leave the search.
    Back,
    Quit,
    /// Ctrl-c: quit at once, as an interrupted program does.
    Interrupt,
    /// Ctrl-z: hand the terminal back to the shell until `fg`.
    Suspend,
}

/// Everything the browser's state takes: input, commands and replies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Input(Input),
    Command(Action),
    Reply(Reply),
}

impl From<Input> for Message {
    fn from(input: Input) -> Message {
        Message::Input(input)
    }
}

impl From<Action> for Message {
    fn from(action: Action) -> Message {
        Message::Command(action)
    }
}

impl From<Reply> for Message {
    fn from(reply: Reply) -> Message {
        Message::Reply(reply)
    }
}

impl Message {
    /// Whether the message reads the search's results (the rows, the
    /// selection, the focused pane), and so must wait for a search under way.
    pub fn needs_results(&self) -> bool {
        match self {
            Message::Input(Input::Paste(_) | Input::Resize { .. }) | Message::Reply(_) => false,
            Message::Input(_) => true,
            Message::Command(action) => !matches!(
                action,
                Action::StartSearch
                    | Action::SearchInput(_)
                    | Action::TypeKey
                    | Action::Edit(_)
                    | Action::ToggleHelp
                    | Action::Back
                    | Action::Quit
                    | Action::Interrupt
                    | Action::Suspend
            ),
        }
    }

    /// Whether the message comes from the user, and so takes its turn after
    /// the user's earlier ones.
    pub fn is_input(&self) -> bool {
        !matches!(self, Message::Input(Input::Resize { .. }) | Message::Reply(_) | Message::Command(Action::Interrupt))
    }
}

/// Line editing in the search box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Left,
    Right,
    Home,
    End,
    WordLeft,
    WordRight,
    DeleteBack,
    DeleteForward,
    DeleteWordBack,
    DeleteToStart,
    DeleteToEnd,
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

/// What pick mode prints of the chosen code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Code,
    Description,
    /// "404 Not Found: The server could not find the requested page."
    Line,
    /// The first language constant the table has for it (Rust, Go, Python).
    Constant,
}

impl Pick {
    /// What pick mode prints, in words.
    pub fn printed(self) -> &'static str {
        match self {
            Pick::Code => "the code",
            Pick::Description => "the description",
            Pick::Line => "the line",
            Pick::Constant => "the constant",
        }
    }
}

/// How the browser ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// Ctrl-c.
    Interrupted,
    /// Pick mode: the chosen field.
    Picked(String),
    /// Pick mode: left without choosing.
    Cancelled,
}

/// Side effects leave `update` as values; the event loop performs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    End(Ending),
    Copy {
        text: String,
        what: String,
    },
    /// Search the table for this query and answer with [`Action::SearchDone`].
    Search(String),
    Suspend,
    /// Show these catalogues (or `all`) instead of the current ones.
    ShowCatalogues(Vec<String>),
    /// Count the rows of every catalogue, for the picker.
    CountCatalogues,
    /// Open the link of `code` in a web browser, or copy it where none can open.
    Open {
        url: String,
        code: String,
    },
}
