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

#[test]
fn utf16_with_its_byte_order_mark_is_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.md");
    let text = "# Códigos\n\n| 404 | Não encontrado 🙂 |\n";
    let little: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let big: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for bytes in [little, big] {
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(read_text(&path, Access::Named).unwrap(), text);
    }
    // A lone surrogate on line 2 is named where it is.
    let mut bad: Vec<u8> = [0xFF, 0xFE].into_iter().chain("a\nb".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    bad.extend([0x00, 0xD8]);
    std::fs::write(&path, &bad).unwrap();
    let err = read_text(&path, Access::Named).unwrap_err().to_string();
    assert!(err.ends_with(":2:2: not valid UTF-16 text"), "{err}");
}

#[test]
fn windows_1252_gives_every_byte_a_character() {
    assert_eq!(windows_1252(b"\x93quoted\x94 \x80 5 \xe9t\xe9 \x81"), "\u{201c}quoted\u{201d} € 5 été \u{81}");
    let err = decode_text("p.md", b"a\xffb".to_vec()).unwrap_err();
    assert_eq!(err.undecoded.as_deref(), Some(&b"a\xffb"[..]));
}
