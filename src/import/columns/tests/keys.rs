//! Which column keys the rows when its cells, not its header, say so.

use super::*;

#[test]
fn numbers_under_patterns_that_label_their_groups_are_codes() {
    let rows: &[&[&str]] = &[
        &["10##", "**Phone errors**", "**Ошибки номера**"],
        &["1001", "empty phone", "Введите номер телефона"],
        &["1002", "phone invalid", "В номере телефона ошибка"],
        &["####", "**System errors**", "**Системные ошибки**"],
        &["1901", "internal error", "Внутренняя ошибка сервера"],
    ];
    let table = table(&["num", "code description", "RU detail"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true).map(|c| c.0), Ok(0));
}

#[test]
fn names_of_other_things_key_nothing_whatever_they_look_like() {
    let rows: &[&[&str]] = &[&["BIOMCP_CACHE_DIR", "Cache location"], &["NCBI_API_KEY", "Higher rate limits for NCBI"]];
    assert!(columns(&["Variable", "Used by"], rows).is_err());
}

#[test]
fn variants_of_an_error_type_are_codes() {
    let rows: &[&[&str]] = &[
        &["HttpClientInit", "HTTP client could not initialize", "Check TLS"],
        &["Http", "HTTP request failed", "Retry the command"],
        &["NotFound", "Requested entity ID was not found", "Check the ID"],
    ];
    assert_eq!(columns(&["Error variant", "Meaning", "Recovery guidance"], rows), found(0, None, None, Some(1), &[2]));
}
