//! Items over nested lists, lines that open the codes below, codes joined by "or", label
//! paragraphs, lone codes and short names.

use super::*;

#[test]
fn an_item_naming_a_code_over_a_nested_list_is_described_by_it() {
    let expected = [
        row("4700", "Access Control not Enabled", "The API is disabled."),
        row("4701", "Received Invalid Handshake", "No valid session was passed."),
        row("4703", "Access Denied", "The method is not available. Check the error message."),
    ];
    let html = "<h2>Error Codes</h2><p>Our codes start with 47.</p><ul>\
                <li><strong>4700</strong> Access Control not Enabled<!-- --><ul><li>The API is disabled.</li></ul></li>\
                <li><strong>4701</strong> Received Invalid Handshake<ul><li>No valid session was passed.</li></ul></li>\
                <li><strong>4703</strong> Access Denied<ul><li>The method is not available.</li>\
                <li>Check the error message.</li></ul></li></ul><h2>Error Types</h2><p>There are three.</p>";
    assert_eq!(read("errors.html", html), expected);
    let markdown = "## Error Codes\n\nOur codes start with 47.\n\n- **4700** Access Control not Enabled\n\
                    \x20 - The API is disabled.\n- **4701** Received Invalid Handshake\n  - No valid session was passed.\n\
                    - **4703** Access Denied\n  - The method is not available.\n  - Check the error message.\n\n\
                    ## Error Types\n\nThere are three.\n";
    assert_eq!(read("errors.md", markdown), expected);
    // A sentence that a nested list ends is text, not a heading.
    let page = "# Error codes\n\n### 1029: Incorrect tax rate\n\nCheck that:\n\n* The tables match.\n* You provided the amount:\n  \
                * Excluding tax\n  * Including tax\n\n### 1030: Incorrect currency\n\nUse one currency.\n\n### 1031: Unknown\n\nNo such item.\n";
    assert!(read("errors.md", page)[0].2.ends_with("Excluding tax Including tax"), "{:?}", read("errors.md", page));
}

#[test]
fn a_line_that_opens_the_codes_below_says_nothing_of_the_code_above() {
    let page = "# Responses\n\n- 200: Request succeeded\n- 201: Resource created\n- 206: Partial response returned\n\n\
                Pay attention to the use of authentication and authorization error codes:\n\n\
                - 401 Unauthorized: The user is not authenticated\n- 403 Forbidden: The user may not see it\n";
    let rows = read("guide.md", page);
    assert_eq!(rows[2], row("206", "", "Partial response returned"));
    assert_eq!(rows[3], row("401", "Unauthorized", "The user is not authenticated"));
}

#[test]
fn two_codes_joined_by_or_share_their_text_and_property_paths_are_no_codes() {
    let page = "# API\n\n* `context.code` - код ответа сервера, может вернуть:\n    * `200` если запрос успешен\n\
                \x20   * `400` если в запросе есть ошибка\n    * `500` или `503` в случае ошибки сервера\n\
                * `context.state` содержит номер последнего блока\n";
    assert_eq!(
        read("api.md", page),
        [
            row("200", "", "если запрос успешен"),
            row("400", "", "если в запросе есть ошибка"),
            row("500", "", "в случае ошибки сервера"),
            row("503", "", "в случае ошибки сервера")
        ]
    );
}

#[test]
fn label_paragraphs_alone_under_a_code_sort_its_message_from_its_explanation() {
    let section = |code: &str, message: &str, more: &str| {
        format!(
            "<h3>Error {code}</h3><p><strong>Message</strong></p><p>{message}</p>{more}\
             <p><strong>User Message</strong></p><p><em>(Same as above)</em></p>"
        )
    };
    let page = format!(
        "<h1>Error Codes</h1>{}{}{}",
        section("1100", "The HTTP method is not supported.", ""),
        section("1900", "Subscription upgrade required.", "<p>Go to the subscription page.</p>"),
        section(
            "1902",
            "Application limit reached.",
            "<p><strong>Further Information</strong></p><p>Delete unused applications.</p>"
        )
    );
    assert_eq!(
        read("errors.html", &page),
        [
            row("1100", "", "The HTTP method is not supported."),
            row("1900", "", "Subscription upgrade required. Go to the subscription page."),
            row("1902", "Application limit reached.", "Delete unused applications.")
        ]
    );
}

#[test]
fn a_lone_code_under_its_heading_and_a_line_introducing_it_is_read() {
    let page = "## Error Codes\n\n### 4000-4099\n\nDo not reconnect.\n\n- `4000`: SSL only\n- `4001`: No such app\n\
                - `4003`: App disabled\n\n### 4100-4199\n\nReconnect after backing off.\n\n- `4100`: Over capacity\n\n\
                ### 4200-4299\n\nReconnect now.\n\n- `4200`: Generic reconnect\n- `4201`: Pong not received\n";
    let codes: Vec<String> = read("protocol.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["4000", "4001", "4003", "4100", "4200", "4201"]);
}

#[test]
fn short_camel_case_names_are_codes_too() {
    let page = "# Коды ошибок\n\n* InvalidApiKey\t- невалидный api-key\n* NotId\t- не указан идентификатор\n\
                * UserNotFound - пользователь не найден\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["InvalidApiKey", "NotId", "UserNotFound"]);
}

#[test]
fn plain_words_an_enum_declares_name_codes_in_lines_below_it() {
    let page = "# ResponseCode\n\n```c#\npublic enum ResponseCode : byte\n{\n    Success = 0x00,\n    NotSupported = 0x10,\n\
                Timeout = 0x16,\n    Error = 0xff\n}\n```\n\n## Remarks\n\nSuccess：成功\n\nNotSupported：协议不支持\n\n\
                Timeout：HTTP 408 请求超时\n\nError：其它错误\n";
    let codes: Vec<String> = read("ResponseCode.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["Success", "NotSupported", "Timeout", "Error"]);
    // Without the declaration, "Timeout：…" may be any label.
    let page = page.replace("enum", "class");
    let codes: Vec<String> = read("ResponseCode.md", &page).into_iter().map(|r| r.0).collect();
    assert!(!codes.contains(&"Timeout".to_string()), "{codes:?}");
}

#[test]
fn enum_members_each_with_the_message_it_stands_for_in_quotes() {
    let page = "# Errors\n\n### Enum: ValidationErrors\n\n\
                - ACCOUNT_LENGTH_IS_INVALID `\"The provided IBAN number '{iban}' is too long.\"`\n\
                - AMOUNT_TYPE_IS_INVALID `\"Amount must be a number.\"`\n\
                - CURRENCY_IS_UNDEFINED `\"Currency cannot be undefined.\"`\n";
    assert_eq!(read("errors.md", page)[1], row("AMOUNT_TYPE_IS_INVALID", "", "\"Amount must be a number.\""));
    // A type named beside a member is no message.
    assert_eq!(entry("ACCOUNT_LENGTH_IS_INVALID `string`"), None);
}

#[test]
fn strings_for_translators_quoted_alike_are_no_codes() {
    let page = "# Strings (en-US)\n\n## Checkout screen\n\n- CHECKOUT_TITLE `\"Review your order\"`\n\
                - PAY_BUTTON `\"Pay now\"`\n- CARD_DECLINED_TOAST `\"Your card was declined.\"`\n\
                - THANK_YOU_BANNER `\"Thanks, {name}!\"`\n";
    assert_eq!(import("strings.md", page, &Options::default()).map_or(0, |imported| imported.rows()), 0);
}

#[test]
fn bold_labels_run_in_with_a_full_stop_label_as_a_colon_would() {
    let section = |code: &str, cause: &str| {
        format!("### {code}\n\n**Probable cause.** {cause}\n\n**Suggested fix.** Send it again.\n\n")
    };
    let page = format!(
        "# Error taxonomy\n\n## Input\n\n{}{}{}### {}\n\n**Too late.** A sentence set in bold runs on.\n",
        section("invalid_write", "An option is missing."),
        section("invalid_digest", "The digest is not sha256."),
        section("invalid_payload", "The payload is not plain JSON."),
        "unknown_surface"
    );
    assert_eq!(
        read("errors.md", &page),
        [
            row("invalid_write", "", "An option is missing."),
            row("invalid_digest", "", "The digest is not sha256."),
            row("invalid_payload", "", "The payload is not plain JSON."),
            row("unknown_surface", "", "Too late. A sentence set in bold runs on.")
        ]
    );
}

#[test]
fn errors_a_contract_declares_are_codes_with_their_parameters() {
    let page = "# Custom errors\n\n## Core (src/Core.sol)\n\n- `NotManager()` : Caller is not the manager.\n\
                - `TooManyInBatch(uint256 maxKeys)` : Batch input exceeded the limit.\n\
                - `Slot0Failed()` : Failed to read slot0.\n\
                - `SlippageExceeded(uint256 expectedMinOut, uint256 actualOut)` : Swap slippage check failed.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("NotManager()", "", "Caller is not the manager."),
            row("TooManyInBatch(uint256 maxKeys)", "", "Batch input exceeded the limit."),
            row("Slot0Failed()", "", "Failed to read slot0."),
            row("SlippageExceeded(uint256 expectedMinOut, uint256 actualOut)", "", "Swap slippage check failed.")
        ]
    );
}
