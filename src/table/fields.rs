//! A row's fields as read, before any rule is checked: the shape both
//! readers produce (the fast reader and the TOML parser), and the TOML
//! parser's reading.

use super::entry::{ALIAS_END, FIELDS};
use super::TableError;
use serde::Deserialize;
use std::borrow::Cow;
use std::ops::Range;
use toml::Spanned;

/// The keys a row may have, in the order [`Spans`] holds them.
pub(super) const KEYS: [&str; FIELDS] =
    ["code", "reason", "description", "spec", "rust", "go", "python", "notes", "status", "aliases", "url"];

/// A field as read: where its value stands in the file, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Value<'a> {
    pub span: Range<usize>,
    pub text: Cow<'a, str>,
    /// Known to be printable ASCII, so that cleaning would change nothing.
    pub printable: bool,
}

pub(super) type RawFields<'a> = [Option<Value<'a>>; FIELDS];

/// Takes each row a reader finds, in file order.
pub(super) trait Sink<'a> {
    /// Takes what it keeps of `fields`; the reader clears the rest.
    fn row(&mut self, normal: bool, fields: &mut RawFields<'a>);
}

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
    pub aliases: Option<Spanned<Vec<String>>>,
    pub url: Option<Spanned<String>>,
}

impl RawEntry {
    pub fn into_fields(self) -> RawFields<'static> {
        let value = |field: Spanned<String>| Value {
            span: field.span(),
            text: Cow::Owned(field.into_inner()),
            printable: false,
        };
        let aliases = self.aliases.map(|list| {
            let span = list.span();
            Spanned::new(span, joined_aliases(list.into_inner()))
        });
        let fields = [
            Some(self.code),
            Some(self.reason),
            Some(self.description),
            self.spec,
            self.rust,
            self.go,
            self.python,
            self.notes,
            self.status,
            aliases,
            self.url,
        ];
        fields.map(|field| field.map(value))
    }
}

/// Aliases as one field: each cleaned and trimmed, those that show nothing
/// left out, each ended by [`ALIAS_END`] (which cleaning never leaves in).
pub(super) fn joined_aliases(list: Vec<String>) -> String {
    let mut joined = String::new();
    for alias in list {
        let alias = crate::sanitize::clean(alias.trim());
        if !super::invisible::is_blank(&alias) {
            joined.push_str(alias.trim());
            joined.push(ALIAS_END);
        }
    }
    joined
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
