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
fn the_first_of_listed_items_or_a_state_before_a_comma_is_no_name() {
    let page = "| Code | Description |\n|---|---|\n| V001 | Name, email and phone are required. |\n\
                | V002 | Street, city, or postal code is missing. |\n| V003 | Amount, currency and date must match. |\n\
                | V004 | Deprecated, use V005 instead. |\n| V005 | The date is in the past. |\n";
    assert_eq!(rows(page)[0], row("V001", "", "Name, email and phone are required.", ""));
    assert_eq!(rows(page)[3], row("V004", "", "Deprecated, use V005 instead.", ""));
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

#[test]
fn a_table_of_what_to_do_adds_notes_to_codes_read_above() {
    let page = "| Code | Name | Cause |\n|---|---|---|\n| 401 | Unauthorized | Invalid or missing API key |\n\
                | 429 | Too Many Requests | Rate limit exceeded |\n| 500 | Internal Server Error | Server-side issue |\n\n\
                | 502 | Bad Gateway | Upstream provider error |\n| 503 | Service Unavailable | Service down |\n\n\
                ## When to Retry\n\n| Error | Retry? | Strategy |\n|---|---|---|\n| `401 Unauthorized` | No | Fix your API key |\n\
                | `429 Too Many Requests` | Yes | Exponential backoff |\n| `500 Internal Server Error` | Yes | Retry once |\n\
                | `502 Bad Gateway` | Yes | Retry up to 3 times |\n| `503 Service Unavailable` | Yes | Retry up to 3 times |\n";
    assert_eq!(rows(page)[1], row("429", "Too Many Requests", "Rate limit exceeded", ""));
}

#[test]
fn an_aside_in_the_code_column_leaves_the_row_keyed_by_its_status() {
    let page = "| Endpoint | HTTP | `data.code` | Meaning |\n|---|---|---|---|\n\
                | `POST /tx` | 422 | `PAYMENT_GATEWAY_NOT_CONFIGURED` | No gateway configured. |\n\
                | `POST /tx` | 422 | `CURRENCY_NOT_SUPPORTED` | Currency not supported. |\n\
                | `POST /tx` | 502 | `PAYMENT_PROVIDER_TIMEOUT` | Provider timed out. |\n\
                | (any) | 401 | (no code; `msg` only) | Token expired or invalid. |\n\
                | (any) | 429 | (no code; `msg` only) | Rate limit exceeded. |\n";
    assert_eq!(rows(page)[0], row("PAYMENT_GATEWAY_NOT_CONFIGURED", "", "No gateway configured.", "422"));
    assert_eq!(rows(page)[3], row("401", "", "Token expired or invalid.", ""));
}

#[test]
fn comments_in_a_listing_of_statuses_say_what_each_means() {
    let page = "## Códigos de Status HTTP\n\n### 2xx - Sucesso\n```bash\n200 OK                    # Requisição processada com sucesso\n\
                201 Created              # Recurso criado com sucesso\n204 No Content           # Sem conteúdo\n```\n";
    assert_eq!(rows(page)[1], row("201", "Created", "Recurso criado com sucesso", ""));
}

#[test]
fn a_misspelt_name_among_statuses_still_opens_a_line_of_its_own() {
    let page = "状态码\n200 OK 请求成功\n201 created 创建成功\n404 not found 请求的资源不存在\n500 interval server error 内部错误\n";
    assert_eq!(codes(page), ["200", "201", "404", "500"]);
}

#[test]
fn a_file_and_line_a_generator_names_is_no_code() {
    let page = "## Error codes\n\nDefined in: [src/base-error.ts:20](https://example.com/src/base-error.ts#L20)\n\n\
                - 1001: The request failed\n- 1002: The token expired\n- 1003: The quota is used up\n";
    assert_eq!(codes(page), ["1001", "1002", "1003"]);
}

#[test]
fn marks_stuck_to_a_status_and_headings_of_languages_are_no_codes() {
    let page = "# Status codes\n\n| Code | Meaning |\n|---|---|\n| HTTP 400® | Bad input |\n| 404 | No such item |\n";
    assert_eq!(codes(page), ["400", "404"]);
    let page = "## Errors\n\n### AUTH_001 - Invalid key\n\nThe key is wrong.\n\n### AUTH_002 - Expired key\n\n\
                The key expired.\n\n### AUTH_003 - Revoked key\n\nThe key was revoked.\n\n### JavaScript (fetch)\n\n\
                Call the API with fetch.\n";
    assert_eq!(codes(page), ["AUTH_001", "AUTH_002", "AUTH_003"]);
}

#[test]
fn codes_a_listing_shows_under_a_heading_of_codes_are_said_when_unread() {
    let page = "#### data.status: http状态码\n\n| code | 说明 |\n|---|---|\n| 200 | OK |\n| 401 | 验证失败 |\n\n\
                #### data.code: 详细状态码\n```PHP\n[\n    'server internal error' => '当前网络不稳定|10000',\n\
                \x20   'not null' => '不能为空|10001',\n    'the user does not exist' => '用户不存在|10002',\n]\n```\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let said: Vec<&str> = imported.report_lines(false).collect();
    assert!(said.iter().any(|line| line.contains("skipped 3 codes shown under \"data.code: 详细状态码\"")), "{said:?}");
}

#[test]
fn numbers_a_log_or_a_header_ends_with_are_no_codes_unread() {
    let page = "# Status codes\n\n```\n127.0.0.1 - - \"GET /api/users HTTP/1.1\" 200 2326\n\
                127.0.0.1 - - \"GET /api/nope HTTP/1.1\" 404 512\n127.0.0.1 - - \"POST /api/users HTTP/1.1\" 500 128\n```\n\n\
                | Code | Meaning |\n|---|---|\n| 200 | Fine |\n| 404 | No such user |\n| 500 | Server fault |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert!(!imported.report_lines(false).any(|line| line.contains("shown under")));
}
