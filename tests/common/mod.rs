#![allow(dead_code)]

pub mod tmux;
pub mod xvfb;

use std::path::PathBuf;

/// The reference page the embedded table comes from.
pub fn seed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_4c40155d4d927529.txt")
}

/// (group, returned value, description) for every body row of the seed's
/// two tables, read straight from its HTML cells.
pub fn seed_rows() -> Vec<(String, String, String)> {
    let page = std::fs::read_to_string(seed_path()).expect("the seed page is beside the repository");
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
    cmd
}

pub fn write_temp(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    (dir, path)
}
