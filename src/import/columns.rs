//! Which column of a table holds what: each column's header words are a
//! prior and its cells (in `profile.rs`) the evidence, or the user names
//! them with `--columns` (read in `spec.rs`). Every role carries why it was
//! chosen, for `import -v`.

mod asides;
mod choose;
mod content;
mod evidence;
mod headers;
mod languages;
mod placed;
mod values;

use super::groups::class_group;
use super::profile::Profile;
pub use super::spec::{ColumnChoice, ColumnSpec};
use super::words::{self, mentions};
use super::{Cell, RawTable};
use crate::table::whitespace_fault;
use asides::{json_examples, HINTS, USER_MESSAGES};
use choose::choose;
pub use content::STAGES;
use content::{content_role, file_names};
use evidence::weigh_evidence;
pub use evidence::SOME_OF_CODES;
use headers::header_role;
use placed::Placed;

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
    /// Success or failure, row by row ("Success", "Failed").
    Group,
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
    /// Only codes and their statuses: the statuses of codes already read.
    pub statuses_only: bool,
    /// Each row's group, named in words ("Success", "Failed").
    pub group: Option<usize>,
    /// Codes written as phrases ("no such alert"): the whole cell is the code.
    pub phrase_codes: bool,
    /// Phrase codes only where set as code: a cell not set so names none.
    pub literal_codes: bool,
    /// Why each column read got its role, by column.
    pub why: Vec<(usize, String)>,
    /// Codes taken for errors by their look alone, nothing on the page saying so.
    pub by_look: bool,
    /// Its only text is advice ("Retry? | Strategy"): on codes read above, notes.
    pub advice_only: bool,
    /// Its only text is a cause ("场景 | 错误码"): on codes read above, notes too.
    pub cause_only: bool,
}

/// A column's role and what settled it.
#[derive(Clone)]
struct Guess {
    role: Option<Role>,
    why: String,
    /// Whether its header named a role (cells may have settled which).
    named: bool,
}

impl Guess {
    fn set(&mut self, role: Option<Role>, why: impl Into<String>) {
        self.role = role;
        self.why = why.into();
    }
}

/// A column keyed by things other than codes: "Header", "Parameter".
fn names_other_keys(header: Option<&String>) -> bool {
    header.is_some_and(|h| words::is_one_of(h.trim().trim_end_matches(':'), words::OTHER_KEYS))
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
/// whether the table's label calls its codes errors. `evidence`: the rows
/// whose cells settle the roles (every table of the page with this header,
/// so that they are all read one way).
pub fn find(table: &RawTable, spec: &ColumnSpec, says_errors: bool, evidence: &[&RawTable]) -> Result<Columns, String> {
    let evidence = if evidence.is_empty() { std::slice::from_ref(&table) } else { evidence };
    find_profiled(table, spec, says_errors, &profile(evidence, width(table)))
}

/// The profiles of the first `width` columns of every table in `tables`, read together.
pub fn profile(tables: &[&RawTable], width: usize) -> Vec<Profile> {
    let rows: Vec<&[Vec<super::Cell>]> = tables.iter().map(|t| t.rows.as_slice()).collect();
    (0..width).map(|column| Profile::of(&rows, column)).collect()
}

/// As [`find`], with the columns' profiles already taken (once for all tables sharing a header).
pub fn find_profiled(
    table: &RawTable,
    spec: &ColumnSpec,
    says_errors: bool,
    profiles: &[Profile],
) -> Result<Columns, String> {
    let width = width(table).min(profiles.len());
    let profiles = &profiles[..width];
    let header = |i: usize| table.header.get(i).filter(|h| !h.trim().is_empty());
    let mut guesses: Vec<Guess> = (0..width)
        .map(|column| {
            let named = header(column).and_then(|h| header_role(h, &profiles[column]));
            // "Variable" holding "BIOMCP_CACHE_DIR": names of settings, whatever they look like.
            let settings = header(column).is_some_and(|h| words::is_one_of(h.trim(), words::SETTINGS));
            let found = named.or_else(|| content_role(&profiles[column]).filter(|_| !settings));
            // "login.php", "correio_excluir.php" under a header that says nothing: where a code is
            // raised, not what it means.
            let files = named.is_none() && file_names(table, column);
            let files = files.then_some((Role::Notes, "its cells are file names"));
            let found = found.filter(|(role, _)| *role == Role::Code).or(files).or(found);
            // "Description | Hint": beside a column the header calls the description, a hint is
            // what to do about the code it explains.
            let described =
                (0..width).any(|i| i != column && header(i).is_some_and(|h| mentions(h, words::DESCRIPTION)));
            // "Description | User Message", "Internal message | Customer-facing message": what the
            // user is shown, beside what the code means.
            let messaged = (0..width).any(|i| {
                i != column && header(i).is_some_and(|h| mentions(h, &["message"]) && !mentions(h, USER_MESSAGES))
            });
            // "Message | Hint" too: a hint says what to do about the message beside it.
            let hint = header(column).is_some_and(|h| words::is_one_of(h.trim(), &HINTS)) && (described || messaged);
            let found =
                if hint { Some((Role::Notes, "its header calls it a hint beside the description")) } else { found };
            let shown = header(column).is_some_and(|h| mentions(h, USER_MESSAGES)) && (described || messaged);
            let found =
                if shown { Some((Role::Notes, "it is what users are shown, beside the description")) } else { found };
            // "detail" holding "{ \"fields\": [\"cancelAmount\"] }": an example of what is answered.
            let examples = matches!(found, Some((Role::Description, _))) && json_examples(table, column);
            let found =
                if examples { Some((Role::Notes, "its cells are JSON, examples of what is answered")) } else { found };
            let why = found.map(|(_, why)| why).unwrap_or_default().to_string();
            Guess { role: found.map(|(role, _)| role), why, named: named.is_some() }
        })
        .collect();
    content::stages_set_aside(profiles, &mut guesses);
    weigh_evidence(table, profiles, &mut guesses, says_errors);
    let user = Placed::from_spec(table, spec, width)?;
    // What the user placed is not guessed again, in that column or for that role.
    for (column, guess) in guesses.iter_mut().enumerate() {
        if user.columns().any(|c| c == column) {
            guess.set(None, "named by --columns");
        } else if guess.role.is_some_and(|r| user.has(r)) {
            guess.role = None;
        }
    }
    let roles: Vec<Option<Role>> = guesses.iter().map(|g| g.role).collect();
    let mut columns = choose(table, profiles, roles, &user)?;
    if user.code.is_none() {
        let is_status = guesses[columns.code].role == Some(Role::Status) || Some(columns.code) == user.status;
        let phrase_codes = phrase_codes(table, &profiles[columns.code], columns.code, says_errors);
        columns.phrase_codes = phrase_codes && !is_status;
        // "Any dev-auth error" among "`Unauthorized`", "`Invalid JWT`": only what is set as code is one.
        let header = table.header.get(columns.code).map_or("", String::as_str);
        let profile = &profiles[columns.code];
        columns.literal_codes = columns.phrase_codes && !profile.all_set_as_code() && words::names_error_field(header);
        if !columns.phrase_codes {
            // "Code | Message": numbers each with a message are an API's result codes.
            let messages =
                columns.reason.and_then(|r| table.header.get(r)).is_some_and(|h| mentions(h, words::MESSAGE));
            columns.by_look = codes_are_status_or_errors(
                table,
                &profiles[columns.code],
                &columns,
                is_status,
                says_errors || messages,
            )?;
        }
    }
    let read = [Some(columns.code), columns.status, columns.reason, columns.description, columns.group];
    for column in read.into_iter().flatten().chain(columns.notes.clone()) {
        // Columns the user placed say so already.
        let why = guesses[column].why.as_str();
        columns.why.push((column, if why.is_empty() { "its place beside the others" } else { why }.to_string()));
    }
    Ok(columns)
}

/// Codes written as short phrases ("no such alert", "element not
/// interactable"), each its own, in a column the header or label calls error codes.
fn phrase_codes(table: &RawTable, profile: &Profile, code: usize, says_errors: bool) -> bool {
    let cells = || table.rows.iter().filter_map(|row| row.get(code)).map(|c| super::collapse(&c.text));
    // Short, and codes the table format holds.
    // "no such alert": words, each with a letter; not "Other >=400".
    let lettered = |c: &str| c.split(' ').all(|word| word.chars().any(char::is_alphabetic));
    let short = cells().all(|c| c.split(' ').count() <= 5 && lettered(&c) && whitespace_fault(&c).is_none());
    // "`signer is not the sender`": messages set as code are literal, however long.
    let literal = literal_cells(profile) && cells().all(|c| whitespace_fault(&c).is_none());
    let header = table.header.get(code).map_or("", String::as_str);
    let messages = literal && words::names_error_field(header);
    let phrases = mentions(header, words::CODE) && short && !profile.codes() && profile.sentences == 0;
    calls_errors(table, code, says_errors) && (messages || phrases) && profile.mostly_once() && profile.filled >= 2
}

/// Cells set as code, all or two in three: literal strings an API answers with.
pub(super) fn literal_cells(profile: &Profile) -> bool {
    profile.all_set_as_code() || profile.set_as_code >= 2 && profile.set_as_code * 3 >= profile.filled * 2
}

/// Whether the label or the code column's header calls the codes errors or result codes.
fn calls_errors(table: &RawTable, code: usize, says_errors: bool) -> bool {
    let header = table.header.get(code).map(String::as_str).unwrap_or("");
    says_errors || mentions(header, words::ERROR) || mentions(header, words::RESULT_CODES)
}

/// Tables of other numbers with a "Code" column (opcodes, close codes) are
/// not imported: codes must be HTTP statuses, or error codes by their
/// column's name, the table's label or their look; whether by their look alone.
/// `shared`: the code column's profile over every table of the page with this header.
fn codes_are_status_or_errors(
    table: &RawTable,
    shared: &Profile,
    columns: &Columns,
    is_status: bool,
    says_errors: bool,
) -> Result<bool, String> {
    let code = columns.code;
    // "4xx" rows label the rows after them; they are no codes to judge by.
    let class = |row: &&Vec<Cell>| row.get(code).is_some_and(|c| class_group(c.text.trim()).is_some());
    let rows: Vec<Vec<Cell>> = table.rows.iter().filter(|row| !class(row)).cloned().collect();
    let profile = Profile::of(&[&rows], code);
    let errors = calls_errors(table, code, says_errors);
    let said = |profile: &Profile| {
        if is_status {
            profile.mostly(profile.http, 0.5)
        } else {
            columns.status.is_some()
                || errors && profile.mostly(profile.token, 0.5)
                || profile.mostly(profile.http, 0.5)
        }
    };
    // "`/errors/400`": a problem's type (RFC 9457), set as code, names an error as a code does.
    let problem_type = |c: &Cell| c.set_as_code && super::cells::problem_type(&c.text);
    if rows.len() >= 2 && rows.iter().all(|row| row.get(code).is_some_and(problem_type)) {
        return Ok(true);
    }
    // A table of one code ("unauthorized") is read as the others with its header are.
    if said(&profile) || rows.len() == 1 && said(shared) {
        return Ok(false);
    }
    // "0001 | EFT_INVALID_DATA": numbers named as a program names its errors, each once.
    let names = columns.reason.map(|reason| Profile::of(&[&rows], reason));
    if names.is_some_and(|p| p.filled >= 3 && p.mostly(p.upper_snake, 0.9) && p.each_once()) {
        return Ok(false);
    }
    // "0 | 指令下发成功", "-1 | 没有执行成功", "-10000 | 命令错误": numbers each once, some below
    // zero as no status is, beside texts that mostly speak of failures, are a program's error codes.
    let signed = |c: &&Cell| super::cells::whole_number(c.text.trim());
    // "... ...": rows left out, no code.
    let written = |c: &&Cell| c.text.contains(|ch: char| ch.is_ascii_digit());
    let cells: Vec<&Cell> = rows.iter().filter_map(|row| row.get(code)).filter(written).collect();
    let negative = cells.iter().filter(|c| c.text.trim().starts_with(super::cells::MINUS_SIGNS)).count();
    let failing_share = |words: &[&[&str]]| {
        columns.description.or(columns.reason).map_or((0, 0), |text| {
            let filled = Profile::of(&[&rows], text).filled;
            let failing = rows
                .iter()
                .filter_map(|row| row.get(text))
                .filter(|c| words.iter().any(|list| mentions(&c.text, list)))
                .count();
            (failing, filled)
        })
    };
    let (failing, filled) = failing_share(&[words::ABNORMAL]);
    let speak_of_failures = failing * 2 >= filled && filled >= 3;
    let distinct: std::collections::HashSet<&str> = cells.iter().map(|c| c.text.trim()).collect();
    let each_once = distinct.len() == cells.len();
    if cells.len() >= 3 && cells.iter().all(signed) && each_once && negative >= 2 && speak_of_failures {
        return Ok(false);
    }
    // "7105 | Sender key 존재하지 않음": numbers each once, nearly every text a refusal or a fault.
    let (refusing, filled) = failing_share(&[words::ABNORMAL, words::REFUSALS]);
    if cells.len() >= 5 && cells.iter().all(signed) && each_once && refusing * 3 >= filled * 2 {
        return Ok(true);
    }
    // Nothing says they are errors, but they look like codes ("InvalidParameter").
    if !is_status && profile.numeric_outside_http == 0 && profile.mostly(profile.token, 0.8) {
        return Ok(true);
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
