use super::*;

#[test]
fn words_match_at_word_starts_and_as_stems() {
    assert!(mentions("Error Codes", ERROR));
    assert!(mentions("HTTP-Statuscode", STATUS));
    assert!(mentions("Описание ошибки", DESCRIPTION));
    assert!(mentions("エラーコード", CODE));
    assert!(!mentions("Terror", ERROR));
    assert!(!mentions("Parameter", NAME_LIKE));
}

const NAME_LIKE: &[&str] = &["name", "meter"];

#[test]
fn identifier_headers_are_read_as_words() {
    assert!(mentions("faultCode", &["code"]));
    assert!(mentions("resultMessage", &["message"]));
    assert!(mentions("error_code", &["code"]));
    assert!(!mentions("Codename", &["name"]));
}

#[test]
fn arabic_words_are_found_behind_their_article() {
    assert!(mentions("الرمز", CODE));
    assert!(mentions("رسالة الخطأ", ERROR));
    assert!(!mentions("مالرمز", CODE));
}

#[test]
fn german_typ_is_a_whole_word_not_the_start_of_typical() {
    assert!(mentions("Typ", REASON));
    assert!(mentions("Fehler-Typ", CATEGORY));
    assert!(!mentions("Typical trigger", REASON));
    assert!(!mentions("Typically returned by", CATEGORY));
    assert!(is_one_of("Typ", CATEGORY));
}
