//! The real binary in a real terminal (tmux): what a person sees and types,
//! and that every way out leaves the terminal as it was.

#![cfg(unix)]

use crate::common;

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
    tmux.wait_for("previous pane");
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
    assert!(first.contains("Normal 4") && first.contains("Preview"), "the preview beside the lists:\n{screen}");
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

/// Characters that terminals draw with another width than ratatui measures,
/// or hide while copying them: one row each.
const MEASURED_DIFFERENTLY: &[(&str, &str)] = &[
    ("zero-width space", "\\u200B"),
    ("soft hyphen", "\\u00AD"),
    ("prepended marks", "\\u0600\\u0601\\u0602\\u0603\\u0604\\u0605"),
    ("end of ayah", "\\u06DD"),
    ("syriac abbreviation", "\\u070F"),
    ("hangul choseong filler", "\\u115F"),
    ("hangul jungseong filler", "\\u1160"),
    ("hangul filler", "\\u3164"),
    ("halfwidth hangul filler", "\\uFFA0"),
    ("variation selector", "\\u2764\\uFE0F"),
    ("tag characters", "\\U000E0001\\U000E0068\\U000E0069"),
    ("flag", "\\U0001F1FA\\U0001F1F8"),
    ("lone regional indicator", "\\U0001F1E6"),
];

/// What each row of [`MEASURED_DIFFERENTLY`] shows of its characters (three of them).
fn shown_as(row: usize) -> &'static str {
    ["", "", "������������������", "���", "���", "", "", "", "", "❤❤❤", "", "USUSUS", "AAA"][row]
}

#[test]
fn text_terminals_measure_differently_leaves_no_trace_when_the_list_narrows() {
    // A word of its own for each row, that a search finds alone.
    let words =
        ["quokka", "zebra", "walrus", "narwhal", "ibex", "koala", "lemur", "marmot", "ocelot", "panda", "tapir"];
    let words = [&words[..], &["vicuna", "yak"]].concat();
    let mut table = String::new();
    for (n, (name, chars)) in MEASURED_DIFFERENTLY.iter().enumerate() {
        let (word, chars) = (words[n], chars.repeat(3));
        table.push_str(&format!(
            "[[abnormal]]\ncode = \"9{n:02}\"\nreason = \"{name}\"\ndescription = \"{word} {chars} x{chars}y end{n:02}\"\n\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("odd.toml"), table).unwrap();
    let Some(tmux) = start_with("widths", &format!("cd {}", dir.path().display()), "--table odd.toml") else {
        return;
    };
    let rows = MEASURED_DIFFERENTLY.len();
    let screen = tmux.wait_for(&format!("Abnormal {rows}"));
    // Each row whole where ratatui put it: what is left of its text, one character a cell, up to the border.
    for (n, word) in words.iter().enumerate() {
        let line = screen.lines().find(|line| line.contains(word)).unwrap_or_else(|| panic!("row {n}:\n{screen}"));
        let shown = line.split_once(word).map_or("", |(_, rest)| rest);
        assert!(shown.contains(&format!("x{}y end{n:02}", shown_as(n))), "row {n} whole: {line:?}\n{screen}");
    }
    for line in screen.lines().filter(|line| line.starts_with(['┃', '│', '┏', '┗', '┌', '└'])) {
        assert_eq!(line.chars().count(), 100, "the border in its place: {line:?}\n{screen}");
    }
    // Narrowed to each row in turn: nothing of any other row may stay on the real screen.
    for n in 0..rows {
        tmux.keys(&["/"]);
        tmux.literal(words[n]);
        let screen = tmux.wait_for(&format!("Abnormal 1/{rows}"));
        for other in (0..rows).filter(|&other| other != n) {
            for piece in [words[other].to_string(), format!("end{other:02}"), format!("9{other:02}")] {
                let stale = screen.lines().skip(1).any(|line| line.contains(&piece));
                assert!(!stale, "{piece} left on screen after narrowing to row {n}:\n{screen}");
            }
        }
        // Ctrl-u empties the search box, on the real screen too.
        tmux.keys(&["C-u"]);
        tmux.wait_for(&format!("Abnormal {rows}"));
        tmux.keys(&["Escape"]);
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
}

#[test]
fn pasted_text_terminals_measure_differently_leaves_the_search_box_clean() {
    let Some(tmux) = start("paste-widths", "") else { return };
    tmux.wait_for("Abnormal 14");
    tmux.keys(&["/"]);
    let pasted: String = ["\u{200B}", "\u{115F}", "\u{0600}", "\u{FE0F}", "\u{1F1E6}", "\u{E0068}"].concat();
    tmux.paste(&format!("a{pasted}b{pasted}c"));
    let screen = tmux.wait_for("c");
    // Each shown as one cell or not at all, so the terminal and the search box agree on where the cursor is.
    assert_eq!(screen.lines().next().unwrap_or_default().trim(), "/ a�Ab�Ac", "{screen}");
    assert_eq!(tmux.format("#{cursor_x}"), "10", "the cursor right after the pasted text");
    tmux.keys(&["C-u"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let screen = tmux.screen();
    let search = screen.lines().next().unwrap_or_default();
    assert_eq!(search.trim(), "/", "the search box is empty on the real screen:\n{screen}");
    tmux.keys(&["Escape"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
}
