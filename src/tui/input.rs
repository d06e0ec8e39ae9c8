//! The terminal's bytes as key, mouse and paste events, read here rather than
//! by crossterm where the terminal is a byte stream (Unix) so that a paste
//! is bounded: one whose end never comes ends after a pause, or at Ctrl-c,
//! and keys inside a paste stay text even when it holds the end sequence.
//! Pure: bytes in, events out, the caller says when input paused.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use std::time::Duration;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";
/// A paste arrives in one burst: this long without a byte, it has ended.
pub const PASTE_PAUSE: Duration = Duration::from_millis(300);
/// An ESC with nothing after it for this long is the Esc key.
pub const ESC_PAUSE: Duration = Duration::from_millis(30);
/// No escape sequence of a key or a click is longer; past this, the bytes are dropped.
const LONGEST_SEQUENCE: usize = 64;

#[derive(Debug, Default)]
pub struct Parser {
    /// Bytes of a sequence not complete yet.
    pending: Vec<u8>,
    /// Inside a bracketed paste: its text so far.
    paste: Option<Vec<u8>>,
}

enum Parsed {
    Event(Event, usize),
    PasteStart(usize),
    Skip(usize),
    Incomplete,
}

impl Parser {
    /// Events for `bytes`; `more` says whether further bytes are already
    /// waiting (then an ESC at the end is the start of a sequence).
    pub fn feed(&mut self, bytes: &[u8], more: bool) -> Vec<Event> {
        self.pending.extend_from_slice(bytes);
        let mut events = Vec::new();
        loop {
            if self.paste.is_some() {
                if !self.read_paste(&mut events) {
                    break;
                }
                continue;
            }
            if self.pending.is_empty() {
                break;
            }
            match parse(&self.pending, more) {
                Parsed::Event(event, used) => {
                    self.pending.drain(..used);
                    events.push(event);
                }
                Parsed::PasteStart(used) => {
                    self.pending.drain(..used);
                    self.paste = Some(Vec::new());
                }
                Parsed::Skip(used) => {
                    self.pending.drain(..used);
                }
                Parsed::Incomplete => break,
            }
        }
        events
    }

    /// How long to wait for more input before [`Parser::paused`], if anything is pending.
    pub fn waiting(&self) -> Option<Duration> {
        match (&self.paste, self.pending.is_empty()) {
            (Some(_), _) => Some(PASTE_PAUSE),
            (None, false) => Some(ESC_PAUSE),
            (None, true) => None,
        }
    }

    /// Input paused: an unfinished paste ends with what it has, a lone ESC is the Esc key.
    pub fn paused(&mut self) -> Vec<Event> {
        if let Some(mut text) = self.paste.take() {
            text.append(&mut self.pending);
            return vec![Event::Paste(String::from_utf8_lossy(&text).into_owned())];
        }
        self.feed(&[], false)
    }

    /// Takes paste text from the pending bytes; whether the paste ended.
    fn read_paste(&mut self, events: &mut Vec<Event>) -> bool {
        let Some(paste) = self.paste.as_mut() else { return false };
        if let Some(end) = find(&self.pending, PASTE_END) {
            // Keys inside a paste are text: while another end follows in the same burst, with no
            // start between, the text ran to it (a pasted end sequence, passed on by tmux).
            let mut end = end;
            while let Some(next) = find(&self.pending[end + PASTE_END.len()..], PASTE_END) {
                let next = end + PASTE_END.len() + next;
                if find(&self.pending[end..next], PASTE_START).is_some() {
                    break;
                }
                end = next;
            }
            paste.extend_from_slice(&self.pending[..end]);
            self.pending.drain(..end + PASTE_END.len());
            self.finish_paste(events);
            return true;
        }
        // Ctrl-c always works: it ends a paste whose end never came.
        if let Some(interrupt) = self.pending.iter().position(|&b| b == 0x03) {
            paste.extend_from_slice(&self.pending[..interrupt]);
            self.pending.drain(..interrupt);
            self.finish_paste(events);
            return true;
        }
        // All but what may be the start of the end sequence is text.
        let keep = (1..PASTE_END.len()).rev().find(|&n| self.pending.ends_with(&PASTE_END[..n])).unwrap_or(0);
        let text = self.pending.len() - keep;
        paste.extend_from_slice(&self.pending[..text]);
        self.pending.drain(..text);
        false
    }

    fn finish_paste(&mut self, events: &mut Vec<Event>) {
        if let Some(text) = self.paste.take() {
            events.push(Event::Paste(String::from_utf8_lossy(&text).into_owned()));
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// The first event of `bytes`.
fn parse(bytes: &[u8], more: bool) -> Parsed {
    match bytes {
        [0x1b] if more => Parsed::Incomplete,
        [0x1b] => Parsed::Event(key(KeyCode::Esc, KeyModifiers::NONE), 1),
        [0x1b, b'[', ..] => parse_csi(bytes, more),
        [0x1b, b'O'] if more => Parsed::Incomplete,
        [0x1b, b'O', last, ..] => match ss3(*last) {
            Some(code) => Parsed::Event(key(code, KeyModifiers::NONE), 3),
            None => Parsed::Skip(3),
        },
        [0x1b, 0x1b, ..] => Parsed::Event(key(KeyCode::Esc, KeyModifiers::NONE), 2),
        // Alt with a key: ESC before it.
        [0x1b, rest @ ..] => match parse(rest, more) {
            Parsed::Event(Event::Key(mut event), used) => {
                event.modifiers |= KeyModifiers::ALT;
                Parsed::Event(Event::Key(event), used + 1)
            }
            Parsed::Incomplete => Parsed::Incomplete,
            _ => Parsed::Event(key(KeyCode::Esc, KeyModifiers::NONE), 1),
        },
        [byte, ..] if *byte < 0x20 || *byte == 0x7f => Parsed::Event(control(*byte), 1),
        _ => parse_char(bytes, more),
    }
}

/// C0 controls and DEL, as terminals send keys with Ctrl (and Enter, Tab, Backspace).
fn control(byte: u8) -> Event {
    match byte {
        b'\r' => key(KeyCode::Enter, KeyModifiers::NONE),
        b'\t' => key(KeyCode::Tab, KeyModifiers::NONE),
        0x7f => key(KeyCode::Backspace, KeyModifiers::NONE),
        0 => key(KeyCode::Char(' '), KeyModifiers::CONTROL),
        0x01..=0x1a => key(KeyCode::Char(char::from(byte - 1 + b'a')), KeyModifiers::CONTROL),
        _ => key(KeyCode::Char(char::from(byte - 0x1c + b'4')), KeyModifiers::CONTROL),
    }
}

fn parse_char(bytes: &[u8], more: bool) -> Parsed {
    let length = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Parsed::Skip(1),
    };
    if bytes.len() < length {
        return if more { Parsed::Incomplete } else { Parsed::Skip(bytes.len()) };
    }
    match std::str::from_utf8(&bytes[..length]).ok().and_then(|s| s.chars().next()) {
        Some(c) => {
            let modifiers = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            Parsed::Event(key(KeyCode::Char(c), modifiers), length)
        }
        None => Parsed::Skip(1),
    }
}

fn ss3(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'M' => KeyCode::Enter,
        b'P'..=b'S' => KeyCode::F(last - b'P' + 1),
        _ => return None,
    })
}

/// `ESC [` …: keys with their modifiers, mouse reports, the start of a paste.
fn parse_csi(bytes: &[u8], more: bool) -> Parsed {
    if bytes.get(2) == Some(&b'M') {
        // X10 mouse: three bytes after, each offset by 32.
        return match bytes.get(3..6) {
            Some(&[button, column, row]) => mouse(
                u16::from(button.saturating_sub(32)),
                u16::from(column.saturating_sub(32)),
                u16::from(row.saturating_sub(32)),
                true,
            )
            .map_or(Parsed::Skip(6), |event| Parsed::Event(event, 6)),
            _ if more => Parsed::Incomplete,
            _ => Parsed::Skip(bytes.len()),
        };
    }
    let Some(end) = bytes.iter().skip(2).position(|b| (0x40..=0x7e).contains(b)).map(|i| i + 2) else {
        return if bytes.len() > LONGEST_SEQUENCE {
            Parsed::Skip(bytes.len())
        } else if more {
            Parsed::Incomplete
        } else {
            // A sequence cut short by a pause: its bytes are no key.
            Parsed::Skip(bytes.len())
        };
    };
    let used = end + 1;
    let params = std::str::from_utf8(&bytes[2..end]).unwrap_or_default();
    let last = bytes[end];
    if let Some(sgr) = params.strip_prefix('<') {
        let numbers: Vec<u16> = sgr.split(';').filter_map(|n| n.parse().ok()).collect();
        return match numbers[..] {
            [button, column, row] => {
                mouse(button, column, row, last == b'M').map_or(Parsed::Skip(used), |event| Parsed::Event(event, used))
            }
            _ => Parsed::Skip(used),
        };
    }
    let numbers: Vec<u16> = params.split(';').map(|n| n.parse().unwrap_or(1)).collect();
    let modifiers = modifiers(numbers.get(1).copied().unwrap_or(1));
    let code = match (last, numbers.first().copied().unwrap_or(1)) {
        (b'~', 200) => return Parsed::PasteStart(used),
        (b'A', _) => KeyCode::Up,
        (b'B', _) => KeyCode::Down,
        (b'C', _) => KeyCode::Right,
        (b'D', _) => KeyCode::Left,
        (b'H', _) | (b'~', 1 | 7) => KeyCode::Home,
        (b'F', _) | (b'~', 4 | 8) => KeyCode::End,
        (b'Z', _) => return Parsed::Event(key(KeyCode::BackTab, KeyModifiers::SHIFT | modifiers), used),
        (b'P'..=b'S', _) => KeyCode::F(last - b'P' + 1),
        (b'~', 2) => KeyCode::Insert,
        (b'~', 3) => KeyCode::Delete,
        (b'~', 5) => KeyCode::PageUp,
        (b'~', 6) => KeyCode::PageDown,
        (b'~', n @ 11..=15) => KeyCode::F((n - 10) as u8),
        (b'~', n @ 17..=21) => KeyCode::F((n - 11) as u8),
        (b'~', n @ 23..=24) => KeyCode::F((n - 12) as u8),
        // Focus reports, a stray end of paste, and what no key sends.
        _ => return Parsed::Skip(used),
    };
    Parsed::Event(key(code, modifiers), used)
}

/// xterm's modifier parameter: 1 + Shift 1, Alt 2, Ctrl 4.
fn modifiers(parameter: u16) -> KeyModifiers {
    let bits = parameter.saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    if bits & 1 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    modifiers
}

/// A mouse report: button code (with Shift 4, Alt 8, Ctrl 16, motion 32,
/// wheel 64), 1-based column and row, and whether a button went down.
fn mouse(button: u16, column: u16, row: u16, pressed: bool) -> Option<Event> {
    let which = match button & 0b11 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        2 => MouseButton::Right,
        _ => MouseButton::Left,
    };
    let released = button & 0b11 == 3 && button & 64 == 0;
    let kind = match (button & 64 != 0, button & 32 != 0) {
        (true, _) => match button & 0b11 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        },
        (false, true) if released => MouseEventKind::Moved,
        (false, true) => MouseEventKind::Drag(which),
        (false, false) if !pressed || released => MouseEventKind::Up(which),
        (false, false) => MouseEventKind::Down(which),
    };
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [(4, KeyModifiers::SHIFT), (8, KeyModifiers::ALT), (16, KeyModifiers::CONTROL)] {
        if button & bit != 0 {
            modifiers |= modifier;
        }
    }
    Some(Event::Mouse(MouseEvent { kind, column: column.checked_sub(1)?, row: row.checked_sub(1)?, modifiers }))
}

#[cfg(test)]
mod tests;
