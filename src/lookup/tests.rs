use super::*;

fn words(query: &str) -> Vec<String> {
    query.split(' ').map(String::from).collect()
}

fn codes(found: &Found, table: &Table) -> Vec<String> {
    found.rows().iter().map(|&row| table.entry(row).code.to_string()).collect()
}

#[test]
fn exact_code() {
    let table = Table::embedded();
    assert_eq!(lookup(&table, &words("404")), Ok(Found::Code(vec![table.find_code("404").unwrap()])));
}

#[test]
fn masks_cover_their_class() {
    let table = Table::embedded();
    let found = lookup(&table, &words("4xx")).unwrap();
    assert_eq!(codes(&found, &table).len(), 9);
    let found = lookup(&table, &words("50X")).unwrap();
    assert_eq!(codes(&found, &table), ["500", "501", "502", "503", "504"]);
    let found = lookup(&table, &words("xx4")).unwrap();
    assert_eq!(codes(&found, &table), ["204", "404", "504"]);
}

#[test]
fn mask_covering_nothing_says_so() {
    let err = lookup(&Table::embedded(), &words("6xx")).unwrap_err();
    assert_eq!(err.message, "no code matches 6xx");
}

fn suggested(table: &Table, query: &str) -> Vec<String> {
    let err = lookup(table, &words(query)).unwrap_err();
    err.suggestions.iter().map(|&row| table.entry(row).code.to_string()).collect()
}

#[test]
fn a_code_prefix_covers_the_codes_it_begins() {
    let table = Table::embedded();
    let found = lookup(&table, &words("40")).unwrap();
    assert_eq!(codes(&found, &table), ["400", "401", "403", "404", "405", "406", "407", "408", "409"]);
    let found = lookup(&table, &words("5")).unwrap();
    assert_eq!(codes(&found, &table), ["500", "501", "502", "503", "504"]);
    assert_eq!(lookup(&table, &words("6")).unwrap_err().message, "unknown code 6");
    assert_eq!(lookup(&table, &words("4040")).unwrap_err().message, "unknown code 4040");
}

#[test]
fn unknown_code_suggests_only_a_swapped_pair() {
    let table = Table::embedded();
    let err = lookup(&table, &words("418")).unwrap_err();
    assert_eq!(err.message, "unknown code 418");
    assert!(err.suggestions.is_empty());
    for other_code in ["429", "410", "510", "999", "505"] {
        assert_eq!(suggested(&table, other_code), Vec::<String>::new(), "{other_code}");
    }
    assert_eq!(suggested(&table, "440"), ["404"]);
    assert_eq!(suggested(&table, "450"), ["405"]);
    assert_eq!(suggested(&table, "053"), ["503"]);
}

#[test]
fn a_swap_reaching_two_codes_suggests_neither() {
    let toml = "[[abnormal]]\ncode = \"405\"\nreason = \"a\"\ndescription = \"d\"\n\n\
                    [[abnormal]]\ncode = \"540\"\nreason = \"b\"\ndescription = \"d\"\n";
    let table = Table::from_toml("t", toml).unwrap();
    assert_eq!(suggested(&table, "450"), Vec::<String>::new());
}

#[test]
fn keywords_are_searched() {
    let table = Table::embedded();
    let found = lookup(&table, &words("gateway timeout")).unwrap();
    assert_eq!(codes(&found, &table)[0], "504");
}

#[test]
fn misspelt_keywords_are_found_or_suggest_a_reason() {
    let table = Table::embedded();
    // One typo after a word's first three letters: the search finds it.
    for (query, expected) in [
        ("Timeoutz", &["408", "504"][..]),
        ("Gatewy Timeoutz", &["504"]),
        ("conflixt", &["409"]),
        ("GATWAY", &["502", "504"]),
    ] {
        let found = lookup(&table, &words(query)).unwrap();
        let mut found = codes(&found, &table);
        found.sort();
        assert_eq!(found, expected, "{query}");
    }
    // Earlier typos are suggested, not matched.
    let err = lookup(&table, &words("Tmieout")).unwrap_err();
    assert_eq!(err.message, "nothing matches \"Tmieout\"");
    assert_eq!(suggested(&table, "Tmieout"), ["408", "504"]);
    assert_eq!(suggested(&table, "Cnoflict"), ["409"]);
    assert_eq!(suggested(&table, "GAETWAY"), ["502", "504"]);
}

#[test]
fn unlike_keywords_suggest_nothing() {
    let table = Table::embedded();
    for query in ["qqqzzz", "Gatxxxy", "Conflictingly", "Zk", "Gateway Zebra"] {
        assert_eq!(suggested(&table, query), Vec::<String>::new(), "{query}");
    }
}

#[test]
fn api_codes_of_the_tables_shape_are_codes() {
    let toml = "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"r\"\ndescription = \"d\"\n";
    let table = Table::from_toml("t", toml).unwrap();
    assert_eq!(lookup(&table, &words("apig.0101")), Ok(Found::Code(vec![0])));
    let err = lookup(&table, &words("APIG.0102")).unwrap_err();
    assert_eq!(err.message, "unknown code APIG.0102");
    assert!(err.suggestions.is_empty(), "another code, not a typo");
    assert_eq!(lookup(&table, &words("APIG.0110")).unwrap_err().suggestions, [0]);
}
