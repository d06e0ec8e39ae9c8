//! The search box on top and the status line at the bottom.

use crate::tui::app::{Action, App, Mode, Overlay};
use crate::tui::keymap;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

pub fn render_search(frame: &mut Frame, app: &App, area: Rect, theme: &Theme) {
    let searching = app.mode == Mode::Search && app.overlay == Overlay::None;
    if app.query.is_empty() && !searching {
        let line = match app.pick {
            Some(pick) => Line::from(vec![
                Span::styled(" httpref: pick a code ", theme.label()),
                Span::styled(format!(" Enter prints {}, Esc cancels, / searches", pick.printed()), theme.dim()),
            ]),
            None => Line::from(vec![
                Span::styled(" httpref ", theme.label()),
                Span::styled(" / to search, ? for help", theme.dim()),
            ]),
        };
        frame.render_widget(line, area);
        return;
    }
    const PROMPT: u16 = 3;
    let busy = if app.searching { "  searching…" } else { "" };
    let room = usize::from(area.width.saturating_sub(PROMPT + busy.len() as u16)).max(1);
    let (shown, cursor) = app.query.visible(room);
    let mut spans = vec![Span::styled(" / ", theme.key()), Span::raw(shown.to_string())];
    if !busy.is_empty() {
        spans.push(Span::styled(busy, theme.dim()));
    }
    frame.render_widget(Line::from(spans), area);
    if searching {
        let x = area.x.saturating_add(PROMPT).saturating_add(u16::try_from(cursor).unwrap_or(u16::MAX));
        if x < area.right() {
            frame.set_cursor_position((x, area.y));
        }
    }
}

pub fn render_status(frame: &mut Frame, app: &App, area: Rect, theme: &Theme) {
    let line = match &app.status {
        Some(status) => {
            let style = if status.is_error { theme.error() } else { theme.success() };
            Line::from(Span::styled(format!(" {}", status.text), style))
        }
        None => {
            let scope = app.scope();
            let mut spans = vec![Span::raw(" ")];
            for (keys, hint, action) in keymap::hints(scope) {
                // Pick mode: Enter prints and ends, Esc cancels; say so rather than "details".
                let hint = match (app.pick, action) {
                    (Some(pick), Action::Choose) => format!("print {}", pick.printed()),
                    (Some(_), Action::Quit) => "cancel".to_string(),
                    _ => hint.to_string(),
                };
                spans.push(Span::styled(keys, theme.key()));
                spans.push(Span::styled(format!(" {hint}  "), theme.dim()));
            }
            Line::from(spans)
        }
    };
    frame.render_widget(line, area);
}
