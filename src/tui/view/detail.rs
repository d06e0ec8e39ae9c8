//! The popups: a code's detail and the help, with signs when there is more
//! above or below.

use crate::tui::overlay::Page;
use crate::tui::theme::Theme;
use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};
use ratatui::Frame;

pub fn render(frame: &mut Frame, page: Page, title: &str, scroll: u16, theme: &Theme) {
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {title} "), theme.label()))
        .title_bottom(Line::from(vec![Span::styled(" q", theme.key()), Span::raw(" close ")]));
    if scroll > 0 {
        block = block.title(Line::styled(" ▲ more ", theme.key()).alignment(Alignment::Right));
    }
    if scroll < page.max_scroll() {
        block = block.title_bottom(Line::styled(" ▼ more ", theme.key()).alignment(Alignment::Right));
    }
    let area = page.area;
    let paragraph = Paragraph::new(page.lines).wrap(Wrap { trim: false }).block(block).scroll((scroll, 0));
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph, area);
}
