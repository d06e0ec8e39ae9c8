//! What the popups hold (a code's detail, the help) and where they go.
//! Shared by the view, which draws them, and the app, which bounds their
//! scrolling by their content.

use super::keymap::{bindings, Binding, Scope, MOUSE_HELP};
use super::layout::centered;
use super::theme::Theme;
use crate::table::Entry;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

const DETAIL_WIDTH: u16 = 90;
const HELP_WIDTH: u16 = 72;

/// A popup's content laid out on a screen.
pub struct Page {
    pub lines: Vec<Line<'static>>,
    /// The popup, borders included.
    pub area: Rect,
    /// Lines of content once wrapped to the popup's width.
    pub content_height: u16,
}

impl Page {
    pub fn detail(entry: &Entry<'_>, screen: Rect, theme: &Theme) -> Page {
        Page::fit(detail_lines(entry, theme), screen, DETAIL_WIDTH)
    }

    pub fn help(screen: Rect, theme: &Theme) -> Page {
        Page::fit(help_lines(theme), screen, HELP_WIDTH)
    }

    /// The catalogue picker: every catalogue, then "all", the chosen line marked.
    pub fn picker(names: &[String], selected: usize, screen: Rect, theme: &Theme) -> Page {
        let choices = names.iter().map(String::as_str).chain(std::iter::once("all (every catalogue at once)"));
        let lines = choices
            .enumerate()
            .map(|(index, name)| {
                let text = format!(" {} ", crate::sanitize::clean(name));
                if index == selected {
                    Line::styled(text, theme.selected(true))
                } else {
                    Line::raw(text)
                }
            })
            .collect();
        Page::fit(lines, screen, 48)
    }

    fn fit(lines: Vec<Line<'static>>, screen: Rect, max_width: u16) -> Page {
        let width = screen.width.min(max_width);
        let wrapped = Paragraph::new(lines.clone()).wrap(Wrap { trim: false }).line_count(width.saturating_sub(2));
        let content_height = u16::try_from(wrapped).unwrap_or(u16::MAX);
        let area = centered(screen, width, content_height.saturating_add(2));
        Page { lines, area, content_height }
    }

    /// Rows of content the popup shows at once.
    pub fn view_height(&self) -> u16 {
        self.area.height.saturating_sub(2)
    }

    /// The furthest the content scrolls: its last line at the popup's bottom.
    pub fn max_scroll(&self) -> u16 {
        self.content_height.saturating_sub(self.view_height())
    }
}

/// The most of one field the detail lays out: some 200 lines of the popup.
/// What a table holds beyond it is said, not drawn, so a field of 50 MB
/// opens and scrolls as fast as one of 50 bytes (copying still takes it whole).
pub const FIELD_SHOWN_BYTES: usize = 16 * 1024;

/// `text` as far as the detail shows it, and a line saying how much more there is.
fn shown(text: &str, theme: &Theme) -> (String, Option<Line<'static>>) {
    if text.len() <= FIELD_SHOWN_BYTES {
        return (text.to_string(), None);
    }
    let mut cut = FIELD_SHOWN_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // At a space near the end, when there is one, so no word is cut in two.
    let cut = text[..cut].rfind(' ').filter(|&space| space > cut / 2).unwrap_or(cut);
    let more = text.len() - cut;
    let note = Line::styled(format!("… {} more not shown (y copies all of it)", size(more)), theme.dim());
    (format!("{}…", &text[..cut]), Some(note))
}

fn size(bytes: usize) -> String {
    match bytes {
        0..1024 => format!("{bytes} bytes"),
        1024..1_048_576 => format!("{} KiB", bytes / 1024),
        _ => format!("{:.1} MiB", bytes as f64 / 1_048_576.0),
    }
}

fn detail_lines(entry: &Entry<'_>, theme: &Theme) -> Vec<Line<'static>> {
    let (code, _) = shown(entry.code, theme);
    let (reason, _) = shown(entry.reason, theme);
    let (description, more) = shown(entry.description, theme);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{code} {reason}"), theme.code(entry.group)),
            Span::styled(format!(" — {}", entry.group.key()), theme.dim()),
        ]),
        Line::default(),
        Line::raw(description),
    ];
    lines.extend(more);
    if let Some(aliases) = crate::catalogue::also_known_as(entry) {
        let (aliases, more) = shown(&aliases, theme);
        lines.push(Line::styled(aliases, theme.dim()));
        lines.extend(more);
    }
    let extras = crate::catalogue::extras(entry);
    if !extras.is_empty() {
        lines.push(Line::default());
    }
    for (label, value) in extras {
        let (value, more) = shown(&value, theme);
        lines.push(Line::from(vec![Span::styled(format!("{label:<8}"), theme.label()), Span::raw(value)]));
        lines.extend(more);
    }
    if let Some(notes) = entry.notes {
        let (notes, more) = shown(notes, theme);
        lines.push(Line::default());
        lines.push(Line::raw(notes));
        lines.extend(more);
    }
    lines
}

fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let sections = [
        ("Browsing", Scope::Browse),
        ("In the search box (other keys type)", Scope::Search),
        ("In the detail view and this help", Scope::Detail),
        ("In the catalogue picker (C)", Scope::Picker),
    ];
    let mut lines = Vec::new();
    for (title, scope) in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title, theme.label()));
        let in_section = |b: &Binding| match scope {
            Scope::Detail => b.scopes.contains(&Scope::Detail) || b.scopes.contains(&Scope::Help),
            _ => b.scopes.contains(&scope) && !b.scopes.contains(&Scope::Detail),
        };
        for binding in bindings() {
            if in_section(binding) && binding.scopes.len() < super::keymap::ALL.len() {
                lines.push(entry(binding.label, binding.help, theme));
            }
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled("Everywhere", theme.label()));
    for binding in bindings().filter(|b| b.scopes.len() == super::keymap::ALL.len()) {
        lines.push(entry(binding.label, binding.help, theme));
    }
    lines.push(Line::default());
    lines.push(Line::styled("Mouse", theme.label()));
    lines.extend(MOUSE_HELP.iter().map(|(what, help)| entry(what, help, theme)));
    lines
}

fn entry(keys: &str, help: &str, theme: &Theme) -> Line<'static> {
    Line::from(vec![Span::styled(format!("  {keys:<18}"), theme.key()), Span::raw(help.to_string())])
}

#[cfg(test)]
mod tests;
