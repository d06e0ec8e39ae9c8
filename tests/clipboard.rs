//! Copying for real: an X server (Xvfb) read back with xclip, before and
//! after httpref quits, and OSC 52 arriving in tmux's buffer.

mod common;

use common::httpref;
use common::tmux::{self, wrapped, Tmux};
use common::xvfb::{self, Xvfb};

const DESCRIPTION_404: &str = "The server could not find the requested page.";
const DESCRIPTION_504: &str = "A gateway timeout error occurred.";

#[test]
fn browser_copy_is_still_there_after_quitting() {
    if !common::require(&["tmux", "Xvfb", "xclip"]) {
        return;
    }
    let x = Xvfb::start(90);
    let command = format!("export DISPLAY={}; {}", x.display, wrapped(""));
    let tmux = Tmux::start("xcopy", 100, 30, &command, "");
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/"]);
    tmux.literal("404");
    tmux.keys(&["Enter"]);
    tmux.keys(&["y"]);
    tmux.wait_for("Copied description of 404 to the clipboard");
    x.wait_for_clipboard(DESCRIPTION_404);
    assert_eq!(x.holders().len(), 1);

    // A second copy replaces the first holder rather than adding one.
    tmux.keys(&["Escape"]);
    tmux.keys(&["/"]);
    tmux.literal("504");
    tmux.keys(&["Enter", "y"]);
    tmux.wait_for("Copied description of 504");
    x.wait_for_clipboard(DESCRIPTION_504);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while x.holders().len() != 1 {
        assert!(std::time::Instant::now() < deadline, "holders: {:?}", x.holders());
        std::thread::sleep(std::time::Duration::from_millis(100));
    }

    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
    x.wait_for_clipboard(DESCRIPTION_504);

    // Another program taking the clipboard ends the holder.
    x.set_clipboard("something else");
    x.wait_for_no_holders();
    assert_eq!(x.clipboard().as_deref(), Some("something else"));
}

fn one_shot(x: &Xvfb) -> assert_cmd::Command {
    let mut cmd = httpref();
    cmd.env("DISPLAY", &x.display)
        .env("TERM", "xterm")
        .env_remove("TMUX")
        .env_remove("SSH_TTY")
        .env_remove("SSH_CONNECTION");
    cmd
}

#[test]
fn one_shot_copy_outlives_the_command() {
    if !xvfb::available() {
        return;
    }
    let mut x = Xvfb::start(130);
    one_shot(&x)
        .args(["404", "--copy"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with("404 Not Found"))
        .stderr("httpref: copied description of 404 to the clipboard\n");
    x.wait_for_clipboard(DESCRIPTION_404);

    one_shot(&x)
        .args(["gateway", "--copy"])
        .assert()
        .success()
        .stderr("httpref: copied description of 504 (best of 2 matches) to the clipboard\n");
    x.wait_for_clipboard(DESCRIPTION_504);
    assert_eq!(x.holders().len(), 1);

    // The holder does not outlive the display either.
    x.stop();
    x.wait_for_no_holders();
}

#[test]
fn one_shot_copy_with_no_way_to_copy_says_why() {
    httpref()
        .args(["404", "--copy"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("TERM", "dumb")
        .assert()
        .code(3)
        .stderr(predicates::str::starts_with("httpref: could not copy: no display"));
}

#[test]
fn copy_requires_a_query() {
    httpref().arg("--copy").assert().code(2);
}

#[test]
fn osc52_copy_lands_in_tmux_buffer() {
    if !tmux::available() {
        return;
    }
    let command = format!("unset DISPLAY WAYLAND_DISPLAY; {}", wrapped(""));
    let tmux = Tmux::start("osc52", 100, 30, &command, "set-option -g set-clipboard on\n");
    tmux.wait_for("Abnormal 14");
    assert_eq!(tmux.buffer(), None, "no buffer before the copy");
    tmux.keys(&["/"]);
    tmux.literal("404");
    tmux.keys(&["Enter"]);
    tmux.keys(&["y"]);
    tmux.wait_for("Copied description of 404 via OSC 52");
    assert_eq!(tmux.buffer().as_deref(), Some(DESCRIPTION_404));
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
}
