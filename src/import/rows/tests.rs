use super::*;

fn table(header: &[&str], rows: &[&[&str]]) -> Block {
    Block::Table(RawTable {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows: rows.iter().map(|r| r.iter().map(|s| Cell::plain(*s)).collect()).collect(),
        ..RawTable::default()
    })
}

fn row(code: &str, reason: &str, description: &str) -> Row {
    Row { code: code.into(), reason: reason.into(), description: description.into(), ..Row::default() }
}

/// The report as -v shows it, without the lines on why each column was read.
fn report(out: &Imported) -> Vec<&str> {
    out.report
        .iter()
        .filter_map(|line| match line {
            ReportLine::Why(_) => None,
            ReportLine::Table(text) | ReportLine::Summary(text) | ReportLine::Skip(text) => Some(text.as_str()),
        })
        .collect()
}

mod codes;
mod groups;
mod leads;
mod names;

#[test]
fn separate_reason_column_is_used() {
    let blocks = [table(&["Status Code", "Name", "Meaning"], &[&["404", "Not Found", "Gone."]])];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal, [row("404", "Not Found", "Gone.")]);
}

#[test]
fn error_codes_sharing_a_status_are_all_kept() {
    let blocks = [
        Block::Heading("Error Codes".into()),
        table(
            &["HTTP Status", "Error Code", "Error Message", "Description", "Solution"],
            &[
                &["400", "E.1", "Bad one", "The first.", "Fix one."],
                &["400", "E.2", "Bad two", "The second.", "Fix two."],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let first =
        Row { status: Some("400".into()), notes: Some("Fix one.".into()), ..row("E.1", "Bad one", "The first.") };
    assert_eq!(out.abnormal[0], first);
    assert_eq!(out.abnormal.len(), 2);
    assert_eq!(
        report(&out),
        ["table 1 \"Error Codes\": 2 rows, abnormal (code: Error Code, status: HTTP Status, reason: Error Message, \
          description: Description, notes: Solution)"]
    );
}

#[test]
fn continuation_rows_join_their_code() {
    let mut rows = vec![
        vec![Cell::plain("E.1"), Cell::plain("Bad"), Cell::plain("First part.")],
        vec![
            Cell { spanned: true, ..Cell::plain("E.1") },
            Cell { spanned: true, ..Cell::plain("Bad") },
            Cell::plain("Second part."),
        ],
        vec![Cell::plain(""), Cell::plain(""), Cell::plain("Third part.")],
    ];
    rows.push(vec![Cell::plain("E.2"), Cell::plain("Worse"), Cell::plain("Other.")]);
    let blocks = [Block::Table(RawTable {
        header: vec!["Error Code".into(), "Message".into(), "Description".into()],
        rows,
        ..RawTable::default()
    })];
    let out = collect(&blocks, &Options::default());
    assert_eq!(
        out.abnormal,
        [row("E.1", "Bad", "First part. Second part. Third part."), row("E.2", "Worse", "Other.")]
    );
    assert!(report(&out)[0].ends_with(", 2 rows continued"), "{:?}", report(&out));
}

#[test]
fn rows_a_code_spans_that_each_give_a_name_are_its_repeats() {
    let rows = vec![
        vec![Cell::plain("invalid_request"), Cell::plain("account not found"), Cell::plain("Wrong pair.")],
        vec![
            Cell { spanned: true, ..Cell::plain("invalid_request") },
            Cell::plain("account is locked"),
            Cell::plain("The account is locked."),
        ],
        vec![Cell::plain("invalid_client"), Cell::plain("client not found"), Cell::plain("No such client.")],
    ];
    let blocks = [Block::Table(RawTable {
        header: vec!["error".into(), "error_description".into(), "Description".into()],
        rows,
        ..RawTable::default()
    })];
    let out = collect(&blocks, &Options::default());
    assert_eq!(
        out.abnormal,
        [
            row("invalid_request", "account not found", "Wrong pair.\n\naccount is locked: The account is locked."),
            row("invalid_client", "client not found", "No such client.")
        ]
    );
}

#[test]
fn a_status_alone_in_its_row_heads_the_rows_below_it() {
    let blocks = [table(
        &["HTTP-код состояния", "Описание", "Код"],
        &[&["400 Неверный запрос", "", ""], &["400 Неверный запрос", "Синтаксическая ошибка.", "2001"]],
    )];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["2001"]);
    assert!(report(&out).iter().any(|line| line.contains("heads the rows below it")), "{:?}", report(&out));
}

#[test]
fn codes_set_in_quotes_are_codes() {
    let blocks = [table(
        &["HTTP 상태 코드", "에러 코드", "설명"],
        &[
            &["400 Bad Request", "\"NOT_VALID\"", "필수 정보가 없습니다."],
            &["401 Unauthorized", "\"EXPIRED_TOKEN\"", "만료된 토큰입니다."],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<(&str, Option<&str>)> =
        out.abnormal.iter().map(|r| (r.code.as_str(), r.status.as_deref())).collect();
    assert_eq!(codes, [("NOT_VALID", Some("400")), ("EXPIRED_TOKEN", Some("401"))]);
}

#[test]
fn negative_codes_answered_with_a_success_are_errors() {
    let blocks = [table(
        &["Code", "HTTP Status", "Description"],
        &[&["0", "200", "Order placed."], &["-2013", "200", "Could not find order information."]],
    )];
    let out = collect(&blocks, &Options::default());
    let codes = |rows: &[Row]| rows.iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert_eq!((codes(&out.normal), codes(&out.abnormal)), (vec!["0".to_string()], vec!["-2013".to_string()]));
}

#[test]
fn repeats_collapse_or_keep_every_text() {
    // The same text under a name spelled another way collapses too.
    let blocks = [table(
        &["Code", "Status", "Description"],
        &[&["400", "BAD_REQUEST", "Yêu cầu không thể xử lý"], &["400", "BAD REQUEST", "Yêu cầu không thể xử lý"]],
    )];
    assert_eq!(collect(&blocks, &Options::default()).abnormal, [row("400", "BAD_REQUEST", "Yêu cầu không thể xử lý")]);
    let blocks = [table(
        &["Status", "Message", "Description"],
        &[
            &["400", "Bad Request", "Malformed."],
            &["400", "Bad Request", "Malformed."],
            &["400", "Missing field", "A field is missing."],
            &["400", "Bad Request", "Too long."],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(
        out.abnormal,
        [row("400", "Bad Request", "Malformed.\n\nMissing field: A field is missing.\n\nToo long.")]
    );
    assert!(report(&out)[0].ends_with(", 3 rows repeated"));
}

#[test]
fn skipped_tables_and_rows_are_reported() {
    let blocks = [
        Block::Heading("Gateway Opcodes".into()),
        table(&["Code", "Name", "Description"], &[&["1", "Heartbeat", "Ping."]]),
        table(&["Parameter", "Description"], &[&["id", "The id."]]),
        Block::Heading("Codes".into()),
        table(&["Code", "Description"], &[&["200 OK", "Fine."], &["", "x"], &["201 Created", ""]]),
    ];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.rows(), 2);
    assert_eq!(out.tables_imported, 1);
    assert_eq!(
        report(&out),
        [
            "table 1 \"Gateway Opcodes\": skipped: its codes (1…) are not HTTP statuses or error codes",
            "table 2 \"Gateway Opcodes\": skipped: no code column",
            "table 3 \"Codes\": 2 rows, grouped by code (code: Code, description: Description), 1 row continued",
            "skipped 2 tables with no status or error codes (-v says why)",
        ]
    );
    assert_eq!(out.report_lines(false).count(), 2);
}

#[test]
fn chosen_tables_only() {
    let blocks = [
        table(&["Code", "Description"], &[&["200 OK", "Fine."]]),
        table(&["Code", "Description"], &[&["404 Not Found", "Gone."]]),
    ];
    let options = Options { tables: Some(vec![2]), ..Options::default() };
    let out = collect(&blocks, &options);
    assert_eq!(out.abnormal, [row("404", "Not Found", "Gone.")]);
    assert!(out.normal.is_empty());
    assert_eq!(report(&out)[0], "table 1: skipped: not one of --tables");
}

#[test]
fn cells_that_show_nothing_are_empty_as_a_table_reads_them() {
    let blocks = [table(
        &["Code", "Description"],
        &[&["\u{ad}", "x"], &["4\u{200b}04 \u{3164}", "Gone."], &["500", "\u{ad} "], &["\u{3164} \0", "y"]],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal, [row("404", "", "Gone.")]);
    assert!(report(&out).contains(&"table 1, row 1: skipped: no code"), "{:?}", report(&out));
    assert!(report(&out).contains(&"table 1, row 3: skipped: no text for 500"));
    assert!(report(&out).contains(&"table 1, row 4: skipped: no code"), "{:?}", report(&out));
}

#[test]
fn error_names_beside_codes_and_under_a_label() {
    let blocks = [
        table(
            &["Mã lỗi", "Lỗi", "Thông báo"],
            &[&["-32000", "WSRPCNotRunningError", "\"not running\""], &["", "Other", "\"more\""]],
        ),
        Block::Text("List of error names:".into()),
        table(&["", ""], &[&["ACTION_NOT_SUPPORTED", "Not supported."], &["ALIAS_INVALID", "Unknown alias."]]),
        Block::Text("List of behaviors:".into()),
        table(&["", ""], &[&["DO_NOT_RETRY", "Do not try again."], &["RETRY", "Try again."]]),
    ];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.abnormal[0], row("-32000", "WSRPCNotRunningError", "\"not running\" \"more\""));
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["-32000", "ACTION_NOT_SUPPORTED", "ALIAS_INVALID"]);
}

#[test]
fn tables_with_one_header_are_read_one_way() {
    let rows_a: &[&[&str]] = &[&["E1", "Bad input", "Check the input."], &["E2", "Too many", "Slow down."]];
    let rows_b: &[&[&str]] = &[&["E3", "Request refused by the server", "See logs"]];
    let header = ["Code", "Descrição", "Descrição"];
    let out = collect(&[table(&header, rows_a), table(&header, rows_b)], &Options::default());
    assert_eq!(out.abnormal[2].reason, "Request refused by the server");
    assert_eq!(out.abnormal[0].reason, "Bad input");
}

#[test]
fn small_tables_of_a_header_are_read_with_the_others_of_it_that_list_an_error_again() {
    let intro = "In case of error the following codes are supported in addition to the general ones:";
    let blocks = [
        Block::Text("Every response object has a code property containing one of the strings below:".into()),
        table(
            &["Type", "Description"],
            &[&["Ok", "Request processed."], &["InvalidUrl", "URL is invalid."], &["InvalidQuery", "Bad query."]],
        ),
        Block::Heading("Table service".into()),
        Block::Text(intro.into()),
        table(&["Type", "Description"], &[&["NoTable", "No route found."], &["NotImplemented", "Not supported."]]),
        Block::Heading("Trip service".into()),
        Block::Text(intro.into()),
        table(&["Type", "Description"], &[&["NoTrips", "No trips found."], &["NotImplemented", "Not supported."]]),
        Block::Heading("Maneuver types".into()),
        table(
            &["type", "Description"],
            &[
                &["turn", "a basic turn"],
                &["new name", "the road name changes"],
                &["depart", "the first"],
                &["arrive", "the last"],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.normal.iter().chain(&out.abnormal).map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["Ok", "InvalidUrl", "InvalidQuery", "NoTable", "NotImplemented", "NoTrips"]);
}

#[test]
fn a_table_of_the_same_codes_in_another_language_is_read_with_them() {
    let english: &[&[&str]] =
        &[&["-1000", "Already upgrading"], &["-1001", "Camera not connected"], &["-1002", "Low power"]];
    let chinese: &[&[&str]] = &[&["-1000", "已经处于固件升级中"], &["-1001", "未连接相机"], &["-1002", "相机电量低"]];
    let blocks = [
        Block::Heading("English".into()),
        table(&["Code", "Description"], english),
        Block::Heading("中文".into()),
        table(&["错误码", "错误描述"], chinese),
        Block::Heading("Enumerations".into()),
        table(&["Code", "Description"], &[&["1", "First"], &["2", "Second"], &["3", "Third"]]),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["-1000", "-1001", "-1002"]);
    assert_eq!(out.abnormal[0].description, "Already upgrading\n\n已经处于固件升级中");
}

#[test]
fn a_table_of_codes_and_statuses_gives_the_status_of_codes_above() {
    let blocks = [
        table(&["error_code", "error_message"], &[&["10000", "Missing parameter."], &["10001", "API key not found."]]),
        table(&["error_code", "HTTP Error"], &[&["10000", "400"], &["10001", "401"], &["10009", "500"]]),
    ];
    let out = collect(&blocks, &Options::default());
    let statuses: Vec<Option<&str>> = out.abnormal.iter().map(|r| r.status.as_deref()).collect();
    assert_eq!(statuses, [Some("400"), Some("401")]);
    assert!(report(&out).iter().any(|l| l.contains("10009, and no table above describes it")), "{:?}", report(&out));
}

#[test]
fn result_codes_and_error_lists_are_read() {
    // "返回码": numbers an API returns, no HTTP statuses.
    let blocks = [Block::Heading("返回结果码定义".into()), table(&["返回码", "描述"], &[&["90001", "消息签名错误"]])];
    assert_eq!(collect(&blocks, &Options::default()).abnormal.len(), 1);
    // A title naming response codes says the same of a table of the API's numbers.
    let blocks = [Block::Text("Коды ответов".into()), table(&["КОД", "ОПИСАНИЕ"], &[&["10", "Некорректный запрос"]])];
    assert_eq!(collect(&blocks, &Options::default()).abnormal.len(), 1);
    // So do a label naming failures, and a page that is one table and nothing else.
    let rows: &[&[&str]] = &[&["0", "Ocorreu um erro."], &["1", "Saldo insuficiente."]];
    let blocks = [Block::Heading("Falhas em Pagamentos".into()), table(&["Código", "Descrição"], rows)];
    assert_eq!(collect(&blocks, &Options::default()).abnormal.len(), 2);
    let rows: &[&[&str]] = &[&["500", "网络连接错误"], &["11000", "该Company不存在"], &["11001", "该Company已存在"]];
    assert_eq!(collect(&[table(&["code", "desc"], rows)], &Options::default()).abnormal.len(), 3);
    let opcodes = [Block::Heading("Gateway Close Event Codes".into()), table(&["code", "desc"], rows)];
    assert!(collect(&opcodes, &Options::default()).abnormal.is_empty());
    // So does a page's title that names its return codes, over every table.
    let blocks = [
        Block::Heading("BMF-Rückgabecodes".into()),
        Block::Heading("Session-Codes".into()),
        table(&["Code", "Bedeutung"], &[&["-1", "Sitzung ungültig"], &["-2", "Systemwartung"]]),
    ];
    assert_eq!(collect(&blocks, &Options::default()).abnormal.len(), 2);
    // So does a heading that is an error status.
    let blocks = [
        Block::Heading("400 (Bad request)".into()),
        table(&["Identificador", "Descrição"], &[&["400001", "CPF inválido"], &["400002", "CPF existente"]]),
    ];
    assert_eq!(collect(&blocks, &Options::default()).abnormal.len(), 2);
    // "Error codes" listing each status's errors: a row for each, with the status.
    let blocks = [table(
        &["HTML Error", "Error codes", "Error message"],
        &[&["400", "E1001 E1002", "Bad input."], &["500", "E2001", "Server trouble."]],
    )];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<(&str, Option<&str>)> =
        out.abnormal.iter().map(|r| (r.code.as_str(), r.status.as_deref())).collect();
    assert_eq!(codes, [("E1001", Some("400")), ("E1002", Some("400")), ("E2001", Some("500"))]);
}

#[test]
fn patterns_placeholders_and_names_left_without_text() {
    let blocks = [
        Block::Heading("Errors".into()),
        table(
            &["Code", "HTTP", "Meaning"],
            &[
                &["10xx", "", "Common errors"],
                &["dependency_failed", "—", "A query was skipped."],
                &["403", "", "Forbidden --"],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let rows: Vec<(&str, Option<&str>, &str)> =
        out.abnormal.iter().map(|r| (r.code.as_str(), r.status.as_deref(), r.description.as_str())).collect();
    assert_eq!(rows, [("dependency_failed", None, "A query was skipped."), ("403", None, "Forbidden")]);
    assert!(
        report(&out).iter().any(|line| line.ends_with("skipped: 10xx stands for many codes, not one")),
        "{:?}",
        report(&out)
    );
}

#[test]
fn a_status_cell_without_a_number_gives_no_status() {
    let rows: &[&[&str]] =
        &[&["A0001", "见 code", "参数错误"], &["A0002", "—", "未登录"], &["A0003", "401", "令牌过期"]];
    let out = collect(&[table(&["错误码", "HTTP", "说明"], rows)], &Options::default());
    let statuses: Vec<Option<&str>> = out.abnormal.iter().map(|r| r.status.as_deref()).collect();
    assert_eq!(statuses, [None, None, Some("401")]);
}

#[test]
fn a_code_listed_again_with_its_continued_text_collapses() {
    let rows: &[&[&str]] = &[&["400", "Bad input."], &["", "Check the body."], &["400", "Bad input. Check the body."]];
    let out = collect(&[table(&["Code", "Description"], rows)], &Options::default());
    assert_eq!(out.abnormal, [row("400", "", "Bad input. Check the body.")]);
    let many: Vec<Vec<String>> = (0..3).map(|n| vec!["401".to_string(), format!("Text {}.", n % 2)]).collect();
    let many: Vec<Vec<&str>> = many.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    let many: Vec<&[&str]> = many.iter().map(Vec::as_slice).collect();
    let out = collect(&[table(&["Code", "Description"], &many)], &Options::default());
    assert_eq!(out.abnormal, [row("401", "", "Text 0.\n\nText 1.")]);
}
