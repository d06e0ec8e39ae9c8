//! A run of text read line by line where its lines each give a code, else as one text.

use super::entry::{self, ends_with_text, entry, starts_entry};
use super::{label_led, AT_LEAST};
use crate::import::{collapse, words};

/// The lines of a run of text (`raw`, line breaks kept) as a reader reads
/// them: a line for each code when two or more lines start with one (a line
/// that starts none continues the one above), else one text.
pub fn lines_or_whole(raw: &str) -> Vec<String> {
    let lines: Vec<&str> = raw.lines().map(str::trim).map(unbulleted).filter(|l| !l.is_empty()).collect();
    // "Descripción: …" over "HTTP: 500": a list of fields, a line each.
    let field = |line: &&str| line_label(line).is_some_and(|(_, rest)| !rest.is_empty());
    // "Common Causes:" last, alone: the label of the list after it.
    let fields = match lines.split_last() {
        Some((last, before)) => before.iter().all(field) && line_label(last).is_some(),
        None => false,
    };
    // "Docker is not running." over "**Cause:** …" and "**What to do:** …": a text, then its parts, labelled.
    let ended = |line: &str| line.ends_with(['.', '。', '!', '！']);
    let parts_after = lines.len() >= 2
        && (lines.len() >= 3 || ended(lines[0]))
        && line_label(lines[0]).is_none()
        && lines[1..].iter().all(field);
    if lines.len() >= 2 && fields || parts_after {
        return lines.iter().map(|line| collapse(line)).collect();
    }
    // "2001, missing argument" over "2002, id가 이미 존재함": lines of a code, a comma and its
    // text, three or more, are lines of codes as "2001: …" would be.
    let comma_coded = |line: &str| {
        line.split_once(", ").is_some_and(|(code, text)| {
            let code_shaped = !code.is_empty() && code.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c));
            code_shaped && code.contains(|c: char| c.is_ascii_digit()) && text.starts_with(char::is_alphabetic)
        })
    };
    let lines: Vec<String> = match lines.iter().filter(|line| comma_coded(line)).count() >= 3 {
        true => lines
            .iter()
            .map(|line| if comma_coded(line) { line.replacen(", ", ": ", 1) } else { line.to_string() })
            .collect(),
        false => lines.iter().map(|line| line.to_string()).collect(),
    };
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    // "Error 70: …" over "Error 72: …": lines of one paragraph, each its own (the page says whether
    // they are a list).
    let labelled = label_led::share_a_label(&lines);
    // "通用错误码" over "1000 需要权限": a line that speaks of codes over a line that gives one.
    let label_over = lines.len() >= 2
        && lines[0].split_whitespace().count() <= 6
        && words::speaks_of_codes(lines[0])
        && lines[1..].iter().any(|line| starts_entry(line) || entry(line).is_some());
    // "Quotes[code]" over "3000 - Success": a group's label over its one code.
    let short_label =
        |line: &str| line.split_whitespace().count() <= 2 && !line.ends_with(['.', '。', '!', '?', ':', '：']);
    let label_over = label_over || lines.len() == 2 && short_label(lines[0]) && starts_entry(lines[1]);
    // "0 Invalid limit specified" over "1 Invalid year specified": every line a number and its
    // text, three or more, a line each (whether they are codes, the heading over them says).
    let numbered = lines.len() >= AT_LEAST && lines.iter().all(|line| entry::plain_numbered(line).is_some());
    if labelled || label_over || numbered || lines.iter().filter(|line| starts_entry(line)).count() >= 2 {
        // Among lines of statuses and their names, one whose name is misspelt ("500 interval
        // server error") opens a status's line all the same.
        let statuses_led = lines.iter().filter(|line| entry::status_led(line)).count() >= 2;
        let opens_with_status = |line: &str| {
            let (code, rest) = line.trim().split_once(' ').unwrap_or_default();
            crate::import::cells::status_word(code) && rest.starts_with(char::is_alphabetic)
        };
        let mut out: Vec<String> = Vec::new();
        for line in lines {
            let starts = starts_entry(line)
                || numbered
                || labelled && label_led::is_label_led(line)
                || statuses_led && opens_with_status(line);
            // A wrapped line continues a text the line above ends with, not a code it ends with.
            match out.last_mut().filter(|above| !starts && ends_with_text(above)) {
                Some(last) => {
                    last.push(' ');
                    last.push_str(&super::unmarked(line));
                }
                None => out.push(line.to_string()),
            }
        }
        return out.into_iter().map(|line| collapse(&tabs_as_dashes(&line))).collect();
    }
    // "(`use`, `on`,\n`skill`, …)": a span opening a wrapped line keeps its marks only for an
    // entry to be told by; within one text they are no marks a reader sees.
    let wrapped: Vec<std::borrow::Cow<str>> = raw
        .lines()
        .enumerate()
        .map(|(i, line)| if i == 0 { line.into() } else { super::unmarked(line.trim_start()) })
        .collect();
    let whole = collapse(&wrapped.join("\n"));
    if whole.is_empty() {
        Vec::new()
    } else {
        vec![whole]
    }
}

/// "· 400: 请求参数错误": a line opened by a bullet typed as a character, not as Markdown's list.
fn unbulleted(line: &str) -> &str {
    match line.strip_prefix(['·', '•', '・', '▪', '◦', '‣', '●']) {
        Some(rest) if rest.starts_with(char::is_whitespace) => rest.trim_start(),
        _ => line,
    }
}

/// "`200` - OK<TAB>Everything worked.": a tab in a line of a code sets its parts apart as a
/// column would; a dash says so once whitespace is one space.
fn tabs_as_dashes(line: &str) -> String {
    let parts: Vec<&str> = line.split('\t').map(str::trim).filter(|part| !part.is_empty()).collect();
    // "Error 1:\tfirst": after a mark, a tab only sets the text apart.
    // "1001<TAB>-<TAB>Token expired": a part that is a mark alone is the mark between the others.
    let mark = |part: &str| matches!(part, "-" | "–" | "—" | ":" | "=");
    parts.iter().enumerate().fold(String::new(), |mut out, (at, part)| {
        if at > 0 && !mark(part) {
            out.push_str(if out.ends_with([':', '：', '=', '-', '–', '—']) { " " } else { " — " });
        } else if at > 0 {
            out.push(' ');
        }
        out.push_str(part);
        out
    })
}

/// "Symbol：Unknown Reason" → ("Symbol", "Unknown Reason"): a line's label of a few words, and
/// what follows it (perhaps nothing: "Common Causes:").
pub(super) fn line_label(line: &str) -> Option<(&str, &str)> {
    let (label, rest) = line.trim().split_once([':', '：'])?;
    // "Code\": 101": a quote the writer left after the label.
    let label = label.strip_suffix('"').filter(|l| !l.contains('"')).unwrap_or(label);
    let words = label.split_whitespace().count();
    let plain = label.chars().all(|c| c.is_alphabetic() || c == ' ');
    ((1..=3).contains(&words) && plain).then(|| (label.trim(), rest.trim()))
}
