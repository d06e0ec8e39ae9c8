//! Plain and JSON output for the one-shot command line. Colour only when
//! asked for (a terminal, and `NO_COLOR` unset), decided by the caller.

use crate::catalogue::Catalogues;
use crate::lookup::{Answer, Found, NotFound};
use crate::report::output_error;
use crate::sanitize::clean;
use crate::table::{Entry, Group, Table};
use anstyle::{AnsiColor, Style};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

pub struct Printer {
    pub color: bool,
}

const HEADING: Style = Style::new().bold().underline();
const LABEL: Style = Style::new().bold();

fn code_style(group: Group) -> Style {
    let color = match group {
        Group::Normal => AnsiColor::Green,
        Group::Abnormal => AnsiColor::Red,
    };
    Style::new().bold().fg_color(Some(color.into()))
}

/// stdout, whose write errors say what failed; their kind is kept, so a
/// closed pipe is still told apart.
pub struct Output<W>(pub W);

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(output_error)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(output_error)
    }
}

/// `httpref catalogues`: each catalogue's name, rows and origin, or why it cannot load.
pub fn catalogues(out: &mut impl Write, catalogues: &Catalogues) -> io::Result<()> {
    let width = catalogues.all().iter().map(|c| c.name.chars().count()).max().unwrap_or(0);
    for catalogue in catalogues.all() {
        let shown = if catalogues.is_default_choice(&catalogue.name) { "*" } else { " " };
        let name = clean(&catalogue.name);
        match catalogue.table() {
            Ok(table) => {
                let (rows, origin) = (table.len(), clean(&catalogue.origin.describe()).into_owned());
                writeln!(out, "{shown} {name:<width$}  {rows:>7} rows  {origin}")?
            }
            Err(err) => writeln!(out, "{shown} {name:<width$}  cannot load: {}", clean(&err.to_string()))?,
        }
    }
    writeln!(out, "(* shown by default; -c NAME or -c all picks others)")
}

/// Rows of `table` with the catalogue each comes from (`single` when the table is one catalogue).
pub fn tagged<'a>(
    table: &'a Table,
    single: &'a str,
    rows: impl IntoIterator<Item = usize> + 'a,
) -> impl Iterator<Item = (Entry<'a>, &'a str)> + 'a {
    rows.into_iter().map(move |row| (table.entry(row), table.catalogue_of(row).unwrap_or(single)))
}

/// The note before an answer from a catalogue not shown.
pub fn fell_through(query: &[String], shown: &[String], other: &str) -> String {
    let plural = if shown.len() == 1 { "" } else { "s" };
    format!(
        "{} is not in the shown catalogue{plural} ({}); from the {other} catalogue:",
        query.join(" "),
        shown.join(", ")
    )
}

/// Why nothing was found, with the likely meant rows of `table`.
pub fn not_found(table: &Table, why: &NotFound) -> String {
    let closest: Vec<String> =
        why.suggestions.iter().map(|&row| format!("{} {}", table.entry(row).code, table.entry(row).reason)).collect();
    match closest.is_empty() {
        true => why.message.clone(),
        false => format!("{}; closest: {}", why.message, closest.join(", ")),
    }
}

impl Printer {
    fn paint(&self, out: &mut impl Write, style: Style, text: &str) -> io::Result<()> {
        if self.color {
            write!(out, "{}{text}{}", style.render(), style.render_reset())
        } else {
            out.write_all(text.as_bytes())
        }
    }

    /// The whole table, a heading per group, columns aligned across both.
    /// A one-shot answer: one code in detail, several as rows, or JSON.
    pub fn answer(&self, out: &mut impl Write, answer: &Answer, json: bool) -> io::Result<()> {
        let (table, rows) = (answer.table, answer.found.rows());
        match &answer.found {
            _ if json => self.json(out, tagged(table, answer.name, rows.iter().copied()))?,
            Found::Code(row) => self.detail(out, &table.entry(*row))?,
            Found::Mask(_) | Found::Matches(_) => self.rows(out, rows.iter().map(|&row| table.entry(row)))?,
        }
        out.flush()
    }

    /// After an HTTP status's detail, the API error codes (`rows` of `table`) returned with it.
    pub fn returned_with(&self, out: &mut impl Write, code: &str, table: &Table, rows: &[usize]) -> io::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        writeln!(out, "\nError codes returned with {code}:")?;
        self.rows(out, rows.iter().map(|&row| table.entry(row)))?;
        out.flush()
    }

    pub fn table(&self, out: &mut impl Write, table: &Table) -> io::Result<()> {
        let widths = Widths::of(table.entries());
        let mut first = true;
        for group in Group::ALL {
            let entries = table.group(group);
            if entries.len() == 0 {
                continue;
            }
            if !first {
                writeln!(out)?;
            }
            first = false;
            self.paint(out, HEADING, group.title())?;
            writeln!(out)?;
            for entry in entries {
                self.row(out, &entry, widths)?;
            }
        }
        Ok(())
    }

    /// Rows in the given order, aligned, one line each.
    pub fn rows<'a>(&self, out: &mut impl Write, entries: impl Iterator<Item = Entry<'a>> + Clone) -> io::Result<()> {
        let widths = Widths::of(entries.clone());
        entries.into_iter().try_for_each(|entry| self.row(out, &entry, widths))
    }

    fn row(&self, out: &mut impl Write, entry: &Entry<'_>, widths: Widths) -> io::Result<()> {
        self.paint(out, code_style(entry.group), entry.code)?;
        write!(out, "{}  ", pad(entry.code, widths.code))?;
        write!(out, "{}{}  ", entry.reason, pad(entry.reason, widths.reason))?;
        writeln!(out, "{}", entry.description)
    }

    /// Everything the table knows of one code.
    pub fn detail(&self, out: &mut impl Write, entry: &Entry<'_>) -> io::Result<()> {
        self.paint(out, code_style(entry.group), &format!("{} {}", entry.code, entry.reason))?;
        writeln!(out, " ({})", entry.group.key())?;
        writeln!(out, "{}", entry.description)?;
        let extras = crate::catalogue::extras(entry);
        if !extras.is_empty() {
            writeln!(out)?;
        }
        let label_width = extras.iter().map(|(label, _)| label.len()).max().unwrap_or(0);
        for (label, value) in extras {
            self.paint(out, LABEL, label)?;
            writeln!(out, "{}  {value}", pad(label, label_width))?;
        }
        if let Some(notes) = &entry.notes {
            writeln!(out)?;
            writeln!(out, "{notes}")?;
        }
        Ok(())
    }

    /// An array of objects: each entry's fields and the catalogue it comes from.
    pub fn json<'a>(&self, out: &mut impl Write, rows: impl Iterator<Item = (Entry<'a>, &'a str)>) -> io::Result<()> {
        #[derive(serde::Serialize)]
        struct Row<'a> {
            #[serde(flatten)]
            entry: Entry<'a>,
            catalogue: &'a str,
        }
        let rows: Vec<Row> = rows.map(|(entry, catalogue)| Row { entry, catalogue }).collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)
    }
}

#[derive(Clone, Copy)]
struct Widths {
    code: usize,
    reason: usize,
}

impl Widths {
    fn of<'a>(entries: impl Iterator<Item = Entry<'a>>) -> Widths {
        entries.fold(Widths { code: 0, reason: 0 }, |w, e| Widths {
            code: w.code.max(e.code.width()),
            reason: w.reason.max(e.reason.width()),
        })
    }
}

fn pad(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text.width()))
}

#[cfg(test)]
mod tests;
