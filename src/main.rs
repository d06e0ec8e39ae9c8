use clap::Parser;
use httpref::catalogue::{self, Catalogues, Places};
use httpref::cli::{Cli, Command};
use httpref::clipboard::{self, Routes};
use httpref::import;
use httpref::lookup::{self, Found};
use httpref::platform;
use httpref::print::Printer;
use httpref::report::{self, report};
use httpref::sanitize;
use httpref::source;
use httpref::table::{self, Table};
use httpref::tui;
use httpref::tui::event_loop::Exit;
use httpref::tui::view::Theme;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

const FOUND: u8 = 0;
const NOT_FOUND: u8 = 1;
const BAD_INPUT: u8 = 2;
const COPY_FAILED: u8 = 3;
/// Ctrl-c in the browser, as shells report SIGINT.
const INTERRUPTED: u8 = 130;

fn main() -> ExitCode {
    // The holder's flag is internal, so not in `Cli`: it never shows in --help or completions.
    if std::env::args_os().nth(1).is_some_and(|arg| arg == platform::HOLDER_FLAG) {
        return ExitCode::from(u8::try_from(platform::serve_holder()).unwrap_or(1));
    }
    let result = match Cli::try_parse() {
        Ok(cli) => run(cli),
        Err(err) => clap_message(&err),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`httpref --list | head`) is the reader's choice, not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(FOUND),
        Err(err) => {
            report(err);
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// clap's help, version or usage error. A usage error quotes the arguments,
/// so when one holds anything unsafe to show, the message goes out as plain
/// cleaned text rather than as clap would print it (styles and all).
fn clap_message(err: &clap::Error) -> io::Result<u8> {
    if !err.use_stderr() {
        // Help and version quote no input: printed as clap prints them, but a failed write is an error.
        err.print().map_err(output_error)?;
        return Ok(FOUND);
    }
    let safe = |arg: &std::ffi::OsString| arg.to_str().is_some_and(|arg| report::line(arg) == arg);
    if std::env::args_os().all(|arg| safe(&arg)) {
        let _ = err.print();
    } else {
        report::write_stderr(&report::lines(&err.render().to_string()));
    }
    Ok(BAD_INPUT)
}

/// stdout, whose write errors say what failed; their kind is kept, so a
/// closed pipe is still told apart.
struct Output<W>(W);

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(output_error)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(output_error)
    }
}

fn output_error(err: io::Error) -> io::Error {
    io::Error::new(err.kind(), format!("cannot write output: {err}"))
}

fn run(cli: Cli) -> io::Result<u8> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(Output(stdout.lock()));
    if let Some(Command::Import(args)) = &cli.command {
        let options = import::Options {
            normal_labels: args.normal_labels.clone(),
            abnormal_labels: args.abnormal_labels.clone(),
            columns: args.columns.clone().unwrap_or_default(),
            tables: args.tables.as_ref().map(|t| t.iter().map(|&n| n as usize).collect()),
        };
        return import_page(&args.file, &options, args.verbose, &mut out);
    }
    if let Some(shell) = cli.completions {
        // Written whole: clap_complete panics when its own writes fail.
        let mut script = Vec::new();
        Cli::print_completions(shell, &mut script);
        out.write_all(&script)?;
        out.flush()?;
        return Ok(FOUND);
    }
    if let Some(why) = browser_option_unusable(&cli, &stdout) {
        report(why);
        return Ok(BAD_INPUT);
    }
    let catalogues = std::sync::Arc::new(Catalogues::discover(&cli.table, &Places::from_env()));
    for problem in &catalogues.problems {
        report(problem);
    }
    if let Some(Command::Catalogues) = &cli.command {
        list_catalogues(&catalogues, &mut out)?;
        out.flush()?;
        return Ok(FOUND);
    }
    let chosen = match catalogues.choose_loadable(&cli.catalogue) {
        Ok((chosen, skipped)) => {
            skipped.iter().for_each(report);
            chosen
        }
        Err(why) => {
            report(why);
            return Ok(BAD_INPUT);
        }
    };
    let table = match catalogue::shown(&chosen) {
        Ok(table) => table,
        Err(err) => {
            report(err);
            return Ok(BAD_INPUT);
        }
    };
    let shown = Shown { catalogues: &catalogues, chosen: &chosen };
    let color = use_color(&stdout);
    let printer = Printer { color };
    let status = if !cli.query.is_empty() {
        one_shot(&cli, &shown, &table, &printer, &mut out)?
    } else if cli.json {
        printer.json(&mut out, tagged(&table, shown.name(), 0..table.len()))?;
        FOUND
    } else if cli.list || (!stdout.is_terminal() && cli.pick.is_none()) {
        printer.table(&mut out, &table)?;
        FOUND
    } else if let Some(why) = no_browser_reason() {
        report(format_args!("{why}: printing the table instead of opening the browser"));
        printer.table(&mut out, &table)?;
        FOUND
    } else {
        drop(out);
        // Pick mode draws on the terminal even when stdout is captured.
        let theme = Theme::new(color || (cli.pick.is_some() && !no_color_asked()));
        let names = shown.names();
        return match tui::event_loop::run(
            std::sync::Arc::clone(&catalogues),
            table,
            &names,
            cli.search.as_deref().unwrap_or_default(),
            theme,
            cli.pick,
        )? {
            Exit::Quit => Ok(FOUND),
            Exit::Interrupted => Ok(INTERRUPTED),
            Exit::Signal(number) => Ok(u8::try_from(128 + number).unwrap_or(1)),
            Exit::Picked(text) => {
                let mut stdout = Output(io::stdout().lock());
                writeln!(stdout, "{text}")?;
                stdout.flush()?;
                Ok(FOUND)
            }
            Exit::Cancelled => Ok(NOT_FOUND),
        };
    };
    out.flush()?;
    // The process ends now: returning a big table's memory page by page would only delay it.
    std::mem::forget(table);
    std::mem::forget(catalogues);
    Ok(status)
}

/// The catalogues known and those shown.
struct Shown<'a> {
    catalogues: &'a Catalogues,
    chosen: &'a [&'a catalogue::Catalogue],
}

impl Shown<'_> {
    fn names(&self) -> Vec<String> {
        self.chosen.iter().map(|c| c.name.clone()).collect()
    }

    /// The catalogue's name for rows of a single shown catalogue.
    fn name(&self) -> &str {
        self.chosen.first().map_or(catalogue::DEFAULT, |c| c.name.as_str())
    }
}

/// Rows of `table` with the catalogue each comes from.
fn tagged<'a>(
    table: &'a Table,
    single: &'a str,
    rows: impl IntoIterator<Item = usize> + 'a,
) -> impl Iterator<Item = (table::Entry<'a>, &'a str)> + 'a {
    rows.into_iter().map(move |row| (table.entry(row), table.catalogue_of(row).unwrap_or(single)))
}

fn one_shot(cli: &Cli, shown: &Shown, table: &Table, printer: &Printer, out: &mut impl Write) -> io::Result<u8> {
    let not_found = match lookup::lookup(table, &cli.query) {
        Ok(found) => {
            let status = print_found(cli, table, shown.name(), &found, printer, out)?;
            if let Found::Code(row) = found {
                list_returned_with(cli, table.entry(row).code, table, printer, out)?;
            }
            return Ok(status);
        }
        Err(not_found) => not_found,
    };
    // Not in the shown catalogues: the others may know it.
    let (others, skipped) = shown.catalogues.others(shown.chosen);
    for other in others {
        let Ok(other_table) = other.table() else { continue };
        if let Ok(found) = lookup::lookup(other_table, &cli.query) {
            report(format_args!(
                "{} is not in the shown catalogue{} ({}); from the {} catalogue:",
                cli.query.join(" "),
                if shown.chosen.len() == 1 { "" } else { "s" },
                shown.names().join(", "),
                other.name
            ));
            let status = print_found(cli, other_table, &other.name, &found, printer, out)?;
            if let Found::Code(row) = found {
                list_returned_with(cli, other_table.entry(row).code, table, printer, out)?;
            }
            return Ok(status);
        }
    }
    for why in skipped {
        report(why);
    }
    if cli.json {
        printer.json(out, std::iter::empty())?;
        out.flush()?;
    }
    let mut message = not_found.message;
    let closest: Vec<String> = not_found
        .suggestions
        .iter()
        .map(|&row| format!("{} {}", table.entry(row).code, table.entry(row).reason))
        .collect();
    if !closest.is_empty() {
        message.push_str(&format!("; closest: {}", closest.join(", ")));
    }
    report(message);
    Ok(NOT_FOUND)
}

fn print_found(
    cli: &Cli,
    table: &Table,
    name: &str,
    found: &Found,
    printer: &Printer,
    out: &mut impl Write,
) -> io::Result<u8> {
    let rows = found.rows();
    let entries = rows.iter().map(|&row| table.entry(row));
    match found {
        _ if cli.json => printer.json(out, tagged(table, name, rows.iter().copied()))?,
        Found::Code(row) => printer.detail(out, &table.entry(*row))?,
        Found::Mask(_) | Found::Matches(_) => printer.rows(out, entries)?,
    }
    out.flush()?;
    if cli.copy {
        return Ok(copy_best(table, &rows));
    }
    Ok(FOUND)
}

/// After an HTTP status's detail, the shown API error codes returned with it.
fn list_returned_with(cli: &Cli, code: &str, table: &Table, printer: &Printer, out: &mut impl Write) -> io::Result<()> {
    let returned: Vec<table::Entry<'_>> = (0..table.len())
        .filter(|&row| table.status(row).is_some_and(|s| s.eq_ignore_ascii_case(code)))
        .map(|row| table.entry(row))
        .collect();
    if cli.json || returned.is_empty() {
        return Ok(());
    }
    writeln!(out, "\nError codes returned with {code}:")?;
    printer.rows(out, returned.into_iter())?;
    out.flush()
}

/// `httpref catalogues`: each catalogue's name, rows and origin, or why it cannot load.
fn list_catalogues(catalogues: &Catalogues, out: &mut impl Write) -> io::Result<()> {
    let width = catalogues.all().iter().map(|c| c.name.chars().count()).max().unwrap_or(0);
    for catalogue in catalogues.all() {
        let shown = if catalogues.is_default_choice(&catalogue.name) { "*" } else { " " };
        let name = sanitize::clean(&catalogue.name);
        match catalogue.table() {
            Ok(table) => writeln!(
                out,
                "{shown} {name:<width$}  {:>7} rows  {}",
                table.len(),
                sanitize::clean(&catalogue.origin.describe())
            )?,
            Err(err) => writeln!(out, "{shown} {name:<width$}  cannot load: {}", sanitize::clean(&err.to_string()))?,
        }
    }
    writeln!(out, "(* shown by default; -c NAME or -c all picks others)")
}

/// `httpref import FILE`: the table on stdout, what happened on stderr.
fn import_page(file: &Path, options: &import::Options, verbose: bool, out: &mut impl Write) -> io::Result<u8> {
    let stdin = file.as_os_str() == "-";
    let name = if stdin { "<stdin>".to_string() } else { file.display().to_string() };
    let read = if stdin {
        source::read_limited(&name, io::stdin().lock(), 0, source::MAX_FILE_BYTES)
    } else {
        source::read_text(file, source::Access::Named)
    };
    let imported = match read.map_err(table::TableError::from).and_then(|text| import::import(&name, &text, options)) {
        Ok(imported) => imported,
        Err(err) => {
            report(err);
            return Ok(BAD_INPUT);
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
        return Ok(NOT_FOUND);
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
    Ok(FOUND)
}

/// `--query` and `--pick` only open the browser: why they cannot here, if
/// they cannot (a usage error rather than an option silently ignored).
fn browser_option_unusable(cli: &Cli, stdout: &io::Stdout) -> Option<String> {
    let option = match (&cli.pick, &cli.search) {
        (Some(_), _) => "--pick",
        (None, Some(_)) => "--query",
        (None, None) => return None,
    };
    // --pick draws on the terminal itself and prints the choice on stdout, wherever that goes.
    let stdout_needed = cli.pick.is_none() && !stdout.is_terminal();
    let why = if stdout_needed { Some("stdout is not a terminal") } else { no_browser_reason() }?;
    Some(format!("{option} opens the browser, but {why}"))
}

/// Why this terminal cannot show the browser (or colour), if it cannot.
fn no_browser_reason() -> Option<&'static str> {
    match std::env::var("TERM").ok().filter(|term| !term.is_empty()).as_deref() {
        None => Some("TERM is not set"),
        Some("dumb") => Some("TERM=dumb"),
        Some(_) => None,
    }
}

/// `--copy`: the description of the first (best) row, reported on stderr.
fn copy_best(table: &Table, rows: &[usize]) -> u8 {
    let entry = &table.entry(rows[0]);
    let routes = Routes::from_env();
    let osc52 = if io::stdout().is_terminal() {
        clipboard::copy_osc52(routes, entry.description, &mut io::stdout())
    } else {
        // stdout is piped: the terminal is still there to take the sequence.
        match std::fs::OpenOptions::new().write(true).open(platform::TERMINAL) {
            Ok(mut tty) => clipboard::copy_osc52(routes, entry.description, &mut tty),
            Err(err) => routes.osc52.then(|| Err(format!("no terminal for OSC 52: {err}"))),
        }
    };
    let system = clipboard::copy_system(routes, entry.description);
    let which = match rows.len() {
        1 => format!("description of {}", entry.code),
        n => format!("description of {} (best of {n} matches)", entry.code),
    };
    match clipboard::describe(routes, system, osc52) {
        Ok(how) => {
            report(format_args!("copied {which} {how}"));
            FOUND
        }
        Err(why) => {
            report(format_args!("could not copy: {why}"));
            COPY_FAILED
        }
    }
}

/// Colour only on a terminal that can show it (not `TERM=dumb` or unset), and never with `NO_COLOR`.
fn use_color(stdout: &io::Stdout) -> bool {
    stdout.is_terminal() && no_browser_reason().is_none() && !no_color_asked()
}

/// Whether `NO_COLOR` is set to anything.
fn no_color_asked() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}
