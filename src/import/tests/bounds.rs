//! Pages just beyond a rule's reach: what each rule must leave as it was.

use super::*;

/// Whether `page` gives no row at all.
fn nothing(page: &str) -> bool {
    import("errors.md", page, &Options::default()).map_or(true, |i| i.normal.is_empty() && i.abnormal.is_empty())
}

#[test]
fn header_names_listed_with_their_meaning_are_no_codes() {
    let page = "# Errors\n\nIf a request fails, these headers help support trace it:\n\n\
                - X-GitHub-Request-Id: the id of the request\n- X-GitHub-Media-Type: the media type\n\
                - X-RateLimit-Resource: the rate limit counted against\n- X-GitHub-SSO: the URL to authorize at\n";
    assert!(nothing(page));
}

#[test]
fn a_number_beside_an_error_class_is_a_status_only_when_it_could_be_one() {
    let page =
        "## Exceptions\n\n| Exception | Description |\n|---|---|\n| InvalidKeyError (101) | The key is invalid |\n\
                | QuotaExceededError (203) | The quota is spent |\n| UnknownRegionError (305) | No such region |\n";
    assert_eq!(codes(page), ["InvalidKeyError", "QuotaExceededError", "UnknownRegionError"]);
}

#[test]
fn codes_of_two_numbers_joined_by_a_hyphen_are_codes_not_ranges() {
    let page =
        "## Error codes\n\n| Code | Description |\n|---|---|\n| 01-02 | Card expired |\n| 01-03 | Card blocked |\n\
                | 02-01 | Bank offline |\n";
    assert_eq!(codes(page), ["01-02", "01-03", "02-01"]);
}

#[test]
fn a_table_of_issues_headed_as_a_problem_is_no_problem_without_statuses() {
    let page = "# Error handling\n\n| Title | Type | Status | Detail |\n|---|---|---|---|\n\
                | Login fails on Safari | Bug | Open | The cookie is dropped |\n| Export is slow | Performance | Closed | Fixed |\n";
    assert!(nothing(page));
}

#[test]
fn messages_asking_questions_are_no_patterns() {
    let page = "# Error codes\n\n| Code | Description |\n|---|---|\n| E100 | The token is missing |\n| E101 | The token expired |\n\n\
                ## Messages\n\n| Code | Message |\n|---|---|\n| E100 | Are you signed in? |\n| E101 | Your session ended… sign in again |\n";
    assert!(rows(page)[0].2.contains("Are you signed in?"), "{:?}", rows(page));
}

#[test]
fn an_arabic_word_beginning_as_the_persian_error_does_is_not_it() {
    let page = "# خطابات الترحيب\n\n1001: مرحبا بك\n1002: أهلا وسهلا\n1003: تشرفنا بزيارتك\n";
    assert!(nothing(page));
}

#[test]
fn a_heading_of_many_section_numbers_is_read_at_once() {
    let page = format!("# Error codes\n\n## {}X\n\nText.\n", "1.1 ".repeat(40_000));
    assert!(nothing(&page));
}

#[test]
fn a_table_of_one_cell_rows_under_a_code_heading_is_no_pair_of_labels() {
    let page = "<h1>Errors</h1><h3>GLFW_NO_ERROR</h3><table><tr><td>No error has occurred.</td></tr></table>\
                <h3>GLFW_NOT_INITIALIZED</h3><table><tr><td>GLFW has not been initialized.</td></tr></table>\
                <h3>GLFW_INVALID_ENUM</h3><table><tr><td>One of the arguments was an invalid enum.</td></tr></table>";
    // A one-cell row has no second cell to pair with its first: reading the page must not panic.
    let read = import("errors.html", page, &Options::default());
    assert!(read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()), "no row holds a code and a text");
}

#[test]
fn a_code_among_its_family_of_headings_is_one_whatever_its_section_lists() {
    let section = |code: &str, body: &str| format!("## `AppErrorCode.{code}`\n{body}\n\n");
    let lists = "A field is invalid.\n\n- `isActive`: not a boolean\n- `asyncEvents`: unknown event\n\
                 - `query`: not a subscription\n- `author`: empty";
    let page = format!(
        "# App errors\n\n{}{}{}{}{}",
        section("FORBIDDEN", "No access."),
        section("GRAPHQL_ERROR", "A general error."),
        section("INVALID", lists),
        section("NOT_FOUND", "Not found."),
        section("UNIQUE", "Already taken.")
    );
    assert!(codes(&page).contains(&"AppErrorCode.INVALID".to_string()));
}

#[test]
fn headings_setting_a_setting_are_no_codes() {
    let page = "# Settings\n\nA bad value is an error.\n\n## timeout=30\n\nSeconds.\n\n## retries=3\n\nTries.\n\n\
                ## workers=8\n\nThreads.\n";
    assert!(nothing(page));
}

#[test]
fn a_class_title_over_two_types_is_no_code_either() {
    let page = "# Class=9 (0x09) - Timeout\n\nThese are error events.\n\n## Type=1 (0x01) - Read timeout\n\n\
                Read took too long.\n\n## Type=2 (0x02) - Write timeout\n\nWrite too long.\n";
    assert_eq!(codes(page), ["1", "2"]);
}

#[test]
fn a_table_labelled_by_country_codes_alone_on_its_page_is_read() {
    let page = "## Country code validation\n\n| Code | Message |\n|---|---|\n| 4001 | Unknown country |\n\
                | 4002 | Country not supported |\n| 4003 | Region blocked |\n";
    assert_eq!(codes(page), ["4001", "4002", "4003"]);
}

#[test]
fn a_table_of_lint_codes_for_unused_things_is_read() {
    let page = "## Unused code\n\n| Code | Message |\n|---|---|\n| F401 | Module imported but unused |\n\
                | F841 | Variable never used |\n| F811 | Redefinition |\n";
    assert_eq!(codes(page), ["F401", "F841", "F811"]);
}

#[test]
fn a_quick_start_over_a_code_block_still_ends_the_last_code() {
    let page = "## Errors\n\n### 1001 Invalid token\n\nInvalid.\n\n### 1002 Expired token\n\nExpired.\n\n\
                ### 1003 Revoked token\n\nRevoked.\n\n## Quick start\n\n```\nnpm install client\n```\n\n\
                Create a client with your key.\n";
    assert_eq!(rows(page)[2], row("1003", "Revoked token", "Revoked.", ""));
}

#[test]
fn a_code_block_before_prose_or_before_other_numbers_ends_the_list() {
    let install = "# Error codes\n\nE001 High complexity\n\nToo complex.\n\nE002 Long function\n\nToo long.\n\n\
                   E003 Deep nesting\n\nToo deep.\n\n```\ncargo install lint\n```\n\nThen run it.\n";
    assert_eq!(rows(install)[2], row("E003", "Deep nesting", "Too deep.", ""));
    let sample = "## Error codes\n\n- 1001: Invalid token\n- 1002: Expired token\n- 1003: Unknown user\n\n\
                  See the sample below\n\n```\n{\"code\": 1003}\n```\n\n- 200 requests per minute\n";
    assert_eq!(codes(sample), ["1001", "1002", "1003"]);
}

#[test]
fn options_among_kebab_case_codes_set_as_code_are_no_codes() {
    let page = "# CLI error codes\n\n## `config-missing`\n\nNo config file found.\n\n## `config-invalid`\n\n\
                The config file cannot be parsed.\n\n## `lock-held`\n\nAnother process holds the lock.\n\n\
                ## dry-run\n\nPrint what would be done.\n\n## log-level\n\nSet verbosity.\n";
    assert_eq!(codes(page), ["config-missing", "config-invalid", "lock-held"]);
}

#[test]
fn a_remark_in_capitals_after_names_in_capitals_is_no_code() {
    let page = "# Result codes\n\n* **INIT_FAILURE** - Not initialised.\n* **BAD_NAD** - Bad NAD.\n\
                * **INVALID_OBJECT** - Invalid object.\n\nNOTE - codes are returned in the status field.\n";
    assert_eq!(codes(page), ["INIT_FAILURE", "BAD_NAD", "INVALID_OBJECT"]);
}

#[test]
fn numbered_notes_and_counts_by_year_are_no_codes() {
    assert!(nothing("# Error notes\n\n[1]: Errors are listed below.\n[2]: The second note.\n[3]: The third note.\n"));
    assert!(nothing("# Error spikes by year\n\n- 2019: 3 outages\n- 2020: 5 outages\n- 2021: 2 outages\n"));
}

#[test]
fn a_template_link_set_as_code_is_shown_as_written() {
    let page = "| Code | Description |\n|---|---|\n| 401 | Log in first, see [login]({{ site.url }}/login) |\n\
                | 500 | `[link]({{ site.url }})` is shown verbatim |\n";
    assert_eq!(rows(page)[0].2, "Log in first, see login");
    assert_eq!(rows(page)[1].2, "[link]({{ site.url }}) is shown verbatim");
}
