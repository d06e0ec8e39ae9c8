use clap::Parser;
use httpref::cli::{Cli, Command};
use httpref::clipboard::{self, Routes};
use httpref::import;
use httpref::lookup::{self, Found};
use httpref::print::Printer;
use httpref::table::{self, Table, TableError};
use httpref::tui;
use httpref::tui::terminal::Exit;
use httpref::tui::view::Theme;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

const FOUND: u8 = 0;
const NOT_FOUND: u8 = 1;
const BAD_INPUT: u8 = 2;
const COPY_FAILED: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.clipboard_holder {
        return ExitCode::from(u8::try_from(clipboard::holder::serve()).unwrap_or(1));
    }
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`httpref --list | head`) is the reader's choice, not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(FOUND),
        Err(err) => {
            eprintln!("httpref: {err}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn run(cli: Cli) -> io::Result<u8> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Some(Command::Import { file, normal_labels, abnormal_labels }) = &cli.command {
        let options =
            import::Options { normal_labels: normal_labels.clone(), abnormal_labels: abnormal_labels.clone() };
        return import_page(file, &options, &mut out);
    }
    if let Some(shell) = cli.completions {
        Cli::print_completions(shell, &mut out);
        out.flush()?;
        return Ok(FOUND);
    }
    let table = match &cli.table {
        Some(path) => match Table::load(path) {
            Ok(table) => table,
            Err(err) => {
                eprintln!("httpref: {err}");
                return Ok(BAD_INPUT);
            }
        },
        None => Table::embedded(),
    };
    let color = use_color(&stdout);
    let printer = Printer { color };
    let status = if !cli.query.is_empty() {
        one_shot(&cli, &table, &printer, &mut out)?
    } else if cli.json {
        printer.json(&mut out, table.entries().iter())?;
        FOUND
    } else if cli.list || !stdout.is_terminal() {
        printer.table(&mut out, &table)?;
        FOUND
    } else if let Some(why) = no_browser_reason() {
        eprintln!("httpref: {why}: printing the table instead of opening the browser");
        printer.table(&mut out, &table)?;
        FOUND
    } else {
        drop(out);
        let theme = Theme::new(color);
        return match tui::terminal::run(table, cli.search.as_deref().unwrap_or_default(), theme)? {
            Exit::Quit => Ok(FOUND),
            Exit::Signal(number) => Ok(u8::try_from(128 + number).unwrap_or(1)),
        };
    };
    out.flush()?;
    Ok(status)
}

fn one_shot(cli: &Cli, table: &Table, printer: &Printer, out: &mut impl Write) -> io::Result<u8> {
    match lookup::lookup(table, &cli.query) {
        Ok(found) => {
            let rows = found.rows();
            let entries = rows.iter().map(|&row| &table.entries()[row]);
            match found {
                _ if cli.json => printer.json(out, entries)?,
                Found::Code(row) => printer.detail(out, &table.entries()[row])?,
                Found::Mask(_) | Found::Matches(_) => printer.rows(out, entries)?,
            }
            out.flush()?;
            if cli.copy {
                return Ok(copy_best(table, &rows));
            }
            Ok(FOUND)
        }
        Err(not_found) => {
            let mut message = format!("httpref: {}", not_found.message);
            if let Some(row) = not_found.suggestion {
                let entry = &table.entries()[row];
                message.push_str(&format!("; closest: {} {}", entry.code, entry.reason));
            }
            eprintln!("{message}");
            Ok(NOT_FOUND)
        }
    }
}

/// `httpref import FILE`: the table on stdout, what happened on stderr.
fn import_page(file: &str, options: &import::Options, out: &mut impl Write) -> io::Result<u8> {
    let read = if file == "-" {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin(), &mut bytes)
            .map_err(|err| TableError::whole_file("<stdin>", format!("cannot read: {err}")))
            .and_then(|_| table::decode_text("<stdin>", bytes))
    } else {
        table::read_text(std::path::Path::new(file))
    };
    let text = match read {
        Ok(text) => text,
        Err(err) => {
            eprintln!("httpref: {err}");
            return Ok(BAD_INPUT);
        }
    };
    let name = if file == "-" { "<stdin>" } else { file };
    let imported = import::import(name, &text, options);
    for line in &imported.report {
        eprintln!("httpref: {line}");
    }
    if imported.rows() == 0 {
        let why =
            if imported.report.is_empty() { "no table found" } else { "no table with a code and a description column" };
        eprintln!("httpref: {name}: {why}");
        return Ok(NOT_FOUND);
    }
    writeln!(out, "# Imported by httpref from {name}")?;
    writeln!(out)?;
    out.write_all(imported.to_toml().as_bytes())?;
    out.flush()?;
    eprintln!(
        "httpref: imported {} rows from {} table{} ({} normal, {} abnormal)",
        imported.rows(),
        imported.tables_imported,
        if imported.tables_imported == 1 { "" } else { "s" },
        imported.normal.len(),
        imported.abnormal.len()
    );
    Ok(FOUND)
}

/// Why this terminal cannot show the browser, if it cannot.
fn no_browser_reason() -> Option<&'static str> {
    match std::env::var("TERM").ok().filter(|term| !term.is_empty()).as_deref() {
        None => Some("TERM is not set"),
        Some("dumb") => Some("TERM=dumb"),
        Some(_) => None,
    }
}

/// `--copy`: the description of the first (best) row, reported on stderr.
fn copy_best(table: &Table, rows: &[usize]) -> u8 {
    let entry = &table.entries()[rows[0]];
    let routes = Routes::from_env();
    let osc52 = if io::stdout().is_terminal() {
        clipboard::copy_osc52(routes, &entry.description, &mut io::stdout())
    } else {
        // stdout is piped: the terminal is still there to take the sequence.
        match std::fs::OpenOptions::new().write(true).open("/dev/tty") {
            Ok(mut tty) => clipboard::copy_osc52(routes, &entry.description, &mut tty),
            Err(err) => routes.osc52.then(|| Err(format!("no terminal for OSC 52: {err}"))),
        }
    };
    let system = clipboard::copy_system(routes, &entry.description);
    let which = match rows.len() {
        1 => format!("description of {}", entry.code),
        n => format!("description of {} (best of {n} matches)", entry.code),
    };
    match clipboard::describe(routes, system, osc52) {
        Ok(how) => {
            eprintln!("httpref: copied {which} {how}");
            FOUND
        }
        Err(why) => {
            eprintln!("httpref: could not copy: {why}");
            COPY_FAILED
        }
    }
}

fn use_color(stdout: &io::Stdout) -> bool {
    stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
