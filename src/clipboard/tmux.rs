//! Inside tmux the text goes to tmux itself, `tmux load-buffer -w -`: tmux
//! keeps it as a paste buffer (`prefix ]` pastes it) and, with `-w`, sends it
//! on to the clipboard of the terminal tmux runs in (OSC 52, as tmux's own
//! copies do). tmux's exit status says whether it took the text, which OSC 52
//! written into a pane never does: tmux drops that silently unless its
//! `set-clipboard` option is `on`.
//!
//! `set-clipboard off` is the user saying tmux must not touch the terminal's
//! clipboard, so then the text goes to the paste buffer only, and the report
//! says so. The `TMUX` variable names the server; tmux finds it by itself.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What tmux did with a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TmuxCopy {
    /// Kept as a paste buffer and sent on to the terminal's clipboard.
    Forwarded,
    /// Kept as a paste buffer only, for this reason.
    BufferOnly(&'static str),
}

pub const SET_CLIPBOARD_OFF: &str = "tmux's set-clipboard is off (set -g set-clipboard on to pass copies on)";
pub const TOO_OLD: &str = "this tmux cannot pass copies on (load-buffer -w needs tmux 3.2)";

/// Loads `text` into tmux's paste buffers, and on to the terminal's clipboard
/// unless tmux is told not to, by `deadline`.
pub fn copy(text: &str, deadline: Instant) -> Result<TmuxCopy, TmuxError> {
    if text.is_empty() {
        // tmux loads nothing from an empty input, and says nothing about it either.
        return Err(TmuxError::Nothing);
    }
    let setting = run(&["show-options", "-sv", "set-clipboard"], None, deadline)?;
    if setting.trim() == "off" {
        run(&["load-buffer", "-"], Some(text), deadline)?;
        return Ok(TmuxCopy::BufferOnly(SET_CLIPBOARD_OFF));
    }
    match run(&["load-buffer", "-w", "-"], Some(text), deadline) {
        Ok(_) => Ok(TmuxCopy::Forwarded),
        Err(TmuxError::Failed { why, .. }) if why.contains("unknown flag -w") => {
            run(&["load-buffer", "-"], Some(text), deadline)?;
            Ok(TmuxCopy::BufferOnly(TOO_OLD))
        }
        Err(why) => Err(why),
    }
}

/// Why tmux did not take a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TmuxError {
    /// An empty text, which tmux would load as nothing without a word.
    Nothing,
    CannotRun(String),
    TimedOut,
    /// A tmux command failed: which, and what tmux said.
    Failed {
        command: String,
        why: String,
    },
}

/// Quotes what tmux said: shown cleaned.
impl std::fmt::Display for TmuxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TmuxError::Nothing => f.write_str("nothing to copy"),
            TmuxError::CannotRun(err) => write!(f, "cannot run tmux: {err}"),
            TmuxError::TimedOut => write!(f, "tmux did not answer within {} s", super::DEADLINE.as_secs()),
            TmuxError::Failed { command, why } => write!(f, "tmux {command} failed: {}", crate::sanitize::clean(why)),
        }
    }
}

/// Runs `tmux ARGS` with `input` on stdin; its stdout, or why it failed.
fn run(args: &[&str], input: Option<&str>, deadline: Instant) -> Result<String, TmuxError> {
    let mut child = Command::new("tmux")
        .args(args)
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| TmuxError::CannotRun(err.to_string()))?;
    if let (Some(mut stdin), Some(input)) = (child.stdin.take(), input) {
        let input = input.to_string();
        // Aside, so that a tmux that does not read cannot hold this thread past the deadline.
        thread::spawn(move || stdin.write_all(input.as_bytes()));
    }
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
            Ok(None) | Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(TmuxError::TimedOut);
            }
        }
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    let _ = child.stdout.take().expect("piped").read_to_string(&mut stdout);
    let _ = child.stderr.take().expect("piped").read_to_string(&mut stderr);
    if status.success() {
        Ok(stdout)
    } else {
        let why = stderr.trim();
        let why = if why.is_empty() { status.to_string() } else { why.to_string() };
        Err(TmuxError::Failed { command: args[0].to_string(), why })
    }
}
