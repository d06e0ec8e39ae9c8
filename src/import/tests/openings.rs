//! How a row's text opens and where its parts sit: a name before a comma, a status with its
//! name in a listing, a number a constant stands for, a status for each code of a cell.

use super::*;

#[test]
fn short_names_before_commas_in_every_cell_name_the_codes() {
    let page = "| Error code | Description |\n|---|---|\n\
                | 1000 | Undefined error code, this error code means the error is undefined |\n\
                | 1003 | IO error, this error code means there is an IO error in Source/Sink |\n\
                | 2001 | SQL compilation error, this error means the SQL does not parse |\n";
    assert_eq!(rows(page)[1], row("1003", "IO error", "this error code means there is an IO error in Source/Sink", ""));
}

#[test]
fn clauses_joined_by_commas_stay_one_text() {
    // Chinese prose joins clause after clause with commas; a clause opening a sentence is no name.
    let page = "| 错误码 | 说明 |\n|---|---|\n| 11101 | 下发处理成功,resultInfo会返回下发流水号 |\n\
                | 11102 | 下发处理失败,resultInfo会描述具体失败原因 |\n| 11103 | 发送内容有敏感词,errorInfo中会返回 |\n";
    assert_eq!(rows(page)[0], row("11101", "", "下发处理成功,resultInfo会返回下发流水号", ""));
    let page = "| Code | Description |\n|---|---|\n| 1 | If the token expired, refresh it |\n\
                | 2 | When the body is empty, send one |\n| 3 | If the key is wrong, check it |\n";
    assert_eq!(rows(page)[0], row("1", "", "If the token expired, refresh it", ""));
}

#[test]
fn a_listing_of_statuses_with_their_names_lists_the_codes() {
    let page = "STATUS CODES\n\nAll responses use standard HTTP status codes.\n\n\
                \x20   200 OK Successful request.\n    201 Created New resource created.\n\
                \x20   301 Moved Permanently The resource moved.\n    404 Not Found No such resource.\n";
    assert_eq!(rows(page)[2], row("301", "Moved Permanently", "The resource moved.", ""));
    assert_eq!(codes(page), ["200", "201", "301", "404"]);
}

#[test]
fn a_listing_of_requests_and_answers_is_an_example() {
    let page = "| Code | Meaning |\n|---|---|\n| 400 | Bad input |\n\n```\nGET /items\n200 OK\nContent-Type: text/plain\n```\n";
    assert_eq!(codes(page), ["400"]);
}

#[test]
fn a_number_a_constant_stands_for_is_named_by_the_constant() {
    let page = "## Error codes\n\n```\n8000 = ERROR_CODE_PLUGIN_INTERNAL_ERROR;\n8001 = ERROR_CODE_CONFIGURATION;\n\
                8002 = ERROR_CODE_ILLEGAL_ARGUMENT;\n```\n";
    assert_eq!(rows(page)[1], row("8001", "", "ERROR_CODE_CONFIGURATION", ""));
}

#[test]
fn codes_sharing_a_cell_take_the_statuses_beside_them_in_turn() {
    let page = "| Code | HTTP | Meaning |\n|---|---|---|\n| `invalid_request` | 400 | bad body |\n\
                | `payload_too_large` / `unsupported_media_type` | 413 / 415 | attachment limits |\n";
    assert_eq!(rows(page)[1], row("payload_too_large", "", "attachment limits", "413"));
    assert_eq!(rows(page)[2], row("unsupported_media_type", "", "attachment limits", "415"));
}

#[test]
fn a_column_filled_on_a_few_rows_leaves_the_description_its_role() {
    let page = "|Status Code| Sent By | Description | Additional Information |\n|---|---|---|---|\n\
                |000|HUBJECT|Success|Everything is fine and the request went through.|\n|001|HUBJECT|Hubject system error|Returned for many reasons, any internal problem among them.|\n\
                |002|HUBJECT|Hubject database error||\n|009|HUBJECT|Data transaction error||\n\
                |019|HUBJECT|Inconsistent EvcoID||\n";
    assert_eq!(rows(page)[1], row("001", "", "Hubject system error", ""));
}

#[test]
fn traditional_chinese_headers_read_as_simplified_ones() {
    let page = "| Code | HTTP | 英文訊息 | 中文訊息 | 觸發場景 |\n|---|---|---|---|---|\n\
                | `AUTH_REQUIRED` | 401 | Missing token | 請先登入 | 未帶 Authorization header |\n\
                | `AUTH_INVALID` | 401 | Invalid token | 登入已過期 | JWT 過期 |\n";
    assert_eq!(rows(page)[0], row("AUTH_REQUIRED", "Missing token", "未帶 Authorization header", "401"));
}
