//! Columns read by what stands beside them: names under a header of codes beside a
//! description, error names beside statuses, when a code occurs, a typeset minus, and the
//! one column in words beside identifiers.

use super::*;

#[test]
fn names_headed_as_codes_beside_a_description_name_the_codes() {
    let page = "| Return Code | Code Number | Description |\n|---|---|---|\n\
                | Success | 200 | The request was successful. |\n| Bad Request | 400 | The request was not understood. |\n\
                | Forbidden | 1000 | The user is not privileged to manage records. |\n\
                | Success | 202 | Created except for the PTR. |\n";
    assert_eq!(rows(page)[1], row("202", "Success", "Created except for the PTR.", ""));
    assert_eq!(rows(page)[3], row("1000", "Forbidden", "The user is not privileged to manage records.", ""));
}

#[test]
fn error_names_beside_statuses_are_the_codes_whatever_the_header_left_them() {
    let page = "## 오류 코드 목록\n\n| `error` 값 | HTTP Code | 원인 |\n|---|---|---|\n\
                | `not_found` | 404 | DB에 해당 ID 없음 |\n| `conflict` | 409 | 유니크 키 중복 |\n\
                | `bad_request` | 400 | 잘못된 형식 |\n";
    assert_eq!(rows(page)[0], row("not_found", "", "DB에 해당 ID 없음", "404"));
    assert_eq!(codes(page), ["not_found", "conflict", "bad_request"]);
}

#[test]
fn when_a_status_occurs_describes_its_registered_name() {
    let page = "| Code | 의미 | 발생 상황 |\n|---|---|---|\n| **200** | OK | GET 성공 |\n\
                | **404** | Not Found | 리소스 없음 |\n| **500** | Internal Server Error | 예상치 못한 서버 오류 |\n";
    assert_eq!(rows(page)[1], row("404", "Not Found", "리소스 없음", ""));
}

#[test]
fn a_typeset_minus_signs_a_code() {
    let page = "## Kernel return codes\n\n| Code | Name | Meaning |\n|---:|---|---|\n| 0 | `TSR_OK` | success |\n\
                | −1 | `TSR_EARG` | invalid argument |\n| −2 | `TSR_EINDEX` | index out of bounds |\n";
    assert_eq!(rows(page)[1], row("−1", "TSR_EARG", "invalid argument", ""));
}

#[test]
fn the_one_column_in_words_beside_identifiers_explains_the_codes() {
    let page = "## Codecs\n\n|Task|TaskID|ErrorCode|Code|Info|\n|---|:-:|:-:|:-:|---|\n\
                |TASK_HOVER|1|00010001|1|Receiver object missing|\n|TASK_FLOW|2|00100001|1|Receiver object missing|\n\
                |TASK_FLOW|2|00100010|2|Sensor object missing|\n";
    assert_eq!(rows(page)[2], row("00100010", "", "Sensor object missing", ""));
    // A matrix whose cells are the codes again explains none of them.
    let page = "| Code | Name | Description |\n|---|---|---|\n| E301 | LockOnNonLock | lock on a non-Mutex |\n\
                | E302 | ReadLockOnNonRwLock | read lock on a non-RwLock |\n\n\
                | operation | Mutex | RwLock |\n|---|---|---|\n| `mutex_lock` | ok | E301 |\n| `rwlock_read` | E302 | ok |\n";
    assert_eq!(codes(page), ["E301", "E302"]);
}

#[test]
fn file_names_under_an_error_header_beside_statuses_are_no_codes() {
    let page = "| Status | Error page | Description |\n|---|---|---|\n| 404 | `404.html` | Shown when a page is missing |\n\
                | 500 | `500.html` | Shown when the server fails |\n| 503 | `maintenance.html` | Shown during maintenance |\n";
    assert_eq!(codes(page), ["404", "500", "503"]);
}

#[test]
fn identifiers_listed_again_in_each_module_table_still_key_their_rows() {
    let module = |name: &str, own: &str| {
        format!(
            "## {name}\n\n| Code | HTTP Status | Description |\n|---|---|---|\n| `{own}` | 404 | No such {name}. |\n\
             | `not_found` | 404 | Nothing there. |\n| `unauthorized` | 401 | No token. |\n\n"
        )
    };
    let page = format!(
        "{}{}{}## Periods\n\n| Code | HTTP Status | Description |\n|---|---|---|\n\
         | Period not found | 404 | No such period. |\n| Period already closed | 409 | Closed before. |\n",
        module("Shared", "internal_error"),
        module("Bills", "bill_not_found"),
        module("Vendors", "vendor_not_found")
    );
    assert_eq!(rows(&page)[0], row("internal_error", "", "No such Shared.", "404"));
    assert_eq!(rows(&page)[3], row("bill_not_found", "", "No such Bills.", "404"));
    // Names in words where the other tables hold identifiers name the statuses.
    let closed = rows(&page).into_iter().find(|r| r.0 == "409").expect("409 is read");
    assert_eq!(closed, row("409", "Period already closed", "Closed before.", ""));
}

#[test]
fn the_enums_names_beside_codes_and_statuses_name_the_codes() {
    let page = "| Code | Enum Case | HTTP | Description |\n|---|---|---|---|\n\
                | `helm.action.not_found` | `ActionNotFound` | 404 | Action does not exist |\n\
                | `helm.action.not_ready` | `ActionNotReady` | 400 | Action is not ready |\n\
                | `helm.action.failed` | `ActionFailed` | 400 | Action failed |\n";
    assert_eq!(rows(page)[0], row("helm.action.not_found", "ActionNotFound", "Action does not exist", "404"));
}

#[test]
fn examples_exit_codes_and_problem_types_are_read_for_what_they_are() {
    // "Typical examples" are examples; "128", "129" under "Exit" are no statuses.
    let page = "| Stable code | Category | Exit | Meaning | Typical examples |\n|---|---|---|---|---|\n\
                | `LBR-CLI-001` | cli | 129 | Unknown command | `libra wat` |\n\
                | `LBR-CLI-002` | cli | 129 | Invalid arguments | missing required flag |\n\
                | `LBR-REPO-001` | repo | 128 | Not inside a repository | run outside a repo |\n";
    assert_eq!(rows(page)[0], row("LBR-CLI-001", "", "Unknown command", ""));
    // A problem's type, set as code, is the code.
    let page = "| `type` | Meaning |\n|---|---|\n| `/errors/400` | The body is not valid JSON. |\n\
                | `/errors/401` | No credential was presented. |\n| `/errors/404` | Nothing is there. |\n";
    assert_eq!(rows(page)[1], row("/errors/401", "", "No credential was presented.", ""));
}

#[test]
fn a_lead_that_says_the_code_again_names_nothing() {
    let page = include_str!("../../../tests/fixtures/pages-aspring/il01_msbuildkit_code_reference.md");
    let (code, reason, description, _) = rows(page).into_iter().find(|r| r.0 == "MSKITPKG020").unwrap();
    assert_eq!((code.as_str(), reason.as_str()), ("MSKITPKG020", ""));
    assert!(description.starts_with("the readme cannot be generated as asked"), "{description}");
}

#[test]
fn numbers_before_error_names_are_the_codes_the_names_stand_for() {
    let page =
        "## Planner error codes\n\n| outcome | 名称 | 典型的な原因 |\n|---|---|---|\n| 50 | NO_PATH_FOUND | 解なし |\n\
                | 51 | CLIENT_CANCELED | クライアントが cancel |\n| 52 | INVALID_START | start がマップ外 |\n";
    assert_eq!(rows(page)[1], row("51", "CLIENT_CANCELED", "クライアントが cancel", ""));
}

#[test]
fn rows_counted_and_names_after_the_code_are_read_for_what_they_are() {
    // "No." counts the rows: the names are the codes.
    let page = "# Error codes\n\n| No. | Name | Description |\n|---|---|---|\n| 1 | INVALID_PARAMETER | A parameter is missing. |\n\
                | 2 | TOKEN_EXPIRED | The token expired. |\n| 3 | RATE_LIMITED | Too many requests. |\n";
    assert_eq!(rows(page)[1], row("TOKEN_EXPIRED", "", "The token expired.", ""));
    // "`E100` (Timeout) — …" names the code; "`E101` — …" and "(warning)" say it again.
    let page = "# Codes\n\n### E100\n\n`E100` (Timeout) — the upstream did not answer.\n\n\
                ### E101\n\n`E101` — the connection was refused.\n\n### E102\n\n`E102` (warning) — the gateway failed.\n";
    assert_eq!(rows(page)[0], row("E100", "Timeout", "the upstream did not answer.", ""));
    assert_eq!(rows(page)[1], row("E101", "", "the connection was refused.", ""));
    assert_eq!(rows(page)[2], row("E102", "", "the gateway failed.", ""));
}

#[test]
fn some_codes_named_beside_each_status_are_notes_to_it() {
    let page = "## HTTP Status Codes\n\n| Status | Meaning | Common Error Codes |\n|---|---|---|\n\
                | 200 | Success | - |\n| 400 | Bad Request | `INVALID_REQUEST`, `INVALID_VIDEO_ID` |\n\
                | 401 | Unauthorized | `UNAUTHORIZED` |\n| 429 | Too Many Requests | `RATE_LIMIT_EXCEEDED` |\n";
    assert_eq!(codes(page), ["200", "400", "401", "429"]);
    assert_eq!(rows(page)[1], row("400", "", "Bad Request", ""));
}
