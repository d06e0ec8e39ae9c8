//! Hostile input and odd sizes: nothing panics, no control or direction
//! character reaches the screen, wide text never breaks the layout.

use httpref::import;
use httpref::table::Table;
use httpref::tui::app::{update_inline, Action, App, Input, Reply};
use httpref::tui::finder::Finder;
use httpref::tui::view::{self, Theme};
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::sync::Arc;

fn hostile_source() -> String {
    let long_word = "Supercalifragilistic".repeat(40);
    format!(
        "[[normal]]\ncode = \"E\\u001b[31m1\"\nreason = \"Evil\\u202eReason\\u0000 \\u200f\"\n\
         description = \"\\u001b]52;c;aGk=\\u0007 tab\\there new\\nline 漢字漢字 🙂👩\\u200d👩\\u200d👧 שלום עולם {long_word}\"\n\
         notes = \"\\u001b[2J\\u001bc\\u009b31m reset attempts\"\n\n\
         [[abnormal]]\ncode = \"漢字1\"\nreason = \"全角の理由テキスト\"\ndescription = \"\\u2066isolated\\u2069 and e\\u0301 combining {long_word}\"\n\n\
         [[abnormal]]\ncode = \"404\"\nreason = \"Not Found\"\ndescription = \"plain\"\n"
    )
}

fn hostile() -> Arc<Table> {
    Arc::new(Table::from_toml("hostile.toml", &hostile_source()).unwrap())
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

fn draw(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(frame, app, &Theme::new(true))).unwrap();
    terminal.backend().buffer().clone()
}

/// The browser in each of its screens: plain, searching, detail, help.
fn screens(table: &Arc<Table>, width: u16, height: u16) -> Vec<App> {
    let script: [&[Action]; 5] = [
        &[],
        &[Action::StartSearch, Action::SearchInput('e'), Action::SearchInput('漢')],
        &[Action::NextPane, Action::Choose],
        &[Action::Choose, Action::Down, Action::Down],
        &[Action::ToggleHelp],
    ];
    script
        .iter()
        .map(|actions| {
            let mut app = App::new(Arc::clone(table), Rect::new(0, 0, width, height));
            let mut searcher = Finder::default();
            for action in actions.iter() {
                update_inline(&mut app, &mut searcher, action.clone());
            }
            app
        })
        .collect()
}

#[test]
fn hostile_text_is_shown_safely_in_every_screen() {
    let table = hostile();
    for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        for app in screens(&table, width, height) {
            let buffer = draw(&app, width, height);
            for cell in buffer.content.iter() {
                assert!(!cell.symbol().chars().any(is_unsafe), "{:?} on screen at {width}x{height}", cell.symbol());
            }
        }
    }
}

#[test]
fn wide_text_keeps_pane_borders_in_place() {
    let table = hostile();
    let app = &screens(&table, 100, 30)[0];
    let buffer = draw(app, 100, 30);
    let layout = app.layout().unwrap();
    for pane in layout.panes {
        for y in pane.y..pane.bottom() {
            let right = buffer[(pane.right() - 1, y)].symbol();
            assert!(["│", "┃", "┐", "┘", "┓", "┛"].contains(&right), "row {y} ends with {right:?}");
            let left = buffer[(pane.x, y)].symbol();
            assert!(["│", "┃", "┌", "└", "┏", "┗"].contains(&left), "row {y} starts with {left:?}");
        }
    }
}

#[test]
fn every_screen_draws_at_every_size_up_to_250x80() {
    // The hostile table (wide, long, combining and RTL text) in each screen, at every size.
    let table = hostile();
    let mut apps = screens(&table, 250, 80);
    for width in 1..=250u16 {
        for height in 1..=80u16 {
            let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
            for app in &mut apps {
                app.update(Input::Resize { width, height });
                terminal.draw(|frame| view::render(frame, app, &Theme::new(true))).unwrap();
            }
        }
    }
}

#[test]
fn one_shot_output_of_hostile_text_is_safe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.toml");
    std::fs::write(&path, hostile_source()).unwrap();
    for args in [vec!["--list"], vec!["--json"], vec!["404"], vec!["evil"], vec!["xxx"], vec!["漢字1"]] {
        let output =
            assert_cmd::Command::cargo_bin("httpref").unwrap().arg("--table").arg(&path).args(&args).output().unwrap();
        let text = String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap();
        assert!(!text.chars().any(|c| c != '\n' && is_unsafe(c)), "{args:?}: {text:?}");
    }
}

#[test]
fn the_status_line_shows_copy_results_cleaned() {
    let message = "xclip: \x1b]52;c;SGVsbG8=\x07\u{9b}2J \u{202e}evil\0\r\n";
    for result in [Ok(message.to_string()), Err(message.to_string())] {
        let mut app = App::new(hostile(), Rect::new(0, 0, 100, 30));
        app.update(Reply::Copied(result));
        let status = app.status.as_ref().expect("a copy result is shown");
        assert!(!status.text.chars().any(is_unsafe), "{:?}", status.text);
        assert!(status.text.starts_with("xclip: ␛]52;c;SGVsbG8=␇"), "{:?}", status.text);
        let buffer = draw(&app, 100, 30);
        assert!(!buffer.content.iter().any(|cell| cell.symbol().chars().any(is_unsafe)));
    }
}

/// Pages nested far deeper than any real one: `import` refuses the HTML
/// ones with a message (exit status 2) and reads the Markdown ones, never
/// overflowing its stack.
#[test]
fn deeply_nested_pages_import_or_fail_cleanly() {
    let table = "\n\n| Code | Description |\n|---|---|\n| 200 OK | Fine. |\n";
    for levels in [25_000, 200_000] {
        let pages = [
            ("divs.html", "<div>".repeat(levels) + "x", 2),
            ("tables.html", "<table><tr><td>".repeat(levels) + "x", 2),
            ("html.md", "<div>".repeat(levels) + "\n", 2),
            ("quotes.md", ">".repeat(levels) + " x" + table, 0),
            ("lists.md", "- * ".repeat(levels / 2) + "x" + table, 0),
            ("links.md", "[".repeat(levels) + "x" + &"]".repeat(levels) + table, 0),
        ];
        for (name, page, status) in pages {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(name);
            std::fs::write(&path, page).unwrap();
            let output = assert_cmd::Command::cargo_bin("httpref").unwrap().arg("import").arg(&path).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(status), "{name} at {levels}: {stderr}");
            if status == 2 {
                let expected = format!("{}: nested deeper than {} levels\n", path.display(), import::MAX_DEPTH);
                assert!(stderr.ends_with(&expected), "{name} at {levels}: {stderr}");
            }
        }
    }
}

/// Pieces of generated pages' cells: hostile and invisible text, TOML's own
/// syntax, whitespace of every kind, markup.
const CELL_PIECES: &[&str] = &[
    "404",
    "200 OK",
    "APIG.0101",
    "Not Found",
    " ",
    "\u{a0}",
    "\u{2028}",
    "\t",
    "\n",
    "\r",
    "\x1b[31m",
    "\u{9b}",
    "\u{202e}",
    "\u{feff}",
    "\u{ad}",
    "\u{200b}",
    "\u{3164}",
    "\u{e0041}",
    "\0",
    "\x7f",
    "\"",
    "'",
    "\\",
    "#",
    "[[normal]]",
    "=",
    "`",
    "*",
    "|",
    "&amp;",
    "<b>",
    "</td>",
    "é",
    "漢",
];

fn cell() -> impl Strategy<Value = String> {
    let piece = prop_oneof![prop::sample::select(CELL_PIECES).prop_map(str::to_string), "(?s).{0,3}"];
    prop::collection::vec(piece, 0..5).prop_map(|pieces| pieces.concat())
}

/// A page holding one status-code table of `rows`, as HTML or Markdown.
fn page(html: bool, label: &str, rows: &[(String, String)]) -> String {
    if html {
        let body: String = rows.iter().map(|(code, text)| format!("<tr><td>{code}</td><td>{text}</td></tr>")).collect();
        format!("<h2>{label}</h2><table><tr><th>Code</th><th>Description</th></tr>{body}</table>")
    } else {
        let body: String = rows.iter().map(|(code, text)| format!("| {code} | {text} |\n")).collect();
        format!("## {label}\n\n| Code | Description |\n|---|---|\n{body}")
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn import_output_always_loads_back(
        html in any::<bool>(),
        label in cell(),
        rows in prop::collection::vec((cell(), cell()), 0..6),
        noise in "(?s).{0,200}",
        name in cell(),
    ) {
        for text in [page(html, &label, &rows), noise.clone(), page(html, &label, &rows) + &noise] {
            let Ok(imported) = import::import(&name, &text, &import::Options::default()) else { continue };
            let document = imported.to_document(&name);
            // The page's name stays inside the comment on the first line.
            let (comment, rest) = document.split_once('\n').unwrap();
            prop_assert!(comment.starts_with("# Imported by httpref from "));
            prop_assert!(!comment.chars().any(|c| c.is_control()), "{comment:?}");
            prop_assert_eq!(rest, format!("\n{}", imported.to_toml()));
            if imported.rows() == 0 {
                continue;
            }
            match Table::from_toml("imported.toml", &document) {
                Ok(table) => prop_assert_eq!(table.len(), imported.rows()),
                Err(err) => prop_assert!(false, "{err}\n{document}"),
            }
        }
    }
}

proptest! {
    #[test]
    fn any_bytes_load_or_fail_with_a_message(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Err(err) = Table::from_bytes("fuzz.toml", &bytes) {
            prop_assert!(err.to_string().starts_with("fuzz.toml:"));
            prop_assert!(!err.message.is_empty());
        }
    }

    #[test]
    fn any_text_loads_or_fails_with_a_message(text in "(?s).{0,300}") {
        if let Err(err) = Table::from_toml("fuzz.toml", &text) {
            prop_assert!(err.to_string().starts_with("fuzz.toml:"));
        }
    }

    #[test]
    fn any_query_renders(query in "(?s).{0,30}", width in 1u16..200, height in 1u16..60) {
        let table = hostile();
        let mut app = App::new(table, Rect::new(0, 0, width, height));
        let mut searcher = Finder::default();
        update_inline(&mut app, &mut searcher, Action::StartSearch);
        for c in query.chars() {
            update_inline(&mut app, &mut searcher, Action::SearchInput(c));
        }
        let buffer = draw(&app, width, height);
        prop_assert!(!buffer.content.iter().any(|cell| cell.symbol().chars().any(is_unsafe)));
    }
}
