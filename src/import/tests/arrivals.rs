//! Shapes real pages wrote that the reader once misread: status values, wrapped code spans,
//! MDX fields and callouts, labels of where a code is raised, and more than one cause.

use super::*;

#[test]
fn a_call_with_no_arguments_is_one_code() {
    let page = "| 상태 코드 | 설명 |\n|---|---|\n| `absl::OkStatus()` | 작업이 성공적으로 완료됨 |\n\
                | `absl::InternalError` | 내부 처리 오류 |\n";
    assert_eq!(codes(page), ["absl::OkStatus()", "absl::InternalError"]);
}

#[test]
fn own_codes_in_capitals_under_status_headings_key_every_row() {
    let page =
        "## HTTP Status Codes\n\n#### 400 Bad Request\n- **Code**: `BAD_REQUEST`\n- **Description**: Bad input\n\n\
                #### 401 Unauthorized\n- **Code**: `UNAUTHORIZED`\n- **Description**: No token\n\n\
                #### 409 Conflict\n- **Code**: `CONFLICT`\n- **Description**: Taken\n";
    assert_eq!(rows(page)[0], row("BAD_REQUEST", "Bad Request", "Bad input", "400"));
    assert_eq!(rows(page)[1], row("UNAUTHORIZED", "Unauthorized", "No token", "401"));
}

#[test]
fn where_a_code_is_raised_is_a_field_and_what_happened_its_meaning() {
    let entry = |code: &str, what: &str| {
        format!(
            "### `{code}` — a short name\n\n**Raised from:** `pkg(method)`\n\n**What happened:** {what}\n\n\
             **Why it happens:** Something else.\n\n"
        )
    };
    let page = format!(
        "# Errors\n\n{}{}{}",
        entry("APP_ONE", "One failed."),
        entry("APP_TWO", "Two failed."),
        entry("APP_SIX", "Six.")
    );
    assert_eq!(rows(&page)[1], row("APP_TWO", "a short name", "Two failed.", ""));
}

#[test]
fn a_code_span_opening_a_wrapped_line_of_text_loses_its_marks() {
    let page = "# Error reference\n\n### `APP_ONE` — bad verb\n\n**What happened:** A name collides with a verb (`use`, `on`,\n\
                `skill`, `run`).\n\n### `APP_TWO` — bad rate\n\n**What happened:** Unlike\n`APP_ONE`, this passes.\n\n\
                ### `APP_SIX` — bad size\n\n**What happened:** Too big.\n";
    assert_eq!(rows(page)[0].2, "A name collides with a verb (use, on, skill, run).");
    assert_eq!(rows(page)[1].2, "Unlike APP_ONE, this passes.");
}

#[test]
fn a_constant_marked_with_a_hash_is_a_code() {
    let page = "| Error code | Message |\n|---|---|\n| `#AUTH_TOKEN_EMPTY` | `Token missing.` |\n\
                | `#UNKNOWN_METHOD` | `Request not recognized.` |\n";
    assert_eq!(codes(page), ["#AUTH_TOKEN_EMPTY", "#UNKNOWN_METHOD"]);
}

#[test]
fn a_status_column_of_values_set_as_code_keys_its_rows() {
    let page = "# Application Status Codes\n\n| Status | Trigger | File |\n|---|---|---|\n\
                | `skipped_open_error` | Failed to open page | `adapter.py` |\n\
                | `skipped_no_inputs` | Form has no inputs | `modal.py` / `cover.py` |\n\
                | `skipped_error` | Unhandled exception | `adapter.py` — check daily log |\n";
    // The files say where each is raised: no names.
    assert_eq!(rows(page)[1], row("skipped_no_inputs", "", "Form has no inputs", ""));
}

#[test]
fn names_a_label_calls_fields_are_no_codes() {
    let page = "# Status Codes\n\n## Status Message Type\n\nFields:\n\n- `status`: integer status code\n\
                - `avg_loop_ms`: average loop time\n- `budget_ms`: loop budget\n\n## Codes\n\n\
                - `0`: OK\n- `1`: Failed to start\n- `2`: Timed out\n";
    assert_eq!(codes(page), ["0", "1", "2"]);
}

#[test]
fn a_list_of_names_under_a_heading_of_errors_is_a_list_of_codes() {
    let page = "# Documented errors\n\n- `unauthorized`: The user is not authorized.\n\
                - `emptyBody`: The request body is empty.\n- `notFound`: The resource was not found.\n";
    assert_eq!(codes(page), ["unauthorized", "emptyBody", "notFound"]);
    // Under a heading of the error body's shape, such names are its fields.
    let fields =
        "# Error format\n\n- `errorCode`: A code.\n- `userMessage`: A message.\n- `requestId`: The request.\n\n\
                  ## Codes\n\n| Code | Meaning |\n|---|---|\n| E1 | Bad |\n";
    assert_eq!(codes(fields), ["E1"]);
}

#[test]
fn response_fields_named_by_codes_head_their_text_and_callouts_stay_aside() {
    let page = "## HTTP Status Codes\n\n<AccordionGroup>\n  <Accordion title=\"4xx Client Errors\">\n    Caused by the client\n\
                <ResponseField name=\"429 Too Many Requests\" type=\"error\">\n      Rate limit exceeded\n    </ResponseField>\n\
                </Accordion>\n  <Accordion title=\"5xx Server Errors\">\n    Caused by the server\n\
                <ResponseField name=\"500 Internal Server Error\" type=\"error\">\n      Unexpected error\n    </ResponseField>\n\
                </Accordion>\n</AccordionGroup>\n\n## Error Codes\n\n\
                <ResponseField name=\"RATE_LIMITED\" type=\"429\">\n  Too many calls\n\n  <Info>\n    Check the headers\n  </Info>\n</ResponseField>\n";
    let page_rows = rows(page);
    assert_eq!(page_rows[0], row("429", "Too Many Requests", "Rate limit exceeded", ""));
    assert_eq!(page_rows[2], row("RATE_LIMITED", "", "Too many calls", ""));
}

#[test]
fn a_column_of_what_to_check_is_notes_in_russian_too() {
    let page = "| Код | Значение | Что проверить |\n|---|---|---|\n| `APP-BOOT-001` | Архитектура не поддерживается | Нужна x64 |\n\
                | `APP-DB-001` | Ошибка SQLite | Проверить место |\n";
    assert_eq!(rows(page)[1], row("APP-DB-001", "", "Ошибка SQLite", ""));
}

#[test]
fn a_value_with_a_placeholder_is_a_pattern_not_a_code() {
    let page = "## Status Codes\n\n| Status | Meaning |\n|---|---|\n| `success` | Test performed |\n\
                | `no_overlap` | Empty intersection |\n| `no_variance` | All errors zero |\n| `undefined` | Undefined |\n\
                | `error: <msg>` | Computational error |\n";
    assert_eq!(codes(page), ["success", "no_overlap", "no_variance", "undefined"]);
}

#[test]
fn a_second_cause_label_says_more_than_what_the_code_means() {
    let page = "### 401 Unauthorized\n- **Quando ocorre:** Falha na autenticação.\n- **Gatilhos Comuns:**\n\
                \x20 - Token ausente.\n  - Token expirado.\n\n### 404 Not Found\n- **Quando ocorre:** Recurso inexistente.\n\n\
                ### 409 Conflict\n- **Quando ocorre:** Já existe.\n";
    assert_eq!(rows(page)[0], row("401", "Unauthorized", "Falha na autenticação.", ""));
}

#[test]
fn an_error_column_of_statuses_keys_its_rows() {
    let page = "| 错误 | 原因 | 处理 |\n|---|---|---|\n| `401` / `Invalid token` | Key 错 | 重建令牌 |\n\
                | `429` | 频率限制 | 降低并发 |\n| `502` | 上游网关异常 | 稍后重试 |\n| `504` | 上游超时 | 换模型 |\n";
    assert_eq!(rows(page)[0], row("401", "Invalid token", "Key 错", ""));
}

#[test]
fn headings_named_as_a_program_names_things_are_codes() {
    let entry = |code: &str| format!("## {code}\n\n```\nA message.\n```\n\nWhat {code} means.\n\n");
    let page =
        format!("# Errors\n\n{}{}{}", entry("attemptToModifyTable"), entry("unknownError"), entry("extendsDeprecated"));
    assert_eq!(codes(&page), ["attemptToModifyTable", "unknownError", "extendsDeprecated"]);
}

#[test]
fn a_heading_listing_statuses_with_or_gives_each_the_text() {
    let page = "## Status codes\n\n### 200, 201 (or any other 2xx errors)\n\nDelivered.\n\n\
                ### 403, 404 or 422 (or any other 4xx errors)\n\nRejected.\n\n### 500\n\nRetried later.\n";
    assert_eq!(codes(page), ["200", "201", "403", "404", "422", "500"]);
    assert_eq!(rows(page)[3], row("404", "", "Rejected.", ""));
}

#[test]
fn where_it_comes_from_is_its_cause_and_what_the_program_does_notes() {
    let entry = |code: &str, name: &str| {
        format!("### {code} {name}\n\n- **来源**：上游 API 返回\n- **行为**：\n  - 切换凭证\n  - 重试\n\n")
    };
    let page =
        format!("# 状态码\n\n{}{}{}", entry("429", "速率限制"), entry("503", "服务不可用"), entry("404", "未找到"));
    assert_eq!(rows(&page)[0], row("429", "速率限制", "上游 API 返回", ""));
}

#[test]
fn a_list_of_response_headers_names_no_codes() {
    let page = "## Errors\n\n- `RATE_LIMITED`: Too many calls.\n- `QUOTA_EXCEEDED`: Storage is full.\n- `TOO_LARGE`: File too big.\n\n\
                ### Rate Limiting Headers\n\n- `X-RateLimit-Limit`: Requests allowed\n- `X-RateLimit-Remaining`: Requests left\n\
                - `Retry-After`: Seconds to wait\n";
    assert_eq!(codes(page), ["RATE_LIMITED", "QUOTA_EXCEEDED", "TOO_LARGE"]);
}

#[test]
fn a_constant_heading_answered_with_a_status_said_as_http_keys_its_row() {
    let entry = |code: &str, status: &str| format!("### `{code}` (HTTP {status})\n\nWhat {code} means.\n\n");
    let page = format!(
        "# Errors\n\n{}{}{}",
        entry("VALIDATION_ERROR", "400"),
        entry("NOT_FOUND", "404"),
        entry("ADAPTER_ERROR", "500")
    );
    assert_eq!(rows(&page)[0], row("VALIDATION_ERROR", "", "What VALIDATION_ERROR means.", ""));
}

#[test]
fn reasons_set_as_code_key_a_table_with_no_other_key() {
    let page = "| Reason | Description |\n|---|---|\n| `invalidQuery` | SQL syntax error |\n| `notFound` | Object not found |\n\
                | `accessDenied` | Insufficient permissions |\n\n## Permissions\n\n\
                - `bigquery.jobs.create` (for dry-run queries)\n- `bigquery.datasets.get` (for dataset access)\n";
    assert_eq!(codes(page), ["invalidQuery", "notFound", "accessDenied"]);
    let sqlstate = "| SQLSTATE | 事象 |\n|---|---|\n| `23502` | NOT NULL 違反 |\n| `22P02` | 型変換の失敗 |\n";
    assert_eq!(codes(sqlstate), ["23502", "22P02"]);
}

#[test]
fn a_status_a_dash_and_a_constant_head_the_constants_row() {
    let entry = |status: &str, code: &str| format!("### {status} — {code}\n\n**Meaning:** What {code} means.\n\n");
    let page = format!(
        "## Error Codes\n\n{}{}{}",
        entry("400", "VALIDATION_ERROR"),
        entry("401", "UNAUTHORIZED"),
        entry("409", "CONFLICT")
    );
    assert_eq!(codes(&page), ["VALIDATION_ERROR", "UNAUTHORIZED", "CONFLICT"]);
    // Without the dash, a status and its name in capitals is the status.
    assert_eq!(codes("## Errors\n\n### 401 UNAUTHORIZED\n\nNo token.\n\n### 403 FORBIDDEN\n\nNo right.\n\n### 404 NOT FOUND\n\nNone.\n"), ["401", "403", "404"]);
}

#[test]
fn a_text_then_labelled_parts_in_one_paragraph_are_told_apart() {
    let entry = |code: &str| {
        format!(
            "### {code}\n\nThe daemon is not running.\n**Cause:** The service stopped.\n**What to do:** Start it.\n\n"
        )
    };
    let page = format!("# Error Code Reference\n\n{}{}{}", entry("APP-E-001"), entry("APP-E-002"), entry("APP-E-003"));
    assert_eq!(rows(&page)[0], row("APP-E-001", "", "The daemon is not running.", ""));
}

#[test]
fn a_hint_beside_a_message_is_notes_and_a_failure_answered_with_200_is_no_success() {
    let page = "| Code | Status | Message | Hint |\n|---|---|---|---|\n\
                | `session_expired` | 401 | Session has expired | |\n\
                | `email_not_found` | 200 | If an account exists, an email was sent | Said so on purpose. |\n\
                | `missing_token` | 400 | Token is required | Send it in the header. |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert!(imported.normal.is_empty(), "{:?}", imported.normal);
    assert_eq!(rows(page)[2], row("missing_token", "", "Token is required", "400"));
}

#[test]
fn a_subheading_right_under_a_bare_number_titles_it() {
    let entry =
        |code: &str, title: &str| format!("## {code}\n\n### {title}\n\nError #{code} occurs when it fails.\n\n");
    let page = format!(
        "# Errors\n\n{}{}{}\n# Warnings\n\n{}",
        entry("1", "Import Map contains invalid JSON"),
        entry("2", "Module did not instantiate"),
        entry("3", "Unable to load module"),
        entry("W1", "Bare specifier missing")
    );
    assert_eq!(rows(&page)[1], row("2", "Module did not instantiate", "Error #2 occurs when it fails.", ""));
    assert_eq!(codes(&page)[3], "W1");
}

#[test]
fn an_errors_column_of_names_gives_each_code_its_name() {
    let page = "| Errors | Codes | Meaning |\n|---|---|---|\n| Data missing | 101 | Data for combo does not exist |\n\
                | Networking Error | 102 | Cannot connect to required server |\n| Champ Missing | 104 | Champion does not exist |\n";
    assert_eq!(rows(page)[1], row("102", "Networking Error", "Cannot connect to required server", ""));
}
