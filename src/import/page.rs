//! A page's tables, each with what the page says around it: its number,
//! its name in the report, the group its label names, and whether its label
//! calls its codes errors or status codes.

use super::cells::http_status;
use super::groups::{bare_label, label_group};
use super::options::Options;
use super::words::{self, mentions};
use super::{Block, RawTable};
use crate::sanitize::clean;
use crate::table::Group;
pub(super) use shapes::cut_tables_joined;
use shapes::{header_as_row, records, transposed, unfolded};
use std::borrow::Cow;
use sub_codes::sub_codes_apart;

mod shapes;
mod sub_codes;

/// A table as the page places it.
pub struct Placed<'a> {
    pub number: usize,
    /// As a reader reads it: a table with its codes across the top is turned.
    pub table: Cow<'a, RawTable>,
    /// Whether the table was turned (its codes ran across the top).
    pub turned: bool,
    /// "table 3 "Error Codes"".
    pub name: String,
    /// The group the last label above it named.
    pub group: Option<Group>,
    /// Whether its caption, heading or the text just before it speaks of errors or status codes.
    pub says_codes: bool,
    /// Why its codes are not the page's, by what its labels say: "Country Code" (codes of other
    /// things, where no label speaks of errors or statuses), "Status Codes Not Observed".
    pub not_outcomes: Option<&'static str>,
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
    let mut bare_page = true;
    let mut page_title = None;
    // The level of the heading about to come, of the last one, and of the one whose words named
    // the group; the page's title names what all its codes are, no group of them.
    let mut level = None;
    let mut heading_level = None;
    let mut group_level = None;
    for block in blocks {
        match block {
            Block::Level(next) => level = Some(*next),
            Block::Heading(text) => {
                let title = page_title.is_none();
                // "BMF-Rückgabecodes", "Error codes": a page titled for its codes means them in every table.
                if title {
                    page_title = Some(mentions(text, words::ERROR) || mentions(text, words::RESULT_CODES));
                }
                heading_level = level.take().filter(|_| !title);
                // "### Membership" under "## Errors": a subheading that names no group keeps its parent's.
                let within = matches!((heading_level, group_level), (Some(this), Some(parent)) if this > parent);
                match label_group(text, options) {
                    Some(group) => (around.group, group_level) = (Some(group), heading_level),
                    None if within && around.group.is_some() => {}
                    None => (around.group, group_level) = (None, None),
                }
                // "`nft` — NftError": the mark a code keeps in a heading is no part of its title.
                around.title = Some(text.replace('`', ""));
                around.intro = None;
            }
            Block::Text(text) | Block::Lead(text) | Block::Aside(text) => {
                around.intro = Some(text.clone());
                if let Some(group) = label_group(text, options) {
                    (around.group, group_level) = (Some(group), heading_level);
                    around.title = Some(text.clone());
                }
            }
            Block::Code(_) => {}
            Block::Table(table) => {
                let number = placed.len() + 1;
                let intro = around.intro.take();
                let labels = [table.caption.as_deref(), around.title.as_deref(), intro.as_deref()];
                let says_codes = labels
                    .into_iter()
                    .flatten()
                    .any(|label| words::speaks_of_codes(label) || names_error_status(label))
                    || page_title == Some(true)
                    || table.listed;
                let not_outcomes = not_outcomes(&labels);
                let name = table_name(number, table, around.title.as_deref());
                let (table, turned) = match (
                    transposed(table),
                    unfolded(table)
                        .or_else(|| records(table))
                        .or_else(|| sub_codes_apart(table))
                        .or_else(|| header_as_row(table)),
                ) {
                    (Some(turned), _) => (Cow::Owned(turned), true),
                    (None, Some(reshaped)) => (Cow::Owned(reshaped), false),
                    (None, None) => (Cow::Borrowed(table), false),
                };
                let unlabelled = labels.iter().all(Option::is_none);
                placed.push(Placed { number, table, turned, name, group: around.group, says_codes, not_outcomes });
                bare_page &= unlabelled;
            }
        }
    }
    // Other things' codes are set aside only beside a table said to hold the page's own.
    let own_codes = placed.iter().any(|table| table.says_codes && table.not_outcomes.is_none());
    for table in placed.iter_mut().filter(|table| table.not_outcomes == Some(OTHER_THINGS) && !own_codes) {
        table.not_outcomes = None;
    }
    // A page that is one table and nothing else ("| code | desc |"): it is the codes the user came for.
    if let [only] = &mut placed[..] {
        only.says_codes |= bare_page;
    }
    placed
}

const OTHER_THINGS: &str = "its label names codes of other things (countries, currencies, languages…)";

/// Why a table's codes are not outcomes of the API, by its `labels` (caption, heading, text
/// before it); the caption and heading alone say the API never answers with them.
fn not_outcomes(labels: &[Option<&str>; 3]) -> Option<&'static str> {
    let titles = &labels[..2];
    let labels = || labels.iter().flatten();
    let outcomes = labels()
        .any(|label| mentions(label, words::ERROR) || mentions(label, words::STATUS) || names_error_status(label));
    if labels().any(|label| mentions(label, words::OTHER_CODES)) && !outcomes {
        return Some(OTHER_THINGS);
    }
    let unused = titles.iter().flatten().any(|title| mentions(title, words::NOT_RETURNED));
    unused.then_some("its heading says the API does not answer with these codes")
}

/// "400 (Bad request)": a heading that is an error status, over the codes it covers.
fn names_error_status(label: &str) -> bool {
    let first = label.trim_start_matches(['#', ' ']).split([' ', '(', ':', '-']).next().unwrap_or("");
    first.len() == 3 && http_status(first).is_some_and(|n| n >= 400)
}

/// "table 3 "Error Codes"": its number, and its caption or the heading above it.
/// A list or headings read as a table is named a list, numbered with the tables (`--tables`).
fn table_name(number: usize, table: &RawTable, title: Option<&str>) -> String {
    let kind = if table.listed { "list" } else { "table" };
    match table.caption.as_deref().or(title).map(bare_label).filter(|l| !l.is_empty()) {
        Some(label) => {
            let short: String = label.chars().take(50).collect();
            let more = if short.len() < label.len() { "…" } else { "" };
            format!("{kind} {number} \"{}{more}\"", clean(&short))
        }
        None => format!("{kind} {number}"),
    }
}
