//! A page's tables, each with what the page says around it: its number,
//! its name in the report, the group its label names, and whether its label
//! calls its codes errors or status codes.

use super::groups::{bare_label, label_group};
use super::options::Options;
use super::words::{self, mentions};
use super::{Block, RawTable};
use crate::sanitize::clean;
use crate::table::Group;

/// A table as the page places it.
pub struct Placed<'a> {
    pub number: usize,
    pub table: &'a RawTable,
    /// "table 3 "Error Codes"".
    pub name: String,
    /// The group the last label above it named.
    pub group: Option<Group>,
    /// Whether its caption, heading or the text just before it speaks of errors or status codes.
    pub says_codes: bool,
}

/// What the page says around the next table.
#[derive(Default)]
struct Surroundings {
    group: Option<Group>,
    /// The last heading or label.
    title: Option<String>,
    /// The text just before the table ("List of error names:").
    intro: Option<String>,
}

pub fn tables<'a>(blocks: &'a [Block], options: &Options) -> Vec<Placed<'a>> {
    let mut around = Surroundings::default();
    let mut placed = Vec::new();
    // "Status codes", "Códigos de estado": the label names codes; a bare "HTTP" does not.
    let status_words: Vec<&str> = words::STATUS.iter().copied().filter(|w| !w.eq_ignore_ascii_case("http")).collect();
    for block in blocks {
        match block {
            Block::Heading(text) => {
                around.group = label_group(text, options);
                around.title = Some(text.clone());
                around.intro = None;
            }
            Block::Text(text) => {
                around.intro = Some(text.clone());
                if let Some(group) = label_group(text, options) {
                    around.group = Some(group);
                    around.title = Some(text.clone());
                }
            }
            Block::Table(table) => {
                let number = placed.len() + 1;
                let intro = around.intro.take();
                let labels = [table.caption.as_deref(), around.title.as_deref(), intro.as_deref()];
                let says_codes = labels
                    .into_iter()
                    .flatten()
                    .any(|label| mentions(label, words::ERROR) || mentions(label, &status_words));
                let name = table_name(number, table, around.title.as_deref());
                placed.push(Placed { number, table, name, group: around.group, says_codes });
            }
        }
    }
    placed
}

/// "table 3 "Error Codes"": its number, and its caption or the heading above it.
fn table_name(number: usize, table: &RawTable, title: Option<&str>) -> String {
    match table.caption.as_deref().or(title).map(bare_label).filter(|l| !l.is_empty()) {
        Some(label) => {
            let short: String = label.chars().take(50).collect();
            let more = if short.len() < label.len() { "…" } else { "" };
            format!("table {number} \"{}{more}\"", clean(&short))
        }
        None => format!("table {number}"),
    }
}
