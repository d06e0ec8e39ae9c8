//! Roles the cells overrule: what a column's header words suggest, weighed
//! against what its cells hold beside the other columns of the table.

use super::{Guess, Role};
use crate::import::cells::{none_word, says_none, HTTP_METHODS};
use crate::import::profile::code_token;
use crate::import::profile::Profile;
use crate::import::words::{self, mentions};
use crate::import::RawTable;
use keys::{keys_from_cells, problem_fields};
use named::names_that_key;
use texts::{names_beside_codes, texts_headed_as_codes, texts_sorted};

/// Why a column of codes beside statuses is notes: it names only some of them.
pub const SOME_OF_CODES: &str = "its header names some of the codes each status is answered with";

mod keys;
mod named;
mod texts;

/// Roles the header words gave that the cells, seen beside the other columns, overrule.
pub(super) fn weigh_evidence(table: &RawTable, profiles: &[Profile], guesses: &mut [Guess], says_errors: bool) {
    let e = Evidence { table, profiles, says_errors };
    // Statuses as the headers and cells first show them, before any rule moves a role.
    let statuses = (0..guesses.len())
        .find(|&i| role(guesses, i) == Some(Role::Status) && profiles[i].mostly(profiles[i].http, 0.8));
    keys_from_cells(&e, guesses);
    set_aside(&e, guesses);
    renamed_codes(&e, guesses);
    codes_side_by_side(&e, guesses, statuses);
    sparse_codes(&e, guesses);
    names_that_key(&e, guesses);
    names_beside_codes(&e, guesses);
    texts_headed_as_codes(&e, guesses);
    texts_sorted(&e, guesses);
    problem_fields(&e, guesses);
}

/// What the rules weigh: the table, its columns' profiles, and whether its label says errors.
pub(super) struct Evidence<'a> {
    table: &'a RawTable,
    profiles: &'a [Profile],
    says_errors: bool,
}

impl Evidence<'_> {
    pub(super) fn header(&self, i: usize) -> &str {
        self.table.header.get(i).map(String::as_str).unwrap_or("")
    }
}

pub(super) fn role(guesses: &[Guess], i: usize) -> Option<Role> {
    guesses[i].role
}

/// How many columns are keys: codes or statuses.
pub(super) fn keys(guesses: &[Guess]) -> usize {
    (0..guesses.len()).filter(|&i| matches!(role(guesses, i), Some(Role::Code | Role::Status))).count()
}

/// Columns that are neither key nor text: examples and groups.
fn set_aside(e: &Evidence, guesses: &mut [Guess]) {
    let profiles = e.profiles;
    let width = guesses.len();
    // JSON bodies and schemas are examples, not what a code means.
    for i in 0..width {
        if !guesses[i].named && profiles[i].mostly(profiles[i].structured, 0.5) {
            guesses[i].set(Some(Role::Notes), "its cells are structured data (JSON), not prose");
        }
    }
    // "`DELETE …/:id`": the request a code answers, not what the code means.
    for i in 0..width {
        let free = !guesses[i].named && role(guesses, i).is_none_or(|r| r == Role::Description);
        let mut cells = filled_cells(e.table, i).peekable();
        if free && cells.peek().is_some() && cells.all(|t| routes(t.trim_matches('`'))) {
            guesses[i].set(Some(Role::Notes), "its cells are requests (a method and a path), not what codes mean");
        }
    }
    // "Status" holding "Success", "Failed", "Error": each row's group, not its name.
    for i in 0..width {
        let p = &profiles[i];
        // Under a "Status" header, one row saying "Failed" says so too.
        let status_words = words::is_one_of(e.header(i), words::STATUS_ALONE) && p.group_words == p.filled;
        // "✅ Thành công (Success)" over empty cells, then "⚠️ Lỗi (Client Errors)": each heads the rows below.
        let first_filled = e.table.rows.first().and_then(|row| row.get(i)).is_some_and(|c| !c.text.trim().is_empty());
        let grouping = mentions(e.header(i), words::CATEGORY);
        let heads_rows = first_filled && grouping && p.written_once() && p.group_words == p.filled;
        // "Açıklama" (description) over "Dosya Sistemi Hatası" ("file system error") says what each
        // code is, in few words that name a failure: its header says so.
        // So does "message" over "Param Exception", "Data Exception": the kind of failure each code
        // is. Not "Message" over "Success", "Failed", nor "Status": outcomes, row by row.
        let says_success = || filled_cells(e.table, i).any(|t| mentions(t, words::NORMAL));
        let named_text = match role(guesses, i) {
            Some(Role::Description) => true,
            Some(Role::Reason) => !words::is_one_of(e.header(i), words::STATUS_ALONE) && !says_success(),
            _ => false,
        };
        let described = guesses[i].named && named_text;
        if !matches!(role(guesses, i), Some(Role::Code | Role::Status))
            && p.mostly(p.group_words, 0.8)
            && ((p.categories() && !described) || status_words || heads_rows)
        {
            guesses[i].set(Some(Role::Group), "its cells say success or failure, row by row");
        }
    }
}

/// "GET /users/:id", "GET/DELETE …/:id": HTTP methods, then a path.
fn routes(text: &str) -> bool {
    let Some((methods, path)) = text.split_once(' ') else { return false };
    let path = path.trim();
    let path_like = path.starts_with(['/', '…', '.', '{', ':']) && !path.contains(char::is_whitespace);
    path_like && methods.split(['/', ',', '|']).all(|m| HTTP_METHODS.contains(&m))
}

/// "Old Code | New Code", "Legacy Code | Current Code" holding "101 | 3001": what each code became,
/// a mapping; the old codes key it (however like statuses), the new ones are notes to them.
fn renamed_codes(e: &Evidence, guesses: &mut [Guess]) {
    let keyed = |i: usize| matches!(role(guesses, i), Some(Role::Code | Role::Status));
    let width = guesses.len();
    let pair = (0..width)
        .flat_map(|i| (i + 1..width).map(move |j| (i, j)))
        .find(|&(i, j)| keyed(i) && keyed(j) && renamed(e.header(i), e.header(j)));
    if let Some((old, new)) = pair {
        guesses[old].set(Some(Role::Code), "its cells are the codes as they were before");
        guesses[new].set(Some(Role::Notes), "its cells are the codes the others became");
    }
}

/// "Old Code" before "New Code", "Legacy" before "Current": a code and what it became.
fn renamed(first: &str, second: &str) -> bool {
    const OLD: &[&str] = &["old", "legacy", "previous", "former", "deprecated", "旧", "舊"];
    const NEW: &[&str] = &["new", "current", "replacement", "新"];
    let first_word = |header: &str| header.split_whitespace().next().unwrap_or_default().to_lowercase();
    let starts = |header: &str, list: &[&str]| {
        let word = first_word(header);
        list.iter().any(|w| word == *w || !w.is_ascii() && header.starts_with(w))
    };
    starts(first, OLD) && starts(second, NEW)
}

/// Two columns of codes, or codes beside statuses: which is the key and what the other says.
fn codes_side_by_side(e: &Evidence, guesses: &mut [Guess], statuses: Option<usize>) {
    let profiles = e.profiles;
    let width = guesses.len();
    let header = |i: usize| e.header(i);
    // "Code Key | Error Code": of two code columns, the one the header calls errors is the key;
    // names in the other ("CardDeclined") name its codes.
    let codes: Vec<usize> = (0..width).filter(|&i| role(guesses, i) == Some(Role::Code)).collect();
    if let [first, second] = codes[..] {
        let errors = |i: usize| mentions(header(i), words::ERROR);
        // Identifiers of any case: "CardDeclined", "RPC_INVALID_STATE", "validation".
        let names = |i: usize| {
            let p = &profiles[i];
            (p.mostly(p.identifier, 0.8) || p.mostly(p.lower_token, 0.8)) && p.numeric == 0
        };
        let numbers = |i: usize| profiles[i].mostly(profiles[i].numeric, 0.8);
        if errors(second) && !errors(first) && names(first) && numbers(second) {
            guesses[first].set(Some(Role::Reason), "its cells name the error codes beside them");
        } else if numbers(first) && names(second) && !errors(second) {
            // "Code | Code string": 1000 | UNBOUND_ERROR.
            guesses[second].set(Some(Role::Reason), "its cells name the numbers beside them");
        } else if header(first).to_lowercase().contains("exit") && errors(second) && names(second) {
            // "Exit code | Error code" holding "1 | operation_failed": the program's own code is the key.
            guesses[first].set(Some(Role::Notes), "the error codes beside it are the key");
        } else if guesses[second].named && !guesses[first].named && mentions(header(second), words::CODE) {
            // "ID | Resultado | Código" holding "AE01 | … | 0160": codes are what the header calls codes.
            guesses[first].set(Some(Role::Notes), "another column's header names the codes");
        }
    }
    // "Sub-codes" listing codes beside a column of codes: more about each, not the key.
    for i in 0..width {
        let lists = profiles[i].mostly(profiles[i].code_lists, 0.5);
        // "Error codes" listing each status's errors is the key: a row for each code it lists.
        let errors = mentions(header(i), words::ERROR);
        // Leading the statuses, the lists are the codes answered with each ("id / code" holding a
        // name and its number); after them, more about each status.
        let other_codes = (0..width).any(|j| j != i && role(guesses, j) == Some(Role::Code));
        let after_statuses = (0..i).any(|j| role(guesses, j) == Some(Role::Status));
        if role(guesses, i) == Some(Role::Code) && lists && (other_codes || after_statuses) && !errors {
            guesses[i].set(Some(Role::Notes), "its cells list codes, beside a column of codes");
        }
        // "Status | Meaning | Common Error Codes": some of the codes each status is answered with.
        let each_status_once = statuses.is_some_and(|s| s < i && profiles[s].each_once());
        if role(guesses, i) == Some(Role::Code) && each_status_once && mentions(header(i), words::SOME_OF) {
            guesses[i].set(Some(Role::Notes), SOME_OF_CODES);
        }
        // "Level | Description | Example Codes" holding "9000-xx": examples of the codes of each row's kind.
        let first_word = header(i).split_whitespace().next().unwrap_or_default();
        if role(guesses, i) == Some(Role::Code) && words::is_one_of(first_word, words::EXAMPLES) {
            guesses[i].set(Some(Role::Notes), "its header says its codes are examples");
        }
    }
    // "Code" holding "Continue", "Switching Protocols" beside "Status Code" holding statuses: names.
    // Not when the statuses repeat and these do not: "400 | unknown purpose", "400 | missing id" name the rows.
    let keying = |i: usize, status: usize| {
        let (p, s) = (&profiles[i], &profiles[status]);
        !s.each_once() && p.distinct > s.distinct && p.mostly_once() && p.lowercase_start()
    };
    for i in 0..width {
        let p = &profiles[i];
        if role(guesses, i) == Some(Role::Code)
            && statuses.is_some_and(|status| !keying(i, status))
            && !p.codes()
            && !mentions(header(i), words::ERROR)
        {
            // "Code | Description | HTTP Status" holding "model_not_loaded | … | 503": a first column
            // of identifiers, each once, keys the rows, its statuses beside it.
            // Tables sharing the header may each list the shared codes again ("`not_found`" under each module).
            let once_here = crate::import::all_distinct(filled_cells(e.table, i));
            let leading = statuses.is_some_and(|status| i < status) && (p.each_once() || once_here) && p.filled >= 2;
            // "Period not found" where the page's other tables hold "`not_found`": this table names the statuses.
            // "`code`": the error field's own name heads the codes it holds, wherever the column stands.
            let field = words::is_one_of(header(i).trim_matches('`'), &["code", "error_code", "errorcode"]);
            // "内部代码" holding "无", "无", "`UPSTREAM_ERR`": codes of the API's own where it has one.
            let none = |t: &str| says_none(t) || none_word(t);
            let cells = || e.table.rows.iter().filter_map(|row| row.get(i)).filter(|c| !c.text.trim().is_empty());
            let said = || cells().filter(|c| !none(&c.text));
            let some_own = cells().any(|c| none(&c.text))
                && said().next().is_some()
                && said().all(|c| c.set_as_code && code_token(&c.text));
            match p.mostly(p.lower_token, 0.7) && !worded(e.table, i) {
                _ if some_own => {}
                true if leading || field => {}
                // "主な code": the API's own codes for each status, more about it.
                true => guesses[i].set(Some(Role::Notes), "its cells are the API's codes for each status"),
                false => guesses[i].set(Some(Role::Reason), "its cells are names; the statuses are in another column"),
            }
        }
    }
    // "HTTP Status | type | Description" holding "400 | bad_request": beside statuses alone,
    // a type column of identifiers, each once, holds the API's error codes.
    let only_statuses = |guesses: &[Guess]| {
        let keyed: Vec<usize> =
            (0..width).filter(|&i| matches!(role(guesses, i), Some(Role::Status | Role::Code))).collect();
        matches!(keyed[..], [k] if profiles[k].mostly(profiles[k].http, 0.8))
    };
    // So is an error column of them ("`error` 값" holding "not_found"), whatever its header left it.
    if only_statuses(guesses) {
        let status_at = (0..width).find(|&i| matches!(role(guesses, i), Some(Role::Status | Role::Code)));
        let typed = |i: usize| {
            let p = &profiles[i];
            let kind = mentions(header(i), words::CATEGORY) || mentions(header(i), words::ERROR);
            // "Error page" holding "404.html": files served, not codes.
            let files = filled_cells(e.table, i).any(|t| t.contains('.'));
            // "`FORBIDDEN`", "`Validation`" leading the row: words set as code are identifiers too,
            // however capitalised; not the classes a program raises ("`BadRequestException`").
            let word = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
            let class = |t: &str| t.ends_with("Error") || t.ends_with("Exception");
            let classes = mentions(header(i), &["class", "exception"]) || filled_cells(e.table, i).any(class);
            let words_as_code = filled_cells(e.table, i).all(|t| word(t.trim_matches('`')));
            let leading = status_at.is_some_and(|status| i < status);
            let set_as_names = leading && p.all_set_as_code() && words_as_code && p.numeric == 0 && !classes;
            kind && (p.identifiers() || set_as_names) && p.each_once() && p.filled >= 2 && !files
        };
        let open = |i: usize| matches!(role(guesses, i), Some(Role::Reason) | None);
        if let Some(i) = (0..width).find(|&i| open(i) && typed(i)) {
            guesses[i].set(Some(Role::Code), "its cells are identifiers, each once, beside statuses");
        }
    }
}

/// "Status Code | Tipo | Categoria | … | Código de erro Bandeira": codes given in fewer than half
/// the rows key nothing; identifiers, each once in every row, key them instead.
fn sparse_codes(e: &Evidence, guesses: &mut [Guess]) {
    let profiles = e.profiles;
    let width = guesses.len();
    let sparse = |i: usize| role(guesses, i) == Some(Role::Code) && profiles[i].filled * 2 < profiles[i].rows;
    let Some(codes) = (0..width).find(|&i| sparse(i)) else { return };
    let keying = |i: usize| {
        let p = &profiles[i];
        // A full column of codes beside a sparse one ("示例错误码" beside "错误码范围") too.
        i != codes
            && role(guesses, i) != Some(Role::Status)
            && (role(guesses, i) != Some(Role::Code) || p.mostly(p.numeric, 0.9))
            && p.filled >= 2
            && p.filled == p.rows
            && (p.identifiers() || p.mostly(p.numeric, 0.9))
            && p.each_once()
    };
    if let Some(i) = (0..width).find(|&i| keying(i)) {
        guesses[i].set(Some(Role::Code), "its cells are codes, each once, in rows the codes leave empty");
        guesses[codes].set(Some(Role::Notes), "its cells are codes for fewer than half the rows");
        // "1xx | 系统层面 | 表示系统级别的错误" over "101", "102": what is said of each range, not of each code.
        let range_rows = profiles[codes].filled;
        for j in (0..width).filter(|&j| j != i && profiles[j].filled <= range_rows) {
            if matches!(role(guesses, j), Some(Role::Reason | Role::Description)) {
                guesses[j].set(Some(Role::Notes), "its cells speak of the ranges, row by row with them");
            }
        }
    }
}

/// "FileNotFound", "Llm", "Io": one word each, most of them set as identifiers, the rest capitalised.
pub(super) fn one_word_names(e: &Evidence, i: usize) -> bool {
    let word =
        |t: &str| t.starts_with(|c: char| c.is_ascii_uppercase()) && t.chars().all(|c| c.is_ascii_alphanumeric());
    e.profiles[i].mostly(e.profiles[i].name_token, 0.5) && filled_cells(e.table, i).all(word)
}

/// Every filled cell of `column`, one at least, words with a space between ("Period not found"):
/// in this table, names in words, whatever the page's other tables sharing its header hold.
pub(super) fn worded(table: &RawTable, column: usize) -> bool {
    let mut cells = filled_cells(table, column).peekable();
    cells.peek().is_some() && cells.all(|t| t.contains(' '))
}

/// The text of `column`'s filled cells, trimmed.
pub(super) fn filled_cells(table: &RawTable, column: usize) -> impl Iterator<Item = &str> {
    table.rows.iter().filter_map(move |row| row.get(column)).map(|c| c.text.trim()).filter(|t| !t.is_empty())
}
