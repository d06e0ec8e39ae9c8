//! Which column of a table holds what: found from the header's words (in
//! several languages), from what the cells look like where the header says
//! nothing useful, or as the user names them with `--columns` (read in `spec.rs`).

use super::cells::{error_identifier, http_status};
pub use super::spec::{ColumnChoice, ColumnSpec};
use super::words::{self, mentions};
use super::{Cell, RawTable};
use crate::table::strip_ignorable;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// HTTP status codes.
    Status,
    /// An API's error codes, or codes of no stated kind.
    Code,
    Reason,
    Description,
    Notes,
}

/// The columns a table's rows are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub code: usize,
    /// HTTP statuses beside the code column.
    pub status: Option<usize>,
    pub reason: Option<usize>,
    pub description: Option<usize>,
    pub notes: Vec<usize>,
}

/// What the cells of one column look like.
struct Profile {
    filled: usize,
    http: usize,
    identifier: usize,
    /// Error identifiers with a number in them ("APIG.0101").
    numbered: usize,
    /// One word of the characters codes are made of: "invalid_auth" too.
    token: usize,
    numeric_outside_http: usize,
    average_chars: usize,
}

impl Profile {
    fn of(rows: &[Vec<Cell>], column: usize) -> Profile {
        // As the rows will be read: without characters that show nothing.
        let cleaned: Vec<String> = rows
            .iter()
            .filter_map(|row| row.get(column))
            .map(|c| strip_ignorable(c.text.trim()).trim().to_string())
            .collect();
        let texts: Vec<&str> = cleaned.iter().map(String::as_str).filter(|t| !t.is_empty()).collect();
        let count = |test: &dyn Fn(&str) -> bool| texts.iter().filter(|t| test(t)).count();
        Profile {
            filled: texts.len(),
            http: count(&|t| http_status(t).is_some()),
            identifier: count(&|t| error_identifier(t.split_whitespace().next().unwrap_or(""))),
            token: count(&|t| code_token(t.split_whitespace().next().unwrap_or(""))),
            numbered: count(&|t| {
                let word = t.split_whitespace().next().unwrap_or("");
                error_identifier(word)
                    && word.contains(|c: char| c.is_ascii_digit())
                    && word.contains(char::is_alphabetic)
            }),
            numeric_outside_http: count(&|t| {
                t.split_whitespace().next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                    && http_status(t).is_none()
            }),
            average_chars: texts.iter().map(|t| t.chars().count()).sum::<usize>() / texts.len().max(1),
        }
    }

    /// Whether at least `share` of the filled cells are `count`.
    fn mostly(&self, count: usize, share: f32) -> bool {
        self.filled > 0 && count as f32 >= share * self.filled as f32
    }
}

/// A column keyed by things other than codes: "Header", "Parameter".
fn names_other_keys(header: Option<&String>) -> bool {
    header.is_some_and(|h| words::is_one_of(h.trim().trim_end_matches(':'), words::OTHER_KEYS))
}

/// One word that could be a code: "invalid_auth", "E1", "ERR-42", "40001";
/// not a plain word ("error", "Name").
fn code_token(text: &str) -> bool {
    let text = text.trim();
    let charset = text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':'));
    let marked = text.contains(|c: char| matches!(c, '.' | '_' | ':') || c.is_ascii_digit());
    let camel = text.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    let shouting = text.len() > 1 && text.chars().all(|c| c.is_ascii_uppercase());
    !text.is_empty() && text.len() <= 80 && charset && (marked || camel || shouting)
}

/// The role a header names, if it names one; `None` for headers that say
/// nothing httpref knows, or could mean two roles ("Status", "Error").
fn header_role(header: &str, profile: &Profile) -> Option<Role> {
    let header = header.trim().trim_end_matches([':', '*']).trim();
    let codes_in_cells = profile.mostly(profile.identifier, 0.8) && !profile.mostly(profile.http, 0.5);
    if words::is_one_of(header, words::STATUS_ALONE) {
        return Some(if profile.mostly(profile.http, 0.5) { Role::Status } else { Role::Reason });
    }
    if words::is_one_of(header, words::ERROR_ALONE) {
        let tokens = profile.mostly(profile.token, 0.8) && !profile.mostly(profile.http, 0.5);
        return Some(if tokens { Role::Code } else { Role::Reason });
    }
    let named = [
        (words::SHORT_NAME, Role::Reason),
        (words::NOTES, Role::Notes),
        (words::DESCRIPTION, Role::Description),
        (words::STATUS, Role::Status),
        (words::CODE, Role::Code),
        (words::REASON, Role::Reason),
    ];
    let role = named.iter().find(|(list, _)| mentions(header, list)).map(|(_, role)| *role)?;
    Some(match role {
        // The cells tell apart statuses from error codes in a column the header calls either.
        Role::Status if codes_in_cells => Role::Code,
        Role::Code if profile.mostly(profile.http, 0.8) => Role::Status,
        role => role,
    })
}

/// The role a column's cells show when its header says nothing: HTTP statuses or
/// error identifiers; other columns of text explain codes when long enough.
fn content_role(profile: &Profile) -> Option<Role> {
    if profile.mostly(profile.http, 0.8) {
        Some(Role::Status)
    } else if profile.mostly(profile.numbered, 0.8) && profile.numeric_outside_http == 0 {
        // "APIG.0101": numbered identifiers; bare names ("AccessControlPolicy.Owner") may be anything.
        Some(Role::Code)
    } else if profile.average_chars >= 25 {
        Some(Role::Description)
    } else {
        None
    }
}

/// The column of `table` headed `name` (spaces around and ASCII case aside).
pub fn header_position(table: &RawTable, name: &str) -> Option<usize> {
    table.header.iter().position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
}

/// How many columns `table` has: its widest row or header.
pub fn width(table: &RawTable) -> usize {
    table.rows.iter().map(Vec::len).chain([table.header.len()]).max().unwrap_or(0)
}

/// The columns `table` is read from, or why it holds no codes. `says_errors`:
/// whether the table's label calls its codes errors.
pub fn find(table: &RawTable, spec: &ColumnSpec, says_errors: bool) -> Result<Columns, String> {
    let width = width(table);
    let profiles: Vec<Profile> = (0..width).map(|column| Profile::of(&table.rows, column)).collect();
    let mut roles: Vec<Option<Role>> = (0..width)
        .map(|column| match table.header.get(column).filter(|h| !h.trim().is_empty()) {
            Some(header) => header_role(header, &profiles[column]).or_else(|| content_role(&profiles[column])),
            None => content_role(&profiles[column]),
        })
        .collect();
    // "Status | Error | Message" with "403 | StatusForbidden": beside another column of
    // codes, an "Error" column names them.
    let alone = |i: usize| table.header.get(i).is_some_and(|h| words::is_one_of(h, words::ERROR_ALONE));
    let keyed = |i: usize| matches!(roles[i], Some(Role::Status | Role::Code)) && !alone(i);
    if (0..width).any(keyed) {
        let names: Vec<usize> = (0..width).filter(|&i| alone(i) && roles[i] == Some(Role::Code)).collect();
        for column in names {
            roles[column] = Some(Role::Reason);
        }
    }
    // Under a label that calls them errors, columns of error names are codes ("ACTION_NOT_SUPPORTED").
    if says_errors && !roles.iter().any(|r| matches!(r, Some(Role::Code | Role::Status))) {
        let named = |i: usize| table.header.get(i).is_some_and(|h| !h.trim().is_empty());
        if let Some(column) = (0..width).find(|&i| !named(i) && profiles[i].mostly(profiles[i].identifier, 0.8)) {
            roles[column] = Some(Role::Code);
        }
    }
    let user = Placed::from_spec(table, spec, width)?;
    // What the user placed is not guessed again, in that column or for that role.
    for (column, role) in roles.iter_mut().enumerate() {
        let named = user.columns().any(|c| c == column);
        if named || role.is_some_and(|r| user.has(r)) {
            *role = None;
        }
    }
    let first = |role: Role| roles.iter().position(|r| *r == Some(role));
    let (code, status) = match (user.code.or(first(Role::Code)), user.status.or(first(Role::Status))) {
        (Some(code), status) => (code, status.filter(|s| *s != code)),
        (None, Some(status)) => (status, None),
        (None, None) => return Err("no code column".to_string()),
    };
    if let Some(other) = (0..width).find(|&i| roles[i].is_none() && names_other_keys(table.header.get(i))) {
        if roles[code] == Some(Role::Status) && user.code.is_none() {
            // "Status | Header | Description": what each status returns, not what it means.
            return Err(format!("its rows are about each {}, not the codes", table.header[other].trim()));
        }
    }
    let short_description = || {
        // "Meaning" holding "OK", "Created" beside a longer "Description" names the code.
        let descriptions: Vec<usize> = (0..width).filter(|&i| roles[i] == Some(Role::Description)).collect();
        let shortest = *descriptions.iter().min_by_key(|&&i| profiles[i].average_chars)?;
        (descriptions.len() > 1 && profiles[shortest].average_chars <= 30).then_some(shortest)
    };
    let reason = user.reason.or(first(Role::Reason)).or_else(short_description);
    if let Some(column) = reason.filter(|&r| roles[r] == Some(Role::Description)) {
        roles[column] = Some(Role::Reason);
    }
    let first = |role: Role| roles.iter().position(|r| *r == Some(role));
    // "Error Code Description" describes the error code, beside "HTTP Status Code Description".
    let describes_code = table.header.get(code).filter(|h| !h.trim().is_empty()).and_then(|code_header| {
        let code_header = code_header.trim().to_lowercase();
        (0..width).find(|&i| {
            roles[i] == Some(Role::Description)
                && table.header.get(i).is_some_and(|h| h.to_lowercase().contains(&code_header))
        })
    });
    let description = user.description.or(describes_code).or(first(Role::Description)).or_else(|| {
        // Two columns of short names and none of descriptions: the second says more.
        roles.iter().enumerate().skip(reason? + 1).find(|(_, r)| **r == Some(Role::Reason)).map(|(i, _)| i)
    });
    // A table without a header: the column beside the codes explains them.
    let headless = table.header.iter().all(|h| h.trim().is_empty());
    let description = description.or_else(|| {
        let explains = |i: &usize| *i != code && roles[*i].is_none() && profiles[*i].filled > 0;
        (0..width).find(explains).filter(|_| headless && reason.is_none())
    });
    if reason.is_none() && description.is_none() {
        return Err("no column of text beside the codes".to_string());
    }
    let mut notes = user.notes.clone();
    if notes.is_empty() {
        notes.extend((0..width).filter(|&i| roles[i] == Some(Role::Notes)));
        // Further description columns say more: kept with the notes.
        notes.extend((0..width).filter(|&i| roles[i] == Some(Role::Description) && Some(i) != description));
        notes.sort_unstable();
    }
    if user.code.is_none() {
        let is_status = roles.get(code).copied().flatten() == Some(Role::Status) || Some(code) == user.status;
        codes_are_status_or_errors(table, code, status, is_status, says_errors)?;
    }
    Ok(Columns { code, status, reason, description, notes })
}

/// The columns the user named, by role.
#[derive(Default)]
struct Placed {
    code: Option<usize>,
    status: Option<usize>,
    reason: Option<usize>,
    description: Option<usize>,
    notes: Vec<usize>,
}

impl Placed {
    fn from_spec(table: &RawTable, spec: &ColumnSpec, width: usize) -> Result<Placed, String> {
        let place = |choice: &ColumnChoice| match choice {
            ColumnChoice::Position(position) if *position <= width => Ok(position - 1),
            ColumnChoice::Position(position) => Err(format!("no column {position}")),
            ColumnChoice::Header(name) => {
                header_position(table, name).ok_or_else(|| format!("no column named '{name}'"))
            }
        };
        let single = |choice: &Option<ColumnChoice>| choice.as_ref().map(place).transpose();
        Ok(Placed {
            code: single(&spec.code)?,
            status: single(&spec.status)?,
            reason: single(&spec.reason)?,
            description: single(&spec.description)?,
            notes: spec.notes.iter().map(place).collect::<Result<_, _>>()?,
        })
    }

    fn columns(&self) -> impl Iterator<Item = usize> + '_ {
        [self.code, self.status, self.reason, self.description].into_iter().flatten().chain(self.notes.iter().copied())
    }

    fn has(&self, role: Role) -> bool {
        match role {
            Role::Code => self.code.is_some(),
            Role::Status => self.status.is_some(),
            Role::Reason => self.reason.is_some(),
            Role::Description => self.description.is_some(),
            Role::Notes => !self.notes.is_empty(),
        }
    }
}

/// Tables of other numbers with a "Code" column (opcodes, close codes) are
/// not imported: codes must be HTTP statuses, or error codes by their
/// column's name, the table's label or their look.
fn codes_are_status_or_errors(
    table: &RawTable,
    code: usize,
    status: Option<usize>,
    is_status: bool,
    says_errors: bool,
) -> Result<(), String> {
    let profile = Profile::of(&table.rows, code);
    let header = table.header.get(code).map(String::as_str).unwrap_or("");
    let errors = says_errors || mentions(header, words::ERROR);
    let fine = if is_status {
        profile.mostly(profile.http, 0.5)
    } else {
        status.is_some()
            || errors && profile.mostly(profile.token, 0.5)
            || profile.mostly(profile.http, 0.5)
            || profile.numeric_outside_http == 0 && profile.mostly(profile.token, 0.8)
    };
    if fine {
        return Ok(());
    }
    let examples: Vec<&str> = table
        .rows
        .iter()
        .filter_map(|row| row.get(code))
        .map(|c| c.text.as_str())
        .filter(|t| !t.is_empty())
        .take(3)
        .collect();
    Err(format!("its codes ({}…) are not HTTP statuses or error codes", examples.join(", ")))
}

#[cfg(test)]
mod tests;
