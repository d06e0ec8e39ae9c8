//! Copying, wherever the user works: the system clipboard (X11, Wayland)
//! through a holder process that outlives httpref, and OSC 52 through the
//! terminal when there is no display, or over SSH or in tmux, where the
//! user's own machine is on the far side of the terminal.

pub mod holder;
pub mod osc52;

use std::io::Write;

/// Which ways a copy goes, decided from the environment once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routes {
    pub system: bool,
    pub osc52: bool,
}

impl Routes {
    pub fn from_env() -> Routes {
        Routes::from_vars(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
    }

    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Routes {
        let display = var("DISPLAY").is_some() || var("WAYLAND_DISPLAY").is_some();
        let far_from_the_screen = ["TMUX", "SSH_TTY", "SSH_CONNECTION"].iter().any(|name| var(name).is_some());
        let terminal_can = var("TERM").is_some_and(|term| term != "dumb");
        Routes { system: display, osc52: terminal_can && (!display || far_from_the_screen) }
    }

    /// Why nothing can be copied, when nothing can.
    fn none_reason(&self) -> Option<&'static str> {
        (!self.system && !self.osc52).then_some(
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

/// Hands `text` to a clipboard holder, if that route is on. May take a
/// moment (it waits for the holder's answer): keep it off the UI thread.
pub fn copy_system(routes: Routes, text: &str) -> Option<Result<(), String>> {
    routes.system.then(|| holder::hand_off(text))
}

/// How a copy went, `Ok("to the clipboard")`, or why it could not be made.
pub fn describe(
    routes: Routes,
    system: Option<Result<(), String>>,
    osc52: Option<Result<(), String>>,
) -> Result<String, String> {
    if let Some(reason) = routes.none_reason() {
        return Err(reason.to_string());
    }
    match (system, osc52) {
        (Some(Ok(())), Some(Ok(()))) => Ok("to the clipboard and via OSC 52".to_string()),
        (Some(Ok(())), Some(Err(why))) => Ok(format!("to the clipboard (not via OSC 52: {why})")),
        (Some(Ok(())), None) => Ok("to the clipboard".to_string()),
        (Some(Err(why)), Some(Ok(()))) => Ok(format!("via OSC 52 (system clipboard failed: {why})")),
        (None, Some(Ok(()))) => Ok("via OSC 52 (the terminal's clipboard)".to_string()),
        (Some(Err(why)), _) | (None, Some(Err(why))) => Err(why),
        (None, None) => Err("no way to the clipboard".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routes(vars: &[(&str, &str)]) -> Routes {
        Routes::from_vars(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn desktop_uses_the_system_clipboard_only() {
        assert_eq!(routes(&[("DISPLAY", ":0"), ("TERM", "xterm")]), Routes { system: true, osc52: false });
        assert_eq!(
            routes(&[("WAYLAND_DISPLAY", "wayland-0"), ("TERM", "foot")]),
            Routes { system: true, osc52: false }
        );
    }

    #[test]
    fn tmux_and_ssh_add_osc52() {
        let tmux = routes(&[("DISPLAY", ":0"), ("TERM", "tmux-256color"), ("TMUX", "/tmp/tmux-0/default,1,0")]);
        assert_eq!(tmux, Routes { system: true, osc52: true });
        let ssh = routes(&[("TERM", "xterm"), ("SSH_TTY", "/dev/pts/1")]);
        assert_eq!(ssh, Routes { system: false, osc52: true });
    }

    #[test]
    fn a_console_without_display_uses_osc52() {
        assert_eq!(routes(&[("TERM", "linux")]), Routes { system: false, osc52: true });
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
        let result = copy_osc52(Routes { system: false, osc52: true }, "hi", &mut terminal);
        assert_eq!(result, Some(Ok(())));
        assert_eq!(terminal, b"\x1b]52;c;aGk=\x07");
    }

    #[test]
    fn descriptions_name_the_way_taken_or_why_not() {
        let both = Routes { system: true, osc52: true };
        assert_eq!(describe(both, Some(Ok(())), Some(Ok(()))).unwrap(), "to the clipboard and via OSC 52");
        assert_eq!(
            describe(both, Some(Err("no X".into())), Some(Ok(()))).unwrap(),
            "via OSC 52 (system clipboard failed: no X)"
        );
        let system = Routes { system: true, osc52: false };
        assert_eq!(describe(system, Some(Err("no X".into())), None).unwrap_err(), "no X");
        let terminal = Routes { system: false, osc52: true };
        assert_eq!(describe(terminal, None, Some(Err("too big".into()))).unwrap_err(), "too big");
    }
}
