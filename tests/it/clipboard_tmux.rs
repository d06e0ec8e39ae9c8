//! Copying inside tmux: its paste buffers, and what it passes on to the
//! terminal around it by OSC 52, for each set-clipboard setting.

#![cfg(all(unix, not(target_os = "macos")))]

use crate::clipboard::{DESCRIPTION_404, GENEROUS};
use crate::common::httpref;
use crate::common::tmux::{self, wrapped, Tmux};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The browser inside tmux, with tmux's set-clipboard `setting`, copies
/// 404's description: the status line says `said`, tmux's buffer holds it.
fn browser_copy_in_tmux(setting: &str, said: &str) {
    let command = format!("unset DISPLAY WAYLAND_DISPLAY; {}", wrapped(""));
    let tmux = Tmux::start(&format!("tmux-{setting}"), 100, 30, &command, &format!("set -g set-clipboard {setting}\n"));
    tmux.wait_for("Abnormal 14");
    assert_eq!(tmux.buffer(), None, "no buffer before the copy");
    tmux.keys(&["/"]);
    tmux.literal("404");
    tmux.keys(&["Enter"]);
    tmux.keys(&["y"]);
    tmux.wait_for(said);
    assert_eq!(tmux.buffer().as_deref(), Some(DESCRIPTION_404));
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
}

#[test]
fn browser_copy_in_tmux_lands_in_its_buffer() {
    if tmux::available() {
        browser_copy_in_tmux("on", "Copied description of 404 to tmux's paste buffer and the terminal's clipboard");
    }
}

#[test]
fn browser_copy_in_tmux_with_set_clipboard_off_says_it_stays_in_tmux() {
    if tmux::available() {
        let said = "Copied description of 404 to tmux's paste buffer only (prefix ] pastes it), not the system";
        browser_copy_in_tmux("off", said);
    }
}

/// `httpref 404 --copy` in a tmux whose set-clipboard is `setting`, with a
/// client attached from a terminal of its own (an outer tmux, which keeps
/// what reaches it by OSC 52 as a buffer): the message, what the inner tmux
/// holds, and what reached the outer terminal.
fn one_shot_copy_in_nested_tmux(setting: &str) -> (String, Option<String>, Option<String>) {
    let command = "unset DISPLAY WAYLAND_DISPLAY; read go; \"$HTTPREF\" 404 --copy >/dev/null; echo EXIT=$?; sleep 600";
    let inner =
        Tmux::start(&format!("inner-{setting}"), 100, 30, command, &format!("set -g set-clipboard {setting}\n"));
    let socket = inner.dir.path().join("tmux.sock");
    let attach = format!("unset TMUX; exec env TERM=xterm-256color tmux -S '{}' attach", socket.display());
    let outer = Tmux::start(&format!("outer-{setting}"), 120, 40, &attach, "set -g set-clipboard on\n");
    let deadline = Instant::now() + GENEROUS;
    while inner.format("#{session_attached}") != "1" {
        assert!(Instant::now() < deadline, "the outer tmux did not attach");
        sleep(Duration::from_millis(50));
    }
    inner.keys(&["Enter"]);
    inner.wait_for("EXIT=");
    let screen = inner.capture(&["-J"]);
    // What tmux passes on reaches the outer terminal at once, or not at all.
    sleep(Duration::from_millis(300));
    (screen, inner.buffer(), outer.buffer())
}

/// With set-clipboard `setting`, a copy inside tmux is kept and passed on to the terminal.
fn one_shot_copy_in_tmux_is_passed_on(setting: &str) {
    let (screen, inner, outer) = one_shot_copy_in_nested_tmux(setting);
    let said = "httpref: copied description of 404 to tmux's paste buffer and the terminal's clipboard";
    assert!(screen.contains(said) && screen.contains("EXIT=0"), "{screen}");
    assert_eq!(inner.as_deref(), Some(DESCRIPTION_404));
    assert_eq!(outer.as_deref(), Some(DESCRIPTION_404));
}

#[test]
fn one_shot_copy_in_tmux_reaches_the_terminal_with_set_clipboard_external() {
    if tmux::available() {
        one_shot_copy_in_tmux_is_passed_on("external");
    }
}

#[test]
fn one_shot_copy_in_tmux_reaches_the_terminal_with_set_clipboard_on() {
    if tmux::available() {
        one_shot_copy_in_tmux_is_passed_on("on");
    }
}

#[test]
fn one_shot_copy_in_tmux_with_set_clipboard_off_stays_in_tmux() {
    if !tmux::available() {
        return;
    }
    let (screen, inner, outer) = one_shot_copy_in_nested_tmux("off");
    let said = "httpref: copied description of 404 to tmux's paste buffer only (prefix ] pastes it), not the system \
                clipboard: tmux's set-clipboard is off (set -g set-clipboard on to pass copies on)";
    assert!(screen.contains(said) && screen.contains("EXIT=0"), "{screen}");
    assert_eq!(inner.as_deref(), Some(DESCRIPTION_404));
    assert_eq!(outer, None, "set-clipboard off: nothing reaches the terminal");
}

#[test]
fn one_shot_copy_with_tmux_gone_says_why() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("no-server");
    httpref()
        .args(["404", "--copy"])
        .env("TMUX", format!("{},1,0", socket.display()))
        .env("TERM", "xterm")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .assert()
        .code(3)
        .stderr(predicates::str::starts_with("httpref: could not copy: tmux show-options failed: "));
}
