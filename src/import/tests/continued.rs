//! Rows as vendors continue, group and name them: a text carried on rows with no code,
//! a name set in the code cell beside a column of causes.

use super::*;

#[test]
fn a_cause_column_alone_describes_and_the_code_cell_names() {
    let page = "# Error codes\n\n<table><thead><tr><th>Error Code</th><th>Possible Reason</th></tr></thead><tbody>\
                <tr><td>207 (Partial Success)</td><td>Some reports failed to update.</td></tr>\
                <tr><td>400 (Bad Request)</td><td>Missing required parameter</td></tr>\
                <tr><td></td><td>Malformed JSON body</td></tr>\
                <tr><td>410 (Gone)</td><td>Resource has been deleted</td></tr></tbody></table>\n";
    assert_eq!(
        rows(page),
        [
            row("207", "Partial Success", "Some reports failed to update.", ""),
            row("400", "Bad Request", "Missing required parameter Malformed JSON body", ""),
            row("410", "Gone", "Resource has been deleted", ""),
        ]
    );
}

#[test]
fn rows_with_no_code_continue_the_only_text_column() {
    let page = "# Errors\n\n| Status | Reason |\n|---|---|\n| 400 | Missing parameter |\n| | Malformed body |\n\
                | 401 | Bad credentials |\n";
    assert_eq!(
        rows(page),
        [row("400", "", "Missing parameter Malformed body", ""), row("401", "", "Bad credentials", "")]
    );
}

#[test]
fn a_numbered_code_beside_its_constant_is_named_by_it() {
    let page = "# Errors\n\n| 错误码 | 消息模板 |\n|---|---|\n| **E500** `ASYNC_START_NOT_WAITED` | Task '{task}' not waited |\n\
                | **E501** `ASYNC_WAIT_NOT_STARTED` | Waiting for '{task}' never started |\n";
    assert_eq!(
        rows(page),
        [
            row("E500", "ASYNC_START_NOT_WAITED", "Task '{task}' not waited", ""),
            row("E501", "ASYNC_WAIT_NOT_STARTED", "Waiting for '{task}' never started", ""),
        ]
    );
}

#[test]
fn a_range_of_body_codes_beside_a_status_leaves_the_row_to_the_status() {
    let page = "# Errors\n\n| HTTP status | Body code range | Meaning |\n|---|---|---|\n| `200` | `200` | Read. |\n\
                | `400` | `40000`-`40099` | Malformed JSON. |\n| `404` | `40400`-`40499` | Not found. |\n";
    let keys: Vec<String> = rows(page).into_iter().map(|r| r.0).collect();
    assert_eq!(keys, ["200", "400", "404"]);
}

#[test]
fn a_group_written_once_over_its_rows_groups_them() {
    let page = "# Codes\n\n| Nhóm | Mã | Tên (Status) | Khi nào dùng |\n|---|---|---|---|\n\
                | ✅ **Thành công (Success)** | 200 | **OK** | Request thành công (GET, PUT) |\n\
                | | 201 | **Created** | Tạo mới thành công (POST) |\n\
                | ⚠️ **Lỗi từ client (Client Errors)** | 400 | **Bad Request** | Request sai (thiếu tham số) |\n\
                | | 401 | **Unauthorized** | Chưa xác thực (chưa login) |\n| | 404 | **Not Found** | Không tìm thấy tài nguyên |\n";
    let rows = rows(page);
    assert_eq!(rows[0], row("200", "OK", "Request thành công (GET, PUT)", ""));
    assert_eq!(rows[4], row("404", "Not Found", "Không tìm thấy tài nguyên", ""));
}

#[test]
fn numbers_under_a_label_of_response_codes_are_the_apis_own() {
    let page = "### Códigos de respuesta WiFi\n\n| Código | Función | Descripción |\n|---|---|---|\n\
                | 1001 | list_interfaces | Wi-Fi interfaces found |\n| 2001 | list_interfaces | No interfaces found |\n\
                | 1011 | status | Got interface status |\n";
    assert_eq!(codes(page), ["1001", "2001", "1011"]);
}

#[test]
fn of_two_columns_headed_as_codes_the_enum_names_the_other() {
    let page = "# wolfSSL エラーコード\n\n| エラーコード列挙型 | エラーコード | エラーの説明 |\n|---|---|---|\n\
                | `NO_PEER_KEY` | -316 | ピアの鍵が存在しない |\n| `NO_PRIVATE_KEY` | -317 | 秘密鍵が存在しない |\n\
                | `BAD_HELLO` | -321 | ClientHelloメッセージが不正 |\n";
    assert_eq!(rows(page)[0], row("-316", "NO_PEER_KEY", "ピアの鍵が存在しない", ""));
}

#[test]
fn a_class_written_once_over_its_rows_leaves_the_other_column_to_describe() {
    let page = "## :statusオプション\n\n| レスポンスクラス | HTTPステータスコード | シンボル |\n|---|---|---|\n\
                | **Informational** | 100 | :continue |\n| | 101 | :switching_protocols |\n\
                | | 102 | :processing |\n| **Success** | 200 | :ok |\n| | 201 | :created |\n| | 202 | :accepted |\n\
                | **Client Error** | 400 | :bad_request |\n| | 404 | :not_found |\n";
    assert_eq!(rows(page)[7], row("404", "", ":not_found", ""));
}
