//! Browser state and the one place it changes: [`App::update`]. Plain Rust,
//! no terminal: every behaviour is testable by sending actions.

pub use super::action::{Action, CopyTarget, Effect};
use super::layout::ScreenLayout;
use crate::search::{Highlighter, Highlights, Hit, Searcher};
use crate::table::{Entry, Group, Table};
use ratatui::layout::{Position, Rect};
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Search,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Detail { row: usize, scroll: u16 },
    Help { scroll: u16 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pane {
    pub group: Group,
    /// Table rows shown, in display order (best match first when filtered).
    pub rows: Vec<usize>,
    pub selected: usize,
    /// Index in `rows` of the first visible row.
    pub offset: usize,
}

impl Pane {
    pub fn selected_row(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

/// Display widths of the table's widest code and reason, measured once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Widest {
    pub code: usize,
    pub reason: usize,
}

pub struct App {
    table: Arc<Table>,
    pub widest: Widest,
    highlighter: Highlighter,
    pub query: String,
    /// A search for `query` is under way; the panes still show the last results.
    pub searching: bool,
    pub mode: Mode,
    pub overlay: Overlay,
    pub panes: [Pane; 2],
    pub focus: usize,
    pub size: Rect,
    pub status: Option<Status>,
}

impl App {
    pub fn new(table: Arc<Table>, size: Rect) -> App {
        let panes =
            Group::ALL.map(|group| Pane { group, rows: table.group_range(group).collect(), selected: 0, offset: 0 });
        let focus = if panes[0].rows.is_empty() && !panes[1].rows.is_empty() { 1 } else { 0 };
        let widest = table.entries().iter().fold(Widest { code: 0, reason: 0 }, |w, e| Widest {
            code: w.code.max(e.code.width()),
            reason: w.reason.max(e.reason.width()),
        });
        App {
            table,
            widest,
            highlighter: Highlighter::default(),
            query: String::new(),
            searching: false,
            mode: Mode::Browse,
            overlay: Overlay::None,
            panes,
            focus,
            size,
            status: None,
        }
    }

    pub fn table(&self) -> &Arc<Table> {
        &self.table
    }

    pub fn entry(&self, row: usize) -> &Entry {
        &self.table.entries()[row]
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        self.panes[self.focus].selected_row().map(|row| self.entry(row))
    }

    pub fn highlights(&self, row: usize) -> Highlights {
        if self.query.trim().is_empty() {
            return Highlights::default();
        }
        self.highlighter.highlights(self.entry(row), &self.query)
    }

    pub fn layout(&self) -> Option<ScreenLayout> {
        ScreenLayout::new(self.size, self.table.group(Group::Normal).len())
    }

    fn visible_rows(&self, pane: usize) -> usize {
        self.layout().map_or(1, |l| usize::from(l.list_area(pane).height).max(1))
    }

    pub fn update(&mut self, action: Action) -> Effect {
        if !matches!(action, Action::Copied(_) | Action::Resize { .. } | Action::SearchDone { .. }) {
            self.status = None;
        }
        match action {
            Action::Quit => return Effect::Quit,
            Action::Up => self.move_selection(-1),
            Action::Down if self.mode == Mode::Search => self.accept_search(),
            Action::Down => self.move_selection(1),
            Action::Top => self.move_selection(isize::MIN),
            Action::Bottom => self.move_selection(isize::MAX),
            Action::PageUp => self.move_selection(-self.page(1)),
            Action::PageDown => self.move_selection(self.page(1)),
            Action::HalfPageUp => self.move_selection(-self.page(2)),
            Action::HalfPageDown => self.move_selection(self.page(2)),
            Action::NextPane | Action::PrevPane => self.focus = 1 - self.focus,
            Action::StartSearch => {
                self.overlay = Overlay::None;
                self.mode = Mode::Search;
            }
            // Pasted text can carry controls and direction marks: they never enter the query.
            Action::SearchInput(c) if !crate::sanitize::is_safe(c) => {}
            Action::SearchInput(c) => {
                self.query.push(c);
                return self.refilter();
            }
            Action::SearchBackspace => {
                self.query.pop();
                return self.refilter();
            }
            Action::SearchDeleteWord => {
                let kept = self.query.trim_end().rfind(' ').map_or(0, |i| i + 1);
                self.query.truncate(kept);
                return self.refilter();
            }
            Action::SearchClear => {
                self.query.clear();
                return self.refilter();
            }
            Action::SearchDone { query, hits } => self.show_results(&query, &hits),
            Action::SearchAccept => self.accept_search(),
            Action::OpenDetail => self.open_detail(),
            Action::Copy(target) => return self.copy(target),
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Overlay::Help { .. } => Overlay::None,
                    _ => Overlay::Help { scroll: 0 },
                }
            }
            Action::Back => return self.back(),
            Action::Click { column, row } => self.click(column, row),
            Action::Scroll { column, row, down } => self.scroll(column, row, down),
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.keep_selection_visible();
            }
            Action::Copied(result) => {
                self.status = Some(match result {
                    Ok(text) => Status { text, is_error: false },
                    Err(text) => Status { text, is_error: true },
                })
            }
        }
        Effect::None
    }

    fn page(&self, divisor: usize) -> isize {
        isize::try_from((self.visible_rows(self.focus) / divisor).max(1)).unwrap_or(1)
    }

    /// Moves the focused selection, or scrolls the open overlay.
    fn move_selection(&mut self, delta: isize) {
        match &mut self.overlay {
            Overlay::Detail { scroll, .. } | Overlay::Help { scroll } => {
                let step = i32::try_from(delta.clamp(-1000, 1000)).unwrap_or(0);
                *scroll = u16::try_from((i32::from(*scroll) + step).max(0)).unwrap_or(u16::MAX);
                return;
            }
            Overlay::None => {}
        }
        let pane = &mut self.panes[self.focus];
        if pane.rows.is_empty() {
            return;
        }
        let last = pane.rows.len() - 1;
        pane.selected = pane.selected.saturating_add_signed(delta).min(last);
        self.keep_selection_visible();
    }

    fn keep_selection_visible(&mut self) {
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

    /// Asks for the current query's results; an empty query needs no search.
    fn refilter(&mut self) -> Effect {
        if self.query.trim().is_empty() {
            let all: Vec<Hit> = (0..self.table.len()).map(|row| Hit { row, score: 0 }).collect();
            self.show_results(&self.query.clone(), &all);
            return Effect::None;
        }
        self.searching = true;
        Effect::Search(self.query.clone())
    }

    /// Fills the panes from results, unless they answer an older query.
    fn show_results(&mut self, query: &str, hits: &[Hit]) {
        if query != self.query {
            return;
        }
        self.searching = false;
        for pane in &mut self.panes {
            let range = self.table.group_range(pane.group);
            pane.rows = hits.iter().map(|hit| hit.row).filter(|row| range.contains(row)).collect();
            pane.selected = 0;
            pane.offset = 0;
        }
        if let Some(best) = hits.first() {
            self.focus = if self.table.group_range(Group::Normal).contains(&best.row) { 0 } else { 1 };
        }
        if self.mode == Mode::Browse {
            self.report_no_match();
        }
    }

    fn accept_search(&mut self) {
        self.mode = Mode::Browse;
        if !self.searching {
            self.report_no_match();
        }
    }

    fn report_no_match(&mut self) {
        if !self.query.trim().is_empty() && self.panes.iter().all(|pane| pane.rows.is_empty()) {
            self.set_error(format!("Nothing matches {:?}", self.query));
        }
    }

    fn open_detail(&mut self) {
        match self.panes[self.focus].selected_row() {
            Some(row) => self.overlay = Overlay::Detail { row, scroll: 0 },
            None => self.set_error("No code selected".to_string()),
        }
    }

    /// The row that actions apply to: the open detail's, else the selection.
    fn target_row(&self) -> Option<usize> {
        match self.overlay {
            Overlay::Detail { row, .. } => Some(row),
            _ => self.panes[self.focus].selected_row(),
        }
    }

    fn copy(&mut self, target: CopyTarget) -> Effect {
        let Some(row) = self.target_row() else {
            self.set_error("No code selected".to_string());
            return Effect::None;
        };
        let entry = self.entry(row);
        let (text, what) = match target {
            CopyTarget::Description => (entry.description.clone(), format!("description of {}", entry.code)),
            CopyTarget::Line => (format!("{} {}: {}", entry.code, entry.reason, entry.description), entry.code.clone()),
            CopyTarget::Constant => {
                let constant = [&entry.rust, &entry.go, &entry.python].into_iter().flatten().next().cloned();
                match constant {
                    Some(constant) => (constant.clone(), constant),
                    None => {
                        let message = format!("{} has no constant in this table", entry.code);
                        self.set_error(message);
                        return Effect::None;
                    }
                }
            }
        };
        Effect::Copy { text, what }
    }

    fn back(&mut self) -> Effect {
        if self.overlay != Overlay::None {
            self.overlay = Overlay::None;
        } else if self.mode == Mode::Search || !self.query.is_empty() {
            self.mode = Mode::Browse;
            self.query.clear();
            return self.refilter();
        }
        Effect::None
    }

    fn pane_at(&self, column: u16, row: u16) -> Option<usize> {
        let layout = self.layout()?;
        (0..2).find(|&index| layout.panes[index].contains(Position { x: column, y: row }))
    }

    fn click(&mut self, column: u16, row: u16) {
        if self.overlay != Overlay::None {
            return;
        }
        let (Some(index), Some(layout)) = (self.pane_at(column, row), self.layout()) else { return };
        self.focus = index;
        let list = layout.list_area(index);
        if list.contains(Position { x: column, y: row }) {
            let pane = &mut self.panes[index];
            let clicked = pane.offset + usize::from(row - list.y);
            if clicked < pane.rows.len() {
                pane.selected = clicked;
            }
        }
    }

    fn scroll(&mut self, column: u16, row: u16, down: bool) {
        const WHEEL_STEP: isize = 3;
        if self.overlay == Overlay::None {
            match self.pane_at(column, row) {
                Some(index) => self.focus = index,
                None => return,
            }
        }
        self.move_selection(if down { WHEEL_STEP } else { -WHEEL_STEP });
    }

    fn set_error(&mut self, text: String) {
        self.status = Some(Status { text, is_error: true });
    }

    /// Starts browsing with `query` searched, as `--query` does.
    pub fn start_with_query(&mut self, query: &str) -> Effect {
        self.query = query.to_string();
        self.mode = Mode::Browse;
        self.refilter()
    }
}

/// Performs an action and, at once, any search it asks for: the browser
/// without a search thread, as tests and small tools use it.
pub fn update_inline(app: &mut App, searcher: &mut Searcher, action: Action) -> Effect {
    let mut effect = app.update(action);
    while let Effect::Search(query) = effect {
        let hits = searcher.search(app.table(), &query);
        effect = app.update(Action::SearchDone { query, hits });
    }
    effect
}

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
