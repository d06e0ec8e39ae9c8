//! Codes outside tables: headings, labelled lines and records, lines of a code and its text.

use super::*;

#[test]
fn a_label_alone_last_in_a_paragraph_heads_the_list_after_it() {
    let page = "# Errors\n\n## Database Errors\n\n### 1001 Connection Failed\n\
                **Description**: Failed to connect\n**Common Causes**:\n- Wrong host\n- Server down\n\n\
                ### 1002 Authentication Failed\n**Description**: Credentials rejected\n**Common Causes**:\n- Wrong password\n\n\
                ### 1003 Database Not Found\n**Description**: No such database\n";
    let rows = rows(page);
    assert_eq!(rows[0].2, "Failed to connect");
    assert_eq!(rows[1].2, "Credentials rejected");
}

#[test]
fn headings_over_a_line_of_status_and_code_head_that_code() {
    let section = |name: &str, status: u16, code: &str, text: &str| {
        format!("## {name} {{#{code}}}\n\n**HTTP {status}** · `{code}`\n\n{text}\n\n**Common causes**\n- A cause.\n\n**What to do** — Retry.\n\n")
    };
    let page = format!(
        "# Error reference\n\n{}{}{}{}",
        section("Bad request", 400, "bad_request", "The request failed validation."),
        section("Forbidden", 403, "forbidden", "The key lacks access."),
        section("Not found", 404, "not_found", "No such resource."),
        section("Rate limited", 429, "rate_limited", "Too many requests."),
    );
    let rows = rows(&page);
    let read: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        read,
        [
            ("bad_request", "Bad request", "The request failed validation."),
            ("forbidden", "Forbidden", "The key lacks access."),
            ("not_found", "Not found", "No such resource."),
            ("rate_limited", "Rate limited", "Too many requests.")
        ]
    );
}

#[test]
fn other_labels_beside_a_labelled_description_say_more() {
    let section = |code: &str, name: &str| {
        format!("### {code} {name}\n**Description**: {name} happened\n**Default Limit**: 10,000 characters\n\n")
    };
    let page = format!(
        "# Errors\n\n## Security Errors\n\n{}{}{}",
        section("4001", "Query Blocked"),
        section("4002", "Query Too Long"),
        section("4003", "Pattern Found")
    );
    let rows = rows(&page);
    assert_eq!(rows[0].2, "Query Blocked happened");
    assert_eq!(rows[2].2, "Pattern Found happened");
}

#[test]
fn where_a_code_applies_is_no_part_of_what_it_means() {
    let page = "# Status codes\n\n## 200 (OK)\nThe function ran.\n\nApplied when:\n  * `GET` - `api.document`\n\n\
                ## 204 (No Content)\nThe function returned nothing.\n\nApplied when:\n  * `POST` - `api.document`\n\n\
                ## 400 (Bad Request)\nThe body is malformed.\n";
    let described: Vec<String> = rows(page).into_iter().map(|r| r.2).collect();
    assert_eq!(described, ["The function ran.", "The function returned nothing.", "The body is malformed."]);
    let page = "# Codes\n\n| `code` | HTTP | Endpoint(s) | When |\n|---|---|---|---|\n\
                | `bad_input` | 400 | `POST /api/v1/scan` | Request body failed validation. |\n\
                | `unknown_zip` | 400 | `GET /api/v1/directory` | The zip could not be resolved. |\n";
    assert_eq!(rows(page)[1].2, "The zip could not be resolved.");
}

#[test]
fn lines_of_a_code_a_comma_and_its_text_under_bold_labels() {
    let page =
        "## Error code\n**arguments**  \n2001, missing argument  \n2002, id가 이미 존재함  \n2003, 부적절한 pw\n\n\
                **server error**  \n2100, internal server error  \n2101, env에 문제가 있음  \n2102, session 없음\n";
    let rows = rows(page);
    let read: Vec<(&str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.2.as_str())).collect();
    assert_eq!(
        read,
        [
            ("2001", "missing argument"),
            ("2002", "id가 이미 존재함"),
            ("2003", "부적절한 pw"),
            ("2100", "internal server error"),
            ("2101", "env에 문제가 있음"),
            ("2102", "session 없음")
        ]
    );
}

#[test]
fn records_of_labelled_lines_opening_with_the_code() {
    let item = |code: u8, symbol: &str, text: &str| {
        format!("- Error Code：**`{code}`**  \n  **Symbol**：{symbol}  \n  **Description**：{text}  \n  **Suggested Action**：Retry.\n\n")
    };
    let page = format!(
        "# Error Message Reference\n\n{}{}{}",
        item(0, "Unknown Reason", "An unknown error occurred."),
        item(1, "Data Parsing Error", "Failed to parse incoming data."),
        item(2, "Fetch Data Error", "Unable to retrieve data.")
    );
    let rows = rows(&page);
    assert_eq!(
        rows[1],
        ("1".into(), "Data Parsing Error".into(), "Failed to parse incoming data.".into(), String::new())
    );
    assert_eq!(rows.len(), 3);
    // "HTTP status code: 400" over "Message: …" is a field of the code above, no record of its own.
    let section = |code: &str| {
        format!("## `{code}`\n\nThe {code} text.\n\nHTTP status code: 400\nMessage: Invalid: {{{{message}}}}\n\n")
    };
    let page =
        format!("# Codes\n\n{}{}{}", section("BODY_INVALID"), section("REQUEST_INVALID"), section("TOKEN_INVALID"));
    assert_eq!(codes(&page), ["BODY_INVALID", "REQUEST_INVALID", "TOKEN_INVALID"]);
}

#[test]
fn a_short_field_under_a_code_heading_is_no_part_of_what_it_means() {
    let page = "# Errors\n\n## ERROR_WRONG_APP_ID\n- From: Any\n- Triggers if the application ID is wrong\n\
                ## ERROR_NO_MODEL\n- From: BLEAM\n- Triggers when the geofence has no model\n\
                ## ERROR_LOCATION_DISABLED\n- From: Geofencing, Location\n- Triggers if location is off\n\
                ## ERROR_FROM_ONLY\n- From: Location\n";
    let described: Vec<String> = rows(page).into_iter().map(|r| r.2).collect();
    assert_eq!(
        described,
        [
            "Triggers if the application ID is wrong",
            "Triggers when the geofence has no model",
            "Triggers if location is off",
            // With nothing else under it, the field is all the page says.
            "From: Location"
        ]
    );
}

#[test]
fn constants_declared_in_source_are_no_codes() {
    let page = "# Constants\n\ntypedef NS_ENUM(NSInteger,VHLiveStatus) {\n\
                VHLiveStatusNone = kLiveStatusNone,\n\
                VHLiveStatusPushConnectSucceed = kLiveStatusPushConnectSucceed, //直播连接成功\n\
                VHLiveStatusPushConnectError = kLiveStatusPushConnectError, //直播连接失败\n\
                VHLiveStatusParamError = kLiveStatusParamError, //参数错误\n\
                VHLogType_OFF = 0, //关闭日志\n};\n";
    let read = import("consts.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
    // "10001 = the request failed": a code, then its text after an equals sign, is one.
    let page = "# Errors\n\n10001 = the request failed\n10002 = the token expired\n10003 = the quota is used up\n";
    assert_eq!(codes(page), ["10001", "10002", "10003"]);
}

#[test]
fn a_name_given_after_a_dash_label_ends_there() {
    let section = |code: &str, name: &str, text: &str| format!("### {code}\n\nMessage — {name}\n\n{text}\n\n");
    let page = format!(
        "# Errors\n\n{}{}{}",
        section("402", "Payment required.", "The card was declined."),
        section("403", "Forbidden.", "The key lacks a scope."),
        section("404", "Not found.", "No such card.")
    );
    let rows = rows(&page);
    assert_eq!((rows[0].1.as_str(), rows[0].2.as_str()), ("Payment required.", "The card was declined."));
}

#[test]
fn lines_of_a_code_a_bar_and_its_text_with_no_table_around_them() {
    let page = "# Codes\n\n 以下是推流连接失败错误码\n 4001 | 握手失败\n 4002 | 链接vhost/app失败\n 4003 | 网络断开\n";
    let read: Vec<(String, String)> = rows(page).into_iter().map(|r| (r.0, r.2)).collect();
    let row = |code: &str, text: &str| (code.to_string(), text.to_string());
    assert_eq!(read, [row("4001", "握手失败"), row("4002", "链接vhost/app失败"), row("4003", "网络断开")]);
}

#[test]
fn a_label_of_codes_heads_the_one_line_after_it() {
    let page = "# API\n\n```http\nPOST /signatures\n```\n\n**Erreurs** :\n\
                - `409 Conflict` - L'utilisateur a déjà signé ce document\n\n#### Obtenir\n\nTexte.\n\n\
                ## Codes d'Erreur Courants\n\n- `400` - Requête invalide\n- `401` - Non authentifié\n- `404` - Introuvable\n";
    assert_eq!(codes(page), ["409", "400", "401", "404"]);
}

#[test]
fn lines_opened_by_a_typed_bullet_are_lines_of_codes() {
    let page = "# API\n\n错误码说明\n\n· 400: 请求参数错误\n· 401: 缺少API密钥或API密钥无效\n· 404: 请求的资源不存在\n";
    assert_eq!(codes(page), ["400", "401", "404"]);
}

#[test]
fn a_range_among_listed_codes_gives_no_row_and_joins_none() {
    let page = "## Kode\n\n- `200`: Sukses\n- `400`: Permintaan buruk\n- `412-445`: Berbagai kesalahan validasi\n\
                - `500`: Kesalahan server internal\n";
    let rows = rows(page);
    assert_eq!(rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["200", "400", "500"]);
    assert_eq!(rows[1].2, "Permintaan buruk");
}

#[test]
fn numbered_headings_of_constants_head_the_numbers_they_declare() {
    let page = "## 1. 错误码详细说明\n\n### 1.1 `GRIPPER_OK = 0`\n\n表示接口执行成功。\n\n\
                ### 1.2 `GRIPPER_ERR_INVALID_ARGUMENT = -1`\n\n表示输入参数无效。\n\n#### 常见场景\n\n- 句柄为空\n\n\
                #### 典型错误字符串\n\n- invalid handle\n\n#### 处理建议\n\n- 检查参数\n\n\
                ### 1.3 `GRIPPER_ERR_NOT_CONNECTED = -2`\n\n表示设备尚未连接。\n";
    assert_eq!(
        rows(page),
        [
            row("0", "GRIPPER_OK", "表示接口执行成功。", ""),
            row("-1", "GRIPPER_ERR_INVALID_ARGUMENT", "表示输入参数无效。", ""),
            row("-2", "GRIPPER_ERR_NOT_CONNECTED", "表示设备尚未连接。", "")
        ]
    );
}

#[test]
fn lines_of_a_status_a_code_and_its_text_set_apart_by_arrows() {
    let page = "### 4xx - Client Error\n\n##### Bad requests\n\n\
                - __`[400]`__ => `09` => The store number could not be found.\n\
                - __`[400]`__ => `10` => The account could not be resolved.\n\n\
                ##### Payment required, details are ok, but still fails\n\n\
                - __`[402]`__ => `01` => Insufficient Funds on MSISDN account\n";
    let imported = import("errors.md", page, &Options::default()).expect("codes");
    assert!(imported.normal.is_empty());
    let read: Vec<(&str, Option<&str>)> =
        imported.abnormal.iter().map(|r| (r.code.as_str(), r.status.as_deref())).collect();
    assert_eq!(read, [("09", Some("400")), ("10", Some("400")), ("01", Some("402"))]);
}

#[test]
fn a_page_titled_by_a_status_is_that_codes_page() {
    let page =
        "# 404 Not Found\n\n## `duplicate_offer_identifier`\n\nThe system gets duplicated offer identifiers.\n\n\
                ## `duplicate_product_identifier`\n\nThe system gets duplicated product identifiers.\n";
    assert_eq!(codes(page), ["404", "duplicate_offer_identifier", "duplicate_product_identifier"]);
}

#[test]
fn numbers_one_after_another_past_the_registry_are_the_apis_own() {
    let page = "# エラーコード対応表\n\n### Bot\n- 100: guild_id がリクエストに含まれない\n- 101: 不正な custom_id\n\
                - 102: INSERT に失敗\n- 103: 登録されていません\n- 104: 見つかりませんでした\n\
                - 105: UPDATE に失敗\n- 106: DELETE に失敗\n";
    let imported = import("errors.md", page, &Options::default()).expect("codes");
    assert!(imported.normal.is_empty(), "{:?}", imported.normal);
    assert_eq!(imported.abnormal.len(), 7);
}

#[test]
fn headings_of_hex_numbers_and_lines_of_hyphened_names_are_codes() {
    let page =
        "## Critical Errors\n\n### `0x00000001` PSRAM bad\n\nNo PSRAM at all.\n\n### `0x00000002` Heap too small\n\n\
                Not enough memory.\n\n### `0x00000004` Cam bad\n\nThe camera fails.\n";
    assert_eq!(rows(page)[0], row("0x00000001", "PSRAM bad", "No PSRAM at all.", ""));
    let page = "# Listes des erreurs :\n\n* NbCarMax-Low :  \nLe maximum est trop bas\n\n* TabCar-Emp :  \nLe tableau est vide\n\n\
                * TabCar-NaA :  \nCe n'est pas un tableau\n";
    assert_eq!(codes(page), ["NbCarMax-Low", "TabCar-Emp", "TabCar-NaA"]);
}

#[test]
fn a_tag_naming_the_status_answered_is_no_part_of_the_text() {
    let page = "COMMON_400 : 잘못된 요청입니다. #400 Bad Request\nCOMMON_401 : 인증이 필요합니다. #401 Unauthorized\n\
                COMMON_403 : 접근 권한이 없습니다. #403 Forbidden\nCOMMON_404 : 찾을 수 없습니다. #404 Not Found\n\
                COMMON_500 : 서버 내부 오류가 발생했습니다. #500 Internal Server Error\n";
    assert_eq!(rows(page)[0], row("COMMON_400", "", "잘못된 요청입니다.", ""));
}

#[test]
fn headings_name_codes_by_an_error_word_joined_or_before_them() {
    let page = "# Errori\n\n## Err1\n\nil letto supera il limite\n\n## Err2\n\nla testina supera il limite\n\n\
                ## Err3\n\nil letto è disconnesso\n";
    assert_eq!(codes(page), ["Err1", "Err2", "Err3"]);
    let page = "# Common Errors\n\n## Error Code -2: Could not enter recovery mode\n\nThe device cannot.\n\n\
                ## Error code -8 & -10 (Unable to send iBEC)\n\nUninstall the driver.\n\n\
                ## Error code -20: Nonce mismatch\n\nSet the generator.\n";
    assert_eq!(
        rows(page),
        [
            row("-2", "Could not enter recovery mode", "The device cannot.", ""),
            row("-8", "Unable to send iBEC", "Uninstall the driver.", ""),
            row("-10", "Unable to send iBEC", "Uninstall the driver.", ""),
            row("-20", "Nonce mismatch", "Set the generator.", ""),
        ]
    );
}

#[test]
fn a_table_flattened_into_paragraphs_is_read_as_the_table() {
    let page = "# Error codes\n\n## HTTP error codes\n\nCode\n\nMessage\n\nDescription\n\n`400`\n\nBad Request\n\n\
                The request was invalid.\n\n`401`\n\nUnauthorized\n\nA security requirement was not met.\n\n\
                Check the key.\n\n`404`\n\nThe resource could not be found.\n\n`503`\n\nService Unavailable\n\n\
                The server is overloaded.\n\nExample:\n\nMore prose after the table.\n";
    assert_eq!(
        rows(page),
        [
            row("400", "Bad Request", "The request was invalid.", ""),
            row("401", "Unauthorized", "A security requirement was not met. Check the key.", ""),
            row("404", "", "The resource could not be found.", ""),
            row("503", "Service Unavailable", "The server is overloaded.", ""),
        ]
    );
}

#[test]
fn quoted_numbers_over_literal_blocks_are_named_and_explained_by_them() {
    let page = "# Error Codes\n\n**“101”: “Internal Server Error”**:\n\n    Returned whenever an error occurred\n\n\
                **“102”: “Hotel code required”**:\n\n    Returned when the hotel code is not sent\n\n\
                **“103”: “City code required”**:\n\n    Returned when the city id is not sent\n";
    assert_eq!(
        rows(page),
        [
            row("101", "“Internal Server Error”", "Returned whenever an error occurred", ""),
            row("102", "“Hotel code required”", "Returned when the hotel code is not sent", ""),
            row("103", "“City code required”", "Returned when the city id is not sent", ""),
        ]
    );
}

#[test]
fn a_use_label_says_what_a_code_means_and_a_response_label_shows_a_body() {
    let page = "# Códigos de Status HTTP\n\n### 200 OK\n\n**Uso**: Operação bem-sucedida.\n\n**Quando ocorre**:\n\
                - Buscar recurso\n\n**Response**:\n```json\n{\"id\": 1}\n```\n\n### 400 Bad Request\n\n\
                **Uso**: Dados inválidos.\n\n**Response**:\n```json\n{\"status\": 400}\n```\n\n### 404 Not Found\n\n\
                **Uso**: Recurso não encontrado.\n";
    let rows = rows(page);
    assert_eq!(rows[0].2, "Operação bem-sucedida.");
    assert_eq!(rows[1], row("400", "Bad Request", "Dados inválidos.", ""));
}

#[test]
fn words_in_capitals_titling_cards_among_codes_are_codes() {
    let card = |name: &str, text: &str| format!("<details>\n\n<summary>{name}</summary>\n\n{text}\n\n</details>\n\n");
    let page = ["INVALID_SOLIDITY_ID", "BUSY", "UNKNOWN", "OK", "FAIL_INVALID"]
        .iter()
        .map(|name| card(name, &format!("What {name} means.")))
        .collect::<String>();
    assert_eq!(
        codes(&format!("# ResponseCode\n\n{page}")),
        ["INVALID_SOLIDITY_ID", "BUSY", "UNKNOWN", "OK", "FAIL_INVALID"]
    );
}

#[test]
fn a_constant_then_its_value_in_parentheses_keys_the_line_by_the_value() {
    let page = "## Códigos de Retorno\n\n- **PTEID_CALLBACK_OK** (0x00000000): Operação completada com sucesso\n\
                - **PTEID_CALLBACK_ERR_INVALID_PARAM** (0xe1d00301): Parâmetro inválido\n\
                - **PTEID_CALLBACK_ERR_NO_CARD** (0xe1d00302): Cartão não presente\n";
    let rows = rows(page);
    assert_eq!(rows[1], row("0xe1d00301", "PTEID_CALLBACK_ERR_INVALID_PARAM", "Parâmetro inválido", ""));
    assert_eq!(rows.len(), 3);
}

#[test]
fn records_of_codes_set_in_a_code_block_are_the_list() {
    let page = "### Codes erreur\n\n```\nCode: 505\nProblème: Les identifiants sont erronés\n\
                Solution: Vérifier le mot de passe\n\nCode: 517\nProblème: La version est invalide\n\
                Solution: Utiliser une version valide\n\nCode: 520\nProblème: Le token est invalide\n\
                Solution: Se reconnecter\n```\n";
    assert_eq!(
        rows(page),
        [
            row("505", "", "Les identifiants sont erronés", ""),
            row("517", "", "La version est invalide", ""),
            row("520", "", "Le token est invalide", ""),
        ]
    );
}

#[test]
fn statuses_said_as_http_with_their_names_aside_are_listed() {
    let page = "## /api/status\n\nDer Server antwortet mit:\n\n\
                - **HTTP 403** (Forbidden) wenn der Charger offline ist.\n\
                - **HTTP 404** (Not found) wenn keine Daten vorliegen.\n- **HTTP 200** (Found) wenn Daten vorliegen.\n";
    assert_eq!(
        rows(page),
        [
            row("200", "Found", "wenn Daten vorliegen.", ""),
            row("403", "Forbidden", "wenn der Charger offline ist.", ""),
            row("404", "Not found", "wenn keine Daten vorliegen.", ""),
        ]
    );
}

#[test]
fn codes_named_only_in_prose_are_said_to_be_skipped() {
    let page = "# Troubleshooting\n\n### Timeouts\n\n**Symptom**: `Tungsten[Executor] E_TIMEOUT`\n\n\
                You may also meet `E_BACKEND_CRASH`, or an `ERR_XXX` of your own.\n\n### Plotting errors\n\n\
                - `E_UNSUPPORTED_DIM`: The dimension is not supported.\n- `E_NO_PLOTTABLE_SERIES`: Nothing to plot.\n\
                - `E_MIXED_COORD_SYS`: Two coordinate systems in one plot.\n";
    let imported = crate::import::import("errors.md", page, &crate::import::Options::default()).unwrap();
    assert_eq!(imported.rows(), 3);
    let said: Vec<&str> = imported
        .report
        .iter()
        .filter_map(|line| match line {
            crate::import::ReportLine::Summary(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let said = said.join("\n");
    assert!(
        said.contains("skipped 2 names like its codes that the page gives only in passing (\"E_TIMEOUT\"…)"),
        "{said}"
    );
}
