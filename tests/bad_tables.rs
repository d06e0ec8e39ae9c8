//! Every kind of bad or odd table, through the real binary: it loads, or it
//! fails with one line naming file:line:column and the problem, exit 2.

mod common;

use common::{httpref, write_temp};

const ENTRY: &str = "code = \"200\"\nreason = \"OK\"\ndescription = \"Fine.\"\n";

/// Runs `--list` on a table of these bytes: Ok(stdout) or Err(the message after "file:").
fn list(contents: &[u8]) -> Result<String, String> {
    let (_dir, path) = write_temp("t.toml", contents);
    let output = httpref().arg("--table").arg(&path).arg("--list").output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    match output.status.code() {
        Some(0) => Ok(String::from_utf8(output.stdout).unwrap()),
        Some(2) => {
            assert!(output.stdout.is_empty());
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            let prefix = format!("httpref: {}:", path.display());
            Err(stderr.strip_prefix(&prefix).unwrap_or_else(|| panic!("{stderr}")).trim_end().to_string())
        }
        other => panic!("exit {other:?}: {stderr}"),
    }
}

#[test]
fn empty_file_and_no_rows() {
    assert!(list(b"").unwrap_err().contains("no codes"));
    assert!(list(b"# nothing here\n\n").unwrap_err().contains("no codes"));
    assert!(list(b"normal = []\nabnormal = []\n").unwrap_err().contains("no codes"));
}

#[test]
fn only_one_group_loads() {
    let out = list(format!("[[abnormal]]\n{ENTRY}").as_bytes()).unwrap();
    assert_eq!(out, "Abnormal\n200  OK  Fine.\n");
}

#[test]
fn bom_and_crlf_load() {
    let text = format!("\u{feff}[[normal]]\r\n{}", ENTRY.replace('\n', "\r\n"));
    assert_eq!(list(text.as_bytes()).unwrap(), "Normal\n200  OK  Fine.\n");
}

#[test]
fn wrong_types_name_the_place() {
    assert!(list(b"[[normal]]\ncode = 200\nreason = \"OK\"\ndescription = \"d\"\n").unwrap_err().starts_with("2:8:"));
    assert!(list(b"[[normal]]\ncode = \"200\"\nreason = [\"OK\"]\ndescription = \"d\"\n")
        .unwrap_err()
        .starts_with("3:10:"));
    assert!(list(b"normal = \"oops\"\n").unwrap_err().starts_with("1:10:"));
}

#[test]
fn unknown_keys_and_duplicates() {
    assert!(list(format!("[[normal]]\n{ENTRY}extra = 1\n").as_bytes())
        .unwrap_err()
        .starts_with("5:1: unknown field `extra`"));
    let message = list(format!("[[normal]]\n{ENTRY}[[abnormal]]\n{ENTRY}").as_bytes()).unwrap_err();
    assert_eq!(message, "6:8: duplicate code \"200\" (first defined on line 2)");
}

#[test]
fn a_one_megabyte_line_loads_and_prints() {
    let long = "word ".repeat(200_000);
    let text = format!("[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"{long}\"\n");
    let out = list(text.as_bytes()).unwrap();
    assert!(out.len() > 1_000_000);
    let (_dir, path) = write_temp("t.toml", text.as_bytes());
    httpref().arg("--table").arg(&path).arg("200").assert().success();
}

#[test]
fn a_huge_file_is_refused_before_reading() {
    let (_dir, path) = write_temp("huge.toml", b"");
    // Sparse: no disk used, but its size is over the limit.
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(httpref::table::MAX_FILE_BYTES + 10 * 1024 * 1024)
        .unwrap();
    let output = httpref().arg("--table").arg(&path).arg("--list").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr, format!("httpref: {}: too large: 266 MiB, the limit is 256 MiB\n", path.display()));
}

#[test]
fn binary_garbage_is_refused() {
    let message = list(b"[[normal]]\n\x00\x01\x02\xfe\xff").unwrap_err();
    assert_eq!(message, "2:4: not valid UTF-8 text");
    assert!(list(b"\x00\x00\x00").is_err());
}
