//! The search box on top and the status line at the bottom.

use super::theme::Theme;
use crate::tui::app::{App, Mode};
use crate::tui::keymap;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

pub fn render_search(frame: &mut Frame, app: &App, area: Rect, theme: &Theme) {
    let searching = app.mode == Mode::Search;
    let line = if app.query.is_empty() && !searching {
        Line::from(vec![
            Span::styled(" httpref ", theme.label()),
            Span::styled(" / to search, ? for help", theme.dim()),
        ])
    } else {
        let mut spans = vec![Span::styled(" / ", theme.key()), Span::raw(app.query.clone())];
        if app.searching {
            spans.push(Span::styled("  searching…", theme.dim()));
        }
        Line::from(spans)
    };
    frame.render_widget(line, area);
    if searching {
        let cursor_x = area.x
            + 3
            + app.query.chars().map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) as u16).sum::<u16>();
        if cursor_x < area.right() {
            frame.set_cursor_position((cursor_x, area.y));
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
            let scope = keymap::scope(app.mode, app.overlay);
            let mut spans = vec![Span::raw(" ")];
            for (keys, hint) in keymap::hints(scope) {
                spans.push(Span::styled(keys, theme.key()));
                spans.push(Span::styled(format!(" {hint}  "), theme.dim()));
            }
            Line::from(spans)
        }
    };
    frame.render_widget(line, area);
}
