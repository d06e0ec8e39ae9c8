#![allow(dead_code)]

#[cfg(unix)]
pub mod tmux;
#[cfg(unix)]
pub mod xvfb;

pub mod screen;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The reference page the embedded table comes from (a copy kept in the repository).
pub fn seed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed_status_codes.txt")
}

/// Whether every one of `tools` is on PATH. When one is not: under CI (`CI`
/// set) the test fails, saying what to install; otherwise it is skipped,
/// with a message written straight to stderr so that `cargo test` shows it
/// (libtest swallows `eprintln!` from a passing test).
pub fn require(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|tool| !on_path(tool)).collect();
    if missing.is_empty() {
        return true;
    }
    let test = std::thread::current().name().unwrap_or("a test").to_string();
    let missing = missing.join(", ");
    let install = "apt-get install -y tmux xvfb xclip";
    assert!(std::env::var_os("CI").is_none(), "{test}: needs {missing}, which CI must have ({install})");
    let _ = writeln!(std::io::stderr().lock(), "skipped {test}: needs {missing}, not installed ({install})");
    false
}

fn on_path(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// (group, returned value, description) for every body row of the seed's
/// two tables, read straight from its HTML cells.
pub fn seed_rows() -> Vec<(String, String, String)> {
    let page = std::fs::read_to_string(seed_path()).expect("the seed page is in tests/fixtures");
    let abnormal_at = page.find("-   Abnormal").expect("an Abnormal label");
    let mut rows = Vec::new();
    for (group, part) in [("normal", &page[..abnormal_at]), ("abnormal", &page[abnormal_at..])] {
        let body = &part[part.find("<tbody>").expect("a table body")..];
        let cells: Vec<String> = body
            .split("</p>")
            .filter_map(|piece| piece.rsplit("</a>").next())
            .map(|text| text.trim().to_string())
            .filter(|text| !text.is_empty() && !text.starts_with('<'))
            .collect();
        for pair in cells.chunks(2) {
            rows.push((group.to_string(), pair[0].clone(), pair[1].clone()));
        }
    }
    rows
}

pub fn httpref() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("httpref").unwrap();
    cmd.env_remove("NO_COLOR");
    // The user's own catalogues (config folder) never leak into a test.
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/httpref-test-config");
    cmd
}

/// A scratch directory only this user can enter, as `XDG_RUNTIME_DIR` must
/// be for the clipboard's lock files to go there.
#[cfg(unix)]
pub fn private_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    dir
}

pub fn write_temp(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    (dir, path)
}
