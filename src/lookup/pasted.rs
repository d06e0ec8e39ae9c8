//! What people paste instead of a code: a status line (`HTTP/1.1 503
//! Service Unavailable`), a log or JSON fragment (`status=429`,
//! `"statusCode": 404`), or several codes at once (`404 500`, `401 403 5xx`).

/// The status a pasted status line or `status` field gives, if the query is one.
pub fn status_of(query: &str) -> Option<&str> {
    let query = query.trim().trim_matches(|c| matches!(c, '{' | '}' | ',' | ' '));
    // A status line: `HTTP/1.1 503 …`, `HTTP/2 404`.
    if let Some(rest) = strip_prefix_ignore_case(query, "HTTP/") {
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        let rest = rest.strip_prefix(' ')?.trim_start();
        return three_digits(rest);
    }
    // A field: `status=429`, `"statusCode": 404`, `status_code: "503"`, `http.status=500`.
    let (key, value) = query.split_once(['=', ':'])?;
    let key = key.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
    let key = key.rsplit(['.', '-']).next().unwrap_or(&key).replace('_', "");
    if !matches!(key.as_str(), "status" | "statuscode" | "httpstatus" | "httpstatuscode" | "code") {
        return None;
    }
    let value = value.trim().trim_matches(['"', '\'']);
    let code = three_digits(value)?;
    (code.len() == value.len()).then_some(code)
}

/// The codes of a query made only of codes and masks, when there are several.
pub fn several_codes(query: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = query.split([' ', ',']).filter(|word| !word.is_empty()).collect();
    let code_like = |word: &&str| word.chars().all(|c| c.is_ascii_digit() || c.eq_ignore_ascii_case(&'x'));
    (words.len() > 1 && words.iter().all(code_like) && words.iter().all(|w| w.len() == 3)).then_some(words)
}

/// Three digits starting `text`, ended by its end or a non-digit.
fn three_digits(text: &str) -> Option<&str> {
    let code = text.get(..3)?;
    let ends = text[3..].chars().next().is_none_or(|c| !c.is_ascii_digit());
    (code.bytes().all(|b| b.is_ascii_digit()) && ends).then_some(code)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests;
