//! Hostile input and odd sizes: nothing panics, no control or direction
//! character reaches the screen, wide text never breaks the layout.

use httpref::search::{Highlighter, Searcher};
use httpref::table::Table;
use httpref::tui::app::{update_inline, Action, App};
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
            let mut searcher = Searcher::default();
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
                app.update(Action::Resize { width, height });
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
    fn any_query_searches_and_highlights_only_real_characters(query in "(?s).{0,40}|[a-z ]{0,200}") {
        for table in [Table::embedded(), Table::from_toml("h", &hostile_source()).unwrap()] {
            let hits = Searcher::default().search(&table, &query);
            let highlighter = Highlighter::default();
            for hit in hits.iter().take(20) {
                let entry = &table.entries()[hit.row];
                let marks = highlighter.highlights(entry, &query);
                prop_assert!(marks.code.iter().all(|&i| i < entry.code.chars().count()));
                prop_assert!(marks.reason.iter().all(|&i| i < entry.reason.chars().count()));
                prop_assert!(marks.description.iter().all(|&i| i < entry.description.chars().count()));
            }
        }
    }

    #[test]
    fn any_query_renders(query in "(?s).{0,30}", width in 1u16..200, height in 1u16..60) {
        let table = hostile();
        let mut app = App::new(table, Rect::new(0, 0, width, height));
        let mut searcher = Searcher::default();
        update_inline(&mut app, &mut searcher, Action::StartSearch);
        for c in query.chars() {
            update_inline(&mut app, &mut searcher, Action::SearchInput(c));
        }
        let buffer = draw(&app, width, height);
        prop_assert!(!buffer.content.iter().any(|cell| cell.symbol().chars().any(is_unsafe)));
    }
}
