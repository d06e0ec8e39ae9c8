//! Names that key the rows (error names where no other column holds codes, phrases where the
//! statuses repeat), or name the codes beside them (the statuses' registered names).

use super::{filled_cells, keys, role, worded, Evidence, Guess, Role};
use crate::import::cells::snake_name;
use crate::import::words::{self, mentions};
use crate::import::RawTable;

/// Names that key the rows, or name the codes beside them.
pub(super) fn names_that_key(e: &Evidence, guesses: &mut [Guess]) {
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
            let literal = words::names_error_field(header(i)) && super::super::literal_cells(p);
            (short || literal) && p.distinct > profiles[key].distinct && (p.identifiers() || p.mostly_once())
        };
        let text_role = |i: usize| matches!(role(guesses, i), Some(Role::Reason | Role::Notes) | None);
        // Not where this table's cells are names in words ("Period not found") beside the page's identifiers.
        let keying = |i: usize| i != key && text_role(i) && naming(i) && !worded(e.table, i);
        if let Some(i) = (0..width).find(|&i| keying(i) && !header(i).trim().is_empty()) {
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
            // "outcome | 名称" holding "50 | NO_PATH_FOUND": numbers before the names, each its own,
            // are the codes the names stand for.
            // "No. | Name" holding "1 | INVALID_PARAMETER", "2 | …": rows counted, not codes.
            let counted = |j: usize| {
                let numbers: Vec<u64> = filled_cells(e.table, j).filter_map(|t| t.parse().ok()).collect();
                numbers.iter().enumerate().all(|(at, n)| *n == at as u64 + 1)
            };
            let numbers = |j: usize| {
                let p = &profiles[j];
                role(guesses, j).is_none() && p.mostly(p.numeric, 0.9) && p.each_once() && p.filled >= 2 && !counted(j)
            };
            match (0..i).find(|&j| numbers(j)) {
                Some(j) => {
                    guesses[j].set(Some(Role::Code), "its cells are numbers, each its own, before the names of them");
                    guesses[i].set(Some(Role::Reason), "its cells name the numbers before them");
                }
                None => guesses[i]
                    .set(Some(Role::Code), "its cells are error names, each once, and no other column holds codes"),
            }
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
