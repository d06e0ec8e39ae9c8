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
    /// The terminal's width, when stdout is one: text is wrapped at word
    /// boundaries to it (and never when piped, so each row stays one line).
    pub width: Option<usize>,
}

/// `text` as lines of at most `width` columns, broken at spaces only (a
/// word or URL longer than a line is kept whole); the first line is `first`
/// columns shorter, as the text starts after a label or a column.
fn wrapped(text: &str, width: Option<usize>, first: usize) -> Vec<String> {
    let Some(width) = width.filter(|&width| width > first + 10) else { return vec![text.to_string()] };
    let indent = " ".repeat(first);
    crate::wrap::at_spaces(text, width - first).into_iter().map(|line| format!("{indent}{line}")).collect()
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
                let unit = if rows == 1 { "row " } else { "rows" };
                writeln!(out, "{shown} {name:<width$}  {rows:>7} {unit}  {origin}")?
            }
            Err(err) => writeln!(out, "{shown} {name:<width$}  cannot load: {}", clean(&err.to_string()))?,
        }
    }
    writeln!(out, "(* shown by default; -c NAME or -c all picks others)")?;
    let problems = catalogues.problems.iter().cloned().chain(catalogues.default_problems());
    for (index, problem) in problems.enumerate() {
        if index == 0 {
            writeln!(out, "\nProblems:")?;
        }
        writeln!(out, "  {problem}")?;
    }
    Ok(())
}

/// `httpref catalogues --names`: a name a line, then `all`, for completion scripts.
pub fn catalogue_names(out: &mut impl Write, catalogues: &Catalogues) -> io::Result<()> {
    for catalogue in catalogues.all() {
        writeln!(out, "{}", clean(&catalogue.name))?;
    }
    writeln!(out, "{}", crate::catalogue::ALL)
}

/// Rows of `table` with the catalogue each comes from (`single` when the table is one catalogue).
pub fn tagged<'a>(
    table: &'a Table,
    single: &'a str,
    rows: impl IntoIterator<Item = usize> + 'a,
) -> impl Iterator<Item = (Entry<'a>, &'a str)> + 'a {
    rows.into_iter().map(move |row| (table.entry(row), table.catalogue_of(row).unwrap_or(single)))
}

/// The note before an answer from catalogues not shown.
pub fn fell_through(query: &[String], shown: &[String], others: &[&str]) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let names = match others {
        [first @ .., last] if !first.is_empty() => format!("{} and {last}", first.join(", ")),
        _ => others.join(""),
    };
    format!(
        "{} is not in the shown catalogue{} ({}); from the {names} catalogue{}:",
        query.join(" "),
        plural(shown.len()),
        shown.join(", "),
        plural(others.len()),
    )
}

/// Why nothing was found, with the likely meant rows of `table`.
pub fn not_found(table: &Table, why: &NotFound) -> String {
    let closest: Vec<String> = why.suggestions.iter().map(|&row| table.entry(row).title()).collect();
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

    /// A one-shot answer: each row of a code in detail, several rows as a
    /// list, or JSON; rows say their catalogue when several could answer.
    pub fn answer(&self, out: &mut impl Write, answer: &Answer, json: bool) -> io::Result<()> {
        let (table, rows) = (&answer.table, answer.found.rows());
        let label = |row: usize| answer.labelled().then(|| answer.catalogue_of(row));
        match &answer.found {
            _ if json => self.json(out, rows.iter().map(|&row| (table.entry(row), answer.catalogue_of(row))))?,
            // A code, or a search with one match: everything about it.
            Found::Code(rows) | Found::Mask(rows) | Found::Matches(rows)
                if matches!(answer.found, Found::Code(_)) || rows.len() == 1 =>
            {
                for (index, &row) in rows.iter().enumerate() {
                    if index > 0 {
                        writeln!(out)?;
                    }
                    if let Some(name) = label(row) {
                        self.paint(out, HEADING, &format!("In {}:", clean(name)))?;
                        writeln!(out)?;
                    }
                    self.detail(out, &table.entry(row))?;
                }
            }
            _ => self.rows(out, rows.iter().map(|&row| (table.entry(row), label(row))))?,
        }
        out.flush()
    }

    /// After an HTTP status's detail, the API error codes (`rows` of `table`,
    /// the catalogue `single` unless it holds several) returned with it.
    pub fn returned_with(
        &self,
        out: &mut impl Write,
        code: &str,
        table: &Table,
        single: &str,
        rows: &[usize],
    ) -> io::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        writeln!(out, "\nError codes returned with {code}:")?;
        let labelled = table.catalogues().len() > 1;
        self.rows(
            out,
            rows.iter().map(|&row| (table.entry(row), labelled.then(|| table.catalogue_of(row).unwrap_or(single)))),
        )?;
        out.flush()
    }

    /// The whole table, a heading per group, columns aligned across both;
    /// a column names each row's catalogue when the table holds several.
    pub fn table(&self, out: &mut impl Write, table: &Table) -> io::Result<()> {
        let labelled = |row: usize| table.catalogue_of(row);
        let widths = Widths::of((0..table.len()).map(|row| (table.entry(row), labelled(row))));
        let mut first = true;
        for group in Group::ALL {
            let rows = table.group_range(group);
            if rows.is_empty() {
                continue;
            }
            if !first {
                writeln!(out)?;
            }
            first = false;
            self.paint(out, HEADING, group.title())?;
            writeln!(out)?;
            for row in rows {
                self.row(out, &table.entry(row), labelled(row), widths)?;
            }
        }
        Ok(())
    }

    /// Rows in the given order, aligned, one line each, each with its
    /// catalogue's name when it has one.
    pub fn rows<'a>(
        &self,
        out: &mut impl Write,
        rows: impl Iterator<Item = (Entry<'a>, Option<&'a str>)> + Clone,
    ) -> io::Result<()> {
        let widths = Widths::of(rows.clone());
        rows.into_iter().try_for_each(|(entry, catalogue)| self.row(out, &entry, catalogue, widths))
    }

    fn row(&self, out: &mut impl Write, entry: &Entry<'_>, catalogue: Option<&str>, widths: Widths) -> io::Result<()> {
        self.paint(out, code_style(entry.group), entry.code)?;
        write!(out, "{}  ", pad(entry.code, widths.code))?;
        if let Some(name) = catalogue {
            let name = clean(name);
            write!(out, "{name}{}  ", pad(&name, widths.catalogue))?;
        }
        write!(out, "{}{}  ", entry.reason, pad(entry.reason, widths.reason))?;
        // Further lines of the description stand under its column.
        let column = widths.code + 2 + widths.reason + 2 + if catalogue.is_some() { widths.catalogue + 2 } else { 0 };
        let lines = wrapped(entry.description, self.width, column);
        writeln!(out, "{}", lines[0].trim_start())?;
        lines[1..].iter().try_for_each(|line| writeln!(out, "{line}"))
    }

    /// A paragraph, wrapped to the terminal.
    fn paragraph(&self, out: &mut impl Write, text: &str) -> io::Result<()> {
        wrapped(text, self.width, 0).iter().try_for_each(|line| writeln!(out, "{line}"))
    }

    /// Everything the table knows of one code.
    pub fn detail(&self, out: &mut impl Write, entry: &Entry<'_>) -> io::Result<()> {
        self.paint(out, code_style(entry.group), &entry.title())?;
        writeln!(out, " — {}", entry.group.key())?;
        self.paragraph(out, entry.description)?;
        if let Some(aliases) = crate::catalogue::also_known_as(entry) {
            self.paragraph(out, &aliases)?;
        }
        let extras = crate::catalogue::extras(entry);
        if !extras.is_empty() {
            writeln!(out)?;
        }
        let label_width = extras.iter().map(|(label, _)| label.len()).max().unwrap_or(0);
        for (label, value) in extras {
            self.paint(out, LABEL, label)?;
            write!(out, "{}  ", pad(label, label_width))?;
            match label == crate::catalogue::LINK && self.color {
                // A hyperlink (OSC 8) where colour goes, to a terminal; the plain URL elsewhere.
                true => writeln!(out, "{}", hyperlink(&value))?,
                // Wrapped under the value, not under the label.
                false => {
                    let lines = wrapped(&value, self.width, label_width + 2);
                    writeln!(out, "{}", lines[0].trim_start())?;
                    lines[1..].iter().try_for_each(|line| writeln!(out, "{line}"))?;
                }
            }
        }
        if let Some(notes) = &entry.notes {
            writeln!(out)?;
            self.paragraph(out, notes)?;
        }
        Ok(())
    }

    /// An array of objects: each entry's fields and the catalogue it comes from.
    pub fn json<'a>(&self, out: &mut impl Write, rows: impl Iterator<Item = (Entry<'a>, &'a str)>) -> io::Result<()> {
        #[derive(serde::Serialize)]
        struct Row<'a> {
            #[serde(flatten)]
            entry: Entry<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            url: Option<String>,
            catalogue: &'a str,
        }
        let rows: Vec<Row> =
            rows.map(|(entry, catalogue)| Row { url: crate::link::of(&entry), entry, catalogue }).collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)
    }
}

#[derive(Clone, Copy)]
struct Widths {
    code: usize,
    catalogue: usize,
    reason: usize,
}

impl Widths {
    fn of<'a>(rows: impl Iterator<Item = (Entry<'a>, Option<&'a str>)>) -> Widths {
        rows.fold(Widths { code: 0, catalogue: 0, reason: 0 }, |w, (e, catalogue)| Widths {
            code: w.code.max(e.code.width()),
            catalogue: w.catalogue.max(catalogue.map_or(0, |name| clean(name).width())),
            reason: w.reason.max(e.reason.width()),
        })
    }
}

/// `url` as an OSC 8 hyperlink showing itself: terminals that know OSC 8
/// make it clickable, others show the text alone.
pub fn hyperlink(url: &str) -> String {
    format!("\x1b]8;;{url}\x1b\\{url}\x1b]8;;\x1b\\")
}

fn pad(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text.width()))
}

#[cfg(test)]
mod tests;
