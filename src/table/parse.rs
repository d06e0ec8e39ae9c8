//! TOML → validated [`Table`]. Rules: `code`, `reason` and `description` are
//! required and must show something (not only invisible characters); an
//! optional field that shows nothing is as if absent; unknown keys and
//! duplicate codes (compared ignoring case and invisible characters) are errors.

use super::error::line_and_column;
use super::invisible::{is_blank, strip_ignorable};
use super::{Entry, Group, Table, TableError};
use crate::sanitize::clean;
use rayon::prelude::*;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use toml::Spanned;

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTable {
    #[serde(default)]
    pub normal: Vec<RawEntry>,
    #[serde(default)]
    pub abnormal: Vec<RawEntry>,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEntry {
    pub code: Spanned<String>,
    pub reason: Spanned<String>,
    pub description: Spanned<String>,
    pub spec: Option<Spanned<String>>,
    pub rust: Option<Spanned<String>>,
    pub go: Option<Spanned<String>>,
    pub python: Option<Spanned<String>>,
    pub notes: Option<Spanned<String>>,
    pub status: Option<Spanned<String>>,
}

/// Checks the bytes are UTF-8 (naming the first bad byte's place) and drops a
/// leading byte order mark, which editors on some systems add.
pub(super) fn decode_utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, TableError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(err) => {
            let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            Err(TableError::at_offset(name, valid, valid.len(), "not valid UTF-8 text"))
        }
    }
}

pub(super) fn parse_str(name: &str, text: &str) -> Result<Table, TableError> {
    let raw = match super::fast::parse(text) {
        Some(raw) => raw,
        None => parse_toml(name, text)?,
    };
    validate(name, text, raw)
}

pub(super) fn parse_toml(name: &str, text: &str) -> Result<RawTable, TableError> {
    if let Some(offset) = super::depth::too_deep(text) {
        let message = format!("nested more than {} levels deep", super::depth::MAX_DEPTH);
        return Err(TableError::at_offset(name, text, offset, message));
    }
    toml::from_str(text).map_err(|err| {
        let message = err.message().trim_end().replace('\n', "; ");
        // Past the depth check every error has a span (the fuzz harness checks), but were one
        // not to, say so rather than point at a made-up place.
        match err.span() {
            Some(span) => TableError::at_offset(name, text, span.start, message),
            None => TableError::whole_file(name, message),
        }
    })
}

fn validate(name: &str, text: &str, raw: RawTable) -> Result<Table, TableError> {
    if raw.normal.is_empty() && raw.abnormal.is_empty() {
        return Err(TableError::at_offset(
            name,
            text,
            0,
            "no codes: expected [[normal]] or [[abnormal]] entries (see the README's table format)",
        ));
    }
    let validator = Validator { name, text };
    let mut code_offsets = Vec::with_capacity(raw.normal.len() + raw.abnormal.len());
    let normal = validator.entries(raw.normal, Group::Normal, &mut code_offsets)?;
    let abnormal = validator.entries(raw.abnormal, Group::Abnormal, &mut code_offsets)?;
    let table = Table::from_groups(normal, abnormal);
    validator.check_unique(&table, &code_offsets)?;
    Ok(table)
}

/// A field's text, trimmed and cleaned; `None` when it shows nothing (empty,
/// or only spaces and other invisible characters).
fn visible(value: Spanned<String>) -> Option<Spanned<String>> {
    let span = value.span();
    let text = value.into_inner();
    let cleaned = match clean(text.trim()) {
        // The common case: nothing to change, so keep the string already allocated.
        Cow::Borrowed(same) if same.len() == text.len() => text,
        other => other.into_owned(),
    };
    (!is_blank(&cleaned)).then(|| Spanned::new(span, cleaned))
}

/// An optional field that shows nothing is as if it were not there.
fn optional(value: Option<Spanned<String>>) -> Option<String> {
    value.and_then(visible).map(Spanned::into_inner)
}

struct Validator<'a> {
    name: &'a str,
    text: &'a str,
}

/// A code compared and hashed ignoring ASCII case, without allocating.
struct Caseless<'a>(&'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

impl Hash for Caseless<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Lowercased a block at a time: hashers are slow fed byte by byte.
        let mut block = [0u8; 32];
        for chunk in self.0.as_bytes().chunks(block.len()) {
            for (to, from) in block.iter_mut().zip(chunk) {
                *to = from.to_ascii_lowercase();
            }
            state.write(&block[..chunk.len()]);
        }
        state.write_u8(0xff);
    }
}

impl Validator<'_> {
    fn entries(
        &self,
        raw: Vec<RawEntry>,
        group: Group,
        code_offsets: &mut Vec<usize>,
    ) -> Result<Vec<Entry>, TableError> {
        code_offsets.extend(raw.iter().map(|entry| entry.code.span().start));
        let checked: Vec<Result<Entry, TableError>> =
            raw.into_par_iter().with_min_len(4096).map(|entry| self.entry(entry, group)).collect();
        // The first problem in file order, whichever thread found it.
        checked.into_iter().collect()
    }

    fn entry(&self, raw: RawEntry, group: Group) -> Result<Entry, TableError> {
        let code = self.required("code", raw.code)?;
        let start = code.span().start;
        // Stored as it shows: "4\u{200B}04" is the code 404.
        let code = match strip_ignorable(code.get_ref()) {
            Cow::Borrowed(_) => code.into_inner(),
            Cow::Owned(stripped) => stripped.trim().to_string(),
        };
        if let Some(bad) = code.chars().find(|c| c.is_whitespace()) {
            return Err(self.error_at(start, format!("code {code:?} contains whitespace ({bad:?})")));
        }
        Ok(Entry {
            code,
            reason: self.required("reason", raw.reason)?.into_inner(),
            description: self.required("description", raw.description)?.into_inner(),
            group,
            spec: optional(raw.spec),
            rust: optional(raw.rust),
            go: optional(raw.go),
            python: optional(raw.python),
            notes: optional(raw.notes),
            status: optional(raw.status),
        })
    }

    /// A field's cleaned text; one that shows nothing is an error at its place.
    fn required(&self, field: &str, value: Spanned<String>) -> Result<Spanned<String>, TableError> {
        let start = value.span().start;
        visible(value).ok_or_else(|| self.error_at(start, format!("`{field}` is empty")))
    }

    /// Codes are unique ignoring case; `code_offsets` are where each row's code stands.
    fn check_unique(&self, table: &Table, code_offsets: &[usize]) -> Result<(), TableError> {
        let mut first_definition: HashMap<Caseless, usize> = HashMap::with_capacity(table.len());
        let mut duplicates = Vec::new();
        for (entry, &offset) in table.entries().iter().zip(code_offsets) {
            if let Some(&first) = first_definition.get(&Caseless(&entry.code)) {
                duplicates.push((offset, first, &entry.code));
            } else {
                first_definition.insert(Caseless(&entry.code), offset);
            }
        }
        // Groups are stored Normal first; report the duplicate that comes first in the file.
        match duplicates.into_iter().min() {
            Some((offset, first, code)) => {
                let first_line = line_and_column(self.text, first.min(offset)).0;
                Err(self.error_at(
                    offset.max(first),
                    format!("duplicate code {code:?} (first defined on line {first_line})"),
                ))
            }
            None => Ok(()),
        }
    }

    fn error_at(&self, offset: usize, message: String) -> TableError {
        TableError::at_offset(self.name, self.text, offset, message)
    }
}
