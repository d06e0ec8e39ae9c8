//! What the popups hold (a code's detail, the help) and where they go.
//! Shared by the view, which draws them, and the app, which bounds their
//! scrolling by their content.

use super::keymap::{bindings, Task, MOUSE_HELP};
use super::layout::centered;
use super::theme::Theme;
use crate::table::Entry;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

const DETAIL_WIDTH: u16 = 90;
const HELP_WIDTH: u16 = 72;

/// What the catalogue picker offers: the names, their row counts once
/// known, and the names shown now.
pub struct Choices<'a> {
    pub names: &'a [String],
    pub counts: &'a [Option<Option<usize>>],
    pub shown: &'a [String],
}

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
        let width = screen.width.min(DETAIL_WIDTH).saturating_sub(2);
        Page::fit(detail_lines(entry, theme, usize::from(width)), screen, DETAIL_WIDTH)
    }

    pub fn help(screen: Rect, theme: &Theme) -> Page {
        let width = screen.width.min(HELP_WIDTH).saturating_sub(2);
        Page::fit(help_lines(theme, usize::from(width)), screen, HELP_WIDTH)
    }

    /// The catalogue picker: every catalogue with its rows, then "all"; the
    /// line under the cursor highlighted, those shown now marked with `*`.
    pub fn picker(choices: &Choices, selected: usize, screen: Rect, theme: &Theme) -> Page {
        let width = choices.names.iter().map(|name| name.width()).max().unwrap_or(0).max(3);
        let is_shown = |name: &str| choices.shown.iter().any(|shown| shown.eq_ignore_ascii_case(name));
        let mark = |shown: bool| if shown { '*' } else { ' ' };
        let mut lines: Vec<String> = choices
            .names
            .iter()
            .enumerate()
            .map(|(index, name)| {
                let rows = match choices.counts.get(index).copied().flatten() {
                    Some(Some(1)) => "1 row".to_string(),
                    Some(Some(rows)) => format!("{rows} rows"),
                    Some(None) => "cannot load".to_string(),
                    None => "…".to_string(),
                };
                let name = crate::sanitize::clean(name);
                format!(" {} {name:<width$}  {rows:>12} ", mark(is_shown(&name)))
            })
            .collect();
        let all = choices.names.iter().all(|name| is_shown(name));
        lines.push(format!(" {} all (every catalogue at once) ", mark(all)));
        let lines = lines
            .into_iter()
            .enumerate()
            .map(|(index, text)| match index == selected {
                true => Line::styled(text, theme.selected(true)),
                false => Line::raw(text),
            })
            .collect();
        Page::fit(lines, screen, 56)
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

pub fn detail_lines(entry: &Entry<'_>, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let (title, _) = shown(&entry.title(), theme);
    let (description, more) = shown(entry.description, theme);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(title, theme.code(entry.group)),
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
        // Wrapped under the value, not under the label.
        lines.extend(hanging(vec![Span::styled(format!("{label:<8}"), theme.label())], 8, &value, width));
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

/// What people come to the help for, in the order they act.
const TASKS: [(Task, &str); 6] = [
    (Task::Move, "Move"),
    (Task::Search, "Search (in the search box, other keys type)"),
    (Task::Read, "Read"),
    (Task::Copy, "Copy"),
    (Task::Catalogues, "Catalogues"),
    (Task::Quit, "Quit"),
];

/// Keys are written in this many columns (more when they need it); their help after.
const KEYS_WIDTH: usize = 11;

/// The help by task: every binding once, those sharing keys in a task on
/// one line (j ↓: "move down; scroll down; next catalogue"), wrapped under
/// their text to the popup's `width`.
fn help_lines(theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (task, title) in TASKS {
        // Keys with the same meaning share a line, as do meanings of the same keys.
        let mut entries: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
        for binding in bindings().filter(|b| b.task == task) {
            let keys: Vec<&str> = binding.label.split(' ').collect();
            match entries.iter_mut().find(|(k, helps)| *k == keys || helps == &[binding.help]) {
                Some((k, helps)) => {
                    k.extend(keys.into_iter().filter(|key| !k.contains(key)).collect::<Vec<_>>());
                    if !helps.contains(&binding.help) {
                        helps.push(binding.help);
                    }
                }
                None => entries.push((keys, vec![binding.help])),
            }
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title, theme.label()));
        let entries: Vec<(String, String)> = entries.into_iter().map(|(k, h)| (k.join(" "), h.join("; "))).collect();
        lines.extend(paired(&entries, width, theme));
    }
    lines.push(Line::default());
    lines.push(Line::styled("Mouse", theme.label()));
    for (what, help) in MOUSE_HELP {
        lines.extend(entry(what, help, width, theme));
    }
    lines
}

/// Entries two to a line where both are short, so the help fits a small
/// screen in two pages; a long one has its line to itself.
fn paired(entries: &[(String, String)], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    const SHORT_KEYS: usize = KEYS_WIDTH;
    let half = width / 2;
    let short = |(keys, help): &(String, String)| keys.width() <= SHORT_KEYS && SHORT_KEYS + 3 + help.width() < half;
    let cell = |(keys, help): &(String, String), pad: usize| {
        let keys = Span::styled(format!("  {keys:<SHORT_KEYS$} "), theme.key());
        let help = format!("{help:<w$}", w = pad.saturating_sub(SHORT_KEYS + 3));
        vec![keys, Span::raw(help)]
    };
    let mut lines = Vec::new();
    let mut index = 0;
    while index < entries.len() {
        let (this, next) = (&entries[index], entries.get(index + 1));
        match next {
            Some(next) if short(this) && short(next) => {
                lines.push(Line::from([cell(this, half), cell(next, 0)].concat()));
                index += 2;
            }
            _ => {
                lines.extend(entry(&this.0, &this.1, width, theme));
                index += 1;
            }
        }
    }
    lines
}

/// A key and its help, the help wrapped at spaces and indented under itself.
fn entry(keys: &str, help: &str, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let column = keys.width().max(KEYS_WIDTH);
    let keys = Span::styled(format!("  {keys:<column$} "), theme.key());
    hanging(vec![keys], column + 3, help, width)
}

/// `text` after `first` (spans `indent` columns wide), wrapped at spaces to
/// `width`, each further line indented by `indent`, so it reads as one item.
pub fn hanging(first: Vec<Span<'static>>, indent: usize, text: &str, width: usize) -> Vec<Line<'static>> {
    let rows = crate::wrap::at_spaces(text, width.saturating_sub(indent).max(10));
    let mut lines = Vec::with_capacity(rows.len());
    for (index, row) in rows.into_iter().enumerate() {
        let lead = if index == 0 { first.clone() } else { vec![Span::raw(" ".repeat(indent))] };
        lines.push(Line::from([lead, vec![Span::raw(row)]].concat()));
    }
    lines
}

#[cfg(test)]
mod tests;
