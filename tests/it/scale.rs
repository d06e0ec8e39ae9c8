//! A 100,000-row table loads, searches and renders correctly (no timing
//! here: speed is measured by `cargo bench`, see the README).

use crate::common;

use common::{httpref, write_temp};
use httpref::search::Searcher;
use httpref::table::generate::generate;
use httpref::table::{Group, Table};
use httpref::tui::app::{update_inline, Action, App};
use httpref::tui::finder::Finder;
use httpref::tui::view::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::sync::{Arc, OnceLock};

const ROWS: usize = 100_000;

fn text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| generate(ROWS))
}

fn table() -> Arc<Table> {
    static TABLE: OnceLock<Arc<Table>> = OnceLock::new();
    Arc::clone(TABLE.get_or_init(|| Arc::new(Table::from_toml("big.toml", text()).unwrap())))
}

/// The row's code, reason and description as the generated text has them.
fn generated_row(index: usize) -> (String, String, String) {
    let mut blocks = text().split("\n\n").skip(index);
    let block = blocks.next().unwrap();
    let field = |key: &str| {
        let line = block.lines().find(|l| l.starts_with(&format!("{key} = "))).unwrap();
        line.split_once(" = \"").unwrap().1.trim_end_matches('"').to_string()
    };
    (field("code"), field("reason"), field("description"))
}

#[test]
fn loads_every_row_in_order() {
    let table = table();
    assert_eq!(table.len(), ROWS);
    assert_eq!(table.group(Group::Normal).len(), ROWS / 10);
    assert_eq!(table.group(Group::Abnormal).len(), ROWS - ROWS / 10);
    for index in [0, 1, 9_999, 10_000, 54_321, ROWS - 1] {
        let entry = &table.entry(index);
        assert_eq!(
            (entry.code.to_string(), entry.reason.to_string(), entry.description.to_string()),
            generated_row(index)
        );
        assert_eq!(table.find_code(entry.code), Some(index));
    }
}

#[test]
fn search_finds_exactly_what_a_full_scan_finds() {
    let table = table();
    let mut searcher = Searcher::default();
    // Typed key by key, so later queries go through the narrowing path; then
    // deleted back, so earlier answers are reused.
    let typed = ["g", "ga", "gat", "gateway", "gateway t", "gateway timeout", "gateway timeoutz"];
    for query in typed.iter().chain(typed.iter().rev()) {
        let hits = searcher.search(&table, query);
        let mut expected: Vec<usize> = Searcher::default().search(&table, query).iter().map(|h| h.row).collect();
        expected.sort_unstable();
        let mut found: Vec<usize> = hits.iter().map(|h| h.row).collect();
        assert!(hits
            .windows(2)
            .all(|w| (w[0].score, std::cmp::Reverse(w[0].row)) > (w[1].score, std::cmp::Reverse(w[1].row))));
        found.sort_unstable();
        assert_eq!(found, expected, "{query}");
        assert!(!found.is_empty() || query.ends_with('z'), "{query}");
    }
}

#[test]
fn browser_renders_and_navigates_a_big_table() {
    let mut app = App::new(table(), Rect::new(0, 0, 120, 40));
    let mut searcher = Finder::default();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let screen = |app: &App, terminal: &mut Terminal<TestBackend>| {
        terminal.draw(|frame| view::render(frame, app, &Theme::new(false))).unwrap();
        let buffer = terminal.backend().buffer();
        (0..40).map(|y| (0..120).map(|x| buffer[(x, y)].symbol()).collect::<String>()).collect::<Vec<_>>().join("\n")
    };
    let shown = screen(&app, &mut terminal);
    assert!(shown.contains("Normal 10000"), "{shown}");
    assert!(shown.contains("Abnormal 90000"), "{shown}");
    assert!(shown.contains(table().entry(0).code));

    for action in [Action::NextPane, Action::Bottom] {
        update_inline(&mut app, &mut searcher, action);
    }
    let shown = screen(&app, &mut terminal);
    assert!(shown.contains(" 90000/90000 "), "{shown}");
    assert!(shown.contains(table().entry(ROWS - 1).code), "{shown}");

    update_inline(&mut app, &mut searcher, Action::StartSearch);
    for c in "gateway timeout".chars() {
        update_inline(&mut app, &mut searcher, Action::SearchInput(c));
    }
    let matched = app.panes[0].rows.len() + app.panes[1].rows.len();
    assert_eq!(matched, Searcher::default().search(&table(), "gateway timeout").len());
    let shown = screen(&app, &mut terminal);
    assert!(shown.contains(&format!("Normal {}/10000", app.panes[0].rows.len())), "{shown}");
    assert!(shown.contains(&format!("Abnormal {}/90000", app.panes[1].rows.len())), "{shown}");
}

#[test]
fn one_shot_commands_on_a_big_table_file() {
    let (_dir, path) = write_temp("big.toml", text().as_bytes());
    let table = table();
    let last = &table.entry(ROWS - 1);
    httpref()
        .arg("--table")
        .arg(&path)
        .arg(last.code.to_lowercase())
        .assert()
        .success()
        .stdout(predicates::str::starts_with(format!("{} {} — abnormal\n", last.code, last.reason)));
    let listed = httpref().arg("--table").arg(&path).arg("--list").output().unwrap();
    assert_eq!(String::from_utf8(listed.stdout).unwrap().lines().count(), ROWS + 3);
}
