//! TOML → validated [`Table`]. Rules: `code`, `reason` and `description` are
//! required and non-empty; unknown keys and duplicate codes are errors.

use super::error::line_and_column;
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

fn parse_toml(name: &str, text: &str) -> Result<RawTable, TableError> {
    toml::from_str(text).map_err(|err| {
        let message = err.message().trim_end().replace('\n', "; ");
        match err.span() {
            Some(span) => TableError::at_offset(name, text, span.start, message),
            None => TableError::whole_file(name, message),
        }
    })
}

fn validate(name: &str, text: &str, raw: RawTable) -> Result<Table, TableError> {
    if raw.normal.is_empty() && raw.abnormal.is_empty() {
        return Err(TableError::whole_file(
            name,
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
        if let Some(bad) = code.get_ref().chars().find(|c| c.is_whitespace()) {
            let message = format!("code {:?} contains whitespace ({bad:?})", code.get_ref());
            return Err(self.error_at(code.span().start, message));
        }
        Ok(Entry {
            code: code.into_inner(),
            reason: self.required("reason", raw.reason)?.into_inner(),
            description: self.required("description", raw.description)?.into_inner(),
            group,
            spec: self.optional("spec", raw.spec)?,
            rust: self.optional("rust", raw.rust)?,
            go: self.optional("go", raw.go)?,
            python: self.optional("python", raw.python)?,
            notes: self.optional("notes", raw.notes)?,
        })
    }

    /// Cleans a field; an empty (or all-blank) value is an error at its place.
    fn required(&self, field: &str, value: Spanned<String>) -> Result<Spanned<String>, TableError> {
        let span = value.span();
        let text = value.into_inner();
        let trimmed = text.trim();
        let cleaned = match clean(trimmed) {
            // The common case: nothing to change, so keep the string already allocated.
            Cow::Borrowed(same) if same.len() == text.len() => text,
            other => other.into_owned(),
        };
        if cleaned.trim().is_empty() {
            return Err(self.error_at(span.start, format!("`{field}` is empty")));
        }
        Ok(Spanned::new(span, cleaned))
    }

    fn optional(&self, field: &str, value: Option<Spanned<String>>) -> Result<Option<String>, TableError> {
        value.map(|v| self.required(field, v).map(Spanned::into_inner)).transpose()
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
