//! Codes written as a page's lists write them: in brackets, or a plain word in capitals
//! among names in capitals.

use super::*;

#[test]
fn a_code_in_brackets_opening_a_line_is_the_code() {
    let page = "# Hata Kodları (Error Codes)\n\n## [L-xxxxx] Login Errors\n\
                - **[L-001]**: Giriş başarısız\n- **[L-002]**: Kullanıcı bulunamadı\n\n## [D-xxxxx] Database\n\
                *   `[D-001]`: Veritabanı bağlantı hatası.\n";
    assert_eq!(codes(page), ["L-001", "L-002", "D-001"]);
    assert_eq!(rows(page)[0].2, "Giriş başarısız");
}

#[test]
fn a_word_in_capitals_among_names_in_capitals_is_one_of_them() {
    let page = "APDU Service errors\n\n**Values:**\n\n* **SUCCESS** -Success\n\n* **FAILURE** -Failed\n\n\
                * **INIT_FAILURE** -The SAM is not initialized properly.\n\n* **INVALID_OBJECT** -Invalid Object\n\n\
                * **BAD_NAD** -Bad NAD error\n\n* **RESYNC** -Resyncing is required.\n";
    assert_eq!(codes(page), ["SUCCESS", "FAILURE", "INIT_FAILURE", "INVALID_OBJECT", "BAD_NAD", "RESYNC"]);
}

#[test]
fn a_word_in_capitals_opening_prose_is_no_code() {
    let page = "## Error codes\n\n- 1001: Invalid token\n- 1002: Expired token\n- 1003: Unknown user\n\n\
                NOTE - tokens expire after an hour.\n";
    assert_eq!(codes(page), ["1001", "1002", "1003"]);
}

#[test]
fn headings_setting_a_field_to_each_code_under_a_class_title_are_the_codes() {
    let page = "# Class=508 (0x01FC) - Error\n\n## Description\n\nErrors of the protocol.\n\n\
                ## Type=0 (0x00) - Success :id=type0\n```\nVSCP_TYPE_ERROR_SUCCESS\n```\nReports success.\n\n\
                ## Type=1 (0x01) - Error :id=type1\n```\nVSCP_TYPE_ERROR_ERROR\n```\nReports an error.\n\n\
                ## Type=7 (0x07) - Channel error :id=type7\n\nA channel problem.\n\n\
                ## Type=8 (0x08) - Fifo empty error :id=type8\n\nThe fifo is empty.\n";
    assert_eq!(codes(page), ["0", "1", "7", "8"]);
    assert_eq!(rows(page)[2], row("7", "Channel error", "A channel problem.", ""));
}

#[test]
fn a_code_whose_text_opens_with_a_digit_is_a_code_not_a_time() {
    let page = "## 5xxx - Authenticatie Errors\n- 5001: Ongeldige credentials\n- 5002: Sessie verlopen\n\
                - 5003: 2FA verificatie mislukt\n- 5004: IP niet toegestaan\n";
    assert_eq!(codes(page), ["5001", "5002", "5003", "5004"]);
    assert_eq!(rows(page)[2].2, "2FA verificatie mislukt");
}
