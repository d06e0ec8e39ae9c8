//! A fast reader for the shape tables almost always have: `[[normal]]` and
//! `[[abnormal]]` headers, `key = "basic string"` lines, comments and blank
//! lines. It accepts only text the TOML parser would read the same way; at
//! anything else (multi-line strings, inline tables, unusual escapes, unknown
//! or repeated keys, a missing field) it gives up and the TOML parser
//! decides, so that parser stays the authority on every error message.

use super::entry::ALIASES;
use super::fields::{RawFields, Sink, Value, KEYS};
use rayon::prelude::*;
use std::borrow::Cow;

/// Text below this size is read on one thread.
const PARALLEL_MIN_BYTES: usize = 1 << 20;

/// Reads `text` in pieces (in parallel for large text), each piece's rows
/// into a sink of its own made by `new_sink` (told the piece's size in
/// bytes); the sinks in file order. `None` when the text is not of the shape
/// this reader knows.
pub(super) fn parse<'a, S: Sink<'a> + Send>(text: &'a str, new_sink: impl Fn(usize) -> S + Sync) -> Option<Vec<S>> {
    if text.len() < PARALLEL_MIN_BYTES {
        // Read here, without starting the thread pool: most tables are small.
        let mut sink = new_sink(text.len());
        parse_range(text, 0, text.len(), &mut sink)?;
        return Some(vec![sink]);
    }
    let chunks = chunk_starts(text, rayon::current_num_threads());
    let ranges: Vec<(usize, usize)> =
        chunks.iter().zip(chunks.iter().skip(1).chain([&text.len()])).map(|(&a, &b)| (a, b)).collect();
    ranges
        .par_iter()
        .map(|&(start, end)| {
            let mut sink = new_sink(end - start);
            parse_range(text, start, end, &mut sink)?;
            Some(sink)
        })
        .collect()
}

/// Rows as read, in file order: for comparing readers.
#[derive(Default)]
struct Collect<'a> {
    rows: Vec<(bool, RawFields<'a>)>,
}

impl<'a> Sink<'a> for Collect<'a> {
    fn row(&mut self, normal: bool, fields: &mut RawFields<'a>) {
        self.rows.push((normal, std::mem::take(fields)));
    }
}

/// Every row `text` holds, Normal rows first, as this reader reads them.
fn rows(text: &str) -> Option<Vec<RawFields<'_>>> {
    let pieces = parse(text, |_| Collect::default())?;
    let all: Vec<(bool, RawFields)> = pieces.into_iter().flat_map(|piece| piece.rows).collect();
    let (normal, abnormal): (Vec<_>, Vec<_>) = all.into_iter().partition(|(normal, _)| *normal);
    Some(normal.into_iter().chain(abnormal).map(|(_, fields)| fields).collect())
}

/// Whether the TOML parser reads `text` exactly as this reader does, spans
/// and all (`Err` says how not). Text this reader gives up on agrees.
pub(super) fn agrees_with_toml(text: &str) -> Result<(), String> {
    let Some(fast) = rows(text) else { return Ok(()) };
    let full = super::fields::parse_toml("text", text)
        .map_err(|err| format!("the fast reader took text the TOML parser refuses: {err}"))?;
    let full: Vec<RawFields> = full.normal.into_iter().chain(full.abnormal).map(|row| row.into_fields()).collect();
    if fast.len() != full.len() {
        return Err(format!("{} rows read fast, {} by TOML", fast.len(), full.len()));
    }
    for (fast, full) in fast.iter().zip(&full) {
        let shown = |fields: &RawFields| {
            fields.iter().map(|field| field.as_ref().map(|v| (v.span.clone(), v.text.to_string()))).collect::<Vec<_>>()
        };
        let (fast, full) = (shown(fast), shown(full));
        if fast != full {
            return Err(format!("read fast as {fast:?}, by TOML as {full:?}"));
        }
    }
    Ok(())
}

/// Where to cut `text` into about `count` pieces, each but the first starting
/// at a `[[` header line, so that each piece reads on its own.
fn chunk_starts(text: &str, count: usize) -> Vec<usize> {
    let mut starts = vec![0];
    for index in 1..count {
        let target = (text.len() / count * index).max(*starts.last().unwrap_or(&0));
        match memchr::memmem::find(&text.as_bytes()[target..], b"\n[[") {
            Some(found) => starts.push(target + found + 1),
            None => break,
        }
    }
    starts.dedup();
    starts
}

fn parse_range<'a>(text: &'a str, start: usize, end: usize, sink: &mut impl Sink<'a>) -> Option<()> {
    let bytes = &text.as_bytes()[..end];
    let mut group: Option<bool> = None;
    let mut fields = Fields::default();
    let mut at = start;
    loop {
        at = skip_blanks(bytes, at);
        match bytes.get(at) {
            None => break,
            Some(b'\n') => {
                at += 1;
                continue;
            }
            Some(b'#' | b'[' | b'\r') => {
                let (line, next) = line_at(text, at, end);
                at = next;
                if line.is_empty() || line.starts_with('#') {
                    if !is_clean_comment(line) {
                        return None;
                    }
                    continue;
                }
                if let Some(done) = group.replace(header(line)?) {
                    push(sink, done, &mut fields)?;
                }
                continue;
            }
            // A field before any `[[` header.
            Some(_) if group.is_none() => return None,
            Some(_) => {}
        }
        // A `key = "value"` line, read without looking for its end first:
        // the value's closing quote is almost always followed by it.
        let (slot, key_len) = known_key(&bytes[at..])?;
        let mut value_at = skip_blanks(bytes, at + key_len);
        if bytes.get(value_at) != Some(&b'=') {
            return None;
        }
        value_at = skip_blanks(bytes, value_at + 1);
        let (value, printable, after_value) = match slot {
            ALIASES => one_line_list(&text[value_at..end])?,
            _ => basic_string(&text[value_at..end])?,
        };
        let quote_end = end - after_value.len();
        let after = skip_blanks(bytes, quote_end);
        at = match bytes.get(after) {
            None => end,
            Some(b'\n') => after + 1,
            Some(b'\r') if bytes.get(after + 1) == Some(&b'\n') => after + 2,
            Some(b'#') => {
                let (comment, next) = line_at(text, after, end);
                if !is_clean_comment(comment) {
                    return None;
                }
                next
            }
            Some(_) => return None,
        };
        fields.set(slot, Value { span: value_at..quote_end, text: value, printable })?;
    }
    if let Some(done) = group {
        push(sink, done, &mut fields)?;
    }
    Some(())
}

/// The line from `at` (without its line break; a CR ends a line only before
/// a LF, as TOML has it) and where the next line starts.
fn line_at(text: &str, at: usize, end: usize) -> (&str, usize) {
    match memchr::memchr(b'\n', &text.as_bytes()[at..end]) {
        Some(found) => {
            let line = &text[at..at + found];
            (line.strip_suffix('\r').unwrap_or(line), at + found + 1)
        }
        None => (&text[at..end], end),
    }
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
        at += 1;
    }
    at
}

/// The known key `line` starts with (its index and length), if followed by a
/// blank or `=`: a bare key TOML would read as that key.
fn known_key(line: &[u8]) -> Option<(usize, usize)> {
    KEYS.iter().enumerate().find_map(|(slot, key)| {
        let after = line.strip_prefix(key.as_bytes())?;
        matches!(after.first(), Some(b' ' | b'\t' | b'=')).then_some((slot, key.len()))
    })
}

fn header(content: &str) -> Option<bool> {
    let (is_normal, rest) = match content.strip_prefix("[[normal]]") {
        Some(rest) => (true, rest),
        None => (false, content.strip_prefix("[[abnormal]]")?),
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    (rest.is_empty() || rest.starts_with('#') && is_clean_comment(rest)).then_some(is_normal)
}

/// TOML forbids control characters (other than tab) in comments.
fn is_clean_comment(comment: &str) -> bool {
    !comment.chars().any(|c| c != '\t' && (c.is_control()))
}

/// Whether a byte ends a string's plain run: a quote, a backslash, or
/// anything but printable ASCII.
fn ends_plain_run(b: u8) -> bool {
    b.wrapping_sub(0x20) >= 0x5f || b == b'"' || b == b'\\'
}

/// How many bytes at the start of `bytes` are printable ASCII other than a
/// quote or backslash: a string's plain run, found 16 bytes at a time.
#[cfg(target_arch = "x86_64")]
fn plain_run(bytes: &[u8]) -> usize {
    use std::arch::x86_64::*;
    let mut checked = 0;
    while checked + 16 <= bytes.len() {
        // SAFETY: SSE2 is part of x86_64, and the unaligned load reads 16 bytes within `bytes`.
        let mask = unsafe {
            let v = _mm_loadu_si128(bytes.as_ptr().add(checked).cast());
            let byte = |b: u8| _mm_set1_epi8(b as i8);
            // As signed bytes, everything from 0x80 up is below a space too.
            let unprintable = _mm_or_si128(_mm_cmplt_epi8(v, byte(0x20)), _mm_cmpeq_epi8(v, byte(0x7f)));
            let quote_or_escape = _mm_or_si128(_mm_cmpeq_epi8(v, byte(b'"')), _mm_cmpeq_epi8(v, byte(b'\\')));
            _mm_movemask_epi8(_mm_or_si128(unprintable, quote_or_escape))
        };
        if mask != 0 {
            return checked + mask.trailing_zeros() as usize;
        }
        checked += 16;
    }
    checked + plain_run_bytewise(&bytes[checked..])
}

#[cfg(not(target_arch = "x86_64"))]
fn plain_run(bytes: &[u8]) -> usize {
    plain_run_bytewise(bytes)
}

fn plain_run_bytewise(bytes: &[u8]) -> usize {
    bytes.iter().position(|&b| ends_plain_run(b)).unwrap_or(bytes.len())
}

/// A list of basic strings on one line at the start of `text` (`["a", "b"]`,
/// a comma after the last allowed): the strings as the one field `aliases`
/// is kept in, and what follows the list.
fn one_line_list(text: &str) -> Option<(Cow<'_, str>, bool, &str)> {
    let mut rest = text.strip_prefix('[')?;
    let mut items = Vec::new();
    loop {
        rest = rest.trim_start_matches([' ', '\t']);
        if let Some(after) = rest.strip_prefix(']') {
            return Some((Cow::Owned(super::fields::joined_aliases(items)), false, after));
        }
        let (item, _, after) = basic_string(rest)?;
        items.push(item.into_owned());
        rest = after.trim_start_matches([' ', '\t']);
        match rest.strip_prefix(',') {
            Some(after) => rest = after,
            None if rest.starts_with(']') => {}
            None => return None,
        }
    }
}

/// A one-line basic string at the start of `text`: its value (borrowed when
/// written without escapes), whether that is all printable ASCII, and what
/// follows it.
fn basic_string(text: &str) -> Option<(Cow<'_, str>, bool, &str)> {
    let body = text.strip_prefix('"')?;
    if body.starts_with("\"\"") {
        return None;
    }
    // Most values are printable ASCII up to their closing quote.
    let run = plain_run(body.as_bytes());
    if body.as_bytes().get(run) == Some(&b'"') {
        return Some((Cow::Borrowed(&body[..run]), true, &body[run + 1..]));
    }
    let plain_end = run + memchr::memchr2(b'"', b'\\', &body.as_bytes()[run..])?;
    let plain = &body[..plain_end];
    if body.as_bytes()[plain_end] == b'"' && !plain.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Some((Cow::Borrowed(plain), false, &body[plain_end + 1..]));
    }
    let mut value = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => return Some((Cow::Owned(value), false, &body[index + 1..])),
            '\\' => {
                let escaped = match chars.next()?.1 {
                    '"' => '"',
                    '\\' => '\\',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => hex_char(&mut chars, 4)?,
                    'U' => hex_char(&mut chars, 8)?,
                    _ => return None,
                };
                value.push(escaped);
            }
            c if c != '\t' && c.is_control() => return None,
            c => value.push(c),
        }
    }
    None
}

fn hex_char(chars: &mut std::str::CharIndices, digits: usize) -> Option<char> {
    let mut code = 0u32;
    for _ in 0..digits {
        code = code * 16 + chars.next()?.1.to_digit(16)?;
    }
    char::from_u32(code)
}

/// The fields of the row being read.
#[derive(Default)]
struct Fields<'a>(RawFields<'a>);

impl<'a> Fields<'a> {
    /// Stores a field; `None` for a repeated key.
    fn set(&mut self, slot: usize, value: Value<'a>) -> Option<()> {
        let slot = &mut self.0[slot];
        if slot.is_some() {
            return None;
        }
        *slot = Some(value);
        Some(())
    }
}

/// A row read whole goes to the sink, which takes its fields; one without
/// its required fields is the TOML parser's to explain.
fn push<'a>(sink: &mut impl Sink<'a>, is_normal: bool, fields: &mut Fields<'a>) -> Option<()> {
    if fields.0[..3].iter().any(Option::is_none) {
        return None;
    }
    sink.row(is_normal, &mut fields.0);
    fields.0 = RawFields::default();
    Some(())
}

#[cfg(test)]
mod tests;
