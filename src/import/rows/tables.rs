//! Whole tables judged before their rows are read: numbers an API names its own way, and
//! tables that only sort codes listed above.

use super::Seen;
use crate::import::cells::{camel_hump, http_status, whole_number, written_as_identifier};
use crate::import::columns::Columns;
use crate::import::profile::code_list;
use crate::import::words::{mentions, ERROR, PREFIX};
use crate::import::{collapse, RawTable};

/// "101 | InvalidParamter", "201 | AccountNotFound": numbers a status could be, each named
/// as a program names its errors and none by the registry's name for it, are the API's own.
pub(super) fn named_otherwise(table: &RawTable, columns: &Columns) -> bool {
    let Some(names) = columns.reason.or(columns.description).filter(|_| columns.status.is_none()) else {
        return false;
    };
    let pairs: Vec<(&str, &str)> = table
        .rows
        .iter()
        .filter_map(|row| Some((row.get(columns.code)?.text.trim(), row.get(names)?.text.trim())))
        .filter(|(code, name)| !code.is_empty() && !name.is_empty())
        .collect();
    let squeezed = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    let registered =
        |code: &str, name: &str| crate::catalogue::http_names(code).iter().any(|n| squeezed(n) == squeezed(name));
    let program_name = |name: &str| written_as_identifier(name) || camel_hump(name) && !name.contains(' ');
    pairs.len() >= 3
        && pairs.iter().all(|(code, name)| http_status(code).is_some() && program_name(name))
        && !pairs.iter().any(|(code, name)| registered(code, name))
}

/// "101 - Failed to connect database", "201 - Missing migration schema" beside "0 - OK" and "10001 -
/// DROP DATABASE" in tables of the same header: numbers below 400 a status could be, none named as the
/// registry names it, beside numbers no status is, are the API's own.
pub(super) fn numbered_apart(table: &RawTable, columns: &Columns, alike: &[&RawTable]) -> bool {
    let Some(names) = columns.reason.or(columns.description).filter(|_| columns.status.is_none()) else {
        return false;
    };
    let no_status = |code: &str| whole_number(code) && http_status(code).is_none();
    // In other tables: within one, the rules for numbers among statuses apply.
    let mut others = alike.iter().filter(|t| !std::ptr::eq(**t, table));
    let beside_others =
        others.any(|t| t.rows.iter().filter_map(|row| row.get(columns.code)).any(|c| no_status(c.text.trim())));
    if !beside_others {
        return false;
    }
    // Words apart: "Access token expired" does not say "OK".
    let spaced = |t: &str| {
        let words: Vec<String> =
            t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        format!(" {} ", words.join(" "))
    };
    let pairs: Vec<(&str, String)> = table
        .rows
        .iter()
        .filter_map(|row| Some((row.get(columns.code)?.text.trim(), spaced(&row.get(names)?.text))))
        .collect();
    let registered = |code: &str, name: &str| {
        crate::catalogue::http_names(code).iter().map(|n| spaced(n)).any(|n| n.trim() != "" && name.contains(&n))
    };
    // Below 400 only: a table of 4xx and 5xx beside them is the statuses the API answers with.
    let below = |code: &str| http_status(code).is_some_and(|n| n < 400);
    // Most saying what failed ("Missing baseline", "URL not reachable"), as no success is named.
    let negated = |name: &str| [" not ", " no ", " cannot ", " unable "].iter().any(|word| name.contains(word));
    let failure = |name: &str| mentions(name, ERROR) || crate::import::lists::names_a_failure(name) || negated(name);
    let own = |(code, name): &(&str, String)| below(code) && name.trim() != "" && !registered(code, name);
    let failures = pairs.iter().filter(|(_, name)| failure(name)).count();
    pairs.len() >= 2 && pairs.iter().all(own) && failures * 2 >= pairs.len()
}

/// "Error | SYS_001, SYS_002, AI_004 | Alert": lists of codes each listed above, sorted into
/// kinds, or mapped from other names; nothing new of any of them.
pub(super) fn sorts_listed(table: &RawTable, columns: &Columns, seen: &Seen) -> bool {
    let cells = table.rows.iter().filter_map(|row| row.get(columns.code)).filter(|c| !c.text.trim().is_empty());
    let lists: Vec<Option<Vec<String>>> = cells.map(|c| code_list(&c.text.replace('`', ""))).collect();
    let known = |codes: &Vec<String>| codes.iter().all(|code| seen.contains_key(&code.to_lowercase()));
    // "Error", "Warning": a kind, not more of what each code means.
    let text = columns.description.or(columns.reason);
    let kinds = table.rows.iter().filter_map(|row| row.get(text?)).all(|c| c.text.split_whitespace().count() <= 2);
    if lists.len() >= 2 && kinds && lists.iter().all(|list| list.as_ref().is_some_and(known)) {
        return true;
    }
    // "400 | `VALIDATION_ERROR`, `BAD_REQUEST`": beside each status, the codes above it answers with.
    let listed = |column: usize| {
        let cells: Vec<String> = table
            .rows
            .iter()
            .filter_map(|row| row.get(column))
            .map(|c| c.text.replace('`', "").trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        let one = |t: &String| (!t.contains(char::is_whitespace)).then(|| vec![t.clone()]);
        let lists: Vec<Option<Vec<String>>> = cells.iter().map(|t| code_list(t).or_else(|| one(t))).collect();
        let several = lists.iter().flatten().any(|list| list.len() >= 2);
        // Most of them read above; the others, with no text here, are codes named only.
        let codes: Vec<&String> = lists.iter().flatten().flatten().collect();
        let read = codes.iter().filter(|code| seen.contains_key(&code.to_lowercase())).count();
        lists.len() >= 2 && several && lists.iter().all(Option::is_some) && read * 4 >= codes.len() * 3
    };
    if [columns.reason, columns.description].into_iter().flatten().any(listed) {
        return true;
    }
    // "`auth.*` | `3`": patterns of names mapped onto codes listed above, each one of them.
    let Some(names) = text.filter(|_| columns.description.is_none()) else { return false };
    let rows: Vec<(&str, &str)> = table
        .rows
        .iter()
        .filter_map(|row| Some((row.get(columns.code)?.text.trim(), row.get(names)?.text.trim())))
        .collect();
    let pattern = |name: &str| name.contains('*') && !name.trim_matches('`').contains(char::is_whitespace);
    let prefixes = table.header.get(names).is_some_and(|h| mentions(h, PREFIX));
    let patterns = rows.iter().filter(|(_, name)| pattern(name)).count() * 2 >= rows.len();
    let code = |text: &str| text.trim_matches('`').to_lowercase();
    // "`NO_PROFILE` (3)": a code read above, named, then its number; not "`not_found` (404)",
    // a code of its own and the status it is answered with.
    let numbered = |text: &str| {
        let number = text.strip_suffix(')').and_then(|t| t.rsplit_once('(')).map(|(_, n)| n.trim());
        number.is_some_and(|n| seen.contains_key(&n.to_lowercase()) && http_status(n).is_none())
    };
    let all_seen = rows.iter().all(|(text, _)| seen.contains_key(&code(text)) || numbered(text));
    // "`Unauthorized` | `FORBIDDEN`": a program's names, each set as code, mapped onto codes listed
    // above; other names for them, not what they mean.
    // Numbers keep their names ("1001 | `SESSION_EXPIRED`"): a constant names a number, not a name.
    let named = rows.iter().all(|(text, _)| !text.trim_matches('`').bytes().all(|b| b.is_ascii_digit()));
    let identifiers = named
        && table.rows.iter().filter_map(|row| row.get(names)).all(|c| {
            let text = c.text.trim();
            c.set_as_code && !text.is_empty() && !text.contains(char::is_whitespace)
        });
    rows.len() >= 2 && (prefixes || patterns || identifiers) && all_seen
}

/// Whether the codes of `table` are ranges ("1–99", "100–119"), all but one at most.
pub(super) fn ranges_only(table: &RawTable, columns: &Columns) -> bool {
    let cells: Vec<&crate::import::Cell> = table.rows.iter().filter_map(|row| row.get(columns.code)).collect();
    let ranges = cells.iter().filter(|cell| super::ranges::holds_range(cell)).count();
    ranges >= 3 && ranges + 1 >= cells.len()
}

/// "`AUTH_*` | api | 6 | Authentication": rows that each stand for a family of codes by its
/// prefix, a key to the codes listed elsewhere; its numbers count them.
pub(super) fn families_only(table: &RawTable) -> bool {
    let family = |text: &str| {
        let text = text.trim().trim_matches('`');
        let prefix = text.strip_suffix('*').unwrap_or_default();
        !text.contains(char::is_whitespace) && prefix.chars().any(char::is_alphabetic)
    };
    let first: Vec<&str> = table.rows.iter().filter_map(|row| row.first()).map(|c| c.text.as_str()).collect();
    let filled: Vec<&&str> = first.iter().filter(|text| !text.trim().is_empty()).collect();
    filled.len() >= 3 && filled.iter().all(|text| family(text))
}

/// Header keys, with the key of a table of a row or two whose columns begin another table's
/// ("Code | Error Name | Description" after "Code | Error Name | Description | When It's Used")
/// made the wider one's: too few rows to say otherwise, it is read as that table is.
pub(super) fn read_as_wider(
    tables: &[crate::import::page::Placed],
    keys: Vec<Option<Vec<String>>>,
) -> Vec<Option<Vec<String>>> {
    let widest_alike = |key: &Vec<String>| {
        let wider = keys.iter().flatten().filter(|other| other.len() > key.len() && other.starts_with(key));
        wider.max_by_key(|other| other.len()).cloned()
    };
    let few = |at: usize| tables[at].table.rows.len() < 3;
    let wider = |(at, key): (usize, &Option<Vec<String>>)| {
        key.as_ref().map(|k| (k.len() >= 3 && few(at)).then(|| widest_alike(k)).flatten().unwrap_or(k.clone()))
    };
    keys.iter().enumerate().map(wider).collect()
}

/// A header as tables that share it are matched: its words as written ("type" heads other
/// tables than "Type" does); none for a headless table.
pub(super) fn header_key(table: &RawTable) -> Option<Vec<String>> {
    let key: Vec<String> = table.header.iter().map(|h| collapse(h)).collect();
    (!key.iter().all(String::is_empty)).then_some(key)
}

/// The codes the cells of `column` name: "`FORBIDDEN`, `OPERATOR_NOT_FOUND`", or one set as code.
pub(super) fn codes_in(table: &RawTable, column: usize) -> Vec<String> {
    let cells = table.rows.iter().filter_map(|row| row.get(column));
    let codes = cells.flat_map(|cell| {
        let text = cell.text.replace('`', "");
        // "`NOT_FOUND`": one code, set as code.
        let one = (cell.set_as_code || cell.text.contains('`')) && !text.trim().contains(char::is_whitespace);
        let one = one.then(|| vec![text.trim().to_string()]).filter(|code| !code[0].is_empty());
        code_list(&text).or(one).unwrap_or_default()
    });
    codes.collect()
}
