//! A code listed again: its rows merged into the first, text by text.

use super::Row;
use std::collections::HashSet;

pub(super) fn append(to: &mut String, text: &str, separator: &str) {
    if text.is_empty() {
        return;
    }
    if !to.is_empty() {
        to.push_str(separator);
    }
    to.push_str(text);
}

pub(super) fn paragraphs_of(description: &str) -> HashSet<String> {
    description.split("\n\n").map(str::to_string).collect()
}

/// A code listed again: identical text collapses; other text is kept, as a
/// paragraph of the first row's description, named by its reason when that
/// differs. `paragraphs`: those the first row's description holds, kept
/// beside it so that a code listed thousands of times is checked at once.
pub(super) fn merge(first: &mut Row, again: Row, paragraphs: &mut HashSet<String>) {
    // A first row with no short name is named by its own text.
    let first_name = match first.reason.is_empty() {
        true => first.description.split("\n\n").next().unwrap_or_default(),
        false => first.reason.as_str(),
    };
    let paragraph = if !again.reason.is_empty() && again.reason != first_name && again.reason != again.description {
        format!("{}: {}", again.reason, again.description)
    } else {
        again.description.clone()
    };
    // The same text again, under a name spelled another way ("BAD REQUEST"), says nothing new.
    let known = paragraphs.contains(&paragraph) || paragraphs.contains(&again.description);
    if !known {
        append(&mut first.description, &paragraph, "\n\n");
        paragraphs.extend(paragraph.split("\n\n").map(str::to_string));
    }
    // "— ¹" in one table, "500 ¹" in the next: the status a later table gives where the first gave none.
    if first.status.is_none() && again.status.as_ref().is_some_and(|status| *status != first.code) {
        first.status = again.status;
    }
    if let Some(notes) = again.notes {
        if !first.notes.as_deref().is_some_and(|n| n.contains(&notes)) {
            append(first.notes.get_or_insert_with(String::new), &notes, " ");
        }
    }
}
