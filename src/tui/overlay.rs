//! What the popups hold (a code's detail, the help) and where they go.
//! Shared by the view, which draws them, and the app, which bounds their
//! scrolling by their content.

use super::keymap::{bindings, Binding, Scope, MOUSE_HELP};
use super::layout::centered;
use super::view::Theme;
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

fn detail_lines(entry: &Entry<'_>, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} {}", entry.code, entry.reason), theme.code(entry.group)),
            Span::styled(format!("  ({})", entry.group.key()), theme.dim()),
        ]),
        Line::default(),
        Line::raw(entry.description.to_string()),
    ];
    let extras = crate::catalogue::extras(entry);
    if !extras.is_empty() {
        lines.push(Line::default());
    }
    for (label, value) in extras {
        lines.push(Line::from(vec![Span::styled(format!("{label:<8}"), theme.label()), Span::raw(value.to_string())]));
    }
    if let Some(notes) = entry.notes {
        lines.push(Line::default());
        lines.push(Line::raw(notes.to_string()));
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
