//! Lines as vendors write them: each led by the word its codes are ("Error 157: …"), a bold
//! line naming the code its heading gives.

use super::*;

#[test]
fn lines_led_by_error_and_a_number_are_codes_with_their_texts() {
    // Hard breaks inside paragraphs of two or more lines, as the page writes them.
    let page = "# Error Reference\n\nError 0: Unknown error.  \nError 1: Database connection error. (database.php)  \n\
                Error 2: Invalid database type. (database.php)\n\nError 70: CAPTCHA failed. (CAPTCHA.php)  \n\
                Error 72: Requesting CAPTCHAs too fast. (CAPTCHA.php)\n";
    assert_eq!(codes(page), ["0", "1", "2", "70", "72"]);
    assert_eq!(rows(page)[4], row("72", "", "Requesting CAPTCHAs too fast. (CAPTCHA.php)", ""));
}

#[test]
fn a_label_led_line_alone_in_prose_is_no_list() {
    let page = "# Errors\n\nError 42: see the log for details.\n\n| Code | Meaning |\n|---|---|\n| 7 | Busy |\n";
    assert_eq!(codes(page), ["7"]);
}

#[test]
fn a_bold_line_under_a_code_heading_names_the_code() {
    let page = "## Error Codes\n\n#### INVE-E1\n**No frontend included - Backend/web**\n\nOnly stable releases include it.\n\n\
                #### INVE-E2\n**Wrong Invoke Path**\n\nThe used invoke executable is the wrong one.\n\n\
                #### INVE-E3\n**Report Context use custom QuerySet**\n\nUse the generic class.\n";
    assert_eq!(rows(page)[1], row("INVE-E2", "Wrong Invoke Path", "The used invoke executable is the wrong one.", ""));
}

#[test]
fn a_bold_line_under_several_code_headings_is_their_kind_and_stays_in_the_text() {
    let page = "# Fehlercodes\n\n## sam_not_supported\n\n**Spezieller Fehler**\n\nKeine Endpunkt URL.\n\n\
                ## endpoint_offline\n\n**Kritischer Fehler**\n\nDer Endpunkt antwortet nicht.\n\n\
                ## invalid_endpoint\n\n**Kritischer Fehler**\n\nNicht im JSON-Format.\n";
    assert_eq!(rows(page)[2], row("invalid_endpoint", "", "Kritischer Fehler Nicht im JSON-Format.", ""));
}

#[test]
fn statuses_named_then_a_colon_on_lines_of_one_paragraph_are_a_list() {
    let page =
        "## Error codes\n\n400 Bad Request: Malformed.\n401 Unauthorized: Not signed in.\n403 Forbidden: Not yours.\n";
    assert_eq!(rows(page)[1], row("401", "Unauthorized", "Not signed in.", ""));
}

#[test]
fn a_fence_never_closed_ends_at_its_example_not_at_the_end_of_the_page() {
    // The writer forgot the closing fence: the page's codes follow the example as its own text.
    let page = "# Quiz API\n\n**Javob:**\n\n```json\n{\n  \"id\": 1\n}\nXatolik kodlari\n\
                400 Bad Request: Noto'g'ri so'rov.\n401 Unauthorized: Avtorizatsiya muvaffaqiyatsiz.\n\
                404 Not Found: Resurs topilmadi.\n";
    assert_eq!(codes(page), ["400", "401", "404"]);
    // Closed, the same example hides nothing; "```Status: 500 ```" is code within a line, no fence.
    let closed = "# Errors\n\n```Status: 500 ```\n\n```json\n{ \"code\": 7 }\n```\n\n| Code | Meaning |\n|---|---|\n\
                  | 7 | Busy |\n| 8 | Gone |\n";
    assert_eq!(codes(closed), ["7", "8"]);
}

#[test]
fn estonian_error_code_headers_and_headings_say_errors() {
    let page = "### Rahvastikuregistri x-tee teenuste veakoodid\n\n| Veakood | Veatekst |\n|---|---|\n\
                | 10175 | ISIK EI OLE ÜHESELT TUVASTATAV |\n| 100 | Sõnumi vastus sisaldab liiga palju kirjeid. |\n";
    let imported = import("page.md", page, &Options::default()).unwrap();
    assert_eq!(imported.abnormal.len(), 2, "{:?}", imported.normal);
}

#[test]
fn a_line_of_only_a_pipe_between_rows_leaves_the_table_whole() {
    let page = "## Error Code\n\n| Code | Message |\n|---|---|\n| -4019 | Transaction not found |\n\
                | -4020 | Transaction failed |\n|\n| -9999 | Server Error |\n";
    assert_eq!(codes(page), ["-4019", "-4020", "-9999"]);
}
