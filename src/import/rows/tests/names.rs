//! Names split from code cells and description cells, and categories that are no names.

use super::*;

#[test]
fn reasons_are_split_from_cells() {
    let blocks = [table(
        &["Error Code", "Meaning"],
        &[&["400", "Bad Request -- Your request is invalid."], &["200 (OK)", "Fine."], &["E1", "Plain words."]],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("400", "Bad Request", "Your request is invalid."));
    // A success status is normal even under a header calling the codes errors.
    assert_eq!(out.normal, [row("200", "OK", "Fine.")]);
    assert_eq!(out.abnormal[1], row("E1", "", "Plain words."));
    // The registry's name leads before a dash in any case; other lower-case words before one do not.
    let blocks = [table(
        &["Code", "Description"],
        &[&["500", "Internal server error - Внутренняя ошибка сервера"], &["409", "edits clash - try again later"]],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("500", "Internal server error", "Внутренняя ошибка сервера"));
    assert_eq!(out.abnormal[1], row("409", "", "edits clash - try again later"));
    // The registry's name in English, then the text in the page's own script.
    let blocks = [table(&["Code", "Description"], &[&["400", "Bad Request คำร้องขอไม่ถูกต้อง"]])];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("400", "Bad Request", "คำร้องขอไม่ถูกต้อง"));
}

#[test]
fn a_category_written_under_the_code_is_not_its_name() {
    let rows: &[&[&str]] = &[
        &["context_length_exceeded type: invalid_request_error", "400", "输入 token 超过上限。"],
        &["invalid_api_key type: authentication_error", "401", "API Key 无效。"],
    ];
    let out = collect(&[table(&["code", "HTTP", "含义"], rows)], &Options::default());
    let codes: Vec<(&str, &str)> = out.abnormal.iter().map(|r| (r.code.as_str(), r.reason.as_str())).collect();
    assert_eq!(codes, [("context_length_exceeded", ""), ("invalid_api_key", "")]);
}

#[test]
fn codes_sharing_a_name_and_catch_all_rows() {
    let blocks = [table(
        &["Code", "Description"],
        &[&["500, 502, 503, 504 - Server Errors", "Something went wrong."], &["default", "Any other code."]],
    )];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["500", "502", "503", "504"]);
    assert_eq!(out.abnormal[1], row("502", "Server Errors", "Something went wrong."));
    assert!(report(&out).iter().any(|l| l.contains("'default' stands for every other code")), "{:?}", report(&out));
}
