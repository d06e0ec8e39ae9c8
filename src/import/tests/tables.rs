//! Tables as vendors write them: which column keys, names and explains the codes, and
//! which group each row is in; definition lists read as tables.

use super::*;

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
fn persian_headers_name_codes_and_their_text() {
    let page = "# توضیح موارد خطا\n\n| کد | توضیح |\n|---|---|\n| 51 | نام کاربری یا رمز عبور اشتباه است |\n\
                | 52 | نام کاربری یا رمز عبور خالی است |\n| 54 | کلید RecipientNumber خالی است |\n";
    assert_eq!(codes(page), ["51", "52", "54"]);
}

#[test]
fn a_column_of_requests_says_where_not_what() {
    let page = "## Operacje\n\n| Żądanie | Komunikat / kod | Przyczyna |\n|---|---|---|\n\
                | `DELETE …/:id` | `409` | zlecenie już zafiskalizowane |\n| `GET/DELETE …/:id` | `404` | zlecenie nie istnieje |\n";
    assert_eq!(rows(page)[1], row("404", "", "zlecenie nie istnieje", ""));
}

#[test]
fn a_body_beside_a_status_names_nothing() {
    let page =
        "## Kody HTTP\n\n| Kod | Kiedy |\n|---|---|\n| `401` (`{\"error\":\"login_required\"}`) | brak nagłówka |\n\
                | `404` | zasób nie istnieje |\n";
    assert_eq!(rows(page)[0], row("401", "", "brak nagłówka", ""));
}

#[test]
fn a_range_of_bare_numbers_is_no_code() {
    let page = "# Errors\n\n| Code | Description |\n|---|---|\n| 1000 | Wrong name |\n| 1001 | Empty password |\n\
                | 1002-1099 | Reserved |\n| 1100 | Empty key |\n";
    assert_eq!(codes(page), ["1000", "1001", "1100"]);
}

#[test]
fn constant_values_beside_constant_names_are_the_codes() {
    let page = "# Error Codes\n\n| Constant Name | Constant Value | Description |\n|---|---|---|\n\
                | QUOTA_LIMIT_EXCEEDED | 7670 | API Key exceeded its quota limit |\n\
                | AUTHENTICATE_FAILED | 7671 | Authentication failed |\n";
    assert_eq!(rows(page)[0], row("7670", "QUOTA_LIMIT_EXCEEDED", "API Key exceeded its quota limit", ""));
}

#[test]
fn the_number_a_named_code_stands_for_is_no_name() {
    let page = "## 错误码\n\n| 错误码 | 数值 | 触发场景 |\n|---|---:|---|\n\
                | `ERROR_FAILED_DESERIALIZE` | 100003 | payload 不能反序列化 |\n| `ERROR_FAILED_SERIALIZE` | 100004 | 序列化失败 |\n";
    assert_eq!(rows(page)[0], row("ERROR_FAILED_DESERIALIZE", "", "payload 不能反序列化", ""));
}

#[test]
fn status_codes_listed_under_each_sphinx_endpoint_are_read() {
    let endpoint = |method: &str, items: &[(&str, &str)]| {
        let items: String =
            items.iter().map(|(code, text)| format!("<li><p><a href=\"#\">{code}</a> – {text}</p></li>")).collect();
        format!(
            "<dl class=\"http {method}\"><dt class=\"sig\"><span class=\"descname\">{method}</span> /x</dt><dd><p>Does it.</p>\
             <dl class=\"field-list simple\"><dt class=\"field-odd\">Status Codes<span class=\"colon\">:</span></dt>\
             <dd class=\"field-odd\"><ul class=\"simple\">{items}</ul></dd></dl></dd></dl>"
        )
    };
    let page = format!(
        "<h2>Modul: page</h2>{}<h2>Modul: subject</h2>{}",
        endpoint("get", &[("200 OK", "Hauptseite wurde geladen")]),
        endpoint("delete", &[("204 No Content", "Fach gelöscht"), ("404 Not Found", "Fach nicht gefunden")])
    );
    let imported = import("route.html", &page, &Options::default()).expect("codes");
    let codes: Vec<&str> = imported.normal.iter().chain(&imported.abnormal).map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["200", "204", "404"]);
}

#[test]
fn a_name_and_its_hex_number_in_one_cell_are_two_codes_answered_with_the_class_status() {
    let page = "### Subdomain: 0x0301: http\n\n| id / code | class / status | message | description |\n|---|---|---|---|\n\
                | network.http.too_large<br/><pre>0x03010001</pre> | [SizeLimitError](/e#size) <pre>(413)</pre> | Too large. | The request is too large |\n\
                | network.http.bad_verb<br/><pre>0x03010002</pre> | [BadRequestError](/e#bad) <pre>(400)</pre> | Bad verb. | The verb is not supported |\n";
    let rows = rows(page);
    assert_eq!(rows[0], row("network.http.too_large", "Too large.", "The request is too large", "413"));
    assert_eq!(rows[1], row("0x03010001", "Too large.", "The request is too large", "413"));
    assert_eq!(rows.len(), 4);
}

#[test]
fn patterns_of_names_mapped_onto_codes_above_add_nothing() {
    let page = "## Exit codes\n\n| Code | Constant | When it fires |\n|---|---|---|\n| **1** | `ExitError` | Generic failure, for unclassified errors. |\n\
                | **2** | `ExitMisuse` | Bad CLI arguments or a usage error. |\n| **3** | `ExitAuth` | Authentication or authorization failure. |\n\n\
                ## Mapping\n\n| Namespace prefix | Exit code |\n|---|---|\n| `auth.*` | `3` |\n| `usage.*` | `2` |\n| any other code | `1` |\n";
    assert_eq!(rows(page)[0], row("1", "ExitError", "Generic failure, for unclassified errors.", ""));
}

#[test]
fn an_id_column_gives_way_to_the_column_headed_as_codes_and_numbers_fields() {
    let page = "## Estructura\n\n| ID | Campo | Descripción | Tipo |\n|---|---|---|---|\n| ASch01 | `rEnviDe` | Elemento raíz | - |\n\
                | ASch02 | `dId` | ID control envío | N |\n\n## Códigos de error\n\n| ID | Resultado | Código | Descripción |\n|---|---|---|---|\n\
                | AE01 | XML malformado | **0160** | Error de estructura XML |\n| AE02 | Servidor sin respuesta | 0161 | Error temporal |\n\
                | AE03 | Servidor paralizado | 0162 | Error sin tiempo de regreso |\n";
    assert_eq!(codes(page), ["0160", "0161", "0162"]);
}

#[test]
fn the_fields_of_a_problem_key_rows_by_its_type() {
    let page = "<h3>Esempi di errore</h3><table><tr><td><strong>TYPE</strong></td><td><strong>TITLE</strong></td>\
                <td><strong>DETAIL</strong></td><td><strong>STATUS</strong></td><td><strong>INSTANCE</strong></td></tr>\
                <tr><td>/err/resource</td><td>Resource error</td><td>Not found</td><td>404</td><td>/err/resource</td></tr>\
                <tr><td>/err/client</td><td>Client error</td><td>Invalid syntax</td><td>400</td><td>/err/client</td></tr></table>";
    let imported = import("errors.html", page, &Options::default()).expect("codes");
    let row = &imported.abnormal[0];
    let read = (row.code.as_str(), row.reason.as_str(), row.description.as_str(), row.status.as_deref());
    assert_eq!(read, ("/err/resource", "Resource error", "Not found", Some("404")));
}

#[test]
fn names_with_a_placeholder_are_codes_and_symptoms_are_none() {
    let page = "## 서비스 간 HTTP 연동\n\n| 오류 코드 | HTTP | 실패 단계 |\n|---|---:|---|\n\
                | `{SERVICE}_CONNECT_TIMEOUT` | 504 | TCP/TLS 연결 시간 초과 |\n\
                | `{SERVICE}_TIMEOUT` 또는 `AI_TIMEOUT` | 504 | 연결 후 응답 대기 시간 초과 |\n\n\
                ### Common patterns\n\n| Symptom | Likely cause | Resolution |\n|---|---|---|\n\
                | 401 on every request | API key missing | Verify the header. |\n| 403 after key rotation | Old key revoked | Use the new key. |\n";
    assert_eq!(codes(page), ["{SERVICE}_CONNECT_TIMEOUT", "{SERVICE}_TIMEOUT", "AI_TIMEOUT"]);
}

#[test]
fn a_table_under_a_response_code_heading_holds_the_apis_codes() {
    let page =
        "#### 响应码\n\n| 值 | 描述 |\n| ---- | ---- |\n| 401 | 应用不存在、签名错误 |\n| 403 | 接口尚未授权 |\n\
                | 1001 | 操作成功 |\n| 1002 | 尚未停车 |\n| 1500 | 内部错误 |\n";
    assert_eq!(codes(page), ["401", "403", "1001", "1002", "1500"]);
}

#[test]
fn a_status_before_a_dash_is_no_name() {
    let page = "## Типы ошибок\n\n| Ошибка | Когда | Поля |\n| --- | --- | --- |\n\
                | `ApiError` | Любой не-2xx ответ; база для остальных | `status` |\n\
                | `AuthError` | `401` — данных нет, они протухли или неверны | |\n| `NotFoundError` | `404` | |\n\
                | `NetworkError` | Запрос не дошёл — DNS, TLS, сокет | `code` |\n";
    assert_eq!(rows(page)[1], row("AuthError", "", "401 — данных нет, они протухли или неверны", ""));
}

#[test]
fn numbers_beside_texts_that_nearly_all_refuse_are_error_codes() {
    let page = "# AT/AI/FT\n\n| 코드 | 설명 |\n|---|---|\n| 7101 | 카카오 형식 오류 |\n\
                | 7103 | Sender key 유효하지 않음 |\n| 7105 | Sender key 존재하지 않음 |\n\
                | 7204 | 템플릿 불일치 |\n| 7314 | 메시지 길이 초과 |\n| 7421 | 타임아웃 |\n";
    assert_eq!(codes(page), ["7101", "7103", "7105", "7204", "7314", "7421"]);
    // An enumeration's values say what they are, not what went wrong.
    let page = "# Order\n\n| Code | Description |\n|---|---|\n| 1 | Pending |\n| 2 | Paid |\n\
                | 3 | Shipped |\n| 4 | Refund missing |\n| 5 | Delivered |\n";
    let read = import("errors.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}
