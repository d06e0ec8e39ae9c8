//! The only room that touches the real terminal: raw mode, alternate
//! screen, mouse, bracketed paste, restoring all of it on every way out,
//! suspending, and the threads that read input and signals.

use crate::platform;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;

/// Whether the terminal is in the browser's modes and so needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether the browser draws on the terminal itself (`/dev/tty`, the
/// console) because stdout is not a terminal.
static ON_TTY: AtomicBool = AtomicBool::new(false);

/// Where the browser draws: stdout, or the terminal itself when stdout is
/// captured (`code=$(httpref --pick)`).
pub enum Output {
    Stdout(io::Stdout),
    Tty(File),
}

impl Output {
    fn open() -> io::Result<Output> {
        if ON_TTY.load(Ordering::SeqCst) {
            std::fs::OpenOptions::new().write(true).open(platform::TERMINAL).map(Output::Tty)
        } else {
            Ok(Output::Stdout(io::stdout()))
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(out) => out.write(buf),
            Output::Tty(out) => out.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(out) => out.flush(),
            Output::Tty(out) => out.flush(),
        }
    }
}

/// Puts the terminal back as it was. Safe to call more than once and from a
/// panic hook: only the first call after the modes were entered does anything.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        if let Ok(mut out) = Output::open() {
            let _ = execute!(out, DisableBracketedPaste, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
        }
        let _ = terminal::disable_raw_mode();
    }
}

fn enter_modes(out: &mut impl Write) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(out, EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste)
}

/// The terminal in browser mode; dropping it restores the terminal.
pub struct Session {
    pub terminal: Terminal<CrosstermBackend<Output>>,
}

impl Session {
    pub fn start() -> io::Result<Session> {
        ON_TTY.store(!io::stdout().is_terminal(), Ordering::SeqCst);
        install_panic_hook();
        let mut out = Output::open().map_err(|err| {
            let reason = crate::source::io_reason(&err);
            io::Error::new(
                err.kind(),
                format!("no terminal to draw on: {} cannot be opened ({reason})", platform::TERMINAL),
            )
        })?;
        enter_modes(&mut out)?;
        Ok(Session { terminal: Terminal::new(CrosstermBackend::new(out))? })
    }

    /// Ctrl-z: hands the terminal back to the shell and stops, as any job
    /// does; on `fg`, takes it back and redraws everything.
    pub fn suspend(&mut self) -> io::Result<()> {
        restore();
        platform::suspend();
        enter_modes(self.terminal.backend_mut())?;
        // Terminal::clear would ask the terminal for the cursor, which waits on the input thread.
        execute!(self.terminal.backend_mut(), terminal::Clear(terminal::ClearType::All))?;
        // Both buffers emptied: the next frame is drawn whole.
        self.terminal.swap_buffers();
        self.terminal.swap_buffers();
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Makes each link drawn at its place an OSC 8 hyperlink: written over the
/// same text, the cursor saved and restored around it. Terminals that do not
/// know OSC 8 ignore the sequence and keep the text.
pub fn hyperlinks(session: &mut Session, links: &[(ratatui::layout::Position, String)]) -> io::Result<()> {
    if links.is_empty() {
        return Ok(());
    }
    let out = session.terminal.backend_mut();
    for (at, url) in links {
        write!(out, "\x1b7\x1b[{};{}H\x1b[0m\x1b]8;;{url}\x1b\\{url}\x1b]8;;\x1b\\\x1b8", at.y + 1, at.x + 1)?;
    }
    out.flush()
}

/// What the input and signal threads tell the event loop.
pub enum FromTerminal {
    Event(Event),
    /// The terminal is gone (hung up, closed) or cannot be read.
    Closed(io::Error),
    /// A signal that ends the browser.
    Signal(i32),
}

/// Reads the terminal's events, and watches for the terminal going away
/// without a SIGHUP (a closed pty under `setsid`), which would otherwise
/// leave the reader spinning on end of input.
pub fn spawn_input_thread(sender: mpsc::Sender<FromTerminal>) -> io::Result<()> {
    if platform::READS_TERMINAL_BYTES {
        let tty = platform::open_input()?;
        let watched = tty.try_clone()?;
        let watcher = sender.clone();
        thread::spawn(move || {
            if let Some(gone) = platform::wait_for_hangup(&watched) {
                let _ = watcher.send(FromTerminal::Closed(gone));
            }
        });
        thread::spawn(move || read_bytes(tty, &sender));
        return Ok(());
    }
    thread::spawn(move || loop {
        let message = match event::read() {
            Ok(event) => FromTerminal::Event(event),
            Err(err) => FromTerminal::Closed(err),
        };
        let closed = matches!(message, FromTerminal::Closed(_));
        if sender.send(message).is_err() || closed {
            break;
        }
    });
    Ok(())
}

/// Before the first frame: resizes are watched from the start, so one made
/// while the screen is first drawn is not lost.
pub fn watch_resizes(sender: mpsc::Sender<FromTerminal>) -> io::Result<()> {
    if !platform::READS_TERMINAL_BYTES {
        // crossterm's reader watches them once it has been asked for events.
        event::poll(std::time::Duration::ZERO)?;
        return Ok(());
    }
    platform::watch_resizes(move || {
        if let Ok((width, height)) = terminal::size() {
            let _ = sender.send(FromTerminal::Event(Event::Resize(width, height)));
        }
    })
}

/// Reads the terminal's bytes as events until it closes; an unfinished
/// paste or a lone ESC is settled once input pauses.
fn read_bytes(mut tty: File, sender: &mpsc::Sender<FromTerminal>) {
    use std::io::Read;
    let mut parser = super::input::Parser::default();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let events = match platform::wait_for_input(&tty, parser.waiting()) {
            Ok(true) => match tty.read(&mut buffer) {
                Ok(0) => {
                    let _ = sender.send(FromTerminal::Closed(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the terminal closed",
                    )));
                    return;
                }
                Ok(read) => {
                    let more = platform::wait_for_input(&tty, Some(std::time::Duration::ZERO)).unwrap_or(false);
                    parser.feed(&buffer[..read], more)
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => {
                    let _ = sender.send(FromTerminal::Closed(err));
                    return;
                }
            },
            Ok(false) => parser.paused(),
            Err(err) => {
                let _ = sender.send(FromTerminal::Closed(err));
                return;
            }
        };
        for event in events {
            if sender.send(FromTerminal::Event(event)).is_err() {
                return;
            }
        }
    }
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT (those the platform has) end the
/// browser through the event loop, so the terminal is restored by the same
/// path as `q`, never mid-frame.
pub fn spawn_signal_thread(sender: mpsc::Sender<FromTerminal>) -> io::Result<()> {
    platform::watch_signals(move |number| {
        let _ = sender.send(FromTerminal::Signal(number));
    })
}
