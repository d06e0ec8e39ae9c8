//! Which phrases leading a description name its code.

use super::*;

#[test]
fn a_lead_phrase_each_code_has_its_own_names_it() {
    let blocks = [table(
        &["Code", "Description"],
        &[
            &["10", "Bad Request - the body is malformed"],
            &["11", "Not Found - no such item"],
            &["12", "Gone - the item was deleted"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("10", "Bad Request", "the body is malformed"));
}

#[test]
fn lead_phrases_codes_share_say_where_they_occur_and_stay_in_the_text() {
    let blocks = [table(
        &["Code", "Description"],
        &[
            &["1011", "Kennungsänderung - Kennung belegt"],
            &["1012", "Kennungsänderung - Kennung enthält Umlaute"],
            &["1014", "Zusammenlegung - Anonyme Kennung"],
            &["1015", "Zusammenlegung - Ungültige Kennung"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("1011", "", "Kennungsänderung - Kennung belegt"));
    assert_eq!(out.abnormal[3], row("1015", "", "Zusammenlegung - Ungültige Kennung"));
}

#[test]
fn a_status_name_leads_its_text_with_an_aside_or_in_full() {
    let blocks = [table(
        &["Status", "Beschreibung"],
        &[
            &["102", "Processing (WebDAV): Der Server bearbeitet die Anfrage."],
            &["431", "Request Header Fields Too Large: Die Headerfelder sind zu groß."],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.normal[0], row("102", "Processing (WebDAV)", "Der Server bearbeitet die Anfrage."));
    assert_eq!(out.abnormal[0], row("431", "Request Header Fields Too Large", "Die Headerfelder sind zu groß."));
}

#[test]
fn a_source_file_beside_a_code_is_no_name_of_it() {
    let blocks = [table(
        &["Code", "説明"],
        &[
            &["ERR_RETRY_PREDICATE (policy/retry.py)", "リトライ設定が無効"],
            &["ERR_COST (policy/cost.py)", "コスト上限を超過"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("ERR_RETRY_PREDICATE", "", "リトライ設定が無効"));
}
