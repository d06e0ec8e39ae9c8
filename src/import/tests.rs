//! Whole pages, as vendors write them, read end to end: which rows they give.

use super::{import, Options};

/// Each row of `page` (Markdown): code, reason, description, status.
fn rows(page: &str) -> Vec<(String, String, String, String)> {
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    let all = imported.normal.iter().chain(&imported.abnormal);
    let row = |r: &super::imported::Row| {
        (r.code.clone(), r.reason.clone(), r.description.clone(), r.status.clone().unwrap_or_default())
    };
    all.map(row).collect()
}

fn codes(page: &str) -> Vec<String> {
    rows(page).into_iter().map(|r| r.0).collect()
}

#[test]
fn exception_names_beside_a_cause_name_the_codes_it_describes() {
    let page = "# Errors\n\n| Status | SDK exception | When it occurs | Resolution |\n|---|---|---|---|\n\
                | 401 | AuthenticationError | Missing or expired credential. | Refresh the token. |\n\
                | 404 | NotFoundError | The resource does not exist. | Check the id. |\n";
    let rows = rows(page);
    assert_eq!(rows[0].1, "AuthenticationError");
    assert_eq!(rows[0].2, "Missing or expired credential.");
    assert_eq!(rows[1].1, "NotFoundError");
}

#[test]
fn values_of_a_field_named_in_lower_case_are_its_codes() {
    let page = "# Quota errors\n\n| reason | Meaning |\n|---|---|\n| quota_exhausted | Plan limit reached |\n\
                | no_plan | Customer has no plan |\n| paused | Customer status is PAUSED |\n";
    assert_eq!(codes(page), ["quota_exhausted", "no_plan", "paused"]);
    // Names of parameters are no codes.
    let page = "# Errors\n\n| param | Meaning |\n|---|---|\n| user_id | The user |\n| page_size | Rows a page |\n\
                | cursor | Where to start |\n";
    let read = import("errors.md", page, &Options::default());
    assert!(read.is_err() || read.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}

#[test]
fn literal_errors_key_rows_whose_statuses_repeat_and_other_words_name_none() {
    let page = "# Errors\n\n| Status | `error` | Cause | Fix |\n|---|---|---|---|\n\
                | 401 | `Unauthorized` | Signature missing | Re-sign |\n\
                | 401 | `Invalid signature` | Signature does not recover | Check the library |\n\
                | 401 | Any auth error | JWT missing | Sign in |\n\
                | 401 | `Invalid JWT` | JWT expired | Sign in |\n\
                | 404 | `Key not found` | No such key | None |\n\
                | 409 | `limit_exceeded` / `name_conflict` | At the cap | Close one |\n";
    let rows = rows(page);
    let keyed: Vec<(&str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.3.as_str())).collect();
    assert_eq!(
        keyed,
        [
            ("Unauthorized", "401"),
            ("Invalid signature", "401"),
            ("Invalid JWT", "401"),
            ("Key not found", "404"),
            ("limit_exceeded", "409"),
            ("name_conflict", "409")
        ]
    );
    assert_eq!(rows[1].2, "Signature does not recover");
}

#[test]
fn a_label_alone_last_in_a_paragraph_heads_the_list_after_it() {
    let page = "# Errors\n\n## Database Errors\n\n### 1001 Connection Failed\n\
                **Description**: Failed to connect\n**Common Causes**:\n- Wrong host\n- Server down\n\n\
                ### 1002 Authentication Failed\n**Description**: Credentials rejected\n**Common Causes**:\n- Wrong password\n\n\
                ### 1003 Database Not Found\n**Description**: No such database\n";
    let rows = rows(page);
    assert_eq!(rows[0].2, "Failed to connect");
    assert_eq!(rows[1].2, "Credentials rejected");
}

#[test]
fn headings_over_a_line_of_status_and_code_head_that_code() {
    let section = |name: &str, status: u16, code: &str, text: &str| {
        format!("## {name} {{#{code}}}\n\n**HTTP {status}** · `{code}`\n\n{text}\n\n**Common causes**\n- A cause.\n\n**What to do** — Retry.\n\n")
    };
    let page = format!(
        "# Error reference\n\n{}{}{}{}",
        section("Bad request", 400, "bad_request", "The request failed validation."),
        section("Forbidden", 403, "forbidden", "The key lacks access."),
        section("Not found", 404, "not_found", "No such resource."),
        section("Rate limited", 429, "rate_limited", "Too many requests."),
    );
    let rows = rows(&page);
    let read: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        read,
        [
            ("bad_request", "Bad request", "The request failed validation."),
            ("forbidden", "Forbidden", "The key lacks access."),
            ("not_found", "Not found", "No such resource."),
            ("rate_limited", "Rate limited", "Too many requests.")
        ]
    );
}
