//! Which columns say what a code is: a message column of kinds, texts in locales' columns,
//! a sub-code and its message beside the code and its.

use super::*;

const KRATOS: &str = "|http_code|reason|message|zh-CN|en-US|\n|--|--|--|--|--|\n\
                      |400|ParamBindErr|Param Exception|参数绑定错误|parameter binding error|\n\
                      |400|ParamErr|Param Exception|||\n|500|DataSqlErr|Data Exception|DB数据异常|db data exception|\n\
                      |500|DataRedisErr|Data Exception|||\n|409|AccountNotExist|Account Exception|||\n\
                      |409|AccountIsLocked|Account Exception|||\n";

#[test]
fn a_message_column_of_kinds_is_the_message_not_each_rows_group() {
    assert_eq!(rows(KRATOS)[1], row("ParamErr", "", "Param Exception", "400"));
}

#[test]
fn of_locale_columns_filled_on_a_few_rows_the_headers_own_language_describes() {
    assert_eq!(rows(KRATOS)[0], row("ParamBindErr", "Param Exception", "parameter binding error", "400"));
    assert_eq!(rows(KRATOS)[2], row("DataSqlErr", "Data Exception", "db data exception", "500"));
}

#[test]
fn a_status_column_of_success_and_failure_still_groups_the_rows() {
    let page = "Response code | Description | Status | Solution\n---|---|---|---\n 00 | SUCCESS | Success | Done.\n\
                06 | TRANSACTION NOT FOUND | Failed | Check the ref_id.\n07 | FAILED | Failed | Try again.\n";
    let imported = import("page.md", page, &Options::default()).unwrap();
    assert_eq!(imported.normal.len(), 1);
    assert_eq!(rows(page)[1], row("06", "", "TRANSACTION NOT FOUND", ""));
}

#[test]
fn each_sub_code_beside_a_code_is_a_row_of_its_own() {
    let page = "# Error Code\n\n| code | msg | subCode | subMsg |\n|---|---|---|---|\n| 0 | Success | | |\n\
                | 10000 | Service error | service-unknown-error | Unknown errors occurred |\n\
                | | | service-not-available | The service is unavailable |\n\
                | 20000 | Authentication error | invalid-auth-token | Invalid access token |\n";
    let codes_read = codes(page);
    assert_eq!(
        codes_read,
        ["0", "10000", "service-unknown-error", "service-not-available", "20000", "invalid-auth-token"]
    );
    assert_eq!(rows(page)[3], row("service-not-available", "", "The service is unavailable", ""));
}

#[test]
fn a_code_given_again_beside_each_sub_code_is_one_row() {
    // As Alipay-style gateways write it: the main code on every row, a solution beside each sub-code.
    let page = "## 业务错误码\n\n| code | msg | sub_code | sub_msg | 解决方案 |\n|---|---|---|---|---|\n\
                | 40004 | 业务处理失败 | ACQ.TRADE_NOT_EXIST | 交易不存在 | 检查交易号 |\n\
                | 40004 | 业务处理失败 | ACQ.SYSTEM_ERROR | 系统错误 | 重新发起请求 |\n";
    assert_eq!(codes(page), ["40004", "ACQ.TRADE_NOT_EXIST", "ACQ.SYSTEM_ERROR"]);
}

#[test]
fn a_message_column_saying_success_or_failure_groups_the_rows() {
    let page = "| Code | Message | Description |\n|---|---|---|\n| 0 | Success | The call succeeded. |\n\
                | 1 | Failed | Generic failure. |\n| 2 | Failed | Timed out. |\n| 3 | Success | Accepted. |\n";
    let imported = import("page.md", page, &Options::default()).unwrap();
    assert_eq!((imported.normal.len(), imported.abnormal.len()), (2, 2));
}

#[test]
fn subscription_and_substatus_columns_are_no_sub_codes() {
    let plans = "## Errors\n\n| Error code | Message | Subscription code | Subscription description |\n|---|---|---|---|\n\
                 | 4001 | Payment required | PRO_MONTHLY | Pro plan, monthly |\n| 4002 | Plan expired | TEAM_YEARLY | Team plan |\n";
    assert_eq!(codes(plans), ["4001", "4002"]);
}

#[test]
fn a_comment_column_describes_where_nothing_else_does() {
    let page = "# Error Feedback Codes\n\n| Index | Name | Code | Comment |\n| --- | --- | --- | --- |\n\
                | 1 | HERR_UNKNOWN | 1 | Unknown error |\n| 2 | HERR_INVALID_PARAM | 2 | Invalid parameter |\n\
                | 3 | HERR_INVALID_FACE_TOKEN | 31 | Invalid face token |\n";
    assert_eq!(rows(page)[1], row("2", "HERR_INVALID_PARAM", "Invalid parameter", ""));
}

#[test]
fn rows_pasted_with_tabs_under_a_header_are_a_table() {
    let page = "## 错误码\n\ncode\tmessage\n\n1000\t成功\n\n1001\t失败\n\n1002\t未登录\n";
    assert_eq!(codes(page), ["1000", "1001", "1002"]);
    assert_eq!(rows(page)[2].2, "未登录");
}

#[test]
fn a_comment_column_beside_a_message_stays_notes() {
    let page =
        "| 错误码 | 错误信息 | 注释 |\n|---|---|---|\n| 40001 | 签名错误 | 检查签名 |\n| 40002 | 参数错误 | 无 |\n\
                | 40003 | 权限不足 | 联系管理员 |\n";
    assert_eq!(rows(page)[1].2, "参数错误");
}

#[test]
fn a_column_of_program_names_set_as_code_is_no_description() {
    let page = "| Public | Value | Internal | When it fires |\n|---|---:|---|---|\n\
                | `OREO_OK` | 0 | `ErrorCode::OK` | Successful return of the operation |\n\
                | `OREO_INVALID_INPUT` | 1 | `ErrorCode::INVALID_INPUT` | Null shape or missing parameter |\n\
                | `OREO_OCCT_FAILURE` | 2 | `ErrorCode::OCCT_FAILURE` | OCCT operation threw a failure |\n\
                | `OREO_SHAPE_INVALID` | 4 | `ErrorCode::SHAPE_INVALID` | The resulting shape is invalid |\n\
                | `OREO_NOT_SUPPORTED` | 100 | `ErrorCode::NOT_SUPPORTED` | Operation not implemented for this input |\n\
                | `OREO_INVALID_STATE` | 101 | `ErrorCode::INVALID_STATE` | Caller invoked the API in the wrong state |\n";
    let not_supported = row("100", "OREO_NOT_SUPPORTED", "Operation not implemented for this input", "");
    assert_eq!(rows(page)[4], not_supported);
    // "100", "101" among "0" … "4": the program's numbers, no more statuses than a 2xx there.
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert!(imported.normal.is_empty(), "{:?}", imported.normal);
}

#[test]
fn a_column_repeating_where_codes_are_raised_names_none() {
    let page = "| errorCode | HTTP status | service | meaning | example scenario |\n|---|---|---|---|---|\n\
                | VALIDATION_ERROR | 400 | all | Request validation failed | Missing required field |\n\
                | INVALID_PAGE_SIZE | 400 | workspace/content | Page size outside range | `size=0` |\n\
                | INVALID_SORT_FIELD | 400 | workspace/content | Sort field not allowed | `sort=x` |\n\
                | INVALID_CREDENTIALS | 401 | identity-service | Login credentials invalid | Wrong password |\n\
                | USER_DISABLED | 403 | identity-service | User cannot authenticate | Disabled user |\n\
                | EMAIL_ALREADY_EXISTS | 409 | identity-service | Email is already registered | Duplicate signup |\n";
    assert_eq!(rows(page)[3], row("INVALID_CREDENTIALS", "", "Login credentials invalid", "401"));
}

#[test]
fn a_status_name_leading_the_only_text_is_its_name() {
    let page = "| Response Code | Error |\n| :--- | :--- |\n| 200 | OK – Everything worked as expected. |\n\
                | 404 | Not found - The requested resource is not found |\n\
                | 500 | Server Error – Something went wrong on our side. |\n";
    assert_eq!(rows(page)[1], row("404", "Not found", "The requested resource is not found", ""));
    assert_eq!(rows(page)[2], row("500", "Server Error", "Something went wrong on our side.", ""));
}

#[test]
fn a_name_beside_a_dash_is_the_one_text() {
    let page =
        "| Code | Message | Description |\n|---|---|---|\n| KB007 | No resolution set | The resolver has none |\n\
                | KB008 | Search only domains | - |\n| KB009 | Invalid label | - |\n";
    assert_eq!(rows(page)[1], row("KB008", "", "Search only domains", ""));
}

#[test]
fn a_class_raised_for_each_code_names_it() {
    let page = "| Error Class | Code | Status Code | Description |\n|---|---|---|---|\n\
                | `ValidationError` | `VALIDATION_ERROR` | 400 | Input validation failed |\n\
                | `BadRequestError` | `BAD_REQUEST` | 400 | Malformed request |\n\
                | `AuthenticationError` | `AUTHENTICATION_ERROR` | 401 | Authentication required |\n\
                | `NotFoundError` | `NOT_FOUND` | 404 | Resource not found |\n";
    assert_eq!(rows(page)[1], row("BAD_REQUEST", "BadRequestError", "Malformed request", "400"));
}

#[test]
fn a_category_column_of_names_each_its_own_names_the_codes() {
    let page = "| Code | HTTP | Category | Description |\n|---|---|---|---|\n\
                | -32700 | 400 | Parse Error | Invalid JSON |\n| -32600 | 400 | Invalid Request | Non-JSON-RPC payload |\n\
                | -32601 | 404 | Method Not Found | Unsupported method |\n| -32602 | 400 | Invalid Params | Validation errors |\n\
                | -32603 | 502 | Internal Error | Server errors |\n| -32000 | 504 | Server Error | Handler timeout |\n";
    assert_eq!(rows(page)[2], row("-32601", "Method Not Found", "Unsupported method", "404"));
}

#[test]
fn a_status_name_before_a_comma_that_goes_on_stays_in_the_text() {
    let page = "| Status | Message |\n|---|---|\n| 200 | OK, with the page of results in data. |\n\
                | 401 | Unauthorized, unless the endpoint is public. |\n| 404 | Not Found, or hidden from your token. |\n";
    assert_eq!(rows(page)[1], row("401", "", "Unauthorized, unless the endpoint is public.", ""));
}

#[test]
fn informational_statuses_among_statuses_stay_normal() {
    let page = "| Response code | Description |\n|---|---|\n| 100 | Continue. |\n| 101 | Switching Protocols. |\n\
                | 200 | OK. |\n| 304 | Not Modified. |\n| 400 | Bad Request. |\n| 404 | Not Found. |\n\
                | 500 | Internal Server Error. |\n| 1001 | Going away (WebSocket close). |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let normal: Vec<&str> = imported.normal.iter().map(|r| r.code.as_str()).collect();
    assert!(normal.contains(&"100") && normal.contains(&"304"), "{normal:?}");
}

#[test]
fn a_typical_reason_is_a_cause_not_a_name() {
    let page = "| Code | Meaning | Typical reason | What to do |\n|---|---|---|---|\n\
                | `AIFP-400` | Bad request | Missing field, invalid JSON | Fix the request shape |\n\
                | `AIFP-401` | Unauthorized | Missing or invalid API authentication | Supply valid authentication |\n\
                | `AIFP-402` | Payment required | Protected resource needs payment | Settle, then retry |\n";
    assert_eq!(rows(page)[1], row("AIFP-401", "", "Unauthorized", ""));
}

#[test]
fn where_a_code_is_defined_says_nothing_of_what_it_means() {
    let page = "## API error codes\n\n| Code | HTTP | Meaning | Defined in |\n|---|---|---|---|\n\
                | `account_blocked` | 409 | Unfinished bookings block deletion. | apps/accounts/deletion.py |\n\
                | `account_inactive` | 403 |  | apps/accounts/admin_auth.py |\n\
                | `booking_not_found` | 404 |  | apps/bookings/api.py, apps/support/api.py |\n\
                | `booking_late` | 409 | The booking starts within a day. | apps/bookings/services.py |\n";
    assert_eq!(codes(page), ["account_blocked", "booking_late"]);
}

#[test]
fn a_hint_beside_the_description_is_what_to_do() {
    let page = "## Authentication errors\n\n| Code | HTTP | Retryable | Description | Hint |\n|---|---|---|---|---|\n\
                | `API_KEY_REQUIRED` | 401 | No | No API key provided | Include `X-Api-Key` header or `Authorization: Bearer` |\n\
                | `INVALID_API_KEY` | 401 | No | API key not recognized or expired | Check the key is correct and not expired |\n\
                | `RATE_LIMITED` | 429 | Yes | Too many requests | Wait for the time in `Retry-After` and try again |\n";
    assert_eq!(rows(page)[0], row("API_KEY_REQUIRED", "", "No API key provided", "401"));
}

#[test]
fn a_format_explained_and_example_codes_give_way_to_the_codes_under_headings() {
    let section = |code: &str, name: &str| format!("### {code}: {name}\n\n**Cause**: It went wrong.\n\n");
    let page = format!(
        "# Error codes\n\n## Format\n\nCodes read `NEURAL-XXXX-YY`.\n\n- `NEURAL`: Framework prefix\n\
         - `XXXX`: Category code\n- `YY`: Specific error\n\n### Category Codes\n\n- `1000`: Parser errors\n\
         - `2000`: Code generation errors\n\n## Parser Errors\n\n{}{}{}## Levels\n\n\
         | Level | Description | Example Codes |\n|---|---|---|\n| **ERROR** | Operation failed | 1000-xx, 2000-xx |\n\
         | **CRITICAL** | System failure | 9000-xx |\n\n## See also\n\n- [GUIDE.md](GUIDE.md) - Message formatting\n",
        section("NEURAL-1000-01", "Syntax Error"),
        section("NEURAL-1000-02", "Invalid Token"),
        section("NEURAL-2000-01", "Unsupported Layer")
    );
    assert_eq!(codes(&page), ["NEURAL-1000-01", "NEURAL-1000-02", "NEURAL-2000-01"]);
}
