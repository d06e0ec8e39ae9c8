//! Copying for real: an X server (Xvfb) read back with xclip, before and
//! after httpref quits; displays that never answer or answer late.

#![cfg(all(unix, not(target_os = "macos")))]

use crate::common;

use common::httpref;
use common::tmux::{self, wrapped, Tmux};
use common::xvfb::{self, holders_on, TcpDisplay, Xvfb};
use httpref::platform::holder;
use std::io::Write;
use std::process::{ChildStdin, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub(crate) const DESCRIPTION_404: &str = "The server could not find the requested page.";
const DESCRIPTION_504: &str = "A gateway timeout error occurred.";

#[test]
fn browser_copy_is_still_there_after_quitting() {
    if !common::require(&["tmux", "Xvfb", "xclip"]) {
        return;
    }
    let x = Xvfb::start(90);
    // The holders' lock files go in the test's directory (the pane's working directory).
    let command = format!("export DISPLAY={} XDG_RUNTIME_DIR=$PWD; {}", x.display, wrapped(""));
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
    x.wait_for_one_holder();

    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
    x.wait_for_clipboard(DESCRIPTION_504);

    // Another program taking the clipboard ends the holder.
    x.set_clipboard("something else");
    x.wait_for_no_holders();
    assert_eq!(x.clipboard().as_deref(), Some("something else"));
}

/// `httpref` for `--copy` on `display` alone (no tmux, no SSH); holders'
/// lock files go in `runtime`, so none outlives the test.
fn one_shot(display: &str, runtime: &tempfile::TempDir) -> assert_cmd::Command {
    let mut cmd = httpref();
    cmd.env("DISPLAY", display)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("TERM", "xterm")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("TMUX")
        .env_remove("SSH_TTY")
        .env_remove("SSH_CONNECTION")
        .timeout(Duration::from_secs(60));
    cmd
}

const DID_NOT_ANSWER: &str = "httpref: could not copy: the display did not answer within 2 s\n";
/// Far more than the 2 s a copy may take: only a hang fails it.
pub(crate) const GENEROUS: Duration = Duration::from_secs(15);

#[test]
fn one_shot_copy_outlives_the_command() {
    if !xvfb::available() {
        return;
    }
    let mut x = Xvfb::start(130);
    let runtime = common::private_dir();
    one_shot(&x.display, &runtime)
        .args(["404", "--copy"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with("404 Not Found"))
        .stderr("httpref: copied description of 404 to the clipboard\n");
    x.wait_for_clipboard(DESCRIPTION_404);

    one_shot(&x.display, &runtime)
        .args(["gateway", "--copy"])
        .assert()
        .success()
        .stderr("httpref: copied description of 504 (best of 2 matches) to the clipboard\n");
    x.wait_for_clipboard(DESCRIPTION_504);
    x.wait_for_one_holder();

    // It pins no directory, and keeps its lock file only while it lives.
    let holder = x.holders()[0];
    assert_eq!(std::fs::read_link(format!("/proc/{holder}/cwd")).unwrap(), std::path::Path::new("/"));
    let locks = || std::fs::read_dir(runtime.path()).unwrap().count();
    assert_eq!(locks(), 1, "the lock file");

    // The holder does not outlive the display either.
    x.stop();
    x.wait_for_no_holders();
    assert_eq!(locks(), 0, "the lock file went with the holder");
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
fn a_display_that_never_answers_fails_each_copy_in_time_and_leaves_no_holder() {
    let display = TcpDisplay::silent(60);
    let runtime = common::private_dir();
    for copy in 1..=3 {
        let started = Instant::now();
        one_shot(&display.display, &runtime).args(["404", "--copy"]).assert().code(3).stderr(DID_NOT_ANSWER);
        assert!(started.elapsed() < GENEROUS, "copy {copy} took {:?}", started.elapsed());
        assert_eq!(display.accepted(), copy, "the holder reached the display");
        assert_eq!(holders_on(&display.display), Vec::<u32>::new(), "after copy {copy}");
    }
}

#[test]
fn copies_at_once_to_a_display_that_never_answers_leave_no_holder() {
    let display = TcpDisplay::silent(80);
    let runtime = common::private_dir();
    let copies: Vec<_> = (0..4)
        .map(|_| {
            let mut copy = one_shot(&display.display, &runtime);
            std::thread::spawn(move || copy.args(["404", "--copy"]).output().unwrap())
        })
        .collect();
    let mut timed_out = 0;
    for copy in copies {
        let output = copy.join().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{stderr}");
        // Each new holder ends the one before it: that copy says so, the last one times out.
        let replaced = "httpref: could not copy: a newer copy replaced this one before it was done\n";
        assert!(stderr == DID_NOT_ANSWER || stderr == replaced, "{stderr}");
        timed_out += usize::from(stderr == DID_NOT_ANSWER);
    }
    assert!(timed_out >= 1, "one copy waited for the display");
    assert_eq!(holders_on(&display.display), Vec::<u32>::new());
}

#[test]
fn a_copy_that_fails_leaves_the_previous_one_on_the_clipboard() {
    if !xvfb::available() {
        return;
    }
    let x = Xvfb::start(150);
    let runtime = common::private_dir();
    one_shot(&x.display, &runtime).args(["404", "--copy"]).assert().success();
    x.wait_for_clipboard(DESCRIPTION_404);
    let serving = x.holders();
    assert_eq!(serving.len(), 1);

    x.pause();
    one_shot(&x.display, &runtime).args(["504", "--copy"]).assert().code(3).stderr(DID_NOT_ANSWER);
    // The new holder gave up before owning the clipboard, and never ended the one serving it.
    let holders = x.holders();
    x.resume();
    assert_eq!(holders, serving);
    x.wait_for_clipboard(DESCRIPTION_404);

    // Nor does a copy whose httpref is gone before the hand-off (a holder started by hand, never told to go).
    let (mut child, parent) = holder(&x.display, &runtime, Duration::from_secs(30));
    drop(parent);
    assert_ends_by_itself(&mut child);
    assert_eq!(x.holders(), serving);
    x.wait_for_clipboard(DESCRIPTION_404);
}

/// An Xvfb whose clipboard holds "before", reached through a display that
/// passes each connection on `delay` late; and a scratch XDG_RUNTIME_DIR.
fn slow_display(first: u32, delay: Duration) -> Option<(Xvfb, TcpDisplay, tempfile::TempDir)> {
    if !xvfb::available() {
        return None;
    }
    let x = Xvfb::start(first);
    x.set_clipboard("before");
    let slow = TcpDisplay::slow(u16::try_from(first).unwrap(), &x, delay);
    Some((x, slow, common::private_dir()))
}

#[test]
fn a_copy_the_display_answers_too_late_never_lands() {
    let Some((x, slow, runtime)) = slow_display(170, Duration::from_secs(4)) else { return };
    let started = Instant::now();
    one_shot(&slow.display, &runtime).args(["404", "--copy"]).assert().code(3).stderr(DID_NOT_ANSWER);
    assert!(started.elapsed() < GENEROUS, "took {:?}", started.elapsed());
    assert_untouched_after_the_delay(&x, &slow);
}

/// Once the slow display has passed the holder's connection on (and a
/// moment more), the clipboard still holds what it held, and no holder is left.
fn assert_untouched_after_the_delay(x: &Xvfb, slow: &TcpDisplay) {
    slow.wait_for_forwarded(1);
    sleep(Duration::from_secs(1));
    assert_eq!(x.clipboard().as_deref(), Some("before"));
    assert_eq!(holders_on(&slow.display), Vec::<u32>::new());
}

/// A holder started by hand, its request (with `budget`) written: the test
/// plays httpref's part through the holder's stdin.
fn holder(display: &str, runtime: &tempfile::TempDir, budget: Duration) -> (std::process::Child, ChildStdin) {
    holder_answering(display, runtime, budget, Stdio::null())
}

/// As [`holder`], its answers going to `answers`.
fn holder_answering(
    display: &str,
    runtime: &tempfile::TempDir,
    budget: Duration,
    answers: Stdio,
) -> (std::process::Child, ChildStdin) {
    let mut child = Command::new(tmux::binary())
        .arg(holder::FLAG)
        .env("DISPLAY", display)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::piped())
        .stdout(answers)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&holder::request(budget, DESCRIPTION_404)).unwrap();
    (child, stdin)
}

/// Waits (generously) for `child` to end by itself; kills it and fails otherwise.
fn assert_ends_by_itself(child: &mut std::process::Child) {
    let deadline = Instant::now() + GENEROUS;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the holder is still running");
        }
        sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_holder_past_its_deadline_never_takes_the_clipboard() {
    let Some((x, slow, runtime)) = slow_display(190, Duration::from_secs(3)) else { return };
    // Told to go at once, but with 1 s to do it in, against a display 3 s slow.
    let (mut child, mut parent) = holder(&slow.display, &runtime, Duration::from_secs(1));
    parent.write_all(&[holder::GO]).unwrap();
    assert_ends_by_itself(&mut child);
    drop(parent);
    assert_untouched_after_the_delay(&x, &slow);
}

#[test]
fn a_holder_whose_parent_gave_up_never_takes_the_clipboard() {
    let Some((x, slow, runtime)) = slow_display(210, Duration::from_secs(2)) else { return };
    // Time enough, but the parent hangs up without the go byte.
    let (mut child, parent) = holder(&slow.display, &runtime, Duration::from_secs(30));
    drop(parent);
    assert_ends_by_itself(&mut child);
    assert_untouched_after_the_delay(&x, &slow);
}

#[test]
fn a_display_that_dies_mid_handshake_is_named_as_the_cause() {
    let Some((_x, proxy, runtime)) = slow_display(230, Duration::ZERO) else { return };
    // Time enough that only silence until the deadline could pass for an answer.
    let (mut child, mut parent) = holder_answering(&proxy.display, &runtime, Duration::from_secs(20), Stdio::piped());
    let mut answers = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut answers, &mut line).unwrap();
    assert_eq!(line, "ready\n");
    // The display goes away after "ready", before the holder owns the clipboard.
    drop(proxy);
    parent.write_all(&[holder::GO]).unwrap();
    line.clear();
    std::io::BufRead::read_line(&mut answers, &mut line).unwrap();
    assert_ends_by_itself(&mut child);
    assert!(line.contains("display"), "the answer names the display: {line:?}");
}

#[test]
fn a_lock_held_by_another_program_is_named_as_the_cause() {
    if !xvfb::available() || !common::require(&["flock"]) {
        return;
    }
    let x = Xvfb::start(250);
    let runtime = common::private_dir();
    let name = x.display.replace(':', "_");
    let lock = runtime.path().join(format!("httpref-{}-clipboard-x11-{name}.lock", unsafe { libc::getuid() }));
    // Some other program keeps the lock file locked.
    let mut stranger = Command::new("flock").arg(&lock).args(["sleep", "30"]).spawn().unwrap();
    while !lock.exists() {
        sleep(Duration::from_millis(10));
    }
    sleep(Duration::from_millis(200));
    let output = one_shot(&x.display, &runtime).args(["404", "--copy"]).output().unwrap();
    let _ = stranger.kill();
    let _ = stranger.wait();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is held by another program"), "{stderr}");
    assert!(stderr.contains(&lock.display().to_string()), "{stderr}");
}
