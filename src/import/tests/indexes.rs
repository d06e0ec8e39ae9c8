//! Tables that index what the page says elsewhere, or map codes onto other names: the
//! parts codes are made of, a summary of codes explained under headings, a program's names.

use super::*;

#[test]
fn a_table_of_the_parts_codes_are_made_of_gives_way_to_the_headings() {
    let page = "## 错误类别\n\n| 类别 | 代码 | 描述 |\n|---|---|---|\n\
                | 配置错误 | CF | Configuration |\n| 解析错误 | PR | Parsing |\n| 网络错误 | NW | Network |\n\n\
                ### TF-CF-001: 配置文件不存在\n\n**描述**: 配置文件未找到\n\n\
                ### TF-PR-001: 文件格式不支持\n\n**描述**: 文档格式不受支持\n\n\
                ### TF-NW-001: 网络连接失败\n\n**描述**: 无法连接到服务器\n\n\
                ### TF-NW-002: 请求超时\n\n**描述**: 请求超过了时限\n";
    assert_eq!(codes(page), ["TF-CF-001", "TF-PR-001", "TF-NW-001", "TF-NW-002"]);
    assert_eq!(rows(page)[1], row("TF-PR-001", "文件格式不支持", "文档格式不受支持", ""));
}

#[test]
fn a_summary_of_codes_explained_under_headings_takes_their_text() {
    let page = "## Summary\n\n| Error Code | HTTP Status | Category |\n|---|---|---|\n\
                | ASH_CTX_NOT_FOUND | 450 | Context |\n| ASH_CTX_EXPIRED | 451 | Context |\n\
                | ASH_PROOF_INVALID | 460 | Seal |\n| ASH_PROOF_MISSING | 461 | Seal |\n\n\
                ## Context errors\n\n### ASH_CTX_NOT_FOUND\n\n**HTTP Status:** 450\n\n\
                The provided `contextId` does not exist.\n\n\
                ### ASH_CTX_EXPIRED\n\n**HTTP Status:** 451\n\nThe context has exceeded its TTL.\n\n\
                ### ASH_PROOF_INVALID\n\n**HTTP Status:** 460\n\nThe proof does not match.\n\n\
                ### ASH_PROOF_MISSING\n\n**HTTP Status:** 461\n\nThe request carries no proof.\n";
    assert_eq!(codes(page), ["ASH_CTX_NOT_FOUND", "ASH_CTX_EXPIRED", "ASH_PROOF_INVALID", "ASH_PROOF_MISSING"]);
    assert_eq!(rows(page)[1].2, "The context has exceeded its TTL.");
}

#[test]
fn a_table_mapping_a_programs_names_onto_codes_above_adds_nothing() {
    let page = "## HTTP error codes\n\n| Code | HTTP | When you see it |\n|---|---|---|\n\
                | `FORBIDDEN` | 403 | Authenticated but lacks permission. |\n\
                | `NOT_FOUND` | 404 | Resource does not exist. |\n| `CONFLICT` | 409 | Replay with a different body. |\n\n\
                ## Contract error to API code mapping\n\n| Contract variant | API code | HTTP |\n|---|---|---|\n\
                | `NotFound` | `NOT_FOUND` | 404 |\n| `Unauthorized` | `FORBIDDEN` | 403 |\n\
                | `InvalidState` | `CONFLICT` | 409 |\n| `AlreadySettled` | `CONFLICT` | 409 |\n";
    assert_eq!(rows(page)[2], row("CONFLICT", "", "Replay with a different body.", "409"));
}

#[test]
fn what_to_do_a_kind_or_a_flag_under_a_heading_is_no_text() {
    let solutions = "## Error Codes\n\n#### INVALID_EMAIL\n```json\n{\"code\": \"INVALID_EMAIL\"}\n```\n\
                     **Solution:** Provide a valid email address\n\n\
                     #### INVALID_PASSWORD\n```json\n{\"code\": \"INVALID_PASSWORD\"}\n```\n\
                     **Solution:** Use a strong password\n\n\
                     #### NO_TOKEN\n```json\n{\"code\": \"NO_TOKEN\"}\n```\n**Solution:** Include a bearer token\n";
    let kinds = "# Error Codes\n\n## ACCOUNT_NOT_FOUND\n\n- Category: `INPUT`\n- Retryable: `false`\n\n\
                 ## ASP_ERROR\n\n- Category: `ASP`\n- Retryable: `true`\n\n\
                 ## RPC_ERROR\n\n- Category: `RPC`\n- Retryable: `true`\n- Stable URL: https://example.com/errors#rpc\n";
    for page in [solutions, kinds] {
        assert_eq!(rows(page), [], "{page}");
    }
}

#[test]
fn a_table_of_codes_that_headings_extend_with_sub_codes_stays() {
    let page = "| Code | Meaning | What to do |\n|---|---|---|\n| E01 | Water inlet fault | Check the tap. |\n\
                | E02 | Drain fault | Clean the drain filter. |\n| E03 | Heater fault | Call service. |\n\n\
                ## Service sub-codes\n\n### E01-1: Inlet valve open circuit\n\nThe coil reads more than 5 kΩ.\n\n\
                ### E01-2: No water within 3 minutes\n\nThe pressure switch did not reach level 1.\n\n\
                ### E02-1: Drain pump blocked\n\nThe pump current is above 1.2 A.\n\n\
                ### E03-1: NTC sensor open\n\nThe sensor reads below -20 °C.\n";
    assert_eq!(codes(page)[..3], ["E01", "E02", "E03"]);
}

#[test]
fn what_a_troubleshooting_section_says_is_the_text_when_nothing_else_is() {
    let page = "# Hub error codes\n\n## 1003\n\n### Troubleshooting\n\n\
                The hub lost its connection to the bridge. Check that the bridge is powered.\n\n\
                ## 1004\n\n### Troubleshooting\n\nThe bridge firmware is older than the hub's.\n\n\
                ## 1005\n\n### Troubleshooting\n\nThe pairing code was typed wrong three times.\n";
    assert_eq!(codes(page), ["1003", "1004", "1005"]);
}

#[test]
fn constants_naming_numbers_listed_above_are_kept() {
    let page = "| Code | Description |\n|---|---|\n| 1001 | The session token has expired. |\n\
                | 1002 | The account is locked. |\n| 1003 | The request was signed with an old key. |\n\n\
                ## Constants\n\n| Code | Constant |\n|---|---|\n| 1001 | `SESSION_EXPIRED` |\n\
                | 1002 | `ACCOUNT_LOCKED` |\n| 1003 | `STALE_KEY` |\n";
    assert!(rows(page)[0].2.contains("SESSION_EXPIRED"), "{:?}", rows(page));
}

#[test]
fn an_enums_members_under_their_headings_are_keyed_by_their_values() {
    let page = "# Enumeration: ApiErrors\n\n## Enumeration Members\n\n### AUTH\\_FAILED\n\n\
                • **AUTH\\_FAILED** = ``\"api-101\"``\n\n#### Defined in\n\nsrc/ApiErrors.ts:16\n\n___\n\n\
                ### AUTH\\_REQUIRED\n\n• **AUTH\\_REQUIRED** = ``\"api-100\"``\n\n#### Defined in\n\nsrc/ApiErrors.ts:20\n\n___\n\n\
                ### NOT\\_FOUND\n\n• **NOT\\_FOUND** = ``\"api-404\"``\n\n#### Defined in\n\nsrc/ApiErrors.ts:40\n";
    assert_eq!(rows(page)[1], row("api-100", "", "AUTH_REQUIRED", ""));
}

#[test]
fn an_enums_members_under_their_headings_with_numbers_are_keyed_by_the_numbers() {
    let page = "<h2>Enumeration Members</h2>\
                <section><h3><span>Bad<wbr/>Request</span></h3><div><span>BadRequest</span><span>:</span> <span>400</span></div>\
                <div><p>The Consumer cannot process the Command</p></div></section>\
                <section><h3><span>Forbidden</span></h3><div><span>Forbidden</span><span>:</span> <span>403</span></div>\
                <div><p>The Consumer refuses to authorize it</p></div></section>\
                <section><h3><span>OK</span></h3><div><span>OK</span><span>:</span> <span>200</span></div>\
                <div><p>The Command has succeeded</p></div></section>";
    let imported = import("errors.html", page, &Options::default()).unwrap();
    let forbidden = imported.abnormal.iter().find(|r| r.code == "403").expect("403 is read");
    assert_eq!(
        (forbidden.reason.as_str(), forbidden.description.as_str()),
        ("Forbidden", "The Consumer refuses to authorize it")
    );
    assert!(imported.normal.iter().any(|r| r.code == "200"));
}

#[test]
fn a_table_of_ranges_with_one_code_aside_gives_way_to_the_headings() {
    let page = "## Error code ranges\n\n| Range | Meaning |\n|---|---|\n| 0 | Success |\n\
                | 1000-1999 | Configuration errors |\n| 2000-2999 | Pipeline errors |\n| 3000-3999 | Agent errors |\n\n\
                ### 1001 Config file missing\n\nThe configuration file could not be found.\n\n\
                ### 2001 Pipeline not found\n\nNo pipeline has that name.\n\n\
                ### 3001 Agent offline\n\nThe agent has not reported for five minutes.\n";
    assert_eq!(codes(page), ["1001", "2001", "3001"]);
}

#[test]
fn an_enums_member_over_a_sentence_names_its_value_and_the_sentence_says_what_it_means() {
    let member = |name: &str, value: u32, text: &str| {
        format!("### {name} <Score text=\"{name}\" />\n\n• **{name}** = ``{value}``\n\n{text}\n\n___\n\n")
    };
    let page = format!(
        "# Enumeration: DataStorageResultCode\n\n## Enumeration Members\n\n{}{}{}",
        member("DataLock", 410, "某条key获取数据异常时数据被锁定"),
        member("DataNotExist", 1016, "数据不存在"),
        member("GameIdError", 1011, "gameId格式错误")
    );
    assert_eq!(rows(&page)[1], row("1016", "DataNotExist", "数据不存在", ""));
}

#[test]
fn where_a_member_is_defined_is_a_note_in_a_paragraph_of_its_own() {
    let member = |name: &str, value: u32, line: u32| {
        format!("### {name}\n\n• **{name}** = `{value}`\n\nThe {name} happened.\n\nDefined in src/errors.ts:{line}\n\n")
    };
    let page = format!(
        "# Enumeration: HttpStatus\n\n## Enumeration Members\n\n{}{}{}",
        member("DataLock", 410, 16),
        member("NotReady", 425, 17),
        member("TooLarge", 413, 18)
    );
    assert_eq!(rows(&page)[0], row("410", "DataLock", "The DataLock happened.", ""));
}
