use super::*;

fn codes(query: &str) -> Vec<String> {
    let table = Table::embedded();
    let mut searcher = Searcher::default();
    searcher.search(&table, query).iter().map(|h| table.entry(h.row).code.to_string()).collect()
}

#[test]
fn empty_query_lists_every_row_in_order() {
    assert_eq!(codes("").len(), 18);
    assert_eq!(codes("  ")[0], "200");
}

#[test]
fn exact_code_ranks_first() {
    assert_eq!(codes("404")[0], "404");
    assert_eq!(codes("504")[0], "504");
}

#[test]
fn code_prefix_ranks_its_codes_first() {
    let found = codes("40");
    assert!(found[..9].iter().all(|c| c.starts_with("40")), "{found:?}");
    assert_eq!(found[0], "400");
}

#[test]
fn keywords_find_the_reason() {
    assert_eq!(codes("gateway timeout")[0], "504");
    assert_eq!(codes("timeout gateway")[0], "504");
    assert_eq!(codes("proxy")[0], "407");
    assert_eq!(codes("conflict")[0], "409");
}

#[test]
fn nonsense_matches_nothing() {
    assert!(codes("zzzqqq").is_empty());
}

#[test]
fn growing_query_narrows_to_the_same_answer_as_a_fresh_search() {
    let table = Table::embedded();
    let mut typed = Searcher::default();
    let mut query = String::new();
    for c in "server request".chars() {
        query.push(c);
        let narrowed = typed.search(&table, &query);
        let fresh = Searcher::default().search(&table, &query);
        assert_eq!(narrowed, fresh, "after typing {query:?}");
    }
}

#[test]
fn big_tables_search_the_same_in_parallel() {
    let table = Table::from_toml("gen", &crate::table::generate::generate(20_000)).unwrap();
    let mut searcher = Searcher::default();
    // Not a name any row goes by, and found outside the notes: every row that has both terms.
    let hits = searcher.search(&table, "gatewa timeou");
    assert!(!hits.is_empty());
    let found = |e: &Entry<'_>, term: &str| {
        searched(e).any(|(w, f)| w != NOTES && f.is_some_and(|f| rule::find(f, &Term::new(term)).is_some()))
    };
    let expected = table.entries().filter(|e| found(e, "gatewa") && found(e, "timeou")).count();
    assert_eq!(hits.len(), expected);
    assert!(hits.windows(2).all(|w| w[0].score > w[1].score || w[0].score == w[1].score && w[0].row < w[1].row));
}

#[test]
fn a_score_depends_on_the_row_alone_not_on_what_was_matched_before() {
    // "nnt" typed a letter at a time scores each row as "nnt" searched afresh does.
    let table = Table::embedded();
    let fresh = Searcher::default().search(&table, "nnt");
    let mut typed = Searcher::default();
    for prefix in ["n", "nn", "nnt"] {
        let hits = typed.search(&table, prefix);
        if prefix == "nnt" {
            assert_eq!(hits, fresh);
        }
    }
}
