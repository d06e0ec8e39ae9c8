//! What a search finds, as users type it: for each query, the codes that
//! must come first and the codes that must not appear. The one-shot command
//! and the browser's search are checked to agree.

use crate::common;

use common::httpref;
use httpref::catalogue::{Catalogues, Places};
use httpref::search::Searcher;
use httpref::table::Table;
use httpref::tui::finder::Finder;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::Arc;

/// (catalogue, query, codes that must come first in any order, codes that must not appear).
const CASES: &[(&str, &str, &[&str], &[&str])] = &[
    ("default", "404", &["404"], &[]),
    ("default", "40", &["400", "401", "403", "404", "405", "406", "407", "408", "409"], &[]),
    ("default", "not found", &["404"], &["409", "400"]),
    ("default", "auth", &["401", "407"], &["200", "405", "502"]),
    ("default", "gateway timeout", &["504"], &["408", "502"]),
    ("default", "timeout", &["408", "504"], &["200"]),
    ("default", "conflict", &["409"], &["200", "500"]),
    ("default", "conflixt", &["409"], &[]),
    ("default", "proxy", &["407"], &[]),
    ("default", "unavailable", &["503"], &[]),
    ("default", "server error", &["500"], &[]),
    ("default", "forbidden", &["403"], &["200"]),
    ("default", "gtwy", &["502", "504"], &["200"]),
    ("default", "NOT_FOUND", &["404"], &[]),
    ("default", "StatusConflict", &["409"], &[]),
    ("default", "HTTPStatus.GATEWAY_TIMEOUT", &["504"], &[]),
    ("default", "15.5.5", &["404"], &[]),
    ("http", "teapot", &["418"], &["200", "208"]),
    ("http", "redirect", &["307", "308"], &["200", "201", "204"]),
    ("http", "too many", &["429"], &[]),
    ("http", "payload too large", &["413"], &[]),
    ("http", "HTTPStatus.GONE", &["410"], &[]),
    ("http", "StatusTeapot", &["418"], &[]),
    ("http", "15.5.5", &["404"], &[]),
    ("http", "upgrade", &["426", "101"], &[]),
    ("unofficial", "client closed", &["460", "499"], &[]),
    ("unofficial", "499", &["499"], &[]),
    ("unofficial", "connection timed out", &["522"], &[]),
    // The words people use for HTTP, over the larger catalogues.
    ("http", "rate limit", &["429"], &["420"]),
    ("http", "auth", &["401"], &["203", "421", "200"]),
    ("http", "too many", &["429"], &["301", "431"]),
    ("http", "cors", &[], &["205", "408"]),
    ("all", "switch proxy", &["306"], &[]),
    ("all", "moved temporarily", &["302"], &[]),
    ("all", "418", &["418"], &["207", "423", "424", "507"]),
    ("http", "throttling", &["429"], &[]),
    ("http", "quota exceeded", &["429"], &[]),
    ("http", "login", &["401"], &["200"]),
    ("http", "token", &["401"], &["200"]),
    ("http", "permission denied", &["403"], &["401"]),
    ("http", "access denied", &["403"], &[]),
    ("http", "already exists", &["409"], &[]),
    ("http", "duplicate", &["409"], &[]),
    ("http", "upstream", &["502", "504"], &["200"]),
    ("http", "maintenance", &["503"], &[]),
    ("http", "request entity too large", &["413"], &[]),
    ("http", "unprocessable entity", &["422"], &[]),
    ("http", "request-uri too long", &["414"], &[]),
    ("http", "requested range not satisfiable", &["416"], &[]),
    ("http", "i'm a teapot", &["418"], &[]),
    ("all", "client closed request", &["499"], &[]),
    ("all", "resume incomplete", &["308"], &[]),
    ("http", "no content", &["204"], &["406"]),
    ("http", "conflict", &["409"], &["412"]),
    // Several codes at once, and what people paste.
    ("default", "404 500", &["404", "500"], &["200"]),
    ("http", "401 403 5xx", &["401", "403"], &["200", "404"]),
    ("http", "HTTP/1.1 503 Service Unavailable", &["503"], &["200"]),
    ("http", "status=429", &["429"], &[]),
    ("http", "\"statusCode\": 404", &["404"], &[]),
    ("default", "HTTP/2 404", &["404"], &[]),
];

/// Queries that match nothing in the default table (and exit 1 there alone).
const NOTHING: &[&str] = &["zzzqqq", "teapot", "redirect"];

fn one_shot(catalogue: &str, query: &str) -> Vec<String> {
    let output = httpref().args(["-c", catalogue, "--json"]).args(query.split_whitespace()).output().unwrap();
    if output.status.code() == Some(1) {
        return Vec::new();
    }
    assert!(output.status.success(), "{query}: {}", String::from_utf8_lossy(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = if json.is_array() { json.as_array().unwrap().clone() } else { vec![json] };
    rows.iter().map(|row| row["code"].as_str().unwrap().to_string()).collect()
}

#[test]
fn queries_find_what_was_meant_first_and_nothing_unrelated() {
    let mut failures = Vec::new();
    for &(catalogue, query, first, absent) in CASES {
        let found = one_shot(catalogue, query);
        let leading: BTreeSet<&str> = found.iter().take(first.len()).map(String::as_str).collect();
        let wanted: BTreeSet<&str> = first.iter().copied().collect();
        if leading != wanted {
            failures.push(format!("{catalogue} {query:?}: first {first:?}, got {found:?}"));
        }
        for code in absent {
            if found.iter().any(|c| c == code) {
                failures.push(format!("{catalogue} {query:?}: {code} should not appear in {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unrelated_words_find_nothing_in_the_default_table() {
    let table = Table::embedded();
    for query in NOTHING {
        assert_eq!(Searcher::default().search(&table, query), [], "{query}");
        // The command line says so, and answers from the catalogues that hold it.
        let output = httpref().arg(query).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.code() == Some(1) || stderr.contains("is not in the shown catalogue (default)"),
            "{query}: {stderr}"
        );
    }
}

/// Queries written from what people search for, never tuned on: each with
/// the codes any of which must come first over every catalogue (`-c all`).
#[test]
fn held_out_queries_score_as_the_readme_says() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/queries/held-out.tsv"),
    )
    .unwrap();
    let cases: Vec<(&str, Vec<&str>)> = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (query, codes) = line.split_once('\t').unwrap();
            (query, codes.split_whitespace().collect())
        })
        .collect();
    let mut misses = Vec::new();
    for (query, wanted) in &cases {
        let found = one_shot("all", query);
        if !found.first().is_some_and(|first| wanted.contains(&first.as_str())) {
            misses.push(format!("{query:?}: {wanted:?} first, got {:?}", found.iter().take(3).collect::<Vec<_>>()));
        }
    }
    let right = cases.len() - misses.len();
    println!("held-out queries: {right} of {} right\n{}", cases.len(), misses.join("\n"));
    // The README reports this figure; a fall below it is a regression.
    assert!(right * 100 >= cases.len() * 90, "{right} of {}:\n{}", cases.len(), misses.join("\n"));
}

#[test]
fn the_browser_finds_what_the_command_line_finds() {
    let catalogues = Arc::new(Catalogues::discover(&[], &Places { config_dir: None, current_dir: None }));
    for &(catalogue, query, _, _) in CASES {
        let names = vec![catalogue.to_string()];
        let (_, table) = catalogues.show(&names).unwrap();
        // A code that is the whole query is shown alone by the command line, ranked first by the browser.
        if table.find_code(query).is_some() {
            continue;
        }
        let mut finder = Finder::new(Arc::clone(&catalogues));
        let (hits, elsewhere) = finder.find(&table, &names, query);
        let browser: Vec<String> = match elsewhere {
            Some(fallback) => fallback.rows.iter().map(|&row| fallback.table.entry(row).code.to_string()).collect(),
            None => hits.iter().map(|hit| table.entry(hit.row).code.to_string()).collect(),
        };
        assert_eq!(browser, one_shot(catalogue, query), "{catalogue} {query}");
    }
}

#[test]
fn a_code_typed_in_the_browser_is_not_found_in_spec_references() {
    let catalogues = Catalogues::discover(&[], &Places { config_dir: None, current_dir: None });
    let (_, table) = catalogues.show(&["all".to_string()]).unwrap();
    let mut searcher = Searcher::default();
    // Typed key by key, as the browser searches.
    for query in ["4", "41", "418"] {
        searcher.search(&table, query);
    }
    let codes: Vec<&str> = searcher.search(&table, "418").iter().map(|hit| table.code(hit.row)).collect();
    assert_eq!(codes, ["418"], "RFC 4918's 207, 423, 424 and 507 are not 418");
}
