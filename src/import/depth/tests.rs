use super::*;

fn nested(open: &str, levels: usize) -> String {
    open.repeat(levels) + "x"
}

#[test]
fn pages_within_the_limit_parse_as_scraper_parses_them() {
    let page = "<p>a<table><tr><td>b</td></tr></table><b><i>c</b></i>";
    assert_eq!(parse(page).unwrap().html(), Html::parse_document(page).html());
    assert!(parse(&nested("<div>", MAX_DEPTH - 10)).is_ok());
}

#[test]
fn deeper_pages_are_refused() {
    assert_eq!(parse(&nested("<div>", MAX_DEPTH + 10)).unwrap_err(), TooMuch::Deep);
    assert_eq!(parse(&nested("<table><tr><td>", MAX_DEPTH)).unwrap_err(), TooMuch::Deep);
    assert_eq!(parse(&nested("<span>", 200_000)).unwrap_err(), TooMuch::Deep);
}

#[test]
fn markup_the_parser_multiplies_is_refused() {
    // Formatting elements left open are reopened in every paragraph: forty nodes for four bytes.
    let reopened = "<p>".to_string() + &"<b><i><u><s>".repeat(3) + &"<p>x".repeat(200_000);
    assert!(matches!(parse(&reopened), Err(TooMuch::Nodes { .. })));
    // Links closed and reopened: two nodes for four bytes.
    assert!(matches!(parse(&"<a>x".repeat(1_000_000)), Err(TooMuch::Nodes { .. })));
    // A page of ordinary density reads.
    let table = "<tr><td>404</td><td>Not Found</td></tr>".repeat(20_000);
    assert!(parse(&format!("<table>{table}</table>")).is_ok());
}

#[test]
fn multibyte_text_across_pieces_is_kept() {
    let text = "é".repeat(PIECE);
    let html = parse(&format!("<p>{text}</p>")).unwrap();
    assert!(html.root_element().text().collect::<String>().contains(&text));
}
