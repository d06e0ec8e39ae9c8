//! What one row of a page's table is: a class label, a continuation, a
//! row (or one for each code its cell lists), or nothing to import and why.

use super::leads::{comma_lead, dashed_registry_lead, registry_lead};
use super::ranges::{is_code_pattern, status_range, worded_range};
use super::{field, TableReader};
use crate::import::cells::{
    code_range, error_identifier, http_status, is_dash, none_word, quoted_code, says_none, snake_name, source_path,
    split_code, split_lead, statuses_named,
};
use crate::import::groups::class_group;
use crate::import::imported::Row;
use crate::import::profile::{code_list, leading_codes};
use crate::import::words::{is_one_of, CATEGORY};
use crate::import::{collapse, Cell};
use crate::table::{strip_ignorable, whitespace_fault, Group};

impl TableReader<'_> {
    /// What one row of the table is: a class label, the continuation of the
    /// row above (when there is one), a row, or nothing to import and why.
    pub(super) fn classify<'c>(&self, cell: &dyn Fn(usize) -> &'c Cell, after_a_row: bool) -> Line {
        let columns = self.columns;
        let status_cell = columns.status.map(cell);
        // A row whose code column is filled from its left holds no code
        // of its own there: the HTTP status beside it is its code.
        // "400 | 40000-40099 | …": a range beside a status is no code of the row's own either.
        let ranged = |text: &str| {
            let text = quoted_code(text.to_string());
            status_range(&text).is_some() || worded_range(&text).is_some() || code_range(&text).is_some()
        };
        let status_written = status_cell.is_some_and(|c| http_status(&field(&c.text)).is_some());
        let own_code = |c: &&Cell| {
            let text = field(&c.text);
            // "Zod-derived; includes `issues`" in a column of codes: a remark where the code would be.
            let remark =
                !c.set_as_code && text.split_whitespace().count() >= 3 && (text.contains("; ") || text.ends_with('.'));
            // "无" ("none") beside a status: the status keys the row.
            let none = !c.set_as_code && none_word(&text);
            !(c.widened || no_code_written(&text) || status_written && (ranged(&text) || remark || none))
        };
        // "400 | bad_user_agent | (no value)": with no code of its own, a row whose name is set as
        // a program names its errors is keyed by that name.
        let snake = |text: &str| text.contains('_') && snake_name(text);
        let named_in = columns.reason.into_iter().chain(columns.notes.iter().copied());
        let name_cell = named_in.map(cell).find(|c| snake(&field(&c.text)));
        let own_status =
            status_cell.is_some_and(|c| !c.widened && !c.spanned && http_status(&field(&c.text)).is_some());
        let keyed_by_name = !own_code(&cell(columns.code)) && own_status && name_cell.is_some();
        let code_cell = match (status_cell, name_cell) {
            (_, Some(name)) if keyed_by_name => name,
            (Some(status), _) if !own_code(&cell(columns.code)) && !status.widened => status,
            _ => cell(columns.code),
        };
        let code_text = quoted_code(field(&code_cell.text));
        // "None" among codes set as code: not one of them (a code so named is set as one).
        if code_text == "None" && !code_cell.set_as_code {
            return Line::Skip("\"None\" is written for its code: it has none".to_string());
        }
        let code = split_code(&code_text).0;
        if let Some(group) = class_group(&code) {
            // "4xx": a class of statuses labels the rows after it.
            return Line::ClassLabel(group, code.as_bytes()[0]);
        }
        // A spanning code cell over rows that each give a name of their own ("account not found",
        // "account is locked"): each row is that code's again, its text said under its name.
        let named_apart = columns.reason.map(cell).is_some_and(|c| !c.spanned && !field(&c.text).is_empty());
        if after_a_row && (code_cell.spanned && !named_apart || code_text.is_empty()) {
            // A row continuing the code above: its own text joins that code's.
            return Line::Continuation;
        }
        if let Some(range) = status_range(&code_text) {
            return Line::Skip(format!("{range} is a range of statuses, not one code"));
        }
        if let Some(range) = worded_range(&code_text) {
            return Line::Skip(format!("{range} is a range of codes, not one code"));
        }
        if let Some((from, to)) = code_range(&code_text) {
            return Line::Skip(format!("{from}–{to} is a range of codes, not one code"));
        }
        if is_code_pattern(&code) {
            return Line::Skip(format!("{code} stands for many codes, not one"));
        }
        // "`error: <msg>`": a value with a placeholder in it, a pattern of many.
        let text = code_text.trim().trim_matches('`');
        let worded = text.split_once(": <").is_some_and(|(word, _)| !word.contains(' '));
        if worded
            && text.ends_with('>')
            && text.rsplit_once('<').is_some_and(|(_, p)| snake_name(p.trim_end_matches('>')))
        {
            return Line::Skip(format!("{text} has a placeholder in it, a pattern of values"));
        }
        // "`spend_limit_exceeded` / `policy_exceeded`": codes, each set as code.
        let own = cell(columns.code);
        // "`payment_required`, `budget_exceeded` (soft_block)": codes, then a remark on the last.
        let list = code_list(&code_text).or_else(|| without_aside(&code_text).and_then(code_list));
        // "`0` / `RequestTimeout`": a number and a name a program joined, set apart by a slash.
        let list = list.or_else(|| slashed_codes(&code_text)).or_else(|| aliased_codes(&code_text));
        // "504 | — | Query timeout": no code written, the status keys the row.
        // Not "(auth error)": a remark in place of a code keeps the row out.
        let keyed_by_own = std::ptr::eq(code_cell, own) || !says_nothing(&field(&own.text));
        if columns.literal_codes && keyed_by_own && !own.set_as_code && list.is_none() {
            let text = field(&own.text);
            return Line::Skip(format!("'{text}' is not set as code, as the codes beside it are"));
        }
        // A phrase the table format cannot hold as a code is read as a code and a reason.
        // "Dosud nepárováno | INFO | Dosud nepárováno": a phrase the name column repeats whole is one code.
        let repeated = columns.reason.is_some_and(|c| field(&cell(c).text) == collapse(&code_text));
        // "IP Risk | IP存在风险": a phrase beside a name of its own; split, its last words would be lost.
        let titled = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic);
        let words = code_text.split_whitespace().count();
        let named_beside = columns.reason.is_some_and(|c| !field(&cell(c).text).is_empty());
        let titled_phrase = named_beside && (2..=3).contains(&words) && code_text.split_whitespace().all(titled);
        let phrase =
            (columns.phrase_codes || repeated || titled_phrase).then(|| collapse(&strip_ignorable(&code_text)));
        let (code, inline_reason) = match phrase.filter(|p| whitespace_fault(p).is_none()) {
            Some(phrase) => (phrase, String::new()),
            None => split_code(&code_text),
        };
        let (code, inline_reason) = (strip_ignorable(&code).into_owned(), field(&inline_reason));
        // "context_length_exceeded type: invalid_request_error": a category under the code, not its name.
        let labelled = inline_reason.split_once([':', '：']).is_some_and(|(label, _)| is_one_of(label, CATEGORY));
        // "basic_auth (access_control)": a super type in parentheses, a program's name, not one for people.
        let super_type = code_text.contains('(') && snake_name(&inline_reason);
        // "`ERR_RETRY_PREDICATE` (`policy/retry.py`)": where the code is raised, not its name.
        let source_file = code_text.contains('(') && source_path(&inline_reason);
        let inline_reason = if labelled || super_type || source_file { String::new() } else { inline_reason };
        // "ER117 ER119", "A_B/ A_B_KO": each code of the cell gets the row's text.
        // "500, 502, 503, 504 - Server Errors": several codes, then the name they share.
        // "200 OK / 201 Created": statuses, each with its registered name.
        let named = named_statuses(&code_text);
        // "E500 ASYNC_START_NOT_WAITED": a numbered code, then the constant that names it.
        let constant = list.as_ref().filter(|codes| codes.len() == 2 && numbered_then_constant(codes)).cloned();
        let listed = named.as_ref().map(|named| (named.iter().map(|(code, _)| code.clone()).collect(), String::new()));
        let listed = listed.or_else(|| constant.as_ref().map(|codes| (vec![codes[0].clone()], String::new())));
        let listed = listed.or_else(|| list.map(|codes| (codes, String::new())));
        let (codes, inline_reason) = listed
            .or_else(|| leading_codes(&code_text).map(|(codes, rest)| (codes, field(&rest))))
            .unwrap_or_else(|| (vec![code.clone()], inline_reason));
        if let Some(everything) = codes.iter().find(|c| is_catch_all(c)) {
            return Line::Skip(format!("'{everything}' stands for every other code, not one"));
        }
        let signed = code
            .strip_prefix(crate::import::cells::MINUS_SIGNS)
            .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        // "/err/resource": a problem's type, a path; "{SERVICE}_TIMEOUT": a name with a placeholder.
        let path = code.strip_prefix(['/', '{']).filter(|rest| rest.starts_with(char::is_alphanumeric));
        // ".Invalid_Handle": a member of an enum, as Odin, Swift or Zig name it.
        let member =
            code.strip_prefix('.').filter(|rest| rest.starts_with(char::is_alphabetic) && error_identifier(rest));
        // "#PROHIBITED_METHOD": a constant marked as the API writes it, the mark part of the code.
        let marked =
            code.strip_prefix('#').filter(|rest| error_identifier(rest) && !crate::import::cells::whole_number(rest));
        let path = path.or(member).or(marked);
        if !signed.or(path).unwrap_or(&code).starts_with(char::is_alphanumeric) {
            // Empty, or markup left in a table ("{: .class }").
            return Line::Skip("no code".to_string());
        }
        let status = status_cell.filter(|c| !std::ptr::eq(*c, code_cell)).and_then(|c| {
            let text = field(&c.text);
            // "—", "n/a", "见 code" ("see code"): no status written; a status has a number in it.
            let written = |w: &&str| w.chars().any(|c| c.is_ascii_digit()) && !w.eq_ignore_ascii_case("n/a");
            let word =
                text.split_whitespace().next().filter(|w| class_group(w).is_none() && written(w)).map(str::to_string);
            // "5xx" is a class, not the row's status.
            http_status(&text).map(|n| n.to_string()).or(word)
        });
        // "-": no name given.
        let reason_text = columns.reason.map(|c| field(&cell(c).text)).filter(|t| !says_none(t) && !keyed_by_name);
        let reason_text = reason_text.unwrap_or_default();
        // "ADDRESS_ERRORS.ADDRESS_NOT_FOUND" beside "ADDRESS_NOT_FOUND": the symbol a program
        // exports it by, the code itself (or the identifier alone) again, no name for people.
        let qualified = |name: &str| {
            let name = name.trim_matches('`');
            let own = name.strip_suffix(code.as_str()).is_some_and(|rest| rest.ends_with(['.', ':']));
            let again = name == code && crate::import::cells::written_as_identifier(name);
            (own || again) && !name.contains(char::is_whitespace)
        };
        let reason_text = if qualified(&reason_text) { String::new() } else { reason_text };
        let description_cell = columns.description.map(cell);
        // "Forbidden --": a name whose text the page left out.
        let description_text = description_cell.map(|c| field(&c.text)).unwrap_or_default();
        // ".", "…": a stop standing in for a text the page leaves out.
        let stops_only =
            !description_text.is_empty() && description_text.chars().all(|c| matches!(c, '.' | '。' | '…'));
        // "Search only domains | -": a name with no text beside it; the name says it all.
        let blank = stops_only || is_dash(&description_text) && !reason_text.is_empty();
        let description_text = if blank { String::new() } else { description_text };
        let description_text = match description_text.strip_suffix(" --").or(description_text.strip_suffix(" —")) {
            Some(name) => name.trim_end().to_string(),
            None => description_text,
        };
        // "<td rowspan=4>400 Bad Request</td>" alone in its row: the status heads the rows below it.
        let status_only = std::ptr::eq(code_cell, status_cell.unwrap_or(code_cell)) && columns.status.is_some();
        if status_only && columns.status != Some(columns.code) && reason_text.is_empty() && description_text.is_empty()
        {
            return Line::Skip(format!("{code} heads the rows below it, with no code or text of its own"));
        }
        let reason_cell = columns.reason.map(cell);
        // "`ZookeeperConnectionFailure` - Could not connect": the one text's lead names it.
        let reason_lead = reason_cell.filter(|c| c.lead.is_some()).and_then(split_lead);
        let (reason, description) = if let Some(name) = constant.map(|codes| codes[1].clone()) {
            let text = if description_text.is_empty() { reason_text.clone() } else { description_text };
            (name, text)
        } else if let Some((lead, rest)) = reason_lead.filter(|_| description_text.is_empty()) {
            (field(&lead), field(&rest))
        } else if let Some((name, rest)) =
            dashed_registry_lead(&code, &reason_text).filter(|_| description_text.is_empty())
        {
            // "OK – Everything worked as expected." as the only text: the status's own name leads it.
            let rest = if rest.is_empty() { name.clone() } else { rest };
            (name, rest)
        } else if !reason_text.is_empty() {
            let description = if description_text.is_empty() { reason_text.clone() } else { description_text };
            (reason_text, description)
        } else if !inline_reason.is_empty() {
            let description = if description_text.is_empty() { inline_reason.clone() } else { description_text };
            (inline_reason, description)
        } else if let Some((lead, rest)) = description_cell.and_then(split_lead).filter(|_| self.leads_name) {
            let lead = field(&lead);
            (lead_name(&code, &lead).unwrap_or(lead), field(&rest))
        } else if let Some((name, rest)) = registry_lead(&code, &description_text) {
            // "OK, 요청이 정상 처리된 경우": the status's own name leads the text.
            let rest = if rest.is_empty() { name.clone() } else { rest };
            (name, rest)
        } else if let Some((lead, rest)) = comma_lead(&description_text).filter(|_| self.comma_leads) {
            (lead, rest)
        } else {
            (description_text.clone(), description_text)
        };
        // "200 | OK | | …": a row whose text columns are empty says what it means in another.
        // Not "Solution: Provide a valid email" under a heading: what to do says nothing of what it is.
        let telling = |text: &String| !self.table.listed || !crate::import::words::solution_only(text);
        let stand_in = (description.is_empty() && !columns.statuses_only)
            .then(|| columns.notes.iter().map(|&c| (c, field(&cell(c).text))).find(|(_, text)| !text.is_empty()))
            .flatten()
            .filter(|(_, text)| telling(text))
            // "apps/accounts/admin_auth.py, apps/support/api.py": where it is raised says nothing of it.
            .filter(|(_, text)| !text.split(", ").all(source_path));
        let (stand_in, description) = match stand_in {
            Some((column, text)) => (Some(column), text),
            None => (None, description),
        };
        if description.is_empty() {
            return match (columns.statuses_only, &status) {
                (true, Some(status)) => Line::StatusOf(code, status.clone()),
                _ => Line::Untexted(codes, ""),
            };
        }
        // One text only: the description, with no short name beside it.
        let reason = if reason == description { String::new() } else { reason };
        let notes = self.notes(cell, stand_in);
        let own_name = |code: &str| named.iter().flatten().find(|(c, _)| c == code).map(|(_, name)| name.clone());
        // "payload_too_large / unsupported_media_type | 413 / 415": a status for each code, in turn.
        let each_status =
            status_cell.filter(|c| !std::ptr::eq(*c, code_cell)).map(|c| field(&c.text)).and_then(|text| {
                let statuses: Option<Vec<String>> =
                    text.split(['/', ',']).map(|s| http_status(s.trim()).map(|n| n.to_string())).collect();
                statuses.filter(|s| s.len() == codes.len() && s.len() >= 2)
            });
        let row = |(at, code): (usize, String)| Row {
            reason: own_name(&code).unwrap_or_else(|| reason.clone()),
            code,
            description: description.clone(),
            status: each_status.as_ref().map_or_else(|| status.clone(), |each| Some(each[at].clone())),
            notes: notes.clone(),
        };
        Line::Rows(codes.into_iter().enumerate().map(row).collect())
    }
}

/// What a row of a page's table is.
pub(super) enum Line {
    /// "4xx": a class of statuses, labelling the rows after it.
    ClassLabel(Group, u8),
    /// No code of its own: its text joins the row above.
    Continuation,
    /// Nothing to import, and why.
    Skip(String),
    /// The codes the row gives no text, and what more there is to say of them.
    Untexted(Vec<String>, &'static str),
    /// One row, or one for each code of a cell that lists several.
    Rows(Vec<Row>),
    /// The HTTP status of a code another table describes.
    StatusOf(String, String),
}

/// "E500", then "ASYNC_START_NOT_WAITED": a short numbered code and the constant naming it;
/// so "RAD-BRW-001 DOM_CHANGED", a code of parts ending in a number.
fn numbered_then_constant(codes: &[String]) -> bool {
    let digits = codes[0].trim_start_matches(|c: char| c.is_ascii_uppercase());
    let letters = codes[0].len() - digits.len();
    let numbered = (1..=4).contains(&letters) && digits.len() >= 2 && digits.bytes().all(|b| b.is_ascii_digit());
    let number = codes[0].trim_end_matches(|c: char| c.is_ascii_digit());
    let parts = number.len() < codes[0].len()
        && number.ends_with(['-', '.'])
        && number.bytes().all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'.');
    let constant =
        codes[1].contains('_') && codes[1].bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    (numbered || parts) && constant
}

/// "a, b (soft_block)" without its closing remark in brackets.
fn without_aside(text: &str) -> Option<&str> {
    let (before, aside) = crate::import::cells::closing_aside(text)?;
    (!aside.contains(['(', ')'])).then_some(before.trim_end())
}

/// "`ErrContainerNotFound` (`ErrOrgNotFound`)" → both: a program's name for an error, then the
/// other name it still answers to, written alike.
fn aliased_codes(text: &str) -> Option<Vec<String>> {
    let (name, aside) = crate::import::cells::closing_aside(text)?;
    let joined = |p: &str| {
        let token = !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_');
        token && (crate::import::cells::camel_hump(p) || p.contains('_'))
    };
    let (name, aside) = (name.trim(), aside.trim());
    // Not "basic_auth_credentials_missing (basic_auth)": the kind it is one of.
    let kind = name.starts_with(aside) || aside.starts_with(name);
    let alike = name.contains('_') == aside.contains('_') && name.get(..3) == aside.get(..3) && !kind;
    (joined(name) && joined(aside) && alike).then(|| vec![name.to_string(), aside.to_string()])
}

/// "`0` / `RequestTimeout`" → ["0", "RequestTimeout"]: a number and names joined as programs
/// join words, set apart by slashes: each a code ("200 / OK" is a status and its name).
fn slashed_codes(text: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = text.split(" / ").map(str::trim).collect();
    let joined = |p: &&str| crate::import::cells::camel_hump(p) || p.contains('_');
    let token = |p: &&str| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c));
    let number = |p: &&str| crate::import::cells::whole_number(p);
    let shaped = |p: &&str| number(p) || joined(p);
    let mixed = parts.iter().any(number) && parts.iter().any(joined);
    let codes = parts.len() >= 2 && mixed && parts.iter().all(|p| token(p) && shaped(p));
    codes.then(|| parts.iter().map(|p| p.to_string()).collect())
}

/// A code cell that holds none: empty, a dash, or an aside ("(platform-level)").
fn no_code_written(text: &str) -> bool {
    let aside = text.starts_with('(') && text.ends_with(')');
    aside || says_nothing(text)
}

/// "", "—", "n/a": nothing written.
fn says_nothing(text: &str) -> bool {
    text.is_empty() || is_dash(text) || matches!(text, "n/a" | "N/A")
}

/// "200 OK / 201 Created": statuses set apart by slashes or commas, each with its registered name.
fn named_statuses(text: &str) -> Option<Vec<(String, String)>> {
    statuses_named(&text.split(['/', ',']).map(str::trim).collect::<Vec<_>>())
}

/// A row for every code the table does not list ("default", "other").
fn is_catch_all(code: &str) -> bool {
    let words = ["default", "other", "others", "otros", "outros", "autres", "其他", "其它", "その他", "기타", "*"];
    words.iter().any(|word| code.eq_ignore_ascii_case(word))
}

/// What a lead that opens with the code names: nothing when only remarks follow the code
/// ("`MSKITPKG001` (formerly `MSKIT_PKG001`) (warning)", "`E100`"), the name in brackets after
/// it ("`E100` (Timeout)" → "Timeout"); `None` for a lead that is a name of its own.
fn lead_name(code: &str, lead: &str) -> Option<String> {
    const REMARKS: [&str; 10] =
        ["formerly", "deprecated", "since", "warning", "error", "alias", "legacy", "renamed", "previously", "removed"];
    let mut rest = lead.strip_prefix(code)?;
    let mut named: Option<&str> = None;
    for group in 0.. {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let (inner, after) = rest.strip_prefix('(').and_then(|r| r.split_once(')'))?;
        let first = inner.split_whitespace().next().unwrap_or_default().to_lowercase();
        match REMARKS.contains(&first.as_str()) {
            // Remarks alone, however many.
            true if named.is_none() && !inner.contains('(') => {}
            // One name in brackets, the only aside.
            false if group == 0 && !inner.contains('(') && !inner.trim().is_empty() => named = Some(inner.trim()),
            _ => return None,
        }
        rest = after;
    }
    Some(named.unwrap_or_default().to_string())
}
