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
fn characters_terminals_measure_differently_are_dropped_or_shown_alike() {
    // Zero-width and format characters, Hangul fillers, variation selectors: nothing.
    assert_eq!(clean("a\u{200B}b\u{00AD}c\u{115F}\u{1160}\u{3164}\u{FFA0}d\u{2764}\u{FE0F}e"), "abcd\u{2764}e");
    // Prepended concatenation marks: one visible cell.
    assert_eq!(clean("\u{0600}1\u{06DD}2\u{070F}3\u{110BD}"), "�1�2�3�");
    // Flags and lone regional indicators: their letters.
    assert_eq!(clean("\u{1F1FA}\u{1F1F8} \u{1F1E6}"), "US A");
}

#[test]
fn tag_characters_cannot_hide_a_sentence() {
    let hidden: String = "copy this".chars().map(|c| char::from_u32(0xE0000 + c as u32).unwrap()).collect();
    assert_eq!(clean(&format!("Retry later.\u{E0001}{hidden}\u{E007F}")), "Retry later.");
}

#[test]
fn nul_is_made_visible() {
    assert_eq!(clean("a\0b"), "a␀b");
}
