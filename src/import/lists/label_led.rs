//! "Error 157: DNSBL (DNSBL.php)" line after line: each line names its code after a word
//! that says what the code is. The word dropped, each line is an entry like any other.

use super::entry::{ends_with_text, entry, starts_entry};
use super::AT_LEAST;
use crate::import::words;
use crate::import::Block;
use std::collections::HashMap;

/// The blocks, with the leading label of each such line dropped ("Error 157: …" → "157: …"),
/// where enough lines share one label: fewer are prose that names an error ("Error 42: see below").
pub(super) fn labels_dropped(mut blocks: Vec<Block>) -> Vec<Block> {
    let lines: Vec<&mut String> = blocks
        .iter_mut()
        .filter_map(|block| match block {
            Block::Text(line) => Some(line),
            _ => None,
        })
        .collect();
    let led: Vec<Option<(String, usize)>> =
        lines.iter().map(|line| label_led(line).map(|(label, at)| (label.to_string(), at))).collect();
    let shared = label_counts(led.iter().flatten().map(|(label, _)| label.as_str()));
    for (line, led) in lines.into_iter().zip(&led) {
        if let Some((label, at)) = led.as_ref().filter(|(label, _)| shared[label.as_str()] >= AT_LEAST) {
            debug_assert!(line.trim_start().starts_with(label.as_str()));
            *line = line.trim_start()[*at..].to_string();
        }
    }
    blocks
}

/// Whether two lines or more of a paragraph ("Error 70: …" over "Error 72: …") share a label.
pub(super) fn share_a_label(lines: &[&str]) -> bool {
    let labels = lines.iter().filter_map(|line| label_led(line)).map(|(label, _)| label);
    label_counts(labels).values().any(|&n| n >= 2)
}

/// How many lines give each label.
fn label_counts<'a>(labels: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    labels.for_each(|label| *counts.entry(label).or_default() += 1);
    counts
}

/// Whether the line opens with a label of a code ("Error 70: …").
pub(super) fn is_label_led(line: &str) -> bool {
    label_led(line).is_some()
}

/// "Error 157: DNSBL", "Error code 4 - Timeout": a label that is the word for an error (or
/// "error code"), then a code, a mark and its text. The label, and where the entry after it
/// starts. Not "Fixed error 1045: …", "Failure 1: …" or "Code example 1: …", which count or tell.
fn label_led(line: &str) -> Option<(&str, usize)> {
    const LABELS: [&str; 3] = ["error code", "error number", "errno"];
    let line = line.trim_start();
    let mut end = 0;
    for _ in 0..2 {
        let word_end = line[end..].find(char::is_whitespace).map_or(line.len(), |at| end + at);
        let word = &line[end..word_end];
        if word.is_empty() || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let rest_at = word_end + line[word_end..].len() - line[word_end..].trim_start().len();
        let label = &line[..word_end];
        let rest = &line[rest_at..];
        let spaced = label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let says = words::is_one_of(&spaced, words::ERROR_ALONE) || LABELS.contains(&spaced.as_str());
        if says && starts_entry(rest) && ends_with_text(rest) && entry(rest).is_some() {
            return Some((label, rest_at));
        }
        end = rest_at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        let blocks = text.lines().map(|l| Block::Text(l.to_string())).collect();
        labels_dropped(blocks)
            .into_iter()
            .map(|b| match b {
                Block::Text(t) => t,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_label_shared_by_three_lines_is_dropped() {
        let got =
            lines("Error 0: Unknown error.\nError 1: Database connection error. (database.php)\nError 12: Too big.");
        assert_eq!(got, ["0: Unknown error.", "1: Database connection error. (database.php)", "12: Too big."]);
    }

    #[test]
    fn two_words_of_label_and_a_dash() {
        let got = lines("Error code 4 - Timeout\nError code 5 - Refused\nError code 6 - Reset");
        assert_eq!(got, ["4 - Timeout", "5 - Refused", "6 - Reset"]);
    }

    #[test]
    fn prose_and_other_words_are_left_as_they_are() {
        // Two lines only; a word that says neither errors nor codes; no mark after the number.
        let text =
            "Error 42: see below\nError 43: and here\nStep 1: open the file\nStep 2: read it\nStep 3: close it\n\
                    Error 500 happens when the server fails\nError 502 happens too\nError 503 as well";
        assert_eq!(lines(text), text.lines().collect::<Vec<_>>());
    }

    #[test]
    fn labels_that_count_or_tell_are_left_as_they_are() {
        let text = "Fixed error 1045: access denied\nFixed error 2002: socket gone\nFixed error 1366: bad value\n\
                    Failure 1: the disk filled up\nFailure 2: the replica lagged\nFailure 3: the pager stayed quiet\n\
                    Code example 1: Creating a client\nCode example 2: Retrying\nCode example 3: Closing";
        assert_eq!(lines(text), text.lines().collect::<Vec<_>>());
    }
}
