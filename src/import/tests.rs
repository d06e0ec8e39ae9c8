//! Whole pages, as vendors write them, read end to end: which rows they give.

use super::{import, Options};

/// Each row of `page` (Markdown): code, reason, description, status.
fn rows(page: &str) -> Vec<(String, String, String, String)> {
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    let all = imported.normal.iter().chain(&imported.abnormal);
    let row = |r: &super::imported::Row| {
        (r.code.clone(), r.reason.clone(), r.description.clone(), r.status.clone().unwrap_or_default())
    };
    all.map(row).collect()
}

fn codes(page: &str) -> Vec<String> {
    rows(page).into_iter().map(|r| r.0).collect()
}

#[test]
fn exception_names_beside_a_cause_name_the_codes_it_describes() {
    let page = "# Errors\n\n| Status | SDK exception | When it occurs | Resolution |\n|---|---|---|---|\n\
                | 401 | AuthenticationError | Missing or expired credential. | Refresh the token. |\n\
                | 404 | NotFoundError | The resource does not exist. | Check the id. |\n";
    let rows = rows(page);
    assert_eq!(rows[0].1, "AuthenticationError");
    assert_eq!(rows[0].2, "Missing or expired credential.");
    assert_eq!(rows[1].1, "NotFoundError");
}

#[test]
fn values_of_a_field_named_in_lower_case_are_its_codes() {
    let page = "# Quota errors\n\n| reason | Meaning |\n|---|---|\n| quota_exhausted | Plan limit reached |\n\
                | no_plan | Customer has no plan |\n| paused | Customer status is PAUSED |\n";
    assert_eq!(codes(page), ["quota_exhausted", "no_plan", "paused"]);
    // Names of parameters are no codes.
    let page = "# Errors\n\n| param | Meaning |\n|---|---|\n| user_id | The user |\n| page_size | Rows a page |\n\
                | cursor | Where to start |\n";
    let read = import("errors.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}

#[test]
fn literal_errors_key_rows_whose_statuses_repeat_and_other_words_name_none() {
    let page = "# Errors\n\n| Status | `error` | Cause | Fix |\n|---|---|---|---|\n\
                | 401 | `Unauthorized` | Signature missing | Re-sign |\n\
                | 401 | `Invalid signature` | Signature does not recover | Check the library |\n\
                | 401 | Any auth error | JWT missing | Sign in |\n\
                | 401 | `Invalid JWT` | JWT expired | Sign in |\n\
                | 404 | `Key not found` | No such key | None |\n\
                | 409 | `limit_exceeded` / `name_conflict` | At the cap | Close one |\n";
    let rows = rows(page);
    let keyed: Vec<(&str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.3.as_str())).collect();
    assert_eq!(
        keyed,
        [
            ("Unauthorized", "401"),
            ("Invalid signature", "401"),
            ("Invalid JWT", "401"),
            ("Key not found", "404"),
            ("limit_exceeded", "409"),
            ("name_conflict", "409")
        ]
    );
    assert_eq!(rows[1].2, "Signature does not recover");
}

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
fn a_name_set_as_code_opening_the_only_text_names_the_code() {
    let rows_of = |name: &str, page: &str| {
        let imported = import(name, page, &Options::default()).expect("codes");
        imported.abnormal.into_iter().map(|r| (r.reason, r.description)).collect::<Vec<_>>()
    };
    let expected = [
        ("ZookeeperConnectionFailure".to_string(), "Could not connect".to_string()),
        ("FrameworkIdMissing".to_string(), "The Framework ID could not be read".to_string()),
    ];
    let page = "# Exit Codes\n\n| Exit Code | Reason |\n|---|---|\n\
                | 100 | `ZookeeperConnectionFailure` - Could not connect |\n\
                | 108 | `FrameworkIdMissing` The Framework ID could not be read |\n";
    assert_eq!(rows_of("exit.md", page), expected);
    let page = "<h1>Exit Codes</h1><table><tr><th>Exit Code</th><th>Reason</th></tr>\
                <tr><td>100</td><td><code>ZookeeperConnectionFailure</code> - Could not connect</td></tr>\
                <tr><td>108</td><td><code>FrameworkIdMissing</code> The Framework ID could not be read</td></tr></table>";
    assert_eq!(rows_of("exit.html", page), expected);
    // A name in lower case, or one a sentence goes on from, is the text's first word.
    let page = "# Errors\n\n| Code | Reason |\n|---|---|\n| 100 | `HttpClient` failed to start |\n\
                | 101 | `retryLimit` - Too many retries |\n";
    let read = rows_of("errors.md", page);
    assert_eq!(read[0], (String::new(), "HttpClient failed to start".to_string()));
    assert_eq!(read[1], (String::new(), "retryLimit - Too many retries".to_string()));
}

#[test]
fn numbers_a_status_could_be_named_as_errors_are_the_apis_own() {
    let page = "# Error Codes\n\n| code | message | description |\n| - | - | - |\n| 101 | InvalidParamter | |\n\
                | 201 | AccountNotFound | |\n| 202 | PasswordNotMatch | |\n| 206 | VerifyCodeNotMatch | |\n";
    let imported = import("errors.md", page, &Options::default()).expect("codes");
    assert!(imported.normal.is_empty());
    assert_eq!(imported.abnormal.len(), 4);
    // Named by the registry, they are statuses.
    let page = "# Codes\n\n| code | message |\n| - | - |\n| 200 | OK |\n| 201 | Created |\n| 404 | NotFound |\n";
    let imported = import("errors.md", page, &Options::default()).expect("codes");
    assert_eq!(imported.normal.len(), 2);
}

#[test]
fn a_success_number_among_result_codes_no_status_is_fails_unless_it_says_so() {
    let page =
        "# Response Codes\n\nResponse Code | Description\n---|---\n201 | Request is Rejected (User ID is not found)\n\
                202 | Request is Rejected (User ID is not active)\n990 | Request is Rejected (Invalid Format)\n";
    let imported = import("errors.md", page, &Options::default()).expect("codes");
    assert!(imported.normal.is_empty(), "{:?}", imported.normal);
}

#[test]
fn return_values_below_zero_beside_failures_are_error_codes() {
    let page = "# Returns\n\n| 返回值 | list[0] |\n|---|---|\n| 0 | 指令下发成功 |\n| 1 | 机械臂非TCP模式 |\n\
                | -1 | 没有执行成功 |\n| -10000 | 命令错误 |\n| ... ... | |\n| -20000 | 参数数量错误 |\n\
                | -30001 | 参数类型错误 |\n";
    assert_eq!(codes(page), ["0", "1", "-1", "-10000", "-20000", "-30001"]);
    // Steps of a list are no codes.
    let page = "# Steps\n\n| 返回值 | 说明 |\n|---|---|\n| 1 | 打开 |\n| 2 | 关闭 |\n| 3 | 重启 |\n";
    let read = import("steps.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}

#[test]
fn an_enums_values_as_sphinx_documents_them_are_codes_and_its_classes_none() {
    let value = |name: &str, text: &str| {
        format!(
            "<dl class=\"cpp enumerator\"><dt><em class=\"property\">enumerator </em>\
             <code class=\"sig-name descname\">{name}</code><a class=\"headerlink\">¶</a></dt><dd><p>{text}</p></dd></dl>"
        )
    };
    let page = format!(
        "<h2>Types</h2><dl class=\"cpp class\"><dt><em class=\"property\">class </em>\
         <code class=\"sig-name descname\">SensorError</code></dt><dd><p>Error returned by most functions.</p></dd></dl>\
         <dl class=\"cpp enum\"><dt>enum <code class=\"sig-name descname\">ErrorCode</code></dt><dd><p>Values:</p>{}{}{}</dd></dl>",
        value("CEPTON_SUCCESS", "No error."),
        value("CEPTON_ERROR_GENERIC", "Generic error."),
        value("CEPTON_ERROR_OUT_OF_MEMORY", "Failed to allocate heap memory.")
    );
    let imported = import("sdk.html", &page, &Options::default()).expect("codes");
    let read: Vec<(&str, &str)> = imported.abnormal.iter().map(|r| (r.code.as_str(), r.description.as_str())).collect();
    assert_eq!(
        read,
        [
            ("CEPTON_SUCCESS", "No error."),
            ("CEPTON_ERROR_GENERIC", "Generic error."),
            ("CEPTON_ERROR_OUT_OF_MEMORY", "Failed to allocate heap memory.")
        ]
    );
}

#[test]
fn outcomes_drawn_with_marks_are_the_rows_groups() {
    let page = "# Status\n\n| Code | Status | Message | Detail |\n|:-:|:-:|:-|:-|\n\
                | `200` | ✅ success | `SUCCESS_FOR_TOPUP` | Done |\n| `100` | ❌ error | `VOUCHER_OUT_OF_STOCK` | Used up |\n\
                | `101` | ❌ error | `VOUCHER_NOT_FOUND` | No such voucher |\n";
    let imported = import("codes.md", page, &Options::default()).expect("codes");
    assert_eq!(imported.normal.len(), 1);
    assert_eq!(imported.abnormal[0].code, "100");
    assert_eq!(imported.abnormal[0].reason, "VOUCHER_OUT_OF_STOCK");
}

#[test]
fn a_text_column_names_and_a_lone_stop_explains_nothing() {
    let page = "# code返回值对照\n\n| 值 | 文本 | 说明 |\n|:-:|:-:|:-:|\n| 40001 | API密钥不能为空 |  |\n\
                | 40002 | 认证失败 | API密钥错误 |\n| 40008 | data格式错误 | . |\n";
    let rows = rows(page);
    assert_eq!(rows[0].1, "");
    assert_eq!(rows[0].2, "API密钥不能为空");
    assert_eq!((rows[1].1.as_str(), rows[1].2.as_str()), ("认证失败", "API密钥错误"));
    assert_eq!((rows[2].1.as_str(), rows[2].2.as_str()), ("", "data格式错误"));
}

#[test]
fn a_table_sorting_codes_listed_above_into_kinds_adds_nothing() {
    let page = "# Errors\n\n| Code | HTTP | Title | Detail |\n|---|---|---|---|\n\
                | `AUTH_001` | 401 | Invalid Credentials | Email or password is incorrect |\n\
                | `AUTH_002` | 401 | Token Expired | The token has expired |\n\
                | `SYS_001` | 500 | Internal Server Error | An unexpected error occurred |\n\
                | `SYS_002` | 503 | Service Unavailable | The service is down |\n\n\
                ## Monitoring\n\n| Log Level | Error Codes | Action |\n|---|---|---|\n\
                | **Error** | SYS_001, SYS_002 | Alert |\n| **Info** | AUTH_001, AUTH_002 | No action |\n";
    let rows = rows(page);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].2, "Email or password is incorrect");
    assert_eq!(rows[2].2, "An unexpected error occurred");
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
fn one_kind_for_a_whole_table_is_no_name_and_a_row_without_a_value_is_keyed_by_its_type() {
    let page = "# Ошибки\n\n### Неверный User-Agent\n\nHTTP code | type | value | описание\n---|---|---|---\n\
                400 | bad_user_agent |  | заголовок User-Agent не передан\n\n## Ошибки авторизации\n\n\
                HTTP code | type | value | описание\n---|---|---|---\n401 | oauth | bad_authorization | токен не валидный\n\
                401 | oauth | token_expired | время жизни завершилось\n401 | oauth | token_revoked | токен отозван\n";
    let read: Vec<(String, String, String)> = rows(page).into_iter().map(|r| (r.0, r.1, r.3)).collect();
    let row = |code: &str, status: &str| (code.to_string(), String::new(), status.to_string());
    assert_eq!(
        read,
        [
            row("bad_user_agent", "400"),
            row("bad_authorization", "401"),
            row("token_expired", "401"),
            row("token_revoked", "401")
        ]
    );
}

#[test]
fn definitions_of_codes_with_lists_inside_stay_definitions_of_codes() {
    let page = "<h1>Errors</h1><dl><dt>400</dt><dd>Bad request<dl><dt>email</dt><dd>invalid</dd></dl></dd>\
                <dt>404</dt><dd>Not found<dl><dt>id</dt><dd>unknown</dd></dl></dd>\
                <dt>409</dt><dd>Conflict</dd></dl>";
    let imported = import("errors.html", page, &Options::default()).expect("codes");
    let codes: Vec<&str> = imported.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["400", "404", "409"]);
}

#[test]
fn an_enum_documented_within_a_class_is_read() {
    let value = |name: &str, text: &str| {
        format!(
            "<dl class=\"cpp enumerator\"><dt><code class=\"sig-name descname\">{name}</code></dt><dd><p>{text}</p></dd></dl>"
        )
    };
    let page = format!(
        "<h2>Errors</h2><dl class=\"cpp class\"><dt>class <code class=\"sig-name descname\">Sensor</code></dt><dd>\
         <dl class=\"cpp enum\"><dt>enum <code class=\"sig-name descname\">Error</code></dt><dd><p>Values:</p>{}{}{}</dd></dl>\
         </dd></dl>",
        value("SENSOR_OK", "No error."),
        value("SENSOR_ERROR_GENERIC", "Generic error."),
        value("SENSOR_ERROR_TIMEOUT", "Timed out.")
    );
    let imported = import("sdk.html", &page, &Options::default()).expect("codes");
    let codes: Vec<&str> = imported.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["SENSOR_OK", "SENSOR_ERROR_GENERIC", "SENSOR_ERROR_TIMEOUT"]);
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
