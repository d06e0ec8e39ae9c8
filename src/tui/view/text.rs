//! Fitting table text into cells: truncation by display width with an
//! ellipsis, keeping match highlights on the characters that remain.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// `text` cut to `max_width` columns (ending in "…" when cut), with the
/// characters at `matched` (char indices) drawn in `matched_style`.
pub fn highlighted(
    text: &str,
    matched: &[usize],
    max_width: usize,
    base: Style,
    matched_style: Style,
) -> Line<'static> {
    // Measured only as far as the cell reaches: a field of 50 MB costs a row no more than one of 50 bytes.
    let mut widths = text.chars().scan(0, |width, c| {
        *width += c.width().unwrap_or(0);
        Some(*width)
    });
    let too_wide = widths.any(|width| width > max_width);
    let budget = if too_wide { max_width.saturating_sub(1) } else { max_width };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut used = 0;
    let mut next_match = matched.iter().peekable();
    for (index, c) in text.chars().enumerate() {
        let width = c.width().unwrap_or(0);
        if used + width > budget {
            break;
        }
        used += width;
        while next_match.next_if(|&&m| m < index).is_some() {}
        let is_matched = next_match.next_if(|&&m| m == index).is_some();
        if is_matched != run_matched && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), if run_matched { matched_style } else { base }));
        }
        run_matched = is_matched;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched_style } else { base }));
    }
    if too_wide && max_width > 0 {
        spans.push(Span::styled("…", base));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn plain(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn short_text_is_whole() {
        assert_eq!(plain(&highlighted("Not Found", &[], 20, Style::new(), Style::new())), "Not Found");
    }

    #[test]
    fn long_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(plain(&highlighted("Not Found", &[], 5, Style::new(), Style::new())), "Not …");
        assert_eq!(plain(&highlighted("漢字漢字", &[], 5, Style::new(), Style::new())), "漢字…");
        assert_eq!(plain(&highlighted("abc", &[], 0, Style::new(), Style::new())), "");
    }

    #[test]
    fn matched_characters_get_their_own_spans() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let line = highlighted("Gateway", &[0, 1, 4], 20, Style::new(), bold);
        let parts: Vec<(&str, bool)> = line.spans.iter().map(|s| (s.content.as_ref(), s.style == bold)).collect();
        assert_eq!(parts, [("Ga", true), ("te", false), ("w", true), ("ay", false)]);
    }

    #[test]
    fn matches_past_the_cut_are_dropped() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let line = highlighted("abcdefgh", &[7], 4, Style::new(), bold);
        assert!(line.spans.iter().all(|s| s.style != bold));
    }
}
