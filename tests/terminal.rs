//! The real binary in a real terminal (tmux): what a person sees and types,
//! and that every way out leaves the terminal as it was.

#![cfg(unix)]

mod common;

use common::tmux::{self, wrapped, Tmux};

fn start(name: &str, args: &str) -> Option<Tmux> {
    start_with(name, ":", args)
}

fn assert_restored(tmux: &Tmux, exit: &str) {
    let screen = tmux.wait_for("EXIT=");
    assert!(screen.contains("TTY=restored"), "raw mode left on:\n{screen}");
    assert!(screen.contains(&format!("EXIT={exit}")), "{screen}");
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left on");
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor hidden");
    assert_eq!(tmux.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"), "000", "mouse capture on");
}

#[test]
fn browse_search_detail_and_quit() {
    let Some(tmux) = start("browse", "") else { return };
    let screen = tmux.wait_for("Abnormal 14");
    assert!(screen.contains("Normal 4"));
    assert!(screen.contains("504  Gateway Timeout"));
    assert_eq!(tmux.format("#{alternate_on}"), "1");
    assert_eq!(tmux.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"), "100", "mouse captured");

    tmux.keys(&["/"]);
    tmux.literal("404");
    let screen = tmux.wait_for("Abnormal 1/14");
    assert!(screen.contains("Normal 0/4"), "{screen}");
    assert!(screen.contains("404  Not Found"), "{screen}");

    tmux.keys(&["Enter"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("RFC 9110 §15.5.5");
    assert!(screen.contains("http.StatusNotFound"), "{screen}");

    tmux.keys(&["Escape"]);
    tmux.keys(&["?"]);
    tmux.wait_for("switch pane back");
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}

#[test]
fn query_option_opens_searched() {
    let Some(tmux) = start("query", "--query conflict") else { return };
    let screen = tmux.wait_for("/ conflict");
    assert!(screen.contains("409  Conflict"), "{screen}");
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}

#[test]
fn ctrl_c_while_typing_quits_with_status_130() {
    let Some(tmux) = start("ctrlc", "") else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/"]);
    tmux.literal("qq");
    tmux.wait_for("/ qq");
    tmux.keys(&["C-c"]);
    assert_restored(&tmux, "130");
}

fn signal_restores(name: &str, signal: &str, exit: &str) {
    let Some(tmux) = start(name, "") else { return };
    tmux.wait_for("Abnormal 14");
    let status = std::process::Command::new("kill").args([signal, &tmux.app_pid()]).status().unwrap();
    assert!(status.success());
    assert_restored(&tmux, exit);
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores("term", "-TERM", "143");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores("hup", "-HUP", "129");
}

#[test]
fn resize_redraws_to_the_new_size() {
    let Some(tmux) = start("resize", "") else { return };
    tmux.wait_for("Abnormal 14");
    tmux.resize(30, 6);
    tmux.wait_for("Terminal too small");
    tmux.resize(170, 30);
    let screen = tmux.wait_for("Abnormal 14");
    let first = screen.lines().nth(1).unwrap();
    assert!(first.contains("Normal 4") && first.contains("Abnormal 14"), "side by side:\n{screen}");
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}

/// Runs `setup` (shell) and then httpref ARGS in a 100x30 tmux pane.
fn start_with(name: &str, setup: &str, args: &str) -> Option<Tmux> {
    if !tmux::available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        eprintln!("skipped: tmux is not installed");
        return None;
    }
    Some(Tmux::start(name, 100, 30, &format!("{setup}; {}", wrapped(args)), ""))
}

#[test]
fn a_panic_restores_the_terminal_then_shows_its_message() {
    let Some(tmux) = start_with("panic", "export HTTPREF_DEBUG_PANIC=1", "") else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["!"]);
    assert_restored(&tmux, "101");
    let screen = tmux.screen();
    assert!(screen.contains("panic requested with HTTPREF_DEBUG_PANIC"), "{screen}");
    assert!(!screen.contains("Abnormal 14"), "the message is on the normal screen:\n{screen}");
}

#[test]
fn stdin_not_a_terminal_still_browses() {
    let Some(tmux) = start_with("stdin", "exec < /dev/null", "") else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/"]);
    tmux.literal("conflict");
    tmux.wait_for("Abnormal 1/14");
    tmux.keys(&["Enter"]);
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}

#[test]
fn dumb_or_missing_term_prints_the_table_and_says_why() {
    if !tmux::available() {
        return;
    }
    for (name, setup, why) in [("dumb", "export TERM=dumb", "TERM=dumb"), ("noterm", "unset TERM", "TERM is not set")] {
        let tmux = Tmux::start(name, 200, 50, &format!("{setup}; {}", wrapped("")), "");
        let screen = tmux.wait_for("EXIT=0");
        assert!(screen.contains(&format!("httpref: {why}: printing the table")), "{screen}");
        assert!(screen.contains("504  Gateway Timeout"), "{screen}");
        assert_eq!(tmux.format("#{alternate_on}"), "0");
    }
}

#[test]
fn a_resize_storm_leaves_a_correct_screen() {
    let Some(tmux) = start("storm", "") else { return };
    tmux.wait_for("Abnormal 14");
    for step in 0..40u16 {
        tmux.resize(20 + step * 4 % 150, 3 + step % 40);
    }
    tmux.resize(1, 1);
    tmux.resize(100, 30);
    let screen = tmux.wait_for("Abnormal 14");
    assert!(screen.contains("504  Gateway Timeout"), "{screen}");
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}
