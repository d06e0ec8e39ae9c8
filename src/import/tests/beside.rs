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
