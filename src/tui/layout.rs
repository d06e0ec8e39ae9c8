//! Where everything goes on screen. Shared by the view (to draw) and the app
//! (to page by the visible height and to map mouse clicks to rows).

use ratatui::layout::Rect;

/// Below this the screen shows only a "terminal too small" message.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 8;
/// From this width the panes stand side by side.
pub const SIDE_BY_SIDE_WIDTH: u16 = 160;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    pub search: Rect,
    /// Normal, then Abnormal.
    pub panes: [Rect; 2],
    pub status: Rect,
}

impl ScreenLayout {
    /// `None` when the area is too small to be usable.
    pub fn new(area: Rect, normal_rows: usize) -> Option<ScreenLayout> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let search = Rect { height: 1, ..area };
        let status = Rect { y: area.bottom() - 1, height: 1, ..area };
        let body = Rect { y: area.y + 1, height: area.height - 2, ..area };
        let panes = if area.width >= SIDE_BY_SIDE_WIDTH {
            let left = body.width / 2;
            [Rect { width: left, ..body }, Rect { x: body.x + left, width: body.width - left, ..body }]
        } else {
            let wanted = u16::try_from(normal_rows).unwrap_or(u16::MAX).saturating_add(2);
            let top = wanted.clamp(3, body.height / 2);
            [Rect { height: top, ..body }, Rect { y: body.y + top, height: body.height - top, ..body }]
        };
        Some(ScreenLayout { search, panes, status })
    }

    /// The rows area of a pane, inside its border.
    pub fn list_area(&self, pane: usize) -> Rect {
        let outer = self.panes[pane];
        Rect {
            x: outer.x + 1,
            y: outer.y + 1,
            width: outer.width.saturating_sub(2),
            height: outer.height.saturating_sub(2),
        }
    }
}

/// A centred rectangle of at most the given size, for popups.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}

#[cfg(test)]
mod tests;
