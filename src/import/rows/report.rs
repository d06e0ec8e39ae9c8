//! What the report says of a table read: its columns by name, why each got
//! its role, and what became of its rows.

use super::TableReader;
use crate::sanitize::clean;

impl TableReader<'_> {
    /// A column as the report names it: its header ("Descrição 2" when
    /// another column has the same one), else its position.
    pub(super) fn column_name(&self, column: usize) -> String {
        let header = |i: usize| self.table.header.get(i).map(|h| clean(h.trim()).into_owned()).unwrap_or_default();
        let own = header(column);
        if own.is_empty() {
            return format!("column {}", column + 1);
        }
        let twins = (0..self.table.header.len()).filter(|&i| header(i) == own).count();
        if twins > 1 {
            format!("{own} (column {})", column + 1)
        } else {
            own
        }
    }

    /// "code: Error Code, status: HTTP Status, …": the columns read, by header.
    pub(super) fn describe_columns(&self) -> String {
        let name = |column: usize| self.column_name(column);
        let c = self.columns;
        let mut parts = vec![format!("code: {}", name(c.code))];
        let roles = [("status", c.status), ("reason", c.reason), ("description", c.description), ("group", c.group)];
        parts.extend(roles.iter().filter_map(|(role, column)| column.map(|col| format!("{role}: {}", name(col)))));
        if !c.notes.is_empty() {
            parts.push(format!("notes: {}", c.notes.iter().map(|&col| name(col)).collect::<Vec<_>>().join(" + ")));
        }
        parts.join(", ")
    }

    /// "table 1, Código: the code, by its header": why each column read got its role.
    pub(super) fn why(&self, name: &str) -> Vec<String> {
        let c = self.columns;
        let role = |column: usize| {
            let roles = [
                (Some(c.code), "the code"),
                (c.status, "the status"),
                (c.reason, "the reason"),
                (c.description, "the description"),
                (c.group, "each row's group"),
            ];
            let found = roles.iter().find(|(at, _)| *at == Some(column));
            found.map_or("notes", |(_, role)| role)
        };
        let codes = if c.phrase_codes { " (each cell one code, a phrase)" } else { "" };
        c.why
            .iter()
            .map(|(column, why)| {
                let extra = if *column == c.code { codes } else { "" };
                format!("{name}, {} is {}{extra}: {why}", self.column_name(*column), role(*column))
            })
            .collect()
    }
}

/// What became of a table's rows.
#[derive(Default)]
pub(super) struct Tally {
    pub taken: usize,
    /// Statuses given to codes read before.
    pub statuses: usize,
    pub continued: usize,
    pub merged: usize,
    pub skipped: usize,
}

impl Tally {
    /// "12 rows, abnormal (code: Code, …), 2 rows continued".
    pub(super) fn describe(&self, group: &str, columns: &str) -> String {
        let rows = if self.taken == 1 { "row" } else { "rows" };
        let mut line = format!("{} {rows}, {group} ({columns})", self.taken);
        let counts = [
            (self.continued, "continued"),
            (self.merged, "repeated"),
            (self.statuses, "giving the status of a code above"),
            (self.skipped, "skipped (-v says why)"),
        ];
        for (count, what) in counts {
            if count > 0 {
                line.push_str(&format!(", {count} {} {what}", if count == 1 { "row" } else { "rows" }));
            }
        }
        line
    }
}
