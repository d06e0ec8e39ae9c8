//! The one code table everything reads: the embedded default or a user's
//! `--table FILE`, both parsed and validated by the same code.

mod depth;
mod duplicates;
mod entry;
mod error;
mod fast;
pub mod generate;
mod invisible;
mod parse;

pub use entry::Entry;
pub(crate) use error::line_and_column;
pub use error::TableError;
pub use invisible::{is_blank, strip_ignorable};

use serde::Serialize;
use std::io::Read;
use std::path::Path;

/// The embedded default: the reference page's Normal and Abnormal tables.
pub const EMBEDDED_SOURCE: &str = include_str!("../../assets/status_codes.toml");
pub const EMBEDDED_NAME: &str = "<embedded table>";

/// Larger table files are refused before reading: 100,000 rows take about
/// 18 MB, so this leaves room for catalogues far beyond any real API's.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Normal,
    Abnormal,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Normal, Group::Abnormal];

    pub fn key(self) -> &'static str {
        match self {
            Group::Normal => "normal",
            Group::Abnormal => "abnormal",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Group::Normal => "Normal",
            Group::Abnormal => "Abnormal",
        }
    }
}

/// Entries in file order within each group, Normal first, their text in
/// one buffer.
#[derive(Debug, Clone)]
pub struct Table {
    text: entry::Text,
    spans: entry::Runs,
    normal_len: usize,
    /// When rows of several catalogues are shown together: their names, and
    /// for each row the index of its catalogue's name. Empty for one table.
    catalogues: Vec<String>,
    catalogue_of_row: Vec<u16>,
}

impl Table {
    pub fn embedded() -> Table {
        parse::parse_string(EMBEDDED_NAME, EMBEDDED_SOURCE.to_string()).expect("the embedded table is valid")
    }

    /// Reads and validates a user's table file.
    pub fn load(path: &Path) -> Result<Table, TableError> {
        let text = read_text(path)?;
        parse::parse_string(&path.display().to_string(), text)
    }

    /// Reads a table from raw bytes (which must be UTF-8), named `name` in errors.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Table, TableError> {
        parse::parse_string(name, parse::decode_utf8(name, bytes)?.to_string())
    }

    pub fn from_toml(name: &str, text: &str) -> Result<Table, TableError> {
        parse::parse_string(name, text.to_string())
    }

    fn from_spans(text: entry::Text, spans: entry::Runs, normal_len: usize) -> Table {
        Table { text, spans, normal_len, catalogues: Vec::new(), catalogue_of_row: Vec::new() }
    }

    /// Several catalogues' tables as one: each group's rows, catalogue by
    /// catalogue, every row knowing its catalogue's name.
    pub fn merged(parts: &[(&str, std::sync::Arc<Table>)]) -> Table {
        let mut text = entry::Text::default();
        let mut spans = entry::Runs::default();
        let mut catalogue_of_row = Vec::new();
        let mut normal_len = 0;
        for group in Group::ALL {
            for (index, (_, table)) in parts.iter().enumerate() {
                for row in table.group_range(group) {
                    spans.push(text.push_entry(&table.entry(row)));
                    catalogue_of_row.push(u16::try_from(index).unwrap_or(u16::MAX));
                }
            }
            if group == Group::Normal {
                normal_len = spans.len();
            }
        }
        let catalogues = parts.iter().map(|(name, _)| name.to_string()).collect();
        Table { text, spans, normal_len, catalogues, catalogue_of_row }
    }

    /// The catalogue a row comes from, when several are shown together.
    pub fn catalogue_of(&self, row: usize) -> Option<&str> {
        let index = *self.catalogue_of_row.get(row)?;
        self.catalogues.get(usize::from(index)).map(String::as_str)
    }

    /// The catalogues shown together, if there are several.
    pub fn catalogues(&self) -> &[String] {
        &self.catalogues
    }

    /// Row `index`; panics past the end, as indexing does.
    pub fn entry(&self, index: usize) -> Entry<'_> {
        let group = if index < self.normal_len { Group::Normal } else { Group::Abnormal };
        self.text.entry(self.spans.get(index), group)
    }

    /// Every row, Normal first.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = Entry<'_>> + Clone + '_ {
        (0..self.len()).map(|index| self.entry(index))
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.len() == 0
    }

    pub fn get(&self, index: usize) -> Option<Entry<'_>> {
        (index < self.len()).then(|| self.entry(index))
    }

    /// Indices of one group's rows.
    pub fn group_range(&self, group: Group) -> std::ops::Range<usize> {
        match group {
            Group::Normal => 0..self.normal_len,
            Group::Abnormal => self.normal_len..self.spans.len(),
        }
    }

    /// One group's rows.
    pub fn group(&self, group: Group) -> impl ExactSizeIterator<Item = Entry<'_>> + Clone + '_ {
        self.group_range(group).map(|index| self.entry(index))
    }

    /// A row's code without building the rest of it.
    pub fn code(&self, index: usize) -> &str {
        self.text.get(self.spans.get(index)[entry::CODE]).unwrap_or_default()
    }

    /// A row's reason without building the rest of it.
    pub fn reason(&self, index: usize) -> &str {
        self.text.get(self.spans.get(index)[entry::REASON]).unwrap_or_default()
    }

    /// The HTTP status an API error code is returned with, without building the rest of the row.
    pub fn status(&self, index: usize) -> Option<&str> {
        self.text.get(self.spans.get(index)[entry::STATUS])
    }

    /// Exact code match, ignoring ASCII case ("apig.0101" finds "APIG.0101").
    pub fn find_code(&self, code: &str) -> Option<usize> {
        (0..self.len()).find(|&index| self.code(index).eq_ignore_ascii_case(code))
    }
}

/// For tests and the fuzz harness, not an API: whether the fast reader and
/// the TOML parser read `text` alike, spans and all (`Err` says how not).
#[doc(hidden)]
pub fn readers_agree(text: &str) -> Result<(), String> {
    fast::agrees_with_toml(text)
}

/// Reads a file of UTF-8 text, as tables and imported pages must be: a
/// directory, a file too large, unreadable or not UTF-8 is an error naming it.
/// Whatever the file is (regular, FIFO, device such as `/dev/zero`), at most
/// [`MAX_FILE_BYTES`] are read.
pub fn read_text(path: &Path) -> Result<String, TableError> {
    let name = path.display().to_string();
    let cannot_read = |err: std::io::Error| TableError::whole_file(&name, format!("cannot read: {}", io_reason(&err)));
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let metadata = file.metadata().map_err(cannot_read)?;
    if metadata.is_dir() {
        return Err(TableError::whole_file(name, "is a directory, not a table file"));
    }
    // A regular file's size is known: a file too large is refused before reading.
    let known_size = metadata.is_file().then_some(metadata.len());
    if let Some(size) = known_size.filter(|&size| size > MAX_FILE_BYTES) {
        return Err(TableError::too_large(name, Some(size)));
    }
    match known_size.filter(|&size| size >= PARALLEL_READ_BYTES) {
        Some(size) => read_in_halves(&name, file, size as usize),
        None => read_limited(&name, file, known_size.unwrap_or(0)),
    }
}

/// Files this large are read, and checked to be UTF-8, a half on each of two threads.
const PARALLEL_READ_BYTES: u64 = 4 << 20;

/// A regular file of `size` bytes, its halves read and checked at once. A
/// file that turns out not to be that size (it changed) is read again whole.
fn read_in_halves(name: &str, file: std::fs::File, size: usize) -> Result<String, TableError> {
    use std::os::unix::fs::FileExt;
    let cannot_read = |err: std::io::Error| TableError::whole_file(name, format!("cannot read: {}", io_reason(&err)));
    let mut bytes: Vec<u8> = Vec::new();
    bytes.try_reserve_exact(size).map_err(|_| TableError::whole_file(name, "cannot read: out of memory"))?;
    advise_huge_pages(&mut bytes);
    // Read straight into the reserved room: zeroing it first would cost as much as reading.
    let middle = size / 2;
    let (first, second) = bytes.spare_capacity_mut()[..size].split_at_mut(middle);
    let (a, b) = rayon::join(|| pread_exact(&file, first, 0), || pread_exact(&file, second, middle as u64));
    if a.is_err() || b.is_err() {
        return read_limited(name, file, size as u64);
    }
    // SAFETY: both reads filled their part, so all `size` bytes are written.
    unsafe { bytes.set_len(size) };
    let mut probe = [0u8; 1];
    let grown = file.read_at(&mut probe, size as u64).map_err(cannot_read)? > 0;
    if grown {
        // Longer than it said: read as any other input is.
        return read_limited(name, file, size as u64);
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

/// Fills `room` with the file's bytes from `offset`, or fails (at the
/// file's end too). Through a raw pointer, as the room is not yet initialised.
fn pread_exact(file: &std::fs::File, room: &mut [std::mem::MaybeUninit<u8>], offset: u64) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let mut done = 0;
    while done < room.len() {
        let rest = &mut room[done..];
        // SAFETY: pread writes at most `rest.len()` bytes into `rest`, which this call borrows alone.
        let read = unsafe {
            libc::pread(file.as_raw_fd(), rest.as_mut_ptr().cast(), rest.len(), (offset + done as u64) as libc::off_t)
        };
        match read {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n if n > 0 => done += n as usize,
            _ => {
                let err = std::io::Error::last_os_error();
                if err.kind() != std::io::ErrorKind::Interrupted {
                    return Err(err);
                }
            }
        }
    }
    Ok(())
}

/// Reads `reader` (standard input, a pipe, a file) to its end as UTF-8 text,
/// refusing it once it holds more than [`MAX_FILE_BYTES`]: memory stays
/// bounded whatever the input. `size_hint` is the expected size, if known.
pub fn read_limited(name: &str, mut reader: impl Read, size_hint: u64) -> Result<String, TableError> {
    let limit = MAX_FILE_BYTES as usize;
    let cannot_read = |err: std::io::Error| TableError::whole_file(name, format!("cannot read: {}", io_reason(&err)));
    let mut bytes = Vec::new();
    // One byte past the hint, so that a file read whole is seen to end without growing.
    let mut capacity = (size_hint as usize).clamp(8 * 1024, limit) + 1;
    loop {
        bytes
            .try_reserve_exact(capacity - bytes.len())
            .map_err(|_| TableError::whole_file(name, "cannot read: out of memory"))?;
        // Fills the buffer exactly (a reader limited to its room never makes it grow) or ends.
        let room = bytes.capacity() - bytes.len();
        let read = (&mut reader).take(room as u64).read_to_end(&mut bytes).map_err(cannot_read)?;
        if bytes.len() > limit {
            return Err(TableError::too_large(name, None));
        }
        if read < room {
            return decode_text(name, bytes);
        }
        capacity = (bytes.capacity() * 2).min(limit + 1);
    }
}

/// Asks the kernel to back a large buffer with huge pages: filling it then
/// takes a few page faults rather than thousands.
fn advise_huge_pages(buffer: &mut Vec<u8>) {
    const HUGE: usize = 2 << 20;
    let start = buffer.as_mut_ptr() as usize;
    let aligned = start.next_multiple_of(HUGE);
    let end = (start + buffer.capacity()) / HUGE * HUGE;
    if end > aligned {
        // SAFETY: the range lies within the buffer's own allocation; the advice
        // changes how its pages are backed, never their contents.
        unsafe { libc::madvise(aligned as *mut libc::c_void, end - aligned, libc::MADV_HUGEPAGE) };
    }
}

/// Bytes that must be UTF-8 text; a leading byte order mark is dropped.
pub fn decode_text(name: &str, bytes: Vec<u8>) -> Result<String, TableError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        // Only a bad file pays for a second look, to name where the bad byte is.
        Err(err) => Err(parse::decode_utf8(name, err.as_bytes()).expect_err("not UTF-8")),
    }
}

fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests;
