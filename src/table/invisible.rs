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
mod tests;
