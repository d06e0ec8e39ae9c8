//! The detail popup: everything the table knows of one code.

use super::theme::Theme;
use crate::table::Entry;
use crate::tui::layout::centered;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};
use ratatui::Frame;

const POPUP_WIDTH: u16 = 90;

pub fn render(frame: &mut Frame, entry: &Entry, scroll: u16, area: Rect, theme: &Theme) {
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} {}", entry.code, entry.reason), theme.code(entry.group)),
            Span::styled(format!("  ({})", entry.group.key()), theme.dim()),
        ]),
        Line::default(),
        Line::raw(entry.description.clone()),
    ];
    let extras: Vec<_> = entry.extras().collect();
    if !extras.is_empty() {
        lines.push(Line::default());
    }
    for (label, value) in extras {
        lines.push(Line::from(vec![Span::styled(format!("{label:<8}"), theme.label()), Span::raw(value.to_string())]));
    }
    if let Some(notes) = &entry.notes {
        lines.push(Line::default());
        lines.push(Line::raw(notes.clone()));
    }
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {} ", entry.code), theme.label()))
        .title_bottom(Line::from(vec![
            Span::styled(" y", theme.key()),
            Span::raw(" copy  "),
            Span::styled("Esc", theme.key()),
            Span::raw(" close "),
        ]));
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let width = area.width.min(POPUP_WIDTH);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2))).unwrap_or(u16::MAX).saturating_add(2);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(paragraph.block(block).scroll((scroll, 0)), popup);
}
