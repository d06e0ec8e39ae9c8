//! Which codes a row's code cell gives: several, a range, none, or pairs set side by side.

use super::*;

#[test]
fn pairs_set_side_by_side_are_read_a_pair_to_a_row() {
    let blocks = [table(
        &["错误编码", "错误说明", "错误编码", "错误说明"],
        &[&["1", "服务不可用", "20", "缺少sessionId参数"], &["2", "非法的令牌", "", ""]],
    )];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["1", "20", "2"]);
    assert_eq!(out.abnormal[1], row("20", "", "缺少sessionId参数"));
}

#[test]
fn a_code_cell_with_no_code_gives_way_to_the_status_beside_it() {
    let blocks = [table(
        &["Status", "type", "Error message", "Description"],
        &[
            &["400", "invalid_request", "-", "Fix the request."],
            &["401", "invalid_token", "Bad token", "Refresh the token."],
            &["403", "insufficient_scope", "—", "Ask for the scope."],
            &["404", "not_found", "Not found", "Check the id."],
            &["502 / 503", "(platform-level)", "-", "Retry with backoff."],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    let rows: Vec<(&str, &str)> = out.abnormal.iter().map(|r| (r.code.as_str(), r.reason.as_str())).collect();
    let keyed = [("invalid_request", ""), ("invalid_token", "Bad token"), ("insufficient_scope", "")];
    assert_eq!(rows[..3], keyed);
    assert_eq!(rows[4..], [("502", ""), ("503", "")]);
}

#[test]
fn codes_joined_by_or_are_each_a_row() {
    let blocks = [
        Block::Heading("Коды ошибок".into()),
        table(&["Код", "Описание"], &[&["insufficient_scope или invalid_scope", "Мало прав."]]),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["insufficient_scope", "invalid_scope"]);
}

#[test]
fn a_range_of_codes_is_reported_as_skipped() {
    let rows: &[&[&str]] = &[&["AEP6012–AEP6017", "Falta un campo requerido"], &["AEP6020", "Email inválido"]];
    let out = collect(&[table(&["Código", "Significado"], rows)], &Options::default());
    assert_eq!(out.abnormal, [row("AEP6020", "", "Email inválido")]);
    assert!(report(&out).iter().any(|line| line.contains("AEP6012–AEP6017 is a range of codes")), "{:?}", report(&out));
}

#[test]
fn cells_of_several_codes_ranges_and_phrases() {
    let blocks = [
        Block::Heading("Error codes".into()),
        table(
            &["Code", "Description"],
            &[
                &["ER117 ER119", "Card refused."],
                &["PPT_A/ PPT_A_KO", "Token expired."],
                &["500-599", "Server trouble."],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["ER117", "ER119", "PPT_A", "PPT_A_KO"]);
    assert!(report(&out).iter().any(|l| l.contains("500-599 is a range of statuses")), "{:?}", report(&out));
    let phrases =
        [table(&["Error Code", "Description"], &[&["no such alert", "No alert."], &["invalid argument", "Bad."]])];
    let out = collect(&phrases, &Options::default());
    assert_eq!(out.abnormal[0], row("no such alert", "", "No alert."));
}

#[test]
fn tables_sharing_a_header_are_read_alone_when_read_together_fails_one() {
    let blocks = [
        Block::Heading("提交响应状态码".into()),
        table(&["状态码", "描述"], &[&["1001", "无此用户"], &["1002", "密码错"], &["1003", "余额不足"]]),
        Block::Heading("状态报告状态码".into()),
        table(
            &["状态码", "描述"],
            &[
                &["DELIVRD", "短信发送成功"],
                &["REJECTD", "短信被拒绝"],
                &["SM11", "号码格式错误"],
                &["其他", "网关内部状态"],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().chain(&out.normal).map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["1001", "1002", "1003", "DELIVRD", "REJECTD", "SM11"]);
    assert!(report(&out).iter().any(|line| line.contains("'其他' stands for every other code")), "{:?}", report(&out));
}

#[test]
fn numbered_error_names_are_codes_beside_tables_a_label_calls_codes() {
    let blocks = [
        Block::Heading("Result Code".into()),
        table(&["code", "description"], &[&["0", "业务成功"], &["1", "业务失败"]]),
        Block::Heading("Message Code".into()),
        table(&["msg", "text"], &[&["AUTH_001", "缺少请求头"], &["AUTH_103", "签名错误"], &["ORDER_002", "资金不足"]]),
        Block::Heading("Order status".into()),
        table(&["msg", "text"], &[&["NEW", "新订单"], &["FILLED", "完全成交"], &["CANCELED", "已撤单"]]),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.normal.iter().chain(&out.abnormal).map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["0", "1", "AUTH_001", "AUTH_103", "ORDER_002"]);
}

#[test]
fn error_types_with_their_super_types_under_a_label_that_says_errors() {
    let blocks = [
        Block::Heading("Access control error types".into()),
        table(
            &["Type (and super types)", "Description", "Default handling"],
            &[
                &["access_control", "Access control related errors.", "Send status 403."],
                &["basic_auth (access_control)", "All basic_auth related errors.", "Send status 401."],
                &["jwt (access_control)", "All jwt related errors.", "Send status 401."],
                &["jwt_token_missing (jwt)", "No token provided.", "Send status 401."],
            ],
        ),
    ];
    let out = collect(&blocks, &Options::default());
    let rows: Vec<(&str, &str)> = out.abnormal.iter().map(|r| (r.code.as_str(), r.reason.as_str())).collect();
    assert_eq!(rows, [("access_control", ""), ("basic_auth", ""), ("jwt", ""), ("jwt_token_missing", "")]);
}

#[test]
fn error_names_under_an_error_name_header_and_an_arabic_label() {
    let page = "## Error Format\n\n| Error Name | Description |\n|---|---|\n| missing | A resource does not exist. |\n\
                | missing_field | A field is not set. |\n| invalid | Bad. |\n| already_exists | Taken. |\n\n\
                ## أخطاء المصادقة\n\n| الرمز | الوصف |\n|---|---|\n| invalid_token | رمز الوصول غير صالح |\n\
                | missing_token | رمز مفقود |\n";
    let out = crate::import::import("errors.md", page, &Options::default()).unwrap();
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["missing", "missing_field", "invalid", "already_exists", "invalid_token", "missing_token"]);
}

#[test]
fn statuses_named_in_one_cell_and_ranges_in_words() {
    let blocks = [table(
        &["Status", "Description"],
        &[
            &["200 OK / 201 Created", "Success."],
            &["404 Not Found", "No such offer."],
            &["from 3900 to 3999", "Custom"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    assert_eq!(out.normal, [row("200", "OK", "Success."), row("201", "Created", "Success.")]);
    assert_eq!(out.abnormal, [row("404", "Not Found", "No such offer.")]);
    assert!(report(&out).iter().any(|line| line.contains("3900–3999 is a range of codes")));
}

#[test]
fn exit_codes_under_their_heading_are_codes() {
    let blocks = [
        Block::Heading("Fixed Exit Codes".into()),
        table(&["Code", "Description"], &[&["0", "Success."], &["2", "Failed to parse."]]),
    ];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["0", "2"]);
}

#[test]
fn a_prefixed_pattern_stands_for_many_codes() {
    let blocks = [table(
        &["Code", "Meaning"],
        &[
            &["RPX-05xx", "Git remote helper transport"],
            &["RPX-0501", "Upload pack failed"],
            &["RPX-0502", "Protocol EOF"],
        ],
    )];
    let out = collect(&blocks, &Options::default());
    let codes: Vec<&str> = out.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["RPX-0501", "RPX-0502"]);
    assert!(report(&out).iter().any(|line| line.contains("RPX-05xx stands for many codes")));
}
