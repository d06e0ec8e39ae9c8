use super::*;

#[test]
fn http_statuses_at_the_start_of_a_cell() {
    assert_eq!(http_status("404 Not Found"), Some(404));
    assert_eq!(http_status("200(OK)"), Some(200));
    assert_eq!(http_status("HTTP 503"), Some(503));
    assert_eq!(http_status("HttpStatus.UNAUTHORIZED(401)"), Some(401));
    assert_eq!(http_status("4040"), None);
    assert_eq!(http_status("600"), None);
    assert_eq!(http_status("40001"), None);
    assert_eq!(http_status("Not Found"), None);
}

#[test]
fn error_identifiers_and_plain_words() {
    for code in ["APIG.0101", "InvalidParameter.Missing", "ResourceNotFound", "NOT_FOUND", "40001", "E1"] {
        assert!(error_identifier(code), "{code}");
    }
    for word in ["Error", "project_id", "name", "Bad Request", "X", "x-auth-token"] {
        assert!(!error_identifier(word), "{word}");
    }
}

#[test]
fn codes_and_the_reasons_beside_them() {
    assert_eq!(split_code("404 Not Found"), ("404".into(), "Not Found".into()));
    assert_eq!(split_code("200 (OK)"), ("200".into(), "OK".into()));
    assert_eq!(split_code("200(OK)"), ("200".into(), "OK".into()));
    assert_eq!(split_code("429 - Too Many Requests"), ("429".into(), "Too Many Requests".into()));
    assert_eq!(split_code("E1: Bad"), ("E1".into(), "Bad".into()));
    assert_eq!(split_code("HTTP 404"), ("404".into(), "".into()));
    assert_eq!(split_code("APIG.0101"), ("APIG.0101".into(), "".into()));
    assert_eq!(split_code("601*"), ("601".into(), "".into()));
    assert_eq!(split_code("HttpStatusCode.BadRequest 400"), ("400".into(), "".into()));
}

#[test]
fn reasons_leading_descriptions() {
    let dashed = Cell::plain("Bad Request -- Your request is invalid.");
    assert_eq!(split_lead(&dashed), Some(("Bad Request".into(), "Your request is invalid.".into())));
    let bold = Cell { lead: Some("Bad Request".into()), ..Cell::plain("Bad Request The request is bad.") };
    assert_eq!(split_lead(&bold), Some(("Bad Request".into(), "The request is bad.".into())));
    let bold_colon = Cell { lead: Some("Conflict:".into()), ..Cell::plain("Conflict: Version clash.") };
    assert_eq!(split_lead(&bold_colon), Some(("Conflict".into(), "Version clash.".into())));
    assert_eq!(split_lead(&Cell::plain("The key - if any - is wrong.")), None);
    // A name in sentence case, then its text in lower case after one dash.
    assert_eq!(
        split_lead(&Cell::plain("Cannot restore item - too long in trash")),
        Some(("Cannot restore item".into(), "too long in trash".into()))
    );
    assert_eq!(split_lead(&Cell::plain("Validation: bad age supplied - whole numbers only")), None);
    assert_eq!(split_lead(&Cell::plain("3D-secure failed – the transaction must be aborted.")), None);
    assert_eq!(split_lead(&Cell::plain("Plain text.")), None);
    // An em dash after a name; after a clause it adds a note ("— result endpoint").
    assert_eq!(
        split_lead(&Cell::plain("Conflict — The version clashed.")),
        Some(("Conflict".into(), "The version clashed.".into()))
    );
    assert_eq!(split_lead(&Cell::plain("jobId missing (or not yours) — result endpoint")), None);
    // Scripts without case name before an em dash, Latin words among them; an aside does not.
    assert_eq!(
        split_lead(&Cell::plain("잘못된 emotionLevel — 범위(1~100) 초과")),
        Some(("잘못된 emotionLevel".into(), "범위(1~100) 초과".into()))
    );
    assert_eq!(split_lead(&Cell::plain("jobId 없음 (또는 자기 소유 아님) — result 엔드포인트")), None);
    assert_eq!(split_lead(&Cell::plain("status 가 아직 queued — result 엔드포인트")), None);
    assert_eq!(split_lead(&Cell::plain("— 参数缺失或格式错误 — 用户名格式无效 — 验证码错误")), None);
}

#[test]
fn names_in_parentheses_lead_cjk_text() {
    assert_eq!(
        split_lead(&Cell::plain("（错误请求）服务器不理解请求的语法。")),
        Some(("错误请求".to_string(), "服务器不理解请求的语法。".to_string()))
    );
    assert_eq!(
        split_lead(&Cell::plain("(并发操作)例如，并发调用。")).map(|(lead, _)| lead),
        Some("并发操作".to_string())
    );
    // Latin asides in ASCII parentheses are part of the text.
    assert_eq!(split_lead(&Cell::plain("(Deprecated) Use the other endpoint.")), None);
}

#[test]
fn an_error_declared_with_typed_parameters_is_one_code() {
    assert_eq!(
        split_code("TooManyInBatch(uint256 maxKeys)"),
        ("TooManyInBatch(uint256 maxKeys)".into(), String::new())
    );
    assert_eq!(split_code("NotManager()"), ("NotManager()".into(), String::new()));
    // A detail named in brackets is no parameter list.
    assert_eq!(split_code("ERROR_X(detail)"), ("ERROR_X".into(), "detail".into()));
    assert!(!declared_error("200(OK)"));
}
