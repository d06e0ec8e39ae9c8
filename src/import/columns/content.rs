//! What a column's cells alone say it holds, when its header says nothing: statuses, codes,
//! long text, file names; and numbers that only sort the rows.

use super::{evidence, Guess, Role};
use crate::import::profile::Profile;
use crate::import::RawTable;

/// Why a column of numbered identifiers was taken for the codes, and the mark of that guess.
const NUMBERED_CODES: &str = "its cells are numbered codes";

/// The role a column's cells show when its header says nothing: HTTP statuses or
/// error identifiers; other columns of text explain codes when long enough.
pub(super) fn content_role(profile: &Profile) -> Option<(Role, &'static str)> {
    // "128", "129" under "Exit": numbers in the statuses' range that no status is.
    if profile.mostly(profile.http, 0.8) && profile.mostly(profile.registered, 0.8) {
        Some((Role::Status, "its cells are statuses"))
    } else if profile.mostly(profile.numbered, 0.8) && profile.numeric_outside_http == 0 {
        // "APIG.0101": numbered identifiers; bare names ("AccessControlPolicy.Owner") may be anything.
        Some((Role::Code, NUMBERED_CODES))
    } else if profile.declared == profile.filled
        && profile.filled >= 2
        && profile.each_once()
        && profile.all_set_as_code()
    {
        // "`InvalidInput(detail)`": cases a program declares, set as code, each once.
        Some((Role::Code, "its cells are cases a program declares"))
    } else if profile.mostly(profile.upper_snake, 0.8) && profile.each_once() {
        // "AUTHENTICATION_FAILED": how APIs name their errors, each once.
        Some((Role::Code, "its cells are error names, each once"))
    } else if profile.mostly(profile.code_lists, 0.5) {
        Some((Role::Notes, "its cells list codes"))
    } else if profile.average_chars >= 25 && !program_names(profile) {
        Some((Role::Description, "its cells are long text"))
    } else {
        None
    }
}

/// Every filled cell of `column` a source file's name ("login.php"), two at least.
pub(super) fn file_names(table: &RawTable, column: usize) -> bool {
    const SOURCES: [&str; 14] =
        ["php", "js", "ts", "jsx", "tsx", "py", "rb", "go", "rs", "java", "kt", "cs", "swift", "vue"];
    let file = |text: &str| {
        let name = text.trim().trim_matches('`');
        let extension = name.rsplit_once('.').and_then(|(stem, ext)| (!stem.is_empty()).then_some(ext));
        !name.contains(char::is_whitespace) && extension.is_some_and(|ext| SOURCES.contains(&ext))
    };
    // "hh_modal.py / cover_only.py", "adapter.py — check daily log": a file first, perhaps more after.
    // Most of them files alone; a cell that goes on to explain ("planner.py — call timed out")
    // on every row is text that names its file.
    let opens_with_file = |cell: &str| cell.split_whitespace().next().is_some_and(file);
    let files_alone = |cell: &str| cell.split(" / ").all(file);
    let cells: Vec<&str> = evidence::filled_cells(table, column).collect();
    let opening = cells.iter().filter(|cell| opens_with_file(cell)).count();
    let alone = cells.iter().filter(|cell| files_alone(cell)).count();
    cells.len() >= 2 && opening * 5 >= cells.len() * 4 && alone * 2 > cells.len()
}

/// "`ErrorCode::SHAPE_FIX_FAILED`": one identifier a cell, each set as code, long but no text.
fn program_names(profile: &Profile) -> bool {
    profile.all_set_as_code() && profile.mostly(profile.one_word, 0.8) && profile.rarely_prose()
}

/// Why a column of numbers given again and again is no key (said, as codes set aside are).
pub const STAGES: &str = "its numbers sort the rows beside names each given once";

/// "S1", "S1", "S2" beside "`ConfigurationError`", "`TriggerError`", each once: numbers given
/// again and again sort the rows by stage; the names beside them are the codes.
pub(super) fn stages_set_aside(profiles: &[Profile], guesses: &mut [Guess]) {
    let width = guesses.len();
    let names_each_once = |i: usize| {
        let p = &profiles[i];
        let names = p.identifier.max(p.name_token).max(p.upper_snake);
        p.filled >= 3 && p.each_once() && p.mostly(names, 0.8) && !p.mostly(p.numeric, 0.5)
    };
    for column in 0..width {
        let stages = guesses[column].why == NUMBERED_CODES && !profiles[column].mostly_once();
        if stages && (0..width).any(|other| other != column && names_each_once(other)) {
            guesses[column].set(None, STAGES);
        }
    }
}
