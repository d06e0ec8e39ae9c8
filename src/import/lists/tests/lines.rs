//! Lines as programs and vendors write them: constants and their numbers, response fields,
//! group labels, numbered capitals, arrows.

use super::*;

#[test]
fn a_constant_then_the_number_it_stands_for() {
    let constant = "SumUpAPI.Response.ResultCode.ERROR_INVALID_PARAM = 4";
    assert_eq!(entry(constant), e("4", "", "SumUpAPI.Response.ResultCode.ERROR_INVALID_PARAM"));
    assert_eq!(entry("`ERROR_NO_CONNECTIVITY` = 6"), e("6", "", "ERROR_NO_CONNECTIVITY"));
    // Words before " = " are prose, not a constant.
    assert_eq!(entry("Set the retry limit = 5"), None);
}

#[test]
fn a_status_name_with_its_explanation_aside() {
    let line = "`400` - Bad Request (parâmetros inválidos)";
    assert_eq!(entry(line), e("400", "Bad Request", "parâmetros inválidos"));
    assert_eq!(entry("429 - Too Many Requests (rate limit)"), e("429", "Too Many Requests", "rate limit"));
    // Words in parentheses after another name stay its text.
    assert_eq!(entry("400 - Invalid field (see the docs)"), e("400", "", "Invalid field (see the docs)"));
}

#[test]
fn fields_of_a_response_name_no_codes_but_list_them() {
    let page = "# SDK\n\n## Response fields\n\nSeveral response fields are returned:\n\n\
                * Response.RESULT_CODE\n  * Type: int\n  * Possible Values:\n\
                \x20   * ResultCode.SUCCESSFUL = 1\n    * ResultCode.ERROR_TRANSACTION_FAILED = 2\n\
                \x20   * ResultCode.ERROR_INVALID_PARAM = 4\n\
                * Response.MESSAGE\n  * Type: String\n  * Description: A human readable message\n\
                * Response.TX_CODE\n  * Type: String\n  * Description: The transaction code\n\
                * Response.RECEIPT_SENT\n  * Type: boolean\n  * Description: Whether a receipt was sent\n";
    assert_eq!(
        read("README.md", page),
        [
            row("1", "", "ResultCode.SUCCESSFUL"),
            row("2", "", "ResultCode.ERROR_TRANSACTION_FAILED"),
            row("4", "", "ResultCode.ERROR_INVALID_PARAM")
        ]
    );
}

#[test]
fn labels_over_groups_of_listed_codes_are_no_text_of_the_code_above() {
    let page = "# Fehlercodes\n\n- Allgemein 0xx\n  + Rechte 00x\n    * 000 - Unzureichende Rechte\n\
                \x20 + Item 01x\n    * 010 - Item nicht gefunden\n- Format-Errors 2xx\n  + Textarea 21x\n\
                \x20   * 211 - ungültige Zeichen\n  + Select\n  + Radio\n- Spezial-Errors 9xx\n\
                \x20 + 901 - Feld stimmt nicht mit anderem überein\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("000", "", "Unzureichende Rechte"),
            row("010", "", "Item nicht gefunden"),
            row("211", "", "ungültige Zeichen"),
            row("901", "", "Feld stimmt nicht mit anderem überein")
        ]
    );
}

#[test]
fn codes_in_capitals_numbered_stand_alone_under_their_headings() {
    assert_eq!(entry("ROOM403: 방 비밀번호가 잘못 되었습니다."), e("ROOM403", "", "방 비밀번호가 잘못 되었습니다."));
    // "HTTP2", "IPV6": a number too short to make a word a code.
    assert_eq!(entry("HTTP2: faster"), None);
    let page = "# 📌 **Woori-CodeShare 에러코드 목록**\n\n## 일반 오류\n\n- **1001: 입력 오류**\n    - 입력 형식이 잘못되었습니다.\n\n\
                - **1002: JSON 형식 오류**\n    - JSON 형식이 올바르지 않습니다.\n\n- **2001: 유효하지 않은 토큰**\n    - 토큰이 유효하지 않습니다.\n\n\
                ## Room 오류\n\n- **ROOM403: 방 비밀번호가 잘못 되었습니다.**\n- **ROOM404: 존재하지 않는 방입니다.**\n\n\
                ## Comment 오류\n\n- **COMMENT404: 존재하지 않는 댓글입니다.**\n\n## 페이징 오류\n\n\
                - **PAGE4001: 페이지 번호는 1이상의 숫자여야 합니다.**\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["1001", "1002", "2001", "ROOM403", "ROOM404", "COMMENT404", "PAGE4001"]);
}

#[test]
fn an_arrow_leads_from_a_code_to_its_text() {
    assert_eq!(
        entry("`VALIDATION_ERROR` → 422: entradas inválidas."),
        e("VALIDATION_ERROR", "", "entradas inválidas.")
    );
    let named = entry("400 -> BadRequest (any params or whatever is bad)");
    assert_eq!(named, e("400", "BadRequest", "any params or whatever is bad"));
    assert_eq!(entry("501 -> NotImplementedError"), e("501", "", "NotImplementedError"));
}

#[test]
fn codes_numbered_in_capitals_stand_alone_before_their_text() {
    let page = "# Error Codes\n\n## Device error codes\n* **E101** Device not responding\n* **E102** Low battery\n\
                * **E103** Date and time not set or invalid\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("E101", "", "Device not responding"),
            row("E102", "", "Low battery"),
            row("E103", "", "Date and time not set or invalid")
        ]
    );
}

#[test]
fn a_status_aside_after_a_name_set_as_code_says_it_is_one() {
    assert_eq!(entry("`CONFLICT` (409) - Ressource existe déjà"), e("CONFLICT", "", "Ressource existe déjà"));
    assert_eq!(entry("`NOT_FOUND` (404) - Ressource non trouvée"), e("NOT_FOUND", "", "Ressource non trouvée"));
}

#[test]
fn the_last_of_codes_each_followed_by_a_paragraph_takes_its_own() {
    let page =
        "<h2>Response codes</h2><div><strong>400</strong><span>Bad input</span></div><p>The payload was malformed.</p>\
                <div><strong>401</strong><span>Authentication failed</span></div><p>The key was missing.</p>\
                <div><strong>500</strong><span>Server error on our side</span></div><p>The problem was on our end.</p>";
    assert_eq!(
        read("errors.html", page),
        [
            row("400", "Bad input", "The payload was malformed."),
            row("401", "Authentication failed", "The key was missing."),
            row("500", "Server error on our side", "The problem was on our end.")
        ]
    );
}
