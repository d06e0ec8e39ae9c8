//! Inline marks in Markdown: anchors after headings, line breaks in raw tags, bold labels run
//! in with a full stop, codes set in bold alone.

use crate::import::html;

/// "UNKNOWN_ERROR", "E1001": one word set as programs name their errors.
pub(super) fn bold_code_alone(text: &str) -> bool {
    let token = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_';
    let joined = text.contains('_') || text.contains(|c: char| c.is_ascii_digit());
    text.len() >= 3 && joined && text.chars().all(token) && text.starts_with(|c: char| c.is_ascii_uppercase())
}

/// "Channel error :id=type7" → "Channel error": the anchor docsify sets after a heading's words,
/// or an attribute list sets in braces.
pub(super) fn without_anchor_id(heading: &str) -> &str {
    let heading = match heading.trim_end().rsplit_once(" :id=") {
        Some((words, id)) if !id.is_empty() && !id.contains(char::is_whitespace) => words,
        _ => heading,
    };
    crate::import::lists::without_anchor(heading)
}

/// Text set in HTML: its markup characters as entities.
pub(super) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Whether text added to `run` starts a line of it.
pub(super) fn opens_line(run: &str) -> bool {
    run.rsplit('\n').next().is_none_or(|line| line.trim().is_empty())
}

/// Whether an inline tag ("<br/>", "<li>", "</p>") separates words: as the
/// HTML reader decides for the tag's name.
pub(super) fn breaks_line(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    html::breaks_line(&name)
}

/// "Probable cause. An outward write…" with "Probable cause." in bold → "Probable cause: An outward write…".
pub(super) fn run_in(lead: &str, text: &str) -> Option<String> {
    let phrase = lead.trim().strip_suffix('.')?;
    let rest = text.trim_start().strip_prefix(lead.trim())?;
    let rest = rest.strip_prefix(char::is_whitespace)?;
    crate::import::lists::run_in_label(phrase).then(|| format!("{phrase}: {}", rest.trim_start()))
}

/// A few words on a line of their own, no sentence: a title ("Identity/profile app codes").
pub(super) fn short_title(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    (1..=6).contains(&words) && !text.ends_with(['.', ':', '：', '。', ',', ';']) && !text.contains('\n')
}

/// "<Info>" (true), "</Note>" (false): a line that opens or closes an MDX callout, whose text
/// is set beside the page's (Mintlify, Docusaurus).
pub(super) fn callout_tag(html: &str) -> Option<bool> {
    let tag = html.trim().strip_prefix('<')?.strip_suffix('>')?;
    let (closes, name) = match tag.strip_prefix('/') {
        Some(name) => (true, name),
        None => (false, tag),
    };
    let name = name.split_whitespace().next()?;
    CALLOUTS.contains(&name).then_some(!closes)
}

const CALLOUTS: &[&str] = &["Info", "Note", "Tip", "Warning", "Check", "Callout", "Danger", "Caution", "Aside"];
