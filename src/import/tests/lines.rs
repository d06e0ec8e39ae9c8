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
