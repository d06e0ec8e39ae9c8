//! Drawing: reads the [`App`], never changes it.

mod bars;
mod detail;
pub mod links;
mod panes;
mod preview;
mod text;

pub use super::theme::Theme;

use super::app::{App, Overlay};
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let Some(layout) = app.layout() else {
        let message = vec![
            Line::styled("Terminal too small", theme.error()),
            Line::raw(format!("{}x{}, need {MIN_WIDTH}x{MIN_HEIGHT}", area.width, area.height)),
            Line::raw("q quits"),
        ];
        frame.render_widget(Paragraph::new(message).wrap(Wrap { trim: true }), area);
        return;
    };
    bars::render_search(frame, app, layout.search, theme);
    for index in 0..2 {
        let (area, header, list) = (layout.panes[index], layout.header_area(index), layout.list_area(index));
        panes::render(frame, app, index, area, header, list, theme);
    }
    if let Some(area) = layout.preview {
        preview::render(frame, app, area, theme);
    }
    bars::render_status(frame, app, layout.status, theme);
    let Some(page) = app.overlay_page(theme) else { return };
    match app.overlay {
        Overlay::None => {}
        Overlay::Detail { row, scroll } => detail::render(frame, page, app.entry(row).code, scroll, theme),
        Overlay::Help { scroll } => detail::render(frame, page, "Keys", scroll, theme),
        Overlay::Catalogues { .. } => detail::render(frame, page, "Catalogues", 0, theme),
    }
}
