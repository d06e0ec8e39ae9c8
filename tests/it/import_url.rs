//! `httpref import URL` against servers on 127.0.0.1 that the tests start:
//! plain HTTP and HTTPS with a certificate made here, redirects, HTTP
//! errors, a server that never answers and a port nobody listens on. Never
//! the internet.

use crate::common;

use common::httpref;
use predicates::prelude::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::thread;

const MARKDOWN: &str = "# Errors\n\n| Code | Name | Description |\n|---|---|---|\n| 400 | Bad Request | The body is not JSON. |\n| 409 | Conflict | The widget exists. |\n";

fn html() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed_status_codes.txt")).unwrap()
}

/// The answer to a request for `path`: status line, headers and body; `None` never answers.
fn answer(path: &str) -> Option<Vec<u8>> {
    let ok = |kind: &str, body: &str| {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let text = match path {
        "/status-codes.html" => ok("text/html", &html()),
        "/errors.md" => ok("text/markdown", MARKDOWN),
        "/moved" => {
            "HTTP/1.1 302 Found\r\nLocation: /errors.md\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string()
        }
        "/silent" => return None,
        _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found".to_string(),
    };
    Some(text.into_bytes())
}

/// The request's path, read from its first line.
fn path_of(stream: &mut impl Read) -> String {
    let mut request = Vec::new();
    let mut byte = [0u8; 1];
    while !request.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
        request.push(byte[0]);
    }
    let first = String::from_utf8_lossy(&request).lines().next().unwrap_or_default().to_string();
    first.split(' ').nth(1).unwrap_or("/").to_string()
}

fn serve(stream: &mut (impl Read + Write)) {
    let path = path_of(stream);
    if path == "/slow.md" {
        // The page in pieces over some 2.5 s, as a slow link delivers it.
        let body = MARKDOWN.repeat(200);
        let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
        let _ = stream.write_all(head.as_bytes());
        for piece in body.as_bytes().chunks(body.len() / 10 + 1) {
            let _ = stream.write_all(piece);
            let _ = stream.flush();
            thread::sleep(std::time::Duration::from_millis(250));
        }
        return;
    }
    match answer(&path) {
        Some(bytes) => {
            let _ = stream.write_all(&bytes);
            let _ = stream.flush();
        }
        // Holds the connection open, answering nothing, until the client gives up.
        None => thread::sleep(std::time::Duration::from_secs(20)),
    }
}

/// A plain HTTP server; its base URL.
fn http_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            thread::spawn(move || serve(&mut stream));
        }
    });
    format!("http://{address}")
}

#[cfg(not(any(windows, target_os = "macos")))]
/// An HTTPS server with a certificate made for 127.0.0.1; its base URL and
/// the certificate's PEM file, for SSL_CERT_FILE.
fn https_server(dir: &Path) -> (String, std::path::PathBuf) {
    use std::sync::Arc;
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    let pem = dir.join("test-ca.pem");
    std::fs::write(&pem, certified.cert.pem()).unwrap();
    let cert = rustls::pki_types::CertificateDer::from(certified.cert.der().to_vec());
    let key = rustls::pki_types::PrivateKeyDer::try_from(certified.key_pair.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let config = Arc::clone(&config);
            thread::spawn(move || {
                let Ok(connection) = rustls::ServerConnection::new(config) else { return };
                let mut tls = rustls::StreamOwned::new(connection, stream);
                serve(&mut tls);
                tls.conn.send_close_notify();
                let _ = tls.flush();
            });
        }
    });
    (format!("https://{address}"), pem)
}

#[test]
fn html_and_markdown_pages_import_over_http_with_redirects() {
    let base = http_server();
    let url = format!("{base}/status-codes.html");
    httpref()
        .args(["import", &url])
        .assert()
        .success()
        .stdout(predicate::str::contains(url.as_str()).and(predicate::str::contains("code = \"504\"")))
        .stderr(predicate::str::contains("imported 18 rows"));
    let out = httpref().args(["import", &format!("{base}/moved")]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.lines().next().unwrap().contains(&format!("{base}/moved")), "the URL in the first comment:\n{table}");
    assert!(table.contains("code = \"409\"") && table.contains("The widget exists."), "{table}");
}

#[cfg(not(any(windows, target_os = "macos")))]
#[test]
fn https_with_a_certificate_the_user_trusts() {
    let dir = tempfile::tempdir().unwrap();
    let (base, pem) = https_server(dir.path());
    let url = format!("{base}/errors.md");
    httpref()
        .env("SSL_CERT_FILE", &pem)
        .args(["import", &url])
        .assert()
        .success()
        .stdout(predicate::str::contains("code = \"400\""));
    // Without it, the certificate is not trusted, and the error says so.
    httpref()
        .env_remove("SSL_CERT_FILE")
        .args(["import", &url])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(format!("httpref: {url}: ")).and(predicate::str::contains("ertificate")));
}

#[test]
fn a_missing_page_a_silent_server_and_a_refused_connection_fail_cleanly() {
    let base = http_server();
    httpref()
        .args(["import", &format!("{base}/nothing-here")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!("httpref: {base}/nothing-here: the server answered HTTP 404 Not Found\n"));
    let started = std::time::Instant::now();
    httpref()
        .args(["import", "--timeout", "1", &format!("{base}/silent")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no answer within 1 s"));
    assert!(started.elapsed() < std::time::Duration::from_secs(15), "the timeout holds");
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "nobody listens on {port}");
    httpref()
        .args(["import", &format!("http://127.0.0.1:{port}/page.html")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("connection refused"));
}

#[test]
fn a_slow_download_says_how_far_it_has_come() {
    let base = http_server();
    httpref().args(["import", &format!("{base}/slow.md")]).assert().success().stderr(
        predicate::str::contains(format!("httpref: {base}/slow.md: ")).and(predicate::str::contains("KiB so far…")),
    );
}
