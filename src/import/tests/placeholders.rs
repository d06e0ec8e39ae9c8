//! Cells, fields and headings that name no code's text: placeholders, flags, titles, maps.

use super::*;

#[test]
fn a_none_in_parentheses_is_no_name() {
    let page = "## 에러 코드\n\n| 코드 | 노출 메시지 | 설명 |\n|---|---|---|\n| 101 | 로그인 실패 | 아이디 없음 |\n\
                | 106 | (없음) | 비밀번호 불일치 |\n| 107 | (none) | 토큰 만료 |\n| 108 | N/A | 권한 없음 |\n";
    assert_eq!(rows(page)[1], row("106", "", "비밀번호 불일치", ""));
    assert_eq!(rows(page)[2], row("107", "", "토큰 만료", ""));
    assert_eq!(rows(page)[3], row("108", "", "권한 없음", ""));
}

#[test]
fn a_bare_none_may_be_a_constant_s_name() {
    let page = "## Result codes\n\n| Code | Name | Description |\n|---|---|---|\n| 0 | None | No error |\n\
                | 1 | Timeout | The call timed out |\n| 2 | Denied | Access denied |\n";
    assert_eq!(rows(page)[0].1, "None");
}

#[test]
fn a_flag_with_an_aside_is_a_field_not_the_text() {
    let section = |code: &str, flag: &str| {
        format!("### {code}\n\n**Severity:** WARNING\n**Retryable:** {flag}\n\nThe {code} happened.\n\n")
    };
    let page = format!(
        "# Errors\n\n## Network errors\n\n{}{}{}",
        section("ERR_301_TIMEOUT", "Yes (with exponential backoff)"),
        section("ERR_302_REFUSED", "No"),
        section("ERR_303_RESET", "Yes")
    );
    assert_eq!(rows(&page)[0], row("ERR_301_TIMEOUT", "", "The ERR_301_TIMEOUT happened.", ""));
}

#[test]
fn a_product_named_over_its_error_codes_is_the_title() {
    let page = "# AmanMCP Error Codes Reference\n\nThis document lists the codes.\n\n## Network\n\n\
                ### ERR_301_TIMEOUT\n\nTimed out.\n\n### ERR_302_REFUSED\n\nRefused.\n\n### ERR_303_RESET\n\nReset.\n";
    assert_eq!(codes(page), ["ERR_301_TIMEOUT", "ERR_302_REFUSED", "ERR_303_RESET"]);
}

#[test]
fn a_table_mapping_the_codes_headings_list_to_another_protocol_is_no_list_of_codes() {
    let section = |code: &str| format!("### {code}\n\n**Severity:** ERROR\n\nThe {code} happened.\n\n");
    let listed: String = ["ERR_101_CONFIG", "ERR_201_FILE", "ERR_204_LARGE", "ERR_301_TIMEOUT"].map(section).concat();
    let page = format!(
        "# Errors\n\n## Codes\n\n{listed}## MCP Error Code Mapping\n\n| AmanMCP Error | MCP Code | Description |\n\
         |---|---|---|\n| ERR_201_FILE | -32004 | File not found |\n| ERR_204_LARGE | -32005 | File too large |\n"
    );
    assert_eq!(codes(&page), ["ERR_101_CONFIG", "ERR_201_FILE", "ERR_204_LARGE", "ERR_301_TIMEOUT"]);
    let page = include_str!("../../../tests/fixtures/pages-asag/hk01_amanmcp_error_codes.md");
    assert_eq!(codes(page).len(), 23);
}

#[test]
fn symptoms_under_a_code_say_what_it_means_when_nothing_else_does() {
    let section = |code: &str, name: &str, symptom: &str| {
        format!("### {code} — {name}\n\n**Message:** {name} happened.\n\n**Symptoms:**\n- {symptom}\n\n**Resolution:**\n1. Fix it\n\n---\n\n")
    };
    let page = format!(
        "# Error code reference\n\n{}{}{}",
        section("E1001", "Config Not Found", "Running any command outside a project"),
        section("E1002", "Invalid YAML", "Malformed YAML in the file"),
        section("E1003", "Port In Use", "Another process holds the port")
    );
    assert_eq!(rows(&page)[1], row("E1002", "Invalid YAML", "Malformed YAML in the file", ""));
}

#[test]
fn the_word_for_an_error_before_a_code_in_its_cell_names_it() {
    let page = "<table><tr><td>Erro</td><td>script</td></tr>\
                <tr><td>ERRO A-001: usuário não cadastrado!</td><td>login.php</td></tr>\
                <tr><td>ERRO A-002: senha incorreta!</td><td>login.php</td></tr>\
                <tr><td>ERRO ERRO U-010: dados inconsistentes!</td><td>habilitacao_alterar.php</td></tr></table>";
    let imported = import("errors.html", page, &Options::default()).expect("the page has codes");
    let codes: Vec<&str> = imported.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["A-001", "A-002", "U-010"]);
    // The scripts that raise them are notes, not what they mean.
    assert_eq!(imported.abnormal[1].description, "senha incorreta!");
    assert_eq!(imported.abnormal[1].notes.as_deref(), Some("login.php"));
}

#[test]
fn a_table_whose_text_names_codes_the_headings_explain_keeps_its_own_codes() {
    let page = "# Error codes\n\n| Code | Name | Description |\n|---|---|---|\n\
                | 400 | BAD_REQUEST | The request is invalid; the reason holds INVALID_FIELD, MISSING_FIELD or TOO_LONG. |\n\
                | 404 | NOT_FOUND | The resource does not exist. |\n\n## Reasons\n\n### INVALID_FIELD\n\nWrong type.\n\n\
                ### MISSING_FIELD\n\nA field is absent.\n\n### TOO_LONG\n\nA field is too long.\n";
    assert_eq!(codes(page)[..2], ["400", "404"]);
}

#[test]
fn a_table_of_code_families_by_prefix_is_a_key_not_codes() {
    let page = "## Category overview\n\n| Prefix | Layer | Codes | Meaning |\n|---|---|---|---|\n\
                | `AUTH_*` | api | 6 | Authentication |\n| `PAY_*` | api | 9 | Payments |\n| `RATE_*` | api | 3 | Rate limiting |\n\n\
                ## Common errors\n\n| Code | Message |\n|---|---|\n| AUTH_MISSING | No token was sent. |\n| PAY_DECLINED | The card was declined. |\n";
    assert_eq!(codes(page), ["AUTH_MISSING", "PAY_DECLINED"]);
}

#[test]
fn a_table_mapping_other_names_to_codes_read_above_adds_no_codes() {
    let page = "## Enum\n\n| Code | Name | Meaning |\n|---|---|---|\n| 3 | `NO_PROFILE` | The profile does not exist. |\n\
                | 4 | `SELECTOR_TIMEOUT` | The locator timed out. |\n| 8 | `RATE_LIMIT` | A captcha was shown. |\n\n\
                ## Facebook\n\n| `fbErrorType` | Code | Detected by |\n|---|---|---|\n\
                | `not_logged_in` | `NO_PROFILE` (3) | The page shows a login form |\n| `captcha` | `RATE_LIMIT` (8) | A security check |\n";
    assert_eq!(codes(page), ["3", "4", "8"]);
}

#[test]
fn codes_given_twice_for_two_causes_are_still_the_codes() {
    let page = "## Alarms\n\n| Alarm | Cause | Remedy |\n|---|---|---|\n| AL101 | Encoder cable loose | Reconnect the encoder cable. |\n\
                | AL101 | Encoder broken | Replace the encoder. |\n| AL102 | Overvoltage | Check the supply. |\n\
                | AL102 | Brake resistor open | Replace the resistor. |\n| AL103 | Overheat | Clean the fan. |\n\
                | AL103 | Fan stopped | Replace the fan. |\n";
    assert_eq!(codes(page), ["AL101", "AL102", "AL103"]);
}

#[test]
fn a_code_and_a_file_name_alone_give_no_text() {
    let page =
        "# Errors\n\n| Code | Source |\n|---|---|\n| E01 | login.php |\n| E02 | upload.php |\n| E03 | handler.ts |\n";
    // Codes with nothing said of them give no rows, as anywhere else.
    let imported = import("errors.md", page, &Options::default());
    assert!(imported.map_or(true, |imported| imported.rows() == 0));
}

#[test]
fn beside_a_description_two_names_in_two_languages_name_the_code_in_the_headers_language() {
    let page = "## Alarms\n\n|Alarm Code|English Alarm Name|Chinese Name|Description|\n|---|---|---|---|\n\
                |`AL003`|Barrel Temperature Not Reached|料管温度未达设定|The barrel is colder than its set-point.|\n\
                |`AL004`|Lubrication Oil Level Low|润滑油油量不足|The oil level is too low.|\n\
                |`AL005`|Safety Door Open|安全门打开|The operator door is open.|\n";
    assert_eq!(rows(page)[1], row("AL004", "Lubrication Oil Level Low", "The oil level is too low.", ""));
}

#[test]
fn statuses_each_beside_codes_read_above_add_no_codes() {
    let page = "## Errors\n\n| Code | Message |\n|---|---|\n| `VALIDATION_ERROR` | Invalid input |\n\
                | `BAD_REQUEST` | Malformed request |\n| `UNAUTHORIZED` | Not signed in |\n| `TOKEN_EXPIRED` | Token expired |\n\n\
                ## Status mapping\n\n| Status | Codes |\n|---|---|\n| 400 | `VALIDATION_ERROR`, `BAD_REQUEST` |\n\
                | 401 | `UNAUTHORIZED`, `TOKEN_EXPIRED` |\n";
    assert_eq!(codes(page), ["VALIDATION_ERROR", "BAD_REQUEST", "UNAUTHORIZED", "TOKEN_EXPIRED"]);
}

#[test]
fn a_code_among_families_keeps_the_table_and_a_status_in_brackets_is_no_code_read_above() {
    let page = "## Errors\n\n| Prefix | Status | Meaning |\n|---|---|---|\n| `AUTH_*` | 401 | Authentication errors |\n\
                | `PAY_*` | 402 | Payment errors |\n| `RATE_*` | 429 | Throttling |\n| `INTERNAL` | 500 | Unexpected server error |\n";
    assert!(!rows(page).is_empty());
    let page =
        "# Errors\n\n## HTTP statuses\n\n| Status | Meaning |\n|---|---|\n| 400 | Bad Request |\n| 404 | Not Found |\n\
                | 409 | Conflict |\n\n## Error codes\n\n| Code | Exception class |\n|---|---|\n\
                | `not_found` (404) | `ResourceNotFoundError` |\n| `conflict` (409) | `VersionConflictError` |\n\
                | `invalid_body` (400) | `ValidationError` |\n";
    assert!(codes(page).contains(&"not_found".to_string()), "{:?}", codes(page));
}

#[test]
fn file_names_under_a_header_that_says_nothing_are_notes() {
    let page = "# Errors\n\n| Code | Message | File |\n|---|---|---|\n| E_PARSE | Parse error | parser.go |\n\
                | E_SCHEMA | Schema error | schema.go |\n| E_IO | I/O error | load.go |\n";
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    assert_eq!(imported.abnormal[0].notes.as_deref(), Some("parser.go"));
}
