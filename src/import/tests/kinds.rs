//! Columns and cells that name kinds, aliases and lists: words in capitals listed among
//! constants, a type column of a few kinds, a column spelling the codes again, the status a
//! column suggests, sections explaining the codes a table of advice lists.

use super::*;

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
    let all = rows(page);
    let row = all.iter().find(|r| r.0 == "SourceTransformerResponseError").expect("the code is read");
    assert_eq!(row.3, "500");
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
