//! Names set as code that describe fields, not errors ("`className`: A CSS class name",
//! "`alg` header field (string): …"): a run of them is prose, whatever shape its lines take.

use super::entry::Entry;
use super::words;
use crate::import::cells::whole_number;
use crate::import::Block;

/// Moves to `out`, as prose, the entries of `run` that are fields: all of them when they are
/// lower-case words under a heading that speaks of no codes, else the names set as code when
/// most lines are such names and few are written as errors are.
pub(super) fn to_prose(run: &mut Vec<(String, Entry)>, out: &mut Vec<Block>) {
    // "`alg` header field (string): …", "`typ` …": lower-case words set as code, under a heading
    // that speaks of no codes, are a list of fields.
    let word = |code: &str| code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    let fields = run.iter().all(|(_, entry)| word(&entry.code) && !whole_number(&entry.code));
    let heading = out.iter().rev().find_map(|block| match block {
        Block::Heading(heading) => Some(heading.as_str()),
        _ => None,
    });
    // "`className`: A CSS class name", "`name` - The error name": names set as code are a
    // list of fields unless most are written as errors are ("invalid_arguments").
    let set_as_code = |line: &str| line.strip_prefix('`').is_some_and(|rest| rest.contains('`'));
    // "invalid_arguments", "RATE_LIMITED", "Timeout"; not "address.type", a property's path,
    // nor "className", a property's name.
    let lower = |code: &str| code.bytes().any(|b| b.is_ascii_lowercase());
    let capital = |code: &str| code.starts_with(|c: char| c.is_ascii_uppercase()) && !code.contains('.');
    let error_shaped = |code: &str| code.contains('_') && !code.contains('.') || !lower(code) || capital(code);
    let spanned: Vec<&Entry> =
        run.iter().filter(|(line, entry)| set_as_code(line) && !whole_number(&entry.code)).map(|(_, e)| e).collect();
    let spanned_names = spanned.len() * 2 > run.len();
    let errors_written = spanned.iter().filter(|entry| error_shaped(&entry.code)).count() * 2 > spanned.len();
    if fields && !heading.is_some_and(words::speaks_of_codes) {
        out.extend(run.drain(..).map(|(line, _)| Block::Text(line)));
    } else if spanned_names && !errors_written {
        // The fields are prose; codes listed among them ("`402` если …") stay codes.
        let (names, codes): (Vec<_>, Vec<_>) =
            run.drain(..).partition(|(line, entry)| set_as_code(line) && !whole_number(&entry.code));
        out.extend(names.into_iter().map(|(line, _)| Block::Text(line)));
        run.extend(codes);
    }
}
