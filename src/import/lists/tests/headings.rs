//! Headings that name codes as programs write them: constants with their numbers, codes in
//! brackets after what they check, snake_case names, two statuses over one text.

use super::*;

#[test]
fn a_constant_with_its_number_in_parentheses_heads_that_number() {
    assert_eq!(heading_code("AdErrorCode.kUnknown (0)"), e("0", "AdErrorCode.kUnknown", ""));
    assert_eq!(heading_code("检查类型转换是否冗余 [redundant-cast]"), e("redundant-cast", "检查类型转换是否冗余", ""));
    assert_eq!(heading_code("sam_not_supported"), e("sam_not_supported", "", ""));
    // A note in brackets is no code; nor is one word joined to nothing.
    assert_eq!(heading_code("Installation [beta]"), None);
    assert_eq!(heading_code("overview"), None);
}

#[test]
fn headings_of_snake_case_names_over_a_label_and_their_text() {
    let page = "# Fehlercodes\n\n## sam_not_supported\n\n**Spezieller Fehler**\n\nDie bl_info enthält keine URL.\n\n\
                ## endpoint_offline\n\n**Kritischer Fehler**\n\nDer Endpunkt antwortet nicht.\n\n\
                ## invalid_endpoint\n\n**Kritischer Fehler**\n\nDer Endpunkt ist nicht im JSON-Format.\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["sam_not_supported", "endpoint_offline", "invalid_endpoint"]);
}

#[test]
fn a_heading_of_two_statuses_gives_each_the_text_under_it() {
    let page = "# Response codes\n\n## 200 OK\n\nThe request succeeded.\n\n\
                ## 206 Partial Content and 204 No Content\n\nOnly a part of the collection, or none of it.\n\n\
                ## 404 Not Found\n\nNo such entity.\n";
    assert_eq!(
        read("codes.md", page),
        [
            row("200", "OK", "The request succeeded."),
            row("206", "Partial Content", "Only a part of the collection, or none of it."),
            row("204", "No Content", "Only a part of the collection, or none of it."),
            row("404", "Not Found", "No such entity.")
        ]
    );
}

#[test]
fn where_most_headings_close_with_a_code_in_brackets_a_plain_word_so_set_is_one_too() {
    let page = "# 可选检查的错误代码\n\n## 检查类型参数是否存在 [type-arg]\n\n如果您使用 --disallow-any-generics，mypy 会报错。\n\n\
                ## 检查类型转换是否冗余 [redundant-cast]\n\n类型转换的源类型与目标类型相同时报错。\n\n\
                ## 检查函数是否有注释 [no-untyped-def]\n\n函数没有注释时报错。\n\n\
                ## 检查语句是否不可达 [unreachable]\n\n语句永远不会被执行时报错。\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["type-arg", "redundant-cast", "no-untyped-def", "unreachable"]);
}

#[test]
fn a_line_that_only_names_its_code_takes_the_paragraph_after_it_as_its_text() {
    let page = "<h1>List of error codes</h1><div><span>101</span>File not found</div><p>A file is missing.</p>\
                <div><span>102</span>File creation failed</div><p>The file cannot be created.</p>\
                <div><span>103</span>File not accessible</div><p>The installer cannot read it.</p>\
                <div><span>104</span>File deletion failed</div><p>The old file stays.</p>";
    let rows = read("errors.html", page);
    assert_eq!(rows[0], row("101", "File not found", "A file is missing."));
    assert_eq!(rows[2], row("103", "File not accessible", "The installer cannot read it."));
}

#[test]
fn field_lines_under_a_code_heading_give_its_message_and_leave_its_status_out() {
    let page = "# Status codes\n\n## `BODY_INVALID`\n\nThe request body was not parsed correctly.\n\n\
                HTTP status code: 400\nMessage: Invalid request body\n\n## `REQUEST_INVALID`\n\nInvalid request.\n\n\
                HTTP status code: 400\nMessage: Invalid request\n\n## `TOKEN_INVALID`\n\nA token is invalid.\n\n\
                HTTP status code: 400\nMessage: The token is invalid\n";
    let rows = read("codes.md", page);
    assert_eq!(rows[0], row("BODY_INVALID", "Invalid request body", "The request body was not parsed correctly."));
    assert_eq!(rows.len(), 3);
}

#[test]
fn two_lines_naming_codes_beside_headings_of_codes_are_read_too() {
    let page = "# Codes\n\n## Succès\n\n- **200 OK** : Requête réussie\n- **201 Created** : Ressource créée\n\n\
                ## Erreurs\n\n### 400 Bad Request\n\nRequête malformée.\n\n### 401 Unauthorized\n\nToken absent.\n\n\
                ### 404 Not Found\n\nIntrouvable.\n";
    let codes: Vec<String> = read("codes.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["200", "201", "400", "401", "404"]);
}

#[test]
fn subheadings_under_a_code_say_more_of_it_until_the_next_code() {
    let page = "# Status codes\n\n## 400 Malformed Request\n\nA syntax failure.\n\n\
                ## 403 Forbidden\n\nResource missing or permission denied.\n\n\
                ### Business rule violated\n\nAnother rule was broken.\n\n#### Debugging\n\n- Check the id\n\n\
                ## 404 Route Not Found\n\nA typo in the URL.\n\n# Other topics\n\nNot about codes.\n";
    assert_eq!(
        read("codes.md", page),
        [
            row("400", "Malformed Request", "A syntax failure."),
            row("403", "Forbidden", "Resource missing or permission denied. Another rule was broken."),
            row("404", "Route Not Found", "A typo in the URL.")
        ]
    );
}

#[test]
fn bold_lines_of_codes_over_their_text_head_them() {
    let page = "# Errors\n\n## Common error codes\n\n**UNKNOWN\\_ERROR**\n\nUnknown error occurred.\n\n\
                **NOT\\_FOUND**\n\nEndpoint not found.\n\n**INVALID\\_REQUEST**\n\nThe request is not valid JSON.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("UNKNOWN_ERROR", "", "Unknown error occurred."),
            row("NOT_FOUND", "", "Endpoint not found."),
            row("INVALID_REQUEST", "", "The request is not valid JSON.")
        ]
    );
}

#[test]
fn among_snake_case_headings_a_short_one_is_a_code_and_its_status_no_text() {
    let page = "# Errors\n\n### invalid_parameter\n\n**HTTP 400**: A field has an invalid value.\n\n\
                ### missing_parameter\n\n**HTTP 400**: A field is missing.\n\n\
                ### not_found\n\n**HTTP 404**: The mailbox does not exist.\n\n\
                ### rate_limit_exceeded\n\n**HTTP 429**: Too many requests.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("invalid_parameter", "", "A field has an invalid value."),
            row("missing_parameter", "", "A field is missing."),
            row("not_found", "", "The mailbox does not exist."),
            row("rate_limit_exceeded", "", "Too many requests.")
        ]
    );
}

#[test]
fn folded_cards_titled_with_codes_head_their_text() {
    let page = "<h2>Install errors</h2><details><summary>docker not found in PATH</summary><p>Install Docker.</p></details>\
                <h2>API error codes</h2><div>\
                <details><summary><span class=\"code\">CORE-400</span>Bad request</summary><p>The payload is invalid.</p></details>\
                <details><summary><span class=\"code\">CORE-404</span>Resource not found</summary><p>No such thing.</p></details>\
                <details><summary><span class=\"code\">VAL-400-FIELDS</span>Field validation failed</summary><p>A field is wrong.</p></details></div>";
    assert_eq!(
        read("errors.html", page),
        [
            row("CORE-400", "Bad request", "The payload is invalid."),
            row("CORE-404", "Resource not found", "No such thing."),
            row("VAL-400-FIELDS", "Field validation failed", "A field is wrong.")
        ]
    );
}

#[test]
fn a_severity_under_a_code_is_kept_aside_and_the_cause_says_what_it_means() {
    let page = "# 错误代码\n\n### E1001: Node.js 版本过低\n\n**严重程度**: 🚨 Critical\n\n\
                **原因**: 你的 Node.js 版本低于 v18.0.0\n\n### E1002: npm 权限错误\n\n**严重程度**: 🔴 High\n\n\
                **原因**: 当前用户没有全局 npm 安装权限\n\n### E1003: 项目已存在\n\n**Severity**: Low\n\nThe folder holds one.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("E1001", "Node.js 版本过低", "你的 Node.js 版本低于 v18.0.0"),
            row("E1002", "npm 权限错误", "当前用户没有全局 npm 安装权限"),
            row("E1003", "项目已存在", "The folder holds one."),
        ]
    );
}

#[test]
fn a_product_name_over_words_for_a_reference_of_codes_titles_the_page() {
    assert_eq!(heading_code("IntentBridge 错误代码参考"), None);
    assert_eq!(heading_code("AmanMCP Error Codes Reference"), None);
    assert_eq!(heading_code("E1001: Node.js 版本过低"), e("E1001", "Node.js 版本过低", ""));
}

#[test]
fn a_group_of_small_numbers_before_groups_of_codes_is_codes_too() {
    let page = "# Error Code\n\n## General\n\n### 0 - OK\n\nSuccess\n\n### 1 - Internal error\n\nSomething unexpected happened.\n\n\
                ## Database\n\n### 101 - Failed to connect database\n\nCheck your password.\n\n\
                ### 102 - Statement syntax error\n\nA syntax error.\n\n## Changes\n\n### 10001 - DROP DATABASE\n\nDrops it.\n\n\
                ### 10002 - RENAME TABLE\n\nRenames it.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let codes: Vec<&str> = imported.abnormal.iter().map(|row| row.code.as_str()).collect();
    assert_eq!(codes, ["0", "1", "101", "102", "10001", "10002"]);
    assert!(imported.normal.is_empty(), "101 and 102 are the API's own: {:?}", imported.normal);
}

#[test]
fn a_code_whose_name_ends_in_words_for_codes_is_still_a_code() {
    // "E1002: 未知错误码" is "unknown error code", not a page's title.
    assert_eq!(heading_code("E1002: 未知错误码"), e("E1002", "未知错误码", ""));
}

#[test]
fn numbered_steps_before_a_group_of_codes_are_steps() {
    let page =
        "# Acme SDK\n\n## Quick start\n\n### 1 - Install the SDK\n\nRun npm install.\n\n### 2 - Set your key\n\n\
                Export ACME_KEY.\n\n## Error codes\n\n### 1001 - Invalid key\n\nThe key is wrong.\n\n\
                ### 1002 - Expired key\n\nRenew it.\n\n### 1003 - Quota exceeded\n\nWait.\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["1001", "1002", "1003"]);
}

#[test]
fn a_severity_stays_in_the_notes_beside_a_cause() {
    let page = "# Error codes\n\n## E2001: Config file not found\n\n**Severity:** High\n\n\
                **Cause:** No acme.toml in the project root.\n\n## E2002: Invalid API key\n\n**Severity:** Critical\n\n\
                **Cause:** The key was revoked.\n\n## E2003: Cache is stale\n\n**Severity:** Low\n\n**Cause:** Not updated in a day.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!(imported.abnormal[0].description, "No acme.toml in the project root.");
    assert_eq!(imported.abnormal[0].notes.as_deref(), Some("Severity: High"));
}

#[test]
fn a_name_set_as_code_then_a_dash_and_its_name() {
    assert_eq!(
        heading_code("`network_error` - Network Connection Issues"),
        e("network_error", "Network Connection Issues", "")
    );
    assert_eq!(heading_code("`timeout` - Request Timeouts"), e("timeout", "Request Timeouts", ""));
}

#[test]
fn a_prefix_in_title_case_among_prefixed_codes_and_labelled_parts_after_the_cause() {
    let section = |code: &str, name: &str, trigger: &str| {
        format!(
            "#### {code} — {name}\n- **Trigger:** {trigger}\n- **Surface (agent view):** Toast: \"Try again.\"\n\
             - **Recovery:** Click again\n\n"
        )
    };
    let page = format!(
        "# Errors\n\n### Wallet errors\n\n{}{}{}### Policy errors\n\n{}",
        section("W-01", "Wallet not connected", "No active session"),
        section("W-02", "Wallet on wrong chain", "Connected to another chain"),
        section("W-03", "Signature rejected", "The user cancels the prompt"),
        section("Po-01", "Policy version mismatch", "The robot runs an older policy")
    );
    assert_eq!(
        read("errors.md", &page),
        [
            row("W-01", "Wallet not connected", "No active session"),
            row("W-02", "Wallet on wrong chain", "Connected to another chain"),
            row("W-03", "Signature rejected", "The user cancels the prompt"),
            row("Po-01", "Policy version mismatch", "The robot runs an older policy")
        ]
    );
}

#[test]
fn a_case_declared_with_what_it_carries_and_statuses_sharing_a_name_head_their_codes() {
    assert_eq!(heading_code("`notFound(id: String)`"), e("notFound(id: String)", "", ""));
    assert_eq!(heading_code("`imageNotFound(String)`"), e("imageNotFound(String)", "", ""));
    assert_eq!(heading_code("401/403: authentication failure"), e("401, 403", "authentication failure", ""));
    // A call in prose, or nested calls, are no declaration.
    assert_eq!(heading_code("`run(build(x))`"), None);
}
