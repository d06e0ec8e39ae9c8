//! Columns and cells that name kinds, aliases and lists: words in capitals listed among
//! constants, a type column of a few kinds, a column spelling the codes again, the status a
//! column suggests, sections explaining the codes a table of advice lists.

use super::*;

/// The row `page` gives `code`.
fn row_of(page: &str, code: &str) -> (String, String, String, String) {
    rows(page).into_iter().find(|r| r.0 == code).unwrap_or_else(|| panic!("{code} is read"))
}

#[test]
fn words_in_capitals_listed_among_constants_are_codes_each() {
    let page = "## Command errors\n\n| Code | Meaning / details |\n|---|---|\n| `WAIT_TIMEOUT` | the condition stayed false |\n\
                | `DEADLINE_EXCEEDED` | the deadline passed |\n| `TRANSPORT_LOST` | no response |\n\
                | `OVERLOADED`, `SESSION_MISMATCH`, `UNSUPPORTED` | protocol-level |\n";
    assert_eq!(codes(page)[3..], ["OVERLOADED", "SESSION_MISMATCH", "UNSUPPORTED"]);
    assert_eq!(rows(page)[4], row("SESSION_MISMATCH", "", "protocol-level", ""));
    let page = include_str!("../../../tests/fixtures/pages-asprawl/gt03_validix_error_types.md");
    let listed = rows(page).into_iter().filter(|r| r.2 == "numeric constraint violated").map(|r| r.0);
    assert_eq!(listed.collect::<Vec<_>>(), ["greater_than", "less_than"]);
}

#[test]
fn a_type_column_of_a_few_kinds_in_words_sorts_the_codes() {
    let kinds = ["http", "internal", "backend"];
    let lines: String = (0..9).map(|i| format!("| ERR_{i} | {} | Failure number {i} |\n", kinds[i % 3])).collect();
    let page = format!("| error code | type | description |\n|---|---|---|\n{lines}");
    assert_eq!(rows(&page)[0], row("ERR_0", "", "Failure number 0", ""));
}

#[test]
fn a_column_spelling_the_codes_again_names_nothing() {
    let page = "| `ErrorCode` | Wire string | Meaning |\n|---|---|---|\n\
                | `notFound` | `NotFound` | Resource not found |\n| `audioStreamHttpError` | `AudioStreamHTTPError` | HTTP failure |\n\
                | `ttsError` | `TTSError` | Speech failed |\n| `noPublicationOpened` | `NoPublication` | Nothing open |\n";
    assert_eq!(rows(page)[1], row("audioStreamHttpError", "", "HTTP failure", ""));
    assert_eq!(rows(page)[3], row("noPublicationOpened", "", "Nothing open", ""));
}

#[test]
fn a_column_suggesting_statuses_gives_each_code_its_status() {
    let page = "# 业务码表\n\n| Code | 名称 | 含义 | 建议 HTTP |\n|---|---|---|---|\n\
                | 100001 | INTERNAL_ERROR | 系统内部错误 | 500 |\n| 100002 | BAD_REQUEST | 请求参数错误 | 400 |\n\
                | 100004 | RATE_LIMITED | 触发限流 | 429 |\n";
    assert_eq!(rows(page)[1], row("100002", "BAD_REQUEST", "请求参数错误", "400"));
}

#[test]
fn sections_explain_the_statuses_a_table_of_advice_lists() {
    // "### 400 Bad Request" over what it means; "| 400 | No | Fix request |" in a table of retries.
    let page = include_str!("../../../tests/fixtures/pages-atangle/gu04_agentceo_error_codes.md");
    let all = rows(page);
    let expected = "The request body is malformed or cannot be parsed.";
    assert!(all.contains(&row("400", "Bad Request", expected, "")), "{all:?}");
}

#[test]
fn a_status_a_later_table_gives_fills_the_one_the_first_left_out() {
    // "| `SourceTransformerResponseError` | … | — ¹ |", then "| … | `500 ¹` |" in a later table.
    let page = include_str!("../../../tests/fixtures/pages-atangle/gu03_rudderstack_gateway_error_codes.md");
    assert_eq!(row_of(page, "SourceTransformerResponseError").3, "500");
}

#[test]
fn a_dash_on_one_row_of_many_joins_clauses() {
    let page = "| Code | Description |\n|---|---|\n| `a_failed` | The first step failed |\n\
                | `b_failed` | The second step failed |\n| `c_failed` | Email not yet verified — check your inbox |\n\
                | `d_failed` | The fourth step failed |\n| `e_failed` | The fifth step failed |\n";
    assert_eq!(rows(page)[2], row("c_failed", "", "Email not yet verified — check your inbox", ""));
}

#[test]
fn a_number_and_the_constant_naming_it_head_each_section() {
    let page = "# Error Reference\n\n## 1 — `AlreadyInitialized`\n\nThe admin key exists.\n\n\
                ## 2 — `NotInitialized`\n\nNo admin key.\n\n## 3 — `UnauthorizedAdmin`\n\nNot the admin.\n";
    assert_eq!(rows(page)[0], row("1", "AlreadyInitialized", "The admin key exists.", ""));
}

#[test]
fn codes_under_headings_beside_a_table_naming_some_of_them_are_said_when_unread() {
    let page = include_str!("../../../tests/fixtures/pages-aflit/gr05_feebumpstudio_contract_error_codes.md");
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let said: Vec<&str> = imported.report_lines(false).collect();
    assert!(said.iter().any(|line| line.contains("skipped 2 codes the page lists outside its tables")), "{said:?}");
}

#[test]
fn short_numbers_dashed_as_the_long_ones_beside_them_are_codes() {
    let page = include_str!("../../../tests/fixtures/pages-asnore/gy05_naobi_return_codes.md");
    assert_eq!(codes(page)[..4], ["10", "11", "30", "50"]);
    assert_eq!(rows(page)[3], row("50", "", "Unknown line", ""));
}

#[test]
fn of_a_description_and_an_explanation_the_short_one_names_the_code() {
    let page = include_str!("../../../tests/fixtures/pages-athud/gz01_devless_status_codes.md");
    let row = row_of(page, "600");
    assert_eq!(row.1, "Data type does not exist");
    assert!(row.2.starts_with("In the event you ask DevLess"), "{row:?}");
}

#[test]
fn members_of_an_enum_keep_their_dot() {
    let page = include_str!("../../../tests/fixtures/pages-agrowl/hd05_vapoursynth_odin_errors.md");
    assert_eq!(codes(page)[..2], [".Invalid_Handle", ".Invalid_Argument"]);
}

#[test]
fn an_analysis_column_says_what_each_code_means() {
    let page = "# 错误码\n\n错误码 | 错误信息 | 错误分析\n---|---|---\n1000 | Request url is not exist! | 检查请求的URL是否正确\n\
                1002 | Signature invalid! | 签名错误\n1003 | Request expired! | 请求已过期\n";
    assert_eq!(rows(page)[0], row("1000", "Request url is not exist!", "检查请求的URL是否正确", ""));
}

#[test]
fn bare_hexadecimal_numbers_and_the_exceptions_they_stand_for_are_codes_and_names() {
    let page = include_str!("../../../tests/fixtures/pages-abrood/hg01_gamersoft_errors_chart.md");
    assert_eq!(row_of(page, "0F0A").1, "ExceptionRecoveryError");
    assert!(!row_of(page, "0270").2.contains("0F0A"));
}

#[test]
fn a_brand_that_opens_with_ok_is_no_word_of_success() {
    let page = "# Errors chart\n\n## Note\n***© Okmeque1 Corporation***\n\n**0280 SyntaxError:** The program has an error.\n\n\
                **0281 ValueError:** The program failed.\n\n**0211 TypeError:** Bad value given.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!((imported.normal.len(), imported.abnormal.len()), (0, 3));
}

#[test]
fn a_code_a_record_labels_is_one_however_plain() {
    let page = include_str!("../../../tests/fixtures/pages-asquint/he03_frictionless_errors_reference.md");
    assert!(codes(page).contains(&"error".to_string()));
}

#[test]
fn numbered_stages_given_again_and_again_sort_the_rows_beside_names_each_once() {
    let stages = ["S1", "S1", "S2", "S2", "S3", "S3"];
    let lines: String = (0..6)
        .map(|i| format!("| `Fault{i}Error` | {} | The stage failed in way number {i}. |\n", stages[i]))
        .collect();
    let page = format!("## Exceptions\n\n| Exception | Stage | Trigger |\n|---|---|---|\n{lines}");
    assert_eq!(codes(&page), (0..6).map(|i| format!("Fault{i}Error")).collect::<Vec<_>>());
    assert_eq!(rows(&page)[2], row("Fault2Error", "", "The stage failed in way number 2.", ""));
}

#[test]
fn a_table_of_kinds_in_words_keys_the_codes_made_of_them() {
    let page = "## Categories\n\n| Code | Category | Description |\n|---|---|---|\n\
                | VAL | Validation | Input validation errors |\n| FS | Filesystem | File system operations |\n\
                | SAN | Sanctuary | Sanctuary protection violations |\n| GIT | Git | Git operation errors |\n\n\
                ## Common Error Codes\n\n### Validation (VAL)\n\n- `OMEGA-VAL-001`: Invalid input format\n\
                - `OMEGA-VAL-002`: Missing required parameter\n\n### Sanctuary (SAN)\n\n\
                - `OMEGA-SAN-001`: Read-only path modified\n- `OMEGA-SAN-002`: Forbidden file access\n";
    assert_eq!(codes(page), ["OMEGA-VAL-001", "OMEGA-VAL-002", "OMEGA-SAN-001", "OMEGA-SAN-002"]);
}

#[test]
fn a_word_in_lower_case_listed_among_snake_case_names_is_one_of_them() {
    let page = "| Error Code | HTTP Status | Reason |\n|---|---|---|\n| `unauthorized` | 401 Unauthorized | Missing authentication |\n\
                | `not_found` | 404 Not Found | No such resource |\n| `internal_error`, `panic` | 500 Internal Server Error | Server-side error |\n";
    assert_eq!(codes(page), ["unauthorized", "not_found", "internal_error", "panic"]);
}
