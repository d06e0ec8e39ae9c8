//! The browser drawn on ratatui's TestBackend and driven by keys, as the
//! terminal would send them: what the screen tests and the README's screens share.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use httpref::table::Table;
use httpref::tui::app::{update_inline, Action, App, Effect};
use httpref::tui::finder::Finder;
use httpref::tui::keymap;
use httpref::tui::view::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::sync::Arc;

pub(crate) fn send(app: &mut App, action: Action) -> Option<Effect> {
    update_inline(app, &mut Finder::default(), action).pop()
}

pub(crate) fn app(width: u16, height: u16) -> App {
    thread_local!(static TABLE: Table = Table::embedded());
    TABLE.with(|table| App::new(Arc::new(table.clone()), Rect::new(0, 0, width, height)))
}

pub(crate) fn draw(app: &App, theme: Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|frame| view::render(frame, app, &theme)).unwrap();
    terminal.backend().buffer().clone()
}

pub(crate) fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let line: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn screen(app: &App) -> String {
    text(&draw(app, Theme::new(true)))
}

/// The screen without colour, as a page shows it.
pub(crate) fn plain_screen(app: &App) -> String {
    text(&draw(app, Theme::new(false)))
}

/// Sends keys the way the terminal would: `<Name>` for special keys, other
/// characters as typed. Returns the last effect.
pub(crate) fn press(app: &mut App, keys: &str) -> Option<Effect> {
    let mut effect = None;
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (key, len) = if c == '<' {
            let end = rest.find('>').unwrap();
            let code = match &rest[1..end] {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Tab" => KeyCode::Tab,
                "BackTab" => KeyCode::BackTab,
                "Down" => KeyCode::Down,
                "Up" => KeyCode::Up,
                "End" => KeyCode::End,
                "PgDn" => KeyCode::PageDown,
                "BS" => KeyCode::Backspace,
                "C-c" => {
                    let action = keymap::action_for(app.scope(), ctrl('c')).unwrap();
                    return app.update(action).pop();
                }
                other => panic!("unknown key {other}"),
            };
            (KeyEvent::new(code, KeyModifiers::NONE), end + 1)
        } else {
            (KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), c.len_utf8())
        };
        if let Some(action) = keymap::action_for(app.scope(), key) {
            effect = send(app, action);
        }
        rest = &rest[len..];
    }
    effect
}

pub(crate) fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}
