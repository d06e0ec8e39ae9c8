//! Codes a page gives that no row holds are said, and forgotten fences do not hide them.

use super::*;
use crate::import::imported::ReportLine;

/// What the import of `page` says without `-v`.
fn said(page: &str) -> String {
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    let summaries = imported.report.iter().filter_map(|line| match line {
        ReportLine::Summary(text) => Some(text.as_str()),
        _ => None,
    });
    summaries.collect::<Vec<_>>().join("\n")
}

#[test]
fn a_status_then_the_apis_own_code_keys_the_line_and_its_nested_items_say_more() {
    let page = "## Mapping\n\n- 400 VALIDATION_ERROR: Bean validation failed\n  - MissingParameterException (missing query)\n\
                - 404 NOT_FOUND: Missing resources\n- 409 CONFLICT: Duplicate operations\n- 500 INTERNAL_ERROR: Uncaught exceptions\n";
    assert_eq!(codes(page), ["VALIDATION_ERROR", "NOT_FOUND", "CONFLICT", "INTERNAL_ERROR"]);
    assert_eq!(rows(page)[0].2, "Bean validation failed MissingParameterException (missing query)");
}

#[test]
fn codes_given_again_and_again_beside_names_each_once_are_said_kept_in_the_notes() {
    let page = "## E1XXX\n\n| 代号 | 内部错误名 | 用户显示文本 | 可能原因 |\n|---|---|---|---|\n\
                | E1001 | DRAFT_BLOCKED | 必填项未完成 | 确认未完成 |\n| E1001 | MISSING_FIELD | 必填项未完成 | 必填信息缺失 |\n\
                | E1002 | BAD_FORMAT | 格式错误 | 格式不对 |\n| E1002 | BAD_RANGE | 范围错误 | 超出范围 |\n";
    assert_eq!(codes(page), ["DRAFT_BLOCKED", "MISSING_FIELD", "BAD_FORMAT", "BAD_RANGE"]);
    assert!(said(page).contains("skipped the codes of its 代号 column (\"E1001\"…)"), "{}", said(page));
}

#[test]
fn hex_values_beside_the_names_that_key_the_rows_are_said() {
    let page = "## Axis errors\n\n| Bit | Hex Value | Name | Description |\n|---|---|---|---|\n\
                | 0 | `0x01` | `INVALID_STATE` | Invalid state |\n| 1 | `0x02` | `UNDER_VOLTAGE` | Voltage too low |\n\
                | 2 | `0x04` | `OVER_VOLTAGE` | Voltage too high |\n\n## Motor errors\n\n| Bit | Hex Value | Name | Description |\n\
                |---|---|---|---|\n| 0 | `0x01` | `PHASE_RESISTANCE` | Resistance out of range |\n\
                | 1 | `0x02` | `PHASE_INDUCTANCE` | Inductance out of range |\n| 2 | `0x04` | `CONTROL_DEADLINE` | Deadline missed |\n";
    assert_eq!(codes(page)[0], "INVALID_STATE");
    assert!(said(page).contains("skipped the values of its Hex Value column as codes (\"0x01\"…)"), "{}", said(page));
}

#[test]
fn a_json_fence_left_open_amid_the_page_ends_where_its_object_does() {
    let section = |code: &str, name: &str| format!("### {code}: {name}\n\n**Description:** It failed.\n\n");
    let page = format!(
        "# Codes\n\n## Query errors\n\n{}{}{}**Auto-fix:**\n```json\n{{\n  \"kind\": \"ranked\"\n}}\n\n---\n\n\
         ## Warnings\n\n{}**Example:**\n```\nstep id=\"s1\"\n```\n\n{}{}",
        section("E-QUERY-001", "Cost"),
        section("E-QUERY-002", "Target"),
        section("E-QUERY-003", "Mismatch"),
        section("W-DEAD-001", "Unused Binding"),
        section("W-DEAD-002", "Unreachable Code"),
        section("W-DEAD-003", "Uncalled Function")
    );
    assert_eq!(codes(&page), ["E-QUERY-001", "E-QUERY-002", "E-QUERY-003", "W-DEAD-001", "W-DEAD-002", "W-DEAD-003"]);
}

#[test]
fn codes_named_in_headings_that_give_no_row_are_said() {
    let page =
        "# Errors\n\n| Code | Description |\n|---|---|\n| AUTH_001 | Token missing |\n| AUTH_002 | Token expired |\n\n\
                ## Details\n\n### AUTH_003\n\nSee the table.\n";
    assert_eq!(codes(page), ["AUTH_001", "AUTH_002"]);
    assert!(said(page).contains("skipped 1 codes the page names in headings (\"AUTH_003\"…)"), "{}", said(page));
}

#[test]
fn a_short_line_after_a_list_of_statuses_titles_what_follows_and_the_names_beside_statuses_there_are_said() {
    let page =
        "Standardized API Error Semantics\n\n- 403 FORBIDDEN\n  - Code: forbidden\n  - Meaning: Lacks required role\n\
                - 423 LOCKED\n  - Code: locked\n  - Meaning: Status blocks action\n\
                - 500 SERVER ERROR\n  - Code: server_error\n  - Meaning: Unhandled failure; inspect logs\n\n\
                YouTube integration app codes\n- Create: 409 youtube_not_connected, 409 live_streaming_not_enabled\n";
    assert_eq!(rows(page)[2], row("server_error", "SERVER ERROR", "Unhandled failure; inspect logs", "500"));
    assert!(said(page).contains("skipped 2 names like its codes"), "{}", said(page));
}

#[test]
fn names_set_as_code_in_lines_made_as_the_codes_read_are_said() {
    let page = "# Error Catalog\n\n## Common\n- `ACCESS_DENIED` — caller lacks role\n- `ZERO_ADDRESS` — address parameter is zero\n\
                - `INVALID_AMOUNT` — amount is zero\n- `NOT_IMPLEMENTED` — stub path\n\n## PSM\n- `UNSUPPORTED_ASSET`\n\
                - `FOT_NOT_SUPPORTED` (fee-on-transfer)\n- `ERR_XXX_NAME`\n\nSet `API_AUTH_TOKENS` to enable it.\n";
    assert_eq!(codes(page), ["ACCESS_DENIED", "ZERO_ADDRESS", "INVALID_AMOUNT", "NOT_IMPLEMENTED"]);
    assert!(said(page).contains("skipped 2 names like its codes"), "{}", said(page));
}
