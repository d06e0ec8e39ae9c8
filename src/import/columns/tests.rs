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

mod inline;
mod keys;
mod names;

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
        columns(&["Code", "Status", "Meaning"], &[&["E1", "Timed out", "Gone."]]),
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
fn numbers_that_repeat_but_are_no_statuses_stay_the_key() {
    let rows: &[&[&str]] = &[
        &["`ObjectNotFound`", "101", "The object does not exist."],
        &["`InvalidQuery`", "102", "The query is malformed."],
        &["`InvalidClassName`", "103", "The class name is invalid."],
        &["`ObjectTooLarge`", "116", "The object is too large."],
        &["`ExceededConfigParamsError`", "116", "Too many config parameters."],
        &["`InvalidLimitError`", "117", "The limit is invalid."],
    ];
    assert_eq!(columns(&["Name", "Code", "Description"], rows), found(1, None, Some(0), Some(2), &[]));
}

#[test]
fn sentences_describe_however_short_and_a_description_header_outranks_length() {
    let rows: &[&[&str]] = &[
        &["HTTP_RATE_LIMITED", "HTTP 200 且 `$.Error` 包含 `lack of computing resources`", "限流器拒绝了请求。"],
        &["SIGNATURE_INVALID", "`$.code` 或 `$.result.code` = `SIGERROR`", "交易签名无效。"],
        &["CONTRACT_VALIDATE", "`$.code` = `CONTRACT_VALIDATE_ERROR` 且 `$.message` 非空", "合约校验失败。"],
    ];
    assert_eq!(columns(&["Catalog ID", "线上信号", "含义"], rows), found(0, None, None, Some(2), &[1]));
}

#[test]
fn the_beginnings_of_codes_are_no_codes() {
    let rows: &[&[&str]] = &[&["201", "内部错误"], &["202", "数字与函数错误"], &["203", "无效操作"]];
    let found = columns(&["错误编码开头", "类型"], rows);
    assert!(found.as_ref().is_err_and(|why| why.contains("beginnings of codes")), "{found:?}");
    assert!(columns(&["Error code prefix", "Kind"], rows).is_err());
    assert_eq!(columns(&["错误编码", "类型"], rows).map(|c| c.0), Ok(0));
}

#[test]
fn names_taken_for_the_key_by_their_look_stand_for_the_values_beside_them() {
    let rows: &[&[&str]] = &[
        &["EFT_SUCCESS", "0001", "\"\"", "Operation completed successfully."],
        &["EFT_INVALID_DATA", "0002", "\"Invalid data\"", "Invalid COMMAND request object."],
        &["EFT_CARD_EXPIRED", "000B", "\"Card expired\"", "The card has expired."],
        &["EFT_PIN_ERROR", "001A", "\"PIN error\"", "Wrong PIN entered too often."],
    ];
    let header = ["Status ID", "Value", "StatusMessage", "Details"];
    assert_eq!(columns(&header, rows).map(|c| (c.0, c.2, c.3)), Ok((1, Some(0), Some(3))));
    // Names under a header that calls them codes stay the key.
    let header = ["Error code", "Value", "StatusMessage", "Details"];
    assert_eq!(columns(&header, rows).map(|c| c.0), Ok(0));
}

#[test]
fn names_under_a_description_header_beside_remarks_in_words_name_the_codes() {
    let rows: &[&[&str]] = &[
        &["400", "1001", "INVALID_PARAMS", "参数不正确，请参考集成文档"],
        &["403", "7001", "KEY_EXPIRED", "CDK 已过期"],
        &["403", "7002", "KEY_INVALID", "CDK 错误"],
    ];
    assert_eq!(columns(&["status", "code", "details", "remark"], rows), found(1, Some(0), Some(2), Some(3), &[]));
}

#[test]
fn a_type_of_names_that_spell_the_text_beside_them_names_the_codes() {
    let rows: &[&[&str]] = &[
        &["701", "INCOMPATIBLE_VERSION", "Incompatible version"],
        &["702", "CONFIGURATION_ERROR", "Configuration error"],
        &["703", "START_UP_ERROR", "Meet error while starting"],
        &["704", "DATABASE_NOT_EXIST", "Database does not exist"],
    ];
    assert_eq!(columns(&["Status Code", "Status Type", "Meanings"], rows), found(0, None, Some(1), Some(2), &[]));
    // Types that say other things sort the codes.
    let rows: &[&[&str]] = &[
        &["400", "INVALID_ARGUMENT", "400 Bad Request"],
        &["401", "UNAUTHENTICATED", "401 Unauthorized"],
        &["403", "PERMISSION_DENIED", "403 Forbidden"],
    ];
    assert_eq!(columns(&["Код ошибки", "Тип ошибки", "Текст ошибки"], rows).map(|c| c.4), Ok(vec![1]));
}

#[test]
fn a_header_with_a_note_and_codes_with_their_hex_beside_them() {
    let rows: &[&[&str]] = &[
        &["0(0x0)", "None", "正常"],
        &["1(0x1)", "Unknown", "未知异常"],
        &["2(0x2)", "BadRLP", "无效RLP异常"],
        &["16(0x10)", "RevertInstruction", "执行回滚"],
    ];
    assert_eq!(columns(&["status(十进制/十六进制)", "message", "含义"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn a_column_of_a_few_values_given_again_and_again_names_nothing() {
    let rows: &[&[&str]] = &[
        &["R01", "Insufficient Funds Available balance is not sufficient.", "No"],
        &[
            "R02",
            "Bank Account Closed Previously active account has been closed.",
            "Suspended unless already deactivated",
        ],
        &["R05", "Unauthorized Debit A debit entry was not authorized.", "Suspended unless already deactivated"],
        &["R07", "Authorization Revoked Consumer revoked authorization.", "Suspended unless already deactivated"],
        &["R08", "Payment Stopped The Receiver stopped payment.", "Suspended unless already deactivated"],
    ];
    let found = columns(&["Return Code", "Reason for Return & Description", "Deactivated or Suspended"], rows);
    assert_eq!(found.map(|c| (c.2, c.3)), Ok((None, Some(1))));
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
