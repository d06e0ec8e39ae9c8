//! `httpref import` scored on real public pages (tests/fixtures/pages, whose
//! README gives each page's source and how its expected rows were written).
//! A row counts as right when its code, group, reason and description all
//! match; rows imported that the page does not hold count against the score.
//! `cargo test --test import_corpus -- --nocapture` prints the score.

use crate::common;
use crate::never_seen::NEVER_SEEN;

use common::httpref;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The share of rows that must come out exactly right.
const REQUIRED: f64 = 0.95;

#[derive(Deserialize, Default)]
struct Expected {
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    normal: Vec<Row>,
    #[serde(default)]
    abnormal: Vec<Row>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
struct Row {
    code: String,
    reason: String,
    description: String,
    status: Option<String>,
}

/// code → (group, row), with text compared as a reader sees it.
fn by_code(table: &Expected) -> HashMap<String, (&'static str, Row)> {
    let tidy = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let groups = [("normal", &table.normal), ("abnormal", &table.abnormal)];
    groups
        .iter()
        .flat_map(|(group, rows)| rows.iter().map(move |row| (*group, row)))
        .map(|(group, row)| {
            let row = Row { reason: tidy(&row.reason), description: tidy(&row.description), ..row.clone() };
            (row.code.to_string(), (group, row))
        })
        .collect()
}

fn pages(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(folder);
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            (name.ends_with(".html") || name.ends_with(".md") || name.ends_with(".mdx"))
                && name != "README.md"
                && !name.starts_with("SOURCES")
        })
        .collect();
    pages.sort();
    pages
}

fn expected_for(page: &Path) -> Expected {
    let path = page.with_extension("expected.toml");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} has no {}", page.display(), path.display()));
    toml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Imports `page`, checks that the result loads with --table, and returns
/// it with what the import said on stderr.
fn import(page: &Path, args: &[String]) -> (Expected, String) {
    let output = httpref().arg("import").arg(page).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    if output.status.code() == Some(1) {
        return (Expected::default(), stderr);
    }
    assert_eq!(output.status.code(), Some(0), "{}: {stderr}", page.display());
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("imported.toml");
    std::fs::write(&table, &output.stdout).unwrap();
    let loaded = httpref().arg("--table").arg(&table).args(["--list", "--json"]).output().unwrap();
    assert!(
        loaded.status.success(),
        "{}: output does not load: {}",
        page.display(),
        String::from_utf8_lossy(&loaded.stderr)
    );
    (toml::from_str(&String::from_utf8(output.stdout).unwrap()).unwrap(), stderr)
}

/// Imports every page of `folder` and scores it: (rows right, rows counted,
/// pages, a line per page and per wrong row).
fn score(folder: &str) -> (usize, usize, usize, Vec<String>) {
    let pages = pages(folder);
    let (mut right, mut counted) = (0, 0);
    let mut lines = Vec::new();
    for page in &pages {
        let expected = expected_for(page);
        let (imported, said) = import(page, &expected.args);
        let (want, got) = (by_code(&expected), by_code(&imported));
        // A row the page holds and the import lacks is never lost silently: a table or row
        // skipped, or rows repeated under another code, is said on stderr.
        let lost = want.keys().any(|code| !got.contains_key(code));
        let name = page.display();
        // A page that gives nothing at all fails, saying it found no table: no loss goes unsaid.
        let nothing = said.contains("no table");
        let told = said.contains("skipped") || said.contains("repeated") || nothing;
        assert!(!lost || told, "{name} lost rows silently: {said}");
        let good = want.iter().filter(|(code, want)| got.get(*code) == Some(want)).count();
        let invented = got.keys().filter(|code| !want.contains_key(*code)).count();
        right += good;
        counted += want.len() + invented;
        let name = page.file_name().unwrap().to_string_lossy();
        lines.push(format!("{name}: {good}/{} right, {invented} not on the page", want.len()));
        for (code, want) in &want {
            match got.get(code) {
                Some(got) if got == want => {}
                Some(got) => lines.push(format!("    {code}: expected {want:?}\n    {code}:      got {got:?}")),
                None => lines.push(format!("    {code}: missing")),
            }
        }
        for code in got.keys().filter(|code| !want.contains_key(*code)) {
            lines.push(format!("    {code}: not on the page"));
        }
    }
    (right, counted, pages.len(), lines)
}

/// Scores the pages of `folder` (at least `pages_at_least` of them), prints
/// each page's score and the total under `title`, and fails below `floor`.
fn check(folder: &str, title: &str, pages_at_least: usize, floor: f64) {
    let (right, counted, pages, lines) = score(folder);
    assert!(pages >= pages_at_least, "{folder} holds {pages} pages");
    let score = right as f64 / counted.max(1) as f64;
    println!("{}", lines.join("\n"));
    println!("{title}: {pages} pages, {right} of {counted} rows exactly right ({:.1}%)", score * 100.0);
    assert!(score >= floor, "{:.1}% right, below {:.0}%", score * 100.0, floor * 100.0);
}

#[test]
fn real_pages_import_as_a_reader_reads_them() {
    check("pages", "corpus", 15, REQUIRED);
}

/// Each set of pages collected after the importer was built keeps the score
/// it has now; the score it had untouched is printed beside it.
#[test]
fn pages_collected_later_keep_their_scores() {
    for &(folder, title, pages, untouched, floor) in NEVER_SEEN {
        println!("{title}: {:.1}% untouched when collected", untouched * 100.0);
        check(folder, title, pages, floor);
    }
}
