//! Where the open detail or the preview shows a code's link, so that the
//! event loop can make it an OSC 8 hyperlink once the frame is drawn
//! (ratatui's cells cannot hold one: the sequence has no width).

use crate::tui::app::{App, Overlay};
use crate::tui::overlay::detail_lines;
use crate::tui::theme::Theme;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// Columns the detail's labels take ("Link    ").
const LABEL_WIDTH: u16 = 8;

/// Each link on screen: where its text starts, and the link.
pub fn on_screen(app: &App, theme: &Theme) -> Vec<(Position, String)> {
    let mut links = Vec::new();
    match app.overlay {
        Overlay::Detail { row, scroll } => {
            if let Some(page) = app.overlay_page(theme) {
                let inner = Rect { x: page.area.x + 1, y: page.area.y + 1, ..page.area };
                let inner = Rect { width: page.area.width.saturating_sub(2), height: page.view_height(), ..inner };
                links.extend(find(&page.lines, &app.entry(row), inner, scroll));
            }
        }
        Overlay::None => {
            let (Some(layout), Some(entry)) = (app.layout(), app.selected_entry()) else { return links };
            if let Some(area) = layout.preview {
                let inner = Rect {
                    x: area.x + 1,
                    y: area.y + 1,
                    width: area.width.saturating_sub(2),
                    height: area.height.saturating_sub(2),
                };
                let lines = detail_lines(&entry, theme, usize::from(inner.width));
                links.extend(find(&lines, &entry, inner, 0));
            }
        }
        _ => {}
    }
    links
}

/// The link line among `lines` drawn wrapped in `inner` from row `scroll`,
/// when it is on screen whole, on one line.
fn find(
    lines: &[Line<'static>],
    entry: &crate::table::Entry<'_>,
    inner: Rect,
    scroll: u16,
) -> Option<(Position, String)> {
    let url = crate::link::of(entry)?;
    let index = lines.iter().position(|line| line.to_string().starts_with(crate::catalogue::LINK))?;
    let fits = usize::from(inner.width.saturating_sub(LABEL_WIDTH)) >= url.len();
    let above = Paragraph::new(lines[..index].to_vec()).wrap(Wrap { trim: false }).line_count(inner.width);
    let row = u16::try_from(above).ok()?.checked_sub(scroll)?;
    (fits && row < inner.height).then(|| (Position { x: inner.x + LABEL_WIDTH, y: inner.y + row }, url))
}
