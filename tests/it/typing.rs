//! What people send through a real terminal (tmux): bursts of keys in one
//! write, bracketed pastes, line editing, overlays, Ctrl-z and `fg`, a
//! terminal that vanishes, and pick mode inside `$(...)`.

#![cfg(unix)]

use crate::common;

use common::tmux::{self, wrapped, Tmux};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

const CLIPBOARD_ON: &str = "set -g set-clipboard on\n";

fn start(name: &str, command: &str) -> Option<Tmux> {
    tmux::available().then(|| Tmux::start(name, 100, 30, command, CLIPBOARD_ON))
}

/// Waits for tmux's paste buffer (filled by OSC 52) to hold `text`.
fn wait_for_buffer(tmux: &Tmux, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while tmux.buffer().as_deref() != Some(text) {
        assert!(Instant::now() < deadline, "the clipboard holds {:?}, not {text:?}", tmux.buffer());
        sleep(Duration::from_millis(50));
    }
}

#[test]
fn search_enter_and_copy_in_one_write_copy_the_searched_code() {
    let Some(tmux) = start("burst-copy", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/", "4", "0", "4", "Enter", "y"]);
    wait_for_buffer(&tmux, "The server could not find the requested page.");
    tmux.wait_for("Copied description of 404");
}

#[test]
fn search_enter_enter_in_one_write_opens_the_searched_code() {
    let Some(tmux) = start("burst-detail", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/", "4", "0", "4", "Enter", "Enter"]);
    let screen = tmux.wait_for("RFC 9110 §15.5.5");
    assert!(screen.contains("404 Not Found"), "{screen}");
}

#[test]
fn copy_move_copy_in_one_write_leaves_the_last_copy() {
    let Some(tmux) = start("burst-copies", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["y", "j", "y"]);
    wait_for_buffer(&tmux, "The request is successful and a resource is created on the server.");
    tmux.wait_for("Copied description of 201");
}

#[test]
fn a_paste_while_browsing_is_a_search_not_keys() {
    let Some(tmux) = start("paste-browse", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.paste("q\nbad gateway");
    let screen = tmux.wait_for("/ q bad gateway");
    assert!(!screen.contains("EXIT="), "a pasted q did not quit:\n{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Abnormal 1/14");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
}

#[test]
fn a_paste_in_the_search_box_is_inserted_as_text() {
    let Some(tmux) = start("paste-search", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/"]);
    tmux.literal("gate");
    tmux.keys(&["Left", "Left", "Left", "Left"]);
    // tmux turns the line feed into a carriage return; ESC and BEL pass through it.
    tmux.paste("bad\t\r\n\x1b[31m\x07");
    let screen = tmux.wait_for("/ bad   ␛[31m␇gate");
    assert!(!screen.contains("EXIT="), "{screen}");
    // Still typing: a q types, Enter keeps the filter.
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "the cursor shows in the search box");
}

#[test]
fn the_search_box_edits_like_a_shell_line() {
    let Some(tmux) = start("line-edit", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/"]);
    tmux.literal("bad way");
    tmux.keys(&["Left", "Left", "Left"]);
    tmux.literal("gate");
    let screen = tmux.wait_for("/ bad gateway");
    assert!(screen.contains("502  Bad Gateway"), "{screen}");
    assert_eq!(tmux.format("#{cursor_x}"), "11", "the cursor stays after the inserted text");
    tmux.keys(&["C-a", "M-f", "C-k"]);
    tmux.wait_for("/ bad\n");
    tmux.keys(&["C-e", "C-w"]);
    let screen = tmux.wait_for("Normal 4 ");
    assert_eq!(screen.lines().next(), Some(" /"), "{screen}");
    assert!(screen.contains("Abnormal 14"), "an empty query lists everything:\n{screen}");
    tmux.literal(&"x".repeat(150));
    let screen = tmux.wait_for("/ xxx");
    assert_eq!(tmux.format("#{cursor_x}"), "99", "a long query scrolls, the cursor stays in view:\n{screen}");
}

#[test]
fn q_closes_an_overlay_and_quits_only_from_the_panes() {
    let Some(tmux) = start("overlay-q", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["Enter"]);
    tmux.wait_for("— normal");
    tmux.keys(&["q"]);
    tmux.keys(&["?"]);
    tmux.wait_for("Keys");
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("Abnormal 14");
    assert!(!screen.contains("Keys") && !screen.contains("EXIT="), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes() {
    if !tmux::available() {
        return;
    }
    let tmux = Tmux::start("suspend", 100, 30, "PS1='$ ' exec bash --norc --noprofile -i", "");
    tmux.wait_for("$");
    tmux.literal("\"$HTTPREF\"");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["C-z"]);
    let screen = tmux.wait_for("Stopped");
    assert_eq!(tmux.format("#{alternate_on}"), "0", "the shell's screen is back:\n{screen}");
    assert_eq!(tmux.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"), "000");
    tmux.literal("fg");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Abnormal 14");
    assert!(screen.contains("504  Gateway Timeout"), "redrawn whole:\n{screen}");
    assert_eq!(tmux.format("#{alternate_on}"), "1");
    tmux.keys(&["/"]);
    tmux.literal("conflict");
    tmux.wait_for("Abnormal 1/14");
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    tmux.literal("echo EXIT=$?");
    tmux.keys(&["Enter"]);
    tmux.wait_for("EXIT=0");
}

fn running(marker: &str) -> bool {
    Command::new("pgrep").args(["-f", marker]).output().is_ok_and(|out| out.status.success())
}

#[test]
fn a_terminal_that_goes_away_ends_the_browser() {
    let marker = format!("vanish-{}", std::process::id());
    // Under setsid no SIGHUP arrives when the terminal closes: only the input tells.
    let Some(tmux) = start("vanish", &format!("setsid \"$HTTPREF\" --query {marker}; sleep 600")) else { return };
    tmux.wait_for(&marker);
    assert!(running(&marker));
    tmux.kill();
    let deadline = Instant::now() + Duration::from_secs(2);
    while running(&marker) {
        assert!(Instant::now() < deadline, "httpref still running two seconds after its terminal went away");
        sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigquit_restores_the_terminal() {
    let Some(tmux) = start("sigquit", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    let status = Command::new("kill").args(["-QUIT", &tmux.app_pid()]).status().unwrap();
    assert!(status.success());
    let screen = tmux.wait_for("EXIT=");
    assert!(screen.contains("TTY=restored") && screen.contains("EXIT=131"), "{screen}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}

const PICK: &str = "code=$(\"$HTTPREF\" --pick); echo \"PICKED=[$code] STATUS=$?\"; sleep 600";

#[test]
fn pick_mode_prints_the_chosen_code_inside_command_substitution() {
    let Some(tmux) = start("pick", PICK) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/", "4", "0", "9", "Enter", "Enter"]);
    let screen = tmux.wait_for("STATUS=");
    assert!(screen.contains("PICKED=[409] STATUS=0"), "{screen}");
}

#[test]
fn pick_mode_left_with_escape_prints_nothing() {
    let Some(tmux) = start("pick-esc", PICK) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("STATUS=");
    assert!(screen.contains("PICKED=[] STATUS=1"), "{screen}");
}

#[test]
fn pick_mode_prints_the_field_asked_for() {
    let command = "d=$(\"$HTTPREF\" --pick=description); echo \"PICKED=[$d] STATUS=$?\"; sleep 600";
    let Some(tmux) = start("pick-field", command) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["j", "Enter"]);
    let screen = tmux.wait_for("STATUS=");
    assert!(
        screen.contains("PICKED=[The request is successful and a resource is created on the server.] STATUS=0"),
        "{screen}"
    );
}

#[test]
fn keypad_keys_work_like_their_main_keys() {
    let Some(tmux) = start("keypad", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["KP4", "KP0", "KP4", "KPEnter", "KPEnter"]);
    let screen = tmux.wait_for("RFC 9110 §15.5.5");
    assert!(screen.contains("404 Not Found"), "{screen}");
}

/// An SGR mouse report, as a terminal sends it with mouse capture on (1-based cells).
fn mouse(button: u8, column: u16, row: u16, press: bool) -> String {
    format!("\x1b[<{button};{};{}{}", column + 1, row + 1, if press { 'M' } else { 'm' })
}

#[test]
fn a_double_click_opens_a_row_and_a_click_outside_closes_it() {
    let Some(tmux) = start("mouse", &wrapped("")) else { return };
    let screen = tmux.wait_for("Abnormal 14");
    let row = screen.lines().position(|line| line.contains("409  Conflict")).unwrap() as u16;
    let click = [mouse(0, 5, row, true), mouse(0, 5, row, false)].concat();
    tmux.literal(&click.repeat(2));
    tmux.wait_for("409 Conflict — abnormal");
    tmux.literal(&[mouse(0, 0, 0, true), mouse(0, 0, 0, false)].concat());
    let screen = tmux.wait_for("Abnormal 14");
    assert!(!screen.contains("— abnormal"), "the click outside closed the detail:\n{screen}");
}

#[test]
fn ctrl_c_ends_a_paste_whose_end_never_comes() {
    let Some(tmux) = start("paste-stuck", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    // The start of a bracketed paste, and no end.
    tmux.bytes(b"\x1b[200~gate");
    tmux.keys(&["C-c"]);
    tmux.wait_for("EXIT=130");
}

#[test]
fn keys_work_again_once_an_unfinished_paste_pauses() {
    let Some(tmux) = start("paste-pause", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.bytes(b"\x1b[200~gate");
    // The text so far is the paste: a search for it.
    tmux.wait_for("/ gate");
    tmux.literal("way");
    let screen = tmux.wait_for("/ gateway");
    assert!(screen.contains("504  Gateway Timeout"), "{screen}");
}

#[test]
fn a_paste_holding_the_end_sequence_stays_text() {
    let Some(tmux) = start("paste-end", &wrapped("")) else { return };
    tmux.wait_for("Abnormal 14");
    // tmux passes the pasted end sequence on: what follows it is still the paste, Ctrl-c included.
    tmux.paste("bad\x1b[201~\x03q");
    let screen = tmux.wait_for("/ bad␛[201~␃q");
    assert!(!screen.contains("EXIT="), "keys inside the paste acted:\n{screen}");
    tmux.keys(&["C-c"]);
    tmux.wait_for("EXIT=130");
}

#[test]
fn o_opens_the_link_with_the_users_browser_or_copies_it_over_ssh() {
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(&browser, format!("#!/bin/sh\necho \"$1\" > {}\n", opened.display())).unwrap();
    std::fs::set_permissions(&browser, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let command = format!("export BROWSER={}; {}", browser.display(), wrapped(""));
    let Some(tmux) = start("open-link", &command) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["Tab", "j", "j", "j", "o"]);
    tmux.wait_for("Opened the link of 404 with");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::fs::read_to_string(&opened).unwrap_or_default().trim()
        != "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    {
        assert!(Instant::now() < deadline, "the browser got {:?}", std::fs::read_to_string(&opened));
        sleep(Duration::from_millis(50));
    }
    tmux.kill();
    // Over SSH the link is copied, and the status line says why.
    let command = format!("export BROWSER={} SSH_CONNECTION='1 2 3 4'; {}", browser.display(), wrapped(""));
    let Some(tmux) = start("open-ssh", &command) else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["o"]);
    tmux.wait_for("over SSH");
    wait_for_buffer(&tmux, "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1");
    tmux.kill();
}
