//! X11 (and Wayland) clipboards are served by the process that set them: the
//! text is gone when it exits. As xclip and wl-copy do, the text is handed to
//! a small detached process of httpref's own that serves it until another
//! program takes the clipboard (or the display goes away), then exits.
//!
//! The hand-off is bounded by a deadline (two seconds), so a display that accepts
//! connections but never answers costs a copy two seconds, not forever:
//!
//! 1. httpref starts the holder and writes the request: the time left, then
//!    the text.
//! 2. The holder takes the display's lock from any previous holder (see
//!    [`super::lock`]: one holder per display, ever), connects to the
//!    display and says "ready".
//! 3. httpref, if still within the deadline, answers with one "go" byte.
//! 4. Only then does the holder take the clipboard; once it sees that it owns
//!    it, and only if its deadline has not passed, it says "ok" and serves.
//!
//! Whatever goes wrong, nothing is left behind: the holder exits at its
//! deadline unless it has said "ok", and exits without touching the
//! clipboard when httpref gave up (no go byte, its pipe closed); httpref, on
//! giving up, also ends the holder itself.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

mod lock;

/// The hidden flag that turns the binary into a holder.
pub const FLAG: &str = "--clipboard-holder";
pub use serve as serve_holder;
pub use HandOffError as HolderError;
pub use FLAG as HOLDER_FLAG;
/// A holder that stops this close to the deadline gave up waiting, like httpref.
const DEADLINE_MARGIN: Duration = Duration::from_millis(250);
/// httpref's answer to "ready": take the clipboard now.
pub const GO: u8 = b'g';
const READY: &str = "ready";
const OWNED: &str = "ok";

/// The request a holder reads on stdin: "<milliseconds left> <length>\n", then the text.
pub fn request(budget: Duration, text: &str) -> Vec<u8> {
    let mut request = format!("{} {}\n", budget.as_millis(), text.len()).into_bytes();
    request.extend_from_slice(text.as_bytes());
    request
}

/// Starts a holder with `text` and waits until it owns the clipboard, or
/// `within` has passed; then the holder is gone and the clipboard untouched.
pub fn hand_off(text: &str, within: Duration) -> Result<(), HandOffError> {
    let deadline = Instant::now() + within;
    let mut child = spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    let answers = read_answers(&mut child);
    let failure = match talk(&mut stdin, &answers, text, deadline) {
        Ok(()) => {
            // Reap the holder whenever it ends, so it never lingers as a zombie.
            thread::spawn(move || child.wait());
            return Ok(());
        }
        // Stopped at the deadline: the holder gave up waiting for the display too. Its deadline is
        // sent in whole milliseconds and a loaded machine is slow to tell, hence the margin.
        Err(Failure::Stopped) if Instant::now() + DEADLINE_MARGIN >= deadline => Failure::TimedOut,
        Err(failure) => failure,
    };
    drop(stdin);
    let _ = child.kill();
    let replaced = child.wait().is_ok_and(|status| status.signal() == Some(libc::SIGTERM));
    Err(match failure {
        Failure::TimedOut => HandOffError::TimedOut(within),
        Failure::Stopped if replaced => HandOffError::Replaced,
        Failure::Stopped => HandOffError::Stopped,
        Failure::Said(why) => HandOffError::Said(why),
    })
}

/// Why a copy handed to a holder did not land.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOffError {
    /// The display did not answer in time.
    TimedOut(Duration),
    /// A newer copy ended this one's holder first.
    Replaced,
    /// The holder ended without a word.
    Stopped,
    /// The holder said why (no clipboard, the lock, the display went away).
    Said(String),
    /// The holder could not be started.
    CannotStart(String),
}

impl std::fmt::Display for HandOffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HandOffError::TimedOut(within) => write!(f, "the display did not answer within {} s", within.as_secs()),
            HandOffError::Replaced => f.write_str("a newer copy replaced this one before it was done"),
            HandOffError::Stopped => f.write_str("the clipboard holder stopped without an answer"),
            HandOffError::Said(why) | HandOffError::CannotStart(why) => f.write_str(&crate::sanitize::clean(why)),
        }
    }
}

enum Failure {
    TimedOut,
    Stopped,
    Said(String),
}

fn spawn() -> Result<Child, HandOffError> {
    let cannot = |why: String| HandOffError::CannotStart(why);
    let exe = std::env::current_exe().map_err(|err| cannot(format!("cannot find httpref's own binary: {err}")))?;
    let mut command = Command::new(exe);
    // In `/`, so a holder that outlives httpref pins no directory (or the mount it is on).
    command.arg(FLAG).current_dir("/").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null());
    // SAFETY: setsid is async-signal-safe; it detaches the holder from the terminal's session so
    // that closing the terminal (SIGHUP) does not take the copied text with it.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    command.spawn().map_err(|err| cannot(format!("cannot start the clipboard holder: {err}")))
}

/// The holder's answers, a line each, as they come.
fn read_answers(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().expect("piped");
    let (sender, answers) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sender.send(line.trim().to_string()).is_err() {
                break;
            }
        }
    });
    answers
}

fn talk(
    stdin: &mut ChildStdin,
    answers: &mpsc::Receiver<String>,
    text: &str,
    deadline: Instant,
) -> Result<(), Failure> {
    let budget = deadline.saturating_duration_since(Instant::now());
    stdin.write_all(&request(budget, text)).and_then(|()| stdin.flush()).map_err(|_| Failure::Stopped)?;
    expect(answers, READY, deadline)?;
    stdin.write_all(&[GO]).and_then(|()| stdin.flush()).map_err(|_| Failure::Stopped)?;
    expect(answers, OWNED, deadline)
}

fn expect(answers: &mpsc::Receiver<String>, wanted: &str, deadline: Instant) -> Result<(), Failure> {
    match answers.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        Ok(line) if line == wanted => Ok(()),
        Ok(line) if !line.is_empty() => Err(Failure::Said(line)),
        Ok(_) | Err(mpsc::RecvTimeoutError::Disconnected) => Err(Failure::Stopped),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Failure::TimedOut),
    }
}

const PENDING: u8 = 0;
const SERVING: u8 = 1;
const EXPIRED: u8 = 2;

/// The holder itself (see the module's notes for the exchange with httpref).
pub fn serve() -> i32 {
    let mut input = BufReader::new(std::io::stdin());
    let Some((budget, text)) = read_request(&mut input) else { return 1 };
    let deadline = Instant::now() + budget;
    let state = Arc::new(AtomicU8::new(PENDING));
    // At the deadline, a holder that does not own the clipboard yet gives up, wherever it is stuck.
    let watchdog = Arc::clone(&state);
    thread::spawn(move || {
        thread::sleep(deadline.saturating_duration_since(Instant::now()));
        if watchdog.compare_exchange(PENDING, EXPIRED, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            std::process::exit(1);
        }
    });
    // Checked now, taken only once this holder owns the clipboard: the holder serving now goes on
    // serving until then, so a copy that fails leaves the clipboard as it was.
    let lock = match lock::path(super::env_var, &std::env::temp_dir()).map(|path| path.and_then(|p| lock::open(&p))) {
        Some(Err(err)) => return refuse(&err),
        Some(Ok(lock)) => Some(lock),
        None => None,
    };
    if let Some(Err(err)) = lock.as_ref().map(|lock| lock.check_owner(is_holder)) {
        return refuse(&err);
    }
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(clipboard) => clipboard,
        Err(err) => return answer(&format!("no system clipboard: {err}"), 1),
    };
    // A second handle on the same connection checks what the clipboard holds.
    let probe = arboard::Clipboard::new();
    answer(READY, 0);
    let mut go = [0u8];
    if !matches!(input.read(&mut go), Ok(1)) || go[0] != GO {
        // httpref gave up (or is gone): leave the clipboard alone.
        return 1;
    }
    let Ok(mut probe) = probe else { return answer("no second handle on the clipboard", 1) };
    let (done, finished) = mpsc::channel();
    let serving = text.clone();
    thread::spawn(move || {
        use arboard::SetExtLinux;
        let _ = done.send(clipboard.set().wait().text(serving));
    });
    // Ownership is only known once the display says so.
    loop {
        match finished.recv_timeout(Duration::from_millis(10)) {
            Ok(Err(err)) => {
                let display_gone = probe.get_text().is_err_and(|err| is_display_lost(&err));
                let why = if display_gone { gone() } else { format!("cannot set the clipboard: {err}") };
                return answer(&why, 1);
            }
            Ok(Ok(())) => return answer("another program took the clipboard at once", 1),
            Err(_) => match probe.get_text() {
                Ok(now) if now == text => break,
                Err(err) if is_display_lost(&err) => return answer(&gone(), 1),
                Ok(_) | Err(_) => {}
            },
        }
    }
    // Held until the holder exits; the holder that served before lost the clipboard and is ending.
    let _held = match lock.map(|lock| lock.take_over(is_holder)).transpose() {
        Ok(held) => held,
        Err(err) => return refuse(&err),
    };
    // Owned, but too late: httpref has already said the copy failed, so let it go.
    let in_time = Instant::now() < deadline;
    if !in_time || state.compare_exchange(PENDING, SERVING, Ordering::SeqCst, Ordering::SeqCst).is_err() {
        return 1;
    }
    answer(OWNED, 0);
    stop_talking();
    loop {
        match finished.recv_timeout(Duration::from_secs(1)) {
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // The display is gone (or broken): nobody left to serve.
                if probe.get_text().is_err() {
                    return 0;
                }
            }
            // The clipboard changed hands.
            _ => return 0,
        }
    }
}

/// Says why the lock cannot be used, and gives up.
fn refuse(err: &lock::LockError) -> i32 {
    answer(&crate::sanitize::clean(&err.to_string()), 1)
}

/// Whether reading the clipboard failed because the display went away, not for want of text.
fn is_display_lost(err: &arboard::Error) -> bool {
    !matches!(err, arboard::Error::ContentNotAvailable | arboard::Error::ConversionFailure)
}

fn gone() -> String {
    let display = std::env::var("WAYLAND_DISPLAY").or_else(|_| std::env::var("DISPLAY")).unwrap_or_default();
    format!("the display {} went away before the copy was made", crate::sanitize::clean(&display))
}

/// Whether `pid` is a clipboard holder (a pid left in a lock file may since
/// have been reused by another program). Without /proc, trusted as it is.
fn is_holder(pid: u32) -> bool {
    if std::fs::metadata("/proc/self").is_err() {
        return true;
    }
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    cmdline.split(|&b| b == 0).any(|arg| arg == FLAG.as_bytes())
}

fn read_request(input: &mut impl BufRead) -> Option<(Duration, String)> {
    let mut header = String::new();
    input.read_line(&mut header).ok()?;
    let mut fields = header.split_whitespace().map(|field| field.parse::<u64>().ok());
    let (Some(Some(millis)), Some(Some(length)), None) = (fields.next(), fields.next(), fields.next()) else {
        return None;
    };
    let mut text = Vec::new();
    input.take(length).read_to_end(&mut text).ok()?;
    if u64::try_from(text.len()).ok()? != length {
        return None;
    }
    Some((Duration::from_millis(millis), String::from_utf8(text).ok()?))
}

fn answer(line: &str, code: i32) -> i32 {
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
    code
}

/// Closes the pipes to httpref, which has all it needs: its reader ends.
fn stop_talking() {
    if let Ok(null) = std::fs::File::options().read(true).write(true).open("/dev/null") {
        use std::os::fd::AsRawFd;
        // SAFETY: dup2 onto the standard descriptors, which nothing else uses any more.
        unsafe {
            libc::dup2(null.as_raw_fd(), libc::STDIN_FILENO);
            libc::dup2(null.as_raw_fd(), libc::STDOUT_FILENO);
        }
    }
}

#[cfg(test)]
mod tests;
