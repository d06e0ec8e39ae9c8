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
