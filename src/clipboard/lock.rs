//! One clipboard holder per display, ever: each holder keeps an exclusive
//! lock (`flock`) on a file named after the user and the display, in
//! `$XDG_RUNTIME_DIR` (or /tmp). A new holder takes the lock over: it tells
//! the holder that has it to exit (SIGTERM), and waits for the lock. So
//! holders cannot pile up, not even on a display that never answers.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::Duration;

/// The lock file for the display in `var`'s environment, if there is one.
pub fn path(var: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let display = match var("WAYLAND_DISPLAY") {
        Some(wayland) => format!("wayland-{wayland}"),
        None => format!("x11-{}", var("DISPLAY")?),
    };
    let display: String =
        display.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect();
    let dir = var("XDG_RUNTIME_DIR").map(PathBuf::from).filter(|dir| dir.is_absolute() && dir.is_dir());
    let dir = dir.unwrap_or_else(|| PathBuf::from("/tmp"));
    // SAFETY: getuid cannot fail.
    let uid = unsafe { libc::getuid() };
    Some(dir.join(format!("httpref-{uid}-clipboard-{display}.lock")))
}

/// Takes the lock at `path` from whichever holder has it, waiting as long as
/// that takes (the holder's own deadline bounds the wait). The lock lasts as
/// long as the returned file is open, that is, until the holder exits. None
/// when the file cannot be used (someone else's, a symlink): then the holder
/// goes on without it.
pub fn take_over(path: &Path) -> Option<File> {
    let file = File::options()
        .read(true)
        .write(true)
        .create(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .ok()?;
    // SAFETY: getuid cannot fail.
    if file.metadata().ok()?.uid() != unsafe { libc::getuid() } {
        return None;
    }
    let me = std::process::id();
    let mut told = None;
    loop {
        // SAFETY: flock on a descriptor this function owns.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
            let pid = format!("{me}\n");
            let written = file.set_len(0).and_then(|()| file.write_all_at(pid.as_bytes(), 0));
            return written.is_ok().then_some(file);
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EWOULDBLOCK) {
            return None;
        }
        let mut owner = [0u8; 16];
        let read = file.read_at(&mut owner, 0).unwrap_or(0);
        let owner = std::str::from_utf8(&owner[..read]).ok().and_then(|pid| pid.trim().parse::<u32>().ok());
        if let Some(pid) = owner.filter(|&pid| pid != me && told != Some(pid) && is_holder(pid)) {
            if let Ok(pid) = libc::pid_t::try_from(pid) {
                // SAFETY: kill with a pid checked to be one of httpref's own holders.
                unsafe { libc::kill(pid, libc::SIGTERM) };
            }
            told = Some(pid);
        }
        sleep(Duration::from_millis(10));
    }
}

/// Whether `pid` is a clipboard holder (a pid left in the file may since
/// have been reused by another program). Without /proc, trusted as it is.
fn is_holder(pid: u32) -> bool {
    if !Path::new("/proc/self").exists() {
        return true;
    }
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    cmdline.split(|&b| b == 0).any(|arg| arg == super::holder::FLAG.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_for(vars: &[(&str, &str)]) -> Option<PathBuf> {
        path(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn one_file_per_user_and_display() {
        let uid = unsafe { libc::getuid() };
        let x = path_for(&[("DISPLAY", ":0")]).unwrap();
        assert_eq!(x, PathBuf::from(format!("/tmp/httpref-{uid}-clipboard-x11-_0.lock")));
        let remote = path_for(&[("DISPLAY", "127.0.0.1:12.0")]).unwrap();
        assert_eq!(remote.file_name().unwrap(), format!("httpref-{uid}-clipboard-x11-127.0.0.1_12.0.lock").as_str());
        let dir = tempfile::tempdir().unwrap();
        let runtime = dir.path().to_str().unwrap();
        let wayland = path_for(&[("WAYLAND_DISPLAY", "/run/user/w/wayland-1"), ("XDG_RUNTIME_DIR", runtime)]).unwrap();
        assert_eq!(wayland, dir.path().join(format!("httpref-{uid}-clipboard-wayland-_run_user_w_wayland-1.lock")));
        assert_eq!(path_for(&[("XDG_RUNTIME_DIR", runtime)]), None, "no display, no lock");
    }

    #[test]
    fn the_lock_is_exclusive_and_never_kills_a_stranger() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("display.lock");
        let first = take_over(&path).expect("a fresh lock");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), format!("{}\n", std::process::id()));
        // The file names this (test) process, which is no holder: a second taker waits, signalling nobody.
        let (sender, taken) = std::sync::mpsc::channel();
        let second_path = path.clone();
        std::thread::spawn(move || sender.send(take_over(&second_path).is_some()));
        assert!(taken.recv_timeout(Duration::from_millis(300)).is_err(), "the lock is held");
        drop(first);
        assert_eq!(taken.recv_timeout(Duration::from_secs(10)), Ok(true), "taken once released");
    }

    #[test]
    fn a_symlink_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("display.lock");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(take_over(&link).is_none());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    }
}
