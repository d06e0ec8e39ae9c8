//! One clipboard holder per display, ever: each holder keeps an exclusive
//! lock (`flock`) on a file named after the user and the display. A new
//! holder takes the lock over: it tells the holder that has it to exit
//! (SIGTERM), and waits for the lock. So holders cannot pile up, not even on
//! a display that never answers.
//!
//! The lock files live in a directory only the user can write, as tmux's and
//! ssh-agent's sockets do: `$XDG_RUNTIME_DIR` when it is such a directory,
//! else `httpref-UID` under the temporary directory, made `0700` and checked
//! (owner, mode, not a link) before use. A lock file must be a regular file
//! of the user's own with one link, or it is not touched.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Why a holder cannot use the display's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    /// The directory or file is not one that only this user can touch.
    Unsafe(String),
    /// Something that is no clipboard holder keeps the lock.
    HeldByOther { path: PathBuf, pid: Option<u32> },
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Unsafe(why) => write!(f, "cannot use the clipboard lock: {why}"),
            LockError::HeldByOther { path, pid } => {
                write!(f, "the clipboard lock {} is held by another program", path.display())?;
                match pid {
                    Some(pid) => write!(f, " (process {pid}), not a clipboard holder"),
                    None => write!(f, ", not a clipboard holder"),
                }
            }
        }
    }
}

/// The lock file's name for the display in `var`'s environment, if there is one.
pub fn file_name(var: &impl Fn(&str) -> Option<String>) -> Option<String> {
    let display = match var("WAYLAND_DISPLAY") {
        Some(wayland) => format!("wayland-{wayland}"),
        None => format!("x11-{}", var("DISPLAY")?),
    };
    let display: String =
        display.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect();
    Some(format!("httpref-{}-clipboard-{display}.lock", uid()))
}

/// The lock file for the display in `var`'s environment, in a directory of
/// the user's own under `temp` unless `$XDG_RUNTIME_DIR` is one; `None` when
/// there is no display.
pub fn path(var: impl Fn(&str) -> Option<String>, temp: &Path) -> Option<Result<PathBuf, LockError>> {
    let name = file_name(&var)?;
    let runtime = var("XDG_RUNTIME_DIR").map(PathBuf::from).filter(|dir| dir.is_absolute() && private(dir).is_ok());
    let dir = match runtime {
        Some(dir) => Ok(dir),
        None => own_dir(temp),
    };
    Some(dir.map(|dir| dir.join(name)))
}

/// `httpref-UID` under `temp`, made if missing; refused unless it is a
/// directory (not a link) of the user's own that nobody else can enter.
fn own_dir(temp: &Path) -> Result<PathBuf, LockError> {
    let dir = temp.join(format!("httpref-{}", uid()));
    match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(err) => return Err(LockError::Unsafe(format!("cannot make {}: {err}", dir.display()))),
    }
    private(&dir).map(|()| dir)
}

/// Whether `dir` itself (not a link's target) is a directory of the user's own, closed to others.
fn private(dir: &Path) -> Result<(), LockError> {
    let unsafe_dir = |why: &str| LockError::Unsafe(format!("{} {why}", dir.display()));
    let metadata = dir.symlink_metadata().map_err(|err| unsafe_dir(&format!("cannot be read: {err}")))?;
    if !metadata.file_type().is_dir() {
        return Err(unsafe_dir("is not a directory"));
    }
    if metadata.uid() != uid() {
        return Err(unsafe_dir("belongs to another user"));
    }
    if metadata.mode() & 0o077 != 0 {
        return Err(unsafe_dir(&format!("is open to other users (mode {:o})", metadata.mode() & 0o777)));
    }
    Ok(())
}

/// How long a lock may be held by something that does not say it is a
/// holder: a new holder writes its pid right after taking the lock.
const STRANGER_GRACE: Duration = Duration::from_millis(300);

/// A lock file opened and checked, not locked yet.
#[derive(Debug)]
pub struct LockFile {
    path: PathBuf,
    file: File,
}

/// The display's lock, held until dropped; then its file is removed, so
/// none is left behind once the last holder is gone.
#[derive(Debug)]
pub struct Held(LockFile);

/// Opens the lock file at `path` (made if missing), refusing anything but a
/// regular file of the user's own with one link.
pub fn open(path: &Path) -> Result<LockFile, LockError> {
    let unsafe_file = |why: String| LockError::Unsafe(format!("{} {why}", path.display()));
    let file = File::options()
        .read(true)
        .write(true)
        .create(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(|err| unsafe_file(format!("cannot be opened: {err}")))?;
    let metadata = file.metadata().map_err(|err| unsafe_file(format!("cannot be read: {err}")))?;
    if !metadata.file_type().is_file() {
        return Err(unsafe_file("is not a regular file".to_string()));
    }
    if metadata.nlink() != 1 {
        return Err(unsafe_file(format!("has {} links, not one", metadata.nlink())));
    }
    if metadata.uid() != uid() {
        return Err(unsafe_file("belongs to another user".to_string()));
    }
    Ok(LockFile { path: path.to_path_buf(), file })
}

impl LockFile {
    /// Whether the lock is free or kept by a holder (which a new holder may
    /// replace), checked before the clipboard is touched; an error when
    /// another program keeps it. `is_holder` tells a holder's pid.
    pub fn check_owner(&self, is_holder: impl Fn(u32) -> bool) -> Result<(), LockError> {
        self.wait_for(is_holder, false).map(|_| ())
    }

    /// Takes the lock from whichever holder has it, telling that holder to
    /// exit and waiting as long as that takes (the holder's own deadline
    /// bounds the wait).
    pub fn take_over(self, is_holder: impl Fn(u32) -> bool) -> Result<Held, LockError> {
        let mut lock = self;
        loop {
            lock.wait_for(&is_holder, true)?;
            // The holder that had it may have removed the file on its way out: lock the file now there.
            if lock.is_still_at_its_path() {
                let pid = format!("{}\n", std::process::id());
                lock.file
                    .set_len(0)
                    .and_then(|()| lock.file.write_all_at(pid.as_bytes(), 0))
                    .map_err(|err| LockError::Unsafe(format!("{} cannot be written: {err}", lock.path.display())))?;
                return Ok(Held(lock));
            }
            lock = open(&lock.path)?;
        }
    }

    /// Waits while a holder keeps the lock (told to exit when `replace`),
    /// until it is free; with `replace`, keeps it locked, else lets it go.
    fn wait_for(&self, is_holder: impl Fn(u32) -> bool, replace: bool) -> Result<(), LockError> {
        let me = std::process::id();
        let mut told = None;
        let mut stranger_since = None;
        loop {
            // SAFETY: flock on a descriptor this value owns.
            if unsafe { libc::flock(self.file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                if !replace {
                    // SAFETY: as above.
                    unsafe { libc::flock(self.file.as_raw_fd(), libc::LOCK_UN) };
                }
                return Ok(());
            }
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() != Some(libc::EWOULDBLOCK) {
                return Err(LockError::Unsafe(format!("{} cannot be locked: {err}", self.path.display())));
            }
            let owner = owner(&self.file);
            match owner.filter(|&pid| pid != me && is_holder(pid)) {
                Some(_) if !replace => return Ok(()),
                Some(pid) => {
                    stranger_since = None;
                    if told != Some(pid) {
                        if let Ok(pid) = libc::pid_t::try_from(pid) {
                            // SAFETY: kill with a pid checked to be one of httpref's own holders.
                            unsafe { libc::kill(pid, libc::SIGTERM) };
                        }
                        told = Some(pid);
                    }
                }
                None => {
                    let since = *stranger_since.get_or_insert_with(Instant::now);
                    if since.elapsed() > STRANGER_GRACE {
                        return Err(LockError::HeldByOther { path: self.path.clone(), pid: owner });
                    }
                }
            }
            sleep(Duration::from_millis(10));
        }
    }

    /// Whether the path still names the file this value has open.
    fn is_still_at_its_path(&self) -> bool {
        match (self.path.symlink_metadata(), self.file.metadata()) {
            (Ok(there), Ok(open)) => there.dev() == open.dev() && there.ino() == open.ino(),
            _ => false,
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        // Removed while still locked, so no holder can lock it after it is gone from the folder.
        if self.0.is_still_at_its_path() {
            let _ = std::fs::remove_file(&self.0.path);
        }
    }
}

/// The pid the lock's holder wrote into the file, if any.
fn owner(file: &File) -> Option<u32> {
    let mut owner = [0u8; 16];
    let read = file.read_at(&mut owner, 0).unwrap_or(0);
    std::str::from_utf8(&owner[..read]).ok().and_then(|pid| pid.trim().parse::<u32>().ok())
}

fn uid() -> u32 {
    // SAFETY: getuid cannot fail.
    unsafe { libc::getuid() }
}

#[cfg(test)]
mod tests;
