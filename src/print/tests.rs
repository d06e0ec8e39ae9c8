use super::*;

fn render(f: impl FnOnce(&Printer, &mut Vec<u8>) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    f(&Printer { color: false }, &mut out).unwrap();
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
    Printer { color: true }.rows(&mut out, table.group(Group::Normal).take(1).map(|e| (e, None))).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("\x1b[1m\x1b[32m200\x1b[0m"), "{text:?}");
}
