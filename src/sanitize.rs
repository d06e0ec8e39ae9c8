//! Table text is untrusted: it may hold escape sequences, bidi overrides or
//! other controls that would act on a terminal. Everything is cleaned once,
//! when a table is loaded, so every output path shows the same safe text.

use std::borrow::Cow;

/// Returns `text` with nothing left that a terminal would act on:
/// line breaks and tabs become spaces, other control characters become their
/// visible Unicode "control picture", and invisible direction overrides are
/// dropped.
pub fn clean(text: &str) -> Cow<'_, str> {
    let printable_ascii = text.bytes().all(|b| (0x20..0x7f).contains(&b));
    if printable_ascii || !text.chars().any(needs_cleaning) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // CRLF is one line break, so one space.
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' => out.push('\u{fffd}'),
            c if is_invisible_format(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `c` can be shown as it is: not a control character and not an
/// invisible direction or format mark.
pub fn is_safe(c: char) -> bool {
    !needs_cleaning(c)
}

fn needs_cleaning(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_invisible_format(c)
}

/// Bidi embeddings, overrides and isolates, direction marks and the byte
/// order mark: they reorder or hide text without showing anything.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(clean("404 Not Found é 漢字 🙂"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(clean("\x1b[31mred\x1b]0;title\x07"), "␛[31mred␛]0;title␇");
    }

    #[test]
    fn line_breaks_and_tabs_become_spaces() {
        assert_eq!(clean("a\tb\r\nc\u{2028}d"), "a b c d");
        assert_eq!(clean("a\r\rb\n\nc"), "a  b  c", "two breaks are two spaces");
    }

    #[test]
    fn bidi_overrides_and_bom_are_dropped() {
        assert_eq!(clean("\u{feff}abc\u{202e}def\u{2066}g\u{200f}"), "abcdefg");
    }

    #[test]
    fn c1_controls_and_del_are_replaced() {
        assert_eq!(clean("a\u{9b}31mb\u{7f}"), "a\u{fffd}31mb\u{2421}");
    }

    #[test]
    fn nul_is_made_visible() {
        assert_eq!(clean("a\0b"), "a␀b");
    }
}
