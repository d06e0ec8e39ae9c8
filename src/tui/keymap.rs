//! Keys → actions, per mode, from one table that also feeds the help screen
//! and the status line's hints, so they never drift apart.

use super::app::{Action, CopyTarget, Mode, Overlay};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Browsing the panes, or reading the detail view.
    Browse,
    /// Typing in the search box.
    Search,
    /// Everywhere.
    Any,
}

pub struct Binding {
    pub scope: Scope,
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

macro_rules! binding {
    ($scope:ident, [$($key:expr),+], $action:expr, $label:literal, $help:literal, $hint:expr) => {
        Binding { scope: Scope::$scope, keys: &[$($key),+], action: $action, label: $label, help: $help, hint: $hint }
    };
}

pub static BINDINGS: &[Binding] = &[
    binding!(Browse, [(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)], Action::Down, "j ↓", "move down", None),
    binding!(Browse, [(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)], Action::Up, "k ↑", "move up", None),
    binding!(Browse, [(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)], Action::Top, "g Home", "first row", None),
    binding!(Browse, [(KeyCode::Char('G'), NONE), (KeyCode::End, NONE)], Action::Bottom, "G End", "last row", None),
    binding!(Any, [(KeyCode::PageDown, NONE)], Action::PageDown, "PgDn", "page down", None),
    binding!(Any, [(KeyCode::PageUp, NONE)], Action::PageUp, "PgUp", "page up", None),
    binding!(Browse, [(KeyCode::Char('d'), CTRL)], Action::HalfPageDown, "Ctrl-d", "half a page down", None),
    binding!(Browse, [(KeyCode::Char('u'), CTRL)], Action::HalfPageUp, "Ctrl-u", "half a page up", None),
    binding!(Any, [(KeyCode::Tab, NONE)], Action::NextPane, "Tab", "switch pane", Some("pane")),
    binding!(Any, [(KeyCode::BackTab, NONE)], Action::PrevPane, "Shift-Tab", "switch pane back", None),
    binding!(Browse, [(KeyCode::Char('/'), NONE)], Action::StartSearch, "/", "search", Some("search")),
    binding!(Browse, [(KeyCode::Enter, NONE)], Action::OpenDetail, "Enter", "details of the code", Some("details")),
    binding!(
        Browse,
        [(KeyCode::Char('y'), NONE)],
        Action::Copy(CopyTarget::Description),
        "y",
        "copy the description",
        Some("copy")
    ),
    binding!(
        Browse,
        [(KeyCode::Char('Y'), NONE)],
        Action::Copy(CopyTarget::Line),
        "Y",
        "copy \"code reason: description\"",
        None
    ),
    binding!(Browse, [(KeyCode::Char('c'), NONE)], Action::Copy(CopyTarget::Constant), "c", "copy the constant", None),
    binding!(Browse, [(KeyCode::Char('?'), NONE)], Action::ToggleHelp, "?", "help", Some("help")),
    binding!(Browse, [(KeyCode::Char('q'), NONE)], Action::Quit, "q", "quit", Some("quit")),
    binding!(
        Search,
        [(KeyCode::Enter, NONE), (KeyCode::Down, NONE)],
        Action::SearchAccept,
        "Enter ↓",
        "keep the filter, go to the best match",
        Some("keep")
    ),
    binding!(Search, [(KeyCode::Backspace, NONE)], Action::SearchBackspace, "Backspace", "delete a character", None),
    binding!(Search, [(KeyCode::Char('w'), CTRL)], Action::SearchDeleteWord, "Ctrl-w", "delete a word", None),
    binding!(Search, [(KeyCode::Char('u'), CTRL)], Action::SearchClear, "Ctrl-u", "clear the query", None),
    binding!(Any, [(KeyCode::Esc, NONE)], Action::Back, "Esc", "close detail or help; clear the search", Some("back")),
    binding!(Any, [(KeyCode::Char('c'), CTRL)], Action::Quit, "Ctrl-c", "quit, always", None),
];

/// Extra lines for the help screen: mouse use, which has no key.
pub const MOUSE_HELP: &[(&str, &str)] =
    &[("click", "select a row, focus its pane"), ("wheel", "scroll the pane under the pointer")];

/// The scope a key press is read in, given what is on screen.
pub fn scope(mode: Mode, overlay: Overlay) -> Scope {
    match (mode, overlay) {
        (Mode::Search, Overlay::None) => Scope::Search,
        _ => Scope::Browse,
    }
}

fn matches(binding: &Binding, key: &KeyEvent) -> bool {
    // Terminals report Shift with upper-case letters and symbols; the character already says it.
    let modifiers = match key.code {
        KeyCode::Char(_) => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    binding.keys.iter().any(|&(code, mods)| code == key.code && mods == modifiers)
}

pub fn action_for(scope: Scope, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let bound = BINDINGS
        .iter()
        .find(|b| (b.scope == scope || b.scope == Scope::Any) && matches(b, &key))
        .map(|b| b.action.clone());
    if bound.is_some() || scope != Scope::Search {
        return bound;
    }
    match key.code {
        KeyCode::Char(c) if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            Some(Action::SearchInput(c))
        }
        KeyCode::Up => Some(Action::Up),
        _ => None,
    }
}

/// The status line's hints for a scope, as (keys, short name).
pub fn hints(scope: Scope) -> impl Iterator<Item = (&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(move |b| b.scope == scope || b.scope == Scope::Any)
        .filter_map(|b| b.hint.map(|hint| (b.label.split(' ').next().unwrap_or(b.label), hint)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn browse_keys() {
        assert_eq!(action_for(Scope::Browse, key(KeyCode::Char('j'))), Some(Action::Down));
        assert_eq!(action_for(Scope::Browse, key(KeyCode::Up)), Some(Action::Up));
        assert_eq!(
            action_for(Scope::Browse, KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(action_for(Scope::Browse, key(KeyCode::BackTab)), Some(Action::PrevPane));
        assert_eq!(action_for(Scope::Browse, key(KeyCode::Char('x'))), None);
    }

    #[test]
    fn search_keys_type_letters_that_browse_would_bind() {
        assert_eq!(action_for(Scope::Search, key(KeyCode::Char('q'))), Some(Action::SearchInput('q')));
        assert_eq!(action_for(Scope::Search, key(KeyCode::Char('j'))), Some(Action::SearchInput('j')));
        assert_eq!(action_for(Scope::Search, key(KeyCode::Down)), Some(Action::SearchAccept));
        assert_eq!(action_for(Scope::Search, key(KeyCode::Esc)), Some(Action::Back));
    }

    #[test]
    fn ctrl_c_always_quits() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Scope::Browse, ctrl_c), Some(Action::Quit));
        assert_eq!(action_for(Scope::Search, ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn releases_are_ignored() {
        let mut release = key(KeyCode::Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(Scope::Browse, release), None);
    }

    #[test]
    fn every_binding_is_reachable() {
        for binding in BINDINGS {
            for &(code, modifiers) in binding.keys {
                let scope = if binding.scope == Scope::Any { Scope::Browse } else { binding.scope };
                let found = action_for(scope, KeyEvent::new(code, modifiers));
                assert_eq!(found.as_ref(), Some(&binding.action), "{} shadowed", binding.label);
            }
        }
    }
}
