//! Codes a page lists outside its tables: lines or list items that pair a
//! code with its text ("10001: No site matched", "系统错误: 1100", "| 0 | No
//! Error |"), and headings that name a code over the text explaining it
//! ("### -1000 UNKNOWN"). Each run of them becomes a table of its own, read
//! as any other table is.

mod built;
mod entry;
mod fields;
mod flattened;
mod headed;
mod label_led;
mod lines;
mod listed;
mod members;
mod status_line;

use super::words;
use super::{Block, Cell, RawTable};
use built::table;
use entry::{entry, starts_entry};
use headed::headed;
use lines::line_label;
pub use lines::lines_or_whole;
use listed::listed;
pub use status_line::{labelled_code_span, statuses_named_last, without_anchor};
use std::collections::HashSet;

/// Fewer on a page are prose that mentions codes, not a list of them.
const AT_LEAST: usize = 3;

/// The page's blocks, with its headings of codes, or else its lists of codes, as tables.
/// A page that never speaks of errors or codes lists none ("Port: 8080").
pub fn as_tables(blocks: Vec<Block>) -> Vec<Block> {
    // A table flattened into paragraphs is read as a table, beside what else the page lists.
    let blocks = example_titles_dropped(flattened::rebuilt(blocks));
    let speaks = blocks.iter().any(|block| match block {
        Block::Heading(text) => words::speaks_of_codes(text) || names_a_status(text),
        Block::Text(text) | Block::Lead(text) | Block::Aside(text) => words::speaks_of_codes(text),
        _ => false,
    });
    // "HTTP 403 (Forbidden) wenn …" on three lines or more: the lines say what they list.
    let http_lines = blocks.iter().filter(|block| matches!(block, Block::Text(text) if says_http(text))).count();
    let speaks = speaks || http_lines >= AT_LEAST;
    if !speaks {
        return blocks;
    }
    let blocks = status_line::headings_over_records(label_led::labels_dropped(members::valued(blocks)));
    let blocks = status_line::codes_under_headings(status_line::records_of_codes(blocks));
    if kinds_over_codes(&blocks) {
        return listed(plain(blocks), AT_LEAST);
    }
    let before = blocks.len();
    let headed = headed(blocks);
    if headed.len() == before {
        return listed(plain(headed), AT_LEAST);
    }
    // Headings of codes are the list; lines naming them too are a table of contents. Lines
    // that list other codes ("- **200 OK** - Request succeeded" above "#### 400 Bad Request") are
    // read as well.
    let from_headings: Vec<RawTable> = tables_of(&headed).cloned().collect();
    let heading_codes: HashSet<&str> = from_headings
        .iter()
        .flat_map(|t| t.rows.iter())
        .filter_map(|row| row.first())
        .map(|c| c.text.as_str())
        .collect();
    let names_heading_code = |table: &RawTable| {
        table.rows.iter().any(|row| row.first().is_some_and(|c| heading_codes.contains(c.text.as_str())))
    };
    // Where headings list codes, two lines naming others ("- **200 OK** : Requête réussie") are a list too.
    // A list naming them as well ("- **404 (NotFoundError)**: …") sums them up; a code only it names
    // ("- **500 (Generic)**: …") is one of its own.
    let others_only = |mut table: RawTable| {
        let all = table.rows.len();
        let named =
            table.rows.iter().filter(|row| row.first().is_some_and(|c| heading_codes.contains(c.text.as_str())));
        let named = named.count();
        // "- Max retries: 3" after "- E900 - INTERNAL_ERROR": only a code shaped as theirs is one.
        let shapes: HashSet<String> = heading_codes.iter().map(|code| code_shape(code)).collect();
        let other = |c: &Cell| !heading_codes.contains(c.text.as_str()) && shapes.contains(&code_shape(&c.text));
        table.rows.retain(|row| row.first().is_some_and(other));
        // Most of it the headings' codes again, or it is no summary of them.
        let sums_up = named * 3 >= all * 2;
        (sums_up && !table.rows.is_empty()).then_some(Block::Table(table))
    };
    listed(plain(headed), 2)
        .into_iter()
        .filter_map(|block| match block {
            Block::Table(table) if !from_headings.contains(&table) && names_heading_code(&table) => others_only(table),
            block => Some(block),
        })
        .collect()
}

/// "### MEDIA_ERROR" over lines "`"BUFFER_FULL_ERROR"`: …", "`"MEDIA_ERR_DECODE"`: …", and
/// so on, three lines of codes or more for each such heading: the headings name kinds of
/// errors, and the lines under them are the codes.
fn kinds_over_codes(blocks: &[Block]) -> bool {
    let headings: HashSet<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(text) => entry::heading_code(text).map(|e| e.code),
            _ => None,
        })
        .collect();
    let lines = blocks.iter().filter(|b| match b {
        Block::Text(text) => entry(text).is_some_and(|e| !headings.contains(&e.code)),
        _ => false,
    });
    let lines = lines.count();
    !headings.is_empty() && lines >= AT_LEAST && lines >= 3 * headings.len()
}

/// "HTTP 403 (Forbidden) wenn …": a line that opens with a status, named as the protocol's.
fn says_http(text: &str) -> bool {
    let status = text.trim().strip_prefix("HTTP ").and_then(|rest| rest.split_whitespace().next());
    status.is_some_and(|status| crate::import::cells::http_status(status).is_some())
}

/// "400 Bad request": a heading that is a status and its registered name, as a page of statuses
/// heads each, though it never says "error" or "code".
fn names_a_status(heading: &str) -> bool {
    let (code, name) = crate::import::cells::split_code(heading.trim());
    !name.is_empty() && crate::catalogue::is_http_name(&code, &name)
}

/// "#### BAD" over a code block: the title of an example, which ends no list of codes.
fn example_titles_dropped(blocks: Vec<Block>) -> Vec<Block> {
    let titles_example = |at: usize| match &blocks[at] {
        Block::Heading(text) => {
            let next = blocks[at + 1..].iter().find(|block| !matches!(block, Block::Level(_)));
            // "### Codes erreur" over a block of records heads the codes; "#### BAD" only shows one.
            words::is_one_of(text.trim().trim_end_matches(':'), words::EXAMPLE_TITLES)
                && matches!(next, Some(Block::Code(_)))
        }
        _ => false,
    };
    let dropped: Vec<bool> = (0..blocks.len()).map(titles_example).collect();
    let level_of_dropped = |at: usize| dropped.get(at + 1).copied().unwrap_or(false);
    let kept = blocks
        .iter()
        .enumerate()
        .filter(|(at, block)| !(dropped[*at] || matches!(block, Block::Level(_)) && level_of_dropped(*at)));
    kept.map(|(_, block)| block.clone()).collect()
}

fn tables_of(blocks: &[Block]) -> impl Iterator<Item = &RawTable> {
    blocks.iter().filter_map(|block| match block {
        Block::Table(table) => Some(table),
        _ => None,
    })
}

/// Headings numbered as an outline ("1. Unknown / Generic error", "2. Server error").
pub fn numbered_headings(blocks: &[Block]) -> Vec<&str> {
    let numbered = |text: &str| {
        let (number, rest) = text.split_once(". ").unwrap_or(("", ""));
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) && !rest.trim().is_empty()
    };
    let headings = blocks.iter().filter_map(|block| match block {
        Block::Heading(text) if numbered(text) => Some(text.as_str()),
        _ => None,
    });
    headings.collect()
}

/// Words that say what failed ("Missing baseline", "invalid_token"), as names of successes do not.
pub fn names_a_failure(text: &str) -> bool {
    entry::names_an_error(text)
}

/// "BUSY", "SUCCESS": a word in capitals alone, as a code among codes in capitals is written.
pub fn word_in_capitals(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 2 && text.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') && !text.starts_with('_')
}

/// How a code is written, digits and letters aside ("E001" → "a999", "3904" → "9999"): codes
/// of one list are written alike.
fn code_shape(code: &str) -> String {
    let class = |c: char| match c {
        _ if c.is_ascii_digit() => '9',
        _ if c.is_alphabetic() => 'a',
        _ => c,
    };
    code.chars().map(class).collect()
}

/// Whether a line opens an entry, a code and its text ("610: You are not logged in").
pub fn opens_entry(line: &str) -> bool {
    starts_entry(line)
}

/// The code a line pairs with a text ("1000 需要权限" gives "1000"), if it pairs one.
pub fn line_code(line: &str) -> Option<String> {
    entry(line).map(|entry| entry.code).filter(|code| !code.is_empty())
}

/// Whether the words of a list item, over a list nested in it, name a code as a heading
/// would ("4700 Access Denied"), not open a sentence the nested list ends ("You provided:").
pub fn item_names_a_code(title: &str) -> bool {
    // "400 VALIDATION_ERROR: Bean validation failed" over the exceptions it covers: a line of its
    // own code and text, which the nested items say more of; not "401/403: …", statuses sharing one.
    let status = title.split_whitespace().next().and_then(super::cells::http_status);
    let own_line = status.is_some() && entry(title).is_some_and(|e| !super::cells::whole_numbers(&e.code));
    !title.trim_end().ends_with([':', '：'])
        && !own_line
        && entry::heading_code(title).is_some_and(|e| !e.code.is_empty())
}

/// Whether a bold phrase that runs into its paragraph with a full stop ("**Probable cause.** …")
/// labels it, as "Probable cause:" would: only the words of labels, not a sentence set in bold.
pub fn run_in_label(phrase: &str) -> bool {
    phrase.split_whitespace().count() <= 3 && headed::labels_a_part(phrase)
}

/// The code a heading names as a program writes codes ("W-DEAD-001: Unused Binding",
/// "E_TIMEOUT"): a number or a separator in it, no placeholder ("E-QUERY-xxx").
pub fn heading_names_code(text: &str) -> Option<String> {
    let code = entry::heading_code(text)?.code;
    // "A.1", "ASN.1", "get_sec_token_using_post1": sections, standards and operations, no codes.
    let capitals = code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    let shaped = capitals && code.contains(|c: char| c.is_ascii_digit()) && code.contains(['-', '_']);
    let placeholder = code.to_ascii_lowercase().contains("xx");
    (shaped && !placeholder).then_some(code)
}

/// A text without the marks of the code span it opens with ("`foo` is old" → "foo is old"),
/// as a reader sees it.
pub fn unmarked(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(inner) = text.strip_prefix('`') else { return text.into() };
    match inner.split_once('`') {
        Some((code, rest)) => format!("{code}{rest}").into(),
        None => text.into(),
    }
}

/// Names on lines of their own joined to the text they open, quotations read as text: as
/// lines that may list codes ("**1001**" over "Invalid token").
fn plain(blocks: Vec<Block>) -> Vec<Block> {
    let quotes_as_text = blocks.into_iter().map(|block| match block {
        Block::Aside(text) => Block::Text(text),
        other => other,
    });
    leads_joined(members_set_as_code(listings_as_lines(quotes_as_text.collect())), |_, _| false)
}

/// "Timeout：HTTP 408 请求超时" below "enum OracleResponseCode { Success = 0x00, Timeout = 0x16 }": a
/// line naming a member the page's enum declares names that code, as if set as code, though
/// the name is a plain word.
fn members_set_as_code(blocks: Vec<Block>) -> Vec<Block> {
    let members: HashSet<String> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Code(listing) if listing.split_whitespace().any(|word| word == "enum") => Some(listing),
            _ => None,
        })
        .flat_map(|listing| listing.lines().filter_map(enum_member))
        .collect();
    if members.len() < AT_LEAST {
        return blocks;
    }
    let named = |text: &str| {
        let (name, rest) = text.split_once([':', '：'])?;
        (members.contains(name.trim()) && !rest.trim().is_empty())
            .then(|| format!("`{}`{}", name.trim(), &text[name.len()..]))
    };
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Text(text) if entry(&text).is_none() => Block::Text(named(&text).unwrap_or(text)),
            other => other,
        })
        .collect()
}

/// "Timeout = 0x16,", "NOT_FOUND,": the member a line of an enum declares.
fn enum_member(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches([',', ';']);
    let name = line.split_once('=').map_or(line, |(name, _)| name).trim();
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    identifier.then(|| name.to_string())
}

/// A listing under a label or a heading that speaks of codes ("状态码：" over "0：操作成功",
/// "400：参数错误") lists them, a line each; anywhere else a listing is an example.
fn listings_as_lines(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        // Or right under a heading that speaks of codes ("## HTTP error codes" over "200 OK", "404 Not Found").
        let labelled = match out.last() {
            Some(Block::Text(label)) => label.trim_end().ends_with([':', '：']) && words::speaks_of_codes(label),
            Some(Block::Heading(heading)) => words::speaks_of_codes(heading),
            _ => false,
        };
        // Or under such a heading and a sentence about the codes ("Device errors cover …"); not
        // a label ("例如：", "For example:"), which introduces an example.
        let introduced = match &out[..] {
            [.., Block::Heading(heading), Block::Text(intro)] => {
                let sentence = !intro.trim_end().ends_with([':', '：']) && entry(intro).is_none();
                words::speaks_of_codes(heading) && sentence
            }
            _ => false,
        };
        let labelled = labelled || introduced;
        let lines: Vec<String> = match &block {
            Block::Code(listing) => listing.lines().map(str::trim).filter(|l| !l.is_empty()).map(declared).collect(),
            _ => Vec::new(),
        };
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        // Or statuses each with its registered name and a text ("200 OK Successful request."),
        // as no example of code is written.
        let statuses = lines.len() >= 3 && lines.iter().all(|line| entry::status_led(line));
        let lines = if labelled || statuses { lines } else { Vec::new() };
        if lines.len() >= 2 && lines.iter().all(|line| entry(line).is_some()) {
            out.extend(lines.into_iter().map(|line| Block::Text(line.to_string())));
        } else {
            out.push(block);
        }
    }
    out
}

/// Each name on a line of its own joined to the text after it, as one text, but those `keep`
/// keeps (given the block before it and the name).
fn leads_joined(blocks: Vec<Block>, keep: impl Fn(Option<&Block>, &str) -> bool) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut name: Option<String> = None;
    for block in blocks {
        if let Some(lead) = name.take() {
            match block {
                Block::Text(text) if !starts_entry(&text) => {
                    out.push(Block::Text(format!("{lead} {text}")));
                    continue;
                }
                // "**server error**" over "2100, internal server error": a heading of the lines of codes.
                Block::Text(_) => out.push(Block::Heading(lead)),
                _ => out.push(Block::Text(lead)),
            }
        }
        match block {
            Block::Lead(lead) if !keep(out.last(), &lead) => name = Some(lead),
            other => out.push(other),
        }
    }
    out.extend(name.map(Block::Text));
    out
}

#[cfg(test)]
mod tests;

/// "ERR_AUTH = -1  # No credentials", "#define ERR_DISK -200 /* No space */": a constant a listing
/// declares, with its comment, as "ERR_AUTH (-1) // No credentials" reads; other lines as they are.
fn declared(line: &str) -> String {
    let (code, comment) = match line.find(" //").or_else(|| line.find(" #")).or_else(|| line.find(" /*")) {
        Some(at) => (&line[..at], line[at..].trim_start()),
        None => return line.to_string(),
    };
    let comment = comment.trim_start_matches(['/', '#', '*']).trim_end_matches("*/").trim();
    let code = code.trim().trim_end_matches([',', ';']).trim();
    let code = code.strip_prefix("#define").map_or(code, str::trim);
    let (name, value) = match code.split_once('=') {
        Some((name, value)) => (name.trim(), value.trim()),
        None => match code.split_once(char::is_whitespace) {
            Some((name, value)) => (name.trim(), value.trim().trim_start_matches('(').trim_end_matches(')').trim()),
            None => return line.to_string(),
        },
    };
    let number = crate::import::cells::whole_number(value) || crate::import::cells::hex_code(value);
    match entry::identifier(name) && number && !comment.is_empty() {
        true => format!("{name} ({value}) // {comment}"),
        false => line.to_string(),
    }
}
