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
