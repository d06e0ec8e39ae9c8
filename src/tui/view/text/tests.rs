use super::*;
use ratatui::style::Modifier;

fn plain(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

#[test]
fn short_text_is_whole() {
    assert_eq!(plain(&highlighted("Not Found", &[], 20, Style::new(), Style::new())), "Not Found");
}

#[test]
fn long_text_ends_in_an_ellipsis_within_the_width() {
    assert_eq!(plain(&highlighted("Not Found", &[], 5, Style::new(), Style::new())), "Not …");
    assert_eq!(plain(&highlighted("漢字漢字", &[], 5, Style::new(), Style::new())), "漢字…");
    assert_eq!(plain(&highlighted("abc", &[], 0, Style::new(), Style::new())), "");
}

#[test]
fn matched_characters_get_their_own_spans() {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let line = highlighted("Gateway", &[0, 1, 4], 20, Style::new(), bold);
    let parts: Vec<(&str, bool)> = line.spans.iter().map(|s| (s.content.as_ref(), s.style == bold)).collect();
    assert_eq!(parts, [("Ga", true), ("te", false), ("w", true), ("ay", false)]);
}

#[test]
fn matches_past_the_cut_are_dropped() {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let line = highlighted("abcdefgh", &[7], 4, Style::new(), bold);
    assert!(line.spans.iter().all(|s| s.style != bold));
}
