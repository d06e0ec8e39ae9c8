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

    /// Input over [`super::MAX_FILE_BYTES`]; `size` when known (a regular file's).
    pub fn too_large(file: impl Into<String>, size: Option<u64>) -> TableError {
        const MIB: u64 = 1024 * 1024;
        let mut message = format!("larger than {} MiB", super::MAX_FILE_BYTES / MIB);
        if let Some(size) = size {
            message.push_str(&format!(" ({} MiB)", size.div_ceil(MIB)));
        }
        TableError::whole_file(file, message)
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

pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The file name and the message quote input (a key, a value, the name
/// itself), so both are shown cleaned: no escape sequence in them reaches a
/// terminal.
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
