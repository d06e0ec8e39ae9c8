//! `httpref import FILE|URL`: the table on stdout, what happened on stderr.

use super::Options;
use crate::report::report;
use crate::source;
use crate::table::TableError;
use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

/// How an import ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Imported,
    /// The page holds no table of codes.
    NoTable,
    /// The page could not be read, or is refused.
    Failed,
}

/// Imports `file` (`-`: standard input; an http(s) URL: that page, within
/// `timeout`), writing the table to `out` and the report to stderr.
pub fn run(
    file: &Path,
    options: &Options,
    verbose: bool,
    timeout: Duration,
    out: &mut impl Write,
) -> io::Result<Outcome> {
    let stdin = file.as_os_str() == "-";
    let url = file.to_str().filter(|arg| crate::link::is_http(arg));
    let name = if stdin { "<stdin>".to_string() } else { file.display().to_string() };
    let read = if stdin {
        source::read_limited(&name, io::stdin().lock(), 0, source::MAX_FILE_BYTES)
    } else if let Some(url) = url {
        super::fetch::fetch(url, timeout)
    } else {
        source::read_text(file, source::Access::Named)
    };
    // A page that is not UTF-8 is read as Windows-1252, as a browser would, and said so.
    let read = read.or_else(|err| match err.undecoded {
        Some(bytes) => {
            report(format_args!("{name}: not UTF-8; read as Windows-1252"));
            Ok(source::windows_1252(&bytes))
        }
        None => Err(err),
    });
    let imported = match read.map_err(TableError::from).and_then(|text| super::import(&name, &text, options)) {
        Ok(imported) => imported,
        Err(err) => {
            report(err);
            return Ok(Outcome::Failed);
        }
    };
    for line in imported.report_lines(verbose) {
        report(line);
    }
    if imported.rows() == 0 {
        let why = if imported.report.is_empty() {
            "no table found"
        } else {
            "no table of status or error codes (-v says why)"
        };
        report(format_args!("{name}: {why}"));
        return Ok(Outcome::NoTable);
    }
    out.write_all(imported.to_document(&name).as_bytes())?;
    out.flush()?;
    report(format_args!(
        "imported {} rows from {} table{} ({} normal, {} abnormal)",
        imported.rows(),
        imported.tables_imported,
        if imported.tables_imported == 1 { "" } else { "s" },
        imported.normal.len(),
        imported.abnormal.len()
    ));
    Ok(Outcome::Imported)
}
