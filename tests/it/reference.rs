//! Many catalogues as one reference: every answer labelled with its
//! catalogue, the best match first when the shown ones have none (the
//! user's own first), the project shown in the project, the browser falling
//! through as the one-shot does, subcommands read as written, and a broken
//! `config.toml` reported where it is broken.

use crate::common;

use common::httpref;
use httpref::catalogue::{Catalogues, Places};
use httpref::lookup::{self, Outcome};
use httpref::table::Table;
use httpref::tui::app::{update_inline, Action, App, Effect};
use httpref::tui::finder::Finder;
use predicates::prelude::*;
use ratatui::layout::Rect;
use std::path::Path;
use std::sync::Arc;

const WIDGETS: &str = "[[abnormal]]\ncode = \"401\"\nreason = \"Widget Login Needed\"\n\
description = \"The widget API needs a token.\"\n\n[[abnormal]]\ncode = \"429\"\n\
reason = \"Too Many Requests\"\ndescription = \"Widget calls are limited to ten a second.\"\n";
const PROJECT: &str =
    "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"API Not Found\"\ndescription = \"No such API.\"\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".httpref.toml"), PROJECT).unwrap();
    dir
}

fn run(config: &Path, cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = httpref().env("XDG_CONFIG_HOME", config.parent().unwrap()).current_dir(cwd).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// A config folder at `<tmp>/httpref`, as `$XDG_CONFIG_HOME/httpref`,
/// holding `widgets.toml` and, when given, `config.toml`.
fn xdg(config: Option<&str>) -> (tempfile::TempDir, std::path::PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("httpref");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("widgets.toml"), WIDGETS).unwrap();
    if let Some(config) = config {
        std::fs::write(dir.join("config.toml"), config).unwrap();
    }
    (home, dir)
}

#[test]
fn an_exact_code_in_several_shown_catalogues_is_shown_from_each_labelled() {
    let (_home, config) = xdg(Some("default = [\"widgets\", \"http\"]\n"));
    let cwd = tempfile::tempdir().unwrap();
    let (status, out, _) = run(&config, cwd.path(), &["401"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("In http:\n401 Unauthorized — abnormal\n"), "{out}");
    assert!(
        out.contains("\nIn widgets:\n401 Widget Login Needed — abnormal\nThe widget API needs a token.\n"),
        "{out}"
    );
    let (_, json, _) = run(&config, cwd.path(), &["--json", "401"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let catalogues: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["catalogue"].as_str().unwrap()).collect();
    assert_eq!(catalogues, ["http", "widgets"]);
    let (_, all, _) = run(&config, cwd.path(), &["-c", "all", "401"]);
    for name in ["In default:", "In http:", "In widgets:"] {
        assert!(all.contains(name), "{name} in\n{all}");
    }
}

#[test]
fn lists_name_each_rows_catalogue_in_a_column_of_its_own() {
    let cwd = tempfile::tempdir().unwrap();
    let (_home, config) = xdg(None);
    let (_, out, _) = run(&config, cwd.path(), &["-c", "all", "40"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines
        .iter()
        .any(|l| l.starts_with("400  default  ") && l.ends_with("The server failed to process the request.")));
    assert!(lines.iter().any(|l| l.starts_with("401  widgets  Widget Login Needed ")), "{out}");
    // Codes stand together, whichever catalogue has them; descriptions start in one column.
    let codes: Vec<&str> = lines.iter().map(|l| &l[..3]).collect();
    assert!(codes.windows(2).all(|w| w[0] <= w[1]), "{codes:?}");
    let description = lines[0].find("The server failed").unwrap();
    for line in &lines {
        let (reason, text) = (line.as_bytes()[14], line.as_bytes()[description]);
        assert!(reason != b' ' && &line[12..14] == "  ", "the reason column: {line}");
        assert!(text != b' ' && &line[description - 2..description] == "  ", "the description column: {line}");
    }
    let (_, list, _) = run(&config, cwd.path(), &["--list", "-c", "all"]);
    assert!(list.lines().any(|l| l.starts_with("200  default  ")), "{list}");
    assert!(list.lines().any(|l| l.starts_with("200  http     ")), "{list}");
    let (_, one, _) = run(&config, cwd.path(), &["-c", "http", "40"]);
    assert!(one.starts_with("400  Bad Request "), "one catalogue shown: no column\n{one}");
}

#[test]
fn the_best_match_elsewhere_comes_first_and_the_users_own_win_ties() {
    let project = project();
    let (_home, config) = xdg(None);
    let (status, out, err) = run(&config, project.path(), &["-c", "default", "apig"]);
    assert_eq!(status, 0, "{err}");
    assert!(out.starts_with("APIG.0101 API Not Found — abnormal\nNo such API.\n"), "{out}");
    assert!(err.contains("apig is not in the shown catalogue (default); from the project"), "{err}");
    // 429 is in widgets (the config folder) and in http: the user's own answers first.
    let (_, out, err) = run(&config, project.path(), &["-c", "default", "429"]);
    assert!(out.starts_with("In widgets:\n429 Too Many Requests"), "{out}");
    assert!(out.contains("\nIn http:\n429 Too Many Requests"), "{out}");
    assert!(err.contains("from the widgets and http catalogues"), "{err}");
    let (_, out, _) = run(&config, project.path(), &["-c", "default", "too many requests"]);
    assert!(out.lines().next().unwrap().starts_with("429  widgets "), "{out}");
}

#[test]
fn a_project_is_shown_in_the_project() {
    let project = project();
    let (_home, config) = xdg(None);
    let (status, out, _) = run(&config, project.path(), &["apig"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("In project:\nAPIG.0101 API Not Found — abnormal\n"), "{out}");
    let (_, list, _) = run(&config, project.path(), &["catalogues"]);
    let line = list.lines().find(|l| l.contains("project")).unwrap();
    assert!(line.starts_with("* project") && line.ends_with("(this project)"), "{list}");
    assert!(list.lines().any(|l| l.starts_with("* default")), "{list}");
    // Said otherwise by config.toml or -c, it is not shown.
    let (_home, config) = xdg(Some("default = \"http\"\n"));
    let (_, list, _) = run(&config, project.path(), &["catalogues"]);
    assert!(list.lines().any(|l| l.starts_with("  project")), "{list}");
    let (_, _, err) = run(&config, project.path(), &["-c", "http", "APIG.0101"]);
    assert!(err.contains("from the project catalogue"), "{err}");
}

/// The catalogues the binary finds with `config` as its folder and `cwd` as its directory.
fn discover(config: &Path, cwd: &Path) -> Arc<Catalogues> {
    let places = Places { config_dir: Some(config.to_path_buf()), current_dir: Some(cwd.to_path_buf()) };
    Arc::new(Catalogues::discover(&[], &places))
}

#[test]
fn the_browser_falls_through_as_the_one_shot_does() {
    let project = project();
    let (_home, config) = xdg(None);
    let catalogues = discover(&config, project.path());
    let names = vec!["default".to_string()];
    let chosen = catalogues.choose(&names).unwrap();
    let shown = Arc::new(Table::embedded());
    for query in ["429", "apig", "too many", "4xx", "teapot", "cloudflare", "52", "APIG.0101", "zzzz"] {
        let mut app = App::new(Arc::clone(&shown), Rect::new(0, 0, 120, 40)).showing(&names);
        let mut finder = Finder::new(Arc::clone(&catalogues));
        update_inline(&mut app, &mut finder, Action::StartSearch);
        for c in query.chars() {
            update_inline(&mut app, &mut finder, Action::SearchInput(c));
        }
        let words: Vec<String> = query.split(' ').map(String::from).collect();
        let expected: Vec<(String, String)> = match lookup::across(&catalogues, &chosen, &shown, "default", &words) {
            Outcome::Found(answer) if answer.from_other => answer
                .found
                .rows()
                .iter()
                .map(|&row| (answer.table.entry(row).code.to_string(), answer.catalogue_of(row).to_string()))
                .collect(),
            _ => Vec::new(),
        };
        let browser: Vec<(String, String)> = match &app.fallback {
            Some(fallback) => fallback
                .rows
                .iter()
                .map(|&row| (app.entry(row).code.to_string(), fallback.catalogue_of(row).to_string()))
                .collect(),
            None => Vec::new(),
        };
        assert_eq!(
            browser,
            expected,
            "{query}: {:?} {:?}",
            app.status,
            app.panes.iter().map(|p| p.rows.clone()).collect::<Vec<_>>()
        );
        if !expected.is_empty() {
            let shown_rows: Vec<usize> = app.panes.iter().flat_map(|p| p.rows.clone()).collect();
            assert_eq!(shown_rows.len(), expected.len(), "{query}: the panes show them");
            let status = app.status.as_ref().unwrap().text.clone();
            assert!(status.starts_with("Nothing in default: ") && status.contains("Ctrl-o shows"), "{status}");
        }
    }
    // Ctrl-o shows where the matches came from, the search kept.
    let mut app = App::new(Arc::clone(&shown), Rect::new(0, 0, 120, 40)).showing(&names);
    let mut finder = Finder::new(Arc::clone(&catalogues));
    for c in "429".chars() {
        update_inline(&mut app, &mut finder, Action::SearchInput(c));
    }
    let effects = update_inline(&mut app, &mut finder, Action::ShowElsewhere);
    assert_eq!(effects, [Effect::ShowCatalogues(vec!["widgets".into(), "http".into()])]);
    let (shown_now, table) = catalogues.show(&["widgets".into(), "http".into()]).unwrap();
    let names_now: Vec<String> = shown_now.iter().map(|c| c.name.clone()).collect();
    let effects = app.replace_table(table, &names_now);
    assert_eq!(effects, [Effect::Search("429".into())]);
    assert_eq!(app.query.as_str(), "429");
}

#[test]
fn subcommands_read_as_written() {
    let (_dir, table) = common::write_temp("mine.toml", PROJECT.as_bytes());
    httpref()
        .arg("--table")
        .arg(&table)
        .arg("catalogues")
        .assert()
        .success()
        .stdout(predicate::str::contains("* mine").and(predicate::str::contains("1 row ")));
    httpref()
        .args(["--json", "catalogues"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'--json'").and(predicate::str::contains("httpref catalogues")));
    httpref()
        .args(["import", "--table"])
        .arg(&table)
        .arg("page.html")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unexpected argument '--table'"));
    httpref()
        .args(["-c", "http", "import", "page.html"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("httpref import"));
    httpref().args(["import", "--help"]).assert().success().stdout(predicate::str::contains("--table ").not());
}

#[test]
fn a_broken_config_says_where_and_the_lookup_still_answers() {
    let cwd = tempfile::tempdir().unwrap();
    let cases = [
        (
            "default = \"nonexistent\"\n",
            "config.toml:1:12: `default` names \"nonexistent\", which no catalogue has; use one of default, http",
        ),
        ("default = 5\n", "config.toml:1:11: `default` must be a catalogue name or a list of names; write default = "),
        ("\ndefault = [\"http\",\n  \"nope\"]\n", "config.toml:3:4: `default` names \"nope\""),
        ("colour = 1\n", "config.toml:1:1: unknown field `colour`"),
    ];
    for (text, said) in cases {
        let (_home, config) = xdg(Some(text));
        let (status, out, err) = run(&config, cwd.path(), &["404"]);
        assert_eq!(status, 0, "{text}: {err}");
        assert!(out.contains("404 Not Found"), "{text}: {out}");
        assert!(err.contains(said), "{text}: {err}");
        let (status, list, _) = run(&config, cwd.path(), &["catalogues"]);
        assert_eq!(status, 0);
        assert!(list.contains("Problems:") && list.contains(said), "{text}: {list}");
    }
    // A default that cannot load is named at its line; the others still answer.
    let (_home, config) = xdg(Some("default = [\"widgets\", \"broken\"]\n"));
    std::fs::write(config.join("broken.toml"), "x = ").unwrap();
    let (status, out, err) = run(&config, cwd.path(), &["401"]);
    assert_eq!(status, 0, "{err}");
    assert!(out.starts_with("401 Widget Login Needed"), "{out}");
    assert!(err.contains("config.toml:1:24: `default` names broken, which cannot load"), "{err}");
    assert!(err.contains("take it out of `default`"), "{err}");
}
