use super::*;

#[test]
fn large_files_read_in_halves_as_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    // Multibyte characters around the middle, so the halves are cut inside one.
    let line = "é漢字🙂 ";
    let body = line.repeat((PARALLEL_READ_BYTES as usize * 2) / line.len() + 1);
    for text in [body.clone(), format!("\u{feff}{body}")] {
        std::fs::write(&path, &text).unwrap();
        assert_eq!(read_text(&path, Access::Named).unwrap(), text.trim_start_matches('\u{feff}'));
    }
    let mut bad = body.into_bytes();
    let at = bad.len() * 3 / 4;
    bad[at] = 0xff;
    std::fs::write(&path, &bad).unwrap();
    let err = read_text(&path, Access::Named).unwrap_err().to_string();
    assert!(err.contains("not valid UTF-8"), "{err}");
}
