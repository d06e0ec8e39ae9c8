//! Tables laid out otherwise than a row to a code, as a reader turns them.

use crate::import::cells::{http_status, written_as_identifier};
use crate::import::words;
use crate::import::{Cell, RawTable};

/// A table whose header holds the codes ("| | 200 | 400 | 404 |") and whose
/// rows hold what each means, turned so that each code is a row.
pub(super) fn transposed(table: &RawTable) -> Option<RawTable> {
    let codes = table.header.get(1..)?;
    let statuses = codes.iter().filter(|h| http_status(h).is_some()).count();
    if codes.len() < 2 || statuses * 5 < codes.len() * 4 || table.rows.is_empty() {
        return None;
    }
    let label = |row: &Vec<Cell>| row.first().map(|c| c.text.clone()).unwrap_or_default();
    let mut header = vec![table.header[0].clone()];
    header.extend(table.rows.iter().map(label));
    let rows = (1..table.header.len())
        .map(|column| {
            let mut row = vec![Cell::plain(table.header[column].clone())];
            row.extend(table.rows.iter().map(|cells| cells.get(column).cloned().unwrap_or_default()));
            row
        })
        .collect();
    Some(RawTable { caption: table.caption.clone(), header, rows, labels: Vec::new(), listed: table.listed })
}

/// A table that sets its pairs side by side ("| 错误编码 | 错误说明 | 错误编码 | 错误说明 |")
/// to save room, read as one pair to a row: row by row, left to right.
pub(super) fn unfolded(table: &RawTable) -> Option<RawTable> {
    let width = table.header.len();
    let same = |a: &String, b: &String| a.trim().eq_ignore_ascii_case(b.trim()) && !a.trim().is_empty();
    let repeats =
        |k: usize| width.is_multiple_of(k) && (k..width).all(|i| same(&table.header[i], &table.header[i % k]));
    let group = (2..=width / 2).find(|&k| repeats(k))?;
    let mut rows = Vec::new();
    for row in &table.rows {
        for part in row.chunks(group) {
            if part.iter().any(|c| !c.text.trim().is_empty()) {
                rows.push(part.to_vec());
            }
        }
    }
    let header = table.header[..group].to_vec();
    Some(RawTable { header, rows, ..table.clone() })
}

/// A table of labelled values, one record after another ("| **Error** | `bad_digest` |",
/// "| **Message** | … |", then "| **Error** | `bad_request` |"): a row for each record,
/// its labels the header.
pub(super) fn records(table: &RawTable) -> Option<RawTable> {
    if table.rows.iter().any(|row| row.iter().skip(2).any(|c| !c.text.trim().is_empty())) {
        return None;
    }
    let label = |row: &Vec<Cell>| row.first().map(|c| c.text.trim().trim_end_matches([':', '：']).trim().to_string());
    let labelled: Vec<(String, Cell)> = table
        .rows
        .iter()
        .filter_map(|row| Some((label(row)?, row.get(1).cloned().unwrap_or_default())))
        .filter(|(label, _)| !label.is_empty())
        .collect();
    let first = labelled.first()?.0.clone();
    let mut labels: Vec<String> = Vec::new();
    for (label, _) in &labelled {
        if !labels.contains(label) {
            labels.push(label.clone());
        }
    }
    let wordy = labels.iter().any(|label| label.split_whitespace().count() > 4);
    let headed_by_label = table.header.iter().any(|h| labels.contains(&h.trim().to_string()));
    if labels.len() < 2 || labels.len() > 8 || wordy || headed_by_label {
        return None;
    }
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut labels_given: Vec<usize> = Vec::new();
    for (label, value) in labelled {
        if label == first {
            rows.push(vec![Cell::default(); labels.len()]);
            labels_given.push(0);
        }
        let at = labels.iter().position(|l| *l == label)?;
        let record = rows.last_mut()?;
        // A label twice in one record: not records, but a list of pairs.
        if !record[at].text.is_empty() {
            return None;
        }
        record[at] = value;
        *labels_given.last_mut()? += 1;
    }
    // "invalid_request_error" on five rows, then other codes: a record of one label is a pair, not a record.
    if labels_given.iter().any(|&given| given < 2) {
        return None;
    }
    // One record is one when its first label names the code ("Error", "Code").
    let names_code = words::is_one_of(&first, words::ERROR_ALONE) || words::mentions(&first, words::CODE);
    if rows.len() < 2 && !names_code {
        return None;
    }
    // "Error | Description" over "invalidInviteCode | …": the codes the header names, one to a row.
    let over_codes = table
        .header
        .first()
        .is_some_and(|h| words::is_one_of(h.trim(), words::ERROR_ALONE) || words::mentions(h, words::CODE));
    if over_codes && labels.iter().all(|label| written_as_identifier(label)) {
        return None;
    }
    Some(RawTable { header: labels, rows, labels: Vec::new(), ..table.clone() })
}

#[cfg(test)]
mod tests;
