//! Messages quote input (a table's keys and values, file names, a page's
//! cells, queries, arguments): every one reaches stdout and stderr cleaned,
//! whatever the input holds. And a closed or full stdout or stderr never
//! panics: the exit status stays the documented one.

#![cfg(unix)]

use crate::common;

use common::httpref;
use proptest::prelude::*;
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::process::{Command, Output, Stdio};

/// Pieces of hostile text: escape sequences (an OSC 52 clipboard write among
/// them), C1 controls, bidi controls, a BOM, NUL, BEL, line breaks, and
/// plain text to carry them.
const HOSTILE: &[&str] = &[
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b[2J",
    "\x1b[31m",
    "\x1bc",
    "\u{9b}31m",
    "\u{9d}52;c;aGk=\u{9c}",
    "\u{85}",
    "\u{202e}",
    "\u{202a}",
    "\u{2066}",
    "\u{2069}",
    "\u{200e}",
    "\u{200f}",
    "\u{61c}",
    "\u{feff}",
    "\0",
    "\x07",
    "\r",
    "\n",
    "\t",
    "\x7f",
    "a",
    "404",
    " ",
    "é",
    "漢",
];

fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(HOSTILE).prop_map(str::to_string),
        1 => "[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200e}\\u{200f}\\u{61c}\\u{feff}]",
    ];
    prop::collection::vec(piece, 1..6).prop_map(|pieces| pieces.concat())
}

fn is_unsafe(c: char) -> bool {
    c != '\n'
        && (c.is_control()
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'))
}

/// stdout and stderr are UTF-8 with no control (but line breaks), escape,
/// bidi control or BOM, and the program did not panic.
fn check(what: &str, output: &Output) -> Result<(), TestCaseError> {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = std::str::from_utf8(bytes);
        prop_assert!(text.is_ok(), "{what}: {stream} is not UTF-8: {bytes:?}");
        let text = text.unwrap();
        prop_assert!(!text.chars().any(is_unsafe), "{what}: {stream}: {text:?}");
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    prop_assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    prop_assert!(matches!(output.status.code(), Some(0..=2)), "{what}: {:?}: {stderr}", output.status);
    Ok(())
}

/// `text` as a TOML basic string, every control escaped.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn entry(code: &str) -> String {
    format!("[[normal]]\ncode = {code}\nreason = \"R\"\ndescription = \"D\"\n")
}

/// A file name with `text` in it: any bytes but `/` and NUL, as Linux allows.
fn file_name(text: &str, raw_byte: Option<u8>) -> OsString {
    let mut bytes: Vec<u8> = text.bytes().filter(|&b| b != b'/' && b != 0).collect();
    bytes.extend(raw_byte);
    bytes.extend(b".html");
    OsString::from_vec(bytes)
}

const PAGE: &str = "<h2>Errors</h2><table><tr><th>Code</th><th>Description</th></tr>\
                    <tr><td>404 Not Found</td><td>Gone.</td></tr></table>";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn table_errors_quote_keys_and_values_cleaned(text in hostile()) {
        let quoted = toml_string(&text);
        let tables = [
            ("unknown key", format!("{}{quoted} = \"x\"\n", entry("\"1\""))),
            ("unknown group", format!("[[{quoted}]]\ncode = \"1\"\n")),
            ("bad type", format!("normal = {quoted}\n")),
            ("code with a space", entry(&toml_string(&format!("a b{text}")))),
            ("duplicate code", entry(&quoted).repeat(2)),
            ("raw in a string", entry(&format!("\"{text}\""))),
            ("raw key", format!("{}{text} = 1\n", entry("\"1\""))),
        ];
        let dir = tempfile::tempdir().unwrap();
        for (what, source) in tables {
            let path = dir.path().join("t.toml");
            std::fs::write(&path, source).unwrap();
            check(what, &httpref().arg("--table").arg(&path).arg("404").output().unwrap())?;
        }
    }

    #[test]
    fn file_names_are_quoted_cleaned(text in hostile(), raw_byte in prop::option::of(0x80u8..=0xff)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(file_name(&text, raw_byte));
        check("missing table", &httpref().arg("--table").arg(&path).output().unwrap())?;
        check("missing page", &httpref().arg("import").arg(&path).output().unwrap())?;
        std::fs::write(&path, "[[normal]]\nbad = 1\n").unwrap();
        check("bad table", &httpref().arg("--table").arg(&path).output().unwrap())?;
        std::fs::write(&path, "<p>no table here</p>").unwrap();
        check("page without a table", &httpref().arg("import").arg(&path).output().unwrap())?;
        std::fs::write(&path, PAGE).unwrap();
        let imported = httpref().arg("import").arg(&path).output().unwrap();
        check("page", &imported)?;
        // The name is in the output's comment: the table still loads, with the page's one row.
        let table = dir.path().join("imported.toml");
        std::fs::write(&table, &imported.stdout).unwrap();
        let listed = httpref().arg("--table").arg(&table).args(["--list", "--json"]).output().unwrap();
        let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
        prop_assert_eq!(rows.as_array().map(Vec::len), Some(1), "{}", String::from_utf8_lossy(&imported.stdout));
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        check("directory", &httpref().arg("--table").arg(&path).output().unwrap())?;
    }

    #[test]
    fn import_reports_quote_cells_cleaned(text in hostile()) {
        let cell = text.replace(['<', '&', '|'], "");
        let pages = [
            ("header.html", format!("<table><tr><th>Code</th><th>{cell}</th></tr><tr><td>1</td><td>x</td></tr></table>")),
            ("header.md", format!("| Code | {} |\n|---|---|\n| 1 | x |\n", cell.replace('\n', " "))),
            (
                "rows.html",
                format!(
                    "<table><tr><th>Code</th><th>Description</th></tr><tr><td>4{cell}</td><td>x</td></tr>\
                     <tr><td>4{cell}</td><td>y</td></tr><tr><td>5{cell}</td><td></td></tr></table>"
                ),
            ),
        ];
        let dir = tempfile::tempdir().unwrap();
        for (name, page) in pages {
            let path = dir.path().join(name);
            std::fs::write(&path, &page).unwrap();
            check(name, &httpref().arg("import").arg(&path).output().unwrap())?;
            check("stdin", &httpref().args(["import", "-"]).write_stdin(page).output().unwrap())?;
        }
    }

    #[test]
    fn queries_and_arguments_are_quoted_cleaned(text in hostile()) {
        let text = text.replace('\0', ""); // an argument cannot hold NUL
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("api.toml");
        std::fs::write(&table, entry("\"APIG.0101\"")).unwrap();
        let runs: [(&str, Vec<OsString>); 8] = [
            ("query", vec![text.clone().into()]),
            ("code-like query", vec![format!("4{text}").into()]),
            ("json query", vec!["--json".into(), text.clone().into()]),
            ("table query", vec!["--table".into(), table.clone().into(), format!("APIG.{text}").into()]),
            ("unknown option", vec![format!("--{text}").into()]),
            ("bad pick field", vec![format!("--pick={text}").into()]),
            ("bad shell", vec!["--completions".into(), text.clone().into()]),
            ("import option", vec!["import".into(), format!("--{text}").into(), "x".into()]),
        ];
        for (what, args) in runs {
            check(what, &httpref().args(&args).output().unwrap())?;
            // clap's styles, as on a terminal: never with an argument that holds anything unsafe.
            if text.chars().any(is_unsafe) {
                check(what, &httpref().args(&args).env("CLICOLOR_FORCE", "1").output().unwrap())?;
            }
        }
    }
}

/// The binary run by `sh` with `redirect` (such as `2>&-`); its exit status and stderr.
fn run_redirected(args: &str, redirect: &str) -> (Option<i32>, String) {
    let binary = env!("CARGO_BIN_EXE_httpref");
    let script = format!("\"$0\" {args} {redirect}");
    let output = Command::new("sh").arg("-c").arg(script).arg(binary).env_remove("NO_COLOR").output().unwrap();
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn closed_or_full_stderr_keeps_the_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[normal]]\nbad = 1\n").unwrap();
    let no_table = dir.path().join("page.html");
    std::fs::write(&no_table, "<p>nothing</p>").unwrap();
    let seed = common::seed_path();
    let cases = [
        ("999", 1),
        ("404", 0),
        (&format!("--table {}", bad.display()), 2),
        (&format!("import {}", no_table.display()), 1),
        (&format!("import {}", seed.display()), 0),
        ("--bogus", 2),
        ("--list 404", 2),
        ("--query x", 2),
    ];
    for (args, status) in cases {
        for redirect in ["2>&-", "2>/dev/full", ">/dev/null 2>/dev/full"] {
            let (code, _) = run_redirected(args, redirect);
            assert_eq!(code, Some(status), "httpref {args} {redirect}");
        }
    }
}

#[test]
fn a_full_stdout_is_exit_status_2_with_a_message() {
    for args in ["404", "--list", "--json", "4xx", "--completions bash", "--help", "--version"] {
        let (code, stderr) = run_redirected(args, ">/dev/full");
        assert_eq!(code, Some(2), "httpref {args} >/dev/full: {stderr}");
        assert!(stderr.starts_with("httpref: cannot write output: "), "httpref {args}: {stderr}");
        // Neither stream works: the status still says so, without a panic.
        assert_eq!(run_redirected(args, ">/dev/full 2>/dev/full").0, Some(2), "httpref {args}");
        assert_eq!(run_redirected(args, ">/dev/full 2>&-").0, Some(2), "httpref {args}");
    }
    let seed = common::seed_path();
    let (code, stderr) = run_redirected(&format!("import {}", seed.display()), ">/dev/full");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("httpref: cannot write output: "), "{stderr}");
}

#[test]
fn a_closed_pipe_or_stdout_is_not_an_error() {
    for args in [&["--list"][..], &["--json"], &["4xx"], &["--help"], &["--completions", "zsh"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_httpref"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
    assert_eq!(run_redirected("--list", ">&-"), (Some(0), String::new()));
}

#[test]
fn arguments_that_are_not_utf8_are_usage_errors_quoted_cleaned() {
    let output = httpref().arg(std::ffi::OsStr::from_bytes(b"4\x9b2J\xff")).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    check("query", &output).unwrap();
}
