//! Browser state and the one place it changes: [`App::update`]. Plain Rust,
//! no terminal: every behaviour is testable by sending actions.

pub use self::inline::update_inline;
pub use self::query::pasted;
pub use super::action::{Action, CopyTarget, Edit, Effect, Ending, Input, Message, Pick, Reply};
use super::finder::Fallback;
use super::keymap;
use super::keymap::Scope;
use super::layout::{Need, ScreenLayout, PREVIEW_WIDTH};
use super::line::LineEdit;
use super::overlay::Page;
use super::theme::Theme;
use crate::search::{Highlighter, Highlights};
use crate::table::{Entry, Group, Table};
use ratatui::layout::Rect;
use std::collections::VecDeque;
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
    Detail {
        row: usize,
        scroll: u16,
    },
    Help {
        scroll: u16,
    },
    /// The catalogue picker, on its `selected` line (the last is "all").
    Catalogues {
        selected: usize,
    },
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

pub use super::columns::Widest;

/// The user's place, kept across a search that widens the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    selected: [Option<usize>; 2],
    focus: usize,
}

pub struct App {
    table: Arc<Table>,
    pub widest: Widest,
    highlighter: Highlighter,
    pub query: LineEdit,
    /// A search for `query` is under way; the panes still show the last results.
    pub searching: bool,
    pub mode: Mode,
    pub overlay: Overlay,
    pub panes: [Pane; 2],
    pub focus: usize,
    pub size: Rect,
    pub status: Option<Status>,
    pub pick: Option<Pick>,
    /// The catalogues shown, by name, the default's included: what a search falls through from.
    pub chosen: Vec<String>,
    /// The shown catalogues match nothing: the panes hold these matches from the others.
    pub fallback: Option<Fallback>,
    /// The search to keep when the catalogues shown change to those of the fallback.
    carried: Option<String>,
    /// The live preview as toggled with `p`; `None` shows it on wide screens.
    pub preview: Option<bool>,
    /// Every catalogue known, for the picker.
    pub catalogues: Vec<String>,
    /// Each catalogue's rows, once counted ("cannot load" when it cannot), for the picker.
    pub counts: Vec<Option<Option<usize>>>,
    /// Actions that arrived while a search was under way and read its
    /// results (or came after one that does): applied, in order, once it answers.
    pending: VecDeque<Message>,
    /// Where to put the selection when the search under way answers: the
    /// user's place (after deleting), or `None` for the best match (after typing).
    keep: Option<Place>,
}

impl App {
    pub fn new(table: Arc<Table>, size: Rect) -> App {
        let panes =
            Group::ALL.map(|group| Pane { group, rows: table.group_range(group).collect(), selected: 0, offset: 0 });
        let focus = if panes[0].rows.is_empty() && !panes[1].rows.is_empty() { 1 } else { 0 };
        // Table text has no control characters: ASCII is as wide as it is long.
        let width = |text: &str| if text.is_ascii() { text.len() } else { text.width() };
        let widest = (0..table.len()).fold(Widest { code: 0, reason: 0 }, |w, row| Widest {
            code: w.code.max(width(table.code(row))),
            reason: w.reason.max(width(table.reason(row))),
        });
        App {
            table,
            widest,
            highlighter: Highlighter::default(),
            query: LineEdit::default(),
            searching: false,
            mode: Mode::Browse,
            overlay: Overlay::None,
            panes,
            focus,
            size,
            status: None,
            pick: None,
            chosen: vec![crate::catalogue::DEFAULT.to_string()],
            fallback: None,
            carried: None,
            preview: None,
            counts: Vec::new(),
            catalogues: Vec::new(),
            pending: VecDeque::new(),
            keep: None,
        }
    }

    /// Pick mode: Enter chooses a code and ends the browser with its `field`.
    pub fn picking(mut self, field: Option<Pick>) -> App {
        self.pick = field;
        self
    }

    pub fn entry(&self, row: usize) -> Entry<'_> {
        self.viewed().entry(row)
    }

    pub fn selected_entry(&self) -> Option<Entry<'_>> {
        self.panes[self.focus].selected_row().map(|row| self.entry(row))
    }

    pub fn highlights(&self, row: usize) -> Highlights {
        if self.query.as_str().trim().is_empty() {
            return Highlights::default();
        }
        self.highlighter.highlights(&self.entry(row), self.query.as_str())
    }

    /// The scope a key press is read in, given what is on screen.
    pub fn scope(&self) -> Scope {
        match (self.mode, self.overlay) {
            (_, Overlay::Detail { .. }) => Scope::Detail,
            (_, Overlay::Help { .. }) => Scope::Help,
            (_, Overlay::Catalogues { .. }) => Scope::Picker,
            (Mode::Search, Overlay::None) => Scope::Search,
            (Mode::Browse, Overlay::None) => Scope::Browse,
        }
    }

    pub fn layout(&self) -> Option<ScreenLayout> {
        let viewed = self.viewed();
        let needs = self.panes.each_ref().map(|pane| match viewed.group_range(pane.group).is_empty() {
            true => Need::Nothing,
            false => Need::Rows(pane.rows.len()),
        });
        ScreenLayout::new(self.size, needs, self.preview_shown())
    }

    /// Whether the selected code's detail stays beside the lists: as `p`
    /// last said, else on screens wide enough for it.
    pub fn preview_shown(&self) -> bool {
        self.preview.unwrap_or(self.size.width >= PREVIEW_WIDTH)
    }

    /// The open popup, laid out on the screen.
    pub fn overlay_page(&self, theme: &Theme) -> Option<Page> {
        match self.overlay {
            Overlay::None => None,
            Overlay::Detail { row, .. } => Some(Page::detail(&self.entry(row), self.size, theme)),
            Overlay::Help { .. } => Some(Page::help(self.size, theme)),
            Overlay::Catalogues { selected } => {
                let choices =
                    super::overlay::Choices { names: &self.catalogues, counts: &self.counts, shown: &self.chosen };
                Some(Page::picker(&choices, selected, self.size, theme))
            }
        }
    }

    /// Applies one action, or holds it until the search under way answers if
    /// it reads results, so that keys act on the state they were typed against.
    pub fn update(&mut self, message: impl Into<Message>) -> Vec<Effect> {
        let message = message.into();
        let mut effects = Vec::new();
        if self.searching && message.is_input() && !self.pending.is_empty() {
            self.pending.push_back(message);
            return effects;
        }
        let Some(message) = self.resolve(message) else { return effects };
        if self.searching && message.is_input() && message.needs_results() {
            self.pending.push_back(message);
            return effects;
        }
        effects.extend(self.apply(message));
        while !self.searching && !matches!(effects.last(), Some(Effect::End(_))) {
            let Some(next) = self.pending.pop_front() else { break };
            if let Some(next) = self.resolve(next) {
                effects.extend(self.apply(next));
            }
        }
        effects
    }

    /// A key becomes the action it is bound to on the screen as it is now.
    fn resolve(&self, message: Message) -> Option<Message> {
        match message {
            Message::Input(Input::Key(key)) => keymap::action_for(self.scope(), key).map(Message::Command),
            other => Some(other),
        }
    }

    fn apply(&mut self, message: Message) -> Option<Effect> {
        match message {
            Message::Command(action) => {
                self.status = None;
                self.command(action)
            }
            Message::Input(input) => self.input(input),
            Message::Reply(reply) => {
                self.reply(reply);
                None
            }
        }
    }

    fn input(&mut self, input: Input) -> Option<Effect> {
        if !matches!(input, Input::Resize { .. }) {
            self.status = None;
        }
        match input {
            Input::Key(_) => {}
            Input::Paste(text) => return self.type_text(&pasted(&text)),
            Input::Click { column, row } => {
                self.click(column, row);
            }
            Input::DoubleClick { column, row } => {
                if self.overlay == Overlay::None && self.click(column, row) {
                    self.open_detail();
                }
            }
            Input::Scroll { column, row, down } => self.scroll(column, row, down),
            Input::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.keep_selection_visible();
                self.move_by(0);
            }
        }
        None
    }

    fn reply(&mut self, reply: Reply) {
        match reply {
            Reply::SearchDone { query, hits, elsewhere } => self.show_results(&query, &hits, elsewhere),
            Reply::Counted { index, rows } => {
                if let Some(count) = self.counts.get_mut(index) {
                    *count = Some(rows);
                }
            }
            Reply::Copied(Ok(text)) | Reply::Progress(text) => self.set_status(text, false),
            Reply::Copied(Err(text)) | Reply::Failed(text) => self.set_error(text),
        }
    }

    fn command(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Quit => return Some(Effect::End(self.leave())),
            Action::Interrupt => return Some(Effect::End(Ending::Interrupted)),
            Action::Suspend => return Some(Effect::Suspend),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::Top => self.move_by(isize::MIN),
            Action::Bottom => self.move_by(isize::MAX),
            Action::PageUp => self.move_by(-self.page(1)),
            Action::PageDown => self.move_by(self.page(1)),
            Action::HalfPageUp => self.move_by(-self.page(2)),
            Action::HalfPageDown => self.move_by(self.page(2)),
            Action::NextPane | Action::PrevPane if self.overlay == Overlay::None && self.other_pane_shown() => {
                self.focus = 1 - self.focus
            }
            Action::TogglePreview => {
                self.preview = Some(!self.preview_shown());
                self.keep_selection_visible();
            }
            Action::NextPane | Action::PrevPane | Action::TypeKey => {}
            Action::StartSearch => {
                self.overlay = Overlay::None;
                self.mode = Mode::Search;
            }
            Action::SearchInput(c) => return self.type_text(&c.to_string()),
            Action::Edit(edit) => return self.edit(edit),
            Action::SearchAccept => self.accept_search(),
            Action::Choose => return self.choose(),
            Action::OpenDetail if self.overlay == Overlay::None => self.open_detail(),
            Action::OpenDetail => {}
            Action::OpenCatalogues if self.overlay == Overlay::None && !self.catalogues.is_empty() => {
                self.overlay = Overlay::Catalogues { selected: 0 };
                // Counted aside the first time: a large catalogue takes a moment to read.
                if self.counts.is_empty() {
                    self.counts = vec![None; self.catalogues.len()];
                    return Some(Effect::CountCatalogues);
                }
            }
            Action::OpenCatalogues => {}
            Action::ShowElsewhere => return self.show_elsewhere(),
            Action::Copy(target) => return self.copy(target),
            Action::OpenLink => return self.open_link(),
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Overlay::Help { .. } => Overlay::None,
                    _ => Overlay::Help { scroll: 0 },
                }
            }
            Action::Back => return self.back(),
        }
        None
    }

    /// Whether the pane not focused has any codes to go to.
    fn other_pane_shown(&self) -> bool {
        !self.viewed().group_range(self.panes[1 - self.focus].group).is_empty()
    }

    fn leave(&self) -> Ending {
        if self.pick.is_some() {
            Ending::Cancelled
        } else {
            Ending::Quit
        }
    }

    fn back(&mut self) -> Option<Effect> {
        if self.overlay != Overlay::None {
            self.overlay = Overlay::None;
        } else if self.mode == Mode::Search || !self.query.is_empty() {
            // A search is left first, in pick mode too; then Esc cancels the pick.
            self.mode = Mode::Browse;
            self.query.clear();
            return self.refilter(true);
        } else if self.pick.is_some() {
            return Some(Effect::End(Ending::Cancelled));
        }
        None
    }

    fn set_error(&mut self, text: String) {
        self.set_status(text, true);
    }

    /// Every status passes here: it may quote a query, a code or a clipboard
    /// tool's error, so it is shown cleaned, as stderr's messages are.
    fn set_status(&mut self, text: String, is_error: bool) {
        self.status = Some(Status { text: crate::report::line(text), is_error });
    }

    /// Starts browsing with `query` searched, as `--query` does.
    pub fn start_with_query(&mut self, query: &str) -> Vec<Effect> {
        self.query.set(&pasted(query));
        self.mode = Mode::Browse;
        self.refilter(false).into_iter().collect()
    }
}

mod choose;
mod inline;
mod movement;
mod pointer;
mod query;
mod shown;
#[cfg(test)]
mod tests;
