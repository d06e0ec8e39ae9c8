//! Tables laid out otherwise than a row to a code, as a reader turns them.

use crate::import::cells::{http_status, written_as_identifier};
use crate::import::words;
use crate::import::{Block, Cell, RawTable};

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
        // Records have a few labels; more, and this is some other table.
        if labels.len() > 8 {
            return None;
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

/// "| Error code | … |", then "| NotExistDevice | - | … |" alone, then the next, each a header
/// with no rows under it: one table an export cut at every row, whole again. A run of three
/// or more such tables of one width, nothing between them, is that table.
pub(in crate::import) fn cut_tables_joined(blocks: Vec<Block>) -> Vec<Block> {
    let headers_alone = |table: &RawTable, width: Option<usize>| {
        table.rows.is_empty() && !table.listed && width.is_none_or(|width| table.header.len() == width)
    };
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut run: Vec<RawTable> = Vec::new();
    // Where the last table made whole stands: a cut run resumes it past a stray line or two.
    let mut whole_at: Option<usize> = None;
    let mut flush = |run: &mut Vec<RawTable>, out: &mut Vec<Block>| {
        let rows = |run: &mut Vec<RawTable>| -> Vec<Vec<Cell>> {
            run.drain(..).map(|cut| cut.header.into_iter().map(Cell::plain).collect()).collect()
        };
        let width = run.first().map(|table| table.header.len());
        let resumed = whole_at
            .filter(|&at| at + 3 >= out.len())
            .filter(|&at| matches!(&out[at], Block::Table(whole) if Some(whole.header.len()) == width));
        match resumed {
            Some(at) if !run.is_empty() => {
                let more = rows(run);
                if let Block::Table(whole) = &mut out[at] {
                    whole.rows.extend(more);
                }
            }
            _ if run.len() >= 3 => {
                let mut whole = run.remove(0);
                whole.rows = rows(run);
                whole_at = Some(out.len());
                out.push(Block::Table(whole));
            }
            _ => out.extend(run.drain(..).map(Block::Table)),
        }
    };
    for block in blocks {
        let width = run.first().map(|table| table.header.len());
        // "</table>| AlreadyAtMaxTemp | - | … |": a row the cut left as text, within the run.
        let block = match block {
            Block::Text(text) if !run.is_empty() => match piped_row(&text).filter(|cells| Some(cells.len()) == width) {
                Some(cells) => Block::Table(RawTable { header: cells, ..RawTable::default() }),
                None => Block::Text(text),
            },
            block => block,
        };
        match block {
            Block::Table(table) if headers_alone(&table, width) => run.push(table),
            other => {
                flush(&mut run, &mut out);
                match other {
                    Block::Table(table) if headers_alone(&table, None) => run.push(table),
                    other => out.push(other),
                }
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// "| a | b | c |" written as text, its delimiter row ("| :--- | :--- |") glued on or not: its cells.
fn piped_row(text: &str) -> Option<Vec<String>> {
    let inner = text.trim().strip_prefix('|')?.strip_suffix('|')?;
    let delimiter = |cell: &str| cell.len() >= 3 && cell.chars().all(|c| matches!(c, ':' | '-'));
    let mut cells: Vec<String> =
        inner.split('|').map(str::trim).take_while(|cell| !delimiter(cell)).map(str::to_string).collect();
    while cells.last().is_some_and(|cell| cell.is_empty()) {
        cells.pop();
    }
    Some(cells)
}

/// A table whose first line, set as its header, is its first row ("| 200 | OK | Everything
/// worked. |" over "| 400 | Bad Request | … |"): a table with no header, that line a row.
pub(super) fn header_as_row(table: &RawTable) -> Option<RawTable> {
    let first = table.header.first()?;
    let column: Vec<&str> = table.rows.iter().filter_map(|row| row.first()).map(|c| c.text.trim()).collect();
    let statuses = column.iter().filter(|text| http_status(text).is_some()).count();
    if http_status(first.trim()).is_none() || column.len() < 2 || statuses * 5 < column.len() * 4 {
        return None;
    }
    let mut rows = vec![table.header.iter().map(|text| Cell::plain(text.clone())).collect()];
    rows.extend(table.rows.iter().cloned());
    let header = vec![String::new(); table.header.len()];
    Some(RawTable { header, rows, labels: Vec::new(), ..table.clone() })
}
