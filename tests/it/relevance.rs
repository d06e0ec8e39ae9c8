//! What a search finds, as users type it: for each query, the codes that
//! must come first and the codes that must not appear. The one-shot command
//! and the browser's search are checked to agree.

use crate::common;

use common::httpref;
use httpref::search::Searcher;
use httpref::table::Table;
use serde_json::Value;
use std::collections::BTreeSet;

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

#[test]
fn the_browser_finds_what_the_command_line_finds() {
    let table = Table::embedded();
    for &(catalogue, query, _, _) in CASES.iter().filter(|case| case.0 == "default") {
        // A code that is the whole query is shown alone by the command line, ranked first by the browser.
        if table.find_code(query).is_some() {
            continue;
        }
        let browser: Vec<String> =
            Searcher::default().search(&table, query).iter().map(|hit| table.entry(hit.row).code.to_string()).collect();
        assert_eq!(browser, one_shot(catalogue, query), "{query}");
    }
}
