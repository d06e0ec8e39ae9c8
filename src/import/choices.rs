//! What the user named on the command line (`--tables`, `--columns`) must be
//! on the page: a table number past the last table, or a column no table
//! has, is said as exactly that, not as "no table of codes".

use super::columns::{self, ColumnChoice, ColumnSpec};
use super::{Block, RawTable};

/// Something the options name that the page lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    Table { number: usize, count: usize },
    Column { position: usize, widest: usize },
    Header(String),
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize, what: &str| if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") };
        match self {
            Missing::Table { number, count } => {
                write!(f, "no table {number}: the page has {}", plural(*count, "table"))
            }
            Missing::Column { position, widest } => {
                write!(f, "no table has a column {position}: the widest has {}", plural(*widest, "column"))
            }
            Missing::Header(name) => write!(f, "no table has a column headed '{}'", crate::sanitize::clean(name)),
        }
    }
}

/// What in `tables` and `spec` the page of `blocks` lacks, if anything.
pub fn check(blocks: &[Block], tables: Option<&[usize]>, spec: &ColumnSpec) -> Result<(), Missing> {
    let all: Vec<&RawTable> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Table(table) => Some(table),
            _ => None,
        })
        .collect();
    if let Some(&number) = tables.and_then(|chosen| chosen.iter().find(|&&n| n == 0 || n > all.len())) {
        return Err(Missing::Table { number, count: all.len() });
    }
    let considered: Vec<&RawTable> = match tables {
        Some(chosen) => chosen.iter().map(|&n| all[n - 1]).collect(),
        None => all,
    };
    if considered.is_empty() {
        return Ok(());
    }
    let widest = considered.iter().map(|t| columns::width(t)).max().unwrap_or(0);
    let named = [&spec.code, &spec.status, &spec.reason, &spec.description].into_iter().flatten();
    for choice in named.chain(&spec.notes) {
        match choice {
            ColumnChoice::Position(position) if *position > widest => {
                return Err(Missing::Column { position: *position, widest });
            }
            ColumnChoice::Header(name) if !considered.iter().any(|t| columns::header_position(t, name).is_some()) => {
                return Err(Missing::Header(name.clone()));
            }
            ColumnChoice::Position(_) | ColumnChoice::Header(_) => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
