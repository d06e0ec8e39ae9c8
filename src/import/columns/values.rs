//! Columns told apart by what their cells hold where headers say little: values that come with
//! a code beside prose about it, and names between the codes and their text.

use super::placed::Placed;
use super::Role;
use crate::import::cells::says_none;
use crate::import::profile::Profile;
use crate::import::RawTable;

/// "Code | When | Details" holding "`{ runId, frameNo }`" or "--": beside a column of prose, one
/// only of values set as code, or of placeholders, shows what comes with the code, not what it means.
pub(super) fn payloads_as_notes(table: &RawTable, profiles: &[Profile], roles: &mut [Option<Role>], user: &Placed) {
    let shapes = |i: usize| {
        let cells = table.rows.iter().filter_map(|row| row.get(i));
        let mut given = cells.filter(|cell| !cell.text.trim().is_empty() && !says_none(&cell.text));
        // "`#/schemas/error_details/E_TIMEOUT`": where the details are described, a reference.
        let reference = |t: &str| !t.contains(char::is_whitespace) && (t.starts_with('#') || t.contains('/'));
        given.all(|cell| cell.set_as_code && (cell.text.trim().starts_with(['{', '[']) || reference(cell.text.trim())))
    };
    let prose = |i: usize| roles[i] == Some(Role::Description) && profiles[i].set_as_code * 2 < profiles[i].filled;
    // A message beside them says what the code means instead.
    let named = roles.contains(&Some(Role::Reason));
    if user.description.is_some() || !((0..roles.len()).any(prose) || named) {
        return;
    }
    let payloads: Vec<usize> = (0..roles.len()).filter(|&i| roles[i] == Some(Role::Description) && shapes(i)).collect();
    for i in payloads {
        roles[i] = Some(Role::Notes);
    }
}

/// "| 400 | Bad Request | The request was … |" with no header: short names between the codes
/// and the text that describes them name the codes.
pub(super) fn names_between(profiles: &[Profile], roles: &[Option<Role>], code: usize, text: usize) -> Option<usize> {
    let names = |i: &usize| {
        let p = &profiles[*i];
        roles[*i].is_none() && p.filled > 0 && p.average_chars <= 30 && p.mostly_once() && p.rarely_prose()
    };
    (code + 1..text).find(names)
}

/// "Exception | `ErrorKind` | Meaning" holding "NetworkError | NETWORK | …": the constants each
/// exception carries are the codes an API answers with; the classes name them.
pub(super) fn constants_over_classes(
    table: &RawTable,
    profiles: &[Profile],
    roles: &mut [Option<Role>],
    user: &Placed,
) {
    const CLASSES: [&str; 5] = ["exception", "exception class", "error class", "exception type", "class"];
    let classes = |i: usize| table.header.get(i).is_some_and(|h| CLASSES.contains(&h.trim().to_lowercase().as_str()));
    let Some(class) = roles.iter().position(|r| *r == Some(Role::Code)).filter(|&i| classes(i)) else { return };
    let capitals =
        |t: &str| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    let constants = |i: &usize| {
        let cells = table.rows.iter().filter_map(|row| row.get(*i)).map(|cell| cell.text.trim());
        let mut given = cells.filter(|t| !t.is_empty() && !says_none(t)).peekable();
        let all = given.peek().is_some() && given.all(capitals);
        matches!(roles[*i], Some(Role::Reason | Role::Notes)) && all && profiles[*i].mostly_once()
    };
    if let Some(constant) = (0..roles.len()).find(constants).filter(|_| user.code.is_none() && user.reason.is_none()) {
        roles[constant] = Some(Role::Code);
        roles[class] = Some(Role::Reason);
    }
}
