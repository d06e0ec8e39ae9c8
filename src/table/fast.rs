//! A fast reader for the shape tables almost always have: `[[normal]]` and
//! `[[abnormal]]` headers, `key = "basic string"` lines, comments and blank
//! lines. It accepts only text the TOML parser would read the same way; at
//! anything else (multi-line strings, inline tables, unusual escapes, unknown
//! or repeated keys, a missing field) it gives up and the TOML parser
//! decides, so that parser stays the authority on every error message.

use super::parse::{RawFields, Sink, Value, KEYS};
use rayon::prelude::*;
use std::borrow::Cow;

/// Text below this size is read on one thread.
const PARALLEL_MIN_BYTES: usize = 1 << 20;

/// Reads `text` in pieces (in parallel for large text), each piece's rows
/// into a sink of its own made by `new_sink` (told the piece's size in
/// bytes); the sinks in file order. `None` when the text is not of the shape
/// this reader knows.
pub(super) fn parse<'a, S: Sink<'a> + Send>(text: &'a str, new_sink: impl Fn(usize) -> S + Sync) -> Option<Vec<S>> {
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
    fn row(&mut self, normal: bool, fields: RawFields<'a>) {
        self.rows.push((normal, fields));
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
    let full = super::parse::parse_toml("text", text)
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
    if text.len() < PARALLEL_MIN_BYTES {
        return starts;
    }
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
    let mut current: Option<(bool, Fields)> = None;
    let mut next_line = start;
    while next_line < end {
        let line_start = next_line;
        let newline = memchr::memchr(b'\n', &text.as_bytes()[line_start..end]);
        let line_end = newline.map_or(end, |i| line_start + i);
        next_line = line_end + 1;
        let line = &text[line_start..line_end];
        // A CR ends a line only before a LF: TOML refuses a bare one, even at the end of the file.
        let line = if newline.is_some() { line.strip_suffix('\r').unwrap_or(line) } else { line };
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let content = &line[indent..];
        if content.is_empty() || content.starts_with('#') {
            if !is_clean_comment(content) {
                return None;
            }
            continue;
        }
        if let Some(is_normal) = header(content) {
            if let Some(done) = current.take() {
                push(sink, done)?;
            }
            current = Some((is_normal, Fields::default()));
            continue;
        }
        let (_, fields) = current.as_mut()?;
        let equals = memchr::memchr(b'=', content.as_bytes())?;
        let (key, rest) = (&content[..equals], &content[equals + 1..]);
        let key = key.trim_end_matches([' ', '\t']);
        let value_text = rest.trim_start_matches([' ', '\t']);
        let value_start = line_start + indent + (content.len() - value_text.len());
        let (value, printable, after_quote) = basic_string(value_text)?;
        let after = after_quote.trim_start_matches([' ', '\t']);
        if !(after.is_empty() || after.starts_with('#') && is_clean_comment(after)) {
            return None;
        }
        let span = value_start..value_start + (value_text.len() - after_quote.len());
        fields.set(key, Value { span, text: value, printable })?;
    }
    if let Some(done) = current.take() {
        push(sink, done)?;
    }
    Some(())
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

/// A one-line basic string at the start of `text`: its value (borrowed when
/// written without escapes), whether that is all printable ASCII, and what
/// follows it.
fn basic_string(text: &str) -> Option<(Cow<'_, str>, bool, &str)> {
    let body = text.strip_prefix('"')?;
    if body.starts_with("\"\"") {
        return None;
    }
    // Most values have no escapes: find the closing quote bytewise and copy once.
    let plain_end = memchr::memchr2(b'"', b'\\', body.as_bytes())?;
    let plain = &body[..plain_end];
    if body.as_bytes()[plain_end] == b'"' {
        // One pass: printable ASCII, or a control TOML refuses (tab aside), or neither.
        let (mut printable, mut control) = (true, false);
        for b in plain.bytes() {
            printable &= (0x20..0x7f).contains(&b);
            control |= (b < 0x20 && b != b'\t') || b == 0x7f;
        }
        if !control {
            return Some((Cow::Borrowed(plain), printable, &body[plain_end + 1..]));
        }
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
    /// Stores a field; `None` for an unknown or repeated key.
    fn set(&mut self, key: &str, value: Value<'a>) -> Option<()> {
        let slot = &mut self.0[KEYS.iter().position(|known| *known == key)?];
        if slot.is_some() {
            return None;
        }
        *slot = Some(value);
        Some(())
    }
}

/// A row read whole goes to the sink; one without its required fields is the TOML parser's to explain.
fn push<'a>(sink: &mut impl Sink<'a>, (is_normal, fields): (bool, Fields<'a>)) -> Option<()> {
    if fields.0[..3].iter().any(Option::is_none) {
        return None;
    }
    sink.row(is_normal, fields.0);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::super::generate::toml_string;
    use super::*;

    fn assert_same(text: &str) {
        assert!(rows(text).is_some(), "fast path gave up on {text:?}");
        agrees_with_toml(text).unwrap_or_else(|why| panic!("{why}: {text:?}"));
    }

    #[test]
    fn reads_the_embedded_table_as_toml_does() {
        assert_same(super::super::EMBEDDED_SOURCE);
    }

    #[test]
    fn reads_generated_tables_as_toml_does() {
        assert_same(&super::super::generate::generate(500));
    }

    #[test]
    fn escapes_comments_crlf_and_indentation() {
        assert_same("# top\r\n[[normal]] # x\r\n  code = \"a\\\"b\" # c\r\n\treason = \"\\u00e9\\t\\\\\"\r\ndescription=\"\\U0001F600 \\b\\f\\n\\r\"\r\n");
    }

    #[test]
    fn large_tables_read_in_pieces_as_a_whole() {
        let text = super::super::generate::generate(20_000);
        assert!(text.len() > PARALLEL_MIN_BYTES);
        let starts = chunk_starts(&text, 4);
        assert_eq!(starts.len(), 4);
        assert!(starts[1..].iter().all(|&start| text[start..].starts_with("[[")));
        let mut whole = Collect::default();
        parse_range(&text, 0, text.len(), &mut whole).unwrap();
        let pieces: Vec<(bool, RawFields)> =
            parse(&text, |_| Collect::default()).unwrap().into_iter().flat_map(|p| p.rows).collect();
        assert_eq!(pieces, whole.rows);
    }

    #[test]
    fn spans_point_at_the_opening_quote() {
        let rows = rows("[[normal]]\ncode = \"200\"\nreason = \"OK\" # c\ndescription = \"d\"\n").unwrap();
        assert_eq!(rows[0][0].as_ref().unwrap().span, 18..23);
        assert_eq!(rows[0][1].as_ref().unwrap().span, 33..37);
        assert!(matches!(rows[0][0].as_ref().unwrap().text, Cow::Borrowed("200")), "used as written");
    }

    /// A table's lines, to be joined with any line endings.
    const LINES: [&str; 12] = [
        "# top",
        "[[normal]]",
        "code = \"200\"",
        "reason = \"OK\" # c",
        "description = \"d\"",
        "",
        "[[abnormal]]",
        "  code = \"404\"",
        "reason = \"Not Found\"",
        "description = \"gone\"",
        "notes = \"n\"",
        "# end",
    ];

    proptest::proptest! {
        #[test]
        fn any_field_text_reads_as_toml_reads_it(
            table_rows in proptest::collection::vec(("(?s).{0,12}", "(?s).{1,20}", "(?s).{0,40}", proptest::bool::ANY), 1..6),
            escape in proptest::bool::ANY,
            crlf in proptest::bool::ANY,
        ) {
            let mut text = String::from("# generated\n");
            for (code, reason, description, normal) in &table_rows {
                let group = if *normal { "normal" } else { "abnormal" };
                text.push_str(&format!(
                    "[[{group}]]\ncode = {}\nreason = {}  # note\ndescription = {}\n\n",
                    toml_string(code, escape), toml_string(reason, escape), toml_string(description, escape)
                ));
            }
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            proptest::prop_assert!(rows(&text).is_some(), "gave up on {:?}", text);
            proptest::prop_assert!(agrees_with_toml(&text).is_ok(), "{:?}: {:?}", agrees_with_toml(&text), text);
        }

        #[test]
        fn any_line_endings_read_as_toml_reads_them(
            endings in proptest::collection::vec(
                proptest::sample::select(&["\n", "\n", "\r\n", "\r\n", " \r\n", " # c\r\n", "\r", "\r\r\n"][..]),
                LINES.len() - 1,
            ),
            last in proptest::sample::select(&["", "\n", "\r\n", "\r", "\r\r", "\n\r"][..]),
            bare_cr in proptest::option::weighted(0.3, proptest::arbitrary::any::<proptest::sample::Index>()),
        ) {
            let mut text = String::new();
            for (line, ending) in LINES.iter().zip(endings.iter().chain([&last])) {
                text.push_str(line);
                text.push_str(ending);
            }
            if let Some(at) = bare_cr {
                text.insert(at.index(text.len() + 1), '\r');
            }
            let agreed = agrees_with_toml(&text);
            proptest::prop_assert!(agreed.is_ok(), "{:?}: {:?}", agreed, text);
            let only_lf_or_crlf = !text.replace("\r\n", "").contains('\r');
            proptest::prop_assert_eq!(rows(&text).is_some(), only_lf_or_crlf, "{:?}", text);
        }

        #[test]
        fn whatever_the_fast_reader_accepts_toml_reads_the_same(
            cut in 0usize..2000, insert in "[\\[\\]=\"#\\\\ \r\n\ta-z]{0,6}",
        ) {
            let source = super::super::EMBEDDED_SOURCE;
            let mut at = cut.min(source.len());
            while !source.is_char_boundary(at) {
                at -= 1;
            }
            let text = format!("{}{insert}{}", &source[..at], &source[at..]);
            let agreed = agrees_with_toml(&text);
            proptest::prop_assert!(agreed.is_ok(), "{:?}: {:?}", agreed, text);
        }
    }

    #[test]
    fn gives_up_on_everything_else() {
        for text in [
            "[[normal]]\ncode = '200'\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"\"\"200\"\"\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"200\"\nreason = \"OK\"\n",
            "[[normal]]\ncode = \"200\"\ncode = \"201\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"200\"\ncolor = \"x\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "code = \"200\"\n",
            "[[weird]]\ncode = \"200\"\n",
            "[[normal]]\ncode = 200\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"2\\x41\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"200\" junk\nreason = \"OK\"\ndescription = \"d\"\n",
            "[[normal]]\ncode = \"2\u{1}0\"\nreason = \"OK\"\ndescription = \"d\"\n",
            "[normal]\ncode = \"200\"\n",
            "[[normal]]\n\"code\" = \"200\"\nreason = \"OK\"\ndescription = \"d\"\n",
        ] {
            assert!(rows(text).is_none(), "accepted {text:?}");
        }
    }
}
