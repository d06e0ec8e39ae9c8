//! The mouse: clicks, double-clicks and the wheel, mapped to panes, rows
//! and popups through the same layout the view draws with.

use super::{App, Overlay};
use crate::tui::theme::Theme;
use ratatui::layout::Position;

impl App {
    pub(super) fn pane_at(&self, column: u16, row: u16) -> Option<usize> {
        let layout = self.layout()?;
        (0..2).find(|&index| layout.panes[index].contains(Position { x: column, y: row }))
    }

    /// Selects the clicked row and focuses its pane; a click outside a popup
    /// closes it. Returns whether a row was clicked.
    pub(super) fn click(&mut self, column: u16, row: u16) -> bool {
        if let Some(page) = self.overlay_page(&Theme::new(false)) {
            if !page.area.contains(Position { x: column, y: row }) {
                self.overlay = Overlay::None;
            }
            return false;
        }
        let (Some(index), Some(layout)) = (self.pane_at(column, row), self.layout()) else { return false };
        self.focus = index;
        let list = layout.list_area(index);
        if !list.contains(Position { x: column, y: row }) {
            return false;
        }
        // Rows whose descriptions wrap take several lines each.
        let line = usize::from(row - list.y);
        let clicked = match self.row_heights(index, list) {
            Some(heights) => heights
                .iter()
                .scan(0, |end, h| {
                    *end += h;
                    Some(*end)
                })
                .position(|end| line < end)
                .unwrap_or(usize::MAX),
            None => self.panes[index].offset + line,
        };
        let pane = &mut self.panes[index];
        if clicked < pane.rows.len() {
            pane.selected = clicked;
            return true;
        }
        false
    }

    pub(super) fn scroll(&mut self, column: u16, row: u16, down: bool) {
        const WHEEL_STEP: isize = 3;
        if self.overlay == Overlay::None {
            match self.pane_at(column, row) {
                Some(index) => self.focus = index,
                None => return,
            }
        }
        self.move_by(if down { WHEEL_STEP } else { -WHEEL_STEP });
    }
}
