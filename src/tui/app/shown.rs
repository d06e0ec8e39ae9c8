//! What the panes show: which catalogues, the table searched, and the one
//! their rows are of (the shown table, or the matches found elsewhere).

use super::{App, Effect, Status};
use crate::table::Table;
use crate::tui::columns::{self, Columns};
use ratatui::layout::Rect;
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

impl App {
    /// Names the catalogues shown (none: the default table).
    pub fn showing(mut self, names: &[String]) -> App {
        if !names.is_empty() {
            self.chosen = names.to_vec();
        }
        self
    }

    /// The catalogues shown, for the pane titles; none for the default table alone.
    pub fn shown(&self) -> &[String] {
        match self.chosen.as_slice() {
            [only] if only == crate::catalogue::DEFAULT => &[],
            names => names,
        }
    }

    /// The catalogues the picker offers.
    pub fn offering(mut self, names: Vec<String>) -> App {
        self.catalogues = names;
        self
    }

    /// Shows another table (the catalogues picked), starting afresh on it,
    /// or, when they were asked for from matches found elsewhere, with the search kept.
    pub fn replace_table(&mut self, table: Arc<Table>, shown: &[String]) -> Vec<Effect> {
        let carried = self.carried.take();
        let fresh = App::new(table, self.size).picking(self.pick).showing(shown);
        let catalogues = std::mem::take(&mut self.catalogues);
        let counts = std::mem::take(&mut self.counts);
        *self = fresh.offering(catalogues);
        self.counts = counts;
        let effects = carried.map(|query| self.start_with_query(&query)).unwrap_or_default();
        self.status = Some(Status { text: format!("Showing {}", shown.join(", ")), is_error: false });
        effects
    }

    /// The shown catalogues' table, which searches run over.
    pub fn table(&self) -> &Arc<Table> {
        &self.table
    }

    /// The table the panes' rows are of: the shown one, or the fallback's.
    pub fn viewed(&self) -> &Arc<Table> {
        self.fallback.as_ref().map_or(&self.table, |fallback| &fallback.table)
    }

    /// The columns of the panes for a list `width` cells wide.
    pub fn columns(&self, width: usize) -> Columns {
        let catalogue = self.viewed().catalogues().iter().map(|name| name.width()).max().unwrap_or(0);
        Columns::new(self.widest, catalogue, width)
    }

    /// Lines each row of `pane` takes, when every row fits in `list` with its
    /// description wrapped; `None` when rows are one line each.
    pub fn row_heights(&self, pane: usize, list: Rect) -> Option<Vec<usize>> {
        let columns = self.columns(usize::from(list.width));
        let descriptions = self.panes[pane].rows.iter().map(|&row| self.entry(row).description);
        columns::wrapped_heights(descriptions, columns.description, usize::from(list.height))
    }
}
