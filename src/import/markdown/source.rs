//! What the Markdown parser is given: the page's source with what
//! CommonMark would misread made plain (front matter, attribute lists, JSX,
//! YFM tables, rows that run over lines, tables missing a delimiter row).

use crate::import::collapse;
use std::borrow::Cow;

/// The document with each table row on one line: exports (DITA, Word) write
/// a cell that runs on over blank lines, the row closing on a line of its own
/// (" |"), as the vendor's site renders it; CommonMark would end the table.
pub(super) fn rows_joined(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    // A line of only "|" closes the row above; it starts none.
    let is_row = |line: &str| line.trim_start().starts_with('|') && line.trim() != "|";
    let closes = |line: &str| line.trim_end().ends_with('|');
    let delimiter = |line: &str| line.trim_start().starts_with('|') && is_delimiter_row(line);
    if !lines.iter().any(|line| is_row(line) && !closes(line)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let (mut in_table, mut at) = (false, 0);
    while at < lines.len() {
        let line = lines[at];
        in_table = delimiter(line) || in_table && is_row(line);
        // An open row: its cell goes on until a line that closes it, before the next row.
        let end = (in_table && is_row(line) && !closes(line))
            .then(|| (at + 1..lines.len().min(at + 60)).take_while(|&i| !is_row(lines[i])).find(|&i| closes(lines[i])))
            .flatten();
        match end {
            Some(end) => {
                let joined: Vec<&str> = lines[at..=end].iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
                out.push_str(&joined.join(" "));
                at = end + 1;
            }
            None => {
                out.push_str(line);
                at += 1;
            }
        }
        out.push('\n');
    }
    Cow::Owned(out)
}

/// The document without a line of only "|" between two rows that each close: a row of one
/// empty cell, as GitHub renders it, which CommonMark would end the table at.
pub(super) fn stray_pipes_dropped(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let row = |line: &str| pipes(line) >= 2;
    let stray = |at: usize| {
        // Not a row heading a table of its own, its delimiter row under it.
        let header_next = lines.get(at + 2).is_some_and(|line| is_delimiter_row(line));
        let between = at > 0 && row(lines[at - 1]) && lines.get(at + 1).is_some_and(|next| row(next)) && !header_next;
        lines[at].trim() == "|" && between
    };
    if !(0..lines.len()).any(stray) {
        return Cow::Borrowed(text);
    }
    Cow::Owned((0..lines.len()).filter(|&at| !stray(at)).map(|at| lines[at]).collect())
}

/// A pipe table's delimiter row ("|---|:--:|", "---|---"): dashes, colons,
/// pipes and spaces only.
fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim();
    line.contains('-') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// How many unescaped pipes a row written between pipes holds ("| a | b |": 3); 0 for other lines.
fn pipes(line: &str) -> usize {
    let line = line.trim();
    let row = line.len() > 1 && line.starts_with('|') && line.ends_with('|');
    if row {
        line.matches('|').count() - line.matches("\\|").count()
    } else {
        0
    }
}

/// A line that opens or closes a fenced code block.
fn is_fence(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("```") || line.starts_with("~~~")
}

/// The document with each delimiter row as wide as the rows around it: "| Code | Name | Meaning |"
/// over "|---|---|" and rows of three cells is a table of three columns as kramdown renders it,
/// no table at all to CommonMark.
pub(super) fn delimiters_widened(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let cells = |line: &str| pipes(line).saturating_sub(1);
    let short = |at: usize| {
        let (header, delimiter) = (cells(lines[at - 1]), cells(lines[at]));
        let below = lines.get(at + 1).map_or(0, |line| cells(line));
        is_delimiter_row(lines[at]) && delimiter > 0 && header > delimiter && below == header
    };
    let widened: std::collections::HashSet<usize> = (1..lines.len()).filter(|&at| short(at)).collect();
    if widened.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + widened.len() * 16);
    for (at, line) in lines.iter().enumerate() {
        match widened.contains(&at) {
            true => out.push_str(&format!("|{}", "---|".repeat(cells(lines[at - 1])))),
            false => out.push_str(line),
        }
        out.push('\n');
    }
    Cow::Owned(out)
}

/// The document with a delimiter row under the first row of each run of
/// pipe rows that has none: kramdown renders such a run as a table, and a
/// reader takes its first row for the header.
pub(super) fn delimiters_supplied(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let mut inserts = Vec::new();
    let (mut at, mut fenced) = (0, false);
    while at < lines.len() {
        let line = lines[at].trim();
        fenced ^= is_fence(line);
        let width = pipes(line);
        // Rows after a delimiter row written without outer pipes ("---|---") belong to its table.
        let after_table = at > 0 && (pipes(lines[at - 1]) > 0 || is_delimiter_row(lines[at - 1]));
        let starts_run = !fenced && width >= 3 && !after_table;
        let run = if starts_run { lines[at..].iter().take_while(|l| pipes(l) == width).count() } else { 1 };
        if run >= 3 && !lines[at..at + run].iter().any(|l| is_delimiter_row(l)) {
            inserts.push((at, width - 1));
        }
        at += run;
    }
    if inserts.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + inserts.len() * 16);
    let mut next = inserts.iter().peekable();
    for (index, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        if let Some((_, cells)) = next.next_if(|(at, _)| *at == index) {
            out.push_str(&format!("|{}\n", "---|".repeat(*cells)));
        }
    }
    Cow::Owned(out)
}

/// The document with a blank line before each table that a paragraph line
/// runs into ("…解决方法。\n错误码 | 描述\n---|---"): GitHub starts the table
/// there; CommonMark would keep its header in the paragraph.
pub(super) fn tables_apart(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let delimiter = |line: &str| line.contains('|') && is_delimiter_row(line);
    let prose = |line: &str| {
        !line.trim().is_empty() && !line.contains('|') && !line.trim_start().starts_with(['#', '>', '`', '<'])
    };
    let mut fenced = false;
    let starts: Vec<bool> = (0..lines.len())
        .map(|at| {
            fenced ^= is_fence(lines[at]);
            let header = at > 0 && at + 1 < lines.len() && lines[at].contains('|') && delimiter(lines[at + 1]);
            !fenced && header && prose(lines[at - 1])
        })
        .collect();
    if !starts.contains(&true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + starts.len());
    for (index, line) in lines.iter().enumerate() {
        if starts[index] {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
    }
    Cow::Owned(out)
}

/// Diplodoc's (YFM) multiline tables as pipe tables: between `#|` and `|#`,
/// each row is `|| cell | cell ||`, its cells free to run over lines.
pub(super) fn yfm_tables_as_pipes(text: &str) -> Cow<'_, str> {
    if !text.contains("\n#|") && !text.starts_with("#|") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("#|").filter(|&at| at == 0 || rest[..at].ends_with('\n')) {
        let Some(length) = rest[start..].find("\n|#") else { break };
        out.push_str(&rest[..start]);
        let body = &rest[start + 2..start + length];
        let rows: Vec<String> = body
            .split("||")
            .map(|row| row.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|row| !row.is_empty())
            .collect();
        for (index, row) in rows.iter().enumerate() {
            out.push_str(&format!("| {row} |\n"));
            if index == 0 {
                let cells = row.split('|').count();
                out.push_str(&format!("|{}\n", "---|".repeat(cells)));
            }
        }
        rest = &rest[start + length + 3..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The document with MDX's JSX attribute values (`<span style={{fontSize: "13px"}}>`)
/// emptied: with them the tag is no HTML tag, and would show as text.
pub(super) fn without_jsx_attributes(text: &str) -> Cow<'_, str> {
    if !text.contains("={{") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("={{") {
        let Some(end) = rest[at..].find("}}").filter(|&end| !rest[at..at + end].contains('\n')) else { break };
        // Only inside a tag ("<span style={{…}}>"), not in text ("`Authorization={{token}}`").
        let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
        let before = &rest[line_start..at];
        let in_tag = before.rfind('<').is_some_and(|open| {
            let tag = &before[open + 1..];
            tag.starts_with(|c: char| c.is_ascii_alphabetic()) && !tag.contains(['>', '`'])
        });
        let replacement = if in_tag { "=\"\"" } else { &rest[at..at + end + 2] };
        out.push_str(&rest[..at]);
        out.push_str(replacement);
        rest = &rest[at + end + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The document without kramdown's attribute lists (`{:.table}` on the line
/// before a table, `{:target="_blank"}` after a link): markup the published
/// page never shows, which would otherwise join the table to a paragraph.
pub(super) fn without_attribute_lists(text: &str) -> Cow<'_, str> {
    if !text.contains("{:") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let bare = line.trim();
        if bare.starts_with("{:") && bare.ends_with('}') && !bare[1..].contains('{') {
            // A line of its own: the attributes of the block after it.
            out.push_str(&line[line.trim_end().len()..]);
            continue;
        }
        let mut rest = line;
        // After a link: "[board](url){:target="_blank"}".
        while let Some(at) = rest.find("){:") {
            let Some(end) = rest[at..].find('}') else { break };
            out.push_str(&rest[..at + 1]);
            rest = &rest[at + end + 1..];
        }
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// The document without Hugo's shortcodes on lines of their own (`{{< copyable "sql" >}}`,
/// `{{< alert >}}` … `{{< /alert >}}`): a site's widgets, which show no words of their own.
pub(super) fn without_shortcodes(text: &str) -> Cow<'_, str> {
    if !text.contains("{{<") && !text.contains("{{%") {
        return Cow::Borrowed(text);
    }
    let shortcode = |bare: &str| {
        (bare.starts_with("{{<") && bare.ends_with(">}}")) || (bare.starts_with("{{%") && bare.ends_with("%}}"))
    };
    let lines = text.split_inclusive('\n');
    Cow::Owned(lines.map(|line| if shortcode(line.trim()) { "\n" } else { line }).collect())
}

/// "[support]({{ HELP_URL }})": a link whose address the site's templates fill in shows its
/// words; left as written, the spaces in the address keep it from being read as a link at all.
pub(super) fn templated_links_emptied(text: &str) -> Cow<'_, str> {
    if !text.contains("]({{") {
        return Cow::Borrowed(text);
    }
    // A template's address is short: looked for only so far, a long line stays linear to read.
    const ADDRESS_AT_MOST: usize = 256;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (mut rest, mut ticks) = (line, 0);
        while let Some(at) = rest.find("]({{") {
            out.push_str(&rest[..at + 2]);
            ticks += rest[..at].matches('`').count();
            let address = &rest[at + 2..];
            let window = &address[..address.floor_char_boundary(ADDRESS_AT_MOST)];
            // Only an address with spaces ("{{ HELP_URL }}") keeps the parser from reading the link;
            // set as code ("`[x]({{ url }})`"), it is shown as written.
            let end = window.find("}}").filter(|&end| window[..end].contains(char::is_whitespace) && ticks % 2 == 0);
            let whole = end.and_then(|end| {
                let close = end + window[end..].find(')')?;
                (!window[end..close].contains(char::is_whitespace)).then_some(close)
            });
            rest = match whole {
                Some(close) => &address[close..],
                None => address,
            };
        }
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// The `title:` of a document's YAML front matter, if it has one.
pub(super) fn front_matter_title(text: &str) -> Option<String> {
    let matter = text.len() - without_front_matter(text).len();
    let title = text[..matter].lines().find_map(|line| line.strip_prefix("title:"))?;
    let title = collapse(title.trim().trim_matches(['"', '\'']));
    (!title.is_empty()).then_some(title)
}

/// The document after its front matter: the page's metadata between `---`
/// lines at its very start, not a heading over its first table. (The
/// parser's own option also takes `---` pairs further down for metadata.)
pub(super) fn without_front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) else { return text };
    let mut offset = text.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return &text[offset..];
        }
    }
    text
}
