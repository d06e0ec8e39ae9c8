//! Every file httpref reads comes in here, whether the user named it or
//! httpref found it on its own: opened first, without blocking (a FIFO with
//! no writer cannot hang the open), then looked at on the open handle (so
//! nothing can be swapped in between a check and the open), then read within
//! a limit that fits what it is.

use crate::platform::{self, Kind};
use crate::sanitize::clean;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// No input is read past this: 100,000 rows take about 18 MB, so this
/// leaves room for catalogues far beyond any real API's.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A file that could not be read: which, where in it (when known), and why,
/// printed as `file:line:column: problem`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    pub position: Option<(usize, usize)>,
    pub message: String,
    /// The bytes of text that was not UTF-8, for a reader that knows another way to read them.
    pub undecoded: Option<Vec<u8>>,
}

impl SourceError {
    pub fn whole_file(file: impl Into<String>, message: impl Into<String>) -> SourceError {
        SourceError { file: file.into(), position: None, message: message.into(), undecoded: None }
    }

    /// A file that could not be opened or read.
    pub fn cannot_read(file: &str, err: &std::io::Error) -> SourceError {
        SourceError::whole_file(file, format!("cannot read: {}", io_reason(err)))
    }

    /// Bytes of `file` that are not UTF-8, `err` saying where the first bad one is.
    pub fn not_utf8(file: &str, bytes: &[u8], err: std::str::Utf8Error) -> SourceError {
        let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
        let position = Some(line_and_column(valid, valid.len()));
        let message = "not valid UTF-8 text".to_string();
        SourceError { file: file.to_string(), position, message, undecoded: None }
    }

    /// Input over `limit` bytes; `size` when known (a regular file's).
    pub fn too_large(file: impl Into<String>, limit: u64, size: Option<u64>) -> SourceError {
        const KIB: u64 = 1024;
        const MIB: u64 = 1024 * KIB;
        let (unit, name) = if limit >= MIB { (MIB, "MiB") } else { (KIB, "KiB") };
        let mut message = format!("larger than {} {name}", limit / unit);
        if let Some(size) = size {
            message.push_str(&format!(" ({} {name})", size.div_ceil(unit)));
        }
        SourceError::whole_file(file, message)
    }
}

/// The file name and the message may quote anything, so both are shown cleaned.
impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (file, message) = (clean(&self.file), clean(&self.message));
        match self.position {
            Some((line, column)) => write!(f, "{file}:{line}:{column}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

/// Byte `offset` of `text` as 1-based line and column (the column counts
/// characters, as editors do).
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
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

/// How a file came to be read, which says what it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Named by the user (`--table`, `import FILE`): a regular file, or a
    /// FIFO or device (`<(…)`, `/dev/stdin`), read up to [`MAX_FILE_BYTES`].
    Named,
    /// Found by httpref on its own (the config folder, a project's
    /// `.httpref.toml`): a regular file only, of at most `limit` bytes.
    Found { limit: u64 },
}

impl Access {
    fn limit(self) -> u64 {
        match self {
            Access::Named => MAX_FILE_BYTES,
            Access::Found { limit } => limit.min(MAX_FILE_BYTES),
        }
    }
}

/// Reads a file of UTF-8 text, as tables, pages and the config must be. A
/// file of the wrong kind, too large, unreadable or not UTF-8 is an error
/// naming it. A leading byte order mark is dropped.
pub fn read_text(path: &Path, access: Access) -> Result<String, SourceError> {
    read_if_present(path, access)?
        .ok_or_else(|| SourceError::whole_file(path.display().to_string(), "cannot read: no such file"))
}

/// As [`read_text`], but a file that is not there (nor a link to one) is `None`.
pub fn read_if_present(path: &Path, access: Access) -> Result<Option<String>, SourceError> {
    let name = path.display().to_string();
    let cannot_read = |err: std::io::Error| SourceError::cannot_read(&name, &err);
    let (file, kind) = match platform::open_for_reading(path) {
        Ok(opened) => opened,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(cannot_read(err)),
    };
    let limit = access.limit();
    match (kind, access) {
        (Kind::Directory, Access::Named) => {
            return Err(SourceError::whole_file(name, "is a directory, not a table file"))
        }
        (Kind::Regular { .. }, _) | (Kind::Fifo | Kind::Device, Access::Named) => {}
        (kind, _) => return Err(SourceError::whole_file(name, format!("is {}, not a regular file", kind.describe()))),
    }
    if kind == Kind::Fifo {
        platform::wait_for_writer(&file).map_err(cannot_read)?;
    }
    platform::make_blocking(&file).map_err(cannot_read)?;
    // A regular file's size is known: a file too large is refused before reading.
    let known_size = match kind {
        Kind::Regular { size } => Some(size),
        _ => None,
    };
    if let Some(size) = known_size.filter(|&size| size > limit) {
        return Err(SourceError::too_large(name, limit, Some(size)));
    }
    match known_size.filter(|&size| size >= PARALLEL_READ_BYTES) {
        Some(size) => read_in_halves(&name, file, size as usize),
        None => read_limited(&name, file, known_size.unwrap_or(0), limit),
    }
    .map(Some)
}

/// Files this large are read, and checked to be UTF-8, a half on each of two threads.
pub(crate) const PARALLEL_READ_BYTES: u64 = 4 << 20;

/// A regular file of `size` bytes, its halves read and checked at once. A
/// file that turns out not to be that size (it changed) is read again whole.
fn read_in_halves(name: &str, file: File, size: usize) -> Result<String, SourceError> {
    // Read as any other input is, from the start.
    let read_whole = |mut file: File| {
        use std::io::Seek;
        file.rewind().map_err(|err| SourceError::cannot_read(name, &err))?;
        read_limited(name, file, size as u64, MAX_FILE_BYTES)
    };
    let mut bytes: Vec<u8> = Vec::new();
    bytes.try_reserve_exact(size).map_err(|_| SourceError::whole_file(name, "cannot read: out of memory"))?;
    platform::advise_huge_pages(&mut bytes);
    // Read straight into the reserved room: zeroing it first would cost as much as reading.
    let middle = size / 2;
    let (first, second) = bytes.spare_capacity_mut()[..size].split_at_mut(middle);
    let (a, b) = rayon::join(
        || platform::read_exact_at(&file, first, 0),
        || platform::read_exact_at(&file, second, middle as u64),
    );
    if a.is_err() || b.is_err() {
        return read_whole(file);
    }
    // SAFETY: both reads filled their part, so all `size` bytes are written.
    unsafe { bytes.set_len(size) };
    let mut probe = [std::mem::MaybeUninit::uninit()];
    if platform::read_exact_at(&file, &mut probe, size as u64).is_ok() {
        // Longer than it said.
        return read_whole(file);
    }
    // Each half checked on its own, cut where a character starts.
    let mut cut = middle;
    while cut > 0 && cut < size && bytes[cut] & 0xc0 == 0x80 {
        cut -= 1;
    }
    let (first, second) = bytes.split_at(cut);
    let (a, b) = rayon::join(|| std::str::from_utf8(first).is_ok(), || std::str::from_utf8(second).is_ok());
    if a && b {
        // SAFETY: both halves are UTF-8 and the cut is at a character's start, so the whole is.
        let mut text = unsafe { String::from_utf8_unchecked(bytes) };
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        return Ok(text);
    }
    decode_text(name, bytes)
}

/// Reads `reader` (standard input, a pipe, a file) to its end as UTF-8 text,
/// refusing it once it holds more than `limit` bytes: memory stays bounded
/// whatever the input. `size_hint` is the expected size, if known.
pub fn read_limited(name: &str, mut reader: impl Read, size_hint: u64, limit: u64) -> Result<String, SourceError> {
    let limit_bytes = limit.min(MAX_FILE_BYTES) as usize;
    let cannot_read = |err: std::io::Error| SourceError::cannot_read(name, &err);
    let mut bytes = Vec::new();
    // One byte past the hint, so that a file read whole is seen to end without growing.
    let mut capacity = (size_hint as usize).clamp(8 * 1024, limit_bytes.max(8 * 1024)) + 1;
    loop {
        bytes
            .try_reserve_exact(capacity - bytes.len())
            .map_err(|_| SourceError::whole_file(name, "cannot read: out of memory"))?;
        // Fills the buffer exactly (a reader limited to its room never makes it grow) or ends.
        let room = bytes.capacity() - bytes.len();
        let read = (&mut reader).take(room as u64).read_to_end(&mut bytes).map_err(cannot_read)?;
        if bytes.len() > limit_bytes {
            return Err(SourceError::too_large(name, limit, None));
        }
        if read < room {
            return decode_text(name, bytes);
        }
        capacity = (bytes.capacity() * 2).min(limit_bytes + 1);
    }
}

/// Bytes that must be UTF-8 text; a leading byte order mark is dropped.
pub fn decode_text(name: &str, bytes: Vec<u8>) -> Result<String, SourceError> {
    // Windows editors and PowerShell's `>` save UTF-16, marked by its byte order mark.
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return decode_utf16(name, &bytes[2..], u16::from_le_bytes),
        Some([0xFE, 0xFF]) => return decode_utf16(name, &bytes[2..], u16::from_be_bytes),
        _ => {}
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        // Only a bad file pays for a second look, to name where the bad byte is.
        Err(err) => {
            let mut failed = SourceError::not_utf8(name, err.as_bytes(), err.utf8_error());
            failed.undecoded = Some(err.into_bytes());
            Err(failed)
        }
    }
}

fn decode_utf16(name: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, SourceError> {
    let pairs = bytes.chunks_exact(2);
    let odd = !pairs.remainder().is_empty();
    let mut text = String::with_capacity(bytes.len() / 2);
    for decoded in char::decode_utf16(pairs.map(|pair| unit([pair[0], pair[1]]))) {
        match decoded {
            Ok(c) => text.push(c),
            Err(_) => return Err(not_utf16(name, &text)),
        }
    }
    if odd {
        return Err(not_utf16(name, &text));
    }
    Ok(text)
}

/// UTF-16 that went wrong after `read`, the text decoded before the bad unit.
fn not_utf16(name: &str, read: &str) -> SourceError {
    let position = Some(line_and_column(read, read.len()));
    let message = "not valid UTF-16 text".to_string();
    SourceError { file: name.to_string(), position, message, undecoded: None }
}

/// Why an open or a read failed, in a few words.
pub fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ if platform::is_link_loop(err) => "too many levels of symbolic links".to_string(),
        // The system's words without their number: "no such device or address".
        _ => {
            let text = err.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            let mut chars = text.chars();
            chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
        }
    }
}

#[cfg(test)]
mod tests;

/// Bytes read as Windows-1252, the encoding web pages that are not UTF-8 are most often in
/// (a browser's default too): every byte is a character, so nothing is refused.
pub fn windows_1252(bytes: &[u8]) -> String {
    // 0x80–0x9F; the five the encoding leaves unassigned stay the control characters Latin-1 has.
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes.iter().map(|&b| if (0x80..0xA0).contains(&b) { HIGH[usize::from(b - 0x80)] } else { char::from(b) }).collect()
}
