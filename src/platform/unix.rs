//! Linux, macOS and the BSDs: files opened without blocking and read at
//! offsets, `/dev/tty`, job control and the usual signals.

use super::Kind;
use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::path::Path;

/// The terminal itself, whatever stdin and stdout are.
pub const TERMINAL: &str = "/dev/tty";

/// The terminal to read keys from, whatever stdin is.
pub const TERMINAL_INPUT: &str = "/dev/tty";

/// Keys come as the terminal's bytes, read and parsed by httpref itself.
pub const READS_TERMINAL_BYTES: bool = true;

/// Ctrl-z stops the job, as in any shell.
pub const CAN_SUSPEND: bool = true;

/// Opens `path` for reading without blocking (a FIFO with no writer cannot
/// hang the open), and says what it is from the open handle.
pub fn open_for_reading(path: &Path) -> io::Result<(File, Kind)> {
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let file = File::options().read(true).custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC).open(path)?;
    let metadata = file.metadata()?;
    let kind = metadata.file_type();
    let kind = if kind.is_file() {
        Kind::Regular { size: metadata.len() }
    } else if kind.is_dir() {
        Kind::Directory
    } else if kind.is_fifo() {
        Kind::Fifo
    } else if kind.is_char_device() || kind.is_block_device() {
        Kind::Device
    } else {
        Kind::Other
    };
    Ok((file, kind))
}

/// Whether opening failed on a loop of symbolic links.
pub fn is_link_loop(err: &io::Error) -> bool {
    err.raw_os_error() == Some(libc::ELOOP)
}

/// A FIFO opened without blocking reads as ended until a writer comes: wait
/// for one, as a blocking open would have.
pub fn wait_for_writer(file: &File) -> io::Result<()> {
    wait_for_input(file, None).map(drop)
}

/// Waits up to `timeout` (forever when none) for `events` on `fd`: what
/// happened, or `None` when the time ran out. Interrupted waits go on.
fn poll(fd: std::os::fd::RawFd, events: i16, timeout: Option<std::time::Duration>) -> io::Result<Option<i16>> {
    let millis = timeout.map_or(-1, |t| i32::try_from(t.as_millis()).unwrap_or(i32::MAX));
    let mut poll = libc::pollfd { fd, events, revents: 0 };
    loop {
        // SAFETY: one pollfd, valid for the duration of the call.
        let ready = unsafe { libc::poll(&mut poll, 1, millis) };
        if ready >= 0 {
            return Ok((ready > 0).then_some(poll.revents));
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

/// Clears the non-blocking flag the file was opened with, so reads wait for data.
pub fn make_blocking(file: &File) -> io::Result<()> {
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this function borrows.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    // SAFETY: as above, changing only the file status flags.
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Fills `room` with the file's bytes from `offset`, or fails (at the
/// file's end too). Through a raw pointer, as the room is not yet initialised.
pub fn read_exact_at(file: &File, room: &mut [std::mem::MaybeUninit<u8>], offset: u64) -> io::Result<()> {
    let mut done = 0;
    while done < room.len() {
        let rest = &mut room[done..];
        // SAFETY: pread writes at most `rest.len()` bytes into `rest`, which this call borrows alone.
        let read = unsafe {
            libc::pread(file.as_raw_fd(), rest.as_mut_ptr().cast(), rest.len(), (offset + done as u64) as libc::off_t)
        };
        match read {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n if n > 0 => done += n as usize,
            _ => {
                let err = io::Error::last_os_error();
                if err.kind() != io::ErrorKind::Interrupted {
                    return Err(err);
                }
            }
        }
    }
    Ok(())
}

/// Asks the kernel to back a large buffer with huge pages: filling it then
/// takes a few page faults rather than thousands. Linux alone has the hint.
pub fn advise_huge_pages(buffer: &mut Vec<u8>) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let start = buffer.as_mut_ptr() as usize;
        let aligned = start.next_multiple_of(HUGE);
        let end = (start + buffer.capacity()) / HUGE * HUGE;
        if end > aligned {
            // SAFETY: the range lies within the buffer's own allocation; the advice
            // changes how its pages are backed, never their contents.
            unsafe { libc::madvise(aligned as *mut libc::c_void, end - aligned, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = buffer;
}

/// Stops this process as Ctrl-z stops a job; returns once it is continued (`fg`).
pub fn suspend() {
    // SAFETY: raise only sends a signal to this process.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
}

/// Blocks until the terminal hangs up or fails; asks for no readiness, so
/// it never competes with the reader for input.
pub fn wait_for_hangup(terminal: &File) -> Option<io::Error> {
    loop {
        match poll(terminal.as_raw_fd(), 0, None) {
            Err(err) => return Some(err),
            Ok(Some(revents)) if revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 => {
                return Some(io::Error::new(io::ErrorKind::UnexpectedEof, "the terminal went away"))
            }
            Ok(_) => {}
        }
    }
}

/// Calls `ended` with the number of the first of SIGTERM, SIGHUP, SIGINT and
/// SIGQUIT to arrive, from a thread of its own.
pub fn watch_signals(ended: impl FnOnce(i32) + Send + 'static) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(number) = signals.forever().next() {
            ended(number);
        }
    });
    Ok(())
}

/// The terminal to read keys from: stdin when it is one, else the terminal itself.
pub fn open_input() -> io::Result<File> {
    use std::io::IsTerminal;
    use std::os::fd::AsFd;
    if io::stdin().is_terminal() {
        return io::stdin().as_fd().try_clone_to_owned().map(File::from);
    }
    File::open(TERMINAL_INPUT)
}

/// Whether `file` has bytes to read within `timeout` (forever when none).
pub fn wait_for_input(file: &File, timeout: Option<std::time::Duration>) -> io::Result<bool> {
    poll(file.as_raw_fd(), libc::POLLIN, timeout).map(|ready| ready.is_some())
}

/// Calls `resized` from a thread of its own each time the terminal changes size (SIGWINCH).
pub fn watch_resizes(resized: impl Fn() + Send + 'static) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([signal_hook::consts::SIGWINCH])?;
    std::thread::spawn(move || {
        for _ in signals.forever() {
            resized();
        }
    });
    Ok(())
}
