use super::*;

#[test]
fn labels_lose_their_marks_and_numbering_but_not_their_classes() {
    assert_eq!(bare_label("- Normal:"), "Normal");
    assert_eq!(bare_label("## 2.1 Errors"), "Errors");
    assert_eq!(bare_label("4.通用错误信息"), "通用错误信息");
    assert_eq!(bare_label("2．無効なエラーコード"), "無効なエラーコード");
    assert_eq!(bare_label("4xx Client Error"), "4xx Client Error");
    assert_eq!(bare_label("10xx - 服务器或网络问题"), "10xx - 服务器或网络问题");
}

#[test]
fn a_label_the_user_names_is_matched_whole() {
    let options = Options { normal_labels: vec!["2xx Fine".into()], ..Options::default() };
    assert_eq!(label_group("2xx Fine", &options), Some(Group::Normal));
}

#[test]
fn errors_in_every_form_a_language_writes_them_label_a_group() {
    let options = Options::default();
    // Russian and Ukrainian plurals drop the stem's vowel: "ошибок", "помилок".
    for label in ["Коды ошибок HTTP", "Ошибки", "Коди помилок", "Error codes"] {
        assert_eq!(label_group(label, &options), Some(Group::Abnormal), "{label}");
    }
}
