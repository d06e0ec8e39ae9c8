use crate::import::{import, Options};

fn read(page: &str) -> Vec<(String, String, String)> {
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let rows = imported.normal.iter().chain(&imported.abnormal);
    rows.map(|r| (r.code.clone(), r.reason.clone(), r.description.clone())).collect()
}

fn row(code: &str, reason: &str, description: &str) -> (String, String, String) {
    (code.into(), reason.into(), description.into())
}

#[test]
fn a_table_of_labelled_values_is_a_row_for_each_record() {
    let page = "# Errors\n\n## 400 Bad Request\n\n| | |\n| --- | --- |\n| **Error** | `bad_digest` |\n\
                | **Message** | The digest did not match. |\n| **Solution** | Send a valid digest. |\n| | |\n\
                | **Error** | `bad_request` |\n| **Message** | |\n| **Solution** | Parameters are missing. |\n\n\
                ## 401 Unauthorized\n\n| | |\n| --- | --- |\n| **Error** | `unauthorized` |\n\
                | **Message** | Unauthorized |\n| **Solution** | Check the token. |\n";
    assert_eq!(
        read(page),
        [
            row("bad_digest", "", "The digest did not match."),
            row("bad_request", "", "Parameters are missing."),
            row("unauthorized", "", "Unauthorized")
        ]
    );
}

#[test]
fn a_table_of_one_labelled_thing_that_is_no_code_is_left_as_it_is() {
    let page = "# Errors\n\n| | |\n| --- | --- |\n| **Name** | token |\n| **Type** | string |\n\n\
                | Code | Description |\n| --- | --- |\n| 400 | Bad input. |\n| 404 | No such thing. |\n";
    assert_eq!(read(page), [row("400", "", "Bad input."), row("404", "", "No such thing.")]);
}

#[test]
fn a_code_given_on_several_rows_is_no_record_label() {
    // "invalid_request_error" five times, then other codes: pairs of code and message, not records.
    let page = "# Error Codes\n\n| Error Type | Error Message |\n| --- | --- |\n\
                | invalid\\_request\\_error | Invalid api key |\n| invalid\\_request\\_error | Invalid promise |\n\
                | processing\\_error | Payment failed |\n| object\\_not\\_found | Payment does not exist |\n";
    assert_eq!(
        read(page),
        [
            row("invalid_request_error", "", "Invalid api key\n\nInvalid promise"),
            row("processing_error", "", "Payment failed"),
            row("object_not_found", "", "Payment does not exist")
        ]
    );
}

#[test]
fn camel_case_errors_under_a_header_of_errors_are_rows_not_one_record() {
    let page = "# Errors\n\n| Error | Description |\n| --- | --- |\n| `invalidInviteCode` | The invite code could not be decoded |\n\
                | `inviteExpired` | The invite token has expired |\n| `notPTNAdmin` | The node is not an admin |\n";
    assert_eq!(
        read(page),
        [
            row("invalidInviteCode", "", "The invite code could not be decoded"),
            row("inviteExpired", "", "The invite token has expired"),
            row("notPTNAdmin", "", "The node is not an admin")
        ]
    );
}
