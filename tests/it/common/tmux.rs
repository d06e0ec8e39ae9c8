//! Runs the real binary in a real terminal: a tmux server of the test's own
//! (its own socket, inside the test's temporary directory, so nothing is
//! left in /tmp/tmux-*), read back with capture-pane.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub struct Tmux {
    socket: PathBuf,
    pub dir: tempfile::TempDir,
}

/// Whether tmux is installed; if not, the test is skipped with a message
/// (or fails under CI), see [`super::require`].
pub fn available() -> bool {
    super::require(&["tmux"])
}

impl Tmux {
    /// Starts `command` (a shell command line) in a `width`x`height` pane.
    /// `$HTTPREF` in it names the binary under test.
    pub fn start(name: &str, width: u16, height: u16, command: &str, config: &str) -> Tmux {
        let dir = tempfile::Builder::new().prefix(&format!("httpref-{name}-")).tempdir().unwrap();
        // Private, so that it can serve as XDG_RUNTIME_DIR for the clipboard's lock files.
        std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
        let socket = dir.path().join("tmux.sock");
        let conf = dir.path().join("tmux.conf");
        std::fs::write(&conf, config).unwrap();
        let tmux = Tmux { socket, dir };
        let output = tmux.run(&[
            "-f",
            conf.to_str().unwrap(),
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "-e",
            &format!("HTTPREF={}", binary().display()),
            "-e",
            "TERM=xterm-256color",
            "-e",
            "XDG_CONFIG_HOME=/nonexistent/httpref-test-config",
            "sh",
            "-c",
            &format!("cd '{}' && {command}", tmux.dir.path().display()),
        ]);
        assert!(output.status.success(), "tmux failed: {}", String::from_utf8_lossy(&output.stderr));
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux").arg("-S").arg(&self.socket).args(args).output().unwrap()
    }

    pub fn screen(&self) -> String {
        self.capture(&[])
    }

    /// The pane's text with capture-pane's extra flags (`-e`: with attributes).
    pub fn capture(&self, flags: &[&str]) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", "0"];
        args.extend_from_slice(flags);
        String::from_utf8(self.run(&args).stdout).unwrap()
    }

    /// Sends keys as tmux names them ("Enter", "Escape", "C-c", or literal text with `literal`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
        // crossterm reads Escape quickly followed by a key as Alt+key.
        sleep(Duration::from_millis(if keys.contains(&"Escape") { 300 } else { 50 }));
    }

    pub fn literal(&self, text: &str) {
        assert!(self.run(&["send-keys", "-t", "0", "-l", text]).status.success());
        sleep(Duration::from_millis(50));
    }

    /// Sends `bytes` to the program as they are, in one write (`send-keys -H`).
    pub fn bytes(&self, bytes: &[u8]) {
        let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let mut args = vec!["send-keys", "-t", "0", "-H"];
        args.extend(hex.iter().map(String::as_str));
        assert!(self.run(&args).status.success());
        sleep(Duration::from_millis(50));
    }

    /// Pastes `text` as a terminal does: bracketed, when the program asked for it.
    pub fn paste(&self, text: &str) {
        assert!(self.run(&["set-buffer", "-b", "paste", "--", text]).status.success());
        assert!(self.run(&["paste-buffer", "-p", "-d", "-b", "paste", "-t", "0"]).status.success());
        sleep(Duration::from_millis(50));
    }

    /// Ends the tmux server now: the pane's terminal goes away.
    pub fn kill(&self) {
        let _ = self.run(&["kill-server"]);
    }

    pub fn resize(&self, width: u16, height: u16) {
        let output = self.run(&["resize-window", "-t", "0", "-x", &width.to_string(), "-y", &height.to_string()]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }

    /// The pid of the program under test, as [`wrapped`] records it.
    pub fn app_pid(&self) -> String {
        let path = self.dir.path().join("app.pid");
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            match std::fs::read_to_string(&path) {
                Ok(pid) if !pid.trim().is_empty() => return pid.trim().to_string(),
                _ if Instant::now() > deadline => panic!("no pid file"),
                _ => sleep(Duration::from_millis(20)),
            }
        }
    }

    /// tmux's own view of the pane, e.g. "#{alternate_on}".
    pub fn format(&self, format: &str) -> String {
        let output = self.run(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    }

    pub fn buffer(&self) -> Option<String> {
        let output = self.run(&["show-buffer"]);
        output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Waits until the screen contains `text` and has settled (a frame can
    /// be captured half-written), panicking with the screen after a while.
    pub fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut previous = String::new();
        loop {
            let screen = self.screen();
            if screen.contains(text) && screen == previous {
                return screen;
            }
            previous = screen.clone();
            if Instant::now() > deadline {
                panic!("timed out waiting for {text:?}; screen:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_httpref"))
}

/// A shell command that runs `httpref ARGS`, then prints whether the tty's
/// settings came back as they were and the exit status, and stays alive.
pub fn wrapped(args: &str) -> String {
    format!(
        "before=$(stty -g); sh -c 'echo $$ > app.pid; exec \"$HTTPREF\" {args}'; status=$?; \
         if [ \"$(stty -g)\" = \"$before\" ]; then echo TTY=restored; else echo TTY=changed; fi; \
         echo EXIT=$status; sleep 600"
    )
}
