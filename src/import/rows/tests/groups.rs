//! Which group, Normal or Abnormal, each imported row goes to.

use super::*;

#[test]
fn labels_name_groups() {
    let none = Options::default();
    assert_eq!(label_group("- Normal", &none), Some(Group::Normal));
    assert_eq!(label_group("Abnormal", &none), Some(Group::Abnormal));
    assert_eq!(label_group("## Client errors:", &none), Some(Group::Abnormal));
    assert_eq!(label_group("Success", &none), Some(Group::Normal));
    assert_eq!(label_group("错误码", &none), Some(Group::Abnormal));
    assert_eq!(label_group("Fehlercodes", &none), Some(Group::Abnormal));
    assert_eq!(label_group("Status Codes", &none), None);
    assert_eq!(label_group("Success and error codes", &none), None);
    // A sentence about a class of codes labels no table.
    assert_eq!(label_group("Codes in the 2xx range indicate success.", &none), None);
    assert_eq!(label_group("Success.", &none), Some(Group::Normal));
    let custom = Options { normal_labels: vec!["Fine".into()], abnormal_labels: vec!["Problems".into()], ..none };
    assert_eq!(label_group("Fine", &custom), Some(Group::Normal));
    assert_eq!(label_group("problems", &custom), Some(Group::Abnormal));
}

#[test]
fn unlabelled_tables_group_by_code() {
    let blocks = [table(
        &["Code", "Description"],
        &[&["201 Created", "Made."], &["503 Unavailable", "Down."], &["APIG.0101 Bad", "x"]],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.normal.len(), 1);
    assert_eq!(out.abnormal.len(), 2);
    assert_eq!(report(&out), ["table 1: 3 rows, grouped by code (code: Code, description: Description)"]);
}

#[test]
fn an_apis_own_numbers_are_errors_and_success_is_never_one() {
    let blocks = [
        Block::Heading("Errors".into()),
        table(&["Code", "Meaning"], &[&["200 - OK", "Worked."], &["404 - Not Found", "Gone."]]),
        Block::Heading("Capturar".into()),
        table(&["Código", "Descripción"], &[&["304", "Monto inválido"], &["245", "Comercio no existe"]]),
    ];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.normal, [row("200", "OK", "Worked.")]);
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["404", "304", "245"]);
    // An API code that reads like a success is in the group of its row's status.
    let blocks = [table(&["error code", "http status", "error message"], &[&["200", "500", "Request failed"]])];
    let out = collect(&blocks, &Options::default());
    assert!(out.normal.is_empty());
    assert_eq!(out.abnormal[0].status.as_deref(), Some("500"));
}

#[test]
fn statuses_in_a_table_beside_others_of_the_apis_own_numbers_are_its_numbers_too() {
    let header = ["Name", "Code", "Description"];
    let blocks = [
        Block::Heading("API issues".into()),
        table(
            &header,
            &[
                &["ObjectNotFound", "101", "No such object."],
                &["MissingObjectId", "104", "No id."],
                &["InvalidFieldName", "105", "A bad field name."],
                &["InvalidPointer", "106", "A bad pointer."],
            ],
        ),
        Block::Heading("User related errors".into()),
        table(&header, &[&["UsernameMissing", "200", "No user name."], &["PasswordMissing", "201", "No password."]]),
    ];
    let out = collect(&blocks, &Options::default());
    assert!(out.normal.is_empty(), "{:?}", out.normal);
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["101", "104", "105", "106", "200", "201"]);
    // Tables of another header keep their statuses.
    let mut blocks = blocks;
    blocks[3] = table(&["Status", "Meaning"], &[&["200", "The call worked."], &["404", "No such path."]]);
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.normal.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["200"]);
}

#[test]
fn one_unofficial_status_leaves_the_others_in_their_groups() {
    let blocks = [table(&["Code", "Description"], &[&["200", "OK."], &["298", "Partly done."], &["404", "Gone."]])];
    let out = collect(&blocks, &Options::default());
    // 298, a success by its class, is normal too.
    assert_eq!(out.normal.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["200", "298"]);
}

#[test]
fn a_status_names_its_row_and_a_success_column_its_group() {
    let named = [table(&["Code", "Description"], &[&["200", "OK, 요청이 정상 처리된 경우"], &["403", "Forbidden,"]])];
    let out = collect(&named, &Options::default());
    assert_eq!(out.normal, [row("200", "OK", "요청이 정상 처리된 경우")]);
    assert_eq!(out.abnormal, [row("403", "", "Forbidden")]);
    let rows: &[&[&str]] = &[
        &["SPAR01", "Success", "Approved"],
        &["FPRA01", "Failed", "Declined."],
        &["FPRA02", "Failed", "Refused."],
        &["FPRA03", "Failed", "Over the limit."],
        &["FPRA04", "Failed", "Expired."],
        &["EVAL01", "Error", "Invalid."],
    ];
    let out = collect(
        &[Block::Heading("Statuses and codes".into()), table(&["Code", "Status", "Message"], rows)],
        &Options::default(),
    );
    assert_eq!(out.normal, [row("SPAR01", "", "Approved")]);
    assert_eq!(out.abnormal.len(), 5);
}

#[test]
fn a_row_named_as_an_error_is_no_success() {
    let blocks = [table(
        &["Code", "Error", "Description"],
        &[&["200", "ERR_UNKNOWN", "Unknown."], &["201", "ERR_FORMAT", "Bad format."]],
    )];
    let out = collect(&blocks, &Options::default());
    assert!(out.normal.is_empty());
    assert_eq!(out.abnormal.len(), 2);
}

#[test]
fn class_rows_summarise_and_empty_text_columns_defer() {
    // Classes listed above the statuses: each labels only statuses of its own class,
    // and they do not count against the codes ("200, 4xx, 5xx" are statuses).
    let blocks = [table(
        &["Statuscode", "Beschreibung"],
        &[&["4xx", "Client-Fehler."], &["5xx", "Serverfehler."], &["200", "Erfolgreiche Anfrage."], &["302", "Moved."]],
    )];
    let out = collect(&blocks, &Options::default());
    let normal: Vec<&str> = out.normal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(normal, ["200", "302"]);
    // "200 | OK | | Успешный запрос": nothing in the reason column, so a type column says it.
    let blocks = [table(
        &["Код ошибки", "Тип ошибки", "Текст ошибки", "Рекомендации"],
        &[
            &["200", "OK", "", "Успешный запрос"],
            &["400", "INVALID_ARGUMENT", "400 Bad Request", "Проверьте параметры."],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.normal[0].description, "OK");
    assert_eq!(out.normal[0].notes.as_deref(), Some("Успешный запрос"));
}

#[test]
fn a_2xx_among_an_apis_own_error_numbers_succeeds_only_when_it_says_so() {
    let blocks = [table(
        &["Mã lỗi", "Mô tả lỗi"],
        &[
            &["00", "Thành công"],
            &["200", "Mã thành viên đối tác không hợp lệ"],
            &["201", "成功"],
            &["10201", "Ứng dụng đã tồn tại"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    let codes = |rows: &[Row]| rows.iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert_eq!(codes(&out.normal), ["201"]);
    assert_eq!(codes(&out.abnormal), ["00", "200", "10201"]);
    // Beside statuses alone, a 2xx is the registry's success whatever its text.
    let blocks = [table(&["Error code", "Description"], &[&["200", "Sin errores"], &["404", "No existe"]])];
    assert_eq!(codes(&collect(&blocks, &Options::default()).normal), ["200"]);
    // A row that continues the one above has no code: it is no number of the API's own.
    let continued = [table(
        &["Error code", "Description"],
        &[&["200", "Sin errores"], &["", "y más texto"], &["404", "No existe"]],
    )];
    assert_eq!(codes(&collect(&continued, &Options::default()).normal), ["200"]);
}

#[test]
fn an_error_code_answered_with_a_2xx_is_an_error_unless_it_says_it_succeeded() {
    let blocks = [
        Block::Heading("BD — ошибки связок".into()),
        table(
            &["Код ошибки", "HTTP код", "Описание"],
            &[
                &["BD-102", "200", "Список связок может быть неполным: возникли ошибки"],
                &["BD-100", "200", "Успешно"],
                &["BD-101", "404", "Связка не найдена"],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let codes = |rows: &[Row]| rows.iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert_eq!(codes(&out.normal), ["BD-100"]);
    assert_eq!(codes(&out.abnormal), ["BD-102", "BD-101"]);
}

#[test]
fn a_2xx_no_registry_lists_is_normal_when_its_text_says_it_succeeded() {
    let smtp = |first: &[&str]| {
        let rows: Vec<&[&str]> = vec![
            first,
            &["403", "Not authorized", "The sender is not verified."],
            &["421", "Temporarily deferred", "The mail is deferred."],
            &["451", "Local problem", "The message failed."],
        ];
        [table(&["Error", "Message", "Explanation"], &rows)]
    };
    let groups = |first: &[&str]| {
        let out = collect(&smtp(first), &Options::default());
        (out.normal.len(), out.abnormal.len())
    };
    assert_eq!(groups(&["250", "Queued mail for delivery", "Your mail has been successfully queued!"]), (1, 3));
    assert_eq!(groups(&["252", "Not queued", "The mail was not successfully queued."]), (0, 4));
}

#[test]
fn a_2xx_among_numbers_no_status_is_under_a_label_of_errors_is_an_error() {
    let blocks = [
        Block::Heading("错误码对照表".into()),
        table(&["名称", "值"], &[&["ARMax_OK", "0"], &["ARMax_UNKNOW", "1"], &["ARMax_BAD_REQ", "201"]]),
    ];
    let out = collect(&blocks, &Options::default());
    assert!(out.normal.is_empty(), "{:?}", out.normal);
    assert_eq!(out.abnormal.len(), 3);
}

#[test]
fn a_row_its_outcome_column_says_failed_is_an_error_whatever_its_code() {
    let blocks = [table(
        &["Response code", "Description", "Status"],
        &[&["00", "SUCCESS", "Success"], &["06", "NOT FOUND", "Failed"], &["204", "WRONG AUTHENTICATION", "Failed"]],
    )];
    let out = collect(&blocks, &Options::default());
    let codes = |rows: &[Row]| rows.iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert_eq!(codes(&out.normal), ["00"]);
    assert_eq!(codes(&out.abnormal), ["06", "204"]);
    // One row under "Status" saying "Failed" says so as well.
    let one = [table(&["Response code", "Description", "Status"], &[&["143", "INQUIRY NOT NEEDED", "Failed"]])];
    assert_eq!(collect(&one, &Options::default()).abnormal[0].reason, "");
}

#[test]
fn a_2xx_among_an_apis_own_numbers_succeeds_only_when_its_text_says_so() {
    let blocks = [table(
        &["code", "value"],
        &[
            &["201", "没有权限，服务器主动拒绝"],
            &["501", "推送消息失败"],
            &["513", "推送消息失败"],
            &["110002", "pushId失效"],
            &["110003", "pushId非法"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert!(out.normal.is_empty(), "{:?}", out.normal);
}

#[test]
fn decline_codes_are_errors() {
    let blocks = [
        Block::Heading("Decline Codes".into()),
        table(&["Code", "Definition"], &[&["DAR104", "Account number length > 17"], &["DAR105", "Bad account"]]),
    ];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal.len(), 2);
}

#[test]
fn a_heading_of_successes_outweighs_the_error_code_header_every_table_shares() {
    let header = ["错误码", "说明"];
    let blocks = [
        Block::Heading("错误码列表".into()),
        Block::Heading("成功状态".into()),
        table(&header, &[&["0", "成功"]]),
        Block::Heading("参数错误".into()),
        table(&header, &[&["1001", "参数无效"]]),
    ];
    let out = collect(&blocks, &Options::default());
    let codes = |rows: &[Row]| rows.iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert_eq!((codes(&out.normal), codes(&out.abnormal)), (vec!["0".to_string()], vec!["1001".to_string()]));
}

#[test]
fn a_success_denied_is_no_success() {
    let blocks = [table(
        &["Code", "Description"],
        &[
            &["203", "Not Fully Successful"],
            &["40078", "File is in Recycle Bin"],
            &["40079", "File Count Limit Reached"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert!(out.normal.is_empty());
    assert_eq!(out.abnormal[0], row("203", "", "Not Fully Successful"));
}

#[test]
fn a_subheading_keeps_the_group_its_parent_heading_names() {
    let codes = || table(&["Code", "Meaning"], &[&["MEMBERSHIP_PENDING", "Awaiting approval."]]);
    let heading = |level: u8, text: &str| [Block::Level(level), Block::Heading(text.into())];
    let page = |title: &str, section: &str| {
        let mut blocks = Vec::new();
        blocks.extend(heading(1, title));
        blocks.extend(heading(2, section));
        blocks.extend(heading(3, "Membership"));
        blocks.push(codes());
        blocks
    };
    let out = collect(&page("Catalog", "Successful responses"), &Options::default());
    assert_eq!(out.normal.len(), 1, "{:?}", out.abnormal);
    // A page's title names what all its codes are, no group of them; nor does "Normalizer".
    let out = collect(&page("Successful responses", "Members"), &Options::default());
    assert_eq!(out.abnormal.len(), 1);
    assert_eq!(label_group("IR Normalizer", &Options::default()), None);
}

#[test]
fn a_gateways_own_numbers_among_registered_ones_are_errors_but_those_said_to_succeed() {
    let rows: &[&[&str]] = &[
        &["100", "Transaction was approved."],
        &["200", "Transaction was declined by processor."],
        &["201", "Do not honor."],
        &["220", "Incorrect payment information."],
        &["221", "No such card issuer."],
        &["222", "No card number on file with issuer."],
        &["250", "Successfully queued for review."],
    ];
    let out = collect(&[table(&["", ""], rows)], &Options::default());
    let normal: Vec<&str> = out.normal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(normal, ["250"]);
    assert_eq!(out.abnormal.len(), 6);
}

#[test]
fn codes_of_a_column_of_errors_answered_with_200_are_errors() {
    let rows: &[&[&str]] = &[
        &["11001", "DUPLICATE_EMAIL", "HttpStatus.OK(200)", "이미 가입된 이메일입니다."],
        &["11002", "BAD_CREDENTIALS", "HttpStatus.OK(200)", "패스워드를 잘못 입력했습니다."],
        &["10001", "NO_TOKEN", "HttpStatus.UNAUTHORIZED(401)", "토큰이 존재하지 않습니다."],
    ];
    let header = ["ErrorCode", "Error Message", "HTTP Status Code", "Description"];
    let out = collect(&[table(&header, rows)], &Options::default());
    assert!(out.normal.is_empty(), "{:?}", out.normal);
    let statuses: Vec<Option<&str>> = out.abnormal.iter().map(|r| r.status.as_deref()).collect();
    assert_eq!(statuses, [Some("200"), Some("200"), Some("401")]);
}

#[test]
fn numbers_below_400_named_as_failures_beside_the_apis_own_are_its_own_too() {
    let page = "| Code | Message |\n|---|---|\n| 0 | Success |\n| 10001 | Bad signature |\n| 10002 | Bad timestamp |\n\n\
                Account codes:\n\n| Code | Message |\n|---|---|\n| 200 | Access token expired |\n| 201 | Account frozen |\n\
                | 202 | Webhook URL not reachable |\n";
    let imported = crate::import::import("codes.md", page, &crate::import::Options::default()).unwrap();
    assert!(imported.normal.is_empty(), "{:?}", imported.normal);
    // Statuses in plain words beside them still succeed.
    let page =
        "| Code | Description |\n|---|---|\n| 200 | The request worked |\n| 204 | Deleted, nothing returned |\n\n\
                Then check the body:\n\n| Code | Description |\n|---|---|\n| 10001 | Signature check failed |\n\
                | 10002 | Timestamp outside the window |\n";
    let imported = crate::import::import("codes.md", page, &crate::import::Options::default()).unwrap();
    assert_eq!(imported.normal.len(), 2);
}
