//! The help popup, built from the keymap's own table.

use super::theme::Theme;
use crate::tui::keymap::{Scope, BINDINGS, MOUSE_HELP};
use crate::tui::layout::centered;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};
use ratatui::Frame;

pub fn render(frame: &mut Frame, scroll: u16, area: Rect, theme: &Theme) {
    let lines = help_lines(theme);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_add(2);
    let popup = centered(area, 64, height);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Span::styled(" Keys ", theme.label()))
        .title_bottom(Line::from(vec![Span::styled(" Esc", theme.key()), Span::raw(" close ")]));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), popup);
}

fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let sections = [
        ("Browsing", Scope::Browse),
        ("In the search box (other keys type)", Scope::Search),
        ("Everywhere", Scope::Any),
    ];
    let mut lines = Vec::new();
    for (title, scope) in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title, theme.label()));
        for binding in BINDINGS.iter().filter(|b| b.scope == scope) {
            lines.push(entry(binding.label, binding.help, theme));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled("Mouse", theme.label()));
    lines.extend(MOUSE_HELP.iter().map(|(what, help)| entry(what, help, theme)));
    lines
}

fn entry(keys: &str, help: &str, theme: &Theme) -> Line<'static> {
    Line::from(vec![Span::styled(format!("  {keys:<12}"), theme.key()), Span::raw(help.to_string())])
}
