use super::*;

fn line(text: &str, cursor_chars: usize) -> LineEdit {
    let mut line = LineEdit::default();
    line.set(text);
    line.home();
    for _ in 0..cursor_chars {
        line.right();
    }
    line
}

fn shown(line: &LineEdit) -> String {
    let mut text = line.as_str().to_string();
    text.insert(line.cursor, '|');
    text
}

#[test]
fn inserts_at_the_cursor() {
    let mut edit = line("gateway", 4);
    edit.insert("X");
    assert_eq!(shown(&edit), "gateX|way");
}

#[test]
fn moves_by_char_and_word_and_to_the_ends() {
    let mut edit = line("bad gateway now", 0);
    edit.word_right();
    assert_eq!(shown(&edit), "bad| gateway now");
    edit.word_right();
    assert_eq!(shown(&edit), "bad gateway| now");
    edit.word_left();
    assert_eq!(shown(&edit), "bad |gateway now");
    edit.left();
    edit.left();
    assert_eq!(shown(&edit), "ba|d gateway now");
    edit.end();
    assert_eq!(shown(&edit), "bad gateway now|");
    edit.right();
    assert_eq!(shown(&edit), "bad gateway now|");
    edit.home();
    edit.left();
    assert_eq!(shown(&edit), "|bad gateway now");
}

#[test]
fn deletes_around_the_cursor() {
    let mut edit = line("bad gateway now", 11);
    assert!(edit.delete_word_back());
    assert_eq!(shown(&edit), "bad | now");
    assert!(edit.delete_back());
    assert_eq!(shown(&edit), "bad| now");
    assert!(edit.delete_forward());
    assert_eq!(shown(&edit), "bad|now");
    assert!(edit.delete_to_end());
    assert_eq!(shown(&edit), "bad|");
    edit.left();
    assert!(edit.delete_to_start());
    assert_eq!(shown(&edit), "|d");
    assert!(!edit.delete_back());
    assert!(!edit.delete_to_start());
}

#[test]
fn ctrl_w_takes_the_spaces_after_the_word_too() {
    let mut edit = line("not found  ", 11);
    edit.delete_word_back();
    assert_eq!(shown(&edit), "not |");
}

#[test]
fn multibyte_and_wide_chars_move_whole() {
    let mut edit = line("é漢x", 3);
    edit.left();
    assert_eq!(shown(&edit), "é漢|x");
    edit.delete_back();
    assert_eq!(shown(&edit), "é|x");
    assert_eq!(edit.cursor_chars(), 1);
}

#[test]
fn a_long_line_scrolls_to_keep_the_cursor_in_view() {
    let edit = line("0123456789abcdef", 16);
    let (text, column) = edit.visible(8);
    assert_eq!((text, column), ("9abcdef", 7));
    let edit = line("0123456789abcdef", 2);
    assert_eq!(edit.visible(8), ("01234567", 2));
    let edit = line("漢漢漢漢漢", 5);
    let (text, column) = edit.visible(5);
    assert_eq!((text, column), ("漢漢", 4));
}
