use super::*;

fn routes_on(os: Os, vars: &[(&str, &str)]) -> Routes {
    Routes::from_vars(os, |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
}

fn routes(vars: &[(&str, &str)]) -> Routes {
    routes_on(Os::Unix, vars)
}

const DESKTOP: Routes = Routes { system: true, holder: true, tmux: false, osc52: false };
const TERMINAL: Routes = Routes { system: false, holder: false, tmux: false, osc52: true };
const KEEPING: Routes = Routes { system: true, holder: false, tmux: false, osc52: false };

#[test]
fn macos_and_windows_copy_straight_to_a_clipboard_that_keeps_it() {
    for os in [Os::MacOs, Os::Windows] {
        assert_eq!(routes_on(os, &[("TERM", "xterm-256color")]), KEEPING, "{os:?}");
        assert_eq!(routes_on(os, &[]), KEEPING, "{os:?}: no TERM, as in a plain console");
        assert_eq!(routes_on(os, &[("DISPLAY", ":0"), ("TERM", "xterm")]), KEEPING, "{os:?}: XQuartz is not used");
        let tmux = routes_on(os, &[("TERM", "tmux-256color"), ("TMUX", "/tmp/t,1,0")]);
        assert_eq!(tmux, Routes { tmux: true, ..KEEPING }, "{os:?}");
        // Over SSH the clipboard is the far machine's: the terminal carries the copy home.
        assert_eq!(routes_on(os, &[("TERM", "xterm"), ("SSH_CONNECTION", "a b c d")]), TERMINAL, "{os:?}");
    }
}

#[test]
fn desktop_uses_the_system_clipboard_only() {
    assert_eq!(routes(&[("DISPLAY", ":0"), ("TERM", "xterm")]), DESKTOP);
    assert_eq!(routes(&[("WAYLAND_DISPLAY", "wayland-0"), ("TERM", "foot")]), DESKTOP);
}

#[test]
fn tmux_takes_the_text_itself_and_ssh_adds_osc52() {
    let tmux = routes(&[("DISPLAY", ":0"), ("TERM", "tmux-256color"), ("TMUX", "/tmp/tmux-0/default,1,0")]);
    assert_eq!(tmux, Routes { tmux: true, ..DESKTOP });
    let tmux_over_ssh = routes(&[("TERM", "tmux-256color"), ("TMUX", "/tmp/t,1,0"), ("SSH_TTY", "/dev/pts/1")]);
    assert_eq!(tmux_over_ssh, Routes { system: false, holder: false, tmux: true, osc52: false });
    let ssh = routes(&[("TERM", "xterm"), ("SSH_TTY", "/dev/pts/1")]);
    assert_eq!(ssh, TERMINAL);
    let ssh_with_x = routes(&[("DISPLAY", "localhost:10.0"), ("TERM", "xterm"), ("SSH_CONNECTION", "a b c d")]);
    assert_eq!(ssh_with_x, Routes { osc52: true, ..DESKTOP });
}

#[test]
fn a_console_without_display_uses_osc52() {
    assert_eq!(routes(&[("TERM", "linux")]), TERMINAL);
}

#[test]
fn dumb_terminal_without_display_cannot_copy() {
    let none = routes(&[("TERM", "dumb")]);
    let result = describe(none, copy_system(none, "x"), copy_osc52(none, "x", &mut Vec::new()));
    assert!(result.unwrap_err().starts_with("no display"));
}

#[test]
fn osc52_writes_the_sequence_to_the_terminal() {
    let mut terminal = Vec::new();
    let result = copy_osc52(TERMINAL, "hi", &mut terminal);
    assert_eq!(result, Some(Ok(())));
    assert_eq!(terminal, b"\x1b]52;c;aGk=\x07");
}

fn system(desktop: Option<Result<(), &str>>, tmux: Option<Result<TmuxCopy, &str>>) -> SystemCopy {
    SystemCopy {
        desktop: desktop.map(|result| result.map_err(str::to_string)),
        tmux: tmux.map(|result| result.map_err(str::to_string)),
    }
}

#[test]
fn descriptions_name_the_way_taken_or_why_not() {
    let both = Routes { osc52: true, ..DESKTOP };
    assert_eq!(describe(both, system(Some(Ok(())), None), Some(Ok(()))).unwrap(), "to the clipboard and via OSC 52");
    assert_eq!(
        describe(both, system(Some(Err("no X")), None), Some(Ok(()))).unwrap(),
        "via OSC 52 (the terminal's clipboard); the system clipboard failed: no X"
    );
    assert_eq!(
        describe(both, system(Some(Ok(())), None), Some(Err("too big".into()))).unwrap(),
        "to the clipboard (not via OSC 52: too big)"
    );
    assert_eq!(describe(DESKTOP, system(Some(Err("no X")), None), None).unwrap_err(), "no X");
    assert_eq!(describe(TERMINAL, system(None, None), Some(Err("too big".into()))).unwrap_err(), "too big");
}

#[test]
fn tmux_descriptions_say_where_the_text_really_went() {
    let tmux = Routes { system: false, holder: false, tmux: true, osc52: false };
    let forwarded = Some(Ok(TmuxCopy::Forwarded));
    assert_eq!(
        describe(tmux, system(None, forwarded), None).unwrap(),
        "to tmux's paste buffer and the terminal's clipboard"
    );
    let off = Some(Ok(TmuxCopy::BufferOnly(tmux::SET_CLIPBOARD_OFF)));
    assert_eq!(
        describe(tmux, system(None, off), None).unwrap(),
        "to tmux's paste buffer only (prefix ] pastes it), not the system clipboard: \
             tmux's set-clipboard is off (set -g set-clipboard on to pass copies on)"
    );
    let failed = Some(Err("tmux load-buffer failed: no server running on /tmp/t"));
    assert_eq!(
        describe(tmux, system(None, failed), None).unwrap_err(),
        "tmux load-buffer failed: no server running on /tmp/t"
    );
    let both = Routes { tmux: true, ..DESKTOP };
    assert_eq!(describe(both, system(Some(Ok(())), off), None).unwrap(), "to the clipboard and to tmux's paste buffer");
    assert_eq!(
        describe(both, system(Some(Ok(())), failed), None).unwrap(),
        "to the clipboard (not to tmux's paste buffer: tmux load-buffer failed: no server running on /tmp/t)"
    );
    assert_eq!(
        describe(both, system(Some(Err("no X")), forwarded), None).unwrap(),
        "to tmux's paste buffer and the terminal's clipboard; the system clipboard failed: no X"
    );
}
