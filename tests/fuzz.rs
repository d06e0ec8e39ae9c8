//! Fuzzing on stable Rust: proptest strategies run against a time budget
//! instead of a fixed number of cases, over the table reader (arbitrary
//! bytes, damaged tables and table-like text), the importer and the search.
//!
//! `cargo test --test fuzz` gives each target about a second;
//! `HTTPREF_FUZZ_SECS=600 cargo test --release --test fuzz` ten minutes
//! each (CI runs 60). A failure panics with the smallest input proptest
//! shrank it to; `PROPTEST_RNG_SEED=N` repeats a run.

use httpref::import::{self, Options};
use httpref::search::{Highlighter, Searcher};
use httpref::table::generate::{generate, toml_string};
use httpref::table::{self, Table, TableError, EMBEDDED_SOURCE};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseResult, TestRunner};
use std::fmt::Debug;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Runs `check` on inputs from `strategy` until the budget is spent (at least one round).
fn fuzz<S: Strategy>(strategy: S, check: impl Fn(S::Value) -> TestCaseResult)
where
    S::Value: Debug,
{
    let seconds = std::env::var("HTTPREF_FUZZ_SECS").ok().and_then(|s| s.parse::<f64>().ok()).unwrap_or(1.0);
    let deadline = Instant::now() + Duration::from_secs_f64(seconds.max(0.0));
    let config = Config { cases: 64, failure_persistence: None, ..Config::default() };
    // A runner counts its cases once: each round is a new one, seeded from the first
    // (so that PROPTEST_RNG_SEED repeats the whole run).
    let mut seeds = TestRunner::new(config.clone());
    loop {
        let mut runner = TestRunner::new_with_rng(config.clone(), seeds.new_rng());
        if let Err(failure) = runner.run(&strategy, &check) {
            panic!("{failure}");
        }
        if Instant::now() >= deadline {
            break;
        }
    }
}

/// Characters that draw nothing, as a table may hide them.
const INVISIBLE: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{200E}', '\u{202E}', '\u{3164}',
    '\u{A0}',
];

fn shows_something(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace() && !INVISIBLE.contains(&c))
}

/// Text made of pieces a table's fields may hold: plain words, invisible
/// characters, controls, quotes and backslashes, any Unicode.
fn field_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z0-9 .]{1,8}",
        2 => prop::sample::select(INVISIBLE).prop_map(String::from),
        1 => prop::sample::select(&["\"", "\\", "\t", "\u{1b}[31m", "\r", "\n", "\u{0}", "#", "'", "é", "漢字", "🙂"][..])
            .prop_map(String::from),
        1 => "(?s).{1,4}",
    ];
    prop::collection::vec(piece, 1..5).prop_map(|pieces| pieces.concat())
}

/// A TOML value for `text`: mostly a basic string escaped as writers do,
/// sometimes written raw, as a literal or multi-line string, or no string.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (field_text(), any::<bool>()).prop_map(|(text, unicode)| toml_string(&text, unicode)),
        1 => field_text().prop_map(|text| format!("\"{text}\"")),
        1 => field_text().prop_map(|text| format!("'{text}'")),
        1 => field_text().prop_map(|text| format!("\"\"\"{text}\"\"\"")),
        1 => prop::sample::select(&["\"\"", "200", "[\"a\"]", "{ a = \"b\" }", "\"\\e\"", "\"\\x41\"", "\"\\uD800\"", "\"a\" \"b\""][..])
            .prop_map(String::from),
        1 => (0usize..150, any::<bool>()).prop_map(|(depth, braces)| if braces {
            format!("{}1{}", "{a=".repeat(depth), "}".repeat(depth))
        } else {
            format!("{}{}", "[".repeat(depth), "]".repeat(depth))
        }),
    ]
}

/// A damage done to a table's lines: a line put in, a line dropped or
/// repeated, a line ending changed (to a bare CR, or none).
#[derive(Debug, Clone)]
enum Damage {
    Insert(String),
    Drop,
    Repeat,
    Ending(&'static str),
}

/// Table-like text: well-formed rows (a header, the three fields, some
/// optional ones; LF or CRLF line endings), half the time damaged.
fn table_text() -> impl Strategy<Value = String> {
    let text = || (field_text(), any::<bool>()).prop_map(|(text, unicode)| toml_string(&text, unicode));
    let invisible = prop::collection::vec(prop::sample::select(INVISIBLE), 1..3)
        .prop_map(|chars| toml_string(&chars.into_iter().collect::<String>(), false));
    let field = prop_oneof![30 => text(), 1 => invisible, 1 => value()];
    let optional = prop::sample::subsequence(&["spec", "rust", "go", "python", "notes"][..], 0..3);
    let row = (
        prop::sample::select(&["[[normal]]", "[[abnormal]]"][..]),
        [field.clone(), field.clone(), field],
        optional.prop_flat_map(move |keys| keys.into_iter().map(|key| (Just(key), text())).collect::<Vec<_>>()),
    )
        .prop_map(|(header, [code, reason, description], optional)| {
            let mut lines = vec![header.to_string()];
            lines.extend(
                [("code", code), ("reason", reason), ("description", description)].map(|(k, v)| format!("{k} = {v}")),
            );
            lines.extend(optional.into_iter().map(|(key, value)| format!("{key} = {value}")));
            lines
        });
    let odd_line = prop_oneof![
        prop::sample::select(
            &["[normal]", "[[weird]]", "  [[normal]] # c", "[[ normal ]]", "normal = []", "[[normal]]]", "code"][..]
        )
        .prop_map(String::from),
        (
            prop::sample::select(&["code", "colour", "\"code\"", "code.x", "", " code", "code\t"][..]),
            "[ \t]{0,2}",
            value()
        )
            .prop_map(|(key, space, value)| format!("{key}{space}={space}{value}")),
        "#(?s).{0,8}",
        "(?s).{0,8}",
        // Keys of about as many parts as the limit (64) and the TOML parser's (80).
        (50usize..100, any::<bool>()).prop_map(|(parts, header)| {
            let key = vec!["a"; parts].join(".");
            if header {
                format!("[{key}]")
            } else {
                format!("{key} = 1")
            }
        }),
    ];
    let damage = prop_oneof![
        3 => odd_line.prop_map(Damage::Insert),
        1 => Just(Damage::Drop),
        1 => Just(Damage::Repeat),
        2 => prop::sample::select(&["\r", "", "\r\r\n", "\n\r"][..]).prop_map(Damage::Ending),
    ];
    let damages =
        prop_oneof![2 => Just(Vec::new()), 1 => prop::collection::vec((any::<prop::sample::Index>(), damage), 1..3)];
    let endings = prop::collection::vec(prop_oneof![4 => Just("\n"), 1 => Just("\r\n")], 40);
    (prop::collection::vec(row, 1..5), endings, damages, prop::sample::select(&["", "\n", "\r\n"][..])).prop_map(
        |(rows, endings, damages, last)| {
            let mut lines: Vec<(String, &str)> = rows.concat().into_iter().zip(endings.into_iter().cycle()).collect();
            for (at, damage) in damages {
                let at = at.index(lines.len());
                match damage {
                    Damage::Insert(line) => lines.insert(at, (line, "\n")),
                    Damage::Drop => drop(lines.remove(at)),
                    Damage::Repeat => lines.insert(at, lines[at].clone()),
                    Damage::Ending(ending) => lines[at].1 = ending,
                }
            }
            let Some(end) = lines.last_mut() else { return String::new() };
            end.1 = if end.1 == "\n" || end.1 == "\r\n" { last } else { end.1 };
            lines.iter().map(|(line, ending)| format!("{line}{ending}")).collect()
        },
    )
}

/// Checks what the table reader made of `text`: a loaded table keeps its
/// promises (every required field shows something, codes unique and
/// without invisible characters, spaces only between words); a refusal says where.
fn check_table(result: Result<Table, TableError>, text: &str) -> TestCaseResult {
    match result {
        Ok(table) => {
            prop_assert!(!table.is_empty());
            for (index, entry) in table.entries().enumerate() {
                // An empty reason is a code with no short name; one that shows nothing is empty.
                prop_assert!(shows_something(entry.code), "{entry:?}");
                prop_assert!(entry.reason.is_empty() || shows_something(entry.reason), "{entry:?}");
                prop_assert!(shows_something(entry.description), "{entry:?}");
                prop_assert!(!entry.code.chars().any(|c| INVISIBLE.contains(&c)), "{entry:?}");
                prop_assert!(table::whitespace_fault(entry.code).is_none(), "{entry:?}");
                prop_assert!(!entry.code.starts_with(' ') && !entry.code.ends_with(' '), "{entry:?}");
                prop_assert_eq!(table.find_code(entry.code), Some(index), "{:?} is not unique", entry.code);
                for extra in [&entry.spec, &entry.rust, &entry.go, &entry.python, &entry.notes].into_iter().flatten() {
                    prop_assert!(shows_something(extra), "{entry:?}");
                }
            }
        }
        Err(err) => {
            prop_assert!(err.position.is_some(), "no line and column: {err} for {text:?}");
            prop_assert!(!err.message.is_empty());
        }
    }
    Ok(())
}

#[test]
fn table_reader_on_arbitrary_bytes() {
    fuzz(prop::collection::vec(any::<u8>(), 0..2000), |bytes| {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            prop_assert!(table::readers_agree(text).is_ok(), "{:?}", table::readers_agree(text));
        }
        check_table(Table::from_bytes("fuzz.toml", &bytes), &text)
    });
}

#[test]
fn table_reader_on_damaged_tables() {
    // The embedded table with bytes cut out, replaced and put in.
    let edit = (0..EMBEDDED_SOURCE.len(), 0usize..8, prop::collection::vec(any::<u8>(), 0..8));
    fuzz(prop::collection::vec(edit, 1..6), |edits| {
        let mut bytes = EMBEDDED_SOURCE.as_bytes().to_vec();
        for (at, cut, insert) in edits {
            let at = at.min(bytes.len());
            let cut = cut.min(bytes.len() - at);
            bytes.splice(at..at + cut, insert);
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        prop_assert!(table::readers_agree(&text).is_ok(), "{:?}", table::readers_agree(&text));
        check_table(Table::from_bytes("fuzz.toml", &bytes), &text)?;
        check_table(Table::from_toml("fuzz.toml", &text), &text)
    });
}

#[test]
fn table_reader_on_table_like_text() {
    fuzz(table_text(), |text| {
        prop_assert!(table::readers_agree(&text).is_ok(), "{:?}", table::readers_agree(&text));
        check_table(Table::from_toml("fuzz.toml", &text), &text)
    });
}

/// A page: labels, and tables of a header and rows in HTML or Markdown.
fn page() -> impl Strategy<Value = (String, String)> {
    let cell = prop_oneof![
        4 => prop::sample::select(&["404", "200 OK", "4\u{200B}04", "404", "&#8203;", "APIG.0101", "<b>500</b> Error", "a&amp;b", "a | b", "", " ", "\u{A0}4 04"][..])
            .prop_map(String::from),
        4 => field_text(),
    ];
    let header = prop::sample::select(
        &["Code", "Status Code", "Returned Value", "Description", "Message", "Reason", "Name", "Status", "Other"][..],
    );
    let table = (prop::collection::vec(header, 1..4), prop::collection::vec(prop::collection::vec(cell, 0..4), 0..5));
    let label = prop::sample::select(&["Normal", "Abnormal", "Errors", "Success", "Client errors", "Notes"][..]);
    let block = (prop::option::of(label), table);
    (any::<bool>(), prop::collection::vec(block, 0..4)).prop_map(|(html, blocks)| {
        let mut page = String::new();
        for (label, (header, rows)) in blocks {
            if let Some(label) = label {
                page.push_str(&if html { format!("<h2>{label}</h2>\n") } else { format!("## {label}\n\n") });
            }
            let line = |cells: &[String], tag: &str| {
                if html {
                    let cells: String = cells.iter().map(|c| format!("<{tag}>{c}</{tag}>")).collect();
                    format!("<tr>{cells}</tr>\n")
                } else {
                    format!("| {} |\n", cells.iter().map(|c| c.replace('\n', " ")).collect::<Vec<_>>().join(" | "))
                }
            };
            let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
            page.push_str(if html { "<table>\n" } else { "" });
            page.push_str(&line(&header, "th"));
            if !html {
                page.push_str(&format!("|{}\n", "---|".repeat(header.len())));
            }
            for row in &rows {
                page.push_str(&line(row, "td"));
            }
            page.push_str(if html { "</table>\n" } else { "\n" });
        }
        let name = if html { "page.html" } else { "page.md" };
        (name.to_string(), page)
    })
}

#[test]
fn import_output_loads_back() {
    let input = prop_oneof![4 => page(), 1 => "(?s).{0,300}".prop_map(|text| ("page".to_string(), text))];
    fuzz(input, |(name, text)| {
        // A page too deep to read is refused, with a message.
        let imported = match import::import(&name, &text, &Options::default()) {
            Ok(imported) => imported,
            Err(err) => {
                prop_assert!(!err.message.is_empty());
                return Ok(());
            }
        };
        if imported.rows() > 0 {
            let toml = imported.to_toml();
            let table = Table::from_toml("imported.toml", &toml);
            prop_assert!(table.is_ok(), "{:?} from {toml:?}", table.err());
            prop_assert_eq!(table.unwrap().len(), imported.rows());
        }
        Ok(())
    });
}

/// The embedded table, a hostile one and generated ones.
fn tables() -> &'static [Table] {
    static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let long_word = "Supercalifragilistic".repeat(40);
        let hostile = format!(
            "[[normal]]\ncode = \"E\\u001b[31m1\"\nreason = \"Evil\\u202eReason\\u0000 \\u200f\"\n\
             description = \"\\u001b]52;c;aGk=\\u0007 tab\\there 漢字 🙂👩\\u200d👩\\u200d👧 שלום e\\u0301 \\u200B {long_word}\"\n\n\
             [[abnormal]]\ncode = \"漢字1\"\nreason = \"全角の理由\"\ndescription = \"\\u2066isolated\\u2069 {long_word}\"\n"
        );
        let mut tables = vec![Table::embedded(), Table::from_toml("hostile", &hostile).unwrap()];
        tables.extend([1, 37, 500].map(|rows| Table::from_toml("generated", &generate(rows)).unwrap()));
        tables
    })
}

#[test]
fn search_hits_real_rows_and_highlights_real_characters() {
    let query = prop_oneof![
        "(?s).{0,20}",
        "[a-z0-9 .]{0,20}",
        "[a-z ]{0,200}",
        prop::sample::select(&["gateway timeout", "404", "40", "APIG.00", "漢", "e\u{301}", "\u{200B}"][..])
            .prop_map(String::from),
    ];
    fuzz((query, 0..tables().len()), |(query, which)| {
        let table = &tables()[which];
        let hits = Searcher::default().search(table, &query);
        let mut rows: Vec<usize> = hits.iter().map(|hit| hit.row).collect();
        prop_assert!(rows.iter().all(|&row| row < table.len()));
        // Typed a character at a time, the narrowing search finds the same rows in the same order.
        let mut typed = Searcher::default();
        let mut prefix = String::new();
        let mut last = Vec::new();
        for c in query.chars() {
            prefix.push(c);
            last = typed.search(table, &prefix);
        }
        if !query.is_empty() {
            prop_assert_eq!(&last, &hits, "typed {:?}", query);
        }
        let highlighter = Highlighter::default();
        for hit in hits.iter().take(20) {
            let entry = &table.entry(hit.row);
            let marks = highlighter.highlights(entry, &query);
            prop_assert!(marks.code.iter().all(|&i| i < entry.code.chars().count()));
            prop_assert!(marks.reason.iter().all(|&i| i < entry.reason.chars().count()));
            prop_assert!(marks.description.iter().all(|&i| i < entry.description.chars().count()));
        }
        rows.sort_unstable();
        rows.dedup();
        prop_assert_eq!(rows.len(), hits.len(), "a row found twice");
        Ok(())
    });
}
