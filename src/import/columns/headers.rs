//! What a column's header says its role is, settled by its cells where the words could mean two.

use super::Role;
use crate::import::profile::Profile;
use crate::import::words::{self, mentions};

/// The role a header names, if it names one; `None` for headers that say
/// nothing httpref knows. Words that could mean two roles ("Status",
/// "Error") and headers the cells contradict are settled by the cells.
pub(super) fn header_role(header: &str, profile: &Profile) -> Option<(Role, &'static str)> {
    let header = header.trim().trim_end_matches([':', '*']).trim();
    // "status(十进制/十六进制)": a word alone, with a note on how its cells are written.
    let alone = match header.find(['(', '（']) {
        Some(at) if at > 0 && header.ends_with([')', '）']) => header[..at].trim(),
        _ => header,
    };
    let statuses = profile.mostly(profile.http, 0.5);
    // "APIG.0101", or words set in capitals, each once ("DELIVRD", "REJECTD", "SM11").
    let tokens = profile.mostly(profile.token, 0.8) && profile.each_once() && profile.filled >= 2;
    let codes_in_cells = (profile.mostly(profile.identifier, 0.8) || tokens) && !statuses;
    // "class / status": one of two names is "status".
    let one_of_two = alone.split(" / ").any(|part| words::is_one_of(part, words::STATUS_ALONE));
    if words::is_one_of(alone, words::STATUS_ALONE) || one_of_two && statuses {
        return Some(if statuses {
            (Role::Status, "its header says so and its cells are statuses")
        } else if profile.mostly(profile.numeric, 0.8) {
            (Role::Code, "its cells are numbers, though not HTTP statuses")
        // "`applied`", "`dry_run`": the values a status field takes, set as code, each once.
        } else if profile.all_set_as_code() && profile.identifiers() && profile.each_once() && profile.filled >= 2 {
            (Role::Code, "its cells are values set as code, not HTTP statuses")
        } else {
            (Role::Reason, "its cells are names, not statuses")
        });
    }
    // "Typical examples", "Common examples": examples, whatever words qualify them.
    let last_word = alone.split_whitespace().last().unwrap_or_default();
    if words::is_one_of(alone, words::EXAMPLES) || words::is_one_of(last_word, words::EXAMPLES) {
        return Some((Role::Notes, "its header says so"));
    }
    if words::is_one_of(alone, words::ERROR_ALONE) {
        let tokens = profile.mostly(profile.token, 0.8) && !statuses;
        return Some(if tokens {
            (Role::Code, "its cells are codes")
        // "错误" ("error") over "`401` / `Invalid token`", "`429`", "`model not found`": what the
        // API answers, statuses mostly, each a row's key.
        } else if profile.mostly(profile.http, 0.6) && profile.mostly_once() {
            (Role::Code, "its cells are statuses, with the words the API answers")
        } else {
            (Role::Reason, "its cells are names, not codes")
        });
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
    // "Suggested status" holding 404, 403: statuses, whatever word qualifies them.
    let status_named = words::is_one_of(last_word, words::STATUS_ALONE) && !mentions(header, words::DESCRIPTION);
    if role == Role::Notes && status_named && profile.mostly(profile.http, 0.8) {
        return Some((Role::Status, "its header names statuses and its cells are statuses"));
    }
    Some(match role {
        // The cells tell apart statuses from error codes in a column the header calls either.
        Role::Status if codes_in_cells => (Role::Code, "its cells are error codes, not statuses"),
        // "Código de estado" holding "OK", "Bad Request": the statuses' names, not statuses.
        Role::Status if names_not_statuses(profile) => (Role::Reason, "its cells are names, not statuses"),
        // "Error Code" holding 0, 101, 210, 256: numbers of the API's own, not statuses.
        Role::Code if profile.mostly(profile.http, 0.8) && profile.mostly(profile.registered, 0.7) => {
            (Role::Status, "its header names codes and its cells are statuses")
        }
        Role::Description if profile.mostly(profile.code_lists, 0.5) => (Role::Notes, "its cells list codes"),
        // "Значение" ("value", "meaning") holding 0, -1, -2: the numbers the codes stand for, no text.
        Role::Description
            if profile.mostly(profile.numeric, 0.8) && profile.filled >= 2 && profile.average_chars <= 8 =>
        {
            (Role::Notes, "its cells are numbers, no text")
        }
        // "建议 HTTP" ("suggested HTTP") over 401, 404: the status the code is answered with.
        // Not "Suggested HTTP client timeout (ms)": milliseconds, however like statuses.
        Role::Notes
            if profile.mostly(profile.http, 0.8)
                && mentions(header, words::STATUS)
                && header.split_whitespace().count() <= 2 =>
        {
            (Role::Status, "its header names statuses and its cells are statuses")
        }
        // "Código Sugerido" ("suggested code") over "ERR-AUTH-001": codes, however qualified.
        Role::Notes if codes_in_cells && mentions(header, words::CODE) && header.split_whitespace().count() <= 2 => {
            (Role::Code, "its header names codes and its cells are codes")
        }
        role => (role, "its header says so"),
    })
}

/// Short names and no numbers at all: what a column of statuses would not hold.
fn names_not_statuses(profile: &Profile) -> bool {
    let short_names = profile.numeric == 0 && profile.sentences == 0 && profile.average_chars <= 30;
    profile.filled >= 2 && short_names && profile.mostly_once()
}
