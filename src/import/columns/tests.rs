use super::*;

fn table(header: &[&str], rows: &[&[&str]]) -> RawTable {
    RawTable {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows: rows.iter().map(|r| r.iter().map(|s| Cell::plain(*s)).collect()).collect(),
        ..RawTable::default()
    }
}

fn columns(header: &[&str], rows: &[&[&str]]) -> Result<Columns, String> {
    find(&table(header, rows), &ColumnSpec::default(), false)
}

fn found(
    code: usize,
    status: Option<usize>,
    reason: Option<usize>,
    description: Option<usize>,
    notes: &[usize],
) -> Result<Columns, String> {
    Ok(Columns { code, status, reason, description, notes: notes.to_vec() })
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
    let why = find(&opcodes, &ColumnSpec::default(), false).unwrap_err();
    assert_eq!(why, "its codes (0, 1…) are not HTTP statuses or error codes");
    // Under a label that calls them errors, numbers are an API's error codes.
    assert!(find(&opcodes, &ColumnSpec::default(), true).is_ok());
    let parameters = table(&["Parameter", "Type", "Description"], &[&["project_id", "String", "The project."]]);
    assert_eq!(find(&parameters, &ColumnSpec::default(), false).unwrap_err(), "no code column");
    assert_eq!(columns(&["Code", "Owner"], &[&["1", "me"]]).unwrap_err(), "no column of text beside the codes");
}

#[test]
fn the_user_names_columns_by_header_or_position() {
    let t = table(&["Key", "Short", "Long", "Fix"], &[&["K1", "One", "The first.", "Retry."]]);
    let spec: ColumnSpec = "code=Key, reason=2, description=long, notes=4".parse().unwrap();
    assert_eq!(find(&t, &spec, false), found(0, None, Some(1), Some(2), &[3]));
    let spec: ColumnSpec = "code=Nope".parse().unwrap();
    assert_eq!(find(&t, &spec, false).unwrap_err(), "no column named 'Nope'");
    // A guess is overridden: the user's reason replaces the column guessed.
    let t = table(&["Code", "Name", "Message"], &[&["404", "NotFound", "Not here."]]);
    let spec: ColumnSpec = "reason=Message,description=Message".parse().unwrap();
    assert_eq!(find(&t, &spec, false), found(0, None, Some(2), Some(2), &[]));
}
