//! Two columns saying the same in two languages ("英文说明 | 中文说明", "Chinese Description |
//! English Description"): the one in the language the headers are written in describes, the
//! other names, as a reader of that language reads the table.

use super::Role;
use crate::import::RawTable;

/// Languages a header may name, each by the words that name it.
const LANGUAGES: &[(Language, &[&str])] = &[
    (Language::English, &["english", "英文", "英語", "英语", "영어", "inglés", "inglês", "anglais", "englisch"]),
    (Language::Chinese, &["chinese", "中文", "汉语", "漢語", "中国語", "중국어", "chino", "chinês", "chinois"]),
    (Language::Japanese, &["japanese", "日本語", "日文", "일본어", "japonés", "japonais", "japanisch"]),
    (Language::Korean, &["korean", "한국어", "韩文", "韓文", "韓国語", "coreano", "coréen", "koreanisch"]),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Language {
    English,
    Chinese,
    Japanese,
    Korean,
}

/// Languages by the tags locales are written with ("en-US", "zh_CN", "ja").
const TAGS: &[(Language, &str)] =
    &[(Language::English, "en"), (Language::Chinese, "zh"), (Language::Japanese, "ja"), (Language::Korean, "ko")];

/// The language a header names, if it names one.
fn named(header: &str) -> Option<Language> {
    let header = header.trim().to_lowercase();
    // "Message (en)", "メッセージ (ja)": a tag after the name, in brackets.
    let bracketed = header.strip_suffix([')', '）', ']']).and_then(|rest| rest.rsplit_once(['(', '（', '[']));
    let tagged_part = bracketed.map_or(header.as_str(), |(_, tag)| tag.trim());
    let (tag, region) = tagged_part.split_once(['-', '_']).unwrap_or((tagged_part, ""));
    let tagged = region.len() <= 4 && region.chars().all(|c| c.is_ascii_alphabetic());
    let by_tag = TAGS.iter().find(|(_, t)| tagged && *t == tag).map(|(language, _)| *language);
    by_tag.or_else(|| LANGUAGES.iter().find(|(_, words)| words.iter().any(|w| header.contains(w))).map(|(l, _)| *l))
}

/// Whether a header names English ("英文提示", "English Message").
pub(super) fn names_english(header: &str) -> bool {
    named(header) == Some(Language::English)
}

/// The language the headers are written in, by their script.
fn written_in(headers: &[String]) -> Language {
    let chars = || headers.iter().flat_map(|h| h.chars());
    if chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)) {
        Language::Japanese
    } else if chars().any(|c| ('\u{ac00}'..='\u{d7af}').contains(&c)) {
        Language::Korean
    } else if chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        Language::Chinese
    } else {
        Language::English
    }
}

/// Of two text columns naming two languages, (the one in the headers' own language, the other).
pub(super) fn language_pair(table: &RawTable, roles: &[Option<Role>]) -> Option<(usize, usize)> {
    // "zh-CN | en-US" filled on a few rows only, with no other column to describe: columns of text
    // all the same, where given.
    let described = roles.contains(&Some(Role::Description));
    let text = |i: &usize| match roles[*i] {
        None => !described,
        role => matches!(role, Some(Role::Description | Role::Reason | Role::Notes)),
    };
    let languages: Vec<(usize, Language)> =
        (0..roles.len()).filter(text).filter_map(|i| Some((i, named(table.header.get(i)?)?))).collect();
    let [(a, first), (b, second)] = languages[..] else { return None };
    let own = written_in(&table.header);
    match (first == own, second == own) {
        (true, false) => Some((a, b)),
        (false, true) => Some((b, a)),
        _ => None,
    }
}
