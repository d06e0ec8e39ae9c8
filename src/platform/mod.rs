//! What differs between Linux, macOS and Windows, in one place: opening and
//! reading files, the controlling terminal, signals and suspending, and how
//! the system clipboard keeps a copy. Everything else in httpref is the same
//! code on every platform and has no `cfg` of its own.

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub use unix::{
    advise_huge_pages, is_link_loop, make_blocking, open_for_reading, open_input, read_exact_at, suspend,
    wait_for_hangup, wait_for_input, wait_for_writer, watch_resizes, watch_signals, CAN_SUSPEND, READS_TERMINAL_BYTES,
    TERMINAL, TERMINAL_INPUT,
};

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use windows::{
    advise_huge_pages, is_link_loop, make_blocking, open_for_reading, open_input, read_exact_at, suspend,
    wait_for_hangup, wait_for_input, wait_for_writer, watch_resizes, watch_signals, CAN_SUSPEND, READS_TERMINAL_BYTES,
    TERMINAL, TERMINAL_INPUT,
};

/// X11 and Wayland lose a copy when its owner exits: a holder process keeps it.
#[cfg(all(unix, not(target_os = "macos")))]
pub mod holder;
#[cfg(all(unix, not(target_os = "macos")))]
pub use holder::{hand_off, serve_holder, HolderError, HOLDER_FLAG};

#[cfg(not(all(unix, not(target_os = "macos"))))]
mod no_holder;
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub use no_holder::{hand_off, serve_holder, HolderError, HOLDER_FLAG};

/// The kinds of system this runs on, as far as copying and the terminal go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    /// Linux and the BSDs: X11 or Wayland, a clipboard that lives in its owner.
    Unix,
    /// macOS: the pasteboard keeps a copy after its owner exits.
    MacOs,
    /// Windows: the clipboard keeps a copy after its owner exits.
    Windows,
}

impl Os {
    pub const CURRENT: Os = if cfg!(windows) {
        Os::Windows
    } else if cfg!(target_os = "macos") {
        Os::MacOs
    } else {
        Os::Unix
    };
}

/// What an open file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Regular { size: u64 },
    Directory,
    Fifo,
    Device,
    Other,
}

impl Kind {
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Regular { .. } => "a regular file",
            Kind::Directory => "a directory",
            Kind::Fifo => "a FIFO",
            Kind::Device => "a device",
            Kind::Other => "not a file",
        }
    }
}

/// The TLS a fetched page comes through, and the roots it trusts by default:
/// rustls with Mozilla's roots, or on Windows and macOS the system's TLS and roots.
pub fn tls() -> (ureq::tls::TlsProvider, ureq::tls::RootCerts) {
    if cfg!(any(windows, target_os = "macos")) {
        (ureq::tls::TlsProvider::NativeTls, ureq::tls::RootCerts::PlatformVerifier)
    } else {
        (ureq::tls::TlsProvider::Rustls, ureq::tls::RootCerts::WebPki)
    }
}

/// An environment variable's value, one set empty being as if unset.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}

/// Whether the session runs over SSH, by the variables `var` reads: the
/// screen, its clipboard and its browser are then on another machine.
pub fn over_ssh(var: impl Fn(&str) -> Option<String>) -> bool {
    ["SSH_TTY", "SSH_CONNECTION"].iter().any(|name| var(name).is_some())
}
