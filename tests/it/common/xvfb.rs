//! A real X server of the test's own, for clipboard tests read back with
//! xclip, and displays that misbehave: one that never answers, one that
//! answers late.

use std::io::ErrorKind;
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, sleep, JoinHandle};
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
        holders_on(&self.display)
    }

    /// Waits until one holder alone serves this display: a holder another copy replaced
    /// leaves in its own time.
    pub fn wait_for_one_holder(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.holders().len() != 1 {
            assert!(Instant::now() < deadline, "holders: {:?}", self.holders());
            sleep(Duration::from_millis(100));
        }
    }

    /// Waits until no holder serves this display any more.
    pub fn wait_for_no_holders(&self) {
        wait_for_no_holders_on(&self.display);
    }

    /// Freezes the server (SIGSTOP): it still accepts connections, and answers none.
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let status = Command::new("kill").args([signal, &self.server.id().to_string()]).status().unwrap();
        assert!(status.success(), "kill {signal} Xvfb");
    }

    /// The server's socket, which a [`TcpDisplay`] forwards to.
    fn socket(&self) -> String {
        format!("/tmp/.X11-unix/X{}", &self.display[1..])
    }

    /// Stops the server with SIGTERM, so that it removes its lock file and
    /// socket (SIGKILL would leave /tmp/.X<n>-lock and /tmp/.X11-unix/X<n>).
    pub fn stop(&mut self) {
        if !matches!(self.server.try_wait(), Ok(None)) {
            return;
        }
        // A paused server would not act on SIGTERM.
        let _ = Command::new("kill").args(["-CONT", &self.server.id().to_string()]).status();
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

/// httpref's clipboard holders (by their hidden flag) whose DISPLAY is `display`.
pub fn holders_on(display: &str) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        let is_holder = cmdline.split(|&b| b == 0).any(|arg| arg == b"--clipboard-holder");
        let display = format!("DISPLAY={display}");
        if is_holder && environ.split(|&b| b == 0).any(|var| var == display.as_bytes()) {
            found.push(pid);
        }
    }
    found
}

pub fn wait_for_no_holders_on(display: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !holders_on(display).is_empty() {
        assert!(Instant::now() < deadline, "holders still running on {display}: {:?}", holders_on(display));
        sleep(Duration::from_millis(100));
    }
}

/// An X display over TCP (`DISPLAY=127.0.0.1:N`) that misbehaves: it never
/// answers ([`TcpDisplay::silent`]), or forwards each connection to a real
/// server only after a delay ([`TcpDisplay::slow`]). Dropping it closes every
/// connection and ends its threads.
pub struct TcpDisplay {
    pub display: String,
    stop: Arc<AtomicBool>,
    accepted: Arc<AtomicUsize>,
    forwarded: Arc<AtomicUsize>,
    acceptor: Option<JoinHandle<()>>,
}

impl TcpDisplay {
    /// Accepts connections and never sends a byte.
    pub fn silent(first: u16) -> TcpDisplay {
        TcpDisplay::start(first, None)
    }

    /// Forwards each connection to `x`, but only `delay` after it was made.
    pub fn slow(first: u16, x: &Xvfb, delay: Duration) -> TcpDisplay {
        TcpDisplay::start(first, Some((x.socket(), delay)))
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }

    /// Connections passed on to the real server so far (after their delay).
    pub fn forwarded(&self) -> usize {
        self.forwarded.load(Ordering::SeqCst)
    }

    /// Waits until `count` connections have been passed on to the real server.
    pub fn wait_for_forwarded(&self, count: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.forwarded() < count {
            assert!(Instant::now() < deadline, "{} connections forwarded, not {count}", self.forwarded());
            sleep(Duration::from_millis(50));
        }
    }

    fn start(first: u16, upstream: Option<(String, Duration)>) -> TcpDisplay {
        let (number, listener) = (first..first + 100)
            .find_map(|number| TcpListener::bind(("127.0.0.1", 6000 + number)).ok().map(|l| (number, l)))
            .expect("a free X display port");
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let accepted = Arc::new(AtomicUsize::new(0));
        let forwarded = Arc::new(AtomicUsize::new(0));
        let (stopping, count, passed) = (Arc::clone(&stop), Arc::clone(&accepted), Arc::clone(&forwarded));
        let acceptor = thread::spawn(move || {
            let open: Arc<Mutex<Vec<Connection>>> = Arc::default();
            let mut workers = Vec::new();
            while !stopping.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((client, _)) => {
                        client.set_nonblocking(false).unwrap();
                        count.fetch_add(1, Ordering::SeqCst);
                        open.lock().unwrap().push(Connection::Tcp(client.try_clone().unwrap()));
                        let Some((socket, delay)) = upstream.clone() else { continue };
                        let (stopping, passed, open) = (Arc::clone(&stopping), Arc::clone(&passed), Arc::clone(&open));
                        workers.push(thread::spawn(move || {
                            let until = Instant::now() + delay;
                            while Instant::now() < until {
                                if stopping.load(Ordering::SeqCst) {
                                    return;
                                }
                                sleep(Duration::from_millis(10));
                            }
                            let Ok(server) = UnixStream::connect(&socket) else { return };
                            open.lock().unwrap().push(Connection::Unix(server.try_clone().unwrap()));
                            passed.fetch_add(1, Ordering::SeqCst);
                            forward(client, server);
                        }));
                    }
                    Err(err) if err.kind() == ErrorKind::WouldBlock => sleep(Duration::from_millis(10)),
                    Err(err) => panic!("accept: {err}"),
                }
            }
            for connection in open.lock().unwrap().iter() {
                connection.shutdown();
            }
            for worker in workers {
                let _ = worker.join();
            }
        });
        TcpDisplay { display: format!("127.0.0.1:{number}"), stop, accepted, forwarded, acceptor: Some(acceptor) }
    }
}

impl Drop for TcpDisplay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

enum Connection {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Connection {
    fn shutdown(&self) {
        let _ = match self {
            Connection::Tcp(stream) => stream.shutdown(Shutdown::Both),
            Connection::Unix(stream) => stream.shutdown(Shutdown::Both),
        };
    }
}

/// Copies both ways until either side closes.
fn forward(client: TcpStream, server: UnixStream) {
    let (mut client_in, mut server_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
    let upward = thread::spawn(move || {
        let _ = std::io::copy(&mut client_in, &mut server_out);
        let _ = server_out.shutdown(Shutdown::Write);
    });
    let (mut server_in, mut client_out) = (server, client);
    let _ = std::io::copy(&mut server_in, &mut client_out);
    let _ = client_out.shutdown(Shutdown::Write);
    let _ = upward.join();
}
