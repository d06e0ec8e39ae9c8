//! Lines as vendors write them: each led by the word its codes are ("Error 157: …"), a bold
//! line naming the code its heading gives.

use super::*;
use crate::import::{import, Options};

#[test]
fn lines_led_by_error_and_a_number_are_codes_with_their_texts() {
    // Hard breaks inside paragraphs of two or more lines, as the page writes them.
    let page = "# Error Reference\n\nError 0: Unknown error.  \nError 1: Database connection error. (database.php)  \n\
                Error 2: Invalid database type. (database.php)\n\nError 70: CAPTCHA failed. (CAPTCHA.php)  \n\
                Error 72: Requesting CAPTCHAs too fast. (CAPTCHA.php)\n";
    assert_eq!(codes(page), ["0", "1", "2", "70", "72"]);
    assert_eq!(rows(page)[4], row("72", "", "Requesting CAPTCHAs too fast. (CAPTCHA.php)", ""));
}

#[test]
fn a_label_led_line_alone_in_prose_is_no_list() {
    let page = "# Errors\n\nError 42: see the log for details.\n\n| Code | Meaning |\n|---|---|\n| 7 | Busy |\n";
    assert_eq!(codes(page), ["7"]);
}

#[test]
fn a_bold_line_under_a_code_heading_names_the_code() {
    let page = "## Error Codes\n\n#### INVE-E1\n**No frontend included - Backend/web**\n\nOnly stable releases include it.\n\n\
                #### INVE-E2\n**Wrong Invoke Path**\n\nThe used invoke executable is the wrong one.\n\n\
                #### INVE-E3\n**Report Context use custom QuerySet**\n\nUse the generic class.\n";
    assert_eq!(rows(page)[1], row("INVE-E2", "Wrong Invoke Path", "The used invoke executable is the wrong one.", ""));
}

#[test]
fn a_bold_line_under_several_code_headings_is_their_kind_and_stays_in_the_text() {
    let page = "# Fehlercodes\n\n## sam_not_supported\n\n**Spezieller Fehler**\n\nKeine Endpunkt URL.\n\n\
                ## endpoint_offline\n\n**Kritischer Fehler**\n\nDer Endpunkt antwortet nicht.\n\n\
                ## invalid_endpoint\n\n**Kritischer Fehler**\n\nNicht im JSON-Format.\n";
    assert_eq!(rows(page)[2], row("invalid_endpoint", "", "Kritischer Fehler Nicht im JSON-Format.", ""));
}

#[test]
fn statuses_named_then_a_colon_on_lines_of_one_paragraph_are_a_list() {
    let page =
        "## Error codes\n\n400 Bad Request: Malformed.\n401 Unauthorized: Not signed in.\n403 Forbidden: Not yours.\n";
    assert_eq!(rows(page)[1], row("401", "Unauthorized", "Not signed in.", ""));
}

#[test]
fn a_fence_never_closed_ends_at_its_example_not_at_the_end_of_the_page() {
    // The writer forgot the closing fence: the page's codes follow the example as its own text.
    let page = "# Quiz API\n\n**Javob:**\n\n```json\n{\n  \"id\": 1\n}\nXatolik kodlari\n\
                400 Bad Request: Noto'g'ri so'rov.\n401 Unauthorized: Avtorizatsiya muvaffaqiyatsiz.\n\
                404 Not Found: Resurs topilmadi.\n";
    assert_eq!(codes(page), ["400", "401", "404"]);
    // Closed, the same example hides nothing; "```Status: 500 ```" is code within a line, no fence.
    let closed = "# Errors\n\n```Status: 500 ```\n\n```json\n{ \"code\": 7 }\n```\n\n| Code | Meaning |\n|---|---|\n\
                  | 7 | Busy |\n| 8 | Gone |\n";
    assert_eq!(codes(closed), ["7", "8"]);
}

#[test]
fn estonian_error_code_headers_and_headings_say_errors() {
    let page = "### Rahvastikuregistri x-tee teenuste veakoodid\n\n| Veakood | Veatekst |\n|---|---|\n\
                | 10175 | ISIK EI OLE ÜHESELT TUVASTATAV |\n| 100 | Sõnumi vastus sisaldab liiga palju kirjeid. |\n";
    let imported = import("page.md", page, &Options::default()).unwrap();
    assert_eq!(imported.abnormal.len(), 2, "{:?}", imported.normal);
}

#[test]
fn a_line_of_only_a_pipe_between_rows_leaves_the_table_whole() {
    let page = "## Error Code\n\n| Code | Message |\n|---|---|\n| -4019 | Transaction not found |\n\
                | -4020 | Transaction failed |\n|\n| -9999 | Server Error |\n";
    assert_eq!(codes(page), ["-4019", "-4020", "-9999"]);
}

#[test]
fn errno_names_each_with_a_colon_under_a_heading_of_codes_are_the_codes() {
    let page = "# Error Codes\n\n* ENOMETH: No such method (all)\n* EUNKNOWN: An unknown error occurred (all)\n\
                * EBADARGS: Bad arguments (all)\n\n# Methods\n\n* GET: Read one\n* POST: Make one\n* PUT: Change one\n";
    assert_eq!(codes(page), ["ENOMETH", "EUNKNOWN", "EBADARGS"]);
    // The same words under a heading of settings are settings.
    let settings = "# Settings\n\n* PORT: The port to listen on\n* HOST: The host to bind\n* DEBUG: Log more\n";
    let imported = import("errors.md", settings, &Options::default()).unwrap();
    assert!(imported.normal.is_empty() && imported.abnormal.is_empty());
}

#[test]
fn a_code_in_a_span_beside_its_paragraph_is_a_line_of_a_code_and_its_text() {
    let page =
        "<h3>Error Codes &amp; Explanation(s)</h3>\n<div><div class=\"parameter\"><span class=\"param\">001 </span>\
                <p>Please provide username and password.</p></div>\n<div class=\"parameter\"><span>002 </span>\
                <p>Invalid username or password.</p></div>\n<div class=\"parameter\"><span>003 </span>\
                <p>Please provide batch id.</p></div></div>\n";
    let imported = import("errors.html", page, &Options::default()).unwrap();
    let codes: Vec<&str> = imported.abnormal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["001", "002", "003"]);
    assert_eq!(imported.abnormal[1].description, "Invalid username or password.");
}

#[test]
fn a_bold_note_under_a_few_headings_or_under_sections_stays_text() {
    // Under one code only, a remark; under headings that are no codes, a note on the section.
    let remark = "# Error reference\n\n## 1001\n\n**Deprecated: no longer returned since API v3.**\n\n\
                  The access token has expired.\n\n## 1002\n\nThe access token is malformed.\n\n## 1003\n\nRevoked.\n";
    let deprecated = "Deprecated: no longer returned since API v3. The access token has expired.";
    assert_eq!(rows(remark)[0], row("1001", "", deprecated, ""));
    let sections = "## Successful results\n\n**Updated for API v3**\n\n- 10: Transaction succeeded\n\
                    - 11: Transaction queued\n\n## Error results\n\n**Updated for API v3.1**\n\n- 80: Card invalid\n\
                    - 81: Card expired\n";
    let imported = import("errors.md", sections, &Options::default()).unwrap();
    assert_eq!((imported.normal.len(), imported.abnormal.len()), (2, 2));
}

#[test]
fn fences_closed_as_commonmark_closes_them_or_not_json_are_left_alone() {
    // Closed by the end of its list item; set off by an ideographic space (no fence at all).
    let in_item = "1. Send the request:\n   ```json\n   {\"item\": \"A-1\"}\n2. Read the answer.\n\n## Error codes\n\n\
                   | Code | Message |\n|---|---|\n| 4001 | Out of stock |\n| 4002 | Bad quantity |\n";
    assert_eq!(codes(in_item), ["4001", "4002"]);
    let spaced = "# API\n\n\u{3000}```json\n{\"appid\": \"wx123\"}\n\n## 错误码\n\n| 错误码 | 说明 |\n|---|---|\n\
                  | 40001 | 签名错误 |\n| 40002 | 参数错误 |\n";
    assert_eq!(codes(spaced), ["40001", "40002"]);
    // A console's output left open is the console's, whatever it prints.
    let console = "# Troubleshooting\n\n```console\n$ uploader push big.iso\nError 28: No space left on device\n\
                   Error 5: Input/output error\nError 9: Bad file descriptor\n";
    let imported = import("errors.md", console, &Options::default()).unwrap();
    assert!(imported.abnormal.is_empty(), "{:?}", imported.abnormal);
}

#[test]
fn a_line_of_only_a_pipe_between_two_tables_keeps_them_apart() {
    let page =
        "## Codes\n\n| Status | Meaning |\n|---|---|\n| 200 | OK |\n| 201 | Created |\n|\n| Error code | Meaning |\n\
                |---|---|\n| 1001 | Bad token |\n| 1002 | Gone |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!((imported.normal.len(), imported.abnormal.len()), (2, 2));
}

#[test]
fn a_code_set_against_its_name_by_a_colon_alone_heads_its_item() {
    let page = concat!(
        "# 错误码\n\n## 通用\n\n- **3505**:地址无效\n   - **描述** : 地址格式不对。\n",
        "- **3516**:24小时内只可领取一次\n   - **描述** : 每天一次。\n",
        "- **3507**: 转账金额小于最少金额\n   - **描述** : 比如trx精度为6。\n"
    );
    assert_eq!(rows(page)[1], row("3516", "24小时内只可领取一次", "每天一次。", ""));
}

#[test]
fn an_item_after_one_its_nested_list_made_a_heading_is_a_code_of_its_own() {
    let page = concat!(
        "# 错误码\n\n## 补贴\n\n- **3901**: 余额不足\n   - **描述** : 余额不够。\n",
        "- **3902**: 补贴失败\n   - **描述** : 平台补贴失败。\n",
        "- **3903**: 能量足够\n   - **描述** : 不需要补贴能量。\n\n",
        "- **3904**: 平台补贴trx失败\n\n- **3905**: 平台补贴能量失败\n"
    );
    assert_eq!(codes(page), ["3901", "3902", "3903", "3904", "3905"]);
    assert_eq!(rows(page)[2], row("3903", "能量足够", "不需要补贴能量。", ""));
}

#[test]
fn settings_fields_and_a_glossary_in_capitals_are_no_codes() {
    let page =
        "## Error handling\n\n- DEBUG: Print stack traces in error responses\n- VERBOSE: Log every failed request\n\
                - STRICT: Treat warnings as errors\n\n## Error codes\n\n- API: Application Programming Interface\n\
                - JSON: JavaScript Object Notation\n- URL: Uniform Resource Locator\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert!(imported.abnormal.is_empty(), "{:?}", imported.abnormal);
}

#[test]
fn a_fence_left_open_above_the_pages_headings_ends_where_they_begin() {
    let page = "# Quick start\n\n```bash\ncurl https://api.example.com/v1/items\n\n## Error codes\n\n\
                | Code | Message |\n|---|---|\n| 4001 | Invalid token |\n| 4002 | Token expired |\n";
    assert_eq!(codes(page), ["4001", "4002"]);
}

#[test]
fn tab_rows_with_no_header_line_or_in_code_or_labelled_settings_are_no_table() {
    // "Host:<TAB>…" settings keep the list of codes under the same heading read.
    let settings =
        "## Status codes\n\nConnection settings used in the examples:\n\nHost:\tapi.example.com\nPort:\t443\n\
                    Scheme:\thttps\n\nThe API answers:\n\n\
                    - 200: OK\n- 404: Not found\n";
    assert_eq!(codes(settings), ["200", "404"]);
    // Console output in a fence inside a quotation is the console's.
    let quoted = "# Errors\n\n> ```\n> Level\tCode\tMessage\n> Error\t1146\tTable doesnt exist\n\
                  > Error\t1054\tUnknown column\n> ```\n\n| Code | Meaning |\n|---|---|\n| 4001 | Busy |\n| 4002 | Gone |\n";
    assert_eq!(codes(quoted), ["4001", "4002"]);
}

#[test]
fn a_step_numbered_in_a_span_beside_its_paragraph_is_no_code() {
    let page = "<h2>Setup</h2>\n<div><span class=\"step\">1</span><p>Create a key.</p></div>\n\
                <div><span class=\"step\">2</span><p>Store it.</p></div>\n<div><span class=\"step\">3</span><p>Call the API.</p></div>\n\
                <h2>Error codes</h2>\n<table><tr><th>Code</th><th>Message</th></tr><tr><td>4001</td><td>Bad key</td></tr>\n\
                <tr><td>4002</td><td>Expired key</td></tr></table>\n";
    let imported = import("errors.html", page, &Options::default()).unwrap();
    let said = |line: &crate::import::ReportLine| match line {
        crate::import::ReportLine::Summary(text) => text.contains("outside its tables"),
        _ => false,
    };
    assert!(!imported.report.iter().any(said), "{:?}", imported.report);
    assert_eq!(imported.abnormal.len(), 2);
}

#[test]
fn a_bold_line_over_a_list_of_codes_labels_that_list() {
    let page = "## Error codes\n\nThe API answers with these.\n\n**General Errors**\n\n- 600: Wrong api key\n\n\
                **Security and Permission**\n\n- 610: You are not logged in\n- 611: You do not have permission\n\n\
                **Data retrieval**\n\n- 620: Bad filter\n- 621: No results found\n";
    assert_eq!(codes(page), ["600", "610", "611", "620", "621"]);
    assert_eq!(rows(page)[0], row("600", "", "Wrong api key", ""));
}

#[test]
fn numbers_and_their_text_under_a_heading_of_codes_are_codes_on_lines_of_one_paragraph_too() {
    let page = "# Error Codes\n\n0 Invalid limit specified\n1 Invalid year specified\n2 Invalid gender specified\n\
                3 Invalid rank specified\n";
    assert_eq!(codes(page), ["0", "1", "2", "3"]);
    assert_eq!(rows(page)[1], row("1", "", "Invalid year specified", ""));
    // Under a heading that names errors but no codes, lines of numbers count things.
    let page = "# Error workshop\n\n1 Keynote\n2 Lunch\n3 Workshop\n\n## Codes\n\n- 4001: Bad key\n- 4002: Expired key\n- 4003: No key\n";
    assert_eq!(codes(page), ["4001", "4002", "4003"]);
}

#[test]
fn names_set_as_code_and_a_dash_under_a_heading_of_codes_are_codes() {
    let page = "## Error codes\n\n- [`missing_credentials`](./missing_credentials/) — no Bearer token on the request\n\
                - [`invalid_token`](./invalid_token/) — token does not match any active session\n\
                - [`account_suspended`](./account_suspended/) — user account has been suspended\n";
    assert_eq!(rows(page)[1], row("invalid_token", "", "token does not match any active session", ""));
    // Properties listed so under another heading are no codes.
    let page = "## Error codes\n\n- 4001: Bad key\n- 4002: Expired key\n- 4003: No key\n\n## Fields\n\n- `url` — where the request went\n\
                - `status` — its status\n- `type` — its kind\n";
    assert_eq!(codes(page), ["4001", "4002", "4003"]);
}

#[test]
fn headings_of_kinds_over_many_lines_of_codes_label_them() {
    let page = "## Types\n\n### NETWORK_ERROR\n\n#### codes\n\n- ``\"PIPELINE_LOAD_ERROR\"``: the request failed.\n\n\
                ### MEDIA_ERROR\n\n#### codes\n\n- ``\"BUFFER_APPEND_ERROR\"``: a segment could not be added.\n\
                - ``\"BUFFER_FULL_ERROR\"``: the buffer was full.\n- ``\"MEDIA_ERR_DECODE\"``: the media could not be decoded.\n";
    assert_eq!(codes(page), ["PIPELINE_LOAD_ERROR", "BUFFER_APPEND_ERROR", "BUFFER_FULL_ERROR", "MEDIA_ERR_DECODE"]);
    assert_eq!(rows(page)[2], row("BUFFER_FULL_ERROR", "", "the buffer was full.", ""));
}

#[test]
fn an_error_name_in_capitals_over_its_status_heads_its_section() {
    let page =
        "## Authentication Errors\n\n### UNAUTHORIZED (401)\n\n**Meaning**: Invalid or missing authentication\n\n\
                ### FORBIDDEN (403)\n\n**Meaning**: Authenticated but lacks permission\n\n\
                ### RATE_LIMIT_EXCEEDED (429)\n\n**Meaning**: Too many requests\n\n\
                ### QUOTA_EXCEEDED (429)\n\n**Meaning**: Monthly event quota exceeded\n";
    assert_eq!(codes(page), ["UNAUTHORIZED", "FORBIDDEN", "RATE_LIMIT_EXCEEDED", "QUOTA_EXCEEDED"]);
    assert_eq!(rows(page)[3], row("QUOTA_EXCEEDED", "", "Monthly event quota exceeded", ""));
}

#[test]
fn steps_counts_and_fields_under_a_heading_of_codes_are_not_codes() {
    let steps = "# Error Codes\n\nIf the app shows an error code, follow these steps:\n\n1 Close the app completely\n\
                 2 Restart your phone\n3 Reinstall the app from the store\n";
    let counts = "## Status codes\n\n1 request per second on Free\n5 requests per second on Pro\n\
                  20 requests per second on Enterprise\n";
    let fields =
        "## Error codes\n\nThe error object:\n\n- `user_id` — the id of the user\n- `email` — the user's email\n\
                  - `created_at` — when the request was made\n";
    for page in [steps, counts, fields] {
        let imported = import("errors.md", page, &Options::default());
        assert!(imported.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()), "{page}");
    }
}

#[test]
fn a_code_whose_text_is_an_empty_code_span_is_skipped_not_joined_to_the_one_above() {
    let page = "## Error codes\n\n- **4501:** `The duration is invalid.`\n- **4502:** ``\n- **4503:** `The amount is invalid.`\n";
    assert_eq!(codes(page), ["4501", "4503"]);
    assert_eq!(rows(page)[0], row("4501", "", "The duration is invalid.", ""));
}
