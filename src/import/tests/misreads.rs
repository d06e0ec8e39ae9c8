//! Pages written to trip the rules for kinds, aliases and bare numbers: a brand before a colon,
//! build numbers, a column of tools, milliseconds, "Okay", a version history, a constant before a
//! dash, a details column, an error status under a label of success.

use super::*;

#[test]
fn a_brand_before_a_colon_is_no_name() {
    let page = "# Webhook status codes\n\n- 200 OK: the delivery was accepted\n\
                - 401 GitHub: the webhook secret does not match\n- 404 PayPal: the merchant account was not found\n";
    assert_eq!(rows(page)[1], row("401", "", "GitHub: the webhook secret does not match", ""));
}

#[test]
fn build_numbers_are_no_codes() {
    let page =
        "# Installer error codes\n\n- 0F0A: disk not ready\n- 0F0B: checksum mismatch\n- 0F0C: no space left\n\n\
                ## Supported builds\n\n- 21E230: macOS 12.3\n- 23A344: macOS 14.0\n- 22E261: macOS 13.3\n";
    assert_eq!(codes(page), ["0F0A", "0F0B", "0F0C"]);
}

#[test]
fn a_column_of_analysis_tools_explains_nothing() {
    let page = "# 错误码\n\n| 错误码 | 描述 | 分析工具 |\n|---|---|---|\n| 1001 | 参数错误 | 日志平台 |\n\
                | 1002 | 签名失败 | 日志平台 |\n| 1003 | 超时 | 链路追踪 |\n";
    assert_eq!(rows(page)[0], row("1001", "", "参数错误", ""));
}

#[test]
fn milliseconds_a_header_suggests_are_no_statuses() {
    let page = "# Error codes\n\n| Code | Message | Suggested HTTP client timeout (ms) |\n|---|---|---|\n\
                | 1001 | Busy | 200 |\n| 1002 | Overloaded | 500 |\n| 1003 | Maintenance | 300 |\n";
    assert_eq!(rows(page)[0], row("1001", "", "Busy", ""));
}

#[test]
fn okay_says_success() {
    let page = "# Exit codes\n\n## Okay\n\n| Code | Description |\n|---|---|\n| 10 | Finished |\n| 12 | Done |\n\n\
                ## Failures\n\n| Code | Description |\n|---|---|\n| 11 | Failed |\n| 13 | Crashed |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!((imported.normal.len(), imported.abnormal.len()), (2, 2));
}

#[test]
fn numbered_headings_of_a_version_history_are_no_codes() {
    let page = "# Exit codes\n\n- ### 110 - Not specified\n- ### 111 - Keyword used as the name\n- ### 112 - Internal error\n\n\
                ## Version history\n\n- ### 10 - Initial release\n- ### 11 - Added keywords\n";
    assert_eq!(codes(page), ["110", "111", "112"]);
}

#[test]
fn a_constant_before_a_dash_names_its_code_even_once() {
    let steps: String = (1..=5).map(|i| format!("| {i} | Step {i} failed |\n")).collect();
    let page =
        format!("# Error codes\n\n| Code | Description |\n|---|---|\n{steps}| 6 | ERR_LOCKED — account is locked |\n");
    assert_eq!(rows(&page)[5], row("6", "ERR_LOCKED", "account is locked", ""));
}

#[test]
fn a_sentence_beside_its_details_stays_the_description() {
    let page = "# Status codes\n\n| Status | Description | Details |\n|---|---|---|\n\
                | 400 | The request body could not be parsed as JSON | Check for trailing commas and unquoted keys; validate the payload with a linter |\n\
                | 404 | The resource does not exist in this project | The id may be mistyped, or the resource may have been deleted by another user |\n";
    assert_eq!(rows(page)[0].2, "The request body could not be parsed as JSON");
}

#[test]
fn an_error_status_after_a_label_of_success_is_an_error() {
    let page =
        "# Response Status Codes\n\nIn case of a successful request, a status code will be one of the following:\n\n\
                > - **200 OK**—In the response to successful GET.\n> - **201 Created**—In the response to POST.\n\n\
                > - **400 Bad Request**—The request is malformed.\n> - **401 Unauthorized**—No authentication.\n\
                > - **404 Not Found**—A non-existent resource.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!((imported.normal.len(), imported.abnormal.len()), (2, 3));
    assert_eq!(rows(page)[0], row("200", "OK", "In the response to successful GET.", ""));
}
