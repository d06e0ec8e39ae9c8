//! Pages that look like the shapes codes come in and are not: tabs of samples, tooltips,
//! examples in tags, constants of other things, limits under headings, tips under codes.

use super::*;

fn imported(name: &str, page: &str) -> Vec<(String, String, String)> {
    let imported = import(name, page, &Options::default()).map(|i| [i.normal, i.abnormal].concat());
    let rows = imported.unwrap_or_default().into_iter();
    rows.map(|r| (r.code, r.reason, r.description)).collect()
}

#[test]
fn components_indented_with_wide_spaces_are_read_without_a_fault() {
    let page =
        "## 错误码\n\n<Accordion title=\"40001 参数错误\">\n  请求参数不合法。\n\u{3000}\u{3000}请检查必填字段。\n\
                </Accordion>\n\n<Card title=\"x\">\n x\n\u{a0}y\n</Card>\n";
    assert!(import("errors.mdx", page, &Options::default()).is_ok());
}

#[test]
fn tabs_of_samples_and_tooltips_name_no_code() {
    let page = "## Error codes\n\n<AccordionGroup>\n  <Accordion title=\"INVALID_API_KEY\">\n    The key is wrong.\n  \
                </Accordion>\n  <Accordion title=\"RATE_LIMITED\">\n    Slow down.\n  </Accordion>\n  \
                <Accordion title=\"NOT_FOUND\">\n    No such thing.\n  </Accordion>\n</AccordionGroup>\n\n\
                ## Authentication\n\n<Tabs>\n  <Tab title=\"REST\">\n    Send a bearer token.\n  </Tab>\n  \
                <Tab title=\"GRPC\">\n    Send metadata.\n  </Tab>\n  <Tab title=\"CLI\">\n    Run login.\n  </Tab>\n</Tabs>\n";
    let codes: Vec<String> = imported("errors.mdx", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["INVALID_API_KEY", "RATE_LIMITED", "NOT_FOUND"]);
    let page = "<h2>Errors</h2><details title=\"Click to expand\"><summary>400 Bad Request</summary><p>Malformed.</p>\
                </details><details title=\"Click to expand\"><summary>401 Unauthorized</summary><p>No key.</p></details>\
                <details title=\"Click to expand\"><summary>404 Not Found</summary><p>Nothing.</p></details>";
    assert_eq!(imported("errors.html", page)[0].2, "Malformed.");
}

#[test]
fn tags_in_an_indented_example_are_no_components() {
    let page = "## Error codes\n\n### NoSuchKey\n\nThe specified key does not exist.\n\n    <Error>\n      \
                <Code>NoSuchKey</Code>\n    </Error>\n\n### NoSuchBucket\n\nThe bucket does not exist.\n\n\
                ### AccessDenied\n\nAccess denied.\n";
    assert_eq!(imported("errors.md", page)[0].2, "The specified key does not exist.");
}

#[test]
fn constants_of_other_families_are_no_error_codes() {
    let page = "# Permissions\n\n| Permission | Protection level | Description |\n|---|---|---|\n\
                | `Manifest.permission.CAMERA` | dangerous | Access the camera. |\n\
                | `Manifest.permission.INTERNET` | normal | Open sockets. |\n\
                | `Manifest.permission.READ_CONTACTS` | dangerous | Read contacts. |\n";
    assert!(imported("errors.md", page).is_empty());
}

#[test]
fn a_column_of_statuses_headed_as_codes_keeps_the_names_as_codes() {
    let page =
        "| Error code | HTTP status code | Message |\n|---|---|---|\n| TOKEN_MISSING | 40101 | Token missing |\n\
                | TOKEN_EXPIRED | 40102 | Token expired |\n| TOKEN_INVALID | 40103 | Token invalid |\n";
    assert_eq!(imported("errors.md", page)[0].0, "TOKEN_MISSING");
    let page = "| Operation | Error code | Status | Description |\n|---|---|---|---|\n\
                | CreateUser | 1101 | 400 | The user payload is invalid. |\n| DeleteUser | 1102 | 404 | No such user. |\n\
                | UpdateUser | 1103 | 409 | The user changed meanwhile. |\n";
    assert_eq!(imported("errors.md", page)[0].1, "");
}

#[test]
fn a_class_heading_whose_words_name_a_group_keeps_it() {
    let page = "## Failures\n\n### 2xx Failures\n\n| Code | Meaning |\n|---|---|\n| WH_001 | Hook failed |\n\
                | WH_002 | Hook timed out |\n| WH_003 | Hook refused |\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert!(imported.normal.is_empty());
}

#[test]
fn a_number_after_a_status_heading_is_its_name_not_a_code() {
    let page = "## Errors\n\n### 413 10 MB limit exceeded, compress the file\n\nToo large.\n\n\
                ### 429 60 requests per minute, slow down\n\nToo many.\n\n### 500 Internal Server Error\n\nBroken.\n";
    let codes: Vec<String> = imported("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["413", "429", "500"]);
    let page = "## Errors\n\n### 500, 502 and 503\n\nServer errors.\n\n### 400 Bad Request\n\nBad.\n\n### 401 Unauthorized\n\nNo.\n";
    let codes: Vec<String> = imported("errors.md", page).into_iter().map(|r| r.0).collect();
    assert_eq!(codes, ["500", "502", "503", "400", "401"]);
}

#[test]
fn a_tip_under_a_code_stays_a_tip() {
    let page = "## Errors\n\n### 400 Bad Request\n\nMalformed.\n\n### 401 Unauthorized\n\nNo key.\n\n\
                ### 429 Too Many Requests\n\n> **Tip:** our SDKs retry automatically.\n\n### 500 Internal Server Error\n\nBroken.\n";
    assert_eq!(imported("errors.md", page)[2].2, "Too Many Requests");
    let page =
        "<main><h2>Error codes</h2><h3>400 Bad Request</h3><p>Malformed.</p><h3>401 Unauthorized</h3><p>No key.</p>\
                <h3>429 Too Many Requests</h3><div class=\"admonition tip\"><p>Our SDKs retry.</p></div>\
                <h3>500 Internal Server Error</h3><p>Broken.</p></main>";
    assert_eq!(imported("errors.html", page)[2].2, "Too Many Requests");
}

#[test]
fn limits_under_headings_are_no_codes() {
    let page = "# Errors and limits\n\nWhen you exceed a limit, the API returns `429 Too Many Requests`.\n\n\
                ## Requests per minute\n\n600\n\n## Requests per day\n\n100000\n\n## Maximum batch size\n\n500\n";
    assert!(imported("errors.md", page).iter().all(|r| r.0 != "600"));
}

#[test]
fn content_in_a_navigation_role_is_read() {
    let page = "<div class=\"wrapper\" role=\"navigation\"><main><h2>Error codes</h2><table><tr><th>Code</th>\
                <th>Meaning</th></tr><tr><td>400</td><td>Bad</td></tr><tr><td>401</td><td>No key</td></tr>\
                <tr><td>404</td><td>Missing</td></tr></table></main></div>";
    assert_eq!(imported("errors.html", page).len(), 3);
}

#[test]
fn old_codes_mapped_to_the_new_ones_listed_are_no_codes_of_their_own() {
    let page = "## Error Code Reference\n\n### Device Errors (-100 to -149)\n\n\
                Device errors cover all aspects of device access.\n\n```c\n\
                ERR_DEV_NOT_FOUND (-100)              // Device doesn't exist\n\
                ERR_DEV_PERMISSION_DENIED (-101)      // No write permission\n\
                ERR_DEV_DEVICE_BUSY (-102)            // Device is mounted or in use\n```\n\n\
                ### Mapping Old Error Codes\n\n| Component | Old Code | New Code | Description |\n|---|---|---|---|\n\
                | device.h | -4 | -102 | Device busy |\n| device.h | -5 | -100 | Not found |\n";
    assert_eq!(codes(page), ["-100", "-101", "-102"]);
    assert_eq!(rows(page)[1], row("-101", "ERR_DEV_PERMISSION_DENIED", "No write permission", ""));
}

#[test]
fn legacy_codes_like_statuses_mapped_to_the_current_ones_listed_key_nothing() {
    let page = "# Migrating to v3\n\nError codes were renumbered in v3. The current codes are:\n\n- `3001`: Invalid signature\n- `3002`: Expired timestamp\n\
                - `3003`: Unknown merchant\n\n| Module | Legacy Code | Current Code | Description |\n|---|---|---|---|\n\
                | auth | 101 | 3001 | Invalid signature |\n| auth | 102 | 3002 | Expired timestamp |\n\
                | merchant | 205 | 3003 | Unknown merchant |\n";
    assert_eq!(codes(page), ["3001", "3002", "3003"]);
}

#[test]
fn constants_a_listing_declares_with_comments_are_the_codes() {
    for listing in [
        "ERR_AUTH_REQUIRED = -1      # No credentials were sent\nERR_AUTH_EXPIRED = -2      # The session has expired\n\
         ERR_QUOTA = -3      # Too many calls",
        "#define ERR_AUTH_REQUIRED -1 /* No credentials were sent */\n#define ERR_AUTH_EXPIRED -2 /* The session has expired */\n\
         #define ERR_QUOTA -3 /* Too many calls */",
    ] {
        let page = format!("## Error codes\n\nEvery call returns one of these.\n\n```\n{listing}\n```\n");
        assert_eq!(rows(&page)[1], row("-2", "ERR_AUTH_EXPIRED", "The session has expired", ""));
    }
}

#[test]
fn ranges_left_open_key_the_codes_listed_under_headings() {
    let page = "# Compiler Error Index\n\n## Quick Reference\n\n| Category | Prefix | Range | Description |\n|---|---|---|---|\n\
                | Lexer | L | L0001-L0xxx | Tokenization errors |\n| Parser | P | P0001-P0xxx | Syntax errors |\n\
                | Type | T | T0001-T0xxx | Type checking errors |\n\n## Lexer Errors\n\n### L0001: Invalid character\n\nNot valid.\n\n\
                ### L0002: Unterminated string literal\n\nNever closed.\n\n## Parser Errors\n\n### P0001: Unexpected token\n\nNot expected.\n";
    assert_eq!(codes(page), ["L0001", "L0002", "P0001"]);
}
