//! Every kind of bad or odd table, through the real binary: it loads, or it
//! fails with one line naming file:line:column and the problem, exit 2.

use crate::common;

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
    assert_eq!(stderr, format!("httpref: {}: larger than 256 MiB (266 MiB)\n", path.display()));
}

/// Devices, FIFOs and shell pipes: Unix's.
#[cfg(unix)]
mod devices_and_fifos {
    use super::*;

    /// Runs `httpref ARGS` through `sh -c` (for redirections and pipes) with at most 1 GiB of
    /// address space, as memory stays bounded on any input: (exit status, stderr).
    fn bounded_run(shell: &str) -> (Option<i32>, String) {
        let script = format!("ulimit -v 1048576 || exit 99; {shell}");
        let output = std::process::Command::new("sh")
            .args(["-c", &script, "sh"])
            .env("HTTPREF", assert_cmd::cargo::cargo_bin("httpref"))
            .output()
            .unwrap();
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    }

    #[test]
    fn endless_devices_stop_at_the_limit_in_bounded_memory() {
        for (shell, name) in [
            ("\"$HTTPREF\" --table /dev/zero 200", "/dev/zero"),
            ("\"$HTTPREF\" --table /dev/urandom --list", "/dev/urandom"),
            ("\"$HTTPREF\" import /dev/zero", "/dev/zero"),
            ("\"$HTTPREF\" import - < /dev/zero", "<stdin>"),
            ("head -c 300000000 /dev/zero | \"$HTTPREF\" import -", "<stdin>"),
        ] {
            let (status, stderr) = bounded_run(shell);
            assert_eq!(
                (status, stderr.as_str()),
                (Some(2), &*format!("httpref: {name}: larger than 256 MiB\n")),
                "{shell}"
            );
        }
    }

    #[test]
    fn standard_input_up_to_the_limit_is_read() {
        let (status, stderr) =
            bounded_run("printf '| Code | Description |\\n|---|---|\\n| 200 | Fine |\\n' | \"$HTTPREF\" import -");
        assert_eq!(status, Some(0), "{stderr}");
    }

    #[test]
    fn pages_whose_reading_would_multiply_them_are_refused_in_bounded_memory() {
        let dir = tempfile::tempdir().unwrap();
        let spanning = "<td colspan=50 rowspan=1000>".to_string() + &"y".repeat(2000) + "</td>";
        let rows: String = (0..100).map(|n| format!("<tr><td>4{n:02}</td>{spanning}</tr>")).collect();
        let formatting =
            ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
        let opened: String = formatting.iter().map(|tag| format!("<{tag}>")).collect();
        let pages = [
            (
                "spans.html",
                format!("<table><tr><th>Code</th><th>Description</th></tr>{rows}</table>"),
                "spanning cells",
            ),
            ("reopened.html", format!("<p>{}{}", opened.repeat(3), "<p>x".repeat(2_000_000)), "its markup makes"),
            ("links.html", "<a>x".repeat(1_000_000), "its markup makes"),
        ];
        for (name, page, says) in pages {
            std::fs::write(dir.path().join(name), page).unwrap();
            let (status, stderr) = bounded_run(&format!("\"$HTTPREF\" import {}/{name}", dir.path().display()));
            assert_eq!(status, Some(2), "{name}: {stderr}");
            assert!(stderr.contains(says) && stderr.contains("refused to keep memory bounded"), "{name}: {stderr}");
        }
    }

    /// A FIFO in a new directory, and a thread writing `contents` (repeated `times`) into it.
    fn fifo(
        contents: &'static [u8],
        times: usize,
    ) -> (tempfile::TempDir, std::path::PathBuf, std::thread::JoinHandle<()>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("table.fifo");
        let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
        let writer_path = path.clone();
        let writer = std::thread::spawn(move || {
            let mut fifo = std::fs::OpenOptions::new().write(true).open(writer_path).unwrap();
            for _ in 0..times {
                // The reader stops early on a file too large: a broken pipe then is expected.
                if std::io::Write::write_all(&mut fifo, contents).is_err() {
                    break;
                }
            }
        });
        (dir, path, writer)
    }

    #[test]
    fn a_fifo_loads_and_stops_at_the_limit() {
        let table = b"[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"Fine.\"\n";
        let (_dir, path, writer) = fifo(table, 1);
        let output = httpref().arg("--table").arg(&path).arg("--list").output().unwrap();
        writer.join().unwrap();
        assert_eq!(String::from_utf8(output.stdout).unwrap(), "Normal\n200  OK  Fine.\n");

        static MIB: [u8; 1 << 20] = [b' '; 1 << 20];
        let (_dir, path, writer) = fifo(&MIB, 300);
        let output = httpref().arg("--table").arg(&path).arg("--list").output().unwrap();
        writer.join().unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr, format!("httpref: {}: larger than 256 MiB\n", path.display()));
    }
}

#[test]
fn a_bare_cr_at_the_end_is_refused_however_the_file_is_read() {
    assert!(list(format!("[[normal]]\n{ENTRY}").trim_end().replace('\n', "\r\n").as_bytes()).is_ok());
    let message = list(format!("[[normal]]\n{}\r", ENTRY.trim_end()).as_bytes()).unwrap_err();
    assert!(message.starts_with("4:"), "{message}");
}

#[test]
fn fields_of_invisible_characters_are_empty_and_codes_compare_without_them() {
    let blank = "\u{200B}\u{200D}\u{2060}\u{FEFF}\u{00AD}\u{200F} ";
    let row = |code: &str, description: &str, notes: &str| {
        format!("code = \"{code}\"\nreason = \"OK\"\ndescription = \"{description}\"\nnotes = \"{notes}\"\n")
    };
    let message = list(format!("[[normal]]\n{}", row("200", blank, "n")).as_bytes()).unwrap_err();
    assert_eq!(message, "4:15: `description` is empty");
    let out = list(format!("[[normal]]\n{}", row("2\u{200B}00", "Fine.", blank)).as_bytes()).unwrap();
    assert_eq!(out, "Normal\n200  OK  Fine.\n");
    let both = format!("[[normal]]\n{}[[abnormal]]\n{}", row("404", "d", "n"), row("4\u{200B}04", "d", "n"));
    assert_eq!(list(both.as_bytes()).unwrap_err(), "7:8: duplicate code \"404\" (first defined on line 2)");
}

#[test]
fn deep_nesting_is_refused_with_its_place_and_no_crash() {
    let deep = 100_000;
    for (text, place) in [
        (format!("a = {}", "[".repeat(deep)), "1:69:"),
        (format!("a = {}1{}", "{a=".repeat(deep), "}".repeat(deep)), "1:197:"),
        (format!("{} = 1\n", vec!["a"; deep].join(".")), "1:128:"),
        (format!("[{}]\n", vec!["a"; deep].join(".")), "1:129:"),
    ] {
        assert_eq!(list(text.as_bytes()).unwrap_err(), format!("{place} nested more than 64 levels deep"));
    }
}

#[test]
fn binary_garbage_is_refused() {
    let message = list(b"[[normal]]\n\x00\x01\x02\xfe\xff").unwrap_err();
    assert_eq!(message, "2:4: not valid UTF-8 text");
    assert!(list(b"\x00\x00\x00").is_err());
}

#[test]
fn a_crlf_inside_a_multi_line_string_is_one_space() {
    let table =
        "[[normal]]\r\ncode = \"200\"\r\nreason = \"OK\"\r\ndescription = \"\"\"first\r\nsecond\r\n\r\nthird\"\"\"\r\n";
    let (_dir, path) = common::write_temp("crlf.toml", table.as_bytes());
    httpref()
        .arg("--table")
        .arg(&path)
        .arg("--list")
        .assert()
        .success()
        .stdout("Normal\n200  OK  first second  third\n");
}
