//! Pages the rules of flattened tables, records, HTTP lines and capital cards must leave as
//! they were: ordinary pages that only look like them.

use super::*;

const TOKENS: &str = "# Error codes\n\n## 1001 Invalid token\n\nThe token is invalid.\n\n\
                      ## 1002 Expired token\n\nThe token has expired.\n\n## 1003 Missing token\n\nNo token was sent.\n\n";

#[test]
fn versions_written_as_paragraphs_are_no_table_and_leave_the_codes_read() {
    let page =
        format!("{TOKENS}## Versions\n\nStatus code\n\nSince\n\n1.0\n\nfirst\n\n1.1\n\nsecond\n\n1.2\n\nthird\n");
    assert_eq!(codes(&page), ["1001", "1002", "1003"]);
}

#[test]
fn records_in_an_example_block_are_an_example() {
    let page = format!(
        "{TOKENS}## Example\n\n```\nCode: 1001\nUser: alice\nCode: 1002\nUser: bob\nCode: 1003\nUser: carol\n```\n"
    );
    assert_eq!(codes(&page), ["1001", "1002", "1003"]);
}

#[test]
fn one_line_answered_with_http_200_makes_no_list_of_settings_codes() {
    let page = "# Health check\n\nHTTP 200 is returned when the service is up.\n\n- PORT: 8080\n- TIMEOUT: 30\n\
                - RETRIES: 3\n- WORKERS: 4\n";
    let read = import("errors.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}

#[test]
fn a_response_label_with_words_after_it_says_what_the_code_means() {
    let page = "# Error codes\n\n## 1001 Invalid token\n\n**Response:** The token you sent is not valid.\n\n\
                ## 1002 Expired token\n\n**Response:** The token has expired.\n\n\
                ## 1003 Missing token\n\n**Response:** No token was sent.\n";
    let first = &rows(page)[0];
    assert_eq!(first.1, "Invalid token");
    assert!(first.2.ends_with("The token you sent is not valid."), "{first:?}");
}

#[test]
fn counts_with_a_word_in_parentheses_are_no_statuses() {
    let page = "# Rate limits and errors\n\n- 500 (Default) requests per hour for free plans\n\
                - 200 (Pro) requests per minute for paid plans\n- 100 (Burst) requests per second at most\n";
    let read = import("errors.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}

#[test]
fn short_headings_in_capitals_are_no_codes_outside_cards() {
    let page = "# Error codes\n\n## INVALID_TOKEN\n\nBad token.\n\n## EXPIRED_TOKEN\n\nOld token.\n\n\
                ## RATE_LIMITED\n\nToo many.\n\n## FAQ\n\nAsk us anything.\n\n## API\n\nSee the reference.\n";
    assert_eq!(codes(page), ["INVALID_TOKEN", "EXPIRED_TOKEN", "RATE_LIMITED"]);
}
