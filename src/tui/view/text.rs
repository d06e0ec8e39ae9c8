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
mod tests;
