//! Tables whose code cells carry the names ("200 OK"): which other column describes.

use super::*;

#[test]
fn with_names_in_the_code_cells_the_longer_of_two_descriptions_describes() {
    let rows: &[&[&str]] = &[
        &["200 OK", "성공", "요청 정상 처리"],
        &["400 Bad Request", "잘못된 요청", "요청 파라미터 또는 바디 형식 오류"],
        &["404 Not Found", "리소스 없음", "요청한 리소스가 존재하지 않음"],
    ];
    assert_eq!(columns(&["상태 코드", "의미", "설명"], rows), found(0, None, None, Some(2), &[1]));
    // "Wann" ("when") says when a status is sent: notes beside what it means.
    let rows: &[&[&str]] = &[
        &["200 OK", "Erfolg", "Lesende Anfragen (GET)"],
        &["201 Created", "Ressource erstellt", "POST mit neuer Ressource"],
        &["409 Conflict", "Konflikt", "Doppelter Eintrag oder ungültiger Zustandsübergang"],
    ];
    assert_eq!(columns(&["Code", "Bedeutung", "Wann"], rows), found(0, None, None, Some(1), &[2]));
}

#[test]
fn with_names_in_the_code_cells_sentences_under_a_summary_describe() {
    let rows: &[&[&str]] = &[
        &["200 - OK", "Everything worked as expected."],
        &["400 - Bad Request", "The request was unacceptable, often due to a missing parameter."],
        &["401 - Unauthorized", "No valid API key provided."],
    ];
    assert_eq!(columns(&["HTTP Status", "Summary"], rows), found(0, None, None, Some(1), &[]));
}
