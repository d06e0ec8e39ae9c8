//! A run of codes a page lists, made a table as any other is read: the columns a list gives.

use super::entry::Entry;
use crate::import::cells::{http_status, whole_number};
use crate::import::{Block, Cell, RawTable};

pub(super) fn table(mut entries: Vec<Entry>) -> Block {
    // "`AUTH_REQUIRED` - 401: Authentication required", line after line: the status each code is
    // answered with opens its text, kept with the notes.
    let status_led = |e: &Entry| {
        let led =
            e.text.split_once(": ").filter(|(status, rest)| http_status(status).is_some() && !rest.trim().is_empty());
        !whole_number(&e.code) && e.status.is_empty() && led.is_some()
    };
    let led = entries.iter().filter(|e| status_led(e)).count();
    if led >= 2 && led * 3 >= entries.len() * 2 {
        for entry in entries.iter_mut().filter(|e| status_led(e)) {
            let (status, rest) = entry.text.split_once(": ").unwrap_or_default();
            let noted = [format!("HTTP {status}"), std::mem::take(&mut entry.notes)];
            (entry.text, entry.notes) = (rest.trim().to_string(), noted.join(" ").trim().to_string());
        }
    }
    let mut header = ["Code", "Name", "Description", "Notes"].map(String::from).to_vec();
    // "`[400]` => 09 => …": the status each code is answered with, where lines give it.
    let answered = entries.iter().any(|e| !e.status.is_empty());
    if answered {
        header.push("HTTP Status".to_string());
    }
    let cells = |e: Entry| {
        let mut cells = [e.code, e.name, e.text, e.notes].map(Cell::plain).to_vec();
        cells.extend(answered.then(|| Cell::plain(e.status)));
        cells
    };
    let rows = entries.into_iter().map(cells).collect();
    Block::Table(RawTable { header, rows, listed: true, ..RawTable::default() })
}
