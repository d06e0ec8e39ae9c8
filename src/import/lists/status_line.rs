//! Lines that stand for headings of codes: "**HTTP 400** · `bad_request`" under a heading
//! that names no code ("## Bad request {#bad_request}"), and "Error Code：0" opening a record
//! of labelled lines.

use super::entry::heading_code;
use crate::import::cells::{closing_aside, http_status, snake_name, whole_number, written_as_identifier};
use crate::import::words::{self, mentions};
use crate::import::Block;
use std::collections::HashSet;

/// The blocks with each such heading naming its code, and the line of it dropped.
pub(super) fn codes_under_headings(blocks: Vec<Block>) -> Vec<Block> {
    // "## Datenbank" over "* 7000" alone, heading after heading: each heading names its number.
    // Not "### HTTP status code" over "401": a label of the value under it.
    let label = |name: &str| mentions(name, words::STATUS) || mentions(name, words::CODE);
    let number_alone = |at: usize| {
        let heading = matches!(&blocks[at], Block::Heading(name) if heading_code(name).is_none() && !label(name));
        let number = matches!(blocks.get(at + 1), Some(Block::Text(line)) if long_number(line));
        let ends = matches!(blocks.get(at + 2), None | Some(Block::Heading(_) | Block::Level(_)));
        heading && number && ends
    };
    let numbered: Vec<usize> = (0..blocks.len()).filter(|&at| number_alone(at)).collect();
    let number = |at: &usize| match blocks.get(at + 1) {
        Some(Block::Text(line)) => line.trim(),
        _ => "",
    };
    // "9000", "8000", "7000": codes of one width, each its own; limits ("600", "100000") are not.
    let distinct = crate::import::all_distinct(numbered.iter().map(number));
    let one_width = numbered.iter().map(|at| number(at).len()).collect::<HashSet<_>>().len() == 1;
    let enough = numbered.len() >= super::AT_LEAST && distinct && one_width;
    let numbered: HashSet<usize> = if enough { numbered.into_iter().collect() } else { HashSet::new() };
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut blocks = blocks.into_iter().enumerate().peekable();
    while let Some((at, block)) = blocks.next() {
        let raised = match (&block, blocks.peek()) {
            // What the heading says of the number is all the page says of it.
            (Block::Heading(name), Some((_, Block::Text(line)))) if numbered.contains(&at) => {
                Some(vec![Block::Heading(line.trim().to_string()), Block::Text(without_anchor(name).to_string())])
            }
            (Block::Heading(name), Some((_, Block::Text(line)))) if heading_code(name).is_none() => {
                status_line(line).map(|code| vec![Block::Heading(format!("{} [{code}]", without_anchor(name)))])
            }
            _ => None,
        };
        match raised {
            Some(raised) => {
                blocks.next();
                out.extend(raised);
            }
            None => out.push(block),
        }
    }
    out
}

/// "Error Code：0" over "Symbol：Unknown Reason", "Description：…": a record of labelled lines,
/// the first giving its code; that line heads the others, as a heading of the code would.
pub(super) fn records_of_codes(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    // "```\nCode: 250\nProblème : …\n```": records set in a code block are the page's list, not an example.
    let lines = |code: &str| -> Vec<Block> { filled_lines(code).map(|l| Block::Text(l.to_string())).collect() };
    // Only under a heading that speaks of codes ("### Codes erreur"), not under "## Example".
    let mut heading_speaks = false;
    let blocks = blocks.into_iter().flat_map(|block| match block {
        Block::Heading(text) => {
            heading_speaks = crate::import::words::speaks_of_codes(&text);
            vec![Block::Heading(text)]
        }
        Block::Code(code) if heading_speaks && records(&code) => lines(&code),
        other => vec![other],
    });
    let blocks: Vec<Block> = blocks.collect();
    let names = names_over_records(&blocks);
    let mut blocks = blocks.into_iter().enumerate().peekable();
    while let Some((at, block)) = blocks.next() {
        let labelled_next = matches!(blocks.peek(), Some((_, Block::Text(next))) if labelled(next.as_str()).is_some());
        // "### 403 FORBIDDEN" over "Code: forbidden": the status's section gives the code it answers with.
        let status_heading = matches!(out.last(), Some(Block::Heading(h)) if heading_code(h).is_some_and(|e| http_status(&e.code).is_some()));
        // "Code: 100" over "Error: an unexpected system error occured": in a record, the error in
        // words is what the code means.
        let described = match &block {
            Block::Text(line) => {
                error_in_words(line).filter(|_| in_record(&out)).map(|said| format!("Description: {said}"))
            }
            _ => None,
        };
        match block {
            Block::Text(_) if described.is_some() => out.extend(described.map(Block::Text)),
            Block::Text(line) if labelled_next => match labelled(&line).filter(|(label, _)| names_code(label)) {
                // Set as code, as the label says it is: "Code: error" names the code "error".
                Some((_, code)) if code_value(code) && (!status_heading || whole_number(code.trim_matches('`'))) => {
                    let code = code.trim_matches('`');
                    // "* System Error" over "* Code: 100": the line above names the code.
                    match at.checked_sub(1).filter(|above| names.contains(above)).and_then(|_| out.pop()) {
                        Some(Block::Text(name)) => out.push(Block::Heading(format!("`{code}` {}", name.trim()))),
                        _ => out.push(Block::Heading(format!("`{code}`"))),
                    }
                }
                _ => out.push(Block::Text(line)),
            },
            other => out.push(other),
        }
    }
    out
}

/// Whether the blocks so far end with a record's heading, or lines of its record.
fn in_record(out: &[Block]) -> bool {
    let above = out.iter().rev().find(|b| !matches!(b, Block::Text(line) if labelled(line).is_some()));
    matches!(above, Some(Block::Heading(h)) if h.starts_with('`'))
}

/// "Error: insufficient rights": the error in words, not a code ("Error: `forbidden`").
fn error_in_words(line: &str) -> Option<&str> {
    let (label, value) = labelled(line)?;
    let error = words::is_one_of(label, &["error", "erreur", "fehler", "错误"]);
    (error && value.contains(' ') && !value.starts_with('`')).then_some(value)
}

/// "System Error" over "Code: 100", "Error: …", record after record: short names, each over the
/// labelled line that opens its record, name the codes. Two such at least.
fn names_over_records(blocks: &[Block]) -> HashSet<usize> {
    let opens_record = |at: usize| {
        let coded = matches!(&blocks[at], Block::Text(line) if labelled(line).is_some_and(|(label, value)| names_code(label) && code_value(value)));
        coded && matches!(blocks.get(at + 1), Some(Block::Text(next)) if labelled(next).is_some())
    };
    let name = |line: &str| {
        let line = line.trim();
        crate::import::cells::short_name(line) && labelled(line).is_none() && !line.ends_with(['.', ':', '：'])
    };
    let named: HashSet<usize> = (1..blocks.len())
        .filter(|&at| opens_record(at) && matches!(&blocks[at - 1], Block::Text(line) if name(line)))
        .map(|at| at - 1)
        .collect();
    if named.len() >= 2 {
        named
    } else {
        HashSet::new()
    }
}

/// "### Internal" over "```\nCode: 100\nMessage: \"internal server error\"\n```", heading after
/// heading: each heading names the code its record gives, and the record is no example. Three
/// such headings at least, each its own code.
pub(super) fn headings_over_records(blocks: Vec<Block>) -> Vec<Block> {
    let record_code = |code: &str| {
        let mut lines = filled_lines(code);
        let (label, value) = lines.next().and_then(labelled)?;
        let all_labelled = filled_lines(code).all(|line| labelled(line).is_some());
        (names_code(label) && code_value(value) && all_labelled).then(|| value.trim_matches('`').to_string())
    };
    let raised: Vec<(usize, String)> = (0..blocks.len().saturating_sub(1))
        .filter_map(|at| match (&blocks[at], &blocks[at + 1]) {
            // "### UnsubscribeCodeServer" over "Code: 2000": a constant's name over the number it stands for.
            (Block::Heading(name), Block::Code(code)) => {
                let record = record_code(code)?;
                let named = heading_code(name).is_none_or(|e| !e.code.contains(|c: char| c.is_ascii_digit()));
                (named && whole_number(&record) || heading_code(name).is_none()).then_some((at, record))
            }
            _ => None,
        })
        .collect();
    let distinct = crate::import::all_distinct(raised.iter().map(|(_, code)| code));
    if raised.len() < super::AT_LEAST || !distinct {
        return blocks;
    }
    let raised: std::collections::HashMap<usize, String> = raised.into_iter().collect();
    // Each raised heading's record is the block right after it.
    let record = |at: usize| at > 0 && raised.contains_key(&(at - 1));
    let mut out = Vec::with_capacity(blocks.len());
    for (at, block) in blocks.into_iter().enumerate() {
        match (block, raised.get(&at)) {
            (Block::Heading(name), Some(code)) => out.push(Block::Heading(format!("{code} {}", without_anchor(&name)))),
            _ if record(at) => {}
            (block, _) => out.push(block),
        }
    }
    out
}

/// A code block of labelled lines only, three of them or more giving a code each.
fn records(code: &str) -> bool {
    let lines: Vec<&str> = filled_lines(code).collect();
    let coded = |line: &str| labelled(line).is_some_and(|(label, value)| names_code(label) && code_value(value));
    lines.iter().all(|line| labelled(line).is_some()) && lines.iter().filter(|line| coded(line)).count() >= 3
}

/// A code block's lines, trimmed, blank ones left out.
fn filled_lines(code: &str) -> impl Iterator<Item = &str> {
    code.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// A line's label and its value, when it gives one: "Symbol：Unknown Reason".
fn labelled(line: &str) -> Option<(&str, &str)> {
    super::line_label(line).filter(|(_, value)| !value.is_empty())
}

/// "- Code: `invalid email address`": the code a labelled line sets as code, spaces and all.
pub fn labelled_code_span(line: &str) -> Option<&str> {
    let (label, value) = line.split_once([':', '：'])?;
    let inner = value.trim().strip_prefix('`')?.strip_suffix('`')?;
    (names_code(label.trim()) && !inner.trim().is_empty() && !inner.contains('`')).then(|| inner.trim())
}

/// "Error Code", "错误码": a label of a code, and nothing else ("HTTP status code" is none).
fn names_code(label: &str) -> bool {
    const LABELS: &[&str] = &[
        "error code",
        "code",
        "error",
        "errcode",
        "error_code",
        "错误码",
        "错误代码",
        "错误编码",
        "錯誤碼",
        "エラーコード",
        "오류 코드",
        "에러 코드",
        "오류코드",
        "에러코드",
        "código de error",
        "código de erro",
        "code d'erreur",
        "fehlercode",
        "код ошибки",
        "kod błędu",
        "hata kodu",
    ];
    crate::import::words::is_one_of(label, LABELS)
}

/// "0", "E1001", "not_found": one word, a code's shape.
fn code_value(value: &str) -> bool {
    let value = value.trim_matches('`');
    !value.is_empty()
        && !value.contains(char::is_whitespace)
        && value.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c))
}

/// "7000": a number of three digits or more, alone.
fn long_number(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3 && line.bytes().all(|b| b.is_ascii_digit())
}

/// The code of a line "HTTP 400 · bad_request" (or "bad_request · HTTP 400"), and nothing else.
fn status_line(line: &str) -> Option<&str> {
    let parts: Vec<&str> = line.split(['·', '•', '|', '—', '–']).map(str::trim).collect();
    let [first, second] = parts[..] else { return None };
    let status = |part: &str| part.strip_prefix("HTTP").is_some_and(|n| http_status(n.trim()).is_some());
    let code = |part: &str| written_as_identifier(part) || snake_name(part) && part.len() >= 3;
    match (status(first), status(second)) {
        (true, false) if code(second) => Some(second),
        (false, true) if code(first) => Some(first),
        _ => None,
    }
}

/// "Bad request {#bad_request}", "`argument.no-input` { #argument.no-input }" → the words: a
/// kramdown, Mintlify or attribute-list anchor is no words; "{config key}", a placeholder, is.
pub fn without_anchor(heading: &str) -> &str {
    let heading = heading.trim_end();
    let attributes = heading.strip_suffix('}').and_then(|rest| rest.rsplit_once('{'));
    match attributes {
        Some((words, inner)) if inner.trim_start().starts_with(['#', '.']) && !words.trim().is_empty() => {
            words.trim_end()
        }
        _ => heading,
    }
}

/// "## Not Found (404)", "## Validation Errors (400)": headings that name a status, then give
/// its number, rewritten as headings of codes ("404 Not Found"); `None` where fewer than three
/// headings are so written. Read only when nothing else on the page gives codes: beside a table
/// such headings sort its codes into kinds.
pub fn statuses_named_last(blocks: &[Block]) -> Option<Vec<Block>> {
    let titled =
        |name: &str| name.starts_with(char::is_uppercase) && name.chars().all(|c| c.is_alphabetic() || c == ' ');
    let turned = |text: &str| {
        let (name, code) = closing_aside(text.trim())?;
        let (name, code) = (name.trim(), code.trim());
        (titled(name) && http_status(code).is_some()).then(|| format!("{code} {name}"))
    };
    let headings = blocks.iter().filter(|b| matches!(b, Block::Heading(text) if turned(text).is_some())).count();
    (headings >= super::AT_LEAST).then(|| {
        let turn = |block: &Block| match block {
            Block::Heading(text) => Block::Heading(turned(text).unwrap_or_else(|| text.clone())),
            other => other.clone(),
        };
        blocks.iter().map(turn).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_status_and_code_under_a_heading_names_its_code() {
        let blocks = vec![
            Block::Heading("Bad request {#bad_request}".into()),
            Block::Text("HTTP 400 · bad_request".into()),
            Block::Text("The request failed validation.".into()),
        ];
        let raised = codes_under_headings(blocks);
        assert_eq!(raised[0], Block::Heading("Bad request [bad_request]".into()));
        assert_eq!(raised[1], Block::Text("The request failed validation.".into()));
        assert_eq!(raised.len(), 2);
    }

    #[test]
    fn other_lines_under_headings_stay() {
        for line in ["HTTP 400", "See HTTP 400 · bad_request", "HTTP 400 · Bad request", "HTTP 400 · a · b"] {
            let blocks = vec![Block::Heading("Bad request".into()), Block::Text(line.into())];
            assert_eq!(codes_under_headings(blocks.clone()), blocks, "{line}");
        }
    }

    #[test]
    fn anchors_are_no_words() {
        assert_eq!(without_anchor("Bad request {#bad_request}"), "Bad request");
        assert_eq!(without_anchor("Sets {a, b}"), "Sets {a, b}");
    }
}
