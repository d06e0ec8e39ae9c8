//! The browser without its event loop: every effect that asks for work
//! (a search, counting catalogues) done at once, as tests and small tools use it.

use super::{App, Effect, Message, Reply};
use crate::tui::finder::Finder;
use std::collections::VecDeque;

/// Performs an action and, at once, any search it asks for: the browser
/// without a search thread, as tests and small tools use it.
pub fn update_inline(app: &mut App, finder: &mut Finder, message: impl Into<Message>) -> Vec<Effect> {
    let mut queue: VecDeque<Effect> = app.update(message).into();
    let mut effects = Vec::new();
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Search(query) => {
                let (hits, elsewhere) = finder.find(app.table(), &app.chosen, &query);
                queue.extend(app.update(Reply::SearchDone { query, hits, elsewhere }));
            }
            Effect::CountCatalogues if finder.knows_catalogues() => {
                for (index, rows) in finder.counts().into_iter().flatten().enumerate() {
                    queue.extend(app.update(Reply::Counted { index, rows }));
                }
            }
            other => effects.push(other),
        }
    }
    effects
}
