//! Pages with no table, in the shapes vendors write them: status headings, areas of errors,
//! counted lines, tabbed lines, bold names under headings.

use super::*;

#[test]
fn status_headings_with_their_registered_names_list_codes_on_a_page_that_never_says_so() {
    let page = "### 400 Bad request\n\nThe request is malformed.\n\n### 401 Unauthorized\n\nThe token is missing.\n\n\
                ### 404 Not Found\n\nThe resource is missing.\n";
    assert_eq!(
        read("page.md", page),
        [
            row("400", "Bad request", "The request is malformed."),
            row("401", "Unauthorized", "The token is missing."),
            row("404", "Not Found", "The resource is missing.")
        ]
    );
    // Headings that only start with a number are no statuses named.
    assert_eq!(read("page.md", "### 400 horses\n\nMany.\n\n### 401 cows\n\nMore.\n\n### 404 pigs\n\nMost.\n"), []);
}

#[test]
fn status_headings_repeated_under_areas_of_errors_list_each_areas_errors() {
    let page = "# API Errors\n\n## Common Errors\n\n### 400 - Bad Request\n\nNonce missing.\n\n\
                ### 401 - Unauthorized\n\nNo token.\n\n## Login Errors\n\n### 400 - Bad Request\n\nCode expired.\n\n\
                ### 403 - Forbidden\n\nInvalid code.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("400", "Bad Request", "Nonce missing.\n\nCode expired."),
            row("401", "Unauthorized", "No token."),
            row("403", "Forbidden", "Invalid code.")
        ]
    );
}

#[test]
fn short_numbers_among_longer_codes_written_alike_are_codes() {
    let page = "# Error Codes\n\n* 1 Missing format\n* 16 No action was specified\n* 128 Missing parameter\n\
                * 1000 User has no credits\n* 2000 Camera not found\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|(code, _, _)| code).collect();
    assert_eq!(codes, ["1", "16", "128", "1000", "2000"]);
    // Counting lines, with no codes among them, stay prose.
    assert_eq!(read("errors.md", "# Error workshop\n\n* 1 Keynote\n* 2 Lunch\n* 3 Workshop\n"), []);
}

#[test]
fn tabbed_lines_set_a_name_apart_and_codes_may_share_one_text() {
    assert_eq!(entry("500, 502, 503 - Server Errors"), e("500, 502, 503", "", "Server Errors"));
    assert_eq!(entry("500, 502 Server Errors"), None);
    let page = "<h3>Status code summary</h3><blockquote><p><code>200</code> - OK\tEverything worked. <br> \
                <code>400</code> - Bad Request\tThe request was unacceptable.<br> <code>401</code> - Unauthorized\t\
                No valid API key.<br> <code>500, 502</code> - Server Errors\tSomething went wrong.<br></p></blockquote>";
    assert_eq!(
        read("errors.html", page),
        [
            row("200", "OK", "Everything worked."),
            row("400", "Bad Request", "The request was unacceptable."),
            row("401", "Unauthorized", "No valid API key."),
            row("500", "Server Errors", "Something went wrong."),
            row("502", "Server Errors", "Something went wrong.")
        ]
    );
}

#[test]
fn a_bold_name_on_its_own_line_names_the_code_its_heading_gives_alone() {
    let expected = [
        row("ERROR_KEY_DOES_NOT_EXIST", "Invalid API Key", "The key is not recognized."),
        row("ERROR_ZERO_BALANCE", "No Funds", "Your balance is zero."),
        row("ERROR_NO_SUCH_ID", "Task Not Found", "No task has the ID."),
        row("WRONG_CAPTCHA_ID", "Task Not Found", "No task has the ID."),
    ];
    // The tip in a quotation is not what the code means.
    let markdown =
        "# Error Codes\n\n### `ERROR_KEY_DOES_NOT_EXIST`\n\n**Invalid API Key**\nThe key is not recognized.\n\n\
                    > Check your key.\n\n### `ERROR_ZERO_BALANCE`\n\n**No Funds**\nYour balance is zero.\n\n\
                    ### `ERROR_NO_SUCH_ID` / `WRONG_CAPTCHA_ID`\n\n**Task Not Found**\nNo task has the ID.\n";
    assert_eq!(read("errors.md", markdown), expected);
    let html = "<h1>Error Codes</h1><h3><code>ERROR_KEY_DOES_NOT_EXIST</code></h3><p><strong>Invalid API Key</strong>\n\
                The key is not recognized.</p><blockquote><p>Check your key.</p></blockquote>\
                <h3><code>ERROR_ZERO_BALANCE</code></h3><p><strong>No Funds</strong>\nYour balance is zero.</p>\
                <h3><code>ERROR_NO_SUCH_ID</code> / <code>WRONG_CAPTCHA_ID</code></h3><p><strong>Task Not Found</strong>\n\
                No task has the ID.</p><div class=\"doc-callout\" role=\"alert\"><p>These codes may change.</p></div>";
    assert_eq!(read("errors.html", html), expected);
    // A bold label opens its text; a bold name on the line of its text is part of it.
    let labelled = "# Errors\n\n### 400 Bad Request\n\n**Description:**\nThe body is malformed.\n\n\
                    ### 401 Unauthorized\n\n**Note** the token is missing.\n\n### 404 Not Found\n\nNo such thing.\n";
    assert_eq!(
        read("errors.md", labelled),
        [
            row("400", "Bad Request", "The body is malformed."),
            row("401", "Unauthorized", "Note the token is missing."),
            row("404", "Not Found", "No such thing.")
        ]
    );
}

#[test]
fn labelled_items_under_a_code_give_its_status_and_why_it_happens() {
    let page = "<h1>Erros Comuns</h1><h3><code>VALIDATION_ERROR</code></h3><ul><li><strong>HTTP Code:</strong> 400</li>\
                <li><strong>Quando ocorre:</strong> Falha na validação<br /><pre><code>{\"type\": 1}</code></pre></li></ul>\
                <h3><code>UNAUTHORIZED</code></h3><ul><li><strong>HTTP Code:</strong> 401</li>\
                <li><strong>Quando ocorre:</strong> Token inválido</li></ul>\
                <h3><code>SERVER_ERROR</code></h3><p>Falha interna.</p><p>Common causes:</p><ul><li>A bug.</li></ul>";
    assert_eq!(
        read("errors.html", page),
        [
            row("VALIDATION_ERROR", "", "Falha na validação"),
            row("UNAUTHORIZED", "", "Token inválido"),
            row("SERVER_ERROR", "", "Falha interna.")
        ]
    );
}

#[test]
fn labelled_items_under_a_code_heading_give_its_name_and_meaning() {
    let page = "# 错误代码\n\n### `ACT-ERR-0`\n\n- **错误代码:** `ACT-ERR-0`\n- **错误名:** `insufficientBalance`\n\
                - **描述:** 用户账户余额不足。\n\n### `ACT-ERR-1`\n\n- **错误代码:** `ACT-ERR-1`\n\
                - **错误名:** `subscriptionExist`\n- **描述:** 已经订阅。\n\n### `GIT-ERR-19`\n\n\
                - **错误代码:** `GIT-ERR-19`\n- **错误名:** `gitGetTreeEntryFailed`\n- **描述:**\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("ACT-ERR-0", "insufficientBalance", "用户账户余额不足。"),
            row("ACT-ERR-1", "subscriptionExist", "已经订阅。"),
            row("GIT-ERR-19", "", "gitGetTreeEntryFailed")
        ]
    );
}

#[test]
fn problem_type_headings_with_a_field_list() {
    let page = "# Errors\n\n## calendar-type-not-supported\n\n* **Complete type:** `https://api.example.be/probs/calendar-type-not-supported`\n\
                * **Title**: `Calendar type not supported`\n* **Status**: `400`\n\nThe request is not supported.\n\n\
                ## duplicate-url\n\n* **Title**: `Duplicate URL`\n* **Status**: `409`\n\nThe URL is taken.\n\n\
                ## invalid-data\n\n* **Title**: `Invalid data`\n* **Status**: `400`\n\nThe body is invalid.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("calendar-type-not-supported", "Calendar type not supported", "The request is not supported."),
            row("duplicate-url", "Duplicate URL", "The URL is taken."),
            row("invalid-data", "Invalid data", "The body is invalid.")
        ]
    );
    // Hyphenated words in a heading of prose are no code.
    assert_eq!(heading_code("well-known"), None);
}

#[test]
fn a_list_that_sets_names_apart_by_one_dash_names_each_line() {
    let page = "## Error codes\n\n- **-32700**: Parse error - Invalid JSON\n- **-32600**: Invalid Request - Missing fields\n\
                - **-32601**: Method not found - Unknown method name\n- **-32001**: Unauthorized or Insufficient scope\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("-32700", "Parse error", "Invalid JSON"),
            row("-32600", "Invalid Request", "Missing fields"),
            row("-32601", "Method not found", "Unknown method name"),
            row("-32001", "", "Unauthorized or Insufficient scope")
        ]
    );
}

#[test]
fn labelled_code_headings_over_field_lines() {
    let page =
        "# Errores de la API\n\n# Código: ERR1_T05\n\nDescripción: Error desconocido del servidor\nHTTP: 500\n\n\
                # Código: ERR2_T05\n\nDescripción: Error de conexión\nHTTP: 503\n\n\
                # Código: ERR3_T05\n\nDescripción: Usuario no encontrado\nHTTP: 404\n";
    assert_eq!(
        read("errores.md", page),
        [
            row("ERR1_T05", "", "Error desconocido del servidor"),
            row("ERR2_T05", "", "Error de conexión"),
            row("ERR3_T05", "", "Usuario no encontrado")
        ]
    );
}

#[test]
fn subheadings_under_a_code_label_the_paragraph_after_each() {
    let page = "# Error Reference\n\n## errorCode: 1001\n\n### HTTP status code\n\n401\n\n### Error Message\n\n\
                Authorization type is Beaer\n\n### Error Message Jp\n\n未認証です。\n\n### Status\n\n\
                認証トークンを取得できなかったときに発生\n\n## errorCode: 1002\n\n### HTTP status code\n\n401\n\n\
                ### Error Message\n\ntoken is invalid\n\n### Status\n\nトークンが無効\n\n## errorCode: 1003\n\n\
                ### Error Message\n\ntoken expired\n\n### Status\n\n期限切れ\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("1001", "Authorization type is Beaer", "認証トークンを取得できなかったときに発生"),
            row("1002", "token is invalid", "トークンが無効"),
            row("1003", "token expired", "期限切れ")
        ]
    );
}

#[test]
fn headings_with_a_mark_drawn_before_the_code_and_labelled_parts_in_turkish() {
    let page =
        "# Sık Karşılaşılan Hatalar\n\n## 🔴 RATE_LIMITED\n\n**Hata Mesajı:**\n\n```json\n{\"code\": 1}\n```\n\n\
                **Sebep:** Çok fazla deneme.\n\n**Çözüm:** Bekleyin.\n\n## 🔴 INVALID_TOKEN\n\n**Hata Mesajı:**\n\n\
                ```json\n{}\n```\n\n**Sebep:** Token bozuk.\n\n## ❌ MFA_REQUIRED\n\n**Sebep:** MFA aktif.\n";
    assert_eq!(
        read("hatalar.md", page),
        [
            row("RATE_LIMITED", "", "Çok fazla deneme."),
            row("INVALID_TOKEN", "", "Token bozuk."),
            row("MFA_REQUIRED", "", "MFA aktif.")
        ]
    );
}

#[test]
fn numbered_words_in_capitals_head_codes_and_so_do_their_unnumbered_neighbours() {
    let page = "# エラーコード対応表\n\n## GETALLBATTLE001\n\n### 内容\n\nデコードに失敗しました。\n\n\
                ## SAVEJSON\n\n### 内容\n\n作成中にエラーが発生しました。\n\n## HTTPGET001\n\n### 内容\n\n接続に失敗しました。\n\n\
                ## HTTPGET002\n\n### 内容\n\n応答がありません。\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["GETALLBATTLE001", "SAVEJSON", "HTTPGET001", "HTTPGET002"]);
    // A page whose headings are words in capitals lists no codes.
    assert_eq!(
        read("page.md", "# Errors\n\n## INSTALL\n\nRun it.\n\n## CONFIGURE\n\nSet it.\n\n## UPGRADE\n\nBump it.\n"),
        []
    );
}

#[test]
fn a_listing_under_a_label_that_speaks_of_codes_lists_them() {
    let page = "<p>状态码：</p><pre><code>0：操作成功\n400：参数错误\n504：发送失败\n</code></pre>\
                <p>返回示例：</p><pre><code>{\"error\": 0}</code></pre>";
    assert_eq!(
        read("code.html", page),
        [row("0", "", "操作成功"), row("400", "", "参数错误"), row("504", "", "发送失败")]
    );
    // Under anything else a listing is an example.
    let example = "<h1>错误码</h1><p>例如：</p><pre><code>0：操作成功\n400：参数错误\n504：发送失败\n</code></pre>";
    assert_eq!(read("code.html", example), []);
}

#[test]
fn a_table_of_labelled_values_under_a_code_names_describes_and_notes_it() {
    let table = |title: &str, text: &str| {
        format!(
            "<table><thead><tr><th></th><th></th></tr></thead><tbody><tr><td><strong>Title</strong></td>\
             <td>{title}</td></tr><tr><td><strong>Severity</strong></td><td>High</td></tr><tr><td><strong>\
             Description</strong></td><td>{text}</td></tr></tbody></table>"
        )
    };
    // Each heading ends in a permalink of a zero-width space, as site builders draw them.
    let page = format!(
        "<h2>Database Errors</h2><h3>SQLITE_CANTOPEN <a href=\"#a\">\u{200b}</a></h3>{}\
         <h3>SQLITE_CORRUPT <a href=\"#b\">\u{200b}</a></h3>{}<h3>SQLITE_FULL</h3>{}<h2>Network Errors</h2>\
         <h3>ENOTFOUND <a href=\"#c\">\u{200b}</a></h3>{}",
        table("Cannot Open Database", "It cannot be opened."),
        table("Database Corrupted", "It is corrupted."),
        table("Database Full", "It is full."),
        table("Network Connection Error", "No such host.")
    );
    assert_eq!(
        read("errors.html", &page),
        [
            row("SQLITE_CANTOPEN", "Cannot Open Database", "It cannot be opened."),
            row("SQLITE_CORRUPT", "Database Corrupted", "It is corrupted."),
            row("SQLITE_FULL", "Database Full", "It is full."),
            row("ENOTFOUND", "Network Connection Error", "No such host.")
        ]
    );
}

#[test]
fn hyphened_numbered_capitals_and_single_words_set_as_code_head_codes() {
    let page = "# Feilkoder\n\n### REG-000001\nProblemer med detaljer.\n\n### REG-000002\nProblemer med CPP.\n\n\
                ### MUG-000001\nGenerell feil.\n";
    let codes: Vec<String> = read("feil.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["REG-000001", "REG-000002", "MUG-000001"]);
    let page = "# Error codes\n\n## `invalid_api_key`\n\nThe key is wrong.\n\n## `missing_index`\n\nNo index.\n\n\
                ## `internal`\n\nAn internal error.\n\n## `index_not_found`\n\nNo such index.\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["invalid_api_key", "missing_index", "internal", "index_not_found"]);
}

#[test]
fn statuses_that_share_a_text_each_keep_their_own_name() {
    let page =
        "## HTTP 상태 코드 요약\n\n- **`200 OK`:** 성공했습니다.\n- **`413 Payload Too Large`:** 본문이 너무 큽니다.\n\
                - **`502 Bad Gateway`, `503 Service Unavailable`, 또는 `504 Gateway Timeout`:** 서비스 중단입니다.\n";
    assert_eq!(
        read("spec.md", page),
        [
            row("200", "OK", "성공했습니다."),
            row("413", "Payload Too Large", "본문이 너무 큽니다."),
            row("502", "Bad Gateway", "서비스 중단입니다."),
            row("503", "Service Unavailable", "서비스 중단입니다."),
            row("504", "Gateway Timeout", "서비스 중단입니다.")
        ]
    );
}

#[test]
fn fields_set_as_code_under_a_heading_of_no_codes_are_no_codes() {
    let page = "## Authentication (JWT)\n\n- **`alg` header field (string):** the key type\n\
                - **`typ` header field (string):** JWT for now\n- **`iss` body field (string):** the issuer\n\n\
                ## HTTP status codes\n\n- **`400 Bad Request`:** Malformed.\n- **`401 Unauthorized`:** No token.\n";
    let codes: Vec<String> = read("spec.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["400", "401"]);
}

#[test]
fn codes_listed_outside_the_tables_read_are_said_to_be_skipped() {
    let page =
        "# Error codes\n\n| Code | Description |\n| --- | --- |\n| 400 | Bad input. |\n| 404 | No such thing. |\n\n\
                ## Other codes\n\n- `RATE_LIMITED`: Too many requests.\n- `QUOTA_EXCEEDED`: No quota left.\n\
                - `SERVER_BUSY`: Try later.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!(imported.rows(), 2);
    let said: Vec<&str> = imported.report_lines(true).collect();
    assert!(said.iter().any(|line| line.contains("skipped 3 codes the page lists outside its tables")), "{said:?}");
    assert!(said.contains(&"codes listed outside the tables: RATE_LIMITED, QUOTA_EXCEEDED, SERVER_BUSY"), "{said:?}");
}

#[test]
fn an_enum_members_declaration_under_its_heading_is_not_its_text() {
    let member = |code: &str, text: &str| {
        format!(
            "<section><h3><span>{}</span></h3><div class=\"tsd-signature\">{}<span>:</span> \
             <span>&quot;{code}&quot;</span></div><div><p>{text}</p></div></section>",
            code.replace('_', "_<wbr/>"),
            code.replace('_', "_<wbr/>")
        )
    };
    let page = format!(
        "<h1>Enumeration ErrorCode</h1><h2>Enumeration Members</h2>{}{}{}",
        member("BAD_PROTOCOL_MESSAGE", "An invalid message."),
        member("ILLEGAL_ARGUMENT", "A wrong argument."),
        member("ILLEGAL_STATE", "A wrong state.")
    );
    assert_eq!(
        read("ErrorCode.html", &page),
        [
            row("BAD_PROTOCOL_MESSAGE", "", "An invalid message."),
            row("ILLEGAL_ARGUMENT", "", "A wrong argument."),
            row("ILLEGAL_STATE", "", "A wrong state.")
        ]
    );
}

#[test]
fn names_set_as_code_in_html_lists_are_codes_when_written_as_errors_are() {
    let page = "<h1>Error list</h1><h3>General</h3><ul><li><code>unauthenticated</code>: 인증되지 않은 유저</li>\
                <li><code>invalid_arguments</code>: 잘못된 인자</li><li><code>resource_not_found</code>: 리소스가 없음</li></ul>";
    let codes: Vec<String> = read("errors.html", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["unauthenticated", "invalid_arguments", "resource_not_found"]);
    // Properties set as code are fields: "`className` - A CSS class name".
    let page = "<h1>Errors</h1><ul><li><code>BadRequest</code>: 400</li><li><code>NotFound</code>: 404</li>\
                <li><code>Conflict</code>: 409</li></ul><p>Each error has:</p><ul><li><code>name</code> - The error name</li>\
                <li><code>message</code> - The error message</li><li><code>className</code> - A CSS class name</li></ul>";
    assert_eq!(
        read("errors.html", page),
        [row("400", "", "BadRequest"), row("404", "", "NotFound"), row("409", "", "Conflict")]
    );
}

#[test]
fn a_code_labelled_over_its_paragraphs_takes_them_as_its_text() {
    let page = "# Error codes\n\nError Number: 8001 (HY000)\n\nThe memory used by the request exceeds the threshold.\n\n\
                Error Number: 8002 (HY000)\n\nA transaction failed to commit.\n\n```sql\nSELECT 1;\n```\n\nRetry it.\n\n\
                Error Number: 8003\n\nData and index are inconsistent.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("8001", "", "The memory used by the request exceeds the threshold."),
            row("8002", "", "A transaction failed to commit. Retry it."),
            row("8003", "", "Data and index are inconsistent.")
        ]
    );
}

#[test]
fn names_set_as_code_are_codes_only_when_said_by_a_colon() {
    // "`blocks_24h` - …" and "`address.type`: …" describe properties, not errors.
    let page = "# Response\n\n- `blocks_24h` - Blocks in the last day\n- `blocks_1h` - Blocks in the last hour\n\
                - `fees_total` - Fees paid\n\n## Fields\n\n- `address.type`: The kind of address\n\
                - `address.line_one`: Its first line\n- `address.post_code`: Its post code\n";
    assert_eq!(read("response.md", page), Vec::<(String, String, String)>::new());
    let page = "# Errors\n\n- `rate_limited`: Too many requests\n- `quota_exceeded`: No quota left\n\
                - `server_busy`: Try later\n";
    let codes: Vec<String> = read("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["rate_limited", "quota_exceeded", "server_busy"]);
}
