//! Which column keys the rows when the cells say more than the headers: two columns headed
//! as codes, constants of a family, names beside codes and statuses, a label that is a body.

use super::*;

#[test]
fn of_names_and_numbers_both_headed_as_codes_the_numbers_are_the_codes() {
    let page = "| `codeKey` | `code` | Message | HTTP |\n|---|---|---|---|\n\
                | `PARAM_ERROR` | `1000005` | Invalid parameter | `400` |\n\
                | `NOT_LOGGED_IN` | `1000006` | Not logged in | `401` |\n\
                | `RATE_LIMITED` | `1000007` | Too many requests | `429` |\n";
    assert_eq!(rows(page)[0], row("1000005", "PARAM_ERROR", "Invalid parameter", "400"));
}

#[test]
fn where_a_number_is_given_to_two_names_the_names_are_the_codes() {
    let page = "| Código Numérico | Código | Status HTTP | Mensagem | Descrição |\n|---|---|---|---|---|\n\
                | `1000` | `SERVER_ERROR` | `500` | Erro interno. | Exceção. |\n\
                | `6002` | `INVALID_PATTERN` | `500` | Padrão inválido. | JSON inválido. |\n\
                | `6002` | `FILE_NOT_FOUND` | `404` | Arquivo não encontrado. | Caminho inexistente. |\n";
    assert_eq!(codes(page), ["SERVER_ERROR", "INVALID_PATTERN", "FILE_NOT_FOUND"]);
    assert_eq!(rows(page)[2], row("FILE_NOT_FOUND", "Arquivo não encontrado.", "Caminho inexistente.", "404"));
}

#[test]
fn constants_of_a_family_in_capitals_are_codes() {
    let page = "## Fehlerarten\n\n| Konstante | Anwendungsfall |\n|---|---|\n\
                | `errors.NOT_FOUND` | Ressource existiert nicht |\n| `errors.INVALID` | Ungültige Eingabe |\n\
                | `errors.TIMEOUT` | Zeitlimit überschritten |\n| `errors.RATE_LIMITED` | Zu viele Anfragen |\n";
    assert_eq!(codes(page), ["errors.NOT_FOUND", "errors.INVALID", "errors.TIMEOUT", "errors.RATE_LIMITED"]);
    assert_eq!(rows(page)[1], row("errors.INVALID", "", "Ungültige Eingabe", ""));
}

#[test]
fn names_left_of_codes_and_statuses_name_the_codes() {
    let page = "| Identifier | Code | HTTP Code | Description |\n|---|---|---|---|\n\
                | Unknown | 100001 | 500 | Internal server error |\n| Bind | 100002 | 400 | Binding failed |\n\
                | UserNotFound | 110002 | 400 | User Not Found |\n| UserDisabled | 110003 | 400 | User disabled |\n";
    assert_eq!(rows(page)[1], row("100002", "Bind", "Binding failed", "400"));
}

#[test]
fn an_example_body_over_a_table_is_no_label_of_its_group() {
    let page = "# Error code table\n\n{\n    \"code\": 0,\n    \"message\": \"OK\"\n}\n\n\
                Code | message | Meaning\n---|---|---\n0 | OK | Successful\n10016 | | API not found\n\
                10000 | | Internal service error.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let codes = |rows: &[crate::import::imported::Row]| rows.iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert!(codes(&imported.normal).is_empty());
    assert_eq!(codes(&imported.abnormal), ["0", "10016", "10000"]);
}

#[test]
fn of_two_texts_in_two_languages_the_headers_own_describes() {
    let page =
        "| 消息代号 | 英文说明 | 中文说明 |\n|---|---|---|\n| -1 | Not defined in error list! | 列表中未定义 |\n\
                | -101 | Unrecognized key characters! | 无法识别的关键字 |\n| -102 | Syntax error! | 语法错误 |\n";
    assert_eq!(rows(page)[0], row("-1", "Not defined in error list!", "列表中未定义", ""));
    let page = "| Code | Code Type Name | Chinese Description | English Description |\n|---|---|---|---|\n\
                | `1000` | `ET_USER` | 用户端错误 | User Error |\n| `1001` | `ET_USER_EQPT` | 用户设备异常 | User Equipment Error |\n\
                | `1002` | `ET_USER_MIC` | 用户麦克风异常 | User Microphone Error |\n";
    assert_eq!(rows(page)[1], row("1001", "ET_USER_EQPT", "User Equipment Error", ""));
}

#[test]
fn error_names_beside_their_values_name_the_numbers() {
    let page = "## Codici di errore\n\n| Error Name | Value | Description |\n|---|:---:|---|\n\
                | IOMOTE_ERR_TIMEOUT | -1 | No response from **Iomote Core** |\n| IOMOTE_ERR_DATA | -2 | Data parsing error |\n\
                | IOMOTE_ERR_MSG_SIZE | -3 | Message size limit reached |\n";
    assert_eq!(rows(page)[1], row("-2", "IOMOTE_ERR_DATA", "Data parsing error", ""));
}

#[test]
fn small_numbers_under_a_heading_of_errors_beside_text_are_codes() {
    let page = "### Growth Level Key\n|Key| Value |\n|--|--|\n| 0 | Egg |\n| 1 | Hatchling |\n| 2 | Juvenile |\n\n\
                ### Error Key\n|Key| Value |\n|--|--|\n| 0 | No error |\n| 1 | User not found |\n\
                | 2 | User's lab is hidden|\n";
    assert_eq!(codes(page), ["0", "1", "2"]);
    assert_eq!(rows(page)[1], row("1", "", "User not found", ""));
}

#[test]
fn a_programs_names_beside_the_values_the_api_answers_with_name_those_values() {
    let page = "## Values\n\n| Name | Value |\n| --- | --- |\n| `INVALID_REQUEST` | invalid_request |\n\
                | `INVALID_CLIENT` | invalid_client |\n| `SERVER_ERROR` | server_error |\n";
    assert_eq!(codes(page), ["invalid_request", "invalid_client", "server_error"]);
    assert_eq!(rows(page)[0], row("invalid_request", "", "INVALID_REQUEST", ""));
}

#[test]
fn a_settings_table_of_names_and_values_gives_no_codes() {
    let page = "## Settings\n\n| Name | Value |\n| --- | --- |\n| `MAX_CONNECTIONS` | unlimited |\n\
                | `CACHE_MODE` | shared |\n| `COMPRESSION` | gzip |\n";
    let imported = crate::import::import("errors.md", page, &crate::import::Options::default()).unwrap();
    assert!(imported.abnormal.is_empty() && imported.normal.is_empty(), "{:?}", imported.abnormal);
}

#[test]
fn a_variant_column_names_the_codes_and_the_message_in_sentences_describes() {
    let page = "| Code | Variant | Message | Raised by |\n|---|---|---|---|\n\
                | 6000 | `Unauthorized` | Only the configured authority may act. | `report_metric` |\n\
                | 6001 | `InvalidFee` | Fee must be between 0 and 10,000 basis points. | `initialize_pool` |\n\
                | 6002 | `InvalidAmount` | Amount must be greater than zero. | `deposit` |\n";
    assert_eq!(rows(page)[1], row("6001", "InvalidFee", "Fee must be between 0 and 10,000 basis points.", ""));
}

#[test]
fn a_column_in_words_beside_names_set_as_identifiers_describes_them() {
    let page = "## Not Found (3xxx)\n\n| Code | Name | Resource |\n|---|---|---|\n\
                | 3000 | `RESOURCE_NOT_FOUND` | Fallback: the resource type is not listed |\n\
                | 3003 | `PROJECT_NOT_FOUND` | Project |\n| 3004 | `TASK_NOT_FOUND` | Task |\n";
    assert_eq!(rows(page)[1], row("3003", "PROJECT_NOT_FOUND", "Project", ""));
}

#[test]
fn the_service_a_named_code_comes_from_does_not_describe_it() {
    let page = "| Code | Name | Service |\n|---|---|---|\n| 4001 | `CARD_DECLINED` | Payments gateway |\n\
                | 4002 | `CARD_EXPIRED` | Payments gateway |\n| 5001 | `LEDGER_LOCKED` | Ledger core |\n";
    assert_eq!(rows(page)[0].2, "CARD_DECLINED");
}
