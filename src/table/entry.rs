//! Rows as a table keeps them, spans into one buffer of text, and as they
//! are read: [`Entry`], whose fields borrow that text.

use super::Group;
use serde::Serialize;

/// One row. Every text field has passed [`crate::sanitize::clean`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Entry<'a> {
    pub code: &'a str,
    pub reason: &'a str,
    pub description: &'a str,
    pub group: Group,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub go: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub python: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<&'a str>,
    /// The HTTP status an API error code is returned with ("404" for "APIG.0101").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'a str>,
    /// Other names the code goes by (former reason phrases, the words people
    /// use for it), each ended by [`ALIAS_END`]; see [`Entry::aliases`].
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "aliases_as_list")]
    pub aliases: Option<&'a str>,
    /// Where the code is defined or documented, as the table gives it
    /// (`--json` gives the link made from it or from the spec: see `link`).
    #[serde(skip)]
    pub url: Option<&'a str>,
}

/// Ends each alias in [`Entry::aliases`]: a control character, which cleaned
/// table text never holds, so no alias can contain it.
pub const ALIAS_END: char = '\u{1f}';

fn aliases_as_list<S: serde::Serializer>(aliases: &Option<&str>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(aliases.iter().flat_map(|joined| joined.split_terminator(ALIAS_END)))
}

impl<'a> Entry<'a> {
    /// "404 Not Found", or the code alone when it has no short name.
    pub fn title(&self) -> String {
        match self.reason.is_empty() {
            true => self.code.to_string(),
            false => format!("{} {}", self.code, self.reason),
        }
    }

    /// The names the code also goes by.
    pub fn aliases(&self) -> impl Iterator<Item = &'a str> {
        self.aliases.into_iter().flat_map(|joined| joined.split_terminator(ALIAS_END))
    }

    /// The optional reference fields that are present, with their labels.
    pub fn extras(&self) -> impl Iterator<Item = (&'static str, &'a str)> {
        [("Status", self.status), ("Spec", self.spec), ("Rust", self.rust), ("Go", self.go), ("Python", self.python)]
            .into_iter()
            .filter_map(|(label, value)| value.map(|v| (label, v)))
    }
}

/// The fields of a row, in the order [`Spans`] holds them.
pub(super) const FIELDS: usize = 11;
pub(super) const CODE: usize = 0;
pub(super) const REASON: usize = 1;
pub(super) const DESCRIPTION: usize = 2;
pub(super) const STATUS: usize = 8;
pub(super) const ALIASES: usize = 9;
pub(super) const URL: usize = 10;

/// Where a field's text is: a range of the file's text, or of the text
/// cleaned or unescaped on loading. Absent fields have no range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    start: u32,
    len: u32,
}

/// Marks a span into the cleaned text rather than the file's.
const CLEANED: u32 = 1 << 31;

/// Marks a span that stands for one of a piece's own strings until the
/// table takes them (see `parse`).
const PENDING: u32 = 1 << 30;

impl Span {
    pub const ABSENT: Span = Span { start: 0, len: u32::MAX };

    /// Stands for the `index`th string a piece of the file had to make.
    pub fn pending(index: u32) -> Span {
        Span { start: index | PENDING, len: 0 }
    }

    /// The index of the string this span stands for, if it stands for one.
    pub fn pending_index(self) -> Option<u32> {
        (self.len != u32::MAX && self.start & CLEANED == 0 && self.start & PENDING != 0)
            .then_some(self.start & !PENDING)
    }

    /// This span's text in `file`: only for spans of the file's own text.
    pub fn slice(self, file: &str) -> &str {
        &file[self.start as usize..(self.start + self.len) as usize]
    }
}

/// A row's fields: code, reason, description, spec, rust, go, python, notes, status, aliases, url.
pub(super) type Spans = [Span; FIELDS];

/// Rows' spans in table order, kept in the runs they were read in (a run
/// per piece of the file and group), so that a large table's rows are never
/// copied into one vector.
#[derive(Debug, Clone, Default)]
pub(super) struct Runs {
    /// Each run's first row.
    starts: Vec<usize>,
    runs: Vec<Vec<Spans>>,
    len: usize,
}

impl Runs {
    pub fn push_run(&mut self, run: Vec<Spans>) {
        if run.is_empty() {
            return;
        }
        self.starts.push(self.len);
        self.len += run.len();
        self.runs.push(run);
    }

    pub fn push(&mut self, row: Spans) {
        match self.runs.last_mut() {
            Some(last) => last.push(row),
            None => {
                self.starts.push(0);
                self.runs.push(vec![row]);
            }
        }
        self.len += 1;
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Row `index`; panics past the end, as indexing does.
    pub fn get(&self, index: usize) -> &Spans {
        // A handful of runs: the last that starts at or before the row.
        let run = match self.runs.len() {
            1 => 0,
            _ => self.starts.partition_point(|&start| start <= index).saturating_sub(1),
        };
        &self.runs[run][index - self.starts[run]]
    }
}

/// The text every field is in: the file's own, where a field is used as
/// written (almost always), and the few fields that had to change.
#[derive(Debug, Clone, Default)]
pub(super) struct Text {
    file: String,
    cleaned: String,
}

impl Text {
    /// This text with `file` as the file's text, the cleaned text made first.
    /// Files over 2 GiB are refused long before (see `MAX_FILE_BYTES`).
    pub fn with_file(self, file: String) -> Text {
        debug_assert!(file.len() < PENDING as usize);
        Text { file, ..self }
    }

    /// The span of `field` when it is a slice of `file` (the text this will hold).
    pub fn in_file(file: &str, field: &str) -> Option<Span> {
        let at = (field.as_ptr() as usize).checked_sub(file.as_ptr() as usize)?;
        (at + field.len() <= file.len()).then_some(Span { start: at as u32, len: field.len() as u32 })
    }

    /// A span for a copy of `field` in the cleaned text.
    pub fn push(&mut self, field: &str) -> Span {
        let start = self.cleaned.len() as u32 | CLEANED;
        self.cleaned.push_str(field);
        Span { start, len: field.len() as u32 }
    }

    pub fn get(&self, span: Span) -> Option<&str> {
        if span.len == u32::MAX {
            return None;
        }
        let (text, start) = match span.start & CLEANED {
            0 => (&self.file, span.start as usize),
            _ => (&self.cleaned, (span.start & !CLEANED) as usize),
        };
        Some(&text[start..start + span.len as usize])
    }

    /// The entry whose fields `spans` holds.
    pub fn entry(&self, spans: &Spans, group: Group) -> Entry<'_> {
        let field = |index: usize| self.get(spans[index]);
        Entry {
            code: field(CODE).unwrap_or_default(),
            reason: field(REASON).unwrap_or_default(),
            description: field(DESCRIPTION).unwrap_or_default(),
            group,
            spec: field(3),
            rust: field(4),
            go: field(5),
            python: field(6),
            notes: field(7),
            status: field(STATUS),
            aliases: field(ALIASES),
            url: field(URL),
        }
    }

    /// Spans for a copy of `entry` in this text.
    pub fn push_entry(&mut self, entry: &Entry<'_>) -> Spans {
        let fields = [
            Some(entry.code),
            Some(entry.reason),
            Some(entry.description),
            entry.spec,
            entry.rust,
            entry.go,
            entry.python,
            entry.notes,
            entry.status,
            entry.aliases,
            entry.url,
        ];
        fields.map(|field| field.map_or(Span::ABSENT, |text| self.push(text)))
    }
}

#[cfg(test)]
mod tests;
