//! Where everything goes on screen. Shared by the view (to draw) and the app
//! (to page by the visible height and to map mouse clicks to rows).

use ratatui::layout::Rect;

/// Below this the screen shows only a "terminal too small" message.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 8;
/// From this width the selected code's detail stays on screen beside the lists.
pub const PREVIEW_WIDTH: u16 = 140;

/// What a pane has to show: none of its group at all (it gives its room
/// away), or this many rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Nothing,
    Rows(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    pub search: Rect,
    /// Normal, then Abnormal; a pane with nothing to show has no height.
    pub panes: [Rect; 2],
    /// The live preview of the selected code, when shown.
    pub preview: Option<Rect>,
    pub status: Rect,
}

impl ScreenLayout {
    /// `None` when the area is too small to be usable. Panes are stacked,
    /// each as tall as its rows (borders and column headers included) where
    /// the screen allows; room left over goes to the Abnormal pane.
    pub fn new(area: Rect, needs: [Need; 2], preview: bool) -> Option<ScreenLayout> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let search = Rect { height: 1, ..area };
        let status = Rect { y: area.bottom() - 1, height: 1, ..area };
        let mut body = Rect { y: area.y + 1, height: area.height - 2, ..area };
        let preview = preview.then(|| {
            let width = (area.width * 2 / 5).clamp(30.min(area.width / 2), 100);
            body.width -= width;
            Rect { x: body.right(), width, ..body }
        });
        let wanted = |need: Need| match need {
            Need::Nothing => 0,
            Need::Rows(rows) => u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(3).min(body.height),
        };
        let (first, second) = (wanted(needs[0]), wanted(needs[1]));
        let top = match (first, second) {
            (0, _) => 0,
            (_, 0) => body.height,
            _ if u32::from(first) + u32::from(second) <= u32::from(body.height) => first,
            _ => first.min(body.height - second.min(body.height / 2)).clamp(3, body.height - 3),
        };
        let panes = [Rect { height: top, ..body }, Rect { y: body.y + top, height: body.height - top, ..body }];
        Some(ScreenLayout { search, panes, preview, status })
    }

    /// A pane's column headers, inside its border, when it is tall enough for them.
    pub fn header_area(&self, pane: usize) -> Option<Rect> {
        let outer = self.panes[pane];
        (outer.height >= 4).then(|| Rect {
            x: outer.x + 1,
            y: outer.y + 1,
            width: outer.width.saturating_sub(2),
            height: 1,
        })
    }

    /// The rows area of a pane, inside its border and below its headers.
    pub fn list_area(&self, pane: usize) -> Rect {
        let outer = self.panes[pane];
        let header = u16::from(self.header_area(pane).is_some());
        Rect {
            x: outer.x + 1,
            y: outer.y + 1 + header,
            width: outer.width.saturating_sub(2),
            height: outer.height.saturating_sub(2 + header),
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
