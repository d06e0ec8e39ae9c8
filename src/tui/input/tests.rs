use super::*;

fn press(code: KeyCode, modifiers: KeyModifiers) -> Event {
    key(code, modifiers)
}

fn plain(code: KeyCode) -> Event {
    press(code, KeyModifiers::NONE)
}

fn all(bytes: &[u8]) -> Vec<Event> {
    let mut parser = Parser::default();
    let mut events = parser.feed(bytes, false);
    events.extend(parser.paused());
    events
}

#[test]
fn keys_as_terminals_send_them() {
    assert_eq!(all(b"q"), [plain(KeyCode::Char('q'))]);
    assert_eq!(all(b"G"), [press(KeyCode::Char('G'), KeyModifiers::SHIFT)]);
    assert_eq!(all("é漢".as_bytes()), [plain(KeyCode::Char('é')), plain(KeyCode::Char('漢'))]);
    assert_eq!(all(b"\r\t\x7f"), [plain(KeyCode::Enter), plain(KeyCode::Tab), plain(KeyCode::Backspace)]);
    assert_eq!(
        all(b"\x03\x08\n"),
        [
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            press(KeyCode::Char('h'), KeyModifiers::CONTROL),
            press(KeyCode::Char('j'), KeyModifiers::CONTROL),
        ]
    );
    assert_eq!(
        all(b"\x1b[A\x1bOB\x1b[1;5C\x1b[D"),
        [plain(KeyCode::Up), plain(KeyCode::Down), press(KeyCode::Right, KeyModifiers::CONTROL), plain(KeyCode::Left),]
    );
    assert_eq!(all(b"\x1b[Z"), [press(KeyCode::BackTab, KeyModifiers::SHIFT)]);
    assert_eq!(
        all(b"\x1b[5~\x1b[6~\x1b[1~\x1b[4~\x1b[H\x1b[F\x1b[3~"),
        [
            plain(KeyCode::PageUp),
            plain(KeyCode::PageDown),
            plain(KeyCode::Home),
            plain(KeyCode::End),
            plain(KeyCode::Home),
            plain(KeyCode::End),
            plain(KeyCode::Delete),
        ]
    );
    assert_eq!(
        all(b"\x1bb\x1bf"),
        [press(KeyCode::Char('b'), KeyModifiers::ALT), press(KeyCode::Char('f'), KeyModifiers::ALT)]
    );
    assert_eq!(all(b"\x1bOP\x1b[15~\x1b[24~"), [plain(KeyCode::F(1)), plain(KeyCode::F(5)), plain(KeyCode::F(12))]);
}

#[test]
fn a_lone_esc_is_the_esc_key_once_input_pauses() {
    let mut parser = Parser::default();
    assert_eq!(parser.feed(b"\x1b", true), []);
    assert_eq!(parser.waiting(), Some(ESC_PAUSE));
    assert_eq!(parser.paused(), [plain(KeyCode::Esc)]);
    assert_eq!(parser.waiting(), None);
    // A sequence split across reads is one key.
    assert_eq!(parser.feed(b"\x1b[", true), []);
    assert_eq!(parser.feed(b"A", false), [plain(KeyCode::Up)]);
}

#[test]
fn mouse_reports() {
    let click =
        MouseEvent { kind: MouseEventKind::Down(MouseButton::Left), column: 9, row: 4, modifiers: KeyModifiers::NONE };
    assert_eq!(all(b"\x1b[<0;10;5M"), [Event::Mouse(click)]);
    assert_eq!(
        all(b"\x1b[<0;10;5m"),
        [Event::Mouse(MouseEvent { kind: MouseEventKind::Up(MouseButton::Left), ..click })]
    );
    assert_eq!(all(b"\x1b[<65;10;5M"), [Event::Mouse(MouseEvent { kind: MouseEventKind::ScrollDown, ..click })]);
    assert_eq!(all(b"\x1b[M *%"), [Event::Mouse(click)], "X10 encoding");
}

#[test]
fn a_paste_is_text_whatever_it_holds() {
    assert_eq!(all(b"\x1b[200~q\r\x1b[Aj\x1b[201~k"), [Event::Paste("q\r\x1b[Aj".into()), plain(KeyCode::Char('k')),]);
    // A pasted end sequence (tmux passes it on): the text runs to the last end of the burst.
    assert_eq!(all(b"\x1b[200~a\x1b[201~q\x1b[201~"), [Event::Paste("a\x1b[201~q".into())]);
    // Split across reads, the end sequence included.
    let mut parser = Parser::default();
    assert_eq!(parser.feed(b"\x1b[200~ab\x1b[20", true), []);
    assert_eq!(parser.feed(b"1~x", false), [Event::Paste("ab".into()), plain(KeyCode::Char('x'))]);
}

#[test]
fn a_paste_whose_end_never_comes_ends_after_a_pause_or_at_ctrl_c() {
    let mut parser = Parser::default();
    assert_eq!(parser.feed(b"\x1b[200~half a paste", false), []);
    assert_eq!(parser.waiting(), Some(PASTE_PAUSE));
    assert_eq!(parser.paused(), [Event::Paste("half a paste".into())]);
    assert_eq!(parser.feed(b"q", false), [plain(KeyCode::Char('q'))], "keys are keys again");

    let mut parser = Parser::default();
    assert_eq!(parser.feed(b"\x1b[200~stuck", false), []);
    assert_eq!(
        parser.feed(b"\x03", false),
        [Event::Paste("stuck".into()), press(KeyCode::Char('c'), KeyModifiers::CONTROL),]
    );
}

#[test]
fn junk_never_stalls_the_keys_after_it() {
    assert_eq!(all(b"\x1b[?1;2c\x1b[Ix"), [plain(KeyCode::Char('x'))]);
    assert_eq!(all(b"\xffy"), [plain(KeyCode::Char('y'))]);
    let long = [b"\x1b[".as_slice(), &[b'1'; 100]].concat();
    let mut parser = Parser::default();
    assert_eq!(parser.feed(&long, true), []);
    assert_eq!(parser.feed(b"z", false), [plain(KeyCode::Char('z'))]);
}
