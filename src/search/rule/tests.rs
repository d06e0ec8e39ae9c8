use super::*;

fn kind(field: &str, term: &str) -> Option<Kind> {
    find(field, &Term::new(term)).map(|found| found.kind)
}

#[test]
fn words_starts_and_insides() {
    assert_eq!(kind("409 Conflict", "conflict"), Some(Kind::Word));
    assert_eq!(kind("Proxy Authentication Required", "auth"), Some(Kind::WordStart));
    assert_eq!(kind("Unauthorized", "auth"), Some(Kind::Inside));
    assert_eq!(kind("http.StatusConflict", "conflict"), Some(Kind::Word));
    assert_eq!(kind("http::StatusCode::NOT_FOUND", "not_found"), Some(Kind::Word));
    assert_eq!(kind("RFC 9110 §15.5.5", "15.5.5"), Some(Kind::Word));
    // The best place wins: "in" inside "Gateway Timeout ... in time" is a word later on.
    assert_eq!(kind("Gateway Timeout: not in time", "in"), Some(Kind::Word));
}

#[test]
fn scattered_letters_within_a_word_and_the_next() {
    assert_eq!(kind("Gateway Timeout", "gtwy"), Some(Kind::Scattered));
    assert_eq!(kind("Not Found", "notfound"), Some(Kind::Scattered));
    assert_eq!(kind("http::StatusCode::NOT_FOUND", "notfound"), Some(Kind::Scattered));
    // Letters spread over a sentence are not a match.
    let long = "The server has successfully processed the request and the response body holds the result.";
    assert_eq!(kind(long, "teapot"), None);
    assert_eq!(kind(long, "redirect"), None);
    assert_eq!(kind("Request Timeout", "rt"), Some(Kind::Scattered));
    assert_eq!(kind("Rod and Timeout", "rt"), None, "not beyond the next word");
    assert_eq!(kind("http.StatusMethodNotAllowed", "auth"), None, "from the start of a word");
    assert_eq!(kind("http.StatusNotFound", "notfound"), Some(Kind::Word), "at a hump");
    assert_eq!(kind("http.StatusNotFound", "ntfnd"), Some(Kind::Scattered));
}

#[test]
fn one_typo_after_three_letters() {
    assert_eq!(kind("409 Conflict", "conflixt"), Some(Kind::Typo));
    assert_eq!(kind("409 Conflict", "conflcit"), Some(Kind::Typo));
    assert_eq!(kind("409 Conflict", "conflit"), Some(Kind::Scattered), "a letter left out is scattered");
    assert_eq!(kind("Gateway Timeout", "timeoutt"), Some(Kind::Typo));
    assert_eq!(kind("409 Conflict", "cxnflict"), None, "the first letters are kept");
    assert_eq!(kind("409 Conflict", "conflxxt"), None, "two typos");
    // Words of any length, the term's letters compared on the stack or, past 63, not.
    for length in [20, 63, 64, 100] {
        let word = "a".repeat(length);
        let typo = format!("{}b{}", &word[..10], &word[11..]);
        assert_eq!(kind(&format!("x {word}z"), &typo), Some(Kind::Typo), "{length} letters");
    }
}

#[test]
fn short_terms_and_numbers_stay_within_one_word() {
    // Letters of a short term over two words are not found; within one they are.
    assert_eq!(kind("Not Found", "ntfd"), None);
    assert_eq!(kind("Not Found", "notfound"), Some(Kind::Scattered));
    assert_eq!(kind("Gateway Timeout", "gtwy"), Some(Kind::Scattered));
    // A number is found as a word or a word's start, never scattered or inside one.
    assert_eq!(kind("RFC 4918", "418"), None);
    assert_eq!(kind("RFC 4918", "491"), Some(Kind::WordStart));
    assert_eq!(kind("returns 404 when", "404"), Some(Kind::Word));
    assert_eq!(kind("x1404", "404"), None);
    assert!(Term::new("notfo").looser_than(&Term::new("notf")));
    assert!(!Term::new("notf").looser_than(&Term::new("not")));
}

#[test]
fn found_text_and_case() {
    let found = find("Gateway Timeout", &Term::new("TIME")).unwrap();
    assert_eq!((found.kind, found.start, found.end), (Kind::WordStart, 8, 12));
    assert_eq!(kind("Straße gesperrt", "straße"), Some(Kind::Word));
    assert_eq!(kind("", "x"), None);
    assert_eq!(kind("x", ""), None);
}

#[test]
fn a_term_found_is_found_with_its_last_letters_removed() {
    let fields = ["Gateway Timeout", "http::StatusCode::NOT_FOUND", "409 Conflict", "Not Found", "über straße"];
    let terms = ["gtwy", "notfound", "conflixt", "timeoutt", "gateway", "straße", "foun", "statuscode"];
    for field in fields {
        for term in terms {
            if find(field, &Term::new(term)).is_none() {
                continue;
            }
            // Down to the short terms, which are held to one word: the Searcher then searches afresh.
            let stricter = |end: usize| Term::new(term).looser_than(&Term::new(&term[..end]));
            for end in (1..term.len()).filter(|&end| term.is_char_boundary(end) && !stricter(end)) {
                assert!(
                    find(field, &Term::new(&term[..end])).is_some(),
                    "{term:?} in {field:?}, not {:?}",
                    &term[..end]
                );
            }
        }
    }
}
