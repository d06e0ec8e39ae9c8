use super::*;

#[test]
fn a_request_reads_back_exactly() {
    let text = "two\nlines, ünïcode and a trailing newline\n";
    let bytes = request(Duration::from_millis(1500), text);
    assert!(bytes.starts_with(format!("1500 {}\n", text.len()).as_bytes()));
    let mut input = &bytes[..];
    assert_eq!(read_request(&mut input), Some((Duration::from_millis(1500), text.to_string())));
    assert_eq!(input, b"", "nothing read past the text, where the go byte comes");
}

#[test]
fn a_bad_or_short_request_is_refused() {
    for bad in [&b""[..], b"12\nabc", b"x 3\nabc", b"10 5\nabc", b"10 2 3\nab", b"10 2\n\xff\xfe"] {
        assert_eq!(read_request(&mut &bad[..]), None, "{:?}", String::from_utf8_lossy(bad));
    }
}
