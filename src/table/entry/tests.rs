use super::*;

#[test]
fn fields_of_the_file_are_not_copied_and_others_are() {
    let file = "code = \"404\"".to_string();
    let elsewhere = "404".to_string();
    let inside = Text::in_file(&file, &file[8..11]).unwrap();
    assert_eq!(Text::in_file(&file, &elsewhere), None);
    let mut text = Text::default().with_file(file);
    assert_eq!(text.get(inside), Some("404"));
    let copied = text.push(&elsewhere);
    assert_eq!(text.get(copied), Some("404"));
    assert_eq!(text.cleaned, "404");
    assert_eq!(text.get(Span::ABSENT), None);
}

#[test]
fn rows_are_found_across_runs() {
    let row = |n: u32| [Span { start: n, len: 1 }; FIELDS];
    let mut runs = Runs::default();
    runs.push_run(vec![row(0), row(1)]);
    runs.push_run(Vec::new());
    runs.push_run(vec![row(2)]);
    runs.push(row(3));
    runs.push_run(vec![row(4), row(5)]);
    assert_eq!(runs.len(), 6);
    assert!((0..6).all(|index| runs.get(index)[0].start == index as u32));
    assert!(std::panic::catch_unwind(|| runs.get(6)[0]).is_err(), "past the end");
}
