use super::*;

fn path_for(vars: &[(&str, &str)], temp: &Path) -> Option<Result<PathBuf, LockError>> {
    path(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()), temp)
}

fn take(path: &Path) -> Result<Held, LockError> {
    open(path)?.take_over(never)
}

/// No pid is a holder's: the tests' own process holds their locks.
fn never(_pid: u32) -> bool {
    false
}

fn private_tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    dir
}

#[test]
fn one_file_per_user_and_display_in_a_directory_of_the_users_own() {
    let uid = uid();
    let temp = tempfile::tempdir().unwrap();
    let own = temp.path().join(format!("httpref-{uid}"));
    let x = path_for(&[("DISPLAY", ":0")], temp.path()).unwrap().unwrap();
    assert_eq!(x, own.join(format!("httpref-{uid}-clipboard-x11-_0.lock")));
    let mode = own.symlink_metadata().unwrap().mode();
    assert_eq!(mode & 0o777, 0o700, "made private");
    let remote = path_for(&[("DISPLAY", "127.0.0.1:12.0")], temp.path()).unwrap().unwrap();
    assert_eq!(remote.file_name().unwrap(), format!("httpref-{uid}-clipboard-x11-127.0.0.1_12.0.lock").as_str());
    let runtime = private_tempdir();
    let vars = [("WAYLAND_DISPLAY", "/run/user/w/wayland-1"), ("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let wayland = path_for(&vars, temp.path()).unwrap().unwrap();
    assert_eq!(wayland, runtime.path().join(format!("httpref-{uid}-clipboard-wayland-_run_user_w_wayland-1.lock")));
    assert!(path_for(&[("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())], temp.path()).is_none(), "no display");
}

#[test]
fn a_runtime_directory_open_to_others_is_not_used() {
    let temp = tempfile::tempdir().unwrap();
    let shared = tempfile::tempdir().unwrap();
    std::fs::set_permissions(shared.path(), std::os::unix::fs::PermissionsExt::from_mode(0o1777)).unwrap();
    let vars = [("DISPLAY", ":0"), ("XDG_RUNTIME_DIR", shared.path().to_str().unwrap())];
    let lock = path_for(&vars, temp.path()).unwrap().unwrap();
    assert_eq!(lock.parent().unwrap(), temp.path().join(format!("httpref-{}", uid())));
}

#[test]
fn a_directory_in_the_way_is_refused_not_used() {
    let temp = tempfile::tempdir().unwrap();
    let own = temp.path().join(format!("httpref-{}", uid()));
    // A directory someone made open to all, or a link to elsewhere: neither is used.
    std::fs::create_dir(&own).unwrap();
    std::fs::set_permissions(&own, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let err = path_for(&[("DISPLAY", ":0")], temp.path()).unwrap().unwrap_err();
    assert!(err.to_string().contains("is open to other users (mode 777)"), "{err}");
    std::fs::remove_dir(&own).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), &own).unwrap();
    let err = path_for(&[("DISPLAY", ":0")], temp.path()).unwrap().unwrap_err();
    assert!(err.to_string().contains("is not a directory"), "{err}");
}

#[test]
fn the_lock_is_exclusive_and_never_kills_a_stranger() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("display.lock");
    let first = take(&path).expect("a fresh lock");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), format!("{}\n", std::process::id()));
    // The file names this (test) process, which is no holder: a second taker signals nobody and says so.
    let started = Instant::now();
    let err = take(&path).unwrap_err();
    assert!(started.elapsed() >= STRANGER_GRACE, "waited for a holder to say who it is");
    assert_eq!(err, LockError::HeldByOther { path: path.clone(), pid: Some(std::process::id()) });
    assert!(err.to_string().contains("is held by another program"), "{err}");
    drop(first);
    assert!(take(&path).is_ok(), "taken once released");
}

#[test]
fn a_symlink_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target");
    std::fs::write(&target, "keep").unwrap();
    let link = dir.path().join("display.lock");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(matches!(take(&link), Err(LockError::Unsafe(_))));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
}

#[test]
fn a_hard_link_is_never_truncated() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    let link = dir.path().join("display.lock");
    std::fs::hard_link(&victim, &link).unwrap();
    let err = take(&link).unwrap_err();
    assert!(err.to_string().contains("has 2 links, not one"), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
}

#[test]
fn a_fifo_or_directory_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.lock");
    let c_path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let err = take(&fifo).unwrap_err();
    assert!(err.to_string().contains("is not a regular file"), "{err}");
    let sub = dir.path().join("dir.lock");
    std::fs::create_dir(&sub).unwrap();
    assert!(matches!(take(&sub), Err(LockError::Unsafe(_))));
}

/// A lock taken by this process but naming another, which plays a holder:
/// the lock, and that process (killed when dropped).
fn taken_for_a_holder(path: &Path) -> (Held, std::process::Child) {
    let held = take(path).unwrap();
    let stand_in = std::process::Command::new("sleep").arg("30").spawn().unwrap();
    std::fs::write(path, format!("{}\n", stand_in.id())).unwrap();
    (held, stand_in)
}

#[test]
fn the_file_goes_when_its_holder_does_and_a_waiting_taker_locks_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("display.lock");
    let (first, mut stand_in) = taken_for_a_holder(&path);
    let holder = stand_in.id();
    // A taker that opened the file before it went, waiting for the lock.
    let waiting = open(&path).unwrap();
    let (sender, taken) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        sender.send(waiting.take_over(move |pid| pid == holder).map(|held| held.0.path.clone()))
    });
    std::thread::sleep(Duration::from_millis(200));
    assert!(taken.try_recv().is_err(), "waits while the holder keeps it");
    drop(first);
    let held = taken.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
    assert_eq!(held, path);
    let _ = stand_in.kill();
    let _ = stand_in.wait();
}

#[test]
fn the_file_is_removed_with_its_holder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("display.lock");
    drop(take(&path).unwrap());
    assert!(!path.exists(), "no lock file left behind");
}

#[test]
fn a_check_before_copying_never_takes_or_waits_for_a_holders_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("display.lock");
    assert!(open(&path).unwrap().check_owner(never).is_ok(), "free");
    let (_held, mut stand_in) = taken_for_a_holder(&path);
    let holder = stand_in.id();
    assert!(open(&path).unwrap().check_owner(|pid| pid == holder).is_ok(), "a holder's, which a new one may replace");
    let err = open(&path).unwrap().check_owner(never).unwrap_err();
    assert!(matches!(err, LockError::HeldByOther { .. }), "{err}");
    assert!(path.exists(), "still the holder's");
    let _ = stand_in.kill();
    let _ = stand_in.wait();
}
