//! Statuses written with their registered names before a text of their own:
//! "200 OK Successful request.", "200 OK   # Requisição processada".

/// "200 OK Successful request.": a status, its registered name, then a sentence of its own.
pub(in crate::import::lists) fn registered_lead<'a>(code: &str, text: &'a str) -> Option<(&'a str, &'a str)> {
    // The longest name it starts with: "Moved Permanently", not "Moved", its old name.
    let led = |name: &&str| {
        let head = text.get(..name.len()).filter(|head| head.eq_ignore_ascii_case(name))?;
        let whole_word = !text[name.len()..].starts_with(char::is_alphanumeric);
        whole_word.then(|| (head, &text[name.len()..]))
    };
    let (head, rest) = crate::catalogue::http_names(code).iter().filter_map(led).max_by_key(|(head, _)| head.len())?;
    // "200 OK—In the response to …": a dash set close against the name sets the text apart too.
    let rest = rest.strip_prefix(' ').or_else(|| rest.strip_prefix(['—', '–']))?.trim_start();
    // "200 OK   # Requisição processada": in a listing, a comment says what the status means.
    let commented = rest.strip_prefix("# ").or_else(|| rest.strip_prefix("// ")).map(str::trim_start);
    match commented {
        Some(comment) => (!comment.is_empty()).then_some((head, comment)),
        // A sentence of its own: a capital, or a script without case ("200 OK 请求成功").
        None => rest.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase()).then_some((head, rest)),
    }
}

/// "200 OK Successful request.", "200 OK 请求成功": a status, its registered name and a text of its own.
pub(in crate::import::lists) fn status_led(line: &str) -> bool {
    let line = line.trim();
    let (code, text) = line.split_once(' ').unwrap_or((line, ""));
    // Only a status has a registered name: no lookup for other words.
    crate::import::cells::status_word(code) && registered_lead(code, text).is_some_and(|(_, rest)| !rest.is_empty())
}
