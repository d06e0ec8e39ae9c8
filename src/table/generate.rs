//! Synthetic tables in the documented format, for benchmarks and tests of
//! large catalogues: realistic-looking API error codes, deterministic.

use std::fmt::Write;

const SERVICES: &[&str] = &["APIG", "ECS", "OBS", "VPC", "IAM", "RDS", "DNS", "ELB", "KMS", "SMN", "CCE", "DCS"];
const SUBJECTS: &[&str] = &[
    "Request",
    "Token",
    "Instance",
    "Bucket",
    "Quota",
    "Parameter",
    "Signature",
    "Gateway",
    "Policy",
    "Certificate",
    "Subnet",
    "Volume",
    "Snapshot",
    "Listener",
    "Route",
    "Key",
    "Topic",
    "Cluster",
    "Node",
    "Session",
];
const STATES: &[&str] = &[
    "Not Found",
    "Expired",
    "Invalid",
    "Conflict",
    "Unavailable",
    "Timeout",
    "Exceeded",
    "Forbidden",
    "Locked",
    "Malformed",
    "Denied",
    "Already Exists",
    "Not Ready",
    "Throttled",
    "Unsupported",
];
const CLAUSES: &[&str] = &[
    "The requested resource could not be located in the specified region",
    "Failed to complete the request because the backend service did not respond in time",
    "The signature in the request does not match the computed value",
    "You do not have permission to perform this operation on the resource",
    "The number of requests exceeds the limit allowed for this account",
    "A parameter in the request is missing or has an invalid value",
    "The resource is being modified by another request",
    "The gateway received an invalid response from the upstream server",
    "The credentials provided have expired and must be refreshed",
    "The service is temporarily unavailable because of maintenance",
];
const HINTS: &[&str] = &[
    "check the request and try again",
    "contact technical support if the problem persists",
    "wait a moment before retrying",
    "verify the project ID and region",
    "refresh the token and resend the request",
];

/// A TOML basic-string literal for any text, escaping as a TOML writer
/// might: quotes, backslashes and controls always, other non-ASCII
/// characters too with `unicode_escapes` (`\U0001F600`).
pub fn toml_string(text: &str, unicode_escapes: bool) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c if unicode_escapes && !c.is_ascii() => {
                let _ = write!(out, "\\U{:08X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A table of `rows` entries (about 150 bytes of TOML each): one in ten in
/// `[[normal]]`, the rest `[[abnormal]]`, each code unique.
pub fn generate(rows: usize) -> String {
    let mut out = String::with_capacity(rows * 160);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let normal = rows.div_ceil(10);
    for index in 0..rows {
        let group = if index < normal { "normal" } else { "abnormal" };
        let service = SERVICES[next(SERVICES.len())];
        let subject = SUBJECTS[next(SUBJECTS.len())];
        let state_word = STATES[next(STATES.len())];
        let clause = CLAUSES[next(CLAUSES.len())];
        let hint = HINTS[next(HINTS.len())];
        let _ = write!(
            out,
            "[[{group}]]\ncode = \"{service}.{index:06}\"\nreason = \"{subject} {state_word}\"\ndescription = \"{clause}; {hint}.\"\n\n"
        );
    }
    out
}

#[cfg(test)]
mod tests;
