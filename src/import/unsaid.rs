//! Codes a page shows under a heading of codes that nothing read: a line or two too few
//! to be a list ("1000 需要权限"), a listing of a program's source ("'not null' => '不能为空|10001'").
//! Said on stderr, so that no row is lost unsaid.

use super::{cells, lists, words, Block, Imported};
use std::collections::HashSet;

/// Where a page shows codes: the heading over them and the codes.
pub(super) struct Shown {
    heading: String,
    codes: Vec<String>,
}

/// The codes each line or listing under a heading of codes shows.
pub(super) fn shown(blocks: &[Block]) -> Vec<Shown> {
    let mut out = Vec::new();
    // The heading over the blocks, and whether it speaks of codes, asked only when a block needs it.
    let mut heading: Option<(&str, Option<bool>)> = None;
    for block in blocks {
        match block {
            Block::Heading(text) => heading = Some((text, None)),
            // A line alone that speaks of codes labels the lines after it ("通用错误码").
            Block::Text(text) if labels(text) => heading = Some((text, Some(true))),
            // Lines each a code and its text, or a code alone: not prose that mentions a status.
            Block::Text(text) => {
                let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
                let Some(over) = speaking(&mut heading) else { continue };
                let bare = |line: &&&str| cells::whole_number(line) && line.len() >= 3;
                let codes: Vec<String> = lines.iter().filter_map(|line| lists::line_code(line)).collect();
                // Statuses in lines are prose as often ("404 responses for 60 seconds"): an API's own numbers only.
                let own = codes.iter().all(|code| numbered(code) && cells::http_status(code).is_none());
                if codes.len() + lines.iter().filter(bare).count() == lines.len() && own {
                    out.push(Shown { heading: over.to_string(), codes });
                }
            }
            // Three numbers or more a listing gives, each its own: the codes it lists, as a program holds them.
            Block::Code(listing) => {
                let codes: Vec<String> = listing.lines().filter_map(last_number).collect();
                if codes.len() >= 3 && crate::import::all_distinct(&codes) {
                    if let Some(over) = speaking(&mut heading) {
                        out.push(Shown { heading: over.to_string(), codes });
                    }
                }
            }
            _ => {}
        }
    }
    out.retain(|shown| !shown.codes.is_empty());
    out
}

/// The heading's text when it speaks of codes, asked once.
fn speaking<'a>(heading: &mut Option<(&'a str, Option<bool>)>) -> Option<&'a str> {
    let (text, speaks) = heading.as_mut()?;
    let speaks = *speaks.get_or_insert_with(|| words::speaks_of_codes(text));
    speaks.then_some(*text)
}

/// A report of the codes shown that `imported` lacks, when it read any.
pub(super) fn report(shown: &[Shown], imported: &Imported) -> Option<String> {
    if imported.rows() == 0 {
        return None;
    }
    let read: HashSet<String> =
        imported.normal.iter().chain(&imported.abnormal).map(|r| r.code.to_lowercase()).collect();
    let unread = |shown: &&Shown| shown.codes.iter().any(|code| !read.contains(&code.to_lowercase()));
    let missed: Vec<&Shown> = shown.iter().filter(unread).collect();
    let first = missed.first()?;
    let codes: Vec<&String> =
        missed.iter().flat_map(|s| &s.codes).filter(|c| !read.contains(&c.to_lowercase())).collect();
    let count = match codes.len() {
        1 => "1 code".to_string(),
        n => format!("{n} codes"),
    };
    Some(format!(
        "skipped {count} shown under \"{}\" (\"{}\"…): in no table or list read",
        crate::sanitize::clean(&first.heading),
        crate::sanitize::clean(codes[0])
    ))
}

/// A short line that speaks of codes and names none.
fn labels(text: &str) -> bool {
    let text = text.trim().trim_end_matches([':', '：']);
    let short = text.chars().count() <= 24 && !text.contains(['\n', '.', '。', ',', '，', ':', '：']);
    short && words::speaks_of_codes(text) && lists::line_code(text).is_none()
}

/// A number of three digits or more: a code, not a count.
fn numbered(code: &str) -> bool {
    code.len() >= 3 && cells::whole_number(code)
}

/// "'not null' => '不能为空|10001',": the number a line of a listing ends with.
fn last_number(line: &str) -> Option<String> {
    let digits_end = line.trim_end().trim_end_matches([',', ';', '\'', '"', ')', ']']);
    let start = digits_end.len() - digits_end.chars().rev().take_while(char::is_ascii_digit).count();
    let number = &digits_end[start..];
    // "…|10000'": set apart inside a string, not a count a log or a header ends with.
    let bounded = digits_end[..start].ends_with(['|', '\'', '"']);
    ((3..=8).contains(&number.len()) && bounded).then(|| number.to_string())
}

/// "You may also encounter `E_BACKEND_CRASH`", "**Symptom**: `Tungsten[Executor] E_TIMEOUT`": names in
/// capitals made as the codes read are made ("E_…" beside "E_NO_PLOTTABLE_SERIES"), named in the page's
/// prose or headings and in no row. Said, as they are not read.
pub(super) fn in_passing(blocks: &[Block], imported: &Imported, page: &str) -> Vec<String> {
    let read: HashSet<&str> = imported.normal.iter().chain(&imported.abnormal).map(|r| r.code.as_str()).collect();
    let prefix = |code: &str| code.split_once('_').map(|(head, _)| head.to_string());
    let shaped = |word: &str| {
        let capitals = word.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        capitals && word.len() >= 5 && word.contains('_') && !word.starts_with('_') && !word.ends_with('_')
    };
    // Prefixes two codes read or more share: "E" of "E_UNSUPPORTED_DIM" and "E_MIXED_COORD_SYS".
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for code in read.iter().filter(|code| shaped(code)) {
        *counts.entry(prefix(code).unwrap_or_default()).or_default() += 1;
    }
    let mut named: Vec<String> = Vec::new();
    for block in blocks {
        let (Block::Text(text) | Block::Heading(text)) = block else { continue };
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            let shared = prefix(word).is_some_and(|p| counts.get(&p).is_some_and(|&n| n >= 2));
            let new = !read.contains(word) && !named.iter().any(|n| n == word);
            if shaped(word) && shared && new && !placeholder(word) {
                named.push(word.to_string());
            }
        }
    }
    // Many more names than codes read of their kind are another kind of name: types, settings.
    let mut named_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for kind in named.iter().filter_map(|word| prefix(word)) {
        *named_of.entry(kind).or_default() += 1;
    }
    if named_of.iter().any(|(kind, &n)| n > 3 * counts.get(kind).copied().unwrap_or(0)) {
        named.clear();
    }
    let nets = beside_statuses(blocks, imported, &read).into_iter().chain(set_as_code(page, &read, shaped));
    for code in nets.chain(bold_led(page, &read)) {
        if !named.contains(&code) {
            named.push(code);
        }
    }
    named
}

/// "- `FOT_NOT_SUPPORTED` (fee-on-transfer tokens rejected)", "- `UNSUPPORTED_ASSET`": names set as
/// code opening the page's list items, made as the codes read are (the page is scanned only where
/// three or more read are so made).
fn set_as_code(page: &str, read: &HashSet<&str>, shaped: impl Fn(&str) -> bool) -> Vec<String> {
    let like = read.iter().filter(|code| shaped(code)).count();
    if like < 3 {
        return Vec::new();
    }
    let mut named: Vec<String> = Vec::new();
    for span in &spans(page) {
        let new = !read.contains(span.as_str()) && !named.contains(span);
        if new && shaped(span) && !placeholder(span) {
            named.push(span.clone());
        }
    }
    // Many more than the codes read: names of another kind (settings, types).
    if named.len() > 3 * like {
        named.clear();
    }
    named
}

/// "Create: 409 youtube_not_connected, 409 live_streaming_not_enabled": names in lower case beside
/// the statuses they are answered with, on a page whose rows are keyed by such names and statuses.
fn beside_statuses(blocks: &[Block], imported: &Imported, read: &HashSet<&str>) -> Vec<String> {
    let rows = imported.normal.iter().chain(&imported.abnormal);
    let keyed = rows.filter(|row| row.status.is_some() && cells::snake_name(&row.code)).count() >= 2;
    let mut named: Vec<String> = Vec::new();
    for block in blocks.iter().filter(|_| keyed) {
        let (Block::Text(text) | Block::Heading(text)) = block else { continue };
        let words: Vec<&str> = text.split([' ', ',', ';', '(', ')']).filter(|w| !w.is_empty()).collect();
        for pair in words.windows(2) {
            let [status, name] = pair else { continue };
            let answered = cells::http_status(status).is_some() && cells::snake_name(name) && name.contains('_');
            if answered && !read.contains(name) && !named.iter().any(|n| n == name) {
                named.push(name.to_string());
            }
        }
    }
    named
}

/// "ERR_XXX_DESCRIPTION", "UPLOAD_XXX", "ERR_3XX": the shape of a code, not one.
fn placeholder(word: &str) -> bool {
    let pattern = |part: &str| part.ends_with("XX") && part.bytes().all(|b| b == b'X' || b.is_ascii_digit());
    word.split('_').any(pattern)
}

/// What a Markdown page's list items open with set as code ("- `FOT_NOT_SUPPORTED` (…)"), as written.
fn spans(text: &str) -> Vec<String> {
    let item = |line: &str| {
        let line = line.trim_start();
        let rest = line.strip_prefix(['-', '*', '+']).or_else(|| {
            let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
            (digits.len() < line.len()).then(|| digits.strip_prefix(['.', ')'])).flatten()
        })?;
        let rest = rest.trim_start().strip_prefix('`')?;
        rest.split_once('`').map(|(span, _)| span.to_string())
    };
    text.lines().filter_map(item).filter(|span| !span.is_empty() && !span.contains(char::is_whitespace)).collect()
}

/// "- Code: `invalid email address`" under a title: codes the page labels in lines, set as code,
/// that no reading gave a row.
pub(super) fn labelled(page: &str, imported: &Imported) -> Vec<String> {
    let read: HashSet<&str> = imported.normal.iter().chain(&imported.abnormal).map(|r| r.code.as_str()).collect();
    let item = |line: &str| line.trim_start().trim_start_matches(['-', '*', '+']).trim_start().to_string();
    let lines = page.lines().filter(|line| line.contains('`')).map(item);
    let labelled = lines.filter_map(|line| crate::import::lists::labelled_code_span(&line).map(str::to_string));
    let mut unread: Vec<String> = Vec::new();
    for code in labelled.filter(|code| !read.contains(code.as_str())) {
        if !unread.contains(&code) {
            unread.push(code);
        }
    }
    unread
}

/// "- **ECONNABORTED**: …" below "- **401**: …", "- **403**: …": list items led by a name in bold
/// as the items whose codes were read are, their own not read.
fn bold_led(page: &str, read: &HashSet<&str>) -> Vec<String> {
    let leads: Vec<&str> = page
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("- **")?.split_once("**:").map(|(lead, _)| lead.trim()))
        .collect();
    let siblings = leads.iter().filter(|lead| read.contains(*lead)).count();
    let code_like = |lead: &&str| {
        let words = lead.split_whitespace().count();
        (1..=2).contains(&words) && lead.starts_with(|c: char| c.is_uppercase()) && !lead.ends_with('.')
    };
    let mut named: Vec<String> = Vec::new();
    for lead in leads.iter().filter(|lead| siblings >= 2 && !read.contains(*lead) && code_like(lead)) {
        if !named.iter().any(|n| n == lead) {
            named.push(lead.to_string());
        }
    }
    named
}
