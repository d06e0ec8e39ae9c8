//! X11 (and Wayland) clipboards are served by the process that set them: the
//! text is gone when it exits. As xclip and wl-copy do, the text is handed to
//! a small detached process of httpref's own that serves it until another
//! program takes the clipboard (or the display goes away), then exits. A new
//! copy replaces the previous holder, so they never pile up.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// The hidden flag that turns the binary into a holder.
pub const FLAG: &str = "--clipboard-holder";
const READY: &str = "ok";
const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// Starts a holder with `text` and waits until it owns the clipboard.
pub fn hand_off(text: &str) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|err| format!("cannot find httpref's own binary: {err}"))?;
    let mut command = Command::new(exe);
    command.arg(FLAG).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null());
    // SAFETY: setsid is async-signal-safe; it detaches the holder from the terminal's session so
    // that closing the terminal (SIGHUP) does not take the copied text with it.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let mut child = command.spawn().map_err(|err| format!("cannot start the clipboard holder: {err}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    stdin.write_all(text.as_bytes()).map_err(|err| format!("cannot hand the text over: {err}"))?;
    drop(stdin);
    let stdout = child.stdout.take().expect("piped");
    let (sender, answer) = mpsc::channel();
    thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = sender.send(line);
        // Reap the holder whenever it ends, so it never lingers as a zombie.
        let _ = child.wait();
    });
    match answer.recv_timeout(ANSWER_TIMEOUT) {
        Ok(line) if line.trim_end() == READY => Ok(()),
        Ok(line) if !line.trim().is_empty() => Err(line.trim().to_string()),
        Ok(_) => Err("the clipboard holder stopped without an answer".to_string()),
        Err(_) => Err("the clipboard holder did not answer".to_string()),
    }
}

/// The holder itself: reads the text from stdin, takes the clipboard, says
/// "ok" (or why not) on stdout, then serves until the clipboard changes hands.
pub fn serve() -> i32 {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return 1;
    }
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(clipboard) => clipboard,
        Err(err) => return answer(&format!("no system clipboard: {err}"), 1),
    };
    // A second handle on the same connection checks, once a second, that the display is still there.
    let probe = arboard::Clipboard::new();
    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        use arboard::SetExtLinux;
        let _ = done.send(clipboard.set().wait().text(text));
    });
    // Setting takes ownership before waiting begins; give it that moment, then report.
    match finished.recv_timeout(Duration::from_millis(200)) {
        Ok(Err(err)) => return answer(&format!("cannot set the clipboard: {err}"), 1),
        Ok(Ok(())) => return answer(READY, 0),
        Err(_) => {
            answer(READY, 0);
        }
    }
    let Ok(mut probe) = probe else { return 0 };
    loop {
        match finished.recv_timeout(Duration::from_secs(1)) {
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if probe.get_text().is_err() {
                    return 0;
                }
            }
            _ => return 0,
        }
    }
}

fn answer(line: &str, code: i32) -> i32 {
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
    code
}
