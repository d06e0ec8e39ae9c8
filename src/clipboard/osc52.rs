//! OSC 52: the terminal's own clipboard escape sequence. It reaches the
//! user's local machine over SSH and, with `set -g set-clipboard on`, through
//! tmux, which stores it as a buffer and forwards it to the outer terminal.

use base64::Engine;

/// Base64 characters in the largest sequence sent. Terminals cap the payload
/// each at their own size (tmux, kitty and others around 100 kB, some
/// less); above this the copy is refused with the sizes named, not truncated.
pub const MAX_ENCODED: usize = 100_000;

/// Input bytes that encode to at most [`MAX_ENCODED`].
pub const MAX_TEXT: usize = MAX_ENCODED / 4 * 3;

/// Text over [`MAX_TEXT`] bytes, too large for the terminal's clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub bytes: usize,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} bytes is over the terminal clipboard's limit of {MAX_TEXT}", self.bytes)
    }
}

/// The plain sequence `ESC ] 52 ; c ; <base64> BEL`. tmux 3.3+ drops the
/// DCS-wrapped form unless `allow-passthrough` is on, so it is never used.
pub fn sequence(text: &str) -> Result<String, TooLarge> {
    if text.len() > MAX_TEXT {
        return Err(TooLarge { bytes: text.len() });
    }
    Ok(format!("\x1b]52;c;{}\x07", base64::engine::general_purpose::STANDARD.encode(text)))
}

#[cfg(test)]
mod tests;
