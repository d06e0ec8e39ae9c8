//! Rows pasted from a spreadsheet: "状态码<TAB>注释<TAB>类型" over "1000<TAB>成功<TAB>String",
//! a line each (blank lines between them or not), the same number of cells on every line.
//! Read as the table they are, written with pipes.

use std::borrow::Cow;

/// Fewer lines (header included) are prose with a tab in it.
const AT_LEAST: usize = 3;

/// The document with each run of tab-separated rows under a header written as a pipe table.
pub(super) fn tab_rows_as_pipes(text: &str) -> Cow<'_, str> {
    if !text.contains('\t') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    let cells = |line: &str| -> Vec<String> { line.split('\t').map(|c| c.trim().replace('|', "\\|")).collect() };
    // A row: two cells or more, each filled, outside code.
    let row = |line: &str| {
        let cells = cells(line);
        line.contains('\t') && !line.contains('|') && cells.len() >= 2 && cells.iter().all(|c| !c.is_empty())
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut fenced = false;
    let mut at = 0;
    let mut changed = false;
    while at < lines.len() {
        let line = lines[at];
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            fenced = !fenced;
        }
        // The run: rows of one width, blank lines between them allowed.
        let width = cells(line).len();
        let mut run = vec![at];
        let mut next = at + 1;
        while !fenced && row(line) {
            let after = (next..lines.len()).find(|&i| !lines[i].trim().is_empty());
            match after {
                Some(i) if row(lines[i]) && cells(lines[i]).len() == width => {
                    run.push(i);
                    next = i + 1;
                }
                _ => break,
            }
        }
        // The header names columns: no cell of it a number.
        let header = cells(line);
        let named = header.iter().all(|c| !c.chars().any(|ch| ch.is_ascii_digit()));
        if run.len() >= AT_LEAST && named {
            out.push(format!("| {} |", header.join(" | ")));
            out.push(format!("|{}", "---|".repeat(width)));
            out.extend(run[1..].iter().map(|&i| format!("| {} |", cells(lines[i]).join(" | "))));
            out.push(String::new());
            at = next;
            changed = true;
        } else {
            out.push(line.to_string());
            at += 1;
        }
    }
    match changed {
        true => Cow::Owned(out.join("\n") + "\n"),
        false => Cow::Borrowed(text),
    }
}
