//! What the user named on the command line (`--tables`, `--columns`) must be
//! on the page: a table number past the last table, or a column no table
//! has, is said as exactly that, not as "no table of codes".

use super::columns::{self, ColumnChoice, ColumnSpec};
use super::{Block, RawTable};

/// Why the choices in `tables` and `spec` cannot be met on the page of `blocks`.
pub fn check(blocks: &[Block], tables: Option<&[usize]>, spec: &ColumnSpec) -> Result<(), String> {
    let all: Vec<&RawTable> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Table(table) => Some(table),
            _ => None,
        })
        .collect();
    if let Some(missing) = tables.and_then(|chosen| chosen.iter().find(|&&n| n == 0 || n > all.len())) {
        let count = match all.len() {
            1 => "1 table".to_string(),
            n => format!("{n} tables"),
        };
        return Err(format!("no table {missing}: the page has {count}"));
    }
    let considered: Vec<&RawTable> = match tables {
        Some(chosen) => chosen.iter().map(|&n| all[n - 1]).collect(),
        None => all,
    };
    if considered.is_empty() {
        return Ok(());
    }
    let named = [&spec.code, &spec.status, &spec.reason, &spec.description].into_iter().flatten();
    for choice in named.chain(&spec.notes) {
        match choice {
            ColumnChoice::Position(position) => {
                let widest = considered.iter().map(|t| columns::width(t)).max().unwrap_or(0);
                if *position > widest {
                    let most = if widest == 1 { "1 column".to_string() } else { format!("{widest} columns") };
                    return Err(format!("no table has a column {position}: the widest has {most}"));
                }
            }
            ColumnChoice::Header(name) => {
                let found = |t: &&RawTable| t.header.iter().any(|h| h.trim().eq_ignore_ascii_case(name.trim()));
                if !considered.iter().any(found) {
                    return Err(format!("no table has a column headed '{name}'"));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
