//! The Normal and Abnormal panes: column headers, then only the visible rows,
//! each on one line, or, when all of them fit, with descriptions wrapped.

use super::text::highlighted;
use crate::tui::app::App;
use crate::tui::columns::{self, Columns, GAP};
use crate::tui::theme::Theme;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};
use ratatui::Frame;

pub fn render(frame: &mut Frame, app: &App, index: usize, area: Rect, header: Option<Rect>, list: Rect, theme: &Theme) {
    if area.height == 0 {
        return;
    }
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
    if let Some(names) = from.or_else(|| (!app.shown().is_empty()).then(|| app.shown().join(", "))) {
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
    let columns = app.columns(usize::from(list.width));
    if let Some(header) = header {
        frame.render_widget(header_line(&columns, theme), header);
    }
    if pane.rows.is_empty() {
        let message = if app.query.as_str().trim().is_empty() { "no codes" } else { "no matches" };
        frame.render_widget(Line::styled(message, theme.dim()), list);
        return;
    }
    let heights = app.row_heights(index, list);
    let mut y = list.y;
    let visible = pane.rows.iter().enumerate().skip(pane.offset);
    for (position, &row) in visible {
        let lines = row_lines(app, row, &columns, heights.is_some(), theme);
        let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(list.bottom().saturating_sub(y));
        if height == 0 {
            break;
        }
        let row_area = Rect { y, height, ..list };
        for (line_index, line) in lines.into_iter().enumerate().take(usize::from(height)) {
            frame.render_widget(line, Rect { y: y + line_index as u16, height: 1, ..list });
        }
        if position == pane.selected {
            frame.buffer_mut().set_style(row_area, theme.selected(focused));
        }
        y += height;
    }
}

fn header_line(columns: &Columns, theme: &Theme) -> Line<'static> {
    let mut cells = vec![("Code", columns.code)];
    if columns.catalogue > 0 {
        cells.push(("Catalogue", columns.catalogue));
    }
    if columns.reason > 0 {
        cells.push(("Reason", columns.reason));
    }
    // A name wider than its column ("Code" over 3-digit codes) runs into the gap after it.
    let mut text = String::new();
    for (name, width) in cells {
        let room = width + GAP;
        let name: String = name.chars().take(room - 1).collect();
        text.push_str(&format!("{name:<room$}"));
    }
    text.push_str("Description");
    Line::styled(text, theme.header())
}

/// A row as lines: code, catalogue, reason and the description on the
/// first; the description's further lines, when it wraps, under its column.
fn row_lines(app: &App, row: usize, columns: &Columns, wrap: bool, theme: &Theme) -> Vec<Line<'static>> {
    let entry = app.entry(row);
    let marks = app.highlights(row);
    let matched = theme.matched();
    let mut spans = Vec::new();
    let mut cell = |line: Line<'static>, width: usize| {
        let used = line.width();
        spans.extend(line.spans);
        spans.push(Span::raw(" ".repeat(width.saturating_sub(used) + GAP)));
    };
    cell(highlighted(entry.code, &marks.code, columns.code, theme.code(entry.group), matched), columns.code);
    if columns.catalogue > 0 {
        let name = crate::sanitize::clean(app.viewed().catalogue_of(row).unwrap_or_default()).into_owned();
        cell(highlighted(&name, &[], columns.catalogue, theme.dim(), matched), columns.catalogue);
    }
    if columns.reason > 0 {
        cell(highlighted(entry.reason, &marks.reason, columns.reason, Default::default(), matched), columns.reason);
    }
    let pieces = match wrap {
        true => columns::wrap(entry.description, columns.description, usize::MAX / 8).unwrap_or_default(),
        false => Vec::new(),
    };
    if pieces.len() <= 1 {
        let description =
            highlighted(entry.description, &marks.description, columns.description, Default::default(), matched);
        spans.extend(description.spans);
        return vec![Line::from(spans)];
    }
    let chars: Vec<char> = entry.description.chars().collect();
    let indent = " ".repeat(columns.description_x());
    let mut lines = Vec::with_capacity(pieces.len());
    for (index, &(start, end)) in pieces.iter().enumerate() {
        let text: String = chars[start..end].iter().collect();
        let marks: Vec<usize> =
            marks.description.iter().filter(|&&m| (start..end).contains(&m)).map(|&m| m - start).collect();
        let piece = highlighted(&text, &marks, columns.description, Default::default(), matched);
        if index == 0 {
            spans.extend(piece.spans);
            lines.push(Line::from(std::mem::take(&mut spans)));
        } else {
            lines.push(Line::from([vec![Span::raw(indent.clone())], piece.spans].concat()));
        }
    }
    lines
}
