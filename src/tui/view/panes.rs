//! The Normal and Abnormal panes: only the visible rows are built.

use super::text::highlighted;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

const GAP: usize = 2;
const MAX_CODE_WIDTH: usize = 16;
const MAX_REASON_WIDTH: usize = 32;

/// Column widths for a pane `width` cells wide inside its borders.
struct Columns {
    code: usize,
    reason: usize,
    description: usize,
}

impl Columns {
    fn new(app: &App, width: usize) -> Columns {
        let code = app.widest.code.min(MAX_CODE_WIDTH).min(width);
        let reason = app.widest.reason.min(MAX_REASON_WIDTH).min(width * 2 / 5);
        let description = width.saturating_sub(code + reason + 2 * GAP);
        Columns { code, reason, description }
    }
}

pub fn render(frame: &mut Frame, app: &App, index: usize, area: Rect, list: Rect, theme: &Theme) {
    let pane = &app.panes[index];
    let focused = app.focus == index;
    let total = app.viewed().group(pane.group).len();
    let count =
        if app.query.as_str().trim().is_empty() { total.to_string() } else { format!("{}/{}", pane.rows.len(), total) };
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(theme.border(focused))
        .title(Line::from(vec![
            Span::styled(format!(" {} ", pane.group.title()), theme.label()),
            Span::raw(format!("{count} ")),
        ]));
    let from = app.fallback.as_ref().map(|fallback| format!("from {}", fallback.from.join(", ")));
    if let Some(names) = from.or_else(|| (!app.shown.is_empty()).then(|| app.shown.join(", "))) {
        let names = crate::sanitize::clean(&names).into_owned();
        block = block.title(Line::styled(format!(" {names} "), theme.dim()).alignment(Alignment::Right));
    }
    if pane.rows.len() > usize::from(list.height) {
        let position = format!(" {}/{} ", pane.selected + 1, pane.rows.len());
        block = block.title_bottom(Line::from(position).alignment(Alignment::Right));
    }
    frame.render_widget(block, area);
    if list.width == 0 || list.height == 0 {
        return;
    }
    if pane.rows.is_empty() {
        let message = if app.query.as_str().trim().is_empty() { "no codes" } else { "no matches" };
        frame.render_widget(Line::styled(message, theme.dim()), list);
        return;
    }
    let columns = Columns::new(app, usize::from(list.width));
    let visible = pane.rows.iter().enumerate().skip(pane.offset).take(usize::from(list.height));
    for (line_index, (position, &row)) in visible.enumerate() {
        let row_area = Rect { y: list.y + line_index as u16, height: 1, ..list };
        frame.render_widget(row_line(app, row, &columns, theme), row_area);
        if position == pane.selected {
            frame.buffer_mut().set_style(row_area, theme.selected(focused));
        }
    }
}

fn row_line(app: &App, row: usize, columns: &Columns, theme: &Theme) -> Line<'static> {
    let entry = app.entry(row);
    let marks = app.highlights(row);
    let matched = theme.matched();
    let mut spans = Vec::new();
    let mut cell = |line: Line<'static>, width: usize, gap: usize| {
        let used = line.width();
        spans.extend(line.spans);
        spans.push(Span::raw(" ".repeat(width.saturating_sub(used) + gap)));
    };
    cell(highlighted(entry.code, &marks.code, columns.code, theme.code(entry.group), matched), columns.code, GAP);
    cell(highlighted(entry.reason, &marks.reason, columns.reason, Default::default(), matched), columns.reason, GAP);
    let mut room = columns.description;
    // Rows of several catalogues shown together name theirs.
    if let Some(name) = app.viewed().catalogue_of(row) {
        let tag = format!("{name} ");
        room = room.saturating_sub(tag.width());
        spans.push(Span::styled(tag, theme.dim()));
    }
    let description = highlighted(entry.description, &marks.description, room, Default::default(), matched);
    spans.extend(description.spans);
    Line::from(spans)
}
