//! Roles the cells overrule: what a column's header words suggest, weighed
//! against what its cells hold beside the other columns of the table.

use super::{Guess, Role};
use crate::import::cells::{snake_name, HTTP_METHODS};
use crate::import::profile::Profile;
use crate::import::words::{self, mentions};
use crate::import::RawTable;
use keys::{keys_from_cells, problem_fields};
use texts::{names_beside_codes, texts_headed_as_codes, texts_sorted};

mod keys;
mod texts;

/// Roles the header words gave that the cells, seen beside the other columns, overrule.
pub(super) fn weigh_evidence(table: &RawTable, profiles: &[Profile], guesses: &mut [Guess], says_errors: bool) {
    let e = Evidence { table, profiles, says_errors };
    // Statuses as the headers and cells first show them, before any rule moves a role.
    let statuses = (0..guesses.len())
        .find(|&i| role(guesses, i) == Some(Role::Status) && profiles[i].mostly(profiles[i].http, 0.8));
    keys_from_cells(&e, guesses);
    set_aside(&e, guesses);
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
            let leading = statuses.is_some_and(|status| i < status) && p.each_once() && p.filled >= 2;
            match p.mostly(p.lower_token, 0.7) {
                true if leading => {}
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
        let typed = |i: usize| {
            let p = &profiles[i];
            let kind = mentions(header(i), words::CATEGORY) || mentions(header(i), words::ERROR);
            // "Error page" holding "404.html": files served, not codes.
            let files = filled_cells(e.table, i).any(|t| t.contains('.'));
            kind && p.identifiers() && p.each_once() && p.filled >= 2 && !files
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

/// Names that key the rows, or name the codes beside them.
fn names_that_key(e: &Evidence, guesses: &mut [Guess]) {
    let table = e.table;
    let profiles = e.profiles;
    let says_errors = e.says_errors;
    let width = guesses.len();
    let header = |i: usize| e.header(i);
    let alone = |i: usize| words::is_one_of(e.header(i), words::ERROR_ALONE);
    // "Status | Error | Message" with "403 | StatusForbidden": beside another column of
    // codes, an "Error" column names them, unless the codes repeat and its cells do not.
    let keyed = |guesses: &[Guess], i: usize| matches!(role(guesses, i), Some(Role::Status | Role::Code)) && !alone(i);
    if let Some(key) = (0..width).find(|&i| keyed(guesses, i)) {
        let repeats = !profiles[key].each_once();
        let names: Vec<usize> = (0..width).filter(|&i| alone(i) && role(guesses, i) == Some(Role::Code)).collect();
        for i in names {
            if repeats && profiles[i].each_once() && role(guesses, key) == Some(Role::Status) {
                continue;
            }
            guesses[i].set(Some(Role::Reason), "it names the codes beside it");
        }
    }
    // Statuses that repeat beside short names that mostly do not ("401 | unauthorized",
    // "401 | auth_bad_access_token"): the names key the rows, so that none merges with another.
    // The key: the only column of statuses ("HTTP CODE/STATUS" too), when they repeat.
    let keys_now: Vec<usize> =
        (0..width).filter(|&i| matches!(role(guesses, i), Some(Role::Status | Role::Code))).collect();
    if let Some(key) = keys_now.first().copied().filter(|&k| {
        let p = &profiles[k];
        // "101 … 160" that are no registered statuses ("Code | Name" of an SDK's errors) key nothing.
        keys_now.len() == 1 && !p.each_once() && p.mostly(p.http, 0.8) && p.mostly(p.registered, 0.8)
    }) {
        let naming = |i: usize| {
            let p = &profiles[i];
            // Identifiers, mostly one word each; messages ("Invalid token") name nothing.
            // "业务处理成功": a phrase in a script written without spaces is a message, not a name.
            let short = p.mostly(p.one_word, 0.6)
                && p.mostly(p.token.max(p.lower_token), 0.6)
                && p.rarely_prose()
                && !p.mostly(p.http, 0.5);
            // "`Invalid signature`" under "`error`": literal strings the API answers with, a few
            // cells aside ("Any dev-auth error").
            let literal = words::names_error_field(header(i)) && super::literal_cells(p);
            (short || literal) && p.distinct > profiles[key].distinct && (p.identifiers() || p.mostly_once())
        };
        let text_role = |i: usize| matches!(role(guesses, i), Some(Role::Reason | Role::Notes) | None);
        if let Some(i) = (0..width).find(|&i| i != key && text_role(i) && naming(i) && !header(i).trim().is_empty()) {
            guesses[i].set(Some(Role::Code), "its cells name each row, where the statuses repeat");
        }
    }
    // "Code | Response | When" holding "200 | OK | …": the statuses' own names name the rows.
    // The key of statuses: the rules below move names and texts, never the key.
    let status_key = (0..width).find(|&i| {
        matches!(role(guesses, i), Some(Role::Status | Role::Code)) && profiles[i].mostly(profiles[i].http, 0.8)
    });
    let named_by = (0..width).find(|&j| role(guesses, j) == Some(Role::Reason));
    let described = (0..width).any(|j| role(guesses, j) == Some(Role::Description));
    // "status code | indicates | message" holding "200 | OK | 请求成功": the registered names name
    // the rows, and the message, with no description beside it, says more.
    // "Código | Significado | Causas comunes" holding "200 | OK | …": a meaning that is only the
    // name, beside a column of causes, names the rows too.
    let caused = (0..width).any(|i| mentions(header(i), words::CAUSE));
    let open = |i: usize| match role(guesses, i) {
        None => true,
        Some(Role::Description) => caused,
        _ => false,
    };
    let unnamed = |key: usize| named_by.is_none_or(|r| !described && !names_statuses(table, key, r));
    if let Some(key) = status_key.filter(|&key| unnamed(key)) {
        let blank: Vec<usize> = (0..width).filter(|&i| open(i) && !header(i).trim().is_empty()).collect();
        if let Some(i) = blank.into_iter().find(|&i| names_statuses(table, key, i)) {
            guesses[i].set(Some(Role::Reason), "its cells are the names of the statuses beside them");
            if let Some(r) = named_by {
                guesses[r].set(Some(Role::Description), "it says more than the names of the statuses beside it");
            }
        }
    }
    // "状态码 | 含义 | 说明" holding "200 | OK | 请求成功", both headers meaning "explanation": the
    // statuses' names name the rows, the other text says more.
    let named_by = (0..width).find(|&j| role(guesses, j) == Some(Role::Reason));
    let described: Vec<usize> = (0..width).filter(|&d| role(guesses, d) == Some(Role::Description)).collect();
    let swap = status_key.and_then(|key| {
        let d = described.iter().copied().find(|&d| names_statuses(table, key, d))?;
        match named_by {
            Some(r) if !names_statuses(table, key, r) => Some((d, Some(r))),
            None if described.len() >= 2 => Some((d, None)),
            _ => None,
        }
    });
    if let Some((d, r)) = swap {
        guesses[d].set(Some(Role::Reason), "its cells are the names of the statuses beside them");
        if let Some(r) = r {
            guesses[r].set(Some(Role::Description), "it says more than the names of the statuses beside it");
        }
    }
    // Under a label that calls them errors, columns of error names are codes ("ACTION_NOT_SUPPORTED"),
    // headed by nothing or by "Type" ("Error Types": api_error, each once).
    if says_errors && keys(guesses) == 0 {
        let unnamed = |i: usize| header(i).trim().is_empty();
        // "basic_auth (access_control)": a name, with its super type beside it.
        let lead_names = |i: usize| {
            let lead = |t: &str| t.split_whitespace().next().is_some_and(snake_name);
            let cells: Vec<&str> = filled_cells(table, i).collect();
            cells.len() >= 3 && cells.iter().all(|t| lead(t)) && cells.iter().any(|t| t.contains('_'))
        };
        let names = |i: usize| {
            let p = &profiles[i];
            p.mostly(p.identifier, 0.8) || p.identifiers() || lead_names(i)
        };
        // "Error Name" holding "missing", "already_exists" names the errors too.
        let kind = |i: usize| mentions(header(i), words::CATEGORY) || mentions(header(i), words::ERROR);
        // Mostly once: tables sharing the header may list an error again ("NotImplemented").
        let typed = |i: usize| kind(i) && profiles[i].mostly_once() && names(i);
        if let Some(i) = (0..width).find(|&i| unnamed(i) && profiles[i].mostly(profiles[i].identifier, 0.8) || typed(i))
        {
            guesses[i].set(Some(Role::Code), "its cells are error names, under a label that says errors");
        }
    }
    // "Mensagem | Descrição" holding "USER_TOKEN_NOT_FOUND | …": with no other key, UPPER_SNAKE
    // names, each once, are the codes, whatever the header calls them.
    if keys(guesses) == 0 {
        let snake = |i: usize| {
            let p = &profiles[i];
            // Mostly once: tables sharing the header may list an error again ("INVALID_TOKEN").
            // "상수" holding "ENOTSUP": a program's names, snake case or not.
            let constants = mentions(header(i), words::CONSTANT) && p.mostly(p.name_token, 0.8);
            // "reason" holding "is_empty", "wrong_size": names of errors an API returns, under a label of errors.
            let snake_named = says_errors && p.identifiers() && p.mostly(p.token, 0.8);
            let names = p.mostly(p.upper_snake, 0.8) || constants || snake_named;
            // "Attribute name" holding "access_token": names of other things.
            let other = words::is_one_of(header(i).trim(), words::OTHER_KEYS);
            role(guesses, i) == Some(Role::Reason) && names && !other && p.mostly_once() && p.filled >= 2
        };
        if let Some(i) = (0..width).find(|&i| snake(i)) {
            guesses[i].set(Some(Role::Code), "its cells are error names, each once, and no other column holds codes");
        }
    }
}

/// Whether `column` holds, mostly, each row's status name as the registry
/// gives it ("OK" beside "200").
fn names_statuses(table: &RawTable, key: usize, column: usize) -> bool {
    let rows = || table.rows.iter().filter(|row| row.get(column).is_some_and(|c| !c.text.trim().is_empty()));
    let named = rows()
        .filter(|row| {
            let status = row.get(key).map(|c| c.text.trim()).unwrap_or("");
            let name = row[column].text.trim().trim_end_matches('.');
            crate::catalogue::is_http_name(status, name)
        })
        .count();
    named > 0 && named * 5 >= rows().count() * 4
}

/// "FileNotFound", "Llm", "Io": one word each, most of them set as identifiers, the rest capitalised.
pub(super) fn one_word_names(e: &Evidence, i: usize) -> bool {
    let word =
        |t: &str| t.starts_with(|c: char| c.is_ascii_uppercase()) && t.chars().all(|c| c.is_ascii_alphanumeric());
    e.profiles[i].mostly(e.profiles[i].name_token, 0.5) && filled_cells(e.table, i).all(word)
}

/// The text of `column`'s filled cells, trimmed.
pub(super) fn filled_cells(table: &RawTable, column: usize) -> impl Iterator<Item = &str> {
    table.rows.iter().filter_map(move |row| row.get(column)).map(|c| c.text.trim()).filter(|t| !t.is_empty())
}
