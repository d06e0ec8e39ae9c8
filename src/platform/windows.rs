//! Windows: files opened as they are (no FIFOs to hang on), the console
//! (`CONOUT$`), no job control, Ctrl-c and termination as the console sends them.

use super::Kind;
use std::fs::File;
use std::io;
use std::path::Path;

/// The console itself, whatever stdout is.
pub const TERMINAL: &str = "CONOUT$";

/// The console to read keys from, whatever stdin is.
pub const TERMINAL_INPUT: &str = "CONIN$";

/// Keys come as console events, read by crossterm.
pub const READS_TERMINAL_BYTES: bool = false;

/// No job control: Ctrl-z is not offered.
pub const CAN_SUSPEND: bool = false;

/// Opens `path` for reading, and says what it is from the open handle.
pub fn open_for_reading(path: &Path) -> io::Result<(File, Kind)> {
    let file = File::open(path)?;
    let metadata = file.metadata()?;
    let kind = if metadata.is_file() {
        Kind::Regular { size: metadata.len() }
    } else if metadata.is_dir() {
        Kind::Directory
    } else {
        // Pipes and devices (`NUL`, `CON`, `\\.\pipe\…`) are neither.
        Kind::Device
    };
    Ok((file, kind))
}

/// Windows reports a loop of links as a plain failure to open.
pub fn is_link_loop(_err: &io::Error) -> bool {
    false
}

/// Nothing to wait for: Windows opens a pipe once it has a writer.
pub fn wait_for_writer(_file: &File) -> io::Result<()> {
    Ok(())
}

/// Files are opened blocking already.
pub fn make_blocking(_file: &File) -> io::Result<()> {
    Ok(())
}

/// Reading at an offset into room not yet initialised is left to the
/// sequential reader here.
pub fn read_exact_at(_file: &File, _room: &mut [std::mem::MaybeUninit<u8>], _offset: u64) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// No such hint here.
pub fn advise_huge_pages(_buffer: &mut Vec<u8>) {}

/// Never called: [`CAN_SUSPEND`] is false.
pub fn suspend() {}

/// The console does not hang up as a terminal does: its closing ends the
/// process. Nothing to watch.
pub fn wait_for_hangup(_terminal: &File) -> Option<io::Error> {
    None
}

/// Calls `ended` with the number of the first of SIGINT and SIGTERM to
/// arrive, from a thread of its own (the console's Ctrl-Break and close).
pub fn watch_signals(ended: impl FnOnce(i32) + Send + 'static) -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let arrived = Arc::new(AtomicUsize::new(0));
    for signal in [SIGINT, SIGTERM] {
        signal_hook::flag::register_usize(signal, Arc::clone(&arrived), signal as usize)?;
    }
    std::thread::spawn(move || loop {
        match arrived.load(Ordering::SeqCst) {
            0 => std::thread::sleep(std::time::Duration::from_millis(50)),
            signal => return ended(signal as i32),
        }
    });
    Ok(())
}

/// Never called: [`READS_TERMINAL_BYTES`] is false.
pub fn open_input() -> io::Result<File> {
    Err(io::ErrorKind::Unsupported.into())
}

/// Never called: [`READS_TERMINAL_BYTES`] is false.
pub fn wait_for_input(_file: &File, _timeout: Option<std::time::Duration>) -> io::Result<bool> {
    Err(io::ErrorKind::Unsupported.into())
}

/// The console reports its resizes among its events: nothing to watch.
pub fn watch_resizes(_resized: impl Fn() + Send + 'static) -> io::Result<()> {
    Ok(())
}
