//! What the page says around its codes: tables of other things' codes, codes the API does
//! not answer with, headings that end a code's section, examples between codes.

use super::*;

#[test]
fn a_table_of_country_codes_beside_the_error_codes_gives_no_rows() {
    let page = "## 国家码（Country Code）\n\n| 中文名 | 英文名 | Alpha-2 | 数字代码 |\n|---|---|---|---|\n\
                | 阿富汗 | Afghanistan | AF | 004 |\n| 巴西 | Brazil | BR | 076 |\n| 帕劳 | Palau | PW | 585 |\n\
                | 美国 | United States | US | 840 |\n\n## 错误码\n\n| ErrorCode | Message |\n|---|---|\n\
                | 10001 | Invalid card |\n| 10002 | Card frozen |\n";
    assert_eq!(codes(page), ["10001", "10002"]);
}

#[test]
fn country_codes_named_beside_errors_are_read() {
    let page = "## Errors by country code\n\n| Code | Description |\n|---|---|\n| 404 | Not here |\n\
                | 451 | Not in this country |\n";
    assert_eq!(codes(page), ["404", "451"]);
}

#[test]
fn codes_under_a_heading_saying_they_are_not_returned_give_no_rows() {
    let page = "## Status codes\n\n### 200 OK\n\nIt worked.\n\n### 400 Bad Request\n\nMalformed.\n\n\
                ### 404 Not Found\n\nNo such record.\n\n\
                ## Status Codes Not Observed\n\n- **401 Unauthorized** - no authentication\n\
                - **429 Too Many Requests** - no rate limit\n- **500 Internal Server Error** - none seen\n";
    assert_eq!(codes(page), ["200", "400", "404"]);
}

#[test]
fn a_heading_above_the_codes_own_ends_the_section_of_the_last() {
    let page =
        "# Response codes\n\n## Client errors (4xx codes)\n\n### 400 Bad Request\n\nThe request is malformed.\n\n\
                ### 408 Request Timeout\n\nThe client went quiet.\n\n## Server Errors (5xx codes)\n\n\
                Styx answers with these when proxying fails.\n\n### 502 Bad Gateway\n\nNo route.\n";
    assert_eq!(rows(page)[1], row("408", "Request Timeout", "The client went quiet.", ""));
}

#[test]
fn examples_after_what_a_code_means_do_not_end_the_list() {
    let page = "# Error codes\n\nE001 High complexity\n\nFunctions are too complex.\n\n```\nlet x = 1\n```\n\n\
                E005 Long functions\n\nFunctions are too long.\n\n#### BAD\n\n```\nlet y = 2\n```\n\n\
                E010 Deep nesting\n\nToo many levels.\n";
    assert_eq!(rows(page)[1], row("E005", "Long functions", "Functions are too long.", ""));
    assert_eq!(codes(page), ["E001", "E005", "E010"]);
}

#[test]
fn a_short_kebab_case_heading_among_kebab_case_codes_is_one_too() {
    let page = "# Error Codes\n\n## button-trigger\n\n`button` helper must have a method name.\n\n\
                ## link-href\n\n`link` helper requires an href.\n\n## collection-element-helper\n\n\
                `collection-element` helper must be declared inside a view.\n\n## nested-render\n\n\
                `render` was called within `render`.\n";
    assert_eq!(codes(page), ["button-trigger", "link-href", "collection-element-helper", "nested-render"]);
}

#[test]
fn a_column_headed_as_the_description_stays_it_when_its_few_words_name_failures() {
    let page = "| Hata Numarası | Hata No | Açıklama | Çözüm |\n|---|---|---|---|\n\
                | ERR_FS_FORMAT_FAILED | 2 | Dosya Sistemi Hatası | Dosya sistemini biçimlendir |\n\
                | ERR_FS_FS_FAILED | 5 | Dosya Sistemi Hatası | Dosya sistemini biçimlendir |\n\
                | ERR_FS_INVALID_MBR | 8 | Dosya Sistemi Hatası | |\n\
                | ERR_NET_DOWN | 9 | Ağ Hatası | Kabloyu kontrol et |\n";
    assert_eq!(rows(page)[3].2, "Ağ Hatası");
}

#[test]
fn a_traditional_chinese_content_column_is_the_description() {
    let page = "| Error Code | 檢核類型 | 內容 | 建議檢核頻率 |\n|---|---|---|---|\n\
                | E101 | 完整性檢核 | 必填欄位內容不可為空值 | 每月 |\n| W102 | 完整性檢核 | 選填欄位內容部分有值部分空值 | 每月 |\n\
                | E201 | 重複性檢核 | 資料主代碼不可重複 | 每月 |\n";
    assert_eq!(rows(page)[0].2, "必填欄位內容不可為空值");
}

#[test]
fn a_table_an_export_cut_at_every_row_is_whole_again() {
    let page = "## Error List\n\n| Error code | Error property | description |\n| :--- | :--- | :--- |\n\n\n\
                | NoConnectionDevice | - | The device is offline. |\n| :--- | :--- | :--- |\n\n\n\
                | DeviceTurnedOff | - | The device is off. |\n| :--- | :--- | :--- |\n\n\n\
                | AlreadyTurnOn | - | The device is on already. |\n| :--- | :--- | :--- |\n";
    assert_eq!(codes(page), ["NoConnectionDevice", "DeviceTurnedOff", "AlreadyTurnOn"]);
    assert_eq!(rows(page)[1].2, "The device is off.");
}

#[test]
fn statuses_repeated_under_code_beside_error_names_are_the_statuses() {
    let page = "You might encounter an error. These error responses explain what happened.\n\n\
                | Code | Error Status | Error Response |\n|---|---|---|\n\
                | 401 | `cocart_cannot_read_cart` | Cannot read cart! |\n| 404 | `cocart_customer_missing` | Customer ID is required! |\n\
                | 404 | `cocart_cart_key_missing` | Cart Key is required! |\n| 404 | `cocart_clear_cart_failed` | Clearing failed! |\n\
                | 404 | `cocart_product_id_required` | Product ID is required! |\n\
                | 405 | `cocart_product_id_not_numeric` | Product ID must be numeric! |\n\
                | 405 | `cocart_quantity_not_numeric` | Quantity must be numeric! |\n";
    assert_eq!(rows(page)[1], row("cocart_customer_missing", "", "Customer ID is required!", "404"));
    assert_eq!(rows(page).len(), 7);
}

#[test]
fn a_class_of_statuses_under_a_heading_of_errors_names_its_own_group() {
    let page = "## Some Common HTTP Error Response Codes\n\n### 1xx Informational\n\n| Code | |\n|---|---|\n\
                | 100 | Continue |\n| 101 | Switching Protocols |\n\n### 4xx Client Errors\n\n| Code | |\n|---|---|\n\
                | 400 | Bad Request |\n| 404 | Not Found |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let normal: Vec<&str> = imported.normal.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(normal, ["100", "101"]);
}
