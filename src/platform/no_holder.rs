//! macOS and Windows keep a copy after its owner exits: no holder process.

use std::time::Duration;

/// Never given: no holder is started here.
pub const HOLDER_FLAG: &str = "--clipboard-holder";

/// A holder asked for where none is needed: nothing to serve.
pub fn serve_holder() -> i32 {
    1
}

/// Never called: the route on this platform copies straight through the clipboard.
pub fn hand_off(_text: &str, _within: Duration) -> Result<(), HolderError> {
    Err(HolderError)
}

/// Why a copy handed to a holder did not land: here, that there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolderError;

impl std::fmt::Display for HolderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no clipboard holder on this platform")
    }
}
