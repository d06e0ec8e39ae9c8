//! Of the columns of text beside the codes: which names them, which says what
//! they mean, which only sorts them.

use super::{filled_cells, one_word_names, role, Evidence, Guess, Role};
use crate::import::cells::is_dash;
use crate::import::words::{self, mentions};

/// "code | return Code" holding "0 | 业务成功", "msg | message code" holding "AUTH_001 | 缺少请求头":
/// a column its header calls codes that holds text says what the codes beside it mean.
pub(super) fn texts_headed_as_codes(e: &Evidence, guesses: &mut [Guess]) {
    let profiles = e.profiles;
    let width = guesses.len();
    let texts = |i: usize| {
        let p = &profiles[i];
        // "unauthorized, invalid-token": patterns listed, not text.
        let listing = filled_cells(e.table, i).filter(|t| t.contains([',', '，'])).count();
        let prose = p.token * 5 <= p.filled && (p.code_lists + listing) * 5 <= p.filled;
        // "Error Code" holding "no such alert": codes written as phrases.
        let errors = mentions(e.header(i), words::ERROR);
        role(guesses, i) == Some(Role::Code) && !p.codes() && p.numeric == 0 && prose && !errors
    };
    let Some(text) = (0..width).find(|&i| texts(i)) else { return };
    let codes = |i: usize| {
        let p = &profiles[i];
        i != text && p.filled >= 2 && p.codes() && p.mostly_once()
    };
    let keyed = |i: usize| matches!(role(guesses, i), Some(Role::Code | Role::Status | Role::Reason));
    if let Some(key) = (0..width).find(|&i| keyed(i) && codes(i)) {
        if role(guesses, key) == Some(Role::Reason) {
            guesses[key].set(Some(Role::Code), "its cells are codes; the column its header calls codes holds text");
        }
        // "Return Code | Code Number | Description" holding "Forbidden | 1000 | The user is not …":
        // short names beside a column its header calls the description name the codes.
        let described = (0..width).any(|i| headed_description(e, guesses, i));
        let p = &profiles[text];
        if described && p.rarely_prose() && p.average_chars <= 30 {
            guesses[text].set(Some(Role::Reason), "its cells name the codes beside the column that describes them");
            return;
        }
        guesses[text].set(Some(Role::Description), "its cells say what the codes beside them mean");
    }
}

/// "参数名 | 错误码 | 描述" holding "RPCUnavailable | 100 | …": beside the codes, a column
/// headed for other names, one identifier each, names the codes; no row is about a parameter.
pub(super) fn names_beside_codes(e: &Evidence, guesses: &mut [Guess]) {
    let profiles = e.profiles;
    let width = guesses.len();
    let keyed: Vec<usize> =
        (0..width).filter(|&i| matches!(role(guesses, i), Some(Role::Code | Role::Status))).collect();
    // "Code | Variant | Message" holding "6000 | `Unauthorized` | Only the authority may …": a
    // message in sentences, though its header names a reason, says what the named code means.
    let sentences = |i: usize| profiles[i].mostly(profiles[i].sentences, 0.5);
    let message = (0..width)
        .find(|&i| role(guesses, i) == Some(Role::Reason) && mentions(e.header(i), words::MESSAGE) && sentences(i));
    let described = (0..width).any(|i| role(guesses, i) == Some(Role::Description));
    let message = message.filter(|_| !described);
    let named = (0..width).any(|i| role(guesses, i) == Some(Role::Reason) && Some(i) != message);
    // "Identifier | Code | HTTP Code" holding "Bind | 100002 | 400": beside the statuses too,
    // where the names come first.
    let codes: Vec<usize> = keyed.iter().copied().filter(|&key| role(guesses, key) == Some(Role::Code)).collect();
    if named || codes.len() != 1 {
        return;
    }
    // "—" where a code has no name: a blank, however often it stands.
    let each_once = |i: usize| {
        let named: Vec<&str> = filled_cells(e.table, i).filter(|t| !is_dash(t)).collect();
        crate::import::all_distinct(&named)
    };
    let naming = |i: usize| {
        let p = &profiles[i];
        let named = p.filled.saturating_sub(filled_cells(e.table, i).filter(|t| is_dash(t)).count());
        let names = p.name_token * 5 >= named * 4 || one_word_names(e, i);
        // "Operation | Error code | Status" holding "CreateUser": what fails, not the error's name.
        let other = mentions(e.header(i), WHAT_FAILS) || words::is_one_of(e.header(i), words::OTHER_KEYS);
        // "Code | Enum Case | HTTP" holding "`helm.action.not_found` | `ActionNotFound`": the enum's
        // name for each code names it, wherever it stands.
        let enumerated = mentions(e.header(i), words::ENUMERATION);
        let placed = keyed.len() == 1 || i < codes[0] && !other || enumerated;
        role(guesses, i).is_none() && p.filled >= 2 && p.numeric == 0 && names && each_once(i) && placed
    };
    // "audioStreamHttpError | AudioStreamHTTPError": the code again, spelt as another program writes it.
    let folded = |text: &str| text.to_lowercase().replace(['_', '-', '`'], "");
    let spells_codes = |i: usize| {
        let rows = e.table.rows.iter().filter_map(|row| Some((row.get(codes[0])?, row.get(i)?)));
        let same = rows.filter(|(code, other)| folded(&code.text) == folded(&other.text)).count();
        same * 2 > profiles[i].filled
    };
    if let Some(i) = (0..width).find(|&i| naming(i)) {
        match spells_codes(i) {
            true => guesses[i].set(Some(Role::Notes), "its cells spell the codes beside them again"),
            false => {
                guesses[i].set(Some(Role::Reason), "its cells name the codes beside them, one identifier each");
                if let Some(message) = message {
                    guesses[message].set(Some(Role::Description), "its cells are sentences beside the codes' names");
                }
            }
        }
    }
}

/// Of several text columns, which names, which describes, which only sorts.
pub(super) fn texts_sorted(e: &Evidence, guesses: &mut [Guess]) {
    let profiles = e.profiles;
    let width = guesses.len();
    let header = |i: usize| e.header(i);
    // Of several text columns, one repeating a few tokens ("invalid_request_error") is a category;
    // so is one a "Type" header sorts into identifiers ("INVALID_ARGUMENT") beside other text.
    let names: Vec<usize> = (0..width).filter(|&i| role(guesses, i) == Some(Role::Reason)).collect();
    let texty: Vec<usize> =
        (0..width).filter(|&j| matches!(role(guesses, j), Some(Role::Reason | Role::Description))).collect();
    if texty.len() > 1 {
        let tokens = |i: usize, share: f32| profiles[i].mostly(profiles[i].name_token, share);
        // Another column of short names, not identifiers ("400 Bad Request"), names the codes instead.
        let short_names =
            |i: usize| texty.iter().any(|&j| j != i && !tokens(j, 0.8) && profiles[j].average_chars <= 40);
        for &i in &names {
            // A "Type" column sorts the codes, when its cells repeat ("General Error") or when
            // identifiers stand beside other short names; a "Name" or "Error" column names them.
            let sorts = mentions(header(i), words::CATEGORY);
            let repeats = names.len() > 1 && tokens(i, 0.8) && profiles[i].categories();
            // Words that repeat ("ERROR", "WARNING") sort; identifiers that repeat ("invalid_request_error")
            // name the codes when no other column does.
            let p = &profiles[i];
            // "Error Class" holding "ValidationError", "BadRequestError", each its own: the class
            // a program raises for each code names it ("type" holding "billing_error" sorts).
            let classes = mentions(header(i), &["class", "クラス", "클래스"]);
            let own_names = classes && tokens(i, 0.8) && p.each_once() && p.filled >= 4;
            let beside_names = (p.categories() || tokens(i, 0.6) && !own_names) && short_names(i);
            // "type" holding "http", "internal", "backend" on thirty rows: a few kinds of failure, in
            // words, not the names a program gives them ("invalid_request_error").
            let worded = || filled_cells(e.table, i).all(|t| !t.contains('_'));
            let few_kinds = p.categories() && p.distinct * 3 <= p.filled && worded();
            let sorted = sorts && (p.categories() && !p.identifiers() || beside_names || few_kinds);
            // "INCOMPATIBLE_VERSION" beside "Incompatible version": names that spell the text beside them name it.
            if (repeats || sorted) && !spells_texts(e, i, &texty) {
                guesses[i].set(Some(Role::Notes), "its cells are categories beside a column of names");
            }
        }
    }
    // "details | remark" holding "INVALID_PARAMS | 参数不正确": names under a description header,
    // beside remarks in words, name the codes; the remarks say what they mean.
    let described: Vec<usize> = (0..width).filter(|&i| role(guesses, i) == Some(Role::Description)).collect();
    let named = (0..width).any(|i| role(guesses, i) == Some(Role::Reason));
    if let ([only], false) = (&described[..], named) {
        let p = &profiles[*only];
        let words_in = |i: usize| {
            let q = &profiles[i];
            role(guesses, i) == Some(Role::Notes) && q.filled * 2 >= q.rows && q.name_token * 5 <= q.filled
        };
        if p.mostly(p.upper_snake, 0.8) && p.mostly_once() {
            if let Some(notes) = (0..width).find(|&i| words_in(i)) {
                guesses[*only].set(Some(Role::Reason), "its cells are names, beside remarks that say what they mean");
                guesses[notes].set(Some(Role::Description), "it says what the names beside it mean");
            }
        }
    }
    // Of two description columns, one of names beside one of sentences: the names are the reason.
    let texts: Vec<usize> = (0..width).filter(|&i| headed_description(e, guesses, i)).collect();
    if texts.len() > 1 && !(0..width).any(|i| role(guesses, i) == Some(Role::Reason)) {
        let prose = |i: usize| profiles[i].mostly(profiles[i].sentences, 0.6);
        let plain = |i: usize| profiles[i].rarely_prose();
        if let (Some(&name), true) = (texts.iter().find(|&&i| plain(i)), texts.iter().any(|&i| prose(i))) {
            guesses[name].set(Some(Role::Reason), "its cells are names beside a column of sentences");
        }
    }
}

/// Whether the identifiers of `column`, read as words, share a word with the text beside them
/// in most rows ("DATABASE_NOT_EXIST" beside "Database does not exist"): names of that text.
fn spells_texts(e: &Evidence, column: usize, texts: &[usize]) -> bool {
    // Words of four letters or more, cut to five ("exist", "exists"), but those every error shares.
    let words = |text: &str| -> Vec<String> {
        let lower = text.to_lowercase();
        let all = lower.split(|c: char| !c.is_ascii_lowercase()).filter(|w| w.len() >= 4);
        all.filter(|w| !["error", "errors", "fail", "failed", "failure"].contains(w))
            .map(|w| w[..w.len().min(5)].to_string())
            .collect()
    };
    let rows = || e.table.rows.iter().filter(|row| row.get(column).is_some_and(|c| !c.text.trim().is_empty()));
    let spelled = |row: &&Vec<crate::import::Cell>| {
        let name = words(&row[column].text.replace('_', " "));
        let beside = texts.iter().filter(|&&j| j != column).filter_map(|&j| row.get(j));
        beside.map(|cell| words(&cell.text)).any(|text| name.iter().any(|w| text.contains(w)))
    };
    let filled = rows().count();
    filled >= 3 && rows().filter(spelled).count() * 2 > filled
}

/// Headers of what an error happens in or to, not its name.
const WHAT_FAILS: &[&str] =
    &["operation", "action", "function", "service", "module", "api", "event", "resource", "category", "group"];

/// A column guessed the description that its header calls so ("Description", "说明").
fn headed_description(e: &Evidence, guesses: &[Guess], column: usize) -> bool {
    role(guesses, column) == Some(Role::Description) && mentions(e.header(column), words::DESCRIPTION)
}
