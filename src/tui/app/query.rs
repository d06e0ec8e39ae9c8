//! The search box: typing, pasting and editing the query, and filling the
//! panes with the answers, keeping the user's place where it makes sense.

use super::{App, Effect, Fallback, Mode, Overlay, Place};
use crate::search::Hit;
use crate::table::Group;
use crate::tui::action::Edit;
use crate::tui::line::LineEdit;
use std::sync::Arc;

impl App {
    /// Typed or pasted text: into the search box; from the panes, a new search with it.
    pub(super) fn type_text(&mut self, text: &str) -> Option<Effect> {
        let text: String = text.chars().filter(|&c| crate::sanitize::is_safe(c)).collect();
        if text.is_empty() || self.overlay != Overlay::None {
            return None;
        }
        if self.mode == Mode::Browse {
            self.mode = Mode::Search;
            self.query.clear();
        }
        self.query.insert(&text);
        self.refilter(false)
    }

    pub(super) fn edit(&mut self, edit: Edit) -> Option<Effect> {
        let query = &mut self.query;
        let moved = |step: fn(&mut LineEdit), query: &mut LineEdit| {
            step(query);
            false
        };
        let deleted = match edit {
            Edit::Left => moved(LineEdit::left, query),
            Edit::Right => moved(LineEdit::right, query),
            Edit::Home => moved(LineEdit::home, query),
            Edit::End => moved(LineEdit::end, query),
            Edit::WordLeft => moved(LineEdit::word_left, query),
            Edit::WordRight => moved(LineEdit::word_right, query),
            Edit::DeleteBack => query.delete_back(),
            Edit::DeleteForward => query.delete_forward(),
            Edit::DeleteWordBack => query.delete_word_back(),
            Edit::DeleteToStart => query.delete_to_start(),
            Edit::DeleteToEnd => query.delete_to_end(),
        };
        if deleted {
            self.refilter(true)
        } else {
            None
        }
    }

    /// Asks for the current query's results; an empty query needs no search.
    /// `keep_place`: keep the selected codes where they are still listed.
    pub(super) fn refilter(&mut self, keep_place: bool) -> Option<Effect> {
        self.keep = keep_place.then(|| Place {
            selected: [self.panes[0].selected_row(), self.panes[1].selected_row()],
            focus: self.focus,
        });
        let query = self.query.as_str().to_string();
        if query.trim().is_empty() {
            let all: Vec<Hit> = (0..self.table.len()).map(|row| Hit { row, score: 0 }).collect();
            self.searching = true;
            self.show_results(&query, &all, None);
            return None;
        }
        self.searching = true;
        Some(Effect::Search(query))
    }

    /// Fills the panes from results (or, when there are none, from the
    /// matches found elsewhere), unless they answer an older query.
    pub(super) fn show_results(&mut self, query: &str, hits: &[Hit], elsewhere: Option<Fallback>) {
        if !self.searching || query != self.query.as_str() {
            return;
        }
        self.searching = false;
        self.fallback = if hits.is_empty() { elsewhere } else { None };
        let rows: Vec<usize> = match &self.fallback {
            Some(fallback) => fallback.rows.clone(),
            None => hits.iter().map(|hit| hit.row).collect(),
        };
        let viewed = Arc::clone(self.viewed());
        let keep = self.keep.take();
        for (index, pane) in self.panes.iter_mut().enumerate() {
            let range = viewed.group_range(pane.group);
            pane.rows = rows.iter().copied().filter(|row| range.contains(row)).collect();
            let kept = keep.and_then(|place| place.selected[index]);
            pane.selected = kept.and_then(|row| pane.rows.iter().position(|&r| r == row)).unwrap_or(0);
            pane.offset = 0;
        }
        self.focus = match (keep, rows.first()) {
            (Some(place), _) if !self.panes[place.focus].rows.is_empty() => place.focus,
            (Some(place), _) if !self.panes[1 - place.focus].rows.is_empty() => 1 - place.focus,
            (Some(place), _) => place.focus,
            (None, Some(&best)) => usize::from(!viewed.group_range(Group::Normal).contains(&best)),
            (None, None) => self.focus,
        };
        self.keep_selection_visible();
        if let Some(fallback) = &self.fallback {
            let (count, from) = (fallback.rows.len(), fallback.from.join(", "));
            let plural = if count == 1 { "" } else { "es" };
            let text = format!(
                "Nothing in {}: {count} match{plural} from {from}; Ctrl-o shows {from}",
                self.chosen.join(", ")
            );
            self.set_status(text, false);
        } else if self.mode == Mode::Browse {
            self.report_no_match();
        }
    }

    /// Shows the catalogues the fallback's matches come from, the search kept.
    pub(super) fn show_elsewhere(&mut self) -> Option<Effect> {
        let fallback = self.fallback.as_ref()?;
        self.carried = Some(self.query.as_str().to_string());
        Some(Effect::ShowCatalogues(fallback.from.clone()))
    }

    pub(super) fn accept_search(&mut self) {
        self.mode = Mode::Browse;
        self.report_no_match();
    }

    pub(super) fn report_no_match(&mut self) {
        let query = self.query.as_str();
        if !query.trim().is_empty() && self.panes.iter().all(|pane| pane.rows.is_empty()) {
            self.set_error(format!("Nothing matches {:?}", crate::sanitize::clean(query)));
        }
    }
}

/// Pasted text as one line of the search box, held to the rule for table
/// text: line breaks and tabs become spaces, other controls their visible
/// pictures (ESC ␛), invisible direction marks are dropped.
pub fn pasted(text: &str) -> String {
    crate::sanitize::clean(text).into_owned()
}
