use super::*;

#[test]
fn exact_bytes() {
    assert_eq!(sequence("hi").unwrap(), "\x1b]52;c;aGk=\x07");
    assert_eq!(sequence("").unwrap(), "\x1b]52;c;\x07");
}

#[test]
fn payload_is_base64_so_text_cannot_end_the_sequence() {
    let seq = sequence("a\x07b\x1b\\c").unwrap();
    assert_eq!(seq.matches('\x07').count(), 1);
    assert_eq!(seq.matches('\x1b').count(), 1);
}

#[test]
fn size_limit_is_exact() {
    let largest = "x".repeat(MAX_TEXT);
    assert_eq!(sequence(&largest).unwrap().len(), MAX_ENCODED + "\x1b]52;c;\x07".len());
    let err = sequence(&format!("{largest}x")).unwrap_err().to_string();
    assert_eq!(err, format!("{} bytes is over the terminal clipboard's limit of {MAX_TEXT}", MAX_TEXT + 1));
}
