use super::*;
use crate::import::Cell;

fn table(header: &[&str], rows: &[&[&str]]) -> RawTable {
    RawTable {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows: rows.iter().map(|r| r.iter().map(|s| Cell::plain(*s)).collect()).collect(),
        ..RawTable::default()
    }
}

type Roles = (usize, Option<usize>, Option<usize>, Option<usize>, Vec<usize>);

/// The columns found for a table, by role (why aside).
fn roles(table: &RawTable, spec: &ColumnSpec, says_errors: bool) -> Result<Roles, String> {
    find(table, spec, says_errors, &[]).map(|c| (c.code, c.status, c.reason, c.description, c.notes))
}

fn columns(header: &[&str], rows: &[&[&str]]) -> Result<Roles, String> {
    roles(&table(header, rows), &ColumnSpec::default(), false)
}

fn found(
    code: usize,
    status: Option<usize>,
    reason: Option<usize>,
    description: Option<usize>,
    notes: &[usize],
) -> Result<Roles, String> {
    Ok((code, status, reason, description, notes.to_vec()))
}

#[test]
fn error_codes_are_the_key_and_statuses_kept_beside_them() {
    let header = ["HTTP Status Code", "Error Code", "Error Message", "Description", "Solution", "Possible Cause"];
    let row: &[&str] = &["400", "APIG.0101", "The API does not exist.", "The API is missing.", "Check it.", "Typo."];
    assert_eq!(columns(&header, &[row]), found(1, Some(0), Some(2), Some(3), &[4, 5]));
}

#[test]
fn headers_in_many_languages() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["状态码", "错误码", "错误信息", "描述", "处理措施"], &["400", "APIG.0101", "x", "y", "z"]),
        (&["ステータスコード", "エラーコード", "メッセージ", "説明", "対処方法"], &["400", "E1", "x", "y", "z"]),
        (&["상태 코드", "오류 코드", "메시지", "설명", "조치"], &["400", "E1", "x", "y", "z"]),
        (&["HTTP-Statuscode", "Fehlercode", "Meldung", "Beschreibung", "Lösung"], &["400", "E1", "x", "y", "z"]),
        (&["Code d'état HTTP", "Code d'erreur", "Message", "Description", "Solution"], &["400", "E1", "x", "y", "z"]),
        (&["Código de estado", "Código de error", "Mensaje", "Descripción", "Solución"], &["400", "E1", "x", "y", "z"]),
        (&["Código de status", "Código de erro", "Mensagem", "Descrição", "Solução"], &["400", "E1", "x", "y", "z"]),
        (&["Код состояния", "Код ошибки", "Сообщение", "Описание", "Решение"], &["400", "E1", "x", "y", "z"]),
    ];
    for (header, row) in cases {
        assert_eq!(columns(header, &[row]), found(1, Some(0), Some(2), Some(3), &[4]), "{header:?}");
    }
}

#[test]
fn ambiguous_headers_are_read_from_their_cells() {
    assert_eq!(columns(&["Status", "Meaning"], &[&["404 Not Found", "Gone."]]), found(0, None, None, Some(1), &[]));
    assert_eq!(
        columns(&["Code", "Status", "Meaning"], &[&["E1", "Failed", "Gone."]]),
        found(0, None, Some(1), Some(2), &[])
    );
    assert_eq!(
        columns(&["Error", "Description"], &[&["invalid_auth", "Bad token."]]),
        found(0, None, None, Some(1), &[])
    );
    assert_eq!(
        columns(&["Code", "Error", "Description"], &[&["400", "Oops", "Bad."]]),
        found(0, None, Some(1), Some(2), &[])
    );
    // "Status Code Description" describes; the code is in the first column.
    assert_eq!(
        columns(&["Normal Status Code", "Status Code Description"], &[&["200 OK", "Fine."]]),
        found(0, None, None, Some(1), &[])
    );
}

#[test]
fn headers_that_say_nothing_leave_it_to_the_cells() {
    assert_eq!(
        columns(&["", ""], &[&["404 Not Found", "The thing asked for is not there."]]),
        found(0, None, None, Some(1), &[])
    );
    assert_eq!(
        columns(
            &["Response", "What"],
            &[&["APIG.0101", "The API asked for does not exist."], &["APIG.0102", "The API is not published."]]
        ),
        found(0, None, None, Some(1), &[])
    );
}

#[test]
fn tables_of_other_codes_say_why_they_are_skipped() {
    let opcodes = table(
        &["Code", "Name", "Client Action", "Description"],
        &[&["0", "Dispatch", "Receive", "An event."], &["1", "Heartbeat", "Send", "Ping."]],
    );
    let why = roles(&opcodes, &ColumnSpec::default(), false).unwrap_err();
    assert_eq!(why, "its codes (0, 1…) are not HTTP statuses or error codes");
    // Under a label that calls them errors, numbers are an API's error codes.
    assert!(roles(&opcodes, &ColumnSpec::default(), true).is_ok());
    let parameters = table(&["Parameter", "Type", "Description"], &[&["project_id", "String", "The project."]]);
    assert_eq!(roles(&parameters, &ColumnSpec::default(), false).unwrap_err(), "no code column");
    assert_eq!(
        columns(&["Code", "Owner"], &[&["1", "me"]]).unwrap_err(),
        "its codes (1…) are not HTTP statuses or error codes"
    );
}

#[test]
fn the_user_names_columns_by_header_or_position() {
    let t = table(&["Key", "Short", "Long", "Fix"], &[&["K1", "One", "The first.", "Retry."]]);
    let spec: ColumnSpec = "code=Key, reason=2, description=long, notes=4".parse().unwrap();
    assert_eq!(roles(&t, &spec, false), found(0, None, Some(1), Some(2), &[3]));
    let spec: ColumnSpec = "code=Nope".parse().unwrap();
    assert_eq!(roles(&t, &spec, false).unwrap_err(), "no column named 'Nope'");
    // A guess is overridden: the user's reason replaces the column guessed.
    let t = table(&["Code", "Name", "Message"], &[&["404", "NotFound", "Not here."]]);
    let spec: ColumnSpec = "reason=Message,description=Message".parse().unwrap();
    assert_eq!(roles(&t, &spec, false), found(0, None, Some(2), Some(2), &[]));
}

#[test]
fn the_cells_overrule_what_the_header_words_suggest() {
    // Two columns both headed "Description": the one of names is the reason.
    let named = columns(
        &["Código", "Descrição", "Descrição"],
        &[
            &["205", "parameter cardNumber can not be null", "Digite o número."],
            &["316", "invalid name", "Digite um nome."],
        ],
    );
    assert_eq!(named, found(0, None, Some(1), Some(2), &[]));
    // "Status" holding numbers that are no HTTP statuses: the API's codes.
    let numbers = columns(&["Status", "Detail", "Descrição"], &[&["106", "Cannot operate", "Não pode."]]);
    assert_eq!(numbers.map(|c| c.0), Ok(0));
    // "Code" holding names beside "Status Code" holding statuses: the names are reasons.
    let rows: &[&[&str]] = &[&["Continue", "100", "Go on."], &["Switching Protocols", "101", "Upgrading."]];
    assert_eq!(columns(&["Code", "Status Code", "Description"], rows), found(1, None, Some(0), Some(2), &[]));
    // "Status | Error | Meaning" with repeated statuses and distinct error names: the names are the codes.
    let rows: &[&[&str]] = &[&["400", "INVALID_ARG", "Bad argument."], &["400", "MISSING_FIELD", "Field missing."]];
    assert_eq!(columns(&["Status", "Error", "Meaning"], rows), found(1, Some(0), None, Some(2), &[]));
}

#[test]
fn categories_and_lists_of_codes_are_notes() {
    let type_column = ["invalid_request_error"; 4];
    let messages = ["Missing field.", "Bad field.", "Too long.", "Too short."];
    let rows: Vec<Vec<&str>> = (0..4)
        .map(|i| vec![["E1", "E2", "E3", "E4"][i], type_column[i], messages[i], "Long text that explains it."])
        .collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    assert_eq!(
        columns(&["Code", "Type", "Error Message", "Description"], &rows),
        found(0, None, Some(2), Some(3), &[1])
    );
    let rows: &[&[&str]] = &[&["400", "InvalidParameter, MissingField", "The request is bad."]];
    assert_eq!(columns(&["Status", "Sub-codes", "Description"], rows), found(0, None, None, Some(2), &[1]));
}

#[test]
fn codes_written_as_phrases_are_whole_cells() {
    let t = table(
        &["Error Code", "HTTP Status", "Description"],
        &[&["no such alert", "404", "No alert."], &["invalid argument", "400", "Bad."]],
    );
    let found = find(&t, &ColumnSpec::default(), false, &[]).unwrap();
    assert!(found.phrase_codes);
    assert_eq!((found.code, found.status), (0, Some(1)));
}

#[test]
fn repeated_statuses_hand_the_key_to_the_names_beside_them() {
    let rows: &[&[&str]] = &[
        &["401", "unauthorized", "Registration is not open."],
        &["401", "auth_bad_access_token", "Unable to authenticate."],
        &["403", "forbidden_op", "Broadcast is not open."],
        &["400", "service open exception", "The app has no presence."],
    ];
    assert_eq!(columns(&["HTTP 状态码", "错误类型", "错误提示"], rows), found(1, Some(0), Some(2), None, &[]));
    // Each status once: the names stay what the header says.
    let once: &[&[&str]] =
        &[&["400", "INVALID_ARGUMENT", "400 Bad Request"], &["401", "UNAUTHENTICATED", "401 Unauthorized"]];
    assert_eq!(columns(&["Код ошибки", "Тип ошибки", "Текст ошибки"], once).map(|c| c.0), Ok(0));
    // A code column that only holds the API's codes for each status is notes.
    let sub: &[&[&str]] = &[&["401", "Missing key.", "unauthorized"], &["404", "Not visible.", "not_found"]];
    assert_eq!(columns(&["ステータス", "意味", "主な code"], sub), found(0, None, None, Some(1), &[2]));
}

#[test]
fn of_two_code_columns_the_one_called_errors_is_the_key() {
    let rows: &[&[&str]] =
        &[&["MissingField", "101", "Check the order."], &["CardDeclined", "210", "Try another card."]];
    assert_eq!(
        columns(&["Code Key", "Error Code", "Message Show to User"], rows),
        found(1, None, Some(0), Some(2), &[])
    );
    // "Kode | Teks": the only other column explains the codes.
    assert_eq!(columns(&["Kode", "Teks"], &[&["API-01", "ApiType not available"]]), found(0, None, None, Some(1), &[]));
}

#[test]
fn keys_that_headers_do_not_name() {
    // "error code | http status" with codes that look like statuses: the status column says which.
    let header = ["error code", "http status", "error message"];
    assert_eq!(columns(&header, &[&["200", "500", "Request failed"]]), found(0, Some(1), Some(2), None, &[]));
    // Numbers each its own beside a description, under a header of no known word.
    let rows: &[&[&str]] = &[&["400001", "número de CPF inválido"], &["400002", "CPF existente"]];
    assert_eq!(
        roles(&table(&["Identificador", "Descrição"], rows), &ColumnSpec::default(), true),
        found(0, None, None, Some(1), &[])
    );
    // Turkish "Hata Kodu" names codes; the only text beside them explains them.
    let rows: &[&[&str]] = &[&["30", "Geçersiz kullanıcı adı"], &["40", "Gecersiz Santral Bilgileri"]];
    assert_eq!(
        roles(&table(&["Hata Kodu", "Anlamı"], rows), &ColumnSpec::default(), true),
        found(0, None, None, Some(1), &[])
    );
    // Remarks beside an unnamed column leave it the only text (under "返回码说明").
    let rows: &[&[&str]] = &[&["8000", "get phone success", "获取成功"], &["8001", "get phone fail", "获取失败"]];
    let remarks = table(&["code", "content", "备注"], rows);
    assert_eq!(roles(&remarks, &ColumnSpec::default(), true), found(0, None, None, Some(1), &[2]));
}

#[test]
fn names_by_content_and_abbreviation() {
    // "msg" is short for message: the reason.
    let rows: &[&[&str]] = &[&["0", "OK", "调用成功"], &["1", "APP_INVALID", "app_id错误"]];
    assert_eq!(
        roles(&table(&["result_code", "result_msg", "含义"], rows), &ColumnSpec::default(), true),
        found(0, None, Some(1), Some(2), &[])
    );
    // A column of the statuses' registered names names them, whatever its header.
    let rows: &[&[&str]] = &[
        &["200", "OK", "Package metadata retrieved, tarball downloaded, stats returned"],
        &["201", "Created", "Package published successfully"],
    ];
    assert_eq!(columns(&["Code", "Response", "When"], rows), found(0, None, Some(1), Some(2), &[]));
    // Statuses that repeat beside identifiers that repeat less: the identifiers are the key.
    let rows: &[&[&str]] = &[
        &["422 - unprocessable entity", "erro_validacao_schema", "Erro na validação."],
        &["404 - not found", "nao_encontrado", "Utilize o método POST."],
        &["404 - not found", "nao_encontrado", "NFCom não encontrada."],
        &["400 - bad request", "requisicao_invalida", "Parâmetro não informado."],
        &["400 - bad request", "requisicao_invalida", "Parâmetro X não informado."],
        &["400 - bad request", "parametro_invalido", "Parâmetro inválido."],
    ];
    assert_eq!(
        columns(&["HTTP CODE/STATUS", "Status API Focus", "Descrição"], rows),
        found(1, Some(0), None, Some(2), &[])
    );
}

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
