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
