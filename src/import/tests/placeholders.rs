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
