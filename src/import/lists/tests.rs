use super::*;
use crate::import::{import, Imported, Options};
use entry::{heading_code, Entry};

mod headings;
mod items;
mod lines;
mod shapes;

fn e(code: &str, name: &str, text: &str) -> Option<Entry> {
    Some(Entry { code: code.into(), name: name.into(), text: text.into(), ..Entry::default() })
}

fn rows(imported: &Imported) -> Vec<(&str, &str, &str)> {
    let all = imported.normal.iter().chain(&imported.abnormal);
    all.map(|r| (r.code.as_str(), r.reason.as_str(), r.description.as_str())).collect()
}

#[test]
fn lines_that_pair_a_code_with_its_text() {
    assert_eq!(entry("10001: No site matched"), e("10001", "", "No site matched"));
    assert_eq!(entry("0: Success"), e("0", "", "Success"));
    assert_eq!(entry("404 - Not Found"), e("404", "", "Not Found"));
    assert_eq!(entry("-1003 Too many requests"), e("-1003", "", "Too many requests"));
    assert_eq!(entry("`E_AUTH_EXPIRED` — Token expired"), e("E_AUTH_EXPIRED", "", "Token expired"));
    assert_eq!(entry("设备配置文件保存错误：1504"), e("1504", "", "设备配置文件保存错误"));
    assert_eq!(entry("未知错误(-1)"), e("-1", "", "未知错误"));
    assert_eq!(entry("| 3 | Reconcile Error |"), e("3", "", "Reconcile Error"));
    // A word that joins a name to its text, as a colon does: Thai "คือ", Vietnamese "là".
    assert_eq!(entry("unauthorized คือ ยังไม่ได้เข้าสู่ระบบ"), e("unauthorized", "", "ยังไม่ได้เข้าสู่ระบบ"));
    assert_eq!(entry("invalid_token là Mã không hợp lệ"), e("invalid_token", "", "Mã không hợp lệ"));
    assert_eq!(entry("400 คือ Bad Request คำร้องขอไม่ถูกต้อง"), e("400", "Bad Request", "คำร้องขอไม่ถูกต้อง"));
    // A name set as code needs no mark; its text may stand in parentheses, a type may not.
    assert_eq!(entry("`not_blank` จะต้องไม่เป็น empty string"), e("not_blank", "", "จะต้องไม่เป็น empty string"));
    assert_eq!(entry("`not_null` (จะต้องไม่เป็น null)"), e("not_null", "", "จะต้องไม่เป็น null"));
    assert_eq!(entry("`error` (String) คือ ประเภท error"), None);
    assert_eq!(entry("not_blank จะต้องไม่เป็น empty string"), None);
    // A code, then its comment.
    assert_eq!(entry("10001 //参数错误"), e("10001", "", "参数错误"));
    // Source code: a code, then its string.
    assert_eq!(entry("-2, \"Zlé vstupné hodnoty.\","), e("-2", "", "Zlé vstupné hodnoty."));
    assert_eq!(entry("66666, \"Nepodarilo sa.\" // stane sa"), e("66666", "", "Nepodarilo sa."));
}

#[test]
fn prose_that_mentions_codes_is_no_entry() {
    for line in [
        "Note: see 404 below",
        "1 Install the SDK",
        "Errors: as listed",
        "OAuth2: the flow we use",
        "The API returns 404 when the item is gone.",
        "| a | b | c |",
        "10001:",
        "it is the token that expired",
        "Nó là lỗi",
        "1, 2, 3",
        "2024, a good year",
    ] {
        assert_eq!(entry(line), None, "{line}");
    }
}

#[test]
fn headings_that_are_codes() {
    assert_eq!(heading_code("-1000 未知错误"), e("-1000", "未知错误", ""));
    assert_eq!(heading_code("1010101"), e("1010101", "", ""));
    assert_eq!(heading_code("0"), e("0", "", ""));
    assert_eq!(heading_code("DEVICE_OFFLINE"), e("DEVICE_OFFLINE", "", ""));
    assert_eq!(heading_code("400 (Bad request)"), e("400", "Bad request", ""));
    // A number and the constant a program names it with, either way round.
    assert_eq!(heading_code("1 — `AlreadyInitialized`"), e("1", "AlreadyInitialized", ""));
    assert_eq!(heading_code("1 — AlreadyInitialized"), e("1", "AlreadyInitialized", ""));
    assert_eq!(heading_code("`InsufficientBalance` (code 1)"), e("1", "InsufficientBalance", ""));
    // An error's own name in capitals, then the status it is answered with.
    assert_eq!(heading_code("RATE_LIMIT_EXCEEDED (429)"), e("RATE_LIMIT_EXCEEDED", "", ""));
    assert_eq!(heading_code("UNAUTHORIZED (401)"), e("UNAUTHORIZED", "", ""));
    assert_eq!(heading_code("Unauthorized (401)"), None);
    for heading in ["1. Introduction", "2 Getting started", "OAuth2 flow", "Errors", "10xx - 服务器或网络问题"]
    {
        assert_eq!(heading_code(heading), None, "{heading}");
    }
}

#[test]
fn a_paragraph_whose_lines_list_codes_is_read_line_by_line() {
    assert_eq!(
        lines_or_whole("用户名和密码错误: 1400\n    用户手机号已经存在: 1401\n"),
        ["用户名和密码错误: 1400", "用户手机号已经存在: 1401"]
    );
    assert_eq!(lines_or_whole("A paragraph that\nruns over lines: 1400"), ["A paragraph that runs over lines: 1400"]);
    assert!(lines_or_whole(" \n ").is_empty());
}

#[test]
fn headings_of_codes_become_a_table_with_the_text_under_each() {
    let blocks = vec![
        Block::Heading("Error codes".into()),
        Block::Heading("10xx - Server".into()),
        Block::Heading("-1000 UNKNOWN".into()),
        Block::Text("An unknown error.".into()),
        Block::Code("{\"code\": -1000}".into()),
        Block::Text("Try again.".into()),
        Block::Heading("-1001 DISCONNECTED".into()),
        Block::Heading("11xx - Request".into()),
        Block::Heading("-1100 ILLEGAL_CHARS".into()),
        Block::Text("Illegal characters.".into()),
    ];
    let out = as_tables(blocks);
    let Block::Table(first) = &out[2] else { panic!("{out:?}") };
    let texts = |t: &RawTable| -> Vec<Vec<String>> {
        t.rows.iter().map(|r| r.iter().map(|c| c.text.clone()).collect()).collect()
    };
    assert_eq!(
        texts(first),
        [["-1000", "UNKNOWN", "An unknown error. Try again.", ""], ["-1001", "DISCONNECTED", "", ""]]
    );
    assert_eq!(out[3], Block::Heading("11xx - Request".into()));
    let Block::Table(second) = &out[4] else { panic!("{out:?}") };
    assert_eq!(texts(second), [["-1100", "ILLEGAL_CHARS", "Illegal characters.", ""]]);
}

#[test]
fn fewer_than_three_codes_are_prose() {
    let blocks = vec![Block::Heading("404 Not Found".into()), Block::Text("10001: No site matched".into())];
    assert_eq!(as_tables(blocks.clone()), blocks);
}

#[test]
fn a_page_without_tables_of_codes_is_read_from_its_lists() {
    let page = "# Error codes\n\n## 10xxx\n\n- 10001: No site matched\n- 10002: Article not found\n\n\
                ## 11xxx\n\n- 11001: No document\n- 11006: No magazine\n";
    let imported = import("codes.md", page, &Options::default()).unwrap();
    assert_eq!(
        rows(&imported),
        [
            ("10001", "", "No site matched"),
            ("10002", "", "Article not found"),
            ("11001", "", "No document"),
            ("11006", "", "No magazine")
        ]
    );
}

#[test]
fn a_page_with_a_table_of_codes_is_read_from_it_alone() {
    let page = "# Errors\n\n| Code | Description |\n|---|---|\n| E1 | Bad input. |\n\n## Details\n\n\
                - 10001: No site matched\n- 10002: Article not found\n- 10003: Menu item not found\n";
    let imported = import("codes.md", page, &Options::default()).unwrap();
    assert_eq!(rows(&imported), [("E1", "", "Bad input.")]);
}

#[test]
fn html_paragraphs_and_items_are_read_as_markdown_ones_are() {
    let page = "<h1>Error Codes</h1><p>| 0 | No Error |\n| 1 | Could not save |\n| 2 | Unspecified error |</p>\
                <pre>| 9 | An example |</pre>";
    let imported = import("codes.html", page, &Options::default()).unwrap();
    assert_eq!(rows(&imported), [("0", "", "No Error"), ("1", "", "Could not save"), ("2", "", "Unspecified error")]);
    let items = "<h2>Errors</h2><ul><li><code>E_ONE</code>: First</li><li><code>E_TWO</code>: Second</li>\
                 <li><code>E_THREE</code>: Third</li></ul>";
    let imported = import("codes.html", items, &Options::default()).unwrap();
    assert_eq!(rows(&imported), [("E_ONE", "", "First"), ("E_TWO", "", "Second"), ("E_THREE", "", "Third")]);
}

#[test]
fn headings_that_name_a_number_an_error() {
    assert_eq!(heading_code("Error 1: Model not defined."), e("1", "Model not defined.", ""));
    assert_eq!(heading_code("ERROR 4 : Key not specified."), e("4", "Key not specified.", ""));
    assert_eq!(heading_code("Error handling"), None);
}

#[test]
fn one_line_under_its_own_heading_is_a_list_when_the_page_holds_others() {
    let page = "<h2>Common API Errors</h2><h4>Input errors:</h4><ul><li><strong>400 Bad Request</strong>: \
                The body cannot be processed.</li></ul><h4>Authorization errors:</h4><ul>\
                <li><strong>401 Unauthorized</strong>: No API key.</li><li><strong>403 Forbidden</strong>: \
                Wrong referer.</li></ul><footer><p>404: Not here</p></footer>";
    let imported = import("errors.html", page, &Options::default()).unwrap();
    assert_eq!(
        rows(&imported),
        [
            ("400", "Bad Request", "The body cannot be processed."),
            ("401", "Unauthorized", "No API key."),
            ("403", "Forbidden", "Wrong referer.")
        ]
    );
}

fn read(name: &str, page: &str) -> Vec<(String, String, String)> {
    let imported = import(name, page, &Options::default())
        .map(|i| rows(&i).iter().map(|&(c, r, d)| (c.into(), r.into(), d.into())).collect());
    imported.unwrap_or_default()
}

fn row(code: &str, reason: &str, description: &str) -> (String, String, String) {
    (code.into(), reason.into(), description.into())
}

#[test]
fn a_wrapped_line_continues_its_text_and_starts_no_code() {
    let page = "# Errors\n\n1001: The request failed because more than\n500 requests were sent in one minute.\n\
                1002: The key is invalid.\n1003: The key expired.\n";
    assert_eq!(
        read("errors.md", page),
        [
            row("1001", "", "The request failed because more than 500 requests were sent in one minute."),
            row("1002", "", "The key is invalid."),
            row("1003", "", "The key expired.")
        ]
    );
}

#[test]
fn text_between_entries_says_more_of_the_one_above() {
    let page = "# Error codes\n\n10001: Invalid token\n\nCheck that the token was copied whole.\n\n\
                10002: Expired token\n\n10003: Unknown site\n\nContact us.\n";
    let rows = read("errors.md", page);
    assert_eq!(rows[0], row("10001", "", "Invalid token Check that the token was copied whole."));
    assert_eq!(rows.len(), 3);
}

#[test]
fn headings_of_codes_are_the_list_and_lines_naming_them_a_table_of_contents() {
    let page = "# Errors\n\n- [1001 INVALID_TOKEN](#1001)\n- [1002 EXPIRED](#1002)\n- [1003 UNKNOWN](#1003)\n\n\
                ## 1001 INVALID_TOKEN\n\nThe token could not be parsed.\n\n## 1002 EXPIRED\n\nThe token expired.\n\n\
                ## 1003 UNKNOWN\n\nNo such site.\n";
    assert_eq!(read("errors.md", page)[0], row("1001", "INVALID_TOKEN", "The token could not be parsed."));
}

#[test]
fn cause_and_solution_subheadings_belong_to_the_code_above() {
    let page =
        "# Troubleshooting errors\n\n## Error 1001: Invalid token\n\n### Cause\n\nThe token could not be parsed.\n\n\
                ### Solution\n\nCopy it again.\n\n## Error 1002: Expired token\n\n### Cause\n\nIt is old.\n\n\
                ## Error 1003\n\n### Cause\n\nNo site has this id.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!(
        rows(&imported),
        [
            ("1001", "Invalid token", "The token could not be parsed."),
            ("1002", "Expired token", "It is old."),
            ("1003", "", "No site has this id.")
        ]
    );
    assert_eq!(imported.abnormal[0].notes.as_deref(), Some("Copy it again."));
}

#[test]
fn labelled_paragraphs_under_a_code_sort_meaning_from_notes() {
    let page = "<h1>Status Codes</h1>\
        <h2><a class=\"anchor\" href=\"#200-ok\">#</a> 200: OK</h2>\
        <p><strong>Description:</strong><br>The request was successful.</p>\
        <p><strong>When to expect:</strong><br>Whenever a call works.</p><p>More on when.</p>\
        <h2>400: Bad Request \u{b6}</h2><p>Description: The request was malformed.</p>\
        <h2>404: Not Found</h2><p>Nothing is there.</p><span>info</span>";
    let imported = import("codes.html", page, &Options::default()).unwrap();
    assert_eq!(
        rows(&imported),
        [
            ("200", "OK", "The request was successful."),
            ("400", "Bad Request", "The request was malformed."),
            ("404", "Not Found", "Nothing is there. info")
        ]
    );
    assert_eq!(imported.normal[0].notes.as_deref(), Some("When to expect: Whenever a call works. More on when."));
}

#[test]
fn status_headings_over_the_apis_own_codes_head_them() {
    let page = "<h1>API errors</h1>\
        <h2>400 Bad Request<a class=\"headerlink\" href=\"#400\">\u{b6}</a></h2>\
        <h3><code>INVALID_PARAMETER</code><a class=\"headerlink\" href=\"#p\">\u{b6}</a></h3>\
        <p>The request contains invalid parameters.</p>\
        <h2>401 Unauthorized</h2>\
        <h3><code>UNAUTHORIZED</code></h3><p>Request lacks valid credentials.</p>\
        <p>Typical fixes:</p><ul><li>add an API key</li></ul>\
        <h3><code>EXPIRED_TOKEN</code></h3><p>The token has expired.</p>\
        <p>Typical examples:</p><ul><li>a token kept for a week</li></ul>";
    let imported = import("errors.html", page, &Options::default()).unwrap();
    assert_eq!(
        rows(&imported),
        [
            ("INVALID_PARAMETER", "", "The request contains invalid parameters."),
            ("UNAUTHORIZED", "", "Request lacks valid credentials."),
            ("EXPIRED_TOKEN", "", "The token has expired.")
        ]
    );
    assert_eq!(imported.abnormal[1].notes.as_deref(), Some("Typical fixes: add an API key"));
}

#[test]
fn headings_that_are_a_name_set_as_code_name_codes() {
    let page = "# Error Codes\n\n## Virtual Servers\n\n### `virtual-server-not-found`\nNo such server.\n\n\
                ### `virtual-server-invalid-type`\nAn invalid type. Choose from:\n- `performance`\n- `standard`\n\n\
                ### `virtual-server-no-ips`\nNo addresses left.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!(
        rows(&imported),
        [
            ("virtual-server-not-found", "", "No such server."),
            ("virtual-server-invalid-type", "", "An invalid type. Choose from: performance standard"),
            ("virtual-server-no-ips", "", "No addresses left.")
        ]
    );
}

#[test]
fn numbered_headings_left_unread_are_said() {
    let page = "# API Error Codes\n\n## 1. Unknown error\n\nIt failed.\n\n## 2. Server error\n\nOurs.\n\n\
                ## 3. Invalid token\n\nCheck it.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!(imported.rows(), 0);
    let said: Vec<&str> = imported.report_lines(false).collect();
    assert_eq!(said, ["skipped 3 numbered headings (\"1. Unknown error\"…): read as a numbered outline, not as codes"]);
}

#[test]
fn pages_that_are_no_list_of_codes_give_no_rows() {
    let pages = [
        // Settings, and a page that never speaks of errors or codes.
        "# Setup\n\n## Configuration\n\nPort: 8080\n\nTimeout: 3000\n\nWorkers: 16\n",
        // A history.
        "# History\n\n## 2024\n\nMoved to Rust.\n\n## 2023\n\nFirst release.\n\n## 2022\n\nStarted.\n",
        // Times, on a page about errors.
        "# Error workshop\n\n10:30 Keynote\n\n11:45 Lunch\n\n14:00 Workshop\n",
        // Responses under each endpoint.
        "# Users API\n\n## GET /users\n\n#### 200 OK\n\nThe list.\n\n#### 401 Unauthorized\n\nNo token.\n\n\
         ## POST /users\n\n#### 201 Created\n\nCreated.\n\n#### 400 Bad Request\n\nBad body.\n\n\
         #### 401 Unauthorized\n\nNo token.\n\n## DELETE /users\n\n#### 204 No Content\n\nGone.\n\n\
         #### 401 Unauthorized\n\nNo token.\n",
    ];
    for page in pages {
        assert_eq!(read("page.md", page), [], "{page}");
    }
}

#[test]
fn a_tip_before_a_list_of_numbers_is_prose() {
    let page = "<h2>Feathers errors</h2><p><strong>ProTip:</strong> All plugins emit these errors.</p><ul>\
                <li><code>BadRequest</code>: 400</li><li><code>NotAuthenticated</code>: 401</li>\
                <li><code>PaymentError</code>: 402</li></ul>";
    assert_eq!(
        read("errors.html", page),
        [row("400", "", "BadRequest"), row("401", "", "NotAuthenticated"), row("402", "", "PaymentError")]
    );
}

#[test]
fn lines_of_codes_beside_headings_of_other_codes_are_read_too() {
    let page = "# Errors\n\n## HTTP Status Codes\n\n### 2xx Success\n\n- **200 OK** - Request succeeded\n\
                - **201 Created** - Resource created\n- **202 Accepted** - Queued\n\n### 4xx Client Errors\n\n#### 400 Bad Request\n\nMalformed.\n\n\
                #### 401 Unauthorized\n\nNo key.\n\n#### 404 Not Found\n\nNothing there.\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let codes: Vec<&str> = rows(&imported).iter().map(|row| row.0).collect();
    assert_eq!(codes, ["200", "201", "202", "400", "401", "404"]);
}
