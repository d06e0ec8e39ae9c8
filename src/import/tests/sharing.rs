//! Codes that share one text, however the page joins them.

use super::*;

#[test]
fn two_codes_joined_by_a_word_share_the_text_though_only_the_first_is_marked() {
    let page = "# Error codes\n\n## Build codes\n\n- `BUILD_A`: one thing failed.\n\
                - `BUILD_B` and `BUILD_C`: the terrain is denied.\n- `BUILD_D`: third.\n\
                - `BUILD_E`: fourth.\n- `BUILD_F`: fifth.\n";
    assert_eq!(codes(page), ["BUILD_A", "BUILD_B", "BUILD_C", "BUILD_D", "BUILD_E", "BUILD_F"]);
    assert_eq!(rows(page)[2], row("BUILD_C", "", "the terrain is denied.", ""));
    let page = include_str!("../../../tests/fixtures/pages-awink/hi04_arcadevelop_game_api_error_codes.md");
    let shared = rows(page).into_iter().filter(|r| r.2 == "water rules reject the target hex.").map(|r| r.0);
    assert_eq!(shared.collect::<Vec<_>>(), ["BUILD_PLACEMENT_WATER_DENIED", "BUILD_PLACEMENT_WATER_NOT_ALLOWED"]);
}

#[test]
fn a_second_code_unmarked_must_have_the_first_s_shape_and_a_mark_before_the_text() {
    let page = |second: &str| {
        format!(
            "# Socket errors\n\n- `ECONNRESET` or {second}: the peer closed the connection.\n\
             - `ETIMEDOUT`: the connection timed out.\n- `ENOTFOUND`: DNS lookup failed.\n"
        )
    };
    assert_eq!(codes(&page("EPIPE")), ["ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);
    // A product's name, or a format's, is no code.
    assert_eq!(codes(&page("WebSocket")), ["ECONNRESET", "ETIMEDOUT", "ENOTFOUND"]);
    let page = "# Errors\n\n- `BAD_JSON` and UTF8: the body is not valid.\n- `NO_FIELD`: a field is missing.\n\
                - `TOO_LONG`: a field is too long.\n";
    assert_eq!(codes(page), ["BAD_JSON", "NO_FIELD", "TOO_LONG"]);
    // Without a mark the words after are prose: "`USER` and LOGNAME values are used …".
    let page =
        "# Exit codes\n\n- `E_ONE`: first.\n- `E_TWO` and E_THREE values are used as fallbacks.\n- `E_FOUR`: fourth.\n";
    assert!(!codes(page).contains(&"E_THREE".to_string()), "{:?}", codes(page));
}

#[test]
fn a_group_s_label_over_its_one_code_neither_hides_it_nor_joins_the_text_above() {
    let page = "API CODES\nPlease check header response code for each request\n\nCommon[code]\n404 - api not found\n\nDevice[code]\n2000 - Success\n2001 - Invalid credentials\n\
                2005 - Device not found\n\nQuotes[code]\n3000 - Success\n\nPlaylist[code]\n5000 - Success\n5001 - Validation\n";
    assert_eq!(codes(page), ["404", "2000", "2001", "2005", "3000", "5000", "5001"]);
    assert_eq!(rows(page)[3], row("2005", "", "Device not found", ""));
    assert_eq!(rows(page)[4], row("3000", "", "Success", ""));
}

#[test]
fn two_words_naming_errors_between_codes_label_the_codes_after_them() {
    let page = "# Payment gateway return codes\n\n3000 - Success\n3001 - Accepted, pending settlement\n\n\
                Card errors\n3101 - Card declined\n3102 - Card expired\n\nNetwork errors\n3201 - Host unreachable\n";
    assert_eq!(rows(page)[1], row("3001", "", "Accepted, pending settlement", ""));
    assert_eq!(rows(page)[3], row("3102", "", "Card expired", ""));
}
