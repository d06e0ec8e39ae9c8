//! Tables that say a code's name in two languages, number a program's modules, or point
//! situations to codes explained above.

use super::*;

const MODULES: &str = "## 模块代码\n\n| 模块代码 | 模块名称 | 负责功能 |\n|---|---|---|\n| 00 | 通用 | 系统级错误 |\n\
                       | 10 | 用户认证 | 注册、登录 |\n| 20 | 商品管理 | 商品查询 |\n\n";

const CODES: &str =
    "## 错误码定义\n\n| 错误码 | HTTP状态码 | 错误描述 | 中文提示 | 英文提示 |\n|---|---|---|---|---|\n\
                     | E10301 | 401 | Token缺失 | 用户未登录 | Token is missing |\n\
                     | E10303 | 401 | Token已过期 | 登录已过期,请重新登录 | Token expired |\n\
                     | E60206 | 409 | 优惠券已使用 | 优惠券已使用 | Coupon already used |\n\n";

const SCENARIOS: &str = "## 常见场景\n\n| 场景 | 错误码 | 处理建议 |\n|---|---|---|\n\
                         | 用户未登录 | E10301 | 跳转登录页 |\n| Token过期 | E10303 | 刷新Token |\n\
                         | 优惠券已用 | E60206 | 提示用户 |\n";

#[test]
fn of_a_message_in_two_languages_beside_a_description_the_english_one_names_the_code() {
    let page = format!("# 错误码规范\n\n{CODES}");
    assert_eq!(rows(&page)[0], row("E10301", "Token is missing", "Token缺失", "401"));
}

#[test]
fn module_codes_number_parts_of_a_program_not_outcomes() {
    let page = format!("# 错误码规范\n\n{MODULES}{CODES}");
    assert_eq!(codes(&page), ["E10301", "E10303", "E60206"]);
}

#[test]
fn situations_pointing_to_codes_explained_above_are_notes_on_them() {
    let page = format!("# 错误码规范\n\n{CODES}{SCENARIOS}");
    assert_eq!(rows(&page)[1], row("E10303", "Token expired", "Token已过期", "401"));
    // Alone, the situations are all the page says of its codes.
    assert_eq!(rows(&format!("# 错误码\n\n{SCENARIOS}"))[0], row("E10301", "", "用户未登录", ""));
}

#[test]
fn a_table_of_a_row_with_one_column_fewer_is_read_as_the_wider_one() {
    let page = "## Client errors\n\n| Code | Error Name | Description | When It's Used |\n|---|---|---|---|\n\
                | 400 | `MISSING_FIELDS` | Required fields are missing. | A field is not given. |\n\
                | 400 | `SESSION_REQUIRED` | A session ID is missing. | The session is needed. |\n\
                | 403 | `ADDRESS_DENIED` | The address is denied. | It is in the deny list. |\n\n\
                ## Server errors\n\n| Code | Error Name | Description |\n|---|---|---|\n\
                | 500 | `UNKNOWN_ERROR` | An unexpected internal error occurred. |\n";
    assert_eq!(rows(page)[3], row("UNKNOWN_ERROR", "", "An unexpected internal error occurred.", "500"));
}
