//! What the panes show: which catalogues, the table searched, and the one
//! their rows are of (the shown table, or the matches found elsewhere).

use super::{App, Effect, Status};
use crate::table::Table;
use std::sync::Arc;

impl App {
    /// Names the catalogues shown, unless it is the default table alone.
    pub fn showing(mut self, names: &[String]) -> App {
        if !names.is_empty() {
            self.chosen = names.to_vec();
        }
        self.shown = match names {
            [only] if only == crate::catalogue::DEFAULT => Vec::new(),
            names => names.to_vec(),
        };
        self
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
        *self = fresh.offering(catalogues);
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
}
