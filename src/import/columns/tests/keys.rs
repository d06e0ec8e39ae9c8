//! Which column keys the rows when its cells, not its header, say so.

use super::*;

#[test]
fn numbers_under_patterns_that_label_their_groups_are_codes() {
    let rows: &[&[&str]] = &[
        &["10##", "**Phone errors**", "**Ошибки номера**"],
        &["1001", "empty phone", "Введите номер телефона"],
        &["1002", "phone invalid", "В номере телефона ошибка"],
        &["####", "**System errors**", "**Системные ошибки**"],
        &["1901", "internal error", "Внутренняя ошибка сервера"],
    ];
    let table = table(&["num", "code description", "RU detail"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true).map(|c| c.0), Ok(0));
}

#[test]
fn names_of_other_things_key_nothing_whatever_they_look_like() {
    let rows: &[&[&str]] = &[&["BIOMCP_CACHE_DIR", "Cache location"], &["NCBI_API_KEY", "Higher rate limits for NCBI"]];
    assert!(columns(&["Variable", "Used by"], rows).is_err());
}

#[test]
fn variants_of_an_error_type_are_codes() {
    let rows: &[&[&str]] = &[
        &["HttpClientInit", "HTTP client could not initialize", "Check TLS"],
        &["Http", "HTTP request failed", "Retry the command"],
        &["NotFound", "Requested entity ID was not found", "Check the ID"],
    ];
    assert_eq!(columns(&["Error variant", "Meaning", "Recovery guidance"], rows), found(0, None, None, Some(1), &[2]));
}

#[test]
fn exit_codes_are_codes_and_a_class_hierarchy_is_none() {
    let rows: &[&[&str]] = &[
        &["0", "—", "Success."],
        &["1", "RepoUnhandledExceptionError / catch-all", "Unknown or unhandled error."],
        &["2", "ManifestParseError", "Failed to parse the manifest XML."],
        &["3", "ManifestInvalidRevisionError", "Invalid revision specified in manifest."],
        &["4", "ManifestInvalidPathError", "Invalid path in copyfile or linkfile element."],
        &["5", "NoManifestException", "Required manifest file does not exist."],
        &["6", "GitAuthError", "Authentication failure talking to a remote."],
        &["7", "DownloadError", "Cannot download a repository."],
        &["8", "InvalidArgumentsError", "Invalid command-line arguments."],
        &["9", "SyncError", "Cannot sync one or more projects."],
        &["128", "—", "Cannot restart after self-upgrade."],
    ];
    let table = table(&["Code", "Exception", "Description"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), true), found(0, None, Some(1), Some(2), &[]));
    let classes: &[&[&str]] = &[&["ManifestParseError", "RepoExitError", "2"], &["GitError", "RepoExitError", "6"]];
    let skipped = columns(&["Exception", "Base Class", "Exit Code"], classes);
    assert_eq!(skipped, Err("its rows are classes and their Base Class, not what codes mean".to_string()));
}

#[test]
fn a_when_returned_column_says_what_status_names_mean() {
    let rows: &[&[&str]] = &[
        &["400", "Bad Request", "Validation failed, invalid input"],
        &["401", "Unauthorized", "Missing or invalid API key"],
    ];
    assert_eq!(columns(&["Code", "Meaning", "When Returned"], rows), found(0, None, Some(1), Some(2), &[]));
}

#[test]
fn values_of_a_response_field_written_as_identifiers_are_codes() {
    let rows: &[&[&str]] = &[
        &["missing_merchantId", "extra.merchantId not set."],
        &["seller_not_found", "merchantId unknown."],
        &["payTo_mismatch", "payTo is not the relay's address on this network."],
    ];
    assert_eq!(columns(&["invalidReason", "Meaning"], rows), found(0, None, None, Some(1), &[]));
    // Under a header of words, names are names: a table of fields or settings, no codes.
    assert!(columns(&["Name", "Meaning"], rows).is_err());
}

#[test]
fn a_cause_column_describes_the_codes_before_one_only_long() {
    let rows: &[&[&str]] = &[
        &["SELLER_NOT_FOUND", "404", "Unknown merchantId.", "/discover, /settle, /merchants/:id/mpp/config"],
        &["INVALID_PAYMENT", "400", "Payment validation failed.", "/verify, /settle, /merchants/:id/mpp/charge"],
        &["REPLAY_DETECTED", "409", "Signature already settled.", "/settle, /bazaar/transactions?merchantId=…"],
    ];
    let table = table(&["Error code", "HTTP", "Cause", "Raised by"], rows);
    assert_eq!(roles(&table, &ColumnSpec::default(), false), found(0, Some(1), None, Some(2), &[3]));
}

#[test]
fn messages_set_as_code_under_a_header_of_errors_are_the_codes() {
    let coded = |text: &str| Cell { set_as_code: true, ..Cell::plain(text) };
    let rows = [
        ["sender: expected 40 hex chars, got N", "sender is too long"],
        ["invalid msgpack", "the action does not serialize"],
        ["nonce must increase", "a nonce was used again"],
    ];
    let mut table = table(&["error", "Raised when"], &[]);
    table.rows = rows.iter().map(|[code, text]| vec![coded(code), Cell::plain(*text)]).collect();
    let columns = find(&table, &ColumnSpec::default(), false, &[]).unwrap();
    assert_eq!((columns.code, columns.description, columns.phrase_codes), (0, Some(1), true));
    // Under a header of messages, they are examples of what a status says.
    let mut examples = table.clone();
    examples.header[0] = "Error Message".into();
    assert!(find(&examples, &ColumnSpec::default(), false, &[]).is_err());
    // The same words, not set as code, are the errors' names.
    table.rows = rows.iter().map(|[code, text]| vec![Cell::plain(*code), Cell::plain(*text)]).collect();
    assert!(find(&table, &ColumnSpec::default(), false, &[]).is_err());
}

#[test]
fn identifiers_before_their_statuses_key_the_rows() {
    let rows: &[&[&str]] = &[
        &["model_not_loaded", "Requested model is not loaded", "503", "Asking for a model not loaded"],
        &["invalid_request", "Request body is malformed", "400", "Missing messages array"],
        &["internal_error", "An internal error occurred", "500", "Inference engine crash"],
    ];
    let header = ["Code", "Description", "HTTP Status", "When It Occurs"];
    assert_eq!(columns(&header, rows), found(0, Some(2), None, Some(1), &[3]));
}

#[test]
fn a_full_column_of_numbers_keys_the_rows_a_column_of_ranges_heads() {
    let rows: &[&[&str]] = &[
        &["1xx", "系统层面", "表示系统级别的错误", "110", "未知系统错误"],
        &["", "", "", "111", "参数无效"],
        &["", "", "", "112", "认证失败"],
        &["2xx", "用户层面", "表示用户级别的错误", "210", "用户不存在"],
        &["", "", "", "211", "密码错误"],
    ];
    let header = ["错误码范围", "类型", "描述", "示例错误码", "示例描述"];
    assert_eq!(columns(&header, rows), found(3, None, None, Some(4), &[0, 1, 2]));
}

#[test]
fn a_trigger_is_a_cause_beside_the_meaning_and_describes_classes_alone() {
    let rows: &[&[&str]] = &[
        &["200", "Success (read or non-creating write)", "Normal response"],
        &["404", "Resource does not exist", "Unknown equipment/transaction/user ID, unknown route"],
    ];
    // "Typical" is no German "Typ": the meaning describes, the trigger is notes.
    assert_eq!(
        columns(&["Status", "Meaning in this API", "Typical trigger"], rows),
        found(0, None, None, Some(1), &[2])
    );
    let classes: &[&[&str]] = &[
        &["CMCourierError", "Exception", "Raíz. Nunca se lanza directamente.", "—"],
        &["ConfigurationError", "CMCourierError", "YAML inválido, env var faltante.", "Revisar el YAML."],
        &["TriggerError", "CMCourierError", "Source de triggers inalcanzable o vacío.", "Verificar la conexión."],
        &["RenderError", "CMCourierError", "Plantilla con variables sin resolver.", "Corregir la plantilla."],
    ];
    let header = ["Exception", "Inherits from", "Trigger", "Operator action"];
    let classes = table(&header, classes);
    assert_eq!(roles(&classes, &ColumnSpec::default(), true), found(0, None, None, Some(2), &[3]));
}
