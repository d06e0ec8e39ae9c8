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
pub fn copy(text: &str, deadline: Instant) -> Result<TmuxCopy, String> {
    if text.is_empty() {
        // tmux loads nothing from an empty input, and says nothing about it either.
        return Err("nothing to copy".to_string());
    }
    let setting = run(&["show-options", "-sv", "set-clipboard"], None, deadline)?;
    if setting.trim() == "off" {
        run(&["load-buffer", "-"], Some(text), deadline)?;
        return Ok(TmuxCopy::BufferOnly(SET_CLIPBOARD_OFF));
    }
    match run(&["load-buffer", "-w", "-"], Some(text), deadline) {
        Ok(_) => Ok(TmuxCopy::Forwarded),
        Err(why) if why.contains("unknown flag -w") => {
            run(&["load-buffer", "-"], Some(text), deadline)?;
            Ok(TmuxCopy::BufferOnly(TOO_OLD))
        }
        Err(why) => Err(why),
    }
}

/// Runs `tmux ARGS` with `input` on stdin; its stdout, or why it failed.
fn run(args: &[&str], input: Option<&str>, deadline: Instant) -> Result<String, String> {
    let mut child = Command::new("tmux")
        .args(args)
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run tmux: {err}"))?;
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
                return Err(format!("tmux did not answer within {} s", super::DEADLINE.as_secs()));
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
        Err(format!("tmux {} failed: {why}", args[0]))
    }
}
