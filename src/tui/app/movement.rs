//! Moving: the selection within a pane (kept in view), a popup's scroll
//! within its content, the picker's choice; and how far a page goes.

use super::{App, Overlay};
use crate::tui::theme::Theme;

impl App {
    pub(super) fn visible_rows(&self, pane: usize) -> usize {
        self.layout().map_or(1, |l| usize::from(l.list_area(pane).height).max(1))
    }

    /// Rows a page key moves: the popup's height, else the focused pane's.
    pub(super) fn page(&self, divisor: usize) -> isize {
        let rows = match self.overlay_page(&Theme::new(false)) {
            Some(page) => usize::from(page.view_height()),
            None => self.visible_rows(self.focus),
        };
        isize::try_from((rows / divisor).max(1)).unwrap_or(1)
    }

    /// Moves the focused selection, or scrolls the open popup within its content.
    pub(super) fn move_by(&mut self, delta: isize) {
        // Any delta, ±isize::MAX included, as far as it goes.
        let wide = i64::try_from(delta).unwrap_or(if delta < 0 { i64::MIN } else { i64::MAX });
        if let Overlay::Catalogues { selected } = &mut self.overlay {
            let last = i64::try_from(self.catalogues.len()).unwrap_or(0);
            let moved = i64::try_from(*selected).unwrap_or(0).saturating_add(wide).clamp(0, last);
            *selected = usize::try_from(moved).unwrap_or(0);
            return;
        }
        if let Some(page) = self.overlay_page(&Theme::new(false)) {
            let max = i64::from(page.max_scroll());
            if let Overlay::Detail { scroll, .. } | Overlay::Help { scroll } = &mut self.overlay {
                let moved = i64::from(*scroll).saturating_add(wide).clamp(0, max);
                *scroll = u16::try_from(moved).unwrap_or(0);
            }
            return;
        }
        let pane = &mut self.panes[self.focus];
        if pane.rows.is_empty() {
            return;
        }
        let last = pane.rows.len() - 1;
        pane.selected = pane.selected.saturating_add_signed(delta).min(last);
        self.keep_selection_visible();
    }

    pub(super) fn keep_selection_visible(&mut self) {
        for index in 0..2 {
            let height = self.visible_rows(index);
            let pane = &mut self.panes[index];
            pane.selected = pane.selected.min(pane.rows.len().saturating_sub(1));
            if pane.selected < pane.offset {
                pane.offset = pane.selected;
            } else if pane.selected >= pane.offset + height {
                pane.offset = pane.selected + 1 - height;
            }
            pane.offset = pane.offset.min(pane.rows.len().saturating_sub(height));
        }
    }
}
