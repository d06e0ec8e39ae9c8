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
        Routes::from_vars(Os::CURRENT, crate::platform::env_var)
    }

    pub fn from_vars(os: Os, var: impl Fn(&str) -> Option<String>) -> Routes {
        // Inside tmux, tmux takes the text itself: OSC 52 into a pane is dropped unless set-clipboard is on.
        let tmux = var("TMUX").is_some();
        let far_from_the_screen = crate::platform::over_ssh(&var);
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
        let sequence = osc52::sequence(text).map_err(|too_large| too_large.to_string())?;
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
        let tmux = routes.tmux.then(|| scope.spawn(|| tmux::copy(text, deadline).map_err(|err| err.to_string())));
        let desktop = routes.system.then(|| {
            if routes.holder {
                crate::platform::hand_off(text, DEADLINE).map_err(|err| err.to_string())
            } else {
                copy_direct(text)
            }
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
mod tests;
