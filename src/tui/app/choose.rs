//! Acting on a code: Enter (the detail view, or the pick), the catalogue
//! picker's choice, and copying.

use super::Pick;
use super::{App, CopyTarget, Effect, Ending, Overlay};
use crate::table::Entry;

impl App {
    /// Enter: the detail view, or in pick mode the end of the browser with the chosen code.
    pub(super) fn choose(&mut self) -> Option<Effect> {
        if let Overlay::Catalogues { selected } = self.overlay {
            self.overlay = Overlay::None;
            let name = self.catalogues.get(selected).cloned().unwrap_or_else(|| crate::catalogue::ALL.to_string());
            return Some(Effect::ShowCatalogues(vec![name]));
        }
        let row = match self.overlay {
            Overlay::Detail { row, .. } if self.pick.is_some() => row,
            Overlay::None => match self.panes[self.focus].selected_row() {
                Some(row) => row,
                None => {
                    self.set_error("No code selected".to_string());
                    return None;
                }
            },
            _ => return None,
        };
        let Some(field) = self.pick else {
            self.open_detail();
            return None;
        };
        let entry = self.entry(row);
        let text = match field {
            Pick::Code => Some(entry.code.to_string()),
            Pick::Description => Some(entry.description.to_string()),
            Pick::Line => Some(line_of(&entry)),
            Pick::Constant => constant_of(&entry),
        };
        match text {
            Some(text) => Some(Effect::End(Ending::Picked(text))),
            None => {
                self.set_error(format!("{} has no constant in this table", entry.code));
                None
            }
        }
    }

    pub(super) fn open_detail(&mut self) {
        match self.panes[self.focus].selected_row() {
            Some(row) => self.overlay = Overlay::Detail { row, scroll: 0 },
            None => self.set_error("No code selected".to_string()),
        }
    }

    /// The row that actions apply to: the open detail's, else the selection.
    pub(super) fn target_row(&self) -> Option<usize> {
        match self.overlay {
            Overlay::Detail { row, .. } => Some(row),
            _ => self.panes[self.focus].selected_row(),
        }
    }

    pub(super) fn copy(&mut self, target: CopyTarget) -> Option<Effect> {
        let Some(row) = self.target_row() else {
            self.set_error("No code selected".to_string());
            return None;
        };
        let entry = self.entry(row);
        let (text, what) = match target {
            CopyTarget::Description => (entry.description.to_string(), format!("description of {}", entry.code)),
            CopyTarget::Line => (line_of(&entry), format!("line of {}", entry.code)),
            CopyTarget::Constant => match constant_of(&entry) {
                Some(constant) => (constant.clone(), constant),
                None => {
                    let message = format!("{} has no constant in this table", entry.code);
                    self.set_error(message);
                    return None;
                }
            },
        };
        Some(Effect::Copy { text, what })
    }
}

impl App {
    /// `o`: the code's link, to be opened in a browser (or copied where none can open).
    pub(super) fn open_link(&mut self) -> Option<Effect> {
        let Some(row) = self.target_row() else {
            self.set_error("No code selected".to_string());
            return None;
        };
        let entry = self.entry(row);
        match crate::link::of(&entry) {
            Some(url) => Some(Effect::Open { url, code: entry.code.to_string() }),
            None => {
                let message = format!("{} has no link in this table", entry.code);
                self.set_error(message);
                None
            }
        }
    }
}

/// "404 Not Found: The server could not find the requested page."
fn line_of(entry: &Entry<'_>) -> String {
    format!("{}: {}", entry.title(), entry.description)
}

/// The first language constant the table has for the code (Rust, Go, Python).
fn constant_of(entry: &Entry<'_>) -> Option<String> {
    [entry.rust, entry.go, entry.python].into_iter().flatten().next().map(str::to_string)
}
