use super::*;

const SEED_ROWS: [(&str, &str, Group); 18] = [
    ("200", "OK", Group::Normal),
    ("201", "Created", Group::Normal),
    ("202", "Accepted", Group::Normal),
    ("204", "No Content", Group::Normal),
    ("400", "Bad Request", Group::Abnormal),
    ("401", "Unauthorized", Group::Abnormal),
    ("403", "Forbidden", Group::Abnormal),
    ("404", "Not Found", Group::Abnormal),
    ("405", "Method Not Allowed", Group::Abnormal),
    ("406", "Not Acceptable", Group::Abnormal),
    ("407", "Proxy Authentication Required", Group::Abnormal),
    ("408", "Request Timeout", Group::Abnormal),
    ("409", "Conflict", Group::Abnormal),
    ("500", "Internal Server Error", Group::Abnormal),
    ("501", "Not Implemented", Group::Abnormal),
    ("502", "Bad Gateway", Group::Abnormal),
    ("503", "Service Unavailable", Group::Abnormal),
    ("504", "Gateway Timeout", Group::Abnormal),
];

fn parse(text: &str) -> Result<Table, TableError> {
    Table::from_toml("t.toml", text)
}

fn error(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

#[test]
fn embedded_table_has_the_seed_rows_in_order() {
    let table = Table::embedded();
    let rows: Vec<_> = table.entries().map(|e| (e.code, e.reason, e.group)).collect();
    assert_eq!(rows, SEED_ROWS);
    assert_eq!(table.group(Group::Normal).len(), 4);
    assert_eq!(table.group(Group::Abnormal).len(), 14);
}

#[test]
fn every_embedded_entry_carries_the_reference_fields() {
    for entry in Table::embedded().entries() {
        assert!(entry.spec.is_some_and(|s| s.starts_with("RFC 9110 §15.")), "{}", entry.code);
        assert!(entry.rust.is_some_and(|s| s.starts_with("http::StatusCode::")));
        assert!(entry.go.is_some_and(|s| s.starts_with("http.Status")));
        assert!(entry.python.is_some_and(|s| s.starts_with("http.HTTPStatus.")));
        assert!(entry.notes.is_some_and(|s| s.len() > 60));
    }
}

#[test]
fn find_code_ignores_ascii_case() {
    let table = parse("[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"r\"\ndescription = \"d\"\n").unwrap();
    assert_eq!(table.find_code("apig.0101"), Some(0));
    assert_eq!(table.find_code("APIG.0102"), None);
}

#[test]
fn one_group_alone_loads() {
    let table = parse("[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"fine\"\n").unwrap();
    assert_eq!(table.len(), 1);
    assert_eq!(table.group(Group::Abnormal).len(), 0);
}

#[test]
fn missing_field_names_the_field_and_line() {
    let message = error("\n[[normal]]\ncode = \"200\"\nreason = \"OK\"\n");
    assert!(message.starts_with("t.toml:2:"), "{message}");
    assert!(message.contains("description"), "{message}");
}

#[test]
fn empty_field_is_an_error_at_its_place() {
    let message = error("[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"  \"\n");
    assert_eq!(message, "t.toml:4:15: `description` is empty");
}

#[test]
fn unknown_key_is_an_error() {
    let message = error("[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"d\"\ncolour = \"red\"\n");
    assert!(message.starts_with("t.toml:5:1:"), "{message}");
    assert!(message.contains("colour"), "{message}");
}

#[test]
fn unknown_group_is_an_error() {
    let message = error("[[weird]]\ncode = \"200\"\n");
    assert!(message.starts_with("t.toml:1:"), "{message}");
    assert!(message.contains("weird"), "{message}");
}

#[test]
fn duplicate_code_names_both_lines_and_ignores_case() {
    let text = "[[normal]]\ncode = \"E1\"\nreason = \"a\"\ndescription = \"d\"\n\n\
                [[abnormal]]\ncode = \"e1\"\nreason = \"b\"\ndescription = \"d\"\n";
    assert_eq!(error(text), "t.toml:7:8: duplicate code \"e1\" (first defined on line 2)");
}

#[test]
fn duplicate_code_in_a_large_table_is_found_across_its_pieces() {
    // Large enough to be read in pieces and its codes checked in buckets.
    let mut text = generate::generate(70_000);
    let first_code = Table::from_toml("t.toml", &text).unwrap().code(0).to_ascii_lowercase();
    let lines = text.lines().count();
    text.push_str(&format!("\n[[abnormal]]\ncode = \"{first_code}\"\nreason = \"r\"\ndescription = \"d\"\n"));
    let expected = format!("t.toml:{}:8: duplicate code \"{first_code}\" (first defined on line 2)", lines + 3);
    assert_eq!(error(&text), expected);
}

#[test]
fn wrong_type_is_an_error() {
    let message = error("[[normal]]\ncode = 200\nreason = \"OK\"\ndescription = \"d\"\n");
    assert!(message.starts_with("t.toml:2:8:"), "{message}");
    assert!(message.contains("string"), "{message}");
}

#[test]
fn syntax_error_has_line_and_column() {
    let message = error("[[normal]]\ncode = \"200\nreason = \"OK\"\n");
    assert!(message.starts_with("t.toml:2:"), "{message}");
}

#[test]
fn no_rows_is_an_error() {
    assert!(error("").contains("no codes"));
    assert!(error("# only a comment\n").contains("no codes"));
}

#[test]
fn code_with_whitespace_is_an_error() {
    assert!(error("[[normal]]\ncode = \"2 0\"\nreason = \"OK\"\ndescription = \"d\"\n").contains("whitespace"));
}

#[test]
fn untrusted_text_is_cleaned_on_load() {
    let text = "[[normal]]\ncode = \"200\"\nreason = \"O\\u001b[31mK\"\ndescription = \"a\\u202eb\\nc\"\n";
    let table = parse(text).unwrap();
    assert_eq!(table.entry(0).reason, "O␛[31mK");
    assert_eq!(table.entry(0).description, "ab c");
}

#[test]
fn crlf_and_bom_load() {
    let bytes = b"\xef\xbb\xbf[[normal]]\r\ncode = \"200\"\r\nreason = \"OK\"\r\ndescription = \"d\"\r\n";
    let text = parse::decode_utf8("t.toml", bytes).unwrap();
    assert_eq!(parse(text).unwrap().len(), 1);
}

#[test]
fn invalid_utf8_names_line_and_column() {
    let err = parse::decode_utf8("t.toml", b"[[normal]]\ncode = \"2\xff\"").unwrap_err();
    assert_eq!(err.to_string(), "t.toml:2:10: not valid UTF-8 text");
}

#[test]
fn line_and_column_counts_characters() {
    assert_eq!(error::line_and_column("ab\nçd", 5), (2, 2));
    assert_eq!(error::line_and_column("abc", 99), (1, 4));
}

#[test]
fn a_bare_cr_at_the_end_is_refused_as_toml_refuses_it() {
    let text = "[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"d\"\r";
    assert!(error(text).starts_with("t.toml:4:"), "{}", error(text));
    assert_eq!(parse(&text.replace('\r', "\r\n")).unwrap().len(), 1);
}

/// A row whose `field` is `value`, the others plain.
fn row_with(field: &str, value: &str) -> String {
    let mut text = String::from("[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"d\"\n");
    let line = format!("{field} = ");
    match text.find(&line) {
        Some(at) => {
            let end = at + text[at..].find('\n').unwrap();
            text.replace_range(at..end, &format!("{line}\"{value}\""));
        }
        None => text.push_str(&format!("{line}\"{value}\"\n")),
    }
    text
}

const INVISIBLE_ONLY: [&str; 8] = [
    "\\u200B",
    "\\u200C\\u200D",
    "\\u2060 \\u00A0",
    "\\uFEFF",
    "\\u200E\\u200F\\u061C",
    "\\u00AD",
    "\\u3164\\u115F",
    "\\uFE0F\\u034F\\t",
];

#[test]
fn a_required_field_of_only_invisible_characters_is_empty() {
    for value in INVISIBLE_ONLY {
        assert_eq!(error(&row_with("code", value)), "t.toml:2:8: `code` is empty", "{value}");
        // A reason may be empty: the code has no short name.
        assert_eq!(parse(&row_with("reason", value)).unwrap().entry(0).reason, "", "{value}");
        assert_eq!(error(&row_with("description", value)), "t.toml:4:15: `description` is empty", "{value}");
    }
}

#[test]
fn an_optional_field_that_shows_nothing_is_absent() {
    for field in ["spec", "rust", "go", "python", "notes"] {
        for value in INVISIBLE_ONLY.iter().chain(&["", "  "]) {
            let table = parse(&row_with(field, value)).unwrap();
            let entry = &table.entry(0);
            let fields = [&entry.spec, &entry.rust, &entry.go, &entry.python, &entry.notes];
            assert!(fields.iter().all(|f| f.is_none()), "{field} = {value:?}: {entry:?}");
        }
    }
    let table = parse(&row_with("notes", "\\u200Bsee RFC")).unwrap();
    // Kept, without the zero-width space, which terminals do not agree how to draw.
    assert_eq!(table.entry(0).notes, Some("see RFC"));
}

#[test]
fn codes_are_compared_and_stored_without_invisible_characters() {
    let text = "[[normal]]\ncode = \"404\"\nreason = \"a\"\ndescription = \"d\"\n\n\
                [[abnormal]]\ncode = \"4\\u200B0\\u20604\"\nreason = \"b\"\ndescription = \"d\"\n";
    assert_eq!(error(text), "t.toml:7:8: duplicate code \"404\" (first defined on line 2)");
    let table = parse(&row_with("code", "\\uFEFFAPIG\\u200D.0101\\u00AD")).unwrap();
    assert_eq!(table.entry(0).code, "APIG.0101");
    assert_eq!(table.find_code("apig.0101"), Some(0));
    let message = error(&row_with("code", "4\\u200B 04"));
    assert_eq!(message, "t.toml:2:8: code \"4 04\" contains whitespace (' ')");
    assert!(error(&row_with("code", "no  such")).contains("contains whitespace"));
    assert_eq!(parse(&row_with("code", "no such alert")).unwrap().entry(0).code, "no such alert");
    // A message an API answers with, numbers in it; but not a number and a name.
    let message = "sender: expected 40 hex chars, got N";
    assert_eq!(parse(&row_with("code", message)).unwrap().entry(0).code, message);
    assert!(error(&row_with("code", "404 Not Found")).contains("contains whitespace"));
}

#[test]
fn deep_nesting_is_refused_at_its_place() {
    let deep = 100_000;
    let cases = [
        (format!("[[normal]]\nnotes = {}{}\n", "[".repeat(deep), "]".repeat(deep)), "t.toml:2:73:"),
        (format!("a = {}1{}\n", "{a=".repeat(deep), "}".repeat(deep)), "t.toml:1:197:"),
        (format!("{} = 1\n", vec!["a"; deep].join(".")), "t.toml:1:128:"),
        (format!("\n[{}]\n", vec!["a"; deep].join(".")), "t.toml:2:129:"),
    ];
    for (text, place) in cases {
        assert_eq!(error(&text), format!("{place} nested more than 64 levels deep"));
    }
}

#[test]
fn every_error_in_text_has_a_line_and_column() {
    for text in ["", "# only a comment\n", "normal = []\n", "[[normal]]\ncode = \"200\"\n", "x = 1\n"] {
        let err = parse(text).unwrap_err();
        assert!(err.position.is_some(), "{text:?}: {err}");
    }
}

#[test]
fn aliases_are_a_list_cleaned_name_by_name() {
    let table = parse(
        "[[abnormal]]\ncode = \"413\"\nreason = \"Content Too Large\"\n\
         aliases = [\"Payload Too Large\", \"  \", \"Request\\u001bEntity Too Large\", \"a\\nb\"]\n\
         description = \"d\"\n",
    )
    .unwrap();
    let entry = table.entry(0);
    let aliases: Vec<&str> = entry.aliases().collect();
    assert_eq!(aliases, ["Payload Too Large", "Request\u{241b}Entity Too Large", "a b"]);
    let json = serde_json::to_value(entry).unwrap();
    assert_eq!(json["aliases"], serde_json::json!(["Payload Too Large", "Request\u{241b}Entity Too Large", "a b"]));
    let none = parse("[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"d\"\naliases = []\n").unwrap();
    assert_eq!(none.entry(0).aliases, None);
    assert!(serde_json::to_value(none.entry(0)).unwrap().get("aliases").is_none());
}

#[test]
fn aliases_must_be_a_list_of_strings() {
    let text = "[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"d\"\naliases = \"Okay\"\n";
    assert!(error(text).starts_with("t.toml:5:11: invalid type: string"), "{}", error(text));
    let text = "[[normal]]\ncode = \"200\"\nreason = \"OK\"\ndescription = \"d\"\naliases = [1]\n";
    assert!(error(text).starts_with("t.toml:5:"), "{}", error(text));
    // Both readers agree on a table that has them (the fast one leaves it to TOML).
    readers_agree("[[normal]]\ncode = \"200\"\nreason = \"OK\"\naliases = [\"Okay\"]\ndescription = \"d\"\n").unwrap();
}
