//! Types, names, constants and values: which of a table's short columns key its rows and which name them.

use super::*;
use crate::import::cells::split_code;

#[test]
fn a_type_column_of_identifiers_beside_statuses_holds_the_codes() {
    let rows: &[&[&str]] = &[
        &["400", "bad_request", "The request body is malformed."],
        &["401", "unauthorized", "The Bearer token is missing."],
        &["404", "not_found", "The requested resource does not exist."],
    ];
    assert_eq!(columns(&["HTTP Status", "type", "Description"], rows), found(1, Some(0), None, Some(2), &[]));
}

#[test]
fn a_type_column_of_identifiers_under_an_errors_label_holds_the_codes() {
    let rows: &[&[&str]] = &[&["api_connection_error", "Failure to connect."], &["api_error", "Any other problem."]];
    assert_eq!(
        roles(&table(&["Type", "Description"], rows), &ColumnSpec::default(), true),
        found(0, None, None, Some(1), &[])
    );
    assert!(roles(&table(&["Type", "Description"], rows), &ColumnSpec::default(), false).is_err());
}

#[test]
fn numbers_names_and_phrases_beside_them() {
    // "Code | Code string": the names name the numbers.
    let rows: &[&[&str]] =
        &[&["0", "TOO_MANY_REQUESTS", "too many requests"], &["1000", "UNBOUND_ERROR", "a generic error"]];
    let named = table(&["Code", "Code string", "Detail"], rows);
    assert_eq!(roles(&named, &ColumnSpec::default(), true), found(0, None, Some(1), Some(2), &[]));
    // The only text is a notes column: it explains the codes.
    let rows: &[&[&str]] = &[&["200", "Request was successful."], &["400", "Validation error."]];
    assert_eq!(columns(&["Code", "Remarks"], rows), found(0, None, None, Some(1), &[]));
    // Short numbers under an errors label, each its own, key the rows; numbers counting the rows do not.
    let rows: &[&[&str]] = &[&["0", "成功"], &["940000", "系统内部错误"], &["940001", "无效请求参数"]];
    assert_eq!(roles(&table(&["值", "描述"], rows), &ColumnSpec::default(), true), found(0, None, None, Some(1), &[]));
    let steps: &[&[&str]] = &[&["1", "Dienst lokalisiert"], &["2", "Verbindung aufgebaut"]];
    assert!(roles(&table(&["Nr", "Beschreibung"], steps), &ColumnSpec::default(), true).is_err());
    // Phrases an API returns key the rows where the statuses repeat, under a label that says errors.
    let rows: &[&[&str]] = &[
        &["400", "unknown purpose", "purpose no está en la lista."],
        &["400", "cip grants require projectId", "Falta projectId."],
        &["404", "project not found", "El projectId no existe."],
    ];
    let phrases = find(&table(&["Status", "Código", "Significado"], rows), &ColumnSpec::default(), true, &[]).unwrap();
    assert_eq!((phrases.code, phrases.status, phrases.phrase_codes), (1, Some(0), true));
}

#[test]
fn error_names_each_once_are_the_codes_whatever_their_header() {
    let rows: &[&[&str]] =
        &[&["USER_TOKEN_NOT_FOUND", "Verifique o usuário."], &["PASSWORD_INVALID", "Verifique a chave."]];
    assert_eq!(columns(&["Mensagem", "Descrição"], rows), found(0, None, None, Some(1), &[]));
}

#[test]
fn a_cause_column_describes_codes_that_have_only_a_name() {
    let rows: &[&[&str]] = &[
        &["200", "OK", "Операция выполнена", "—"],
        &["400", "INVALID_ARGUMENT", "Некорректный запрос", "Проверьте параметры"],
    ];
    assert_eq!(columns(&["REST", "Статус", "Причина", "Решение"], rows), found(0, None, Some(1), Some(2), &[3]));
}

#[test]
fn short_names_and_details_in_chinese_and_japanese() {
    let rows: &[&[&str]] =
        &[&["70001", "invalid appId", "SMSAppID参数无效"], &["70002", "invalid arguments", "请求参数错误"]];
    assert_eq!(columns(&["错误码", "简称", "错误详情"], rows), found(0, None, Some(1), Some(2), &[]));
    let rows: &[&[&str]] = &[&["200", "レポート取得成功", ""], &["204", "レポートが存在しない", "配信実績が無い場合"]];
    assert_eq!(columns(&["コード", "概要", "詳細"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn codes_given_in_few_rows_give_the_key_to_identifiers_given_in_all() {
    let header = ["Status Code", "Tipo", "Categoria", "Descrição", "Código de erro Bandeira"];
    let rows: &[&[&str]] = &[
        &["402", "card_error", "card_declined", "The card was declined by the issuing bank.", "05"],
        &["402", "card_error", "insufficient_funds", "The card does not hold enough funds for this.", ""],
        &[
            "400",
            "invalid_request_error",
            "invalid_parameter",
            "A parameter value is incorrect; verify the request.",
            "",
        ],
        &[
            "400",
            "invalid_request_error",
            "missing_required_param",
            "A required parameter is missing from the request.",
            "",
        ],
        &["404", "invalid_request_error", "endpoint_not_found", "The requested URL was not found on the server.", ""],
    ];
    // The type is the only short name, so it names the codes.
    assert_eq!(columns(&header, rows), found(2, Some(0), Some(1), Some(3), &[4]));
}

#[test]
fn a_type_of_repeated_words_sorts_while_repeated_identifiers_name() {
    let codes = ["noWorkerError", "countExceeded", "refreshRequired", "inputWarning", "outputWarning", "workerReady"];
    let text = "What the message code means, in a sentence or two.";
    let rows = |kinds: [&'static str; 6]| -> Vec<Vec<&'static str>> {
        (0..6).map(|i| vec![codes[i], kinds[i], text]).collect()
    };
    let words = rows(["ERROR", "ERROR", "ERROR", "WARNING", "WARNING", "INFO"]);
    let words: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
    assert_eq!(columns(&["messageCode", "Message type", "Explanation"], &words), found(0, None, None, Some(2), &[1]));
    let identifiers =
        rows(["request_error", "request_error", "request_error", "input_error", "input_error", "server_error"]);
    let identifiers: Vec<&[&str]> = identifiers.iter().map(Vec::as_slice).collect();
    assert_eq!(columns(&["messageCode", "Type", "Explanation"], &identifiers), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn a_category_of_few_values_sorts_and_a_recovery_column_explains_alone() {
    let rows: &[&[&str]] = &[
        &["CONFIG_INVALID_SRC", "Config", "Use an absolute HTTPS URL without credentials."],
        &["CONFIG_INVALID_QUEUE", "Config", "Set queue.maxSize to a positive integer."],
        &["HANDSHAKE_TIMEOUT", "Handshake", "Verify the iframe sends bridge:ready."],
        &["HANDSHAKE_ORIGIN_MISMATCH", "Handshake", "Match allowedOrigin to the iframe's origin."],
    ];
    assert_eq!(columns(&["Error code", "Category", "Recovery"], rows), found(0, None, None, Some(2), &[1]));
}

#[test]
fn a_constant_names_the_number_beside_it() {
    let rows: &[&[&str]] = &[
        &["-32000", "RPC_INVALID_STATE", "asap:protocol/invalid_state"],
        &["-32001", "RPC_MALFORMED_ENVELOPE", "asap:protocol/malformed_envelope"],
        &["-32002", "RPC_INVALID_TIMESTAMP", "asap:protocol/invalid_timestamp"],
    ];
    assert_eq!(columns(&["rpc_code", "Constant", "Taxonomy (typical)"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn names_of_any_case_name_the_numbers_beside_them() {
    let rows: &[&[&str]] = &[
        &["10100", "validation", "请求层", "请求 schema 校验失败"],
        &["10200", "unauthorized", "会话", "Authorization 缺失、无效或已过期"],
        &["10300", "forbidden", "会话", "无权访问该资源"],
    ];
    let table = table(&["数字码", "code", "来源", "开发者说明"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true), found(0, None, Some(1), Some(3), &[]));
}

#[test]
fn the_statuses_own_names_name_the_rows_beside_more_text() {
    let meaning: &[&[&str]] = &[
        &["200", "OK", "Operación exitosa"],
        &["400", "Bad Request", "Validación fallida, credenciales inválidas"],
        &["404", "Not Found", "Recurso no encontrado"],
    ];
    assert_eq!(columns(&["Código", "Significado", "Causas comunes"], meaning), found(0, None, Some(1), Some(2), &[]));
    let message: &[&[&str]] =
        &[&["200", "OK", "请求成功"], &["201", "Created", ""], &["401", "Unauthorized", "身份验证凭证过期"]];
    assert_eq!(columns(&["status code", "indicates", "message"], message), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn constants_and_the_numbers_they_stand_for() {
    let valued: &[&[&str]] = &[
        &["PARSE_ERROR", "-32700", "Invalid JSON received"],
        &["INVALID_REQUEST", "-32600", "Invalid JSON-RPC request"],
        &["METHOD_NOT_FOUND", "-32601", "Method not found"],
    ];
    assert_eq!(columns(&["Constant", "Value", "Description"], valued), found(1, None, Some(0), Some(2), &[]));
    let expressions: &[&[&str]] = &[
        &["ENOTSUP", "ZLINK_HAUSNUMERO + 1", "지원하지 않는 작업"],
        &["EPROTONOSUPPORT", "ZLINK_HAUSNUMERO + 2", "지원하지 않는 프로토콜"],
        &["ENOBUFS", "ZLINK_HAUSNUMERO + 3", "사용 가능한 버퍼 공간 없음"],
    ];
    assert_eq!(columns(&["상수", "값", "의미"], expressions).map(|found| found.0), Ok(0));
}

#[test]
fn a_status_header_over_names_names_the_statuses_beside_it() {
    let named: &[&[&str]] = &[
        &["200", "OK", "Todo funcionó como se esperaba"],
        &["400", "Bad Request", "El servidor no procesará algo percibido como error"],
        &["404", "Not Found", "El servidor no puede encontrar el recurso"],
    ];
    assert_eq!(columns(&["HTTP", "Código de estado", "Resumen"], named), found(0, None, Some(1), Some(2), &[]));
    // The same words in every row name nothing: "see code".
    let repeated: &[&[&str]] = &[
        &["COMMON_PARAM_INVALID", "请求参数校验失败", "见 code"],
        &["COMMON_REPEAT_SUBMIT", "请勿重复提交", "见 code"],
        &["COMMON_NOT_FOUND", "资源不存在", "见 code"],
    ];
    assert_eq!(columns(&["错误码", "说明", "HTTP"], repeated).map(|found| found.2), Ok(None));
}

#[test]
fn names_beside_codes_under_a_header_for_other_names() {
    let named: &[&[&str]] = &[
        &["RPCUnavailable", "100", "RPC不可用"],
        &["TxUnavailable", "101", "交易Hash不可用"],
        &["MerchantExists", "10203", "商户已存在"],
    ];
    assert_eq!(columns(&["参数名", "错误码", "描述"], named), found(1, None, Some(0), Some(2), &[]));
    // "errcode | errmsg": headers written as one word.
    let joined: &[&[&str]] = &[&["1001", "参数错误"], &["1002", "签名错误"], &["1003", "商户不存在"]];
    assert_eq!(columns(&["errcode", "errmsg"], joined).map(|found| found.0), Ok(0));
}

#[test]
fn a_few_words_repeated_sort_the_rows_and_describe_none() {
    let flagged: &[&[&str]] = &[
        &["400", "invalid-request", "No", "Fix the request, do not retry."],
        &["401", "invalid-token", "After refresh", "Refresh the token and retry once."],
        &["403", "insufficient-scope", "No", "Re-authorize with the missing scope."],
        &["429", "too-many-requests", "Yes", "Honour the Retry-After header."],
        &["500", "internal-error", "Yes", "Retry with exponential backoff."],
        &["503", "unavailable", "Yes", "Retry later."],
    ];
    let header = ["Status", "type suffix", "Retryable?", "Recommended client action"];
    assert_eq!(columns(&header, flagged), found(1, Some(0), None, Some(3), &[2]));
}

#[test]
fn a_column_headed_as_codes_that_holds_text_describes_the_codes_beside_it() {
    let messages: &[&[&str]] = &[
        &["SUCCESS", "成功"],
        &["AUTH_001", "缺少请求头 validate-appkey"],
        &["AUTH_103", "签名错误"],
        &["ORDER_002", "资金不足"],
    ];
    assert_eq!(columns(&["msg", "message code"], messages), found(0, None, None, Some(1), &[]));
    let results: &[&[&str]] = &[&["0", "业务成功"], &["1", "业务失败"]];
    let labelled = roles(&table(&["code", "return Code"], results), &ColumnSpec::default(), true);
    assert_eq!(labelled, found(0, None, None, Some(1), &[]));
    // Patterns listed beside their statuses are the codes, not text.
    let patterns: &[&[&str]] =
        &[&["unauthorized, invalid-token", "401"], &["forbidden, access-denied", "403"], &["not-found", "404"]];
    assert_eq!(columns(&["에러 코드 패턴", "HTTP 상태"], patterns).map(|found| found.3), Ok(None));
}

#[test]
fn causes_and_what_to_do_in_more_languages() {
    let causes: &[&[&str]] = &[
        &["302 FOUND", "Requesten mangler autentiseringstoken"],
        &["400 BAD REQUEST", "Payloaden er ikke formatert i henhold til skjema"],
    ];
    assert_eq!(columns(&["HTTP-status", "Typiske årsaker"], causes), found(0, None, None, Some(1), &[]));
    let todo: &[&[&str]] = &[
        &["400", "Bad request", "Popraw treść zapytania lub parametry."],
        &["401", "Brak autoryzacji", "Dodaj nagłówek Authorization."],
    ];
    assert_eq!(columns(&["Status", "Znaczenie", "Co zrobić"], todo), found(0, None, None, Some(1), &[2]));
}

#[test]
fn messages_beside_repeated_statuses_do_not_key_the_rows() {
    // "业务处理成功": a phrase written without spaces is one word, yet a message, not a name.
    let rows: &[&[&str]] = &[
        &["200", "业务处理成功", "-"],
        &["400", "参数错误", "检查接口参数是否正确"],
        &["400", "文件内容异常", "检查 jsonl 文件内容是否符合要求"],
        &["429", "接口请求并发超额", "调整请求频率或联系商务扩大并发数"],
    ];
    let table = table(&["状态码", "原因", "解决方法"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true), found(0, None, None, Some(1), &[2]));
}

#[test]
fn a_column_saying_when_a_status_is_used_is_notes() {
    let rows: &[&[&str]] = &[&["200", "OK", "Normal successful response"], &["404", "Not Found", "No such resource"]];
    assert_eq!(columns(&["Status", "Description", "When Used"], rows), found(0, None, None, Some(1), &[2]));
}

#[test]
fn error_names_under_a_header_that_names_errors_key_a_table_with_no_other_key() {
    let rows: &[&[&str]] = &[
        &["invalid_request_error", "Input token length too long", "缩短输入。"],
        &["invalid_request_error", "File size is too large", "压缩文件。"],
        &["content_filter", "The request was rejected", "修改提示词。"],
    ];
    let found = roles(&table(&["error type", "典型 message", "原因与处理"], rows), &ColumnSpec::default(), true);
    assert_eq!(found.map(|roles| roles.0), Ok(0));
    // Without a word of errors in the header, a type column names kinds of things.
    let kinds: &[&[&str]] = &[&["string", "The user's name"], &["integer", "The user's age"]];
    assert!(roles(&table(&["type", "description"], kinds), &ColumnSpec::default(), false).is_err());
}

#[test]
fn of_two_columns_that_explain_the_one_of_status_names_names_the_rows() {
    let rows: &[&[&str]] =
        &[&["200", "OK", "请求成功"], &["201", "CREATED", "创建成功"], &["400", "BAD REQUEST", "请求的地址不存在"]];
    assert_eq!(columns(&["状态码", "含义", "说明"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn error_names_under_a_reason_header_key_a_table_of_errors_with_no_other_key() {
    let rows: &[&[&str]] =
        &[&["is_empty", "пустое значение"], &["wrong_size", "неправильный размер"], &["is_too_short", "слишком мало"]];
    let table = table(&["reason", "описание"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true), found(0, None, None, Some(1), &[]));
}

#[test]
fn a_column_of_message_keys_is_notes() {
    let rows: &[&[&str]] = &[
        &["USER_001", "error.user.not.found", "Kullanıcı bulunamadı"],
        &["USER_002", "error.email.taken", "E-posta kullanılıyor"],
    ];
    assert_eq!(columns(&["Kod", "Mesaj Anahtarı", "Açıklama"], rows), found(0, None, None, Some(2), &[1]));
}

#[test]
fn a_constant_and_its_default_text_name_and_describe_each_code() {
    let rows: &[&[&str]] = &[
        &["10001", "404", "CommonRouteNotFound", "路由不存在"],
        &["10002", "405", "CommonMethodNotAllowed", "请求方法不允许"],
    ];
    assert_eq!(columns(&["业务码", "HTTP", "后端常量", "默认文案"], rows), found(0, Some(1), Some(2), Some(3), &[]));
}

#[test]
fn codes_set_in_parentheses_are_codes() {
    let rows: &[&[&str]] =
        &[&["MODEL_NOT_FOUND", "ModelNotFoundError"], &["(401)", "UnauthorizedError"], &["(429)", "RateLimitError"]];
    assert_eq!(columns(&["Error Code", "Exception"], rows).map(|roles| roles.0), Ok(0));
    assert_eq!(split_code("(401)"), ("401".to_string(), String::new()));
}

#[test]
fn names_set_as_identifiers_beside_values_are_the_names_of_those_values() {
    let rows: &[&[&str]] =
        &[&["ARMax_OK", "0", "正常"], &["ARMax_UNKNOW", "1", "未知错误"], &["ARMax_BAD_REQ", "201", "请求错误"]];
    let found = roles(&table(&["名称", "值", "备注"], rows), &ColumnSpec::default(), true);
    assert_eq!(found.map(|roles| (roles.0, roles.2)), Ok((1, Some(0))));
}

#[test]
fn of_two_short_explaining_columns_the_first_names_the_code() {
    let rows: &[&[&str]] = &[
        &["0", "success", "处理成功"],
        &["90001", "message sign error", "消息签名错误"],
        &["90002", "param parse error", "参数解析错误"],
    ];
    assert_eq!(columns(&["返回码", "描述", "说明"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn names_of_attributes_under_a_label_of_errors_are_no_codes() {
    let rows: &[&[&str]] =
        &[&["access_token", "Token needed."], &["token_type", "Always Bearer."], &["expires_in", "Seconds."]];
    assert!(roles(&table(&["Attribute name", "Explanation"], rows), &ColumnSpec::default(), true).is_err());
}

#[test]
fn a_column_of_one_word_names_beside_codes_names_them() {
    // "类别" ("category") holding "FileNotFound", "Llm", "Io": one name each, most set as identifiers.
    let rows: &[&[&str]] = &[
        &["E001", "FileNotFound", "请求的文件不存在。", "大声失败。"],
        &["E002", "CommandTimeout", "沙箱命令超过时间限制。", "可重试。"],
        &["E003", "Llm", "LLM 网关失败。", "以指数退避重试。"],
        &["E008", "Io", "文件系统操作失败。", "携带路径传播。"],
    ];
    let header = ["错误码", "类别", "含义", "恢复策略"];
    assert_eq!(columns(&header, rows), found(0, None, Some(1), Some(2), &[3]));
    // Words that are no names of codes ("Yes", "No") stay out.
    let plain: &[&[&str]] = &[&["E001", "Yes", "请求的文件不存在。"], &["E002", "No", "沙箱命令超过时间限制。"]];
    assert_eq!(columns(&["错误码", "可重试", "含义"], plain), found(0, None, None, Some(2), &[]));
}

#[test]
fn a_mnemonic_column_names_the_codes() {
    let rows: &[&[&str]] = &[
        &["RC-1001", "CONFIG_NOT_FOUND", "Không tìm thấy tệp cấu hình"],
        &["RC-1002", "CONFIG_PARSE_ERROR", "Không thể parse"],
    ];
    assert_eq!(columns(&["Code", "Mnemonic", "Mô tả"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn a_column_of_examples_is_notes() {
    let rows: &[&[&str]] = &[
        &["400", "Données invalides", "champ manquant, date de fin avant la date de début"],
        &["401", "Non connecté", "token absent ou expiré, identifiants invalides"],
    ];
    assert_eq!(columns(&["Code", "Signification", "Exemples"], rows), found(0, None, None, Some(1), &[2]));
}

#[test]
fn of_two_short_texts_the_one_of_identifiers_names_the_code() {
    let rows: &[&[&str]] = &[
        &["5", "权限不足", "PermissionDenied"],
        &["6", "需要实名认证", "IdentityNeeded"],
        &["50", "账户已禁用", "AccountDisabled"],
    ];
    let table = table(&["代码", "解释", "内部解释"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true), found(0, None, Some(2), Some(1), &[]));
}
