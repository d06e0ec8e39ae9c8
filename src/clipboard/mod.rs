//! Copying, wherever the user works: the system clipboard (X11, Wayland)
//! through a holder process that outlives httpref; inside tmux, tmux's own
//! paste buffer, which tmux passes on to the terminal's clipboard; and OSC 52
//! through the terminal when there is no display, or over SSH, where the
//! user's own machine is on the far side of the terminal.

pub mod osc52;
pub mod tmux;

use crate::platform::Os;
use std::io::Write;
use std::time::{Duration, Instant};
pub use tmux::TmuxCopy;

/// How long a copy to the system clipboard or tmux may take.
pub const DEADLINE: Duration = Duration::from_secs(2);

/// Which ways a copy goes, decided from the platform and environment once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routes {
    pub system: bool,
    /// The system copy goes to a holder process that outlives httpref (X11,
    /// Wayland); elsewhere the clipboard itself keeps it.
    pub holder: bool,
    pub tmux: bool,
    pub osc52: bool,
}

impl Routes {
    pub fn from_env() -> Routes {
        Routes::from_vars(Os::CURRENT, |name| std::env::var(name).ok().filter(|value| !value.is_empty()))
    }

    pub fn from_vars(os: Os, var: impl Fn(&str) -> Option<String>) -> Routes {
        // Inside tmux, tmux takes the text itself: OSC 52 into a pane is dropped unless set-clipboard is on.
        let tmux = var("TMUX").is_some();
        let far_from_the_screen = ["SSH_TTY", "SSH_CONNECTION"].iter().any(|name| var(name).is_some());
        let terminal_can = var("TERM").is_some_and(|term| term != "dumb");
        let (system, holder) = match os {
            Os::Unix => (var("DISPLAY").is_some() || var("WAYLAND_DISPLAY").is_some(), true),
            // The clipboard is always there, but over SSH it is the far machine's, not the user's.
            Os::MacOs | Os::Windows => (!far_from_the_screen, false),
        };
        let osc52 = !tmux && terminal_can && (!system || far_from_the_screen);
        Routes { system, holder: system && holder, tmux, osc52 }
    }

    /// Why nothing can be copied, when nothing can.
    fn none_reason(&self) -> Option<&'static str> {
        (!self.system && !self.tmux && !self.osc52).then_some(
            "no display (DISPLAY and WAYLAND_DISPLAY are unset) and no terminal for OSC 52 (TERM is dumb or unset)",
        )
    }
}

/// Sends the OSC 52 sequence for `text` to the terminal, if that route is on.
pub fn copy_osc52(routes: Routes, text: &str, terminal: &mut dyn Write) -> Option<Result<(), String>> {
    routes.osc52.then(|| {
        let sequence = osc52::sequence(text)?;
        terminal.write_all(sequence.as_bytes()).and_then(|()| terminal.flush()).map_err(|err| err.to_string())
    })
}

/// How the copies made through other programs went: the clipboard holder
/// (desktop) and tmux. None where that route is off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SystemCopy {
    pub desktop: Option<Result<(), String>>,
    pub tmux: Option<Result<TmuxCopy, String>>,
}

/// Hands `text` to a clipboard holder and to tmux, where those routes are on,
/// both at once, within [`DEADLINE`]. Keep it off the UI thread.
pub fn copy_system(routes: Routes, text: &str) -> SystemCopy {
    let deadline = Instant::now() + DEADLINE;
    std::thread::scope(|scope| {
        let tmux = routes.tmux.then(|| scope.spawn(|| tmux::copy(text, deadline)));
        let desktop = routes.system.then(|| match routes.holder {
            true => crate::platform::hand_off(text, DEADLINE),
            false => copy_direct(text),
        });
        let tmux = tmux.map(|copy| copy.join().unwrap_or_else(|_| Err("the tmux copy panicked".to_string())));
        SystemCopy { desktop, tmux }
    })
}

/// The copy of `text` that the terminal's way (`osc52`, already sent, or
/// not) leaves to the system clipboard and tmux, made now: how it went, or
/// why it could not be made. The one copy of both the command line and the
/// browser (which sends OSC 52 between frames and calls this aside).
pub fn copy(routes: Routes, text: &str, osc52: Option<Result<(), String>>) -> Result<String, String> {
    describe(routes, copy_system(routes, text), osc52)
}

/// Sets the clipboard where it keeps a copy after httpref exits (macOS, Windows).
fn copy_direct(text: &str) -> Result<(), String> {
    arboard::Clipboard::new()
        .and_then(|mut clipboard| clipboard.set_text(text))
        .map_err(|err| format!("cannot set the clipboard: {err}"))
}

/// How a copy went, `Ok("to the clipboard")`, or why it could not be made.
pub fn describe(routes: Routes, system: SystemCopy, osc52: Option<Result<(), String>>) -> Result<String, String> {
    if let Some(reason) = routes.none_reason() {
        return Err(reason.to_string());
    }
    // The terminal's way, tmux or OSC 52 (never both): how to say it went, or what failed.
    let terminal = match (system.tmux, osc52) {
        (Some(tmux), _) => Some(tmux.map(Way::tmux).map_err(|why| ("to tmux's paste buffer", why))),
        (None, Some(osc52)) => Some(osc52.map(|()| Way::osc52()).map_err(|why| ("via OSC 52", why))),
        (None, None) => None,
    };
    match (system.desktop, terminal) {
        (Some(Ok(())), Some(Ok(way))) => Ok(format!("to the clipboard and {}", way.short)),
        (Some(Ok(())), Some(Err((way, why)))) => Ok(format!("to the clipboard (not {way}: {why})")),
        (Some(Ok(())), None) => Ok("to the clipboard".to_string()),
        (Some(Err(why)), Some(Ok(way))) => Ok(format!("{}; the system clipboard failed: {why}", way.alone)),
        (None, Some(Ok(way))) => Ok(way.alone),
        (Some(Err(why)), _) | (None, Some(Err((_, why)))) => Err(why),
        (None, None) => Err("no way to the clipboard".to_string()),
    }
}

/// How a copy through the terminal is told: after "to the clipboard and", or on its own.
struct Way {
    short: &'static str,
    alone: String,
}

impl Way {
    fn osc52() -> Way {
        Way { short: "via OSC 52", alone: "via OSC 52 (the terminal's clipboard)".to_string() }
    }

    fn tmux(copy: TmuxCopy) -> Way {
        let alone = match copy {
            TmuxCopy::Forwarded => "to tmux's paste buffer and the terminal's clipboard".to_string(),
            TmuxCopy::BufferOnly(why) => {
                format!("to tmux's paste buffer only (prefix ] pastes it), not the system clipboard: {why}")
            }
        };
        Way { short: "to tmux's paste buffer", alone }
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(
            describe(both, system(Some(Ok(())), None), Some(Ok(()))).unwrap(),
            "to the clipboard and via OSC 52"
        );
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
        assert_eq!(
            describe(both, system(Some(Ok(())), off), None).unwrap(),
            "to the clipboard and to tmux's paste buffer"
        );
        assert_eq!(
            describe(both, system(Some(Ok(())), failed), None).unwrap(),
            "to the clipboard (not to tmux's paste buffer: tmux load-buffer failed: no server running on /tmp/t)"
        );
        assert_eq!(
            describe(both, system(Some(Err("no X")), forwarded), None).unwrap(),
            "to tmux's paste buffer and the terminal's clipboard; the system clipboard failed: no X"
        );
    }
}
