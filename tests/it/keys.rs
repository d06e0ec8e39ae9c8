//! Every binding of the keymap, sent through a real terminal (tmux) as a
//! person types it, checked against what the same action does to the app
//! drawn on a TestBackend. Generated from the keymap table: a new binding is
//! tested by being added.

#![cfg(unix)]

use crate::common;

use common::tmux::{self, Tmux};
use crossterm::event::{KeyCode, KeyModifiers};
use httpref::catalogue::{Catalogues, Places};
use httpref::table::Table;
use httpref::tui::app::{update_inline, Action, App, Effect, Ending, Mode, Overlay, Pick};
use httpref::tui::finder::Finder;
use httpref::tui::keymap::{Scope, BINDINGS};
use httpref::tui::view::{self, Theme};
use ratatui::backend::{Backend, TestBackend};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::Terminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a screen shows: its text, which rows are in reverse video (the
/// focused selection), and where the cursor is when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    text: Vec<String>,
    reversed: Vec<usize>,
    cursor: Option<(u16, u16)>,
}

struct Model {
    app: App,
    finder: Finder,
    effects: Vec<Effect>,
}

impl Model {
    fn new(width: u16, height: u16, pick: Option<Pick>) -> Model {
        // The catalogues the binary finds with no config folder and no project file.
        let catalogues = Catalogues::discover(&[], &Places { config_dir: None, current_dir: None });
        let names = catalogues.all().iter().map(|c| c.name.clone()).collect();
        let app = App::new(Arc::new(Table::embedded()), Rect::new(0, 0, width, height)).picking(pick).offering(names);
        Model { app, finder: Finder::new(Arc::new(catalogues)), effects: Vec::new() }
    }

    fn scope(&self) -> Scope {
        self.app.scope()
    }

    fn apply(&mut self, action: Action) {
        self.effects = update_inline(&mut self.app, &mut self.finder, action);
    }

    fn seen(&self) -> Seen {
        let size = self.app.size;
        let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
        terminal.draw(|frame| view::render(frame, &self.app, &Theme::new(false))).unwrap();
        let buffer = terminal.backend().buffer().clone();
        let row = |y: u16| (0..size.width).map(|x| buffer[(x, y)].symbol().to_string()).collect::<String>();
        let reversed = (0..size.height)
            .filter(|&y| (0..size.width).any(|x| buffer[(x, y)].modifier.contains(Modifier::REVERSED)))
            .map(usize::from)
            .collect();
        let typing = self.app.mode == Mode::Search && self.app.overlay == Overlay::None;
        let cursor = typing.then(|| terminal.backend_mut().get_cursor_position().unwrap()).map(|p| (p.x, p.y));
        Seen { text: trimmed((0..size.height).map(row)), reversed, cursor }
    }
}

fn trimmed(lines: impl Iterator<Item = String>) -> Vec<String> {
    let mut lines: Vec<String> = lines.map(|line| line.trim_end().to_string()).collect();
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
    lines
}

/// The real terminal's screen, read the same way.
fn seen_in(tmux: &Tmux) -> Seen {
    let styled = tmux.capture(&["-e"]);
    let reversed = styled.lines().enumerate().filter(|(_, line)| has_reverse(line)).map(|(y, _)| y).collect();
    let cursor = (tmux.format("#{cursor_flag}") == "1").then(|| {
        let at = tmux.format("#{cursor_x},#{cursor_y}");
        let (x, y) = at.split_once(',').unwrap();
        (x.parse().unwrap(), y.parse().unwrap())
    });
    Seen { text: trimmed(tmux.screen().lines().map(str::to_string)), reversed, cursor }
}

fn has_reverse(line: &str) -> bool {
    line.split("\x1b[")
        .skip(1)
        .any(|sgr| sgr.split_once('m').is_some_and(|(params, _)| params.split(';').any(|p| p == "7")))
}

/// tmux's name for a key; `None` for plain characters, sent literally.
fn tmux_name(code: KeyCode, modifiers: KeyModifiers) -> Option<String> {
    let base = match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) if modifiers.is_empty() => return (c == ';').then(|| "\\;".to_string()),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Escape".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "BTab".into(),
        KeyCode::Backspace => "BSpace".into(),
        KeyCode::Delete => "DC".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PPage".into(),
        KeyCode::PageDown => "NPage".into(),
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        other => panic!("no tmux name for {other:?}: add one"),
    };
    let prefix = match (modifiers.contains(KeyModifiers::CONTROL), modifiers.contains(KeyModifiers::ALT)) {
        (true, _) => "C-",
        (false, true) => "M-",
        _ => "",
    };
    Some(format!("{prefix}{base}"))
}

fn send_key(tmux: &Tmux, code: KeyCode, modifiers: KeyModifiers) {
    match (tmux_name(code, modifiers), code) {
        (Some(name), _) => tmux.keys(&[&name]),
        (None, KeyCode::Char(c)) => tmux.literal(&c.to_string()),
        (None, _) => unreachable!(),
    }
}

/// The first key the keymap binds to `action` where the model is now.
fn key_for(model: &Model, action: &Action) -> (KeyCode, KeyModifiers) {
    if let Action::SearchInput(c) = action {
        return (KeyCode::Char(*c), KeyModifiers::NONE);
    }
    let scope = model.scope();
    BINDINGS
        .iter()
        .find(|b| b.scopes.contains(&scope) && &b.action == action)
        .map(|b| b.keys[0])
        .unwrap_or_else(|| panic!("no key for {action:?} in {scope:?}"))
}

/// Actions that bring the browser to `scope` in a state where `action`
/// shows its effect.
fn setup(scope: Scope, action: &Action) -> Vec<Action> {
    use httpref::tui::action::Edit;
    let enter = match scope {
        Scope::Browse => vec![],
        Scope::Search => vec![Action::StartSearch],
        Scope::Detail => vec![Action::OpenDetail],
        Scope::Help => vec![Action::ToggleHelp],
        Scope::Picker => vec![Action::OpenCatalogues],
    };
    let overlay = matches!(scope, Scope::Detail | Scope::Help | Scope::Picker);
    let then = match action {
        Action::Up | Action::Top | Action::PageUp | Action::HalfPageUp if overlay => vec![Action::Bottom],
        Action::Up | Action::Top | Action::PageUp | Action::HalfPageUp => {
            vec![Action::Down, Action::Down, Action::Down]
        }
        Action::SearchAccept => vec![Action::SearchInput('4')],
        Action::Back if scope == Scope::Browse => {
            vec![Action::StartSearch, Action::SearchInput('4'), Action::SearchAccept]
        }
        Action::Back if scope == Scope::Search => vec![Action::SearchInput('4')],
        // A code the default table lacks: its matches come from another catalogue.
        Action::ShowElsewhere => {
            let typed = "429".chars().map(Action::SearchInput);
            typed.chain((scope == Scope::Browse).then_some(Action::SearchAccept)).collect()
        }
        Action::Edit(edit) => {
            let mut typed: Vec<Action> = "ab cd".chars().map(Action::SearchInput).collect();
            if matches!(edit, Edit::Right | Edit::End | Edit::WordRight | Edit::DeleteForward | Edit::DeleteToEnd) {
                typed.push(Action::Edit(Edit::Home));
            }
            typed
        }
        _ => vec![],
    };
    [enter, then].concat()
}

/// One binding's key in one scope, through the real terminal.
fn check(scope: Scope, key: (KeyCode, KeyModifiers), action: &Action) {
    let (width, height) = if matches!(scope, Scope::Detail | Scope::Help) { (70, 12) } else { (100, 30) };
    let pick = (scope == Scope::Detail && *action == Action::Choose).then_some(Pick::Code);
    let mut model = Model::new(width, height, pick);
    let args = if pick.is_some() { "--pick" } else { "" };
    static STARTED: AtomicUsize = AtomicUsize::new(0);
    let name = format!("key{}", STARTED.fetch_add(1, Ordering::SeqCst));
    let tmux = Tmux::start(
        &name,
        width,
        height,
        // No browser here: `o` copies the link instead, which tmux's buffer shows.
        &format!("export NO_COLOR=1 BROWSER=httpref-test-no-browser; {}", tmux::wrapped(args)),
        "set -g set-clipboard on\n",
    );
    let what = format!("{:?} {key:?} in {scope:?}", action);
    wait_until(&tmux, &model.seen(), &what);
    for step in setup(scope, action) {
        let (code, modifiers) = key_for(&model, &step);
        model.apply(step);
        send_key(&tmux, code, modifiers);
        wait_until(&tmux, &model.seen(), &format!("{what}, setting up"));
    }
    assert_eq!(model.scope(), scope, "{what}: the setup reaches the scope");
    let before = model.seen();
    model.apply(action.clone());
    send_key(&tmux, key.0, key.1);
    match model.effects.first().cloned() {
        Some(Effect::End(ending)) => {
            let (status, printed) = match ending {
                Ending::Quit => ("0", None),
                Ending::Interrupted => ("130", None),
                Ending::Picked(text) => ("0", Some(text)),
                Ending::Cancelled => ("1", None),
            };
            let screen = tmux.wait_for("EXIT=");
            assert!(screen.contains(&format!("EXIT={status}")), "{what}:\n{screen}");
            if let Some(text) = printed {
                assert!(screen.lines().any(|line| line == text), "{what} prints {text}:\n{screen}");
            }
        }
        Some(Effect::Copy { text, .. }) => {
            let deadline = Instant::now() + Duration::from_secs(10);
            while tmux.buffer().as_deref() != Some(text.as_str()) {
                assert!(Instant::now() < deadline, "{what}: tmux got {:?}, not {text:?}", tmux.buffer());
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Some(Effect::Open { url, .. }) => {
            let deadline = Instant::now() + Duration::from_secs(10);
            while tmux.buffer().as_deref() != Some(url.as_str()) {
                assert!(Instant::now() < deadline, "{what}: tmux got {:?}, not {url:?}", tmux.buffer());
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Some(Effect::ShowCatalogues(names)) => {
            tmux.wait_for(&format!("Showing {}", names.join(", ")));
        }
        Some(Effect::Suspend) => {
            // Stopping needs a shell with job control (see terminal.rs); under this one the
            // stop is discarded, and the browser takes the terminal back as it was.
            wait_until(&tmux, &before, &what);
        }
        _ => {
            let after = model.seen();
            assert_ne!(before, after, "{what} changes nothing on screen: give it a setup where it does");
            wait_until(&tmux, &after, &what);
        }
    }
}

fn wait_until(tmux: &Tmux, expected: &Seen, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let seen = seen_in(tmux);
        if &seen == expected {
            return;
        }
        if Instant::now() > deadline {
            let diff: Vec<String> = expected
                .text
                .iter()
                .zip(seen.text.iter().chain(std::iter::repeat(&String::new())))
                .filter(|(e, s)| e != s)
                .map(|(e, s)| format!("want {e:?}\n got {s:?}"))
                .collect();
            panic!(
                "{what}: the terminal does not show what the app would\n{}\nreversed {:?} vs {:?}, cursor {:?} vs {:?}\nscreen:\n{}",
                diff.join("\n"),
                expected.reversed,
                seen.reversed,
                expected.cursor,
                seen.cursor,
                seen.text.join("\n")
            );
        }
        std::thread::sleep(Duration::from_millis(40));
    }
}

/// Every (scope, key, action) the keymap holds.
fn cases() -> Vec<(Scope, (KeyCode, KeyModifiers), Action)> {
    let mut cases = Vec::new();
    for binding in BINDINGS {
        for &scope in binding.scopes {
            for &key in binding.keys {
                let action = match (&binding.action, key.0) {
                    (Action::TypeKey, KeyCode::Char(c)) => Action::SearchInput(c),
                    (action, _) => action.clone(),
                };
                cases.push((scope, key, action));
            }
        }
    }
    cases
}

#[test]
fn every_binding_works_through_a_real_terminal() {
    if !tmux::available() {
        return;
    }
    let cases = cases();
    assert!(cases.len() > 80, "{} cases", cases.len());
    let threads = 3;
    std::thread::scope(|scope| {
        for part in 0..threads {
            let cases = &cases;
            scope.spawn(move || {
                for (scope_of, key, action) in cases.iter().skip(part).step_by(threads) {
                    check(*scope_of, *key, action);
                }
            });
        }
    });
}
