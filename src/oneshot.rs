//! The one-shot command: a lookup across the catalogues, printed, and
//! copied when asked; the exit status says how it went.

use crate::catalogue::{Catalogue, Catalogues};
use crate::clipboard::{self, Routes};
use crate::lookup::{self, Found, Outcome};
use crate::platform;
use crate::print::{self, Printer};
use crate::report::report;
use crate::status::{COPY_FAILED, FOUND, NOT_FOUND};
use crate::table::Table;
use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

/// The catalogues known, those shown and their table.
pub struct Shown<'a> {
    pub catalogues: &'a Catalogues,
    pub chosen: &'a [&'a Catalogue],
    pub table: &'a Arc<Table>,
}

impl<'a> Shown<'a> {
    pub fn names(&self) -> Vec<String> {
        self.chosen.iter().map(|c| c.name.clone()).collect()
    }

    /// The name of the one catalogue shown, for its rows.
    pub fn single(&self) -> &'a str {
        self.chosen.first().map_or(crate::catalogue::DEFAULT, |c| c.name.as_str())
    }
}

pub fn run(
    query: &[String],
    shown: &Shown,
    json: bool,
    copy: bool,
    printer: &Printer,
    out: &mut impl Write,
) -> io::Result<u8> {
    let answer = match lookup::across(shown.catalogues, shown.chosen, shown.table, shown.single(), query) {
        Outcome::Found(answer) => answer,
        Outcome::NotFound { why, skipped } => {
            skipped.iter().for_each(report);
            if json {
                printer.json(out, std::iter::empty())?;
                out.flush()?;
            }
            report(print::not_found(shown.table, &why));
            return Ok(NOT_FOUND);
        }
    };
    if answer.from_other {
        report(print::fell_through(query, &shown.names(), &answer.catalogues()));
    }
    printer.answer(out, &answer, json)?;
    let status = if copy { copy_best(&answer.table, &answer.found.rows()) } else { FOUND };
    let detailed = matches!(answer.found, Found::Code(_)) || answer.found.rows().len() == 1;
    if let (true, false) = (detailed, json) {
        let rows = answer.found.rows();
        let code = answer.table.entry(rows[0]).code;
        let returned = lookup::returned_with(shown.table, code);
        printer.returned_with(out, code, shown.table, shown.single(), &returned)?;
    }
    Ok(status)
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
    let which = match rows.len() {
        1 => format!("description of {}", entry.code),
        n => format!("description of {} (best of {n} matches)", entry.code),
    };
    match clipboard::copy(routes, entry.description, osc52) {
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
