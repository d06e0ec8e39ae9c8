//! The one-shot command line, through the real binary.

use crate::common;

#[cfg(unix)]
use common::tmux::{self, Tmux};
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
            "404 Not Found — abnormal\nThe server could not find the requested page.\n",
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
    httpref().arg("gateway").assert().success().stdout(predicate::str::starts_with(
        "504  Gateway Timeout  A gateway timeout error occurred.\n502  Bad Gateway",
    ));
}

#[test]
fn code_prefix_lists_the_codes_it_begins() {
    for (prefix, expected) in [
        ("40", &["400", "401", "403", "404", "405", "406", "407", "408", "409"][..]),
        ("50", &["500", "501", "502", "503", "504"]),
        ("2", &["200", "201", "202", "204"]),
    ] {
        let output = httpref().arg(prefix).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{prefix}");
        let text = String::from_utf8(output.stdout).unwrap();
        let codes: Vec<&str> = text.lines().map(|line| &line[..3]).collect();
        assert_eq!(codes, expected, "{prefix}");
    }
    httpref().arg("6").assert().code(1).stderr("httpref: unknown code 6\n");
}

#[test]
fn unknown_code_exits_1_without_a_nearby_code() {
    // 418, 429 and 410 are answered by the http catalogue (tests/catalogues.rs).
    for code in ["299", "318", "999"] {
        httpref().arg(code).assert().code(1).stdout("").stderr(format!("httpref: unknown code {code}\n"));
    }
}

#[test]
fn likely_typos_are_offered_the_code_or_reason_meant() {
    let closest = [
        ("044", "unknown code 044; closest: 404 Not Found"),
        ("053", "unknown code 053; closest: 503 Service Unavailable"),
        ("GAETWAY", "nothing matches \"GAETWAY\"; closest: 502 Bad Gateway, 504 Gateway Timeout"),
    ];
    for (query, message) in closest {
        httpref().arg(query).assert().code(1).stdout("").stderr(format!("httpref: {message}\n"));
    }
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
fn colour_can_be_forced_into_a_pipe_or_refused() {
    let coloured = predicate::str::contains("\x1b[");
    httpref().args(["--color=always", "404"]).assert().success().stdout(coloured.clone());
    httpref().args(["--color", "always", "--list"]).env("NO_COLOR", "1").assert().stdout(coloured);
    httpref().args(["--color=never", "404"]).assert().stdout(predicate::str::contains("\x1b").not());
    httpref().args(["--color=sometimes", "404"]).assert().code(2);
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
fn options_that_cannot_apply_together_are_usage_errors() {
    let conflicts: &[&[&str]] = &[
        &["--list", "404"],
        &["--list", "--query", "x"],
        &["--completions", "bash", "404"],
        &["--completions", "bash", "--list"],
        &["--completions", "bash", "--json"],
        &["--completions", "bash", "--table", "t.toml"],
        &["--completions", "bash", "--copy"],
        &["--completions", "bash", "--query", "x"],
        &["--completions", "bash", "--pick"],
        &["--query", "x", "404"],
        &["--query", "x", "--list"],
        &["--query", "x", "--json"],
        &["--pick", "404"],
        &["--pick", "--list"],
        &["--pick=line", "--json"],
        &["--pick", "--completions", "zsh"],
        &["--pick", "--copy"],
    ];
    for args in conflicts {
        httpref().args(*args).assert().code(2).stdout("").stderr(
            predicate::str::starts_with("error: the argument").and(predicate::str::contains("cannot be used with")),
        );
    }
}

#[test]
fn query_option_without_a_terminal_is_a_usage_error() {
    httpref()
        .args(["--query", "conflict"])
        .env("TERM", "xterm")
        .assert()
        .code(2)
        .stdout("")
        .stderr("httpref: --query opens the browser, but stdout is not a terminal\n");
}

#[test]
fn pick_goes_with_query_and_table() {
    // Not a conflict: what stops it here is only that TERM=dumb has no browser.
    let (_dir, path) = write_temp(
        "api.toml",
        b"[[abnormal]]\ncode = \"E1\"\nreason = \"Unknown API\"\ndescription = \"The API does not exist.\"\n",
    );
    httpref()
        .args(["--pick=line", "--query", "api", "--table"])
        .arg(&path)
        .env("TERM", "dumb")
        .assert()
        .code(2)
        .stdout("")
        .stderr("httpref: --pick opens the browser, but TERM=dumb\n");
}

#[test]
fn json_with_no_match_prints_an_empty_array() {
    for (query, message) in
        [("qqqzzz", "nothing matches \"qqqzzz\""), ("299", "unknown code 299"), ("6xx", "no code matches 6xx")]
    {
        httpref().args(["--json", query]).assert().code(1).stdout("[]\n").stderr(format!("httpref: {message}\n"));
    }
}

#[test]
fn clipboard_holder_is_in_neither_help_nor_completions() {
    for args in
        [&["--help"][..], &["-h"], &["--completions", "bash"], &["--completions", "zsh"], &["--completions", "fish"]]
    {
        httpref().args(args).assert().success().stdout(predicate::str::contains("clipboard-holder").not());
    }
}

#[cfg(unix)]
/// Runs `command` in a terminal (tmux), where the one-shot output could be coloured.
fn in_a_terminal(name: &str, command: &str) -> Option<String> {
    if !tmux::available() {
        return None;
    }
    let tmux = Tmux::start(name, 120, 50, &format!("{command}; echo DONE; sleep 600"), "");
    tmux.wait_for("DONE");
    Some(tmux.capture(&["-e"]))
}

/// No tmux: the terminal tests are Unix's.
#[cfg(not(unix))]
fn in_a_terminal(_name: &str, _command: &str) -> Option<String> {
    None
}

#[test]
fn dumb_terminal_gets_no_colour() {
    let command = "TERM=dumb \"$HTTPREF\" 404; echo DUMB=$?; \"$HTTPREF\" 404; echo COLOURED=$?";
    let Some(screen) = in_a_terminal("dumbcolour", command) else { return };
    let (dumb, coloured) = screen.split_once("DUMB=0").unwrap_or_else(|| panic!("{screen}"));
    assert!(dumb.contains("404 Not Found — abnormal"), "{screen}");
    assert!(!dumb.contains('\x1b'), "escape bytes with TERM=dumb: {dumb:?}");
    assert!(coloured.contains("\x1b[") && coloured.contains("COLOURED=0"), "colour on a real terminal: {coloured:?}");
}

#[test]
fn query_option_in_a_dumb_terminal_is_a_usage_error() {
    let Some(screen) = in_a_terminal("dumbquery", "TERM=dumb \"$HTTPREF\" --query conflict; echo EXIT=$?") else {
        return;
    };
    assert!(screen.contains("httpref: --query opens the browser, but TERM=dumb\nEXIT=2"), "{screen}");
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
        .stdout("APIG.0101 Unknown API — abnormal\nThe API does not exist.\n");
    // A code the table lacks is looked up in the other catalogues, and says so.
    httpref()
        .arg("--table")
        .arg(&path)
        .arg("404")
        .assert()
        .success()
        .stderr(predicate::str::contains("404 is not in the shown catalogue"));
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

#[cfg(unix)]
#[test]
fn pick_with_no_terminal_is_a_one_line_error_that_says_so() {
    if !common::require(&["setsid"]) {
        return;
    }
    // setsid: no controlling terminal, as under cron or a detached job.
    let output = std::process::Command::new("setsid")
        .arg("-w")
        .arg(assert_cmd::cargo::cargo_bin("httpref"))
        .arg("--pick")
        .env("TERM", "xterm")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("httpref: no terminal to draw on: /dev/tty cannot be opened ("), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");
}
