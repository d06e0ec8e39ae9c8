use super::*;

#[test]
fn lines_lose_every_control_but_their_breaks() {
    let hostile = "a\x1b]52;c;SGk=\x07\u{9b}2J\u{202e}b\r\nc\u{feff}\0";
    assert_eq!(line(hostile), "a␛]52;c;SGk=␇\u{fffd}2Jb c␀", "CRLF is one break, one space");
    assert_eq!(lines(hostile), "a␛]52;c;SGk=␇\u{fffd}2Jb \nc␀");
}
