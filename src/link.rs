//! Where a code is documented: the table's own `url`, or one made from its
//! spec ("RFC 9110 §15.5.10" → the RFC Editor's page, at that section).

use crate::table::Entry;

/// The entry's link, if it has one that is safe to open: http or https only.
pub fn of(entry: &Entry<'_>) -> Option<String> {
    match entry.url {
        Some(url) => is_web(url).then(|| url.to_string()),
        None => entry.spec.and_then(from_spec),
    }
}

/// Whether `text` is an http(s) address (scheme in any case).
pub fn is_http(text: &str) -> bool {
    let scheme = |prefix: &str| text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix));
    scheme("http://") || scheme("https://")
}

fn is_web(url: &str) -> bool {
    // Printable ASCII only: a link is written to the terminal inside an OSC 8 sequence.
    is_http(url) && url.bytes().all(|b| (0x21..0x7f).contains(&b))
}

/// The page a spec reference names: an RFC (and its section), or an Internet-Draft.
pub fn from_spec(spec: &str) -> Option<String> {
    let spec = spec.trim();
    if let Some(rest) = spec.strip_prefix("RFC ") {
        let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if number.is_empty() {
            return None;
        }
        let page = format!("https://www.rfc-editor.org/rfc/rfc{number}");
        let section = rest[number.len()..]
            .trim_start()
            .strip_prefix('§')
            .map(|s| s.trim().chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect::<String>());
        return Some(match section.filter(|s| !s.is_empty()) {
            Some(section) => format!("{page}#section-{}", section.trim_end_matches('.')),
            None => page,
        });
    }
    let draft = spec.split_whitespace().next().filter(|word| word.starts_with("draft-"))?;
    // The draft's page, whatever its revision ("-05").
    let name = match draft.rsplit_once('-') {
        Some((name, revision)) if revision.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => draft,
    };
    Some(format!("https://datatracker.ietf.org/doc/{name}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_sections_and_drafts_become_pages() {
        assert_eq!(
            from_spec("RFC 9110 §15.5.10").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10")
        );
        assert_eq!(from_spec("RFC 6585 §4").as_deref(), Some("https://www.rfc-editor.org/rfc/rfc6585#section-4"));
        assert_eq!(from_spec("RFC 7725").as_deref(), Some("https://www.rfc-editor.org/rfc/rfc7725"));
        assert_eq!(
            from_spec("draft-ietf-httpbis-resumable-upload-05").as_deref(),
            Some("https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/")
        );
        assert_eq!(from_spec("Laravel source: Handler.php"), None);
        assert_eq!(from_spec("RFC x"), None);
    }

    #[test]
    fn a_tables_own_url_is_used_only_when_it_is_a_plain_web_link() {
        let table = crate::table::Table::from_toml(
            "t",
            "[[abnormal]]\ncode = \"E1\"\nreason = \"r\"\ndescription = \"d\"\nspec = \"RFC 9110\"\nurl = \"https://example.com/errors#E1\"\n\n\
             [[abnormal]]\ncode = \"E2\"\nreason = \"r\"\ndescription = \"d\"\nurl = \"javascript:alert(1)\"\n\n\
             [[abnormal]]\ncode = \"E3\"\nreason = \"r\"\ndescription = \"d\"\nurl = \"https://x.test/\\u001b]8;;\"\n",
        )
        .unwrap();
        assert_eq!(of(&table.entry(0)).as_deref(), Some("https://example.com/errors#E1"));
        assert_eq!(of(&table.entry(1)), None);
        assert_eq!(of(&table.entry(2)), None, "no escape reaches the terminal");
    }
}
