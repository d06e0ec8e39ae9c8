//! Characters that draw nothing. A field made only of them is empty, and
//! codes are compared and stored without them, so "4\u{200B}04" is 404.
//!
//! The set is Unicode's own: White_Space (spaces of every width, line
//! breaks) and Default_Ignorable_Code_Point (zero-width space, joiners and
//! non-joiners, word joiner, byte order mark, direction marks and controls,
//! soft hyphen, combining grapheme joiner, Hangul fillers, variation
//! selectors, tag characters). All of them are outside ASCII but the ASCII
//! spaces, so ASCII text is decided by its bytes alone.

use crate::sanitize::is_default_ignorable;
use std::borrow::Cow;

fn is_invisible(c: char) -> bool {
    c.is_whitespace() || is_default_ignorable(c)
}

/// Whether `text` shows nothing: empty, or only invisible characters.
pub fn is_blank(text: &str) -> bool {
    // Almost every field starts with a visible ASCII character: decided at the first byte.
    !text.bytes().any(|b| b.is_ascii_graphic()) && text.chars().all(is_invisible)
}

/// `text` without default-ignorable characters (borrowed when it has none):
/// a code as the table stores and compares it.
pub fn strip_ignorable(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(is_default_ignorable) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !is_default_ignorable(c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_only_invisible_characters() {
        for text in [
            "",
            " \t",
            "\u{200B}",
            "\u{200C}\u{200D}\u{2060}",
            "\u{FEFF}\u{00AD}\u{200E}\u{200F}",
            "\u{3164}\u{00A0}\u{3000}",
        ] {
            assert!(is_blank(text), "{text:?}");
        }
        for text in ["a", " .", "\u{200B}x", "漢", "␀", "\u{301}"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn strip_keeps_visible_text_and_borrows_when_it_can() {
        assert_eq!(strip_ignorable("4\u{200B}0\u{2060}4\u{FEFF}"), "404");
        assert!(matches!(strip_ignorable("APIG.0101"), Cow::Borrowed(_)));
        assert!(matches!(strip_ignorable("漢字1"), Cow::Borrowed(_)));
        assert_eq!(strip_ignorable("a b"), "a b");
    }
}
