//! Keys → actions, per scope, from one table that also feeds the help screen,
//! the status line's hints and the real-terminal test of every binding, so
//! they never drift apart.

use super::action::{Action, CopyTarget, Edit};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies: what the screen shows when the key arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Browsing the panes.
    Browse,
    /// Typing in the search box.
    Search,
    /// Reading a code's detail view.
    Detail,
    /// Reading the help.
    Help,
    /// Choosing the catalogues shown.
    Picker,
}

pub const ALL: &[Scope] = &[Scope::Browse, Scope::Search, Scope::Detail, Scope::Help, Scope::Picker];
const PICKER: &[Scope] = &[Scope::Picker];
const PANES: &[Scope] = &[Scope::Browse, Scope::Search];
const OVERLAYS: &[Scope] = &[Scope::Detail, Scope::Help];
const BROWSE: &[Scope] = &[Scope::Browse];
const SEARCH: &[Scope] = &[Scope::Search];
const DETAIL: &[Scope] = &[Scope::Detail];
const BROWSE_DETAIL: &[Scope] = &[Scope::Browse, Scope::Detail];

/// What a binding is for, as the help groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    Move,
    Search,
    Read,
    Copy,
    Catalogues,
    Quit,
}

pub struct Binding {
    pub task: Task,
    pub scopes: &'static [Scope],
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub action: Action,
    /// How the keys are written on the help screen.
    pub label: &'static str,
    pub help: &'static str,
    /// Short name for the status line's hints, if the binding earns a place there.
    pub hint: Option<&'static str>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const ALT: KeyModifiers = KeyModifiers::ALT;

const fn key(c: char) -> (KeyCode, KeyModifiers) {
    (KeyCode::Char(c), NONE)
}

const fn ctrl(c: char) -> (KeyCode, KeyModifiers) {
    (KeyCode::Char(c), CTRL)
}

const fn alt(c: char) -> (KeyCode, KeyModifiers) {
    (KeyCode::Char(c), ALT)
}

const fn code(code: KeyCode) -> (KeyCode, KeyModifiers) {
    (code, NONE)
}

const fn bind(
    scopes: &'static [Scope],
    keys: &'static [(KeyCode, KeyModifiers)],
    action: Action,
    label: &'static str,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    let task = task_of(&action, scopes);
    Binding { task, scopes, keys, action, label, help, hint }
}

/// The task an action serves where it is bound.
const fn task_of(action: &Action, scopes: &[Scope]) -> Task {
    let in_picker = matches!(scopes, [Scope::Picker]);
    match action {
        _ if in_picker && !matches!(action, Action::Up | Action::Down | Action::Top | Action::Bottom) => {
            Task::Catalogues
        }
        Action::Up
        | Action::Down
        | Action::Top
        | Action::Bottom
        | Action::PageUp
        | Action::PageDown
        | Action::HalfPageUp
        | Action::HalfPageDown
        | Action::NextPane
        | Action::PrevPane => Task::Move,
        Action::StartSearch | Action::SearchInput(_) | Action::TypeKey | Action::Edit(_) | Action::SearchAccept => {
            Task::Search
        }
        Action::Back if matches!(scopes, [Scope::Browse] | [Scope::Search]) => Task::Search,
        Action::Choose
        | Action::OpenDetail
        | Action::ToggleHelp
        | Action::TogglePreview
        | Action::OpenLink
        | Action::Back => Task::Read,
        Action::Copy(_) => Task::Copy,
        Action::OpenCatalogues | Action::ShowElsewhere => Task::Catalogues,
        Action::Quit | Action::Interrupt | Action::Suspend => Task::Quit,
    }
}

/// Enter, and the line feed that some terminals send for the keypad's Enter
/// (tmux does), which raw mode reads as Ctrl-j.
const ENTER: &[(KeyCode, KeyModifiers)] = &[code(KeyCode::Enter), ctrl('j')];

const DIGITS: &[(KeyCode, KeyModifiers)] =
    &[key('0'), key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7'), key('8'), key('9')];

pub static BINDINGS: &[Binding] = &[
    // Browsing the panes.
    bind(BROWSE, &[key('j'), code(KeyCode::Down)], Action::Down, "j ↓", "down", None),
    bind(BROWSE, &[key('k'), code(KeyCode::Up)], Action::Up, "k ↑", "up", None),
    bind(BROWSE, &[key('g'), code(KeyCode::Home)], Action::Top, "g Home", "first", None),
    bind(BROWSE, &[key('G'), code(KeyCode::End)], Action::Bottom, "G End", "last", None),
    bind(BROWSE, &[ctrl('d')], Action::HalfPageDown, "Ctrl-d", "half page down", None),
    bind(BROWSE, &[ctrl('u')], Action::HalfPageUp, "Ctrl-u", "half page up", None),
    bind(BROWSE, &[key('l'), code(KeyCode::Right)], Action::NextPane, "l →", "next pane", None),
    bind(BROWSE, &[key('h'), code(KeyCode::Left)], Action::PrevPane, "h ←", "previous pane", None),
    bind(BROWSE, &[key('/')], Action::StartSearch, "/", "search", Some("search")),
    bind(BROWSE, DIGITS, Action::TypeKey, "0-9", "type a code", None),
    bind(BROWSE, ENTER, Action::Choose, "Enter", "details (--pick: choose)", Some("details")),
    bind(BROWSE, &[key('i')], Action::OpenDetail, "i", "details, --pick too", None),
    bind(BROWSE, &[key('p')], Action::TogglePreview, "p", "preview beside", None),
    bind(BROWSE_DETAIL, &[key('o')], Action::OpenLink, "o", "open the link", None),
    bind(DETAIL, ENTER, Action::Choose, "Enter", "details (--pick: choose)", None),
    bind(BROWSE_DETAIL, &[key('y')], Action::Copy(CopyTarget::Description), "y", "copy the description", Some("copy")),
    bind(BROWSE_DETAIL, &[key('Y')], Action::Copy(CopyTarget::Line), "Y", "copy the line", None),
    bind(BROWSE_DETAIL, &[key('c')], Action::Copy(CopyTarget::Constant), "c", "copy the constant", None),
    bind(BROWSE, &[key('?')], Action::ToggleHelp, "?", "help", Some("help")),
    bind(BROWSE, &[key('C')], Action::OpenCatalogues, "C", "pick catalogues", None),
    bind(BROWSE, &[code(KeyCode::Esc)], Action::Back, "Esc", "clear search", None),
    bind(BROWSE, &[key('q')], Action::Quit, "q", "quit", Some("quit")),
    // Both panes, browsing or searching.
    bind(PANES, &[code(KeyCode::Tab)], Action::NextPane, "Tab", "next pane", Some("pane")),
    bind(PANES, &[code(KeyCode::BackTab)], Action::PrevPane, "Shift-Tab", "previous pane", None),
    bind(PANES, &[code(KeyCode::PageDown)], Action::PageDown, "PgDn", "page down", None),
    bind(PANES, &[code(KeyCode::PageUp)], Action::PageUp, "PgUp", "page up", None),
    bind(PANES, &[ctrl('o')], Action::ShowElsewhere, "Ctrl-o", "show where matches are from", None),
    // The search box: an editable line.
    bind(
        SEARCH,
        &[code(KeyCode::Enter), ctrl('j'), code(KeyCode::Down)],
        Action::SearchAccept,
        "Enter ↓",
        "keep results",
        Some("keep"),
    ),
    bind(SEARCH, &[ctrl('n')], Action::Down, "Ctrl-n", "down", None),
    bind(SEARCH, &[ctrl('p'), code(KeyCode::Up)], Action::Up, "Ctrl-p ↑", "up", None),
    bind(SEARCH, &[code(KeyCode::Esc)], Action::Back, "Esc", "clear search", Some("back")),
    bind(SEARCH, &[code(KeyCode::Left)], Action::Edit(Edit::Left), "←", "cursor left", None),
    bind(SEARCH, &[code(KeyCode::Right)], Action::Edit(Edit::Right), "→", "cursor right", None),
    bind(SEARCH, &[code(KeyCode::Home), ctrl('a')], Action::Edit(Edit::Home), "Home Ctrl-a", "line start", None),
    bind(SEARCH, &[code(KeyCode::End), ctrl('e')], Action::Edit(Edit::End), "End Ctrl-e", "line end", None),
    bind(SEARCH, &[alt('b')], Action::Edit(Edit::WordLeft), "Alt-b", "word left", None),
    bind(SEARCH, &[alt('f')], Action::Edit(Edit::WordRight), "Alt-f", "word right", None),
    bind(
        SEARCH,
        &[code(KeyCode::Backspace), ctrl('h')],
        Action::Edit(Edit::DeleteBack),
        "Backspace",
        "delete back",
        None,
    ),
    bind(SEARCH, &[code(KeyCode::Delete)], Action::Edit(Edit::DeleteForward), "Delete", "delete forward", None),
    bind(SEARCH, &[ctrl('w')], Action::Edit(Edit::DeleteWordBack), "Ctrl-w", "delete word", None),
    bind(SEARCH, &[ctrl('u')], Action::Edit(Edit::DeleteToStart), "Ctrl-u", "delete to start", None),
    bind(SEARCH, &[ctrl('k')], Action::Edit(Edit::DeleteToEnd), "Ctrl-k", "delete to end", None),
    // The detail view and the help, as in less.
    bind(OVERLAYS, &[key('j'), code(KeyCode::Down)], Action::Down, "j ↓", "down", None),
    bind(OVERLAYS, &[key('k'), code(KeyCode::Up)], Action::Up, "k ↑", "up", None),
    bind(OVERLAYS, &[key('g'), code(KeyCode::Home)], Action::Top, "g Home", "first", None),
    bind(OVERLAYS, &[key('G'), code(KeyCode::End)], Action::Bottom, "G End", "last", None),
    bind(
        OVERLAYS,
        &[code(KeyCode::PageDown), key(' '), ctrl('d')],
        Action::PageDown,
        "PgDn Space Ctrl-d",
        "page down",
        None,
    ),
    bind(OVERLAYS, &[code(KeyCode::PageUp), ctrl('u')], Action::PageUp, "PgUp Ctrl-u", "page up", None),
    bind(OVERLAYS, &[key('q'), code(KeyCode::Esc)], Action::Back, "q Esc", "close", Some("close")),
    bind(DETAIL, &[key('?')], Action::ToggleHelp, "?", "help", Some("help")),
    bind(&[Scope::Help], &[key('?')], Action::ToggleHelp, "?", "help", None),
    // The catalogue picker.
    bind(PICKER, &[key('j'), code(KeyCode::Down)], Action::Down, "j ↓", "down", None),
    bind(PICKER, &[key('k'), code(KeyCode::Up)], Action::Up, "k ↑", "up", None),
    bind(PICKER, &[key('g'), code(KeyCode::Home)], Action::Top, "g Home", "first", None),
    bind(PICKER, &[key('G'), code(KeyCode::End)], Action::Bottom, "G End", "last", None),
    bind(PICKER, ENTER, Action::Choose, "Enter", "show the chosen", Some("show")),
    bind(PICKER, &[key('q'), code(KeyCode::Esc)], Action::Back, "q Esc", "keep what is shown", Some("close")),
    // Everywhere.
    bind(ALL, &[ctrl('z')], Action::Suspend, "Ctrl-z", "suspend (fg resumes)", None),
    bind(ALL, &[ctrl('c')], Action::Interrupt, "Ctrl-c", "quit now (status 130)", None),
];

/// The bindings this platform offers: Ctrl-z only where there is job control.
pub fn bindings() -> impl Iterator<Item = &'static Binding> + Clone {
    bindings_where(crate::platform::CAN_SUSPEND)
}

fn bindings_where(can_suspend: bool) -> impl Iterator<Item = &'static Binding> + Clone {
    BINDINGS.iter().filter(move |b| can_suspend || b.action != Action::Suspend)
}

/// Extra lines for the help screen: mouse use, which has no key.
pub const MOUSE_HELP: &[(&str, &str)] = &[
    ("click", "select a row; outside a popup, close it"),
    ("double-click", "details"),
    ("wheel", "scroll what is under the pointer"),
];

/// The key as the table writes it: terminals add Shift to upper-case
/// letters, symbols and Shift-Tab (BackTab), where the key already says it.
fn normalized(key: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let modifiers = match key.code {
        KeyCode::Char(_) | KeyCode::BackTab => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    (key.code, modifiers)
}

pub fn action_for(scope: Scope, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let pressed = normalized(&key);
    let bound = bindings().find(|b| b.scopes.contains(&scope) && b.keys.contains(&pressed));
    match (bound, pressed) {
        (Some(binding), (KeyCode::Char(c), _)) if binding.action == Action::TypeKey => Some(Action::SearchInput(c)),
        (Some(binding), _) => Some(binding.action.clone()),
        (None, (KeyCode::Char(c), NONE)) if scope == Scope::Search => Some(Action::SearchInput(c)),
        _ => None,
    }
}

/// The status line's hints for a scope, as (keys, short name, action).
pub fn hints(scope: Scope) -> impl Iterator<Item = (&'static str, &'static str, &'static Action)> {
    bindings()
        .filter(move |b| b.scopes.contains(&scope))
        .filter_map(|b| b.hint.map(|hint| (b.label.split(' ').next().unwrap_or(b.label), hint, &b.action)))
}

#[cfg(test)]
mod tests;
