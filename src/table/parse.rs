//! TOML → validated [`Table`]. Rules: `code`, `reason` and `description` are
//! required and non-empty; unknown keys and duplicate codes are errors.

use super::error::line_and_column;
use super::{Entry, Group, Table, TableError};
use crate::sanitize::clean;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default)]
    normal: Vec<RawEntry>,
    #[serde(default)]
    abnormal: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    code: Spanned<String>,
    reason: Spanned<String>,
    description: Spanned<String>,
    spec: Option<Spanned<String>>,
    rust: Option<Spanned<String>>,
    go: Option<Spanned<String>>,
    python: Option<Spanned<String>>,
    notes: Option<Spanned<String>>,
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
    let raw: RawTable = toml::from_str(text).map_err(|err| {
        let message = err.message().trim_end().replace('\n', "; ");
        match err.span() {
            Some(span) => TableError::at_offset(name, text, span.start, message),
            None => TableError::whole_file(name, message),
        }
    })?;
    if raw.normal.is_empty() && raw.abnormal.is_empty() {
        return Err(TableError::whole_file(
            name,
            "no codes: expected [[normal]] or [[abnormal]] entries (see the README's table format)",
        ));
    }
    let mut validator = Validator { name, text, first_definition: HashMap::new() };
    let normal = validator.entries(raw.normal, Group::Normal)?;
    let abnormal = validator.entries(raw.abnormal, Group::Abnormal)?;
    Ok(Table::from_groups(normal, abnormal))
}

struct Validator<'a> {
    name: &'a str,
    text: &'a str,
    /// Lowercased code → byte offset of its first definition.
    first_definition: HashMap<String, usize>,
}

impl Validator<'_> {
    fn entries(&mut self, raw: Vec<RawEntry>, group: Group) -> Result<Vec<Entry>, TableError> {
        raw.into_iter().map(|entry| self.entry(entry, group)).collect()
    }

    fn entry(&mut self, raw: RawEntry, group: Group) -> Result<Entry, TableError> {
        let code = self.required("code", raw.code)?;
        if let Some(bad) = code.get_ref().chars().find(|c| c.is_whitespace()) {
            let message = format!("code {:?} contains whitespace ({bad:?})", code.get_ref());
            return Err(self.error_at(code.span().start, message));
        }
        self.check_unique(&code)?;
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
        let cleaned = clean(text.trim()).into_owned();
        if cleaned.trim().is_empty() {
            return Err(self.error_at(span.start, format!("`{field}` is empty")));
        }
        Ok(Spanned::new(span, cleaned))
    }

    fn optional(&self, field: &str, value: Option<Spanned<String>>) -> Result<Option<String>, TableError> {
        value.map(|v| self.required(field, v).map(Spanned::into_inner)).transpose()
    }

    fn check_unique(&mut self, code: &Spanned<String>) -> Result<(), TableError> {
        let key = code.get_ref().to_ascii_lowercase();
        if let Some(&first) = self.first_definition.get(&key) {
            let first_line = line_and_column(self.text, first).0;
            let message = format!("duplicate code {:?} (first defined on line {first_line})", code.get_ref());
            return Err(self.error_at(code.span().start, message));
        }
        self.first_definition.insert(key, code.span().start);
        Ok(())
    }

    fn error_at(&self, offset: usize, message: String) -> TableError {
        TableError::at_offset(self.name, self.text, offset, message)
    }
}
