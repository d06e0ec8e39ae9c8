//! The panes' columns (code, catalogue, reason, description) and whether
//! descriptions wrap: shared by the view, which draws rows, and the app,
//! which maps clicks to them. Pure: widths in, widths and line counts out.

use unicode_width::UnicodeWidthChar;

/// Display widths of the table's widest code and reason, measured once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Widest {
    pub code: usize,
    pub reason: usize,
}

pub const GAP: usize = 2;
const MAX_CODE_WIDTH: usize = 16;
/// Codes get more room in a table without reasons ("element click intercepted").
const MAX_CODE_WIDTH_ALONE: usize = 28;
const MAX_REASON_WIDTH: usize = 32;
const MIN_REASON_WIDTH: usize = 12;

/// Column widths for a pane `width` cells wide inside its borders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub code: usize,
    /// Zero when one catalogue is shown.
    pub catalogue: usize,
    pub reason: usize,
    pub description: usize,
}

impl Columns {
    /// The reason gets at most three tenths of the width, so that the
    /// description keeps the most room on a narrow screen.
    pub fn new(widest: Widest, catalogue: usize, width: usize) -> Columns {
        // A table whose codes have no short names has no Reason column: the codes take its room.
        let most_code = match widest.reason {
            0 => MAX_CODE_WIDTH_ALONE.min(width / 3).max(MAX_CODE_WIDTH),
            _ => MAX_CODE_WIDTH,
        };
        let code = widest.code.clamp(1, most_code).min(width);
        // Wide enough for its header when there is one.
        let catalogue = if catalogue > 0 { catalogue.max("Catalogue".len()).min(width / 5) } else { 0 };
        let reason_room = (width * 3 / 10).clamp(MIN_REASON_WIDTH, MAX_REASON_WIDTH);
        let reason = match widest.reason {
            0 => 0,
            widest => widest.max("Reason".len()).min(reason_room).min(width),
        };
        let columns = 2 + usize::from(catalogue > 0) - usize::from(reason == 0);
        let gaps = columns * GAP;
        let description = width.saturating_sub(code + catalogue + reason + gaps);
        Columns { code, catalogue, reason, description }
    }

    /// Where the description column starts.
    pub fn description_x(&self) -> usize {
        let reason = if self.reason > 0 { self.reason + GAP } else { 0 };
        self.code + GAP + if self.catalogue > 0 { self.catalogue + GAP } else { 0 } + reason
    }
}

/// Each description as lines of at most `width` columns, broken at spaces
/// (a word longer than a line is broken where it must): the char ranges of
/// each line. `None` once the lines pass `most`, so a huge field costs no
/// more than the room it could have.
pub fn wrap(text: &str, width: usize, most: usize) -> Option<Vec<(usize, usize)>> {
    if width == 0 || text.len() > width.saturating_mul(most).saturating_mul(4) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let (mut end, mut used, mut space) = (start, 0, None);
        while end < chars.len() {
            let w = chars[end].width().unwrap_or(0);
            if used + w > width {
                break;
            }
            if chars[end] == ' ' {
                space = Some(end);
            }
            used += w;
            end += 1;
        }
        if end < chars.len() {
            end = match space {
                Some(space) if space > start => space,
                _ => end.max(start + 1),
            };
        }
        lines.push((start, end));
        if lines.len() > most {
            return None;
        }
        start = if chars.get(end) == Some(&' ') { end + 1 } else { end };
    }
    if lines.is_empty() {
        lines.push((0, 0));
    }
    Some(lines)
}

/// Lines each of `descriptions` takes, wrapped to `width`, when together
/// they fit in `height` lines; `None` when they do not (then each row is one
/// line, its description cut).
pub fn wrapped_heights<'a>(
    descriptions: impl Iterator<Item = &'a str>,
    width: usize,
    height: usize,
) -> Option<Vec<usize>> {
    let mut heights = Vec::new();
    let mut total = 0;
    for description in descriptions {
        let lines = wrap(description, width, height.saturating_sub(total))?.len();
        total += lines;
        if total > height {
            return None;
        }
        heights.push(lines);
    }
    Some(heights)
}

#[cfg(test)]
mod tests;
