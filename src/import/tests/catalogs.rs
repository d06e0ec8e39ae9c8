//! Error catalogues as projects write them: trigger columns, symbols beside codes, messages
//! users are shown, statuses over the API's own codes, and tables that map codes explained below.

use super::*;

#[test]
fn a_trigger_column_describes_a_prompt_beside_it() {
    let page = "| 错误码 | 提示文案 | 触发条件 | 恢复方法 |\n|---|---|---|---|\n\
                | `VALIDATION_FAILED` | 请输入有效的邮箱地址 | 邮箱格式不合法 | 输入正确的邮箱格式 |\n\
                | `UNAUTHORIZED` | 邮箱或密码错误 | Supabase 认证失败 | 核对邮箱和密码 |\n";
    assert_eq!(rows(page)[1], row("UNAUTHORIZED", "邮箱或密码错误", "Supabase 认证失败", ""));
}

#[test]
fn the_symbol_a_program_exports_a_code_by_names_nothing() {
    let page = "| Export Name | Error Code | HTTP Status | Message |\n|---|---|---|---|\n\
                | `ADDRESS_ERRORS.ADDRESS_NOT_FOUND` | `ADDRESS_NOT_FOUND` | 404 | Địa chỉ không tồn tại |\n\
                | `InvalidOTPException` | `InvalidOTPException` | 422 | Error.InvalidOTP |\n\
                | `Timeout` | `Timeout` | 504 | Operation exceeded timeout |\n";
    assert_eq!(rows(page)[0], row("ADDRESS_NOT_FOUND", "", "Địa chỉ không tồn tại", "404"));
    assert_eq!(rows(page)[1], row("InvalidOTPException", "", "Error.InvalidOTP", "422"));
    // A plain word is a name for people, though it is the code too.
    assert_eq!(rows(page)[2], row("Timeout", "Timeout", "Operation exceeded timeout", "504"));
}

#[test]
fn a_message_users_are_shown_beside_the_description_is_notes() {
    let page =
        "| Code | HTTP | Description (Internal Diagnostic) | Safe User Message (Fallback) |\n|---|---|---|---|\n\
                | `VALIDATION_001` | `400` | Input payload failed schema validation. | \"Please check the fields.\" |\n\
                | `AUTH_001` | `401` | JWT access token missing or expired. | \"Please log in again.\" |\n";
    assert_eq!(rows(page)[0], row("VALIDATION_001", "", "Input payload failed schema validation.", "400"));
}

#[test]
fn a_numbered_code_of_parts_then_its_constant_is_one_code_and_its_name() {
    let page = "## Browser\n\n| Code | Meaning | Retry |\n|---|---|---|\n\
                | RAD-BRW-001 MARKETPLACE_SESSION_EXPIRED | login manual necessário | no |\n\
                | RAD-BRW-002 DOM_CHANGED | UI não corresponde ao adapter | no |\n";
    assert_eq!(
        rows(page),
        [
            row("RAD-BRW-001", "MARKETPLACE_SESSION_EXPIRED", "login manual necessário", ""),
            row("RAD-BRW-002", "DOM_CHANGED", "UI não corresponde ao adapter", ""),
        ]
    );
}

#[test]
fn an_errno_beside_a_name_joined_as_programs_join_words_is_two_codes() {
    let page = "| Underlying gRPC / errno | What it means |\n|---|---|\n\
                | `EIO` | The server can't satisfy the request. |\n\
                | `EACCES` / `PermissionDenied` | The resolved identity has no permission on the file. |\n";
    assert_eq!(codes(page), ["EIO", "EACCES", "PermissionDenied"]);
}

#[test]
fn a_code_field_under_a_status_keys_the_rows_by_the_api_codes() {
    let page = "Standardized API Error Semantics\n\n- 401 UNAUTHENTICATED\n  - Codes: unauthenticated, unauthenticated_appcheck\n  \
                - Meaning: Missing or invalid ID token\n- 403 FORBIDDEN\n  - Code: forbidden\n  - Meaning: Lacks required role\n\
                - 423 LOCKED\n  - Code: locked\n  - Meaning: Status blocks action\n";
    assert_eq!(
        rows(page),
        [
            row("unauthenticated", "UNAUTHENTICATED", "Missing or invalid ID token", "401"),
            row("unauthenticated_appcheck", "UNAUTHENTICATED", "Missing or invalid ID token", "401"),
            row("forbidden", "FORBIDDEN", "Lacks required role", "403"),
            row("locked", "LOCKED", "Status blocks action", "423"),
        ]
    );
}

#[test]
fn a_table_mapping_statuses_to_codes_explained_below_takes_their_sections() {
    let section = |code: &str, text: &str| {
        format!("#### `{code}`\n\n| | |\n|---|---|\n| **Description** | {text} |\n| **Retryable** | No |\n\n")
    };
    let mut page = String::from("## Error Codes\n\n");
    page += &section("invalid_offering", "The offering does not exist.");
    page += &section("invalid_tier", "The tier does not exist.");
    page += &section("payment_required", "Payment proof is missing.");
    page += &section("budget_exceeded", "The budget is spent.");
    page += "## Mapping\n\n| HTTP Status | Error Codes |\n|---|---|\n\
             | `400 Bad Request` | `invalid_offering`, `invalid_tier` |\n\
             | `402 Payment Required` | `payment_required`, `budget_exceeded` (soft_block) |\n";
    let rows = rows(&page);
    assert_eq!(
        rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["invalid_offering", "invalid_tier", "payment_required", "budget_exceeded"]
    );
    assert_eq!(rows[3].2, "The budget is spent.");
}

#[test]
fn a_key_of_program_names_names_the_codes_a_message_describes() {
    let page = "## TimeSheet\n\n| Code | Key | Message |\n|---|---|---|\n\
                | TIMESHEET-000 | ErrorDuringDataProcessing | Error during data processing |\n\
                | TIMESHEET-001 | InvalidModel | Invalid model |\n| TIMESHEET-002 | TotalHoursNegative | TotalHours cannot be negative |\n";
    assert_eq!(rows(page)[1], row("TIMESHEET-001", "InvalidModel", "Invalid model", ""));
}

#[test]
fn what_the_ui_or_the_caller_does_and_where_a_code_is_emitted_are_notes() {
    let page = "| Code | Status | Public Message | UI Treatment |\n|---|---|---|---|\n\
                | `VALIDATION_ERROR` | 422 | Request validation failed. | Field errors or inline form error. |\n\
                | `RATE_LIMITED` | 429 | Too many requests. Try again shortly. | Disable action until retry window. |\n\n\
                | Code | HTTP | Where it is emitted | Internal message | Customer-facing message |\n|---|---|---|---|---|\n\
                | ERR_2001_USAGE_LIMIT | 402 | track-usage, revamp-cv | Usage limit reached. | You have used all your credits. |\n\
                | ERR_2002_INVALID | 400 | revamp-cv | Invalid request payload. | Please try again. |\n";
    assert_eq!(rows(page)[0], row("VALIDATION_ERROR", "", "Request validation failed.", "422"));
    assert_eq!(rows(page)[3], row("ERR_2002_INVALID", "", "Invalid request payload.", "400"));
}

#[test]
fn a_column_of_json_beside_the_message_is_examples() {
    let page = "## 요청 형식 오류 (400)\n\n| code | message | detail |\n|---|---|---|\n\
                | INVALID_REQUEST | 요청 형식이 올바르지 않습니다. | `{ \"fields\": [\"cancelAmount\"] }` |\n\
                | CANCEL_AMOUNT_MISMATCH | 취소 항목 합계가 일치하지 않습니다. | `{ \"requestedTotal\": 500000 }` |\n";
    assert_eq!(rows(page)[0], row("INVALID_REQUEST", "", "요청 형식이 올바르지 않습니다.", ""));
}

#[test]
fn a_phrase_its_name_repeats_whole_is_one_code() {
    let page = "| Kód | Úroveň | Název | Význam |\n|---|---|---|---|\n\
                | DB_BUSY | ERROR | Probíhá jiná operace | Pracovní data právě používá jiná operace. |\n\
                | Dosud nepárováno | INFO | Dosud nepárováno | Platba zatím nemá výsledek párování. |\n";
    assert_eq!(rows(page)[1], row("Dosud nepárováno", "Dosud nepárováno", "Platba zatím nemá výsledek párování.", ""));
}

#[test]
fn exceptions_each_beside_the_status_they_answer_with_are_the_codes() {
    let page = "## HTTP Status Code Reference\n\n| Status | Exception | Meaning |\n|---|---|---|\n\
                | 400 | BadRequestException | Invalid input |\n| 404 | NotFoundException | Resource not found |\n\
                | 500 | InternalServerErrorException | Unexpected server error |\n";
    assert_eq!(rows(page)[1], row("NotFoundException", "", "Resource not found", "404"));
}

#[test]
fn a_pattern_beside_a_code_in_one_cell_is_no_code() {
    let page = "## Upstream errors (502)\n\n| Code | HTTP | When |\n|---|---|---|\n\
                | `FANOUT_TOTAL_FAILURE` | 502 | All backends failed; no results |\n\
                | `BRAVE_HTTP_ERROR` | 502 | Brave API non-success status |\n\
                | `DDGS_*` / `BRAVE_API_KEY_MISSING` | 502 | Backend-specific failures (see logs) |\n";
    assert_eq!(codes(page), ["FANOUT_TOTAL_FAILURE", "BRAVE_HTTP_ERROR", "BRAVE_API_KEY_MISSING"]);
}

#[test]
fn a_code_heading_graded_in_brackets_heads_its_code() {
    let page = "# Uncertain Error Catalog\n\n## `syntax-error` (error)\n\nThe source code could not be parsed.\n\n\
                ## `loop-limit` (error)\n\nA loop ran past its limit.\n\n## `approximation-warning` (warning)\n\n\
                A non-Normal distribution is used in a product.\n";
    assert_eq!(codes(page), ["syntax-error", "loop-limit", "approximation-warning"]);
    assert_eq!(rows(page)[1], row("loop-limit", "", "A loop ran past its limit.", ""));
}

#[test]
fn when_it_is_thrown_describes_and_how_to_fix_it_is_notes() {
    let page = "| 错误码 | 错误类型 | 何时抛 |\n|---|---|---|\n| -1 | NetworkDisconnected | 没网 |\n\
                | -2 | Timeout | SocketTimeoutException |\n| -3 | DnsResolution | UnknownHostException |\n";
    assert_eq!(rows(page)[0], row("-1", "NetworkDisconnected", "没网", ""));
    let page = "# エラーカタログ\n\n### E001: 構文エラー\n\n**原因**: DSLの文法に違反した記述があります。\n\n\
                **修正方法**: エラー行を確認してください。\n\n### E002: 整数変換エラー\n\n**原因**: 年数として解釈できない値です。\n\n\
                ### E003: 未定義\n\n**原因**: 定義されていません。\n";
    assert_eq!(rows(page)[0], row("E001", "構文エラー", "DSLの文法に違反した記述があります。", ""));
}

#[test]
fn problem_types_beside_their_statuses_key_the_rows() {
    let page = "## Error Catalog\n\n| Type | Status | Trigger | Extension members |\n|---|---:|---|---|\n\
                | `/problems/request-not-eligible` | 422 | Request tidak memenuhi syarat | `failedCriteria` |\n\
                | `/problems/package-unavailable` | 409 | Paket tidak tersedia | `availableAt` |\n\
                | `/problems/already-distributed` | 409 | Request sudah disalurkan | `distributionId` |\n";
    assert_eq!(rows(page)[1], row("/problems/package-unavailable", "", "Paket tidak tersedia", "409"));
}

#[test]
fn where_a_code_mostly_occurs_is_notes() {
    let page = "| 番号 | コード | HTTP | メッセージ | 主な発生箇所 |\n|---|---|---|---|---|\n\
                | `E3001` | `ACCOUNT_DISABLED` | 403 | このアカウントは無効化されています | api/auth/login.php |\n\
                | `E3002` | `ALREADY_ACTIVE` | 409 | 既にアクティブなセッションがあります | api/store/table-sessions.php |\n";
    assert_eq!(rows(page)[0], row("ACCOUNT_DISABLED", "", "このアカウントは無効化されています", "403"));
}

#[test]
fn a_column_headed_by_the_code_field_keys_the_rows_wherever_it_stands() {
    let page = "| Source | HTTP | `code` | Message shown |\n|---|---|---|---|\n\
                | `ValidationAppError` (service-level rule) | 422 | `validation_error` | \"Choose another account.\" |\n\
                | FastAPI `RequestValidationError` | 422 | `validation_error` | \"One or more fields are invalid.\" |\n\
                | `AuthenticationError` (expired token) | 401 | `unauthenticated` | \"Please log in again.\" |\n\
                | `AuthorizationError` | 403 | `forbidden` | Specific |\n";
    assert_eq!(codes(page), ["validation_error", "unauthenticated", "forbidden"]);
}
