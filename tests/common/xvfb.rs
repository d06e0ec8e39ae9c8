//! A real X server of the test's own, for clipboard tests read back with xclip.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub struct Xvfb {
    pub display: String,
    server: Child,
}

/// Whether Xvfb and xclip are installed; if not, the test is skipped with a
/// message (or fails under CI), see [`super::require`].
pub fn available() -> bool {
    super::require(&["Xvfb", "xclip"])
}

impl Xvfb {
    /// Starts Xvfb on the first free display from `first`.
    pub fn start(first: u32) -> Xvfb {
        for number in first..first + 50 {
            if Path::new(&format!("/tmp/.X11-unix/X{number}")).exists()
                || Path::new(&format!("/tmp/.X{number}-lock")).exists()
            {
                continue;
            }
            let server = Command::new("Xvfb")
                .args([format!(":{number}").as_str(), "-nolisten", "tcp", "-screen", "0", "640x480x24"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb starts");
            let xvfb = Xvfb { display: format!(":{number}"), server };
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if Path::new(&format!("/tmp/.X11-unix/X{number}")).exists() {
                    return xvfb;
                }
                sleep(Duration::from_millis(50));
            }
            panic!("Xvfb {} did not start", xvfb.display);
        }
        panic!("no free X display");
    }

    /// The clipboard's text as xclip reads it, or None when nobody serves it.
    pub fn clipboard(&self) -> Option<String> {
        let output = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .output()
            .unwrap();
        output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    pub fn set_clipboard(&self, text: &str) {
        let mut xclip = Command::new("xclip")
            .args(["-i", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        use std::io::Write;
        xclip.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
        xclip.wait().unwrap();
    }

    /// Waits until the clipboard holds `text`.
    pub fn wait_for_clipboard(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let now = self.clipboard();
            if now.as_deref() == Some(text) {
                return;
            }
            assert!(Instant::now() < deadline, "clipboard holds {now:?}, not {text:?}");
            sleep(Duration::from_millis(50));
        }
    }

    /// httpref's clipboard holders serving this display.
    pub fn holders(&self) -> Vec<u32> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
            let is_holder = cmdline.split(|&b| b == 0).any(|arg| arg == b"--clipboard-holder");
            let display = format!("DISPLAY={}", self.display);
            if is_holder && environ.split(|&b| b == 0).any(|var| var == display.as_bytes()) {
                found.push(pid);
            }
        }
        found
    }

    /// Waits until no holder serves this display any more.
    pub fn wait_for_no_holders(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.holders().is_empty() {
            assert!(Instant::now() < deadline, "holders still running: {:?}", self.holders());
            sleep(Duration::from_millis(100));
        }
    }

    /// Stops the server with SIGTERM, so that it removes its lock file and
    /// socket (SIGKILL would leave /tmp/.X<n>-lock and /tmp/.X11-unix/X<n>).
    pub fn stop(&mut self) {
        if !matches!(self.server.try_wait(), Ok(None)) {
            return;
        }
        let _ = Command::new("kill").args(["-TERM", &self.server.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while matches!(self.server.try_wait(), Ok(None)) {
            if Instant::now() > deadline {
                let _ = self.server.kill();
                let _ = self.server.wait();
                return;
            }
            sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        self.stop();
    }
}
