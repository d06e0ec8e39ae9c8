use super::*;

fn render(f: impl FnOnce(&Printer, &mut Vec<u8>) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    f(&Printer { color: false, width: None }, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn table_is_aligned_under_group_headings() {
    let table = Table::embedded();
    let text = render(|p, out| p.table(out, &table));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Normal");
    assert_eq!(lines[1], "200  OK                             The server has successfully processed the request.");
    assert_eq!(lines[6], "Abnormal");
    assert_eq!(lines.len(), 4 + 14 + 3);
}

#[test]
fn detail_shows_every_field() {
    let table = Table::embedded();
    let entry = &table.entry(table.find_code("409").unwrap());
    let text = render(|p, out| p.detail(out, entry));
    assert!(text.starts_with(
        "409 Conflict — abnormal\nThe request could not be processed due to a conflict.\n\
         Also known as: Already Exists, Duplicate, Edit Conflict\n\n"
    ));
    assert!(text.contains("Spec    RFC 9110 §15.5.10\n"));
    assert!(text.contains("Go      http.StatusConflict\n"));
    assert!(text.ends_with(&format!("{}\n", entry.notes.unwrap())));
}

#[test]
fn colour_wraps_the_code_only_when_asked() {
    let table = Table::embedded();
    let mut out = Vec::new();
    Printer { color: true, width: None }.rows(&mut out, table.group(Group::Normal).take(1).map(|e| (e, None))).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("\x1b[1m\x1b[32m200\x1b[0m"), "{text:?}");
}

#[test]
fn text_wraps_at_word_boundaries_to_the_terminal_and_stays_whole_when_piped() {
    let table = Table::embedded();
    let entry = &table.entry(table.find_code("409").unwrap());
    let mut out = Vec::new();
    Printer { color: false, width: Some(40) }.detail(&mut out, entry).unwrap();
    let text = String::from_utf8(out).unwrap();
    let unbreakable = |line: &str| line.split(' ').next_back().is_some_and(|word| word.len() > 30);
    assert!(text.lines().all(|line| line.chars().count() <= 40 || unbreakable(line)), "{text}");
    // No word is cut: every word of the notes is on one line.
    for word in entry.notes.unwrap().split(' ') {
        assert!(text.lines().any(|line| line.split(' ').any(|w| w == word)), "{word} cut:\n{text}");
    }
    // Under its column: the Link and the spec value's further lines start after the label.
    let mut out = Vec::new();
    let rows = table.group(Group::Abnormal).map(|e| (e, None));
    Printer { color: false, width: Some(60) }.rows(&mut out, rows).unwrap();
    let text = String::from_utf8(out).unwrap();
    let continued: Vec<&str> = text.lines().filter(|line| line.starts_with(' ')).collect();
    assert!(!continued.is_empty(), "{text}");
    let column = text.lines().next().unwrap().find("The server").unwrap();
    assert!(
        continued.iter().all(|line| line[..column].trim().is_empty() && !line[column..].starts_with(' ')),
        "{text}"
    );
    let whole = render(|p, out| p.detail(out, entry));
    assert_eq!(whole.lines().filter(|line| line.len() > 80).count(), 1, "piped: the notes stay one line");
}
