//! Keys the cells show whatever the headers say: statuses, numbers each its own, names
//! that stand for the numbers beside them.

use super::{filled_cells, keys, one_word_names, role, Evidence, Guess, Role};
use crate::import::cells::{class_pattern, snake_name, written_as_identifier};
use crate::import::profile::Profile;
use crate::import::words::{self, mentions};
use crate::import::RawTable;

/// Keys the cells show whatever the headers say: statuses, numbers each its own, codes beside statuses.
pub(super) fn keys_from_cells(e: &Evidence, guesses: &mut [Guess]) {
    let table = e.table;
    let profiles = e.profiles;
    let says_errors = e.says_errors;
    let width = guesses.len();
    let header = |i: usize| e.header(i);
    // With no column the header calls codes, one of HTTP statuses is the key, whatever its header ("reason").
    if keys(guesses) == 0 {
        if let Some(i) = (0..width).find(|&i| profiles[i].mostly(profiles[i].http, 0.9)) {
            guesses[i].set(Some(Role::Status), "its cells are statuses, whatever its header says");
        }
    }
    // "error type" holding "`invalid_request_error`": with no other key, identifiers under a
    // header that names errors are the codes, though a code may be listed again. So beside
    // statuses that repeat ("Code | Error Status" holding "404 | `cocart_customer_missing`"):
    // the statuses are what each code answers with.
    let statuses: Vec<usize> = (0..width).filter(|&i| role(guesses, i) == Some(Role::Status)).collect();
    let repeated_statuses = (0..width).all(|i| role(guesses, i) != Some(Role::Code))
        && !statuses.is_empty()
        && statuses.iter().all(|&i| !profiles[i].mostly_once());
    if keys(guesses) == 0 || repeated_statuses {
        let error_names = |i: usize| {
            let p = &profiles[i];
            // "invalidInviteCode": camelCase, as programs name their errors.
            let joined = || filled_cells(table, i).all(written_as_identifier) && p.each_once();
            let names = p.identifiers() || one_word_names(e, i) && p.mostly_once() || joined();
            mentions(header(i), words::ERROR) && p.filled >= 2 && names && p.rarely_prose()
        };
        // Beside the statuses: names, not the statuses themselves nor lists of them ("400, 409").
        let beside = |i: usize| {
            let p = &profiles[i];
            !repeated_statuses || role(guesses, i) != Some(Role::Status) && p.numeric == 0 && p.code_lists == 0
        };
        if let Some(i) = (0..width).find(|&i| error_names(i) && beside(i)) {
            guesses[i].set(Some(Role::Code), "its cells are error names, under a header that names errors");
        }
    } else if let Some(key) = status_key(profiles, guesses) {
        // "Status | Exception" holding "400 | BadRequestException": each status answered by one
        // error a program names; the names are the codes, the statuses what each answers with.
        let joined = |i: usize| filled_cells(table, i).all(written_as_identifier) && profiles[i].each_once();
        // Not "SDK exception": how a client library names each status, not what the API answers.
        let client = |i: usize| mentions(header(i), &["sdk", "client"]);
        let named = |i: usize| {
            i != key && mentions(header(i), words::ERROR) && !client(i) && profiles[i].filled >= 2 && joined(i)
        };
        if let Some(i) = (0..width).find(|&i| named(i) && role(guesses, i).is_none()) {
            guesses[key].set(Some(Role::Status), "its cells are the statuses the error names beside them answer with");
            guesses[i].set(Some(Role::Code), "its cells are error names, each beside the status it answers with");
        }
    }
    // "`error`" holding "`invalid msgpack`", "`nonce must increase`": with no other key, messages
    // set as code, each once, under the error field's name, are what the API answers with.
    // Under "Error Message" they are examples of what a status says.
    if keys(guesses) == 0 {
        let messages = |i: usize| {
            let p = &profiles[i];
            words::names_error_field(header(i)) && p.filled >= 2 && p.all_set_as_code() && p.each_once()
        };
        if let Some(i) = (0..width).find(|&i| messages(i)) {
            guesses[i].set(Some(Role::Code), "its cells are messages set as code, under a header that names errors");
        }
    }
    // "invalidReason | Meaning" holding "payTo_mismatch | …": with no other key, a response
    // field's values written as identifiers, each once, beside what they mean, are its codes.
    let described = (0..width).any(|i| role(guesses, i) == Some(Role::Description));
    if keys(guesses) == 0 && described {
        let field_values = |i: usize| {
            let p = &profiles[i];
            // "reason" holding "quota_exhausted", "no_plan", "paused": one-word values among them.
            let joined = filled_cells(table, i).filter(|t| written_as_identifier(t)).count();
            let all = filled_cells(table, i).all(|t| written_as_identifier(t) || snake_name(t.trim_matches('`')));
            // "param_name" over "user_id": names of parameters, no codes.
            let other_keys = mentions(header(i), &["name", "param", "field", "key", "property"]);
            // A field as the response spells it: "invalidReason", or one word in lower case ("reason").
            let spelled = written_as_identifier(header(i)) || snake_name(header(i)) && !header(i).contains('_');
            let field = spelled && !other_keys && joined * 2 >= p.filled;
            role(guesses, i) == Some(Role::Reason) && field && p.filled >= 3 && p.each_once() && all
        };
        if let Some(i) = (0..width).find(|&i| field_values(i)) {
            guesses[i].set(Some(Role::Code), "its cells are identifiers, each once, beside what they mean");
        }
    }
    // "error code | http status" holding "200 | 500": beside a column its header calls
    // statuses, numbers that look like statuses are the API's own codes.
    let status_header =
        |guesses: &[Guess], i: usize| role(guesses, i) == Some(Role::Status) && mentions(header(i), words::STATUS);
    if (0..width).any(|i| status_header(guesses, i)) {
        let codes: Vec<usize> =
            (0..width).filter(|&i| role(guesses, i) == Some(Role::Status) && !status_header(guesses, i)).collect();
        for i in codes {
            guesses[i].set(Some(Role::Code), "its cells look like statuses, but another column holds them");
        }
    }
    // "Identificador | Descrição" holding "400001 | …": numbers, each its own, beside what they mean.
    // Long numbers are codes by their look; short ones ("0", "12") when the label says errors.
    // "10##" over "1001", "1002": a pattern labels the numbers below it, as "4xx" does; so does "####".
    let marks_alone = |t: &str| t.len() >= 2 && (t.bytes().all(|b| b == b'#') || t.bytes().all(|b| b == b'-'));
    let patterns = filled_cells(table, 0).filter(|t| class_pattern(t) || marks_alone(t)).count();
    let numbers = |p: &Profile| p.long_numbers + patterns == p.filled || says_errors && p.numeric == p.filled;
    let own_numbers = |p: &Profile| p.filled >= 2 && numbers(p) && p.distinct + patterns >= p.filled;
    let unnumbered = !numbers_rows(table, 0);
    // "### Error Key" over "Key | Value" holding "1 | User not found": two columns, the text beside the numbers.
    let texted = described || says_errors && width == 2 && profiles[1].numeric == 0 && profiles[1].filled >= 2;
    if keys(guesses) == 0 && texted && role(guesses, 0).is_none() && own_numbers(&profiles[0]) && unnumbered {
        guesses[0].set(Some(Role::Code), "its cells are numbers, each its own, beside what they mean");
    }
    // "Reason | Description" holding "`invalidQuery` | …": with no other key, the values of an
    // error's reason field, each set as code once, are its codes.
    let reason_values = |i: usize| {
        let p = &profiles[i];
        let values = p.all_set_as_code() && p.each_once() && p.filled >= 2;
        values && p.mostly(p.name_token.max(p.lower_token), 0.8) && words::is_one_of(header(i).trim(), &["reason"])
    };
    if keys(guesses) == 0 {
        if let Some(i) = (0..width).find(|&i| reason_values(i)) {
            guesses[i].set(Some(Role::Code), "its cells are values of a reason field, set as code");
        }
    }
    // "Constant | Value" holding "PARSE_ERROR | -32700": the numbers the names stand for are the codes.
    // "名称 | 值" holding "ARMax_OK | 0": names set as identifiers are constants too.
    let identifiers = |i: usize| {
        let p = &profiles[i];
        role(guesses, i) == Some(Role::Reason) && p.mostly(p.identifier, 0.8) && p.each_once()
    };
    let named = (0..width).any(|i| mentions(header(i), words::CONSTANT) || identifiers(i));
    let value = |guesses: &[Guess], i: usize| {
        let p = &profiles[i];
        let numbers = signed_numbers(table, i) || hex_numbers(table, i);
        // "Constant Value": the header may say "constant" too.
        let free = role(guesses, i).is_none_or(|r| r == Role::Reason);
        free && mentions(header(i), words::VALUE) && p.filled >= 2 && numbers
    };
    if keys(guesses) == 0 && named {
        if let Some(i) = (0..width).find(|&i| value(guesses, i) && profiles[i].each_once()) {
            guesses[i].set(Some(Role::Code), "its cells are the numbers the names beside them stand for");
        }
    }
    // "Name | Value" holding "`INVALID_REQUEST` | invalid_request" or "`InvalidRequest` | …": a
    // program's names for the values the API answers with; the values are the codes.
    let wire = |i: usize| {
        let p = &profiles[i];
        let free = role(guesses, i).is_none_or(|r| r == Role::Reason);
        // "invalid_request": words joined as an API's values are; not "unlimited", "debug".
        let joined = filled_cells(table, i).filter(|t| t.contains('_')).count() * 5 >= p.filled * 4;
        let values = p.filled >= 2 && p.each_once() && p.mostly(p.lower_token, 0.8) && joined;
        free && words::is_one_of(header(i).trim(), words::VALUE) && values
    };
    let program_names = |i: usize| {
        let p = &profiles[i];
        let names = p.mostly(p.upper_snake, 0.8) || p.mostly(p.name_token, 0.8);
        words::is_one_of(header(i).trim(), &["name"]) && names && p.each_once()
    };
    if keys(guesses) == 0 {
        if let Some((v, n)) =
            (0..width).find(|&v| wire(v)).and_then(|v| Some((v, (0..width).find(|&n| n != v && program_names(n))?)))
        {
            guesses[v].set(Some(Role::Code), "its cells are the values the names beside them stand for");
            guesses[n].set(Some(Role::Reason), "its cells are a program's names for the values beside them");
        }
    }
    // "Status ID | Value" holding "EFT_SUCCESS | 0001": names taken for the key by their look, under
    // a header that calls them neither codes nor errors, stand for the values beside them.
    let keyed: Vec<usize> = (0..width).filter(|&i| role(guesses, i) == Some(Role::Code)).collect();
    // "`codeKey` | `code`" holding "PARAM_ERROR | 1000005": of two columns headed as codes, the
    // names stand for the numbers, as constants do; where a number is given twice, to two
    // names, the names tell the errors apart.
    if let [a, b] = keyed[..] {
        let names = |i: usize| profiles[i].mostly(profiles[i].upper_snake, 0.8) && profiles[i].each_once();
        let numbers = |i: usize| {
            let p = &profiles[i];
            signed_numbers(table, i) && p.filled >= 2 && !p.mostly(p.http, 0.5)
        };
        // "`code`" alone heads the numbers; "HTTP status code", "Legacy code" say what else they are.
        let bare = |i: usize| words::is_one_of(header(i).trim_matches('`'), words::CODE);
        if let Some((name, number)) = [(a, b), (b, a)].into_iter().find(|&(n, v)| names(n) && numbers(v)) {
            if profiles[number].each_once() && bare(number) {
                guesses[number].set(Some(Role::Code), "its cells are the numbers the names beside them stand for");
                guesses[name].set(Some(Role::Reason), "its cells name the numbers beside them");
            } else if !profiles[number].each_once() {
                guesses[name].set(Some(Role::Code), "its cells are each once, where the numbers beside them repeat");
                guesses[number].set(None, "its numbers repeat, where the names beside them do not");
            }
        }
    }
    if let [key] = keyed[..] {
        let p = &profiles[key];
        // "Error Name | Value": a header of errors that calls them names says they name the numbers.
        let named = mentions(header(key), &["name", "symbol", "enum"]) || mentions(header(key), words::CONSTANT);
        let said = mentions(header(key), words::CODE) || mentions(header(key), words::ERROR) && !named;
        if !said && p.mostly(p.upper_snake, 0.8) {
            if let Some(i) = (0..width).find(|&i| value(guesses, i) && profiles[i].each_once()) {
                guesses[i].set(Some(Role::Code), "its cells are the numbers the names beside them stand for");
                guesses[key].set(Some(Role::Reason), "its cells name the numbers beside them");
            }
        }
    }
}

/// "type | title | detail | status": the fields of a problem (RFC 9457); its type names the error,
/// whatever the cells look like.
pub(super) fn problem_fields(e: &Evidence, guesses: &mut [Guess]) {
    let width = guesses.len();
    let header = |i: usize| e.header(i);
    let field = |name: &str| (0..width).find(|&i| header(i).trim().eq_ignore_ascii_case(name));
    // Its status answered with, a status in every row.
    let statuses = |i: &usize| e.profiles[*i].filled > 0 && e.profiles[*i].http == e.profiles[*i].filled;
    if let (Some(kind), Some(title), Some(detail), Some(status)) =
        (field("type"), field("title"), field("detail"), field("status").filter(statuses))
    {
        let problem = "the fields of a problem (RFC 9457): type, title, detail, status";
        guesses[kind].set(Some(Role::Code), problem);
        guesses[title].set(Some(Role::Reason), problem);
        guesses[detail].set(Some(Role::Description), problem);
        guesses[status].set(Some(Role::Status), problem);
        return;
    }
    // "`type` | Meaning" holding "`/errors/400`": a problem's type, set as code, each its own, is
    // what the API answers with, though the table lists no other field.
    let typed = field("type").filter(|&i| {
        let p = &e.profiles[i];
        let paths = filled_cells(e.table, i).all(crate::import::cells::problem_type);
        p.filled >= 2 && p.all_set_as_code() && p.each_once() && paths
    });
    // Beside a column of statuses too ("Type | Status | Trigger"): the statuses are what each answers
    // with; and beside names guessed from the cells alone ("Extension members"), the types key.
    let named = |i: usize| role(guesses, i) == Some(Role::Code) && guesses[i].named;
    if let Some(kind) = typed.filter(|_| !(0..width).any(named)) {
        let others: Vec<usize> = (0..width).filter(|&i| i != kind && role(guesses, i) == Some(Role::Code)).collect();
        for i in others {
            guesses[i].set(Some(Role::Notes), "beside a problem's types, which key the rows");
        }
        guesses[kind].set(Some(Role::Code), "its cells are a problem's types (RFC 9457), each its own");
    }
}

/// Whether every filled cell of `column` is a whole number, signed or not ("-32700").
fn signed_numbers(table: &RawTable, column: usize) -> bool {
    let mut cells = filled_cells(table, column).peekable();
    cells.peek().is_some() && cells.all(|t| t.replacen('−', "-", 1).parse::<i64>().is_ok())
}

/// "0001", "000B", "001A": hexadecimal numbers written to one width ("0x1A" too).
fn hex_numbers(table: &RawTable, column: usize) -> bool {
    let digits = |t: &str| t.strip_prefix("0x").unwrap_or(t).to_string();
    let cells: Vec<String> = filled_cells(table, column).map(digits).collect();
    let width = cells.first().map_or(0, String::len);
    let hex = |t: &String| t.len() == width && t.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
    width >= 2 && cells.iter().all(hex)
}

/// Whether `column` numbers the rows ("Nr": 1, 2, 3…), as lists of steps do, rather than naming codes.
fn numbers_rows(table: &RawTable, column: usize) -> bool {
    let cells = filled_cells(table, column);
    cells.enumerate().all(|(at, text)| text.trim_end_matches('.') == (at + 1).to_string())
}

/// The one key column, when it holds statuses, each once.
fn status_key(profiles: &[Profile], guesses: &[Guess]) -> Option<usize> {
    let keyed: Vec<usize> =
        (0..guesses.len()).filter(|&i| matches!(role(guesses, i), Some(Role::Code | Role::Status))).collect();
    let &[key] = keyed.as_slice() else { return None };
    let p = &profiles[key];
    (p.mostly(p.http, 0.9) && p.each_once()).then_some(key)
}
