//! More shapes pages wrote that the reader once misread: tagged message languages, placeholder
//! and payload columns, a header that is a row, statuses sharing an item, enum names beside codes,
//! usage columns, error types set as code.

use super::*;

#[test]
fn a_language_tag_in_brackets_names_the_language() {
    let page = "| コード | HTTP | メッセージ (ja) | メッセージ (en) |\n|---|---|---|---|\n\
                | `AUTH_REQUIRED` | 401 | 認証が必要です。 | Authentication required. |\n\
                | `AUTH_FORBIDDEN` | 403 | 権限がありません。 | Insufficient permissions. |\n";
    assert_eq!(rows(page)[0], row("AUTH_REQUIRED", "Authentication required.", "認証が必要です。", "401"));
}

#[test]
fn a_column_of_payload_shapes_or_dashes_beside_prose_is_notes() {
    let page = "| Code | When | Details |\n|---|---|---|\n\
                | `INVALID_INPUT` | Workflow input fails validation. | -- |\n\
                | `SNAPSHOT_NOT_FOUND` | A requested snapshot does not exist. | `{ runId, frameNo }` |\n\
                | `RUN_FAILED` | The run stopped on an error it could not handle. | -- |\n";
    assert_eq!(rows(page)[0], row("INVALID_INPUT", "", "Workflow input fails validation.", ""));
    assert_eq!(rows(page)[1], row("SNAPSHOT_NOT_FOUND", "", "A requested snapshot does not exist.", ""));
    // Dashes alone say nothing either.
    let dashes = "| Code | When | Details |\n|---|---|---|\n\
                  | `TOOL_PATH_INVALID` | A tool receives a non-string path. | -- |\n\
                  | `TOOL_TIMEOUT` | A tool ran past its time limit and was stopped. | -- |\n";
    assert_eq!(rows(dashes)[1], row("TOOL_TIMEOUT", "", "A tool ran past its time limit and was stopped.", ""));
}

#[test]
fn a_header_line_of_a_status_is_the_first_row() {
    let page = "| 200 | OK | Everything worked as expected. |\n|---|---|---|\n\
                | 400 | Bad Request | The request was unacceptable. |\n\
                | 401 | Unauthorized | No valid API key provided. |\n\
                | 404 | Not Found | The requested resource does not exist. |\n";
    assert_eq!(codes(page), ["200", "400", "401", "404"]);
    assert_eq!(rows(page)[0], row("200", "OK", "Everything worked as expected.", ""));
    assert_eq!(rows(page)[2], row("401", "Unauthorized", "No valid API key provided.", ""));
}

#[test]
fn statuses_sharing_an_item_each_take_its_text() {
    let flat = "## Status codes\n\n- **400**: invalid JSON\n- **401/403**: authentication failure\n\
                - **404**: not found\n- **422**: validation failure\n";
    assert_eq!(codes(flat), ["400", "401", "403", "404", "422"]);
    let listed = "## Status codes\n\n- 400: bad input\n- 401, 403: no key\n- 404: not found\n- 500: broken\n";
    assert_eq!(codes(listed), ["400", "401", "403", "404", "500"]);
    // The first item as well: numbers all, not a label before the list.
    let first = "## Errors\n\n- 400, 401: bad input or no key\n- 404: not found\n- 409: conflict\n- 500: broken\n";
    assert_eq!(codes(first), ["400", "401", "404", "409", "500"]);
    // Over nested lists too, as a heading names its codes.
    let nested = "## Common status codes\n\n- **400**: invalid JSON\n  - Check the body.\n\
                  - **401/403**: authentication failure\n  - Check the headers.\n\
                  - **404**: not found\n  - Check the path.\n";
    assert_eq!(codes(nested), ["400", "401", "403", "404"]);
}

#[test]
fn an_enum_column_beside_the_codes_names_them_and_the_message_describes() {
    let page = "| ErrorCode Enum Value | Code | Default Message | Typical HTTP Status |\n|---|---|---|---|\n\
                | `UNKNOWN_ERROR` | `ERR_UNKNOWN` | An unexpected error occurred. | 500 |\n\
                | `VALIDATION_ERROR` | `ERR_VALIDATION` | Input validation failed. | 400 |\n\
                | `NOT_FOUND` | `ERR_NOT_FOUND` | Resource not found. | 404 |\n";
    assert_eq!(rows(page)[1], row("ERR_VALIDATION", "VALIDATION_ERROR", "Input validation failed.", "400"));
}

#[test]
fn error_codes_beside_exit_codes_are_the_key_and_none_is_no_code() {
    let page = "| Exit code | Error code | Meaning |\n|---|---|---|\n| `0` | None | Success |\n\
                | `1` | `operation_failed` | Vault read failure |\n| `2` | `not_found` | Meeting not found |\n\
                | `3` | `vault_not_found` | Vault not found at the resolved path |\n\
                | `4` | `output_exists` | Export output already exists |\n";
    assert_eq!(codes(page), ["operation_failed", "not_found", "vault_not_found", "output_exists"]);
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    let report: Vec<&str> = imported.report_lines(true).collect();
    assert!(report.iter().any(|line| line.contains("\"None\" is written for its code")), "{report:?}");
}

#[test]
fn another_name_in_brackets_is_a_code_too_but_not_the_kind_it_belongs_to() {
    let page = "| Error | Meaning | Suggested status |\n|---|---|---|\n\
                | `ErrContainerNotFound` (`ErrOrgNotFound`) | No such container | 404 |\n\
                | `ErrRoleNotFound` | No role with that key | 404 |\n| `ErrForbidden` | Not granted | 403 |\n";
    assert_eq!(codes(page), ["ErrContainerNotFound", "ErrOrgNotFound", "ErrRoleNotFound", "ErrForbidden"]);
    assert_eq!(rows(page)[1], row("ErrOrgNotFound", "", "No such container", "404"));
    let kinds = "| Error | Meaning |\n|---|---|\n| `basic_auth` | All basic_auth errors. |\n\
                 | `basic_auth_credentials_missing` (`basic_auth`) | No credentials given. |\n\
                 | `jwt_token_expired` | The token expired. |\n";
    assert_eq!(rows(kinds)[0], row("basic_auth", "", "All basic_auth errors.", ""));
}

#[test]
fn codes_quoted_as_the_body_writes_them_key_rows_and_a_remark_leaves_the_status() {
    let page = "| Status | Cause | Code in body |\n|---|---|---|\n\
                | `400` | Validation failure of the body | Zod-derived; includes `issues` |\n\
                | `401` | The request is anonymous | `\"UNAUTHORIZED\"` |\n\
                | `403` | The authenticator rejected it | `\"FORBIDDEN\"` (overridable) |\n\
                | `404` | No route matched | `\"NOT_FOUND\"` |\n| `500` | A handler threw | `\"INTERNAL_SERVER_ERROR\"` |\n";
    assert_eq!(codes(page), ["400", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "INTERNAL_SERVER_ERROR"]);
    assert_eq!(rows(page)[2], row("FORBIDDEN", "", "The authenticator rejected it", "403"));
}

#[test]
fn constants_each_exception_carries_are_the_codes_and_the_classes_name_them() {
    let page =
        "| Exception | `ErrorKind` | Meaning |\n|---|---|---|\n| `UnicaptchaError` | — | Base of the hierarchy. |\n\
                | `NetworkError` | `NETWORK` | Transport failure. |\n\
                | `AuthenticationError` | `AUTHENTICATION` | The provider rejected the key. |\n\
                | `TaskTimeoutError` | `TASK_TIMEOUT` | No answer in time. |\n";
    let network = rows(page).into_iter().find(|r| r.0 == "NETWORK");
    assert_eq!(network, Some(row("NETWORK", "NetworkError", "Transport failure.", "")));
    assert!(!codes(page).contains(&"NetworkError".to_string()));
}

#[test]
fn a_status_raised_as_a_class_is_keyed_by_the_status() {
    let page = "## HTTP errors\n\n- `AuthenticationError` — 401\n- `AuthorizationError` — 403\n\
                - `NotFoundError` — 404\n- `RateLimitError` — 429\n";
    assert_eq!(rows(page)[0], row("401", "", "AuthenticationError", ""));
}

#[test]
fn cases_with_what_they_carry_are_codes_whole() {
    let page = "| Variant | Meaning | Recovery |\n|---|---|---|\n\
                | `InvalidInput(detail)` | Caller broke a validation rule. | Fix the input. |\n\
                | `Timeout(detail)` | No reply in time. | Check the status. |\n\
                | `NotConnected()` | No active link. | Connect first. |\n\
                | `NonSuccessHttp(status, body)` | HTTP non-2xx. | Inspect the body. |\n";
    assert_eq!(
        codes(page),
        ["InvalidInput(detail)", "Timeout(detail)", "NotConnected()", "NonSuccessHttp(status, body)"]
    );
    // Functions of a value are no cases.
    let guards = "| Function | Matches |\n|---|---|\n| `isBaseError(err)` | Any custom error |\n\
                  | `isStateError(err)` | State errors |\n| `isNotFoundError(err)` | Not found errors |\n";
    assert!(import("errors.md", guards, &Options::default()).map_or(true, |imported| imported.rows() == 0));
}

#[test]
fn a_class_built_with_its_arguments_is_named_by_the_class() {
    let page = "| Exception | HTTP | Raised when |\n|---|---|---|\n\
                | `RunNotFoundError(run_id)` | 404 | The run does not exist. |\n\
                | `RunNotPausedError(run_id, current_status)` | 409 | The run is not paused. |\n\
                | `SchemaNotInitializedError()` | 500 | The database has no tables yet. |\n";
    assert_eq!(codes(page), ["RunNotFoundError", "RunNotPausedError", "SchemaNotInitializedError"]);
}

#[test]
fn a_usage_column_beside_status_names_is_notes() {
    let page = "| Code | Status | Usage |\n|---|---|---|\n| 200 | OK | Successful GET, PATCH, DELETE |\n\
                | 400 | Bad Request | Invalid request syntax or validation error |\n\
                | 404 | Not Found | Resource doesn't exist |\n| 409 | Conflict | Resource conflict |\n";
    assert_eq!(rows(page)[1], row("400", "", "Bad Request", ""));
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    assert_eq!(imported.abnormal[0].notes.as_deref(), Some("Invalid request syntax or validation error"));
}

#[test]
fn words_set_as_code_leading_statuses_are_the_codes() {
    let page = "| Error Type | Status | Description |\n|---|---|---|\n\
                | `INVALID_INPUT` | 400 | Request body is malformed or invalid |\n\
                | `UNAUTHORIZED` | 401 | API key is missing, invalid, or expired |\n\
                | `FORBIDDEN` | 403 | Valid API key but insufficient permissions |\n\
                | `NOT_FOUND` | 404 | Requested resource doesn't exist |\n";
    assert_eq!(codes(page), ["INVALID_INPUT", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"]);
    assert_eq!(rows(page)[2], row("FORBIDDEN", "", "Valid API key but insufficient permissions", "403"));
    let capitalised = "| ErrorType | HTTP | Example |\n|---|---|---|\n| `Validation` | `400` | Input is invalid |\n\
                       | `NotFound` | `404` | No such resource |\n| `Conflict` | `409` | Duplicate email |\n";
    assert_eq!(codes(capitalised), ["Validation", "NotFound", "Conflict"]);
    // After the statuses, such words name them: the statuses key the rows.
    let after = "| Statuscode | Typ | Beschreibung |\n|---|---|---|\n| 400 | `malformed` | Syntaxfehler. |\n\
                 | 403 | `permissionDenied` | Keine Berechtigung. |\n| 404 | `notFound` | Nicht gefunden. |\n";
    assert_eq!(codes(after), ["400", "403", "404"]);
}

#[test]
fn names_over_records_of_labelled_lines_name_the_codes() {
    let page = "## Error Codes\n\n* System Error\n    * Code: 100\n    * Error: an unexpected system error occured\n\
                * Forbidden\n    * Code\": 101\n    * Error: insufficient rights\n\
                * Model Validation\n    * Code: 102\n    * Error: validation error structured description\n";
    assert_eq!(codes(page), ["100", "101", "102"]);
    assert_eq!(rows(page)[1], row("101", "Forbidden", "insufficient rights", ""));
}

#[test]
fn headings_naming_a_status_then_its_number_are_read_when_nothing_else_is() {
    let page = "## Validation Errors (400)\n\n```json\n{ \"error\": \"invalid input\" }\n```\n\n\
                ## Auth Errors (401)\n\n```json\n{ \"error\": \"invalid token\" }\n```\n\n\
                ## Not Found (404)\n\n```json\n{ \"error\": \"challenge not found\" }\n```\n";
    assert_eq!(codes(page), ["400", "401", "404"]);
    assert_eq!(rows(page)[2], row("404", "", "Not Found", ""));
    // Beside a table of the codes, they sort its codes into kinds: the table gives the rows.
    let beside = "| Code | Meaning |\n|---|---|\n| 400 | Bad input |\n| 401 | No key |\n| 404 | No such thing |\n\n\
                  ## Validation Errors (400)\n\nFields are checked.\n\n## Auth Errors (401)\n\nKeys are checked.\n\n\
                  ## Resource Errors (404)\n\nPaths are checked.\n";
    assert_eq!(rows(beside)[0], row("400", "", "Bad input", ""));
}

#[test]
fn a_list_naming_its_codes_before_em_dashes_and_ranges_of_codes() {
    let page = "## Error codes\n\n- `E0001..E0099` — scanner.\n\n## Scanner\n\n\
                - `E0001` invalid input character — the scanner met a character it does not know.\n\
                - `E0002` unterminated string literal — close the string.\n\
                - `E0104` typed-cast bind requires `:=` — use `name := expr as T` instead.\n";
    assert_eq!(codes(page), ["E0001", "E0002", "E0104"]);
    assert_eq!(rows(page)[2], row("E0104", "typed-cast bind requires :=", "use name := expr as T instead.", ""));
}

#[test]
fn an_own_code_where_there_is_one_and_the_status_where_none_is() {
    let page = "| HTTP 状态码 | 内部代码 | 描述 |\n|---|---|---|\n| `200 OK` | 无 | 成功解析。 |\n\
                | `400 Bad Request` | 无 | 缺少参数。 |\n| `502 Bad Gateway` | `UPSTREAM_ERR` | 上游不可用。 |\n\
                | `500 Internal Server Error` | `INTERNAL_FATAL` | 未处理的异常。 |\n";
    assert_eq!(codes(page), ["200", "400", "UPSTREAM_ERR", "INTERNAL_FATAL"]);
    assert_eq!(rows(page)[2], row("UPSTREAM_ERR", "", "上游不可用。", "502"));
}

#[test]
fn references_to_where_details_are_described_are_notes() {
    let page = "| Code | Exit | Message | Details |\n|---|---|---|---|\n\
                | `E_TIMEOUT` | 4 | all backends timed out | `#/schemas/error_details/E_TIMEOUT` |\n\
                | `E_NO_ROUTE` | 3 | no candidate model is reachable | `#/schemas/error_details/E_NO_ROUTE` |\n\
                | `E_UNKNOWN_VERB` | 2 | unknown verb | `#/schemas/error_details/E_UNKNOWN_VERB` |\n";
    assert_eq!(rows(page)[1], row("E_NO_ROUTE", "", "no candidate model is reachable", ""));
}

#[test]
fn headings_of_dotted_names_with_ids_in_braces_are_codes() {
    let page = "# Error Codes\n\n### `argument.no-input` { #argument.no-input }\n\nNo input was given.\n\n\
                ### `selection.stale` { #selection.stale }\n\nThe selection no longer matches.\n\n\
                ### `input.not-utf8` { #input.not-utf8 }\n\nThe input is not UTF-8.\n\n\
                ### E00001: Server misconfigured - {component}:{config key}\n\nA bad value.\n";
    assert_eq!(codes(page)[..3], ["argument.no-input", "selection.stale", "input.not-utf8"]);
}

#[test]
fn a_table_whose_cells_list_the_codes_headings_explain_is_their_index() {
    let page = "## Problems\n\n### definition-not-found\n\nNo workflow definition has that id.\n\n\
                ### instance-not-found\n\nNo instance has that id.\n\n### invalid-input\n\nThe body failed validation.\n\n\
                ### malformed-request\n\nThe body is not JSON.\n\n## Status codes at a glance\n\n\
                | Status | Problems |\n| --- | --- |\n| 400 | `invalid-input`, `malformed-request` |\n\
                | 404 | `definition-not-found`, `instance-not-found` |\n";
    assert_eq!(codes(page), ["definition-not-found", "instance-not-found", "invalid-input", "malformed-request"]);
}

#[test]
fn a_status_opening_each_line_of_constants_is_kept_with_the_notes() {
    let page =
        "## Error codes\n\n- `AUTH_REQUIRED` - 401: Authentication required\n- `AUTH_INVALID` - 401: Invalid token\n\
                - `NOT_FOUND` - 404: Resource not found\n- `RATE_LIMITED` - 429: Too many requests\n";
    assert_eq!(rows(page)[1], row("AUTH_INVALID", "", "Invalid token", ""));
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    assert_eq!(imported.abnormal[3].notes.as_deref(), Some("HTTP 429"));
}
