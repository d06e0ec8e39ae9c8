//! Headings that are codes: "-1000 UNKNOWN", "`virtual-server-not-found`",
//! "AdErrorCode.kUnknown (0)", "检查类型转换是否冗余 [redundant-cast]".

use super::{identifier, long_code, Entry};
use crate::import::cells::{
    closing_aside, code_span, declared_case, error_word, hex_code, span_led, split_code, whole_number,
};
use crate::import::profile::code_list;
use crate::import::words;
use crate::table::strip_ignorable;

/// "-1000 UNKNOWN", "1010101", "DEVICE_OFFLINE", "400 (Bad request)": a
/// heading that is a code, and the name it gives it.
pub(in crate::import::lists) fn heading_code(text: &str) -> Option<Entry> {
    // "SQLITE_CANTOPEN" and a permalink of a zero-width space: what shows nothing is nothing.
    let text = strip_ignorable(text);
    // "🔴 RATE_LIMITED", "✅ 200": a mark drawn before the code.
    let text = text.trim().trim_start_matches(pictograph).trim_start();
    // "3507:转账金额小于最少金额": a number set against its name by a colon alone (not "10:30").
    let spaced = match text.split_once([':', '：']) {
        Some((code, rest)) if whole_number(code) && named_after_colon(rest) => Some(format!("{code}: {rest}")),
        _ => None,
    };
    let text = spaced.as_deref().unwrap_or(text);
    // "401/403: authentication failure": statuses that share one name.
    let statuses = |codes: &Vec<String>| codes.iter().all(|code| crate::import::cells::http_status(code).is_some());
    if let Some((codes, name)) = super::shared_text(text).filter(|(codes, _)| statuses(codes)) {
        return Some(Entry { code: codes.join(", "), name, ..Entry::default() });
    }
    // "1.2 `GRIPPER_ERR_INVALID_ARGUMENT = -1`": a section's number before the code it heads.
    let entry = section_numbered(text).and_then(unnumbered_code).or_else(|| unnumbered_code(text))?;
    // "400 — VALIDATION_ERROR", "401 — UNAUTHORIZED": a status, a dash, then the API's own
    // constant, which keys the row as "VALIDATION_ERROR (400)" does.
    let dashed = [" — ", " – ", " - "].iter().any(|dash| text.contains(dash));
    let constant = |name: &str| super::super::word_in_capitals(name) && name.len() >= 4;
    if crate::import::cells::http_status(&entry.code).is_some() && dashed && constant(entry.name.trim()) {
        return Some(Entry { code: entry.name.trim().to_string(), ..Entry::default() });
    }
    Some(entry)
}

/// "转账金额…", "24小时内…" set right after a colon: a name, not the minutes of "10:30".
fn named_after_colon(rest: &str) -> bool {
    let after_digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let spelled = after_digits.len() == rest.len();
    let first = after_digits.chars().next();
    first.is_some_and(|c| !c.is_whitespace() && !c.is_ascii_punctuation() && (spelled || !c.is_ascii()))
}

/// A heading's code, its section's number taken off.
fn unnumbered_code(text: &str) -> Option<Entry> {
    // "`UNAUTHORIZED`", "`virtual-server-not-found`": a name set as code is one, alone in its heading.
    let spanned = code_span(text);
    // "`ACT-ERR-0`" too: capitals joined by hyphens.
    let shouting = |t: &str| {
        let capitals = t.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        t.len() >= 3 && capitals && t.bytes().any(|b| b.is_ascii_uppercase())
    };
    let word_part = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase());
    let joined = |t: &str| {
        let parts: Vec<&str> = t.split(['-', '_']).collect();
        let lower = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        parts.len() >= 2 && parts.iter().all(lower)
    };
    // "`selection.path-invalid`": so are lowercase words joined by dots as well, set as code.
    let dotted = |t: &str| t.contains('.') && t.split('.').all(|part| joined(part) || word_part(part));
    if let Some(code) = spanned.filter(|t| (shouting(t) || joined(t) || dotted(t)) && !whole_number(t)) {
        return Some(Entry { code: code.to_string(), ..Entry::default() });
    }
    // "`notFound(id: String)`", "`imageNotFound(String)`": a case a program declares, with what it carries.
    if let Some(code) = spanned.filter(|t| declared_case(t)) {
        return Some(Entry { code: code.to_string(), ..Entry::default() });
    }
    // "`type-mismatch` (error)", "`loop-limit` (warning)": the code, then how grave it is.
    let graded = closing_aside(text)
        .filter(|(_, grade)| words::is_one_of(grade, &["error", "warning", "fatal", "info", "notice", "deprecated"]));
    // (Read from Markdown, the heading's marks are gone by now.)
    if let Some(code) = graded.map(|(code, _)| code.trim().trim_matches('`')).filter(|t| shouting(t) || joined(t)) {
        return Some(Entry { code: code.to_string(), ..Entry::default() });
    }
    // "`network_error` - Network Connection Issues", "`timeout` - Request Timeouts": a name set as
    // code, a dash, then its name for people.
    let word = |t: &str| t.len() >= 3 && t.bytes().all(|b| b.is_ascii_lowercase());
    let led = span_led(text).filter(|(code, _, name)| {
        let coded = shouting(code) || joined(code) || word(code);
        coded && !name.is_empty() && !whole_number(code)
    });
    if let Some((code, _, name)) = led {
        return Some(Entry { code: code.to_string(), name: name.to_string(), ..Entry::default() });
    }
    // "GETALLBATTLE001", "REG-000001": capitals numbered, alone, as no word is written.
    let numbered = text.trim_end_matches(|c: char| c.is_ascii_digit());
    if shouting(text) && text.len() - numbered.len() >= 2 && numbered.trim_end_matches(['-', '_']).len() >= 3 {
        return Some(Entry { code: text.to_string(), ..Entry::default() });
    }
    // "## calendar-type-not-supported", "## sam_not_supported": words joined by hyphens or
    // underscores, alone, are a name set as code.
    let long = text.matches(['-', '_']).count() >= 2 || text.len() >= 12;
    if joined(text) && text.contains(['-', '_']) && long {
        return Some(Entry { code: text.to_string(), ..Entry::default() });
    }
    // "## W1": a capital and a number, alone, as warnings and errors are numbered.
    let lettered = text.len() >= 2 && text.len() <= 5 && text.starts_with(|c: char| c.is_ascii_uppercase());
    if lettered && text[1..].bytes().all(|b| b.is_ascii_digit()) {
        return Some(Entry { code: text.to_string(), ..Entry::default() });
    }
    // "## attemptToModifyReadOnlyTable": a long name joined as a program joins words, alone.
    let hump = text.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    let camel = text.starts_with(|c: char| c.is_ascii_lowercase()) && text.bytes().all(|b| b.is_ascii_alphanumeric());
    if camel && hump && text.len() >= 6 {
        return Some(Entry { code: text.to_string(), ..Entry::default() });
    }
    let text = text.trim_matches('`');
    // "Validation Errors (VALIDATION_ERROR)": a name for people, then the constant that names it.
    let worded = |name: &str| name.contains(' ') && name.chars().all(|c| c.is_alphabetic() || c == ' ');
    let named = closing_aside(text).map(|(name, code)| (name.trim(), code.trim().trim_matches('`')));
    // Not "Worker Error Codes (WORKER_XXX)": the pattern of the codes below.
    let pattern = |code: &str| code.to_ascii_lowercase().contains("xx");
    let constant = |code: &str| shouting(code) && code.contains('_') && !pattern(code);
    if let Some((name, code)) = named.filter(|(name, code)| worded(name) && constant(code)) {
        return Some(Entry { code: code.to_string(), name: name.to_string(), ..Entry::default() });
    }
    // "AdErrorCode.kUnknown (0)": a constant, then the number it stands for, as "成功(1000)" in a line.
    // "`InsufficientBalance` (code 1)": the word that says what the number is, before it.
    let number_of = |c: &str| -> String {
        let c = c.trim();
        // "(HTTP 400)" too: the status it is answered with, said to be one.
        let said = c
            .split_once(' ')
            .filter(|(word, n)| (error_word(word) || word.eq_ignore_ascii_case("http")) && whole_number(n.trim()));
        said.map_or(c, |(_, n)| n.trim()).to_string()
    };
    let constant = closing_aside(text).map(|(n, c)| (n.trim().trim_matches('`').to_string(), number_of(c)));
    // "GRIPPER_OK = 0": a constant declared as source declares it.
    let assigned = || text.split_once(" = ").map(|(n, c)| (n.trim().to_string(), c.trim().to_string()));
    let constant = constant.or_else(assigned);
    // "UNAUTHORIZED (401)", "RATE_LIMIT_EXCEEDED (429)": an error's own name in capitals, as a
    // program names its constants, then the status it is answered with, as "`UNAUTHORIZED` (401)
    // - …" in a line.
    let answered = |(name, code): &(String, String)| {
        let capitals = crate::import::lists::word_in_capitals(name) && name.len() >= 4;
        capitals && crate::import::cells::status_word(code)
    };
    if let Some((name, _)) = constant.as_ref().filter(|constant| answered(constant)) {
        return Some(Entry { code: name.clone(), ..Entry::default() });
    }
    if let Some((name, code)) = constant.filter(|(name, code)| identifier(name) && whole_number(code)) {
        return Some(Entry { code, name, ..Entry::default() });
    }
    if let Some(entry) = field_set(text) {
        return Some(entry);
    }
    // "检查类型转换是否冗余 [redundant-cast]": what the check does, then its code in brackets.
    if let Some((name, code)) = bracketed(text).filter(|(_, code)| joined(code) || identifier(code)) {
        return Some(Entry { code: code.to_string(), name: name.to_string(), ..Entry::default() });
    }
    // "`ERROR_NO_SUCH_CAPCHA_ID` / `WRONG_CAPTCHA_ID`": names of one error, each a code.
    if let Some(codes) = code_list(&text.replace('`', "")).filter(|codes| codes.iter().all(|c| identifier(c))) {
        return Some(Entry { code: codes.join(", "), ..Entry::default() });
    }
    // "Err1", "ERR42": the word that says what the number is, joined to it.
    let digits = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let word = &text[..text.len() - digits.len()];
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && error_word(word) {
        return Some(Entry { code: text.to_string(), ..Entry::default() });
    }
    // "Error 1: Model not defined": the word that says what the number is, then the number.
    // "Código: ERR1_T05": the word, a colon, then the code. "Error Code -2: …": two such words.
    fn said_by(text: &str) -> Option<&str> {
        let (word, rest) = text.split_once(char::is_whitespace)?;
        error_word(word.trim_end_matches(':')).then(|| rest.trim_start())
    }
    let (said, text) = match said_by(text) {
        Some(rest) => (true, said_by(rest).filter(|_| !rest.starts_with(|c: char| c.is_ascii_digit())).unwrap_or(rest)),
        None => (false, text),
    };
    let (code, name) = split_code(text);
    let code = code.trim_matches('`');
    // "#### 0": a number alone, of any size; "1. Intro" numbers a section.
    let alone = whole_number(text.trim()) || said && whole_number(code);
    // "`0x00000001` PSRAM bad": a number in hexadecimal is a code too.
    // "1 — `AlreadyInitialized`": a number, then the constant a program names it with.
    let dashed = text.strip_prefix(code).is_some_and(|rest| rest.trim_start().starts_with(['-', '–', '—']));
    let constant = Some(name.trim().trim_matches('`'))
        .filter(|n| dashed && whole_number(code) && identifier(n) && !n.contains(' '))
        .map(str::to_string);
    let coded = alone || long_code(code) || identifier(code) || hex_code(code) || constant.is_some();
    // "AmanMCP Error Codes Reference": a product's name over the codes, the page's title.
    // Not "E1002: 未知错误码" ("unknown error code"): a code numbered as no product is named.
    let product = !code.contains(|c: char| c.is_ascii_digit());
    let coded = coded && !(titles_codes(&name) && product);
    let name = constant.unwrap_or(name);
    coded.then(|| Entry { code: code.to_string(), name, ..Entry::default() })
}

/// "Error Codes Reference", "错误代码参考": words that title a page of codes, after a product's name.
fn titles_codes(name: &str) -> bool {
    let lowered = name.to_lowercase();
    let last = lowered.split_whitespace().last().unwrap_or_default();
    let english =
        ["codes", "errors", "reference"].contains(&last) && (lowered.contains("code") || lowered.contains("error"));
    // "错误代码参考", "エラーコード一覧": the codes, then a word for a reference or a list.
    const LISTS: &[&str] =
        &["参考", "一览", "一覧", "列表", "目录", "说明", "文档", "手册", "大全", "参照", "목록", "참조", "가이드"];
    const CODES: &[&str] =
        &["错误码", "错误代码", "錯誤碼", "錯誤代碼", "エラーコード", "오류 코드", "에러 코드", "오류코드", "에러코드"];
    let name = name.trim();
    let name = LISTS.iter().find_map(|word| name.strip_suffix(word)).unwrap_or(name).trim_end();
    english || CODES.iter().any(|codes| name.ends_with(codes))
}

/// "10 - Failed to open file": a number, a dash, then its name, as headings of codes may run.
pub(in crate::import::lists) fn dashed_number(text: &str) -> Option<Entry> {
    let (number, rest) = text.trim().split_once(' ')?;
    let name = rest.trim_start().strip_prefix(['-', '–', '—'])?.trim();
    (whole_number(number) && !name.is_empty()).then(|| Entry {
        code: number.to_string(),
        name: name.to_string(),
        ..Entry::default()
    })
}

/// The `headings` of short numbers dashed as two or more of those `is_code` takes are ("### 110 -
/// Not specified"), where the page speaks of codes ("## (50-59) - Code compile error"), not in
/// other parts of it ("## Version history").
pub(in crate::import::lists) fn dashed_among_codes(
    headings: &[&String],
    is_code: impl Fn(&str) -> bool,
) -> std::collections::HashSet<String> {
    let mut found = std::collections::HashSet::new();
    if headings.iter().filter(|t| dashed_number(t).is_some() && is_code(t)).count() < 2 {
        return found;
    }
    let mut about_codes = true;
    for text in headings.iter().filter(|text| !is_code(text)) {
        match dashed_number(text) {
            Some(_) if about_codes => {
                found.insert(text.to_string());
            }
            Some(_) => {}
            None => {
                let ranged =
                    text.split(|c: char| !c.is_ascii_digit() && c != '-').any(|w| w.contains('-') && w.len() > 2);
                about_codes = words::speaks_of_codes(text) || ranged;
            }
        }
    }
    // "## General" over "### 0 - OK", "### 1 - Internal error", then "## Database" over "### 101 - …": a
    // group of codes like the groups after it; not "## Quick start" over "### 1 - Install the SDK".
    let mut run: Vec<&str> = Vec::new();
    let mut over_run = "";
    for (at, text) in headings.iter().enumerate() {
        if dashed_number(text).is_some() && !is_code(text) {
            run.push(text);
            continue;
        }
        let next = |i: usize| headings.get(i).is_some_and(|t| is_code(t));
        let groups_codes = is_code(text) || dashed_number(text).is_none() && next(at + 1);
        if groups_codes && !run.is_empty() && words::is_one_of(over_run.trim(), GENERAL) {
            found.extend(run.iter().map(|t| t.to_string()));
        }
        if run.is_empty() {
            over_run = text;
        }
        run.clear();
    }
    found
}

/// Names of a group of codes that say nothing of errors ("## General").
#[rustfmt::skip]
const GENERAL: &[&str] = &[
    "general", "common", "global", "basic", "generic", "system", "misc", "miscellaneous", "other", "others", "shared",
    "通用", "公共", "全局", "基础", "系统", "其他", "一般", "共通", "汎用", "공통", "일반", "기타", "général", "generales",
    "general errors", "allgemein", "geral", "comum",
];

/// "Type=7 (0x07) - Channel error": a field set to the number, in hexadecimal aside, then the name.
fn field_set(text: &str) -> Option<Entry> {
    let (field, rest) = text.split_once('=')?;
    // "Type=7", "Code=7": the field names a kind or a code; "timeout=30" is a setting.
    let kind = words::is_one_of(field, words::CATEGORY) || words::is_one_of(field, words::CODE);
    if field.is_empty() || !field.chars().all(char::is_alphabetic) || !kind {
        return None;
    }
    let (number, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let after = after.trim_start();
    let hex = after.strip_prefix('(').and_then(|a| a.split_once(')')).filter(|(hex, _)| hex_code(hex.trim()));
    let after = hex.map_or(after, |(_, tail)| tail.trim_start());
    // The name follows a mark, or nothing follows at all.
    let name = after.strip_prefix(['-', '–', '—', ':']).map(str::trim);
    let named = name.is_some() || after.is_empty();
    (whole_number(number) && named).then(|| Entry {
        code: number.to_string(),
        name: name.unwrap_or_default().to_string(),
        ..Entry::default()
    })
}

/// "-8 & -10 (Unable to send iBEC)": a heading's numbers, each with the name they share.
pub(in crate::import::lists) fn numbers_joined(entry: &Entry) -> Option<Vec<Entry>> {
    let mut codes = vec![entry.code.clone()];
    let mut rest = entry.name.trim();
    // "500, 502, 503": a comma kept by the number before, or gone with its name's marks.
    // Only numbers as wide as the first, each followed by a joint ("413 10 MB limit, …" names a limit).
    let listed = |rest: &str| {
        let mut words = rest.split_whitespace();
        let first = words.next().unwrap_or("");
        let number = first.trim_end_matches(',');
        // "201 (or any other 2xx errors)": the last of the list, then a remark on it.
        let joined =
            first.ends_with(',') || words.next().is_none_or(|w| matches!(w, "and" | "&" | "or") || w.starts_with('('));
        whole_number(number) && number.len() == entry.code.len() && joined
    };
    let mut comma = listed(rest);
    while let Some(after) =
        ["&", ",", "and ", "or "].iter().find_map(|joint| rest.strip_prefix(joint)).or(comma.then_some(rest))
    {
        let after = after.trim_start();
        let (code, more) = after.split_once(char::is_whitespace).unwrap_or((after, ""));
        comma = code.ends_with(',');
        let code = code.trim_end_matches([':', ',']);
        if !(whole_number(code) && whole_number(&entry.code)) {
            return None;
        }
        codes.push(code.to_string());
        rest = more.trim_start();
    }
    let name = rest.trim_start_matches([':', '-', '–', '—']).trim();
    let name = name.strip_prefix('(').and_then(|n| n.strip_suffix(')')).unwrap_or(name);
    // "(or any other 4xx errors)": what else the list stands for, no name.
    let name = if name.starts_with("or ") { "" } else { name };
    let entry = |code: String| Entry { code, name: name.to_string(), ..Entry::default() };
    (codes.len() >= 2).then(|| codes.into_iter().map(entry).collect())
}

/// "1.2 rest", "3. rest" → "rest": what follows a section's number, dotted.
fn section_numbered(text: &str) -> Option<&str> {
    let (number, rest) = text.split_once(char::is_whitespace)?;
    let parts: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    let dotted = number.contains('.') && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    dotted.then(|| rest.trim_start())
}

/// "检查类型转换是否冗余 [redundant-cast]" → its words and the word in brackets closing it.
pub(in crate::import::lists) fn bracketed(text: &str) -> Option<(&str, &str)> {
    let (name, code) = text.trim().strip_suffix(']')?.rsplit_once(" [")?;
    let (name, code) = (name.trim(), code.trim());
    (!name.is_empty() && !code.is_empty() && !code.contains(char::is_whitespace)).then_some((name, code))
}

/// "SAVEJSON": a word in capitals alone, a code among headings of codes in capitals.
pub(in crate::import::lists) fn capitals_alone(text: &str) -> Option<Entry> {
    let text = strip_ignorable(text);
    let text = text.trim();
    let capitals = text.len() >= 6 && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    capitals.then(|| Entry { code: text.to_string(), ..Entry::default() })
}

/// Emoji and symbols drawn before a heading's words (and the selector that colours them).
fn pictograph(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2bff | 0x1f000..=0x1faff | 0xfe0f | 0x200d)
}
