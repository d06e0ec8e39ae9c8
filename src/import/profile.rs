//! What the cells of one column look like: the evidence, beside its header's
//! words, for what the column holds (statuses, codes, names or sentences).

use super::cells::{camel_hump, error_identifier, hex_code, http_status, structured};
use super::words::{self, mentions};
use super::Cell;
use crate::table::strip_ignorable;
use std::collections::HashSet;

pub struct Profile {
    /// Rows that have this column, its cell filled or empty.
    pub rows: usize,
    pub filled: usize,
    pub http: usize,
    /// Numbers of any size ("106", "4011001").
    pub numeric: usize,
    pub identifier: usize,
    /// Error identifiers with a number in them ("APIG.0101").
    pub numbered: usize,
    /// One word of the characters codes are made of: "invalid_auth", "invalid-parameter" too.
    pub token: usize,
    /// Cells that are one identifier and nothing more ("INVALID_ARGUMENT"), numbers aside.
    pub name_token: usize,
    pub numeric_outside_http: usize,
    /// Numbers of three digits or more: codes, not the rows' order ("1", "2").
    pub long_numbers: usize,
    /// HTTP statuses the registry knows, or any 4xx/5xx ("298" and "210" are not).
    pub registered: usize,
    /// Cells of one word ("unauthorized", "AccessDenied").
    pub one_word: usize,
    /// Cells that end as sentences do, or hold more than one.
    pub sentences: usize,
    /// Lists of two or more codes ("InvalidParameter, MissingField").
    pub code_lists: usize,
    /// Short cells that name a group ("Success", "Failed", "Error").
    pub group_words: usize,
    /// JSON or other structured bodies ("{\"code\": …}"): examples, not prose.
    pub structured: usize,
    /// UPPER_SNAKE identifiers ("AUTHENTICATION_FAILED"): how APIs name errors.
    pub upper_snake: usize,
    /// One lowercase identifier or word and nothing more ("unauthorized", "not_found").
    pub lower_token: usize,
    /// Cells that begin in lower case ("unknown purpose"): what an API returns, not a name for people.
    pub lowercase: usize,
    pub distinct: usize,
    pub average_chars: usize,
    /// Filled cells whose text is all set as code ("`invalid msgpack`").
    pub set_as_code: usize,
    /// Cases a program declares, with what they carry ("InvalidInput(detail)").
    pub declared: usize,
}

/// "\"UNAUTHORIZED\" (overridable)" → "UNAUTHORIZED (overridable)": a code quoted as a JSON
/// string is written in the body, the quotes no part of it.
fn unquoted(text: &str) -> String {
    let inner = text.strip_prefix('"').and_then(|rest| rest.split_once('"'));
    match inner {
        Some((code, rest)) if !code.is_empty() && !code.contains(char::is_whitespace) => format!("{code}{rest}"),
        _ => text.to_string(),
    }
}

impl Profile {
    /// The cells of `column` in the rows of every table of `tables`.
    pub fn of(tables: &[&[Vec<Cell>]], column: usize) -> Profile {
        // As the rows will be read: without characters that show nothing.
        let cleaned: Vec<String> = tables
            .iter()
            .flat_map(|rows| rows.iter())
            .filter_map(|row| row.get(column))
            .map(|c| unquoted(strip_ignorable(c.text.trim()).trim()))
            .collect();
        let texts: Vec<&str> = cleaned.iter().map(String::as_str).filter(|t| !t.is_empty()).collect();
        // "(no code; msg only)" among codes: an aside where the row writes none, as a blank is.
        let aside = |t: &&str| t.starts_with('(') && t.ends_with(')') && t.contains(' ');
        let texts: Vec<&str> = match texts.iter().all(aside) {
            true => texts,
            false => texts.into_iter().filter(|t| !aside(t)).collect(),
        };
        let count = |test: &dyn Fn(&str) -> bool| texts.iter().filter(|t| test(t)).count();
        // "(401)": a code set in parentheses is the code.
        let first_word = |t: &str| {
            let word = t.split_whitespace().next().unwrap_or("");
            let word = word.strip_prefix('(').and_then(|w| w.strip_suffix(')')).unwrap_or(word);
            // "0(0x0)", "200(OK)": the code, then another name for it.
            match word.find('(') {
                Some(at) if at > 0 && word.ends_with(')') => word[..at].to_string(),
                _ => word.to_string(),
            }
        };
        let number = |t: &str| digits(&first_word(t));
        let cells = tables.iter().flat_map(|rows| rows.iter()).filter_map(|row| row.get(column));
        // Counted as `filled` is: what shows nothing is no cell.
        let set_as_code = cells.filter(|c| c.set_as_code && !strip_ignorable(c.text.trim()).trim().is_empty()).count();
        Profile {
            set_as_code,
            rows: cleaned.len(),
            filled: texts.len(),
            http: count(&|t| http_status(t).is_some()),
            numeric: count(&number),
            identifier: count(&|t| error_identifier(&first_word(t))),
            token: count(&|t| code_token(&first_word(t))),
            name_token: count(&|t| !t.contains(char::is_whitespace) && code_token(t) && !number(t)),
            numbered: count(&|t| {
                let word = first_word(t);
                error_identifier(&word)
                    && word.contains(|c: char| c.is_ascii_digit())
                    && word.contains(char::is_alphabetic)
            }),
            numeric_outside_http: count(&|t| number(t) && http_status(t).is_none()),
            long_numbers: count(&|t| number(t) && first_word(t).len() >= 3),
            registered: count(&|t| http_status(t).is_some_and(|n| super::groups::is_registered(&n.to_string()))),
            one_word: count(&|t| !t.trim_matches('`').contains(char::is_whitespace)),
            sentences: count(&is_sentence),
            code_lists: count(&|t| code_list(t).is_some()),
            declared: count(&|t| crate::import::cells::declared_case(t)),
            group_words: count(&|t| {
                let (normal, abnormal) = (mentions(t, words::NORMAL), mentions(t, words::ABNORMAL));
                // "✅ success", "❌ error": a mark drawn before the word.
                let t = t.trim_start_matches(|c: char| !c.is_alphanumeric()).trim_start();
                // "Thành công (Success)": the word, then the same in another language.
                let t = t.split_once(" (").filter(|(_, aside)| aside.ends_with(')')).map_or(t, |(word, _)| word);
                let plain = t.chars().all(|c| c.is_alphabetic() || c == ' ');
                plain && t.split_whitespace().count() <= 3 && normal != abnormal
            }),
            structured: count(&|t| structured(t)),
            upper_snake: count(&|t| {
                let t = t.trim_matches('`');
                let capitals = |t: &str| {
                    t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                        && t.starts_with(|c: char| c.is_ascii_uppercase())
                };
                // "errors.TIMEOUT", "ErrorCode.INVALID": a constant of a family of errors, named in
                // capitals ("logging.DEBUG" and "Manifest.permission.CAMERA" name other things).
                let family = t.rsplit_once('.').is_some_and(|(family, name)| {
                    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    let lower = family.to_ascii_lowercase();
                    let errors = ["err", "code", "status", "exception", "fault"].iter().any(|w| lower.contains(w));
                    family.split('.').all(word) && errors && !capitals(family) && name.len() >= 2 && capitals(name)
                });
                t.contains('_') && capitals(t) || family
            }),
            lower_token: count(&|t| {
                let mut parts = t.split(['、', ',', '，', '/']).map(|p| p.trim().trim_matches('`')).peekable();
                parts.peek().is_some()
                    && parts.all(|p| {
                        !p.is_empty()
                            && p.chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.'))
                    })
            }),
            distinct: texts.iter().collect::<HashSet<_>>().len(),
            lowercase: count(&|t| t.trim_start_matches('`').starts_with(|c: char| c.is_lowercase())),
            average_chars: texts.iter().map(|t| t.chars().count()).sum::<usize>() / texts.len().max(1),
        }
    }

    /// Whether at least `share` of the filled cells are `count`.
    pub fn mostly(&self, count: usize, share: f32) -> bool {
        self.filled > 0 && count as f32 >= share * self.filled as f32
    }

    /// Codes of some kind: statuses, numbers or identifiers, most cells.
    pub fn codes(&self) -> bool {
        self.mostly(self.http.max(self.numeric).max(self.token), 0.8)
    }

    /// No cell given twice.
    pub fn each_once(&self) -> bool {
        self.distinct == self.filled
    }

    /// Few cells given twice: tables that share a header may list one again.
    pub fn mostly_once(&self) -> bool {
        self.distinct * 4 >= self.filled * 3
    }

    /// Every filled cell set as code ("`invalid msgpack`"): literal values.
    pub fn all_set_as_code(&self) -> bool {
        self.set_as_code == self.filled
    }

    /// Identifiers, most cells: lowercase ones ("not_found") or UPPER_SNAKE ones.
    pub fn identifiers(&self) -> bool {
        self.mostly(self.lower_token + self.upper_snake, 0.8)
    }

    /// Filled only here and there, half the rows or fewer: a label written once over the rows
    /// it heads ("Success", then blanks).
    pub fn written_once(&self) -> bool {
        self.filled >= 2 && self.filled * 2 <= self.rows
    }

    /// Cells that repeat a few values: a category, not a key or a name.
    pub fn categories(&self) -> bool {
        self.filled >= 4 && self.distinct * 2 <= self.filled
    }

    /// At most one cell in five reads as prose.
    pub fn lowercase_start(&self) -> bool {
        self.mostly(self.lowercase, 0.8)
    }

    pub fn rarely_prose(&self) -> bool {
        self.sentences * 5 <= self.filled
    }
}

/// A number: ASCII digits only, at least one.
fn digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// What parts the codes a cell lists: spaces, commas, slashes, semicolons.
fn between_codes(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '/' | ';' | '、' | '，')
}

/// One word that could be a code: "invalid_auth", "E1", "ERR-42", "40001",
/// "invalid-parameter"; not a plain word ("error", "Name", "e-mail" aside).
pub fn code_token(text: &str) -> bool {
    let text = text.trim();
    let charset = text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':'));
    let marked = text.contains(|c: char| matches!(c, '.' | '_' | ':') || c.is_ascii_digit());
    let bytes = text.as_bytes();
    // "TxUnavailable", and "RPCUnavailable" where an acronym meets a word.
    let camel = camel_hump(text)
        || bytes
            .windows(4)
            .any(|w| w[..2].iter().all(u8::is_ascii_uppercase) && w[2..].iter().all(u8::is_ascii_lowercase));
    let shouting = text.len() > 1 && text.chars().all(|c| c.is_ascii_uppercase());
    // Kebab case of two words or more: "invalid-parameter", "not-found".
    let kebab = text.split('-').filter(|part| part.len() >= 2).count() >= 2 && text.len() > 6;
    !text.is_empty() && text.len() <= 80 && charset && (marked || camel || shouting || kebab)
}

/// A cell that reads as prose: ends as a sentence, or holds more than one.
pub fn is_sentence(text: &str) -> bool {
    let text = text.trim();
    text.ends_with(['.', '。', '!', '?', '！', '？', '…']) || text.contains("。") || text.split(". ").count() > 2
}

/// Words joining two codes in one cell ("insufficient_scope или invalid_scope").
pub const OR: &[&str] =
    &["or", "and", "или", "и", "oder", "und", "ou", "et", "o", "y", "e", "或", "和", "または", "또는", "hoặc", "veya"];

/// The codes of a cell that lists several ("ER117 ER119", "A_B/ A_B_KO",
/// "400, 401"): identifiers or numbers only, two or more.
pub fn code_list(text: &str) -> Option<Vec<String>> {
    let mut parts: Vec<&str> = text
        .split(between_codes)
        .filter(|part| !part.is_empty() && !OR.contains(&part.to_lowercase().as_str()))
        .collect();
    // "`greater_than`, `less_than`, …": the list goes on elsewhere; the codes named are its codes.
    if parts.len() > 2 && parts.last().is_some_and(|p| matches!(*p, "…" | "...")) {
        parts.pop();
    }
    // "`DDGS_*` / `BRAVE_API_KEY_MISSING`": a pattern standing for many codes is none of them.
    let pattern = |p: &str| p.strip_suffix('*').is_some_and(|stem| stem.ends_with(['_', '-', '.']));
    let patterned = parts.len() >= 2 && parts.iter().any(|p| pattern(p)) && parts.iter().any(|p| !pattern(p));
    if patterned {
        parts.retain(|p| !pattern(p));
    }
    let all_numbers = parts.iter().all(|p| digits(p));
    // "InvalidParameter", "PPT_TOKEN", "invalid_scope": identifiers, not words ("OK", "Not Found");
    // "network.http.request_too_large 0x03010001": a name and its number, written in hex.
    // "{SERVICE}_TIMEOUT": a name with a placeholder in it reads as the name.
    let identifier = |p: &str| {
        let p = &p.replace(['{', '}'], "");
        error_identifier(p) || code_token(p) && p.contains(['_', '.']) || hex_code(p)
    };
    // "OVERLOADED, SESSION_MISMATCH": a word in capitals listed among constants is one of them.
    // "EACCES / PermissionDenied": so is one beside a name joined as programs join words.
    let listed = text.contains([',', '/', '、', '，'])
        && parts.iter().any(|p| (p.contains('_') || camel_hump(p)) && identifier(p));
    // "`internal_error`, `panic`": so is a word in lower case among snake_case names.
    let capitals = |p: &str| {
        let one_case = p.bytes().all(|b| b.is_ascii_uppercase()) || p.bytes().all(|b| b.is_ascii_lowercase());
        listed && p.len() >= 3 && one_case
    };
    let all_identifiers = parts.iter().all(|p| (identifier(p) || capitals(p)) && !digits(p));
    let enough = parts.len() >= 2 || patterned && parts.len() == 1;
    (enough && (all_numbers || all_identifiers)).then(|| parts.iter().map(|p| p.to_string()).collect())
}

/// The codes a cell lists before the name they share ("500, 502, 503, 504 -
/// Server Errors"): two or more numbers or identifiers, then the rest.
pub fn leading_codes(text: &str) -> Option<(Vec<String>, String)> {
    let mut codes = Vec::new();
    let mut rest = text.trim();
    loop {
        let end = rest.find(between_codes).unwrap_or(rest.len());
        // "401/403: …": the last code carries the colon that ends them.
        let (word, last) = match rest[..end].strip_suffix([':', '：']) {
            Some(word) => (word, true),
            None => (&rest[..end], false),
        };
        if !(digits(word) || error_identifier(word)) {
            break;
        }
        codes.push(word.to_string());
        rest = rest[end..].trim_start_matches(between_codes);
        if last {
            break;
        }
    }
    let numbers = codes.iter().filter(|c| digits(c)).count();
    let one_kind = numbers == 0 || numbers == codes.len();
    let rest = rest.trim_start_matches(['-', '–', '—', ':', '=']).trim();
    (codes.len() >= 2 && one_kind && !rest.is_empty()).then(|| (codes, rest.to_string()))
}
