//! The live preview: the selected code's detail beside the lists, following
//! the selection, as fzf's --preview does.

use crate::tui::app::App;
use crate::tui::overlay::detail_lines;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

pub fn render(frame: &mut Frame, app: &App, area: Rect, theme: &Theme) {
    let block =
        Block::new().borders(Borders::ALL).border_style(theme.dim()).title(Line::styled(" Preview ", theme.label()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = match app.selected_entry() {
        Some(entry) => detail_lines(&entry, theme, usize::from(inner.width)),
        None => vec![Line::styled("nothing selected", theme.dim())],
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
