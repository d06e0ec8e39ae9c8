use super::*;

fn lines(text: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    wrap(text, width, 100).unwrap().into_iter().map(|(a, b)| chars[a..b].iter().collect()).collect()
}

#[test]
fn descriptions_wrap_at_spaces_and_break_only_words_too_long() {
    assert_eq!(lines("The request timed out.", 12), ["The request", "timed out."]);
    assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    assert_eq!(lines("", 4), [""]);
    assert_eq!(lines("fits", 4), ["fits"]);
    assert_eq!(lines("日本語のテキスト", 6), ["日本語", "のテキ", "スト"]);
}

#[test]
fn rows_wrap_only_when_they_all_fit() {
    let rows = ["A short one.", "A description long enough to need two lines here."];
    assert_eq!(wrapped_heights(rows.iter().copied(), 30, 3), Some(vec![1, 2]));
    assert_eq!(wrapped_heights(rows.iter().copied(), 30, 2), None);
    let huge = "word ".repeat(1_000_000);
    assert_eq!(wrapped_heights(std::iter::once(huge.as_str()), 80, 40), None);
}

#[test]
fn the_reason_column_gives_way_on_narrow_screens() {
    let widest = Widest { code: 3, reason: 29 };
    let narrow = Columns::new(widest, 0, 78);
    assert_eq!(narrow.reason, 23);
    assert!(narrow.description >= 44, "{narrow:?}");
    let wide = Columns::new(widest, 10, 196);
    assert_eq!((wide.reason, wide.catalogue), (29, 10));
    assert_eq!(Columns::new(widest, 4, 196).catalogue, 9, "as wide as its header");
    assert_eq!(wide.description_x(), 3 + 2 + 10 + 2 + 29 + 2);
}

#[test]
fn codes_without_reasons_take_the_reason_columns_room() {
    let alone = Columns::new(Widest { code: 25, reason: 0 }, 0, 118);
    assert_eq!((alone.code, alone.reason), (25, 0));
    assert_eq!(alone.description_x(), 25 + 2);
    assert_eq!(alone.description, 118 - 25 - 2);
    // With reasons, codes keep their usual room.
    assert_eq!(Columns::new(Widest { code: 25, reason: 10 }, 0, 118).code, 16);
}
