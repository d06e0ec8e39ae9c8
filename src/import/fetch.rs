//! `httpref import URL`: the page fetched over http(s), following
//! redirects, within a timeout and the same size limit as a file, with
//! progress on stderr when it is slow. TLS is the platform's choice (see
//! `platform::tls`); `SSL_CERT_FILE` names a PEM bundle to trust instead (a
//! company's proxy).

use crate::report::report;
use crate::source::{self, SourceError};
use std::io::Read;
use std::time::{Duration, Instant};
use ureq::tls::{Certificate, RootCerts, TlsConfig};

/// How often a slow download says how far it has come.
const PROGRESS_EVERY: Duration = Duration::from_secs(1);

/// The page at `url` as text, or why not (naming the URL and, for an HTTP
/// error, its status).
pub fn fetch(url: &str, timeout: Duration) -> Result<String, SourceError> {
    let fail = |message: String| SourceError::whole_file(url, message);
    let (provider, default_roots) = crate::platform::tls();
    let roots = roots(default_roots).map_err(fail)?;
    let tls = TlsConfig::builder().provider(provider).root_certs(roots).build();
    let agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(10)
        .http_status_as_error(false)
        .tls_config(tls)
        .user_agent(concat!("httpref/", env!("CARGO_PKG_VERSION")))
        .build()
        .new_agent();
    let mut response = agent.get(url).call().map_err(|err| fail(describe(&err, timeout)))?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(fail(format!("the server answered HTTP {} {reason}", status.as_u16()).trim_end().to_string()));
    }
    let mut reader = response.body_mut().with_config().limit(u64::MAX).reader();
    let (started, mut said) = (Instant::now(), Instant::now());
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let read = reader
            .read(&mut chunk)
            .map_err(|err| fail(format!("cannot read the page: {}", source::io_reason(&err))))?;
        if read == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..read]);
        if bytes.len() as u64 > source::MAX_FILE_BYTES {
            return Err(SourceError::too_large(url, source::MAX_FILE_BYTES, None));
        }
        if said.elapsed() >= PROGRESS_EVERY && started.elapsed() >= PROGRESS_EVERY {
            report(format_args!("{url}: {} KiB so far…", bytes.len() / 1024));
            said = Instant::now();
        }
    }
    source::decode_text(url, bytes)
}

/// The platform's default roots, or the bundle `SSL_CERT_FILE` names.
fn roots(default: RootCerts) -> Result<RootCerts, String> {
    let Some(path) = std::env::var_os("SSL_CERT_FILE").filter(|path| !path.is_empty()) else {
        return Ok(default);
    };
    let shown = std::path::Path::new(&path).display().to_string();
    let pem = std::fs::read(&path).map_err(|err| format!("SSL_CERT_FILE {shown}: {}", source::io_reason(&err)))?;
    let certs: Vec<Certificate<'static>> = ureq::tls::parse_pem(&pem)
        .filter_map(|item| match item {
            Ok(ureq::tls::PemItem::Certificate(cert)) => Some(cert),
            _ => None,
        })
        .collect();
    if certs.is_empty() {
        return Err(format!("SSL_CERT_FILE {shown} holds no certificate"));
    }
    Ok(RootCerts::Specific(std::sync::Arc::new(certs)))
}

/// Why a request failed, in a reader's words.
fn describe(err: &ureq::Error, timeout: Duration) -> String {
    match err {
        ureq::Error::Timeout(_) => format!("no answer within {} s (--timeout)", timeout.as_secs_f32()),
        ureq::Error::HostNotFound => "the host name cannot be resolved".to_string(),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
        ureq::Error::Io(io) => source::io_reason(io),
        ureq::Error::TooManyRedirects => "too many redirects".to_string(),
        other => other.to_string(),
    }
}
