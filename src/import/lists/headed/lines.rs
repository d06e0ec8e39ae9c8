//! What single lines and tables under headings of codes tell: captions, labelled values, the
//! next item, declarations, fields worth keeping, the value a member is given.

use super::super::entry::{entry, heading_code};
use super::section::labelled;
use crate::import::words::{self, mentions};
use crate::import::{Block, RawTable};

/// A few words ending in a colon, introducing what follows ("Implementação de Retry:").
pub(super) fn caption(text: &str) -> bool {
    let text = text.trim();
    text.ends_with([':', '：']) && text.split_whitespace().count() <= 5
}

/// A table of labels and their values, one pair to a row, some label one a code's text is
/// sorted by ("Title", "Description").
pub(super) fn labelled_values(table: &RawTable) -> bool {
    let pairs = table.rows.iter().all(|row| {
        let label = row.first().map_or("", |c| c.text.trim());
        row.len() == 2 && !label.is_empty() && label.split_whitespace().count() <= 4
    });
    // Rows of other widths hold no pair, so they are asked nothing.
    let known = || {
        let pair = |row: &Vec<crate::import::Cell>| Some(format!("{}: {}", row.first()?.text, row.get(1)?.text));
        table.rows.iter().filter_map(pair).any(|pair| labelled(&pair).is_some())
    };
    pairs && !table.rows.is_empty() && table.header.iter().all(|h| h.trim().is_empty()) && known()
}

/// Whether `text` opens with a code written as `code` is ("3904" after "3903") and its text.
pub(super) fn next_item(code: &str, text: &str) -> bool {
    let shape = super::super::code_shape;
    entry(text).is_some_and(|e| e.code != code && !e.text.is_empty() && shape(&e.code) == shape(code))
}

/// Whether `text` is `code` declared with its value, as an enum's listing shows it.
pub(super) fn declares(code: &str, text: &str) -> bool {
    let rest = text.trim().strip_prefix(code).map(str::trim_start);
    rest.is_some_and(|rest| rest.starts_with([':', '=']) && rest.split_whitespace().count() <= 2)
}

/// Whether every heading of codes sits under a heading that speaks of errors or codes
/// ("## User Login Errors" over "### 400 - Bad Request"), not under an endpoint's name.
pub(super) fn areas_of_errors(blocks: &[Block]) -> bool {
    let mut area_speaks = false;
    blocks.iter().all(|block| match block {
        Block::Heading(text) if heading_code(text).is_some() => area_speaks,
        Block::Heading(text) => {
            area_speaks = words::speaks_of_codes(text);
            true
        }
        _ => true,
    })
}

/// A field that says something of a code: not its kind ("Category: INPUT"), a flag
/// ("Retryable: false") or a link ("Stable URL: https://…").
pub(super) fn telling(field: &str) -> bool {
    let Some((label, value)) = super::super::line_label(field) else { return true };
    let value = value.trim_matches('`').to_lowercase();
    let flag = ["yes", "no", "true", "false"].contains(&value.as_str());
    let link = value.starts_with("http://") || value.starts_with("https://");
    !mentions(label, words::CATEGORY) && !mentions(label, words::SEVERITY) && !flag && !link
}

/// The value `line` gives the member `name` ("• AUTH_FAILED = \"api-101\"" gives "api-101").
pub(super) fn assigned(name: &str, line: &str) -> Option<String> {
    let (member, value) = line.trim_start_matches(['•', '-', '*', ' ']).split_once(" = ")?;
    let value = value.trim().trim_matches(['"', '\'', '`']);
    let token = !value.is_empty() && !value.contains(char::is_whitespace);
    (member.trim() == name && token).then(|| value.to_string())
}

/// Words that title a section of a page, however written ("### examples").
#[rustfmt::skip]
pub(super) const SECTION_WORDS: &[&str] = &[
    "example", "examples", "usage", "overview", "notes", "note", "description", "response", "request", "errors",
    "codes", "summary", "details", "solution", "solutions", "cause", "causes", "fix", "see also", "references",
];
