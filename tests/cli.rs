//! The one-shot command line, through the real binary.

mod common;

use common::{httpref, seed_rows, write_temp};
use predicates::prelude::*;
use serde_json::Value;

fn json_of(args: &[&str]) -> Vec<Value> {
    let output = httpref().args(args).output().unwrap();
    assert!(output.status.success());
    serde_json::from_slice::<Value>(&output.stdout).unwrap().as_array().unwrap().clone()
}

#[test]
fn embedded_table_is_the_seed_word_for_word() {
    let seed = seed_rows();
    assert_eq!(seed.len(), 18);
    let table = json_of(&["--list", "--json"]);
    let ours: Vec<(String, String, String)> = table
        .iter()
        .map(|e| {
            let returned = format!("{} {}", e["code"].as_str().unwrap(), e["reason"].as_str().unwrap());
            (e["group"].as_str().unwrap().to_string(), returned, e["description"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(ours, seed);
}

#[test]
fn exact_code_prints_its_detail() {
    httpref()
        .arg("404")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "404 Not Found (abnormal)\nThe server could not find the requested page.\n",
        ))
        .stdout(predicate::str::contains("http.StatusNotFound"));
}

#[test]
fn class_mask_prints_every_code_it_covers() {
    let output = httpref().arg("4xx").output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let codes: Vec<&str> = text.lines().map(|line| &line[..3]).collect();
    assert_eq!(codes, ["400", "401", "403", "404", "405", "406", "407", "408", "409"]);
    assert!(text.contains("408  Request Timeout                The request timed out.\n"));
}

#[test]
fn keywords_print_fuzzy_matches_best_first() {
    httpref()
        .args(["gateway", "timeout"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("504  Gateway Timeout  A gateway timeout error occurred.\n"));
}

#[test]
fn unknown_code_exits_1_with_the_closest() {
    httpref()
        .arg("418")
        .assert()
        .code(1)
        .stdout("")
        .stderr("httpref: unknown code 418; closest: 408 Request Timeout\n");
}

#[test]
fn nothing_matching_exits_1() {
    httpref().arg("qqqzzz").assert().code(1).stderr("httpref: nothing matches \"qqqzzz\"\n");
}

#[test]
fn list_prints_normal_then_abnormal() {
    let output = httpref().arg("--list").output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let normal = text.find("Normal\n200").unwrap();
    let abnormal = text.find("\nAbnormal\n400").unwrap();
    assert!(normal < abnormal);
    assert_eq!(text.lines().count(), 21);
}

#[test]
fn no_arguments_with_stdout_piped_prints_the_table() {
    let piped = httpref().output().unwrap();
    let listed = httpref().arg("--list").output().unwrap();
    assert!(piped.status.success());
    assert_eq!(piped.stdout, listed.stdout);
}

#[test]
fn json_round_trips_with_the_optional_fields() {
    let rows = json_of(&["--json", "409"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["code"], "409");
    assert_eq!(rows[0]["reason"], "Conflict");
    assert_eq!(rows[0]["group"], "abnormal");
    assert_eq!(rows[0]["spec"], "RFC 9110 §15.5.10");
    assert_eq!(rows[0]["rust"], "http::StatusCode::CONFLICT");
    let all = json_of(&["--json"]);
    assert_eq!(all.len(), 18);
    assert_eq!(all.iter().filter(|r| r["group"] == "normal").count(), 4);
}

#[test]
fn piped_output_has_no_colour() {
    httpref().arg("--list").assert().stdout(predicate::str::contains("\x1b").not());
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        httpref()
            .args(["--completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("table").and(predicate::str::contains("httpref")));
    }
    httpref().args(["--completions", "tcsh"]).assert().code(2);
}

#[test]
fn usage_error_exits_2() {
    httpref().arg("--no-such-flag").assert().code(2);
}

#[test]
fn own_table_is_used_instead() {
    let (_dir, path) = write_temp(
        "api.toml",
        b"[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"Unknown API\"\ndescription = \"The API does not exist.\"\n",
    );
    httpref()
        .arg("--table")
        .arg(&path)
        .arg("apig.0101")
        .assert()
        .success()
        .stdout("APIG.0101 Unknown API (abnormal)\nThe API does not exist.\n");
    httpref().arg("--table").arg(&path).arg("404").assert().code(1);
}

fn bad_table(contents: &[u8]) -> String {
    let (_dir, path) = write_temp("bad.toml", contents);
    let output = httpref().arg("--table").arg(&path).arg("--list").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "nothing but the message");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one message: {stderr}");
    let prefix = format!("httpref: {}:", path.display());
    stderr.strip_prefix(&prefix).unwrap_or_else(|| panic!("names the file: {stderr}")).trim_end().to_string()
}

#[test]
fn missing_table_file() {
    httpref()
        .args(["--table", "/no/such/table.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("httpref: /no/such/table.toml: cannot read: no such file\n");
}

#[test]
fn directory_as_table() {
    let dir = tempfile::tempdir().unwrap();
    httpref()
        .arg("--table")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(format!("httpref: {}: is a directory, not a table file\n", dir.path().display()));
}

#[test]
fn unreadable_table_path() {
    let (_dir, file) = write_temp("plain", b"x");
    let below_a_file = file.join("table.toml");
    httpref().arg("--table").arg(&below_a_file).assert().code(2).stderr(predicate::str::contains("cannot read"));
}

#[test]
fn table_not_utf8() {
    assert_eq!(bad_table(b"[[normal]]\ncode = \"\xff\"\n"), "2:9: not valid UTF-8 text");
}

#[test]
fn table_not_toml() {
    let message = bad_table(b"[[normal]\ncode = \"200\"\n");
    assert!(message.starts_with("1:"), "{message}");
}

#[test]
fn table_breaking_a_rule() {
    let entry = "code = \"200\"\nreason = \"OK\"\ndescription = \"d\"\n";
    let duplicate = format!("[[normal]]\n{entry}\n[[normal]]\n{entry}");
    assert_eq!(bad_table(duplicate.as_bytes()), "7:8: duplicate code \"200\" (first defined on line 2)");
    let unknown = format!("[[normal]]\n{entry}color = \"red\"\n");
    assert!(bad_table(unknown.as_bytes()).starts_with("5:1: unknown field `color`"));
    assert_eq!(bad_table(b"[[normal]]\ncode = \"\"\nreason = \"OK\"\ndescription = \"d\"\n"), "2:8: `code` is empty");
    let missing = bad_table(b"[[normal]]\ncode = \"200\"\n");
    assert!(missing.starts_with("1:1:") && missing.contains("missing field `reason`"), "{missing}");
}

#[test]
fn escape_sequences_in_a_table_never_reach_the_terminal() {
    let (_dir, path) = write_temp(
        "hostile.toml",
        "[[abnormal]]\ncode = \"E1\"\nreason = \"\\u001b]52;c;aGk=\\u0007Evil\"\ndescription = \"\\u001b[2J\\u202eoops\\u009b\"\n".as_bytes(),
    );
    for args in [vec!["E1"], vec!["--list"], vec!["evil"]] {
        let output = httpref().arg("--table").arg(&path).args(&args).output().unwrap();
        assert!(output.status.success());
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.contains(|c: char| c.is_control() && c != '\n'), "{args:?}: {text:?}");
        assert!(!text.contains('\u{202e}'));
        assert!(text.contains("␛]52;c;aGk=␇Evil"), "{text:?}");
    }
}
