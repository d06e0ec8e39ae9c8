//! TOML → validated [`Table`]. Rules: `code`, `reason` and `description` are
//! required and must show something (not only invisible characters); an
//! optional field that shows nothing is as if absent; unknown keys and
//! duplicate codes (compared ignoring case and invisible characters) are errors.
//!
//! Rows are checked as they are read, and a field used as written is kept as
//! a span of the file's text: no string is made per field.

use super::duplicates::{caseless_hash, duplicates};
use super::entry::{Runs, Span, Spans, Text, ALIASES, CODE, DESCRIPTION, FIELDS, REASON};
use super::error::line_and_column;
use super::fields::{parse_toml, RawFields, Sink, Value};
use super::invisible::{is_blank, strip_ignorable};
use super::{Table, TableError};
use crate::sanitize::clean;
use std::borrow::Cow;

/// Checks the bytes are UTF-8 (naming the first bad byte's place) and drops a
/// leading byte order mark, which editors on some systems add.
pub(super) fn decode_utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, TableError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(err) => Err(crate::source::SourceError::not_utf8(name, bytes, err).into()),
    }
}

/// The table `text` (named `name` in errors) holds; the text becomes the table's.
pub(super) fn parse_string(name: &str, text: String) -> Result<Table, TableError> {
    let checked = match super::fast::parse(&text, |bytes| Checked::new(name, &text, bytes)) {
        Some(pieces) => pieces,
        None => {
            let raw = parse_toml(name, &text)?;
            let mut checked = Checked::new(name, &text, 0);
            for (normal, rows) in [(true, raw.normal), (false, raw.abnormal)] {
                for row in rows {
                    checked.row(normal, &mut row.into_fields());
                }
            }
            vec![checked]
        }
    };
    // The first problem: Normal rows' before Abnormal rows' (as the groups are stored), each in file order.
    let mut pieces = Vec::with_capacity(checked.len());
    let mut errors: [Option<TableError>; 2] = [None, None];
    for piece in checked {
        let [normal, abnormal] = piece.errors;
        if normal.is_some() || abnormal.is_some() {
            errors[0] = errors[0].take().or(normal);
            errors[1] = errors[1].take().or(abnormal);
        } else {
            pieces.push(Piece { groups: piece.groups, owned: piece.owned });
        }
    }
    if let [Some(first), _] | [None, Some(first)] = errors {
        return Err(first);
    }
    assemble(name, text, pieces)
}

/// No row is shorter: `[[normal]]`, then `code = "1"`, `reason = "r"` and `description = "d"`.
const SMALLEST_ROW_BYTES: usize = 48;

/// One group's rows of a piece of the file.
#[derive(Default)]
struct Rows {
    spans: Vec<Spans>,
    /// Where each code stands in the file, for duplicate errors.
    code_at: Vec<u32>,
    /// Each code's [`caseless_hash`], made here, in parallel.
    code_hash: Vec<u64>,
}

/// Rows of one piece of the file, checked as they are read.
struct Checked<'a> {
    name: &'a str,
    text: &'a str,
    /// Normal, Abnormal.
    groups: [Rows; 2],
    /// Fields that had to change, which pending spans stand for.
    owned: Vec<String>,
    /// The first problem in each group (Normal, Abnormal), in file order.
    errors: [Option<TableError>; 2],
}

/// A piece's rows once checked.
struct Piece {
    groups: [Rows; 2],
    owned: Vec<String>,
}

impl<'a> Sink<'a> for Checked<'a> {
    fn row(&mut self, normal: bool, fields: &mut RawFields<'a>) {
        let group = usize::from(!normal);
        match self.check(fields) {
            Ok((code_at, code_hash, spans)) if self.errors.iter().all(Option::is_none) => {
                let rows = &mut self.groups[group];
                rows.spans.push(spans);
                rows.code_at.push(code_at as u32);
                rows.code_hash.push(code_hash);
            }
            Ok(_) => {}
            Err(err) => {
                self.errors[group].get_or_insert(err);
            }
        }
    }
}

impl<'a> Checked<'a> {
    /// For a piece of `bytes` bytes: room is kept for as many rows as it could
    /// hold, so that the rows never move as they grow (untouched room costs
    /// no memory).
    fn new(name: &'a str, text: &'a str, bytes: usize) -> Checked<'a> {
        let most = bytes / SMALLEST_ROW_BYTES;
        let rows = || Rows {
            spans: Vec::with_capacity(most),
            code_at: Vec::with_capacity(most),
            code_hash: Vec::with_capacity(most),
        };
        Checked { name, text, groups: [rows(), rows()], owned: Vec::new(), errors: [None, None] }
    }

    fn check(&mut self, fields: &mut RawFields<'a>) -> Result<(usize, u64, Spans), TableError> {
        let (code_at, code) = self.required("code", fields[CODE].take())?;
        // Stored as it shows: "4\u{200B}04" is the code 404.
        let code = match strip_ignorable(&code) {
            Cow::Borrowed(_) => code,
            Cow::Owned(stripped) => Cow::Owned(stripped.trim().to_string()),
        };
        if let Some(bad) = whitespace_fault(&code) {
            return Err(self.error_at(code_at, format!("code {code:?} contains whitespace ({bad:?})")));
        }
        let code_hash = caseless_hash(&code);
        let mut out = [Span::ABSENT; FIELDS];
        out[CODE] = self.out(code);
        // An empty reason is a code the page gives no short name: its description says it all.
        let reason = fields[REASON].take().ok_or_else(|| self.error_at(0, "`reason` is missing".to_string()))?;
        out[REASON] = self.out(visible(reason).unwrap_or(Cow::Borrowed("")));
        out[DESCRIPTION] = self.required("description", fields[DESCRIPTION].take()).map(|(_, text)| self.out(text))?;
        for slot in (3..FIELDS).filter(|&slot| slot != ALIASES) {
            if let Some(text) = fields[slot].take().and_then(visible) {
                out[slot] = self.out(text);
            }
        }
        // Cleaned alias by alias when read: their ends must stay.
        if let Some(aliases) = fields[ALIASES].take().filter(|aliases| !aliases.text.is_empty()) {
            out[ALIASES] = self.out(aliases.text);
        }
        Ok((code_at, code_hash, out))
    }

    /// A field's cleaned text and where it stands; one that shows nothing is an error there.
    fn required(&self, key: &str, value: Option<Value<'a>>) -> Result<(usize, Cow<'a, str>), TableError> {
        let value = value.ok_or_else(|| self.error_at(0, format!("`{key}` is missing")))?;
        let start = value.span.start;
        visible(value).map(|text| (start, text)).ok_or_else(|| self.error_at(start, format!("`{key}` is empty")))
    }

    /// Where the table will find `text`: in the file when it is part of it.
    fn out(&mut self, text: Cow<'a, str>) -> Span {
        if let Cow::Borrowed(slice) = text {
            if let Some(span) = Text::in_file(self.text, slice) {
                return span;
            }
        }
        self.owned.push(text.into_owned());
        Span::pending(self.owned.len() as u32 - 1)
    }

    fn error_at(&self, offset: usize, message: String) -> TableError {
        TableError::at_offset(self.name, self.text, offset, message)
    }
}

/// A field's text, trimmed and cleaned; `None` when it shows nothing (empty,
/// or only spaces and other invisible characters).
fn visible(value: Value) -> Option<Cow<str>> {
    let text = match value.text {
        Cow::Borrowed(text) if value.printable => Cow::Borrowed(text.trim()),
        Cow::Borrowed(text) => match clean(text.trim()) {
            Cow::Borrowed(same) => Cow::Borrowed(same),
            Cow::Owned(cleaned) => Cow::Owned(cleaned),
        },
        Cow::Owned(text) => Cow::Owned(clean(text.trim()).into_owned()),
    };
    (!is_blank(&text)).then_some(text)
}

/// The table from the checked pieces: no rows or a duplicate code is an
/// error; else every field is a span of the one text.
fn assemble(name: &str, text: String, pieces: Vec<Piece>) -> Result<Table, TableError> {
    let group_rows = |group: usize| pieces.iter().map(|piece| piece.groups[group].spans.len()).sum::<usize>();
    let (normal_len, rows) = (group_rows(0), group_rows(0) + group_rows(1));
    if rows == 0 {
        return Err(TableError::at_offset(
            name,
            &text,
            0,
            "no codes: expected [[normal]] or [[abnormal]] entries (see the README's table format)",
        ));
    }
    fn code_of<'t>(text: &'t str, piece: &'t Piece, spans: &Spans) -> &'t str {
        match spans[CODE].pending_index() {
            Some(index) => piece.owned[index as usize].as_str(),
            None => spans[CODE].slice(text),
        }
    }
    // A stored row's place: which piece, group and index; from running totals, only for duplicates.
    let starts: Vec<usize> = (0..2)
        .flat_map(|group| pieces.iter().map(move |piece| piece.groups[group].spans.len()))
        .scan(0, |total, len| {
            *total += len;
            Some(*total - len)
        })
        .collect();
    let place = |row: usize| {
        let slot = starts.partition_point(|&start| start <= row) - 1;
        let (group, piece) = (slot / pieces.len(), &pieces[slot % pieces.len()]);
        (piece, &piece.groups[group], row - starts[slot])
    };
    let code = |row: usize| {
        let (piece, rows, index) = place(row);
        (code_of(&text, piece, &rows.spans[index]), rows.code_at[index])
    };
    let mut hashes: Vec<u64> = Vec::with_capacity(rows);
    for group in 0..2 {
        for piece in &pieces {
            hashes.extend_from_slice(&piece.groups[group].code_hash);
        }
    }
    let duplicates = duplicates(&hashes, |a, b| code(a).0.eq_ignore_ascii_case(code(b).0));
    // Report the duplicate that comes first in the file.
    let first = duplicates.into_iter().map(|(first, again)| (code(again).1, code(first).1, again)).min();
    if let Some((again_at, first_at, again)) = first {
        let first_line = line_and_column(&text, first_at.min(again_at) as usize).0;
        let message = format!("duplicate code {:?} (first defined on line {first_line})", code(again).0);
        return Err(TableError::at_offset(name, &text, first_at.max(again_at) as usize, message));
    }
    let (cleaned, runs) = runs(pieces);
    Ok(Table::from_spans(cleaned.with_file(text), runs, normal_len))
}

/// Every piece's rows in table order (Normal rows first), as they are, and
/// the text of the fields pieces had to change, which their spans now point into.
fn runs(mut pieces: Vec<Piece>) -> (Text, Runs) {
    let mut cleaned = Text::default();
    for piece in &mut pieces {
        if piece.owned.is_empty() {
            continue;
        }
        let taken: Vec<Span> = piece.owned.iter().map(|field| cleaned.push(field)).collect();
        for span in piece.groups.iter_mut().flat_map(|rows| rows.spans.iter_mut()).flatten() {
            if let Some(index) = span.pending_index() {
                *span = taken[index as usize];
            }
        }
    }
    let mut runs = Runs::default();
    for group in 0..2 {
        for piece in &mut pieces {
            runs.push_run(std::mem::take(&mut piece.groups[group].spans));
        }
    }
    (cleaned, runs)
}

/// The whitespace a code may not hold: any but single spaces between the
/// words of a phrase ("no such alert", "sender: expected 40 hex chars"), whose
/// first word has a letter in it ("404 Not Found" is a code and its name).
pub fn whitespace_fault(code: &str) -> Option<char> {
    let mut words = code.split(' ');
    let lettered = words.next().is_some_and(|first| first.chars().any(char::is_alphabetic));
    let phrase = lettered && words.all(|word| !word.is_empty());
    code.chars().find(|&c| c.is_whitespace() && !(c == ' ' && phrase))
}
