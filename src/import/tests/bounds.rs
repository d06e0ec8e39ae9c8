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
