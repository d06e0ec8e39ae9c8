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
    fn plain_runs_end_where_bytewise_they_do(bytes in proptest::collection::vec(
        proptest::sample::select(&[b'a', b' ', b'~', b'"', b'\\', b'\t', b'\n', 0x7f, 0x80, 0xc3, 0xff, 0][..]), 0..80),
        clean_prefix in 0usize..80,
    ) {
        let mut bytes = bytes;
        let prefix = clean_prefix.min(bytes.len());
        bytes[..prefix].fill(b'x');
        proptest::prop_assert_eq!(plain_run(&bytes), plain_run_bytewise(&bytes));
    }

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
