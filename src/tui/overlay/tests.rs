use super::*;
use crate::table::Table;

#[test]
fn a_huge_field_is_laid_out_only_as_far_as_it_is_shown() {
    let huge = "upstream timeout ".repeat(3_000_000);
    let toml =
        format!("[[abnormal]]\ncode = \"599\"\nreason = \"Huge\"\ndescription = \"{huge}\"\nnotes = \"{huge}\"\n");
    let table = Table::from_toml("huge", &toml).unwrap();
    let page = Page::detail(&table.entry(0), Rect::new(0, 0, 120, 40), &Theme::new(false));
    let text: Vec<String> = page.lines.iter().map(|line| line.to_string()).collect();
    let laid_out: usize = text.iter().map(String::len).sum();
    assert!(laid_out < 3 * FIELD_SHOWN_BYTES, "{laid_out} bytes laid out for a 100 MB row");
    let notes: Vec<&String> = text.iter().filter(|line| line.contains("more not shown")).collect();
    assert_eq!(notes.len(), 2, "said for the description and the notes");
    assert!(
        notes[0].starts_with("… 48.6 MiB") && notes[0].ends_with(" MiB more not shown (y copies all of it)"),
        "{}",
        notes[0]
    );
    assert!(text[2].ends_with("timeout…") || text[2].ends_with("upstream…"), "cut between words");
}

#[test]
fn a_field_within_the_limit_is_shown_whole() {
    let table = Table::embedded();
    let page = Page::detail(&table.entry(0), Rect::new(0, 0, 120, 40), &Theme::new(false));
    assert!(!page.lines.iter().any(|line| line.to_string().contains("more not shown")));
}
