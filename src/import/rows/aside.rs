//! Codes a table holds in columns other than its key: said, as a reader might look them up.

use crate::import::cells::hex_code;
use crate::import::columns::{self, Columns};
use crate::import::imported::ReportLine;
use crate::import::{all_distinct, RawTable};

/// What `table` (called `name`) holds that looks like codes but keys no row.
pub(super) fn codes_set_aside(name: &str, table: &RawTable, columns: &Columns) -> Vec<ReportLine> {
    let mut out = Vec::new();
    let cells = |column: usize| -> Vec<&str> {
        table.rows.iter().filter_map(|row| row.get(column)).map(|c| c.text.trim()).filter(|t| !t.is_empty()).collect()
    };
    // "Hex Value" holding "0x01", "0x02" beside the names that key the rows: values the names
    // stand for, which a reader might look up.
    let hex = |column: usize| {
        let cells = cells(column);
        cells.len() >= 3 && all_distinct(&cells) && cells.iter().all(|c| hex_code(c.trim_matches('`')))
    };
    let first =
        |column: usize| cells(column).first().map(|c| crate::sanitize::clean(c).into_owned()).unwrap_or_default();
    let other = |c: &usize| *c != columns.code && Some(*c) != columns.status;
    for column in (0..table.header.len()).filter(other).filter(|&c| hex(c)) {
        out.push(ReportLine::Summary(format!(
            "{name}: skipped the values of its {} column as codes (\"{}\"…): the names beside them key the rows",
            table.header[column].trim(),
            first(column)
        )));
    }
    // "代号" holding "E1001" again and again beside names each given once: codes too.
    for (column, _) in columns.why.iter().filter(|(_, why)| why == columns::STAGES) {
        let header = table.header.get(*column).map_or("", |h| h.trim());
        out.push(ReportLine::Summary(format!(
            "{name}: skipped the codes of its {header} column (\"{}\"…): given again and again beside names each given once, they are kept in the notes",
            first(*column)
        )));
    }
    out
}
