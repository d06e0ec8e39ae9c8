//! The only room that touches the real terminal: raw mode, alternate
//! screen, mouse, bracketed paste, restoring all of it on every way out,
//! suspending, and the threads that read input and signals.

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;

/// Whether the terminal is in the browser's modes and so needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether the browser draws on /dev/tty because stdout is not a terminal.
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
            std::fs::OpenOptions::new().write(true).open("/dev/tty").map(Output::Tty)
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
        let mut out = Output::open()?;
        enter_modes(&mut out)?;
        Ok(Session { terminal: Terminal::new(CrosstermBackend::new(out))? })
    }

    /// Ctrl-z: hands the terminal back to the shell and stops, as any job
    /// does; on `fg`, takes it back and redraws everything.
    pub fn suspend(&mut self) -> io::Result<()> {
        restore();
        // SAFETY: raise only sends a signal to this process.
        unsafe {
            libc::raise(libc::SIGTSTP);
        }
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

/// What the input and signal threads tell the event loop.
pub enum Input {
    Event(Event),
    /// The terminal is gone (hung up, closed) or cannot be read.
    Closed(io::Error),
    /// A signal that ends the browser.
    Signal(i32),
}

/// Reads the terminal's events, and watches for the terminal going away
/// without a SIGHUP (a closed pty under `setsid`), which would otherwise
/// leave the reader spinning on end of input.
pub fn spawn_input_thread(sender: mpsc::Sender<Input>) -> io::Result<()> {
    let tty = if io::stdin().is_terminal() { None } else { Some(File::open("/dev/tty")?) };
    let watcher = sender.clone();
    thread::spawn(move || {
        let fd = tty.as_ref().map_or(io::stdin().as_raw_fd(), AsRawFd::as_raw_fd);
        let _ = watcher.send(Input::Closed(wait_for_hangup(fd)));
    });
    thread::spawn(move || loop {
        let message = match event::read() {
            Ok(event) => Input::Event(event),
            Err(err) => Input::Closed(err),
        };
        let closed = matches!(message, Input::Closed(_));
        if sender.send(message).is_err() || closed {
            break;
        }
    });
    Ok(())
}

/// Blocks until the terminal hangs up or fails; asks for no readiness, so
/// it never competes with the reader for input.
fn wait_for_hangup(fd: i32) -> io::Error {
    loop {
        let mut poll = libc::pollfd { fd, events: 0, revents: 0 };
        // SAFETY: one valid pollfd, for the duration of the call.
        let ready = unsafe { libc::poll(&mut poll, 1, -1) };
        if ready < 0 {
            let err = io::Error::last_os_error();
            if err.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return err;
        }
        if poll.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return io::Error::new(io::ErrorKind::UnexpectedEof, "the terminal went away");
        }
    }
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT end the browser through the event
/// loop, so the terminal is restored by the same path as `q`, never mid-frame.
pub fn spawn_signal_thread(sender: mpsc::Sender<Input>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    thread::spawn(move || {
        if let Some(number) = signals.forever().next() {
            let _ = sender.send(Input::Signal(number));
        }
    });
    Ok(())
}
