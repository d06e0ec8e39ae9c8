use crate::sanitize::clean;
use std::fmt;

/// A table that could not be loaded: the file, where in it (when known), and
/// what is wrong, printed as `file:line:column: problem`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    pub file: String,
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl TableError {
    pub fn whole_file(file: impl Into<String>, message: impl Into<String>) -> TableError {
        TableError { file: file.into(), position: None, message: message.into() }
    }

    /// An error at byte `offset` of `text`, reported as 1-based line and
    /// column (the column counts characters, as editors do).
    pub fn at_offset(file: &str, text: &str, offset: usize, message: impl Into<String>) -> TableError {
        TableError { file: file.to_string(), position: Some(line_and_column(text, offset)), message: message.into() }
    }

    pub fn line(&self) -> Option<usize> {
        self.position.map(|(line, _)| line)
    }
}

pub(crate) use crate::source::line_and_column;

/// The file name and the message quote input (a key, a value, the name
/// itself), so both are shown cleaned: no escape sequence in them reaches a
/// terminal.
impl From<crate::source::SourceError> for TableError {
    fn from(err: crate::source::SourceError) -> TableError {
        TableError { file: err.file, position: err.position, message: err.message }
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (file, message) = (clean(&self.file), clean(&self.message));
        match self.position {
            Some((line, column)) => write!(f, "{file}:{line}:{column}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

impl std::error::Error for TableError {}
