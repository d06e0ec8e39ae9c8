//! How often a status is met in real traffic, coarsely: equal matches in a
//! built-in catalogue go to the code people actually meet. Tiers, not
//! counts: the first from a cache's measured reply-status breakdown (Duane
//! Wessels, "Web Caching", O'Reilly 2001, Table A-14: 200, 304, 302, 504,
//! 404, 403, 301, 500, 401, 206 in that order of frequency), the next from
//! the statuses API references list for everyday use; see
//! `assets/catalogues/SOURCES.md`.

/// Tier of `code`, lower is more common; codes not listed are rare.
pub fn tier(code: &str) -> u8 {
    const TIERS: &[&[&str]] = &[
        &["200"],
        &["304", "302", "301", "404"],
        &["504", "403", "500", "401", "206", "204", "201", "400", "503", "502"],
        &["429", "409", "422", "405", "307", "308", "202", "410", "412", "413", "415", "499"],
        &[
            "100", "101", "303", "406", "408", "411", "414", "416", "417", "418", "421", "426", "431", "451", "501",
            "505",
        ],
    ];
    TIERS.iter().position(|tier| tier.contains(&code)).map_or(TIERS.len() as u8, |tier| tier as u8)
}

/// A row of a table of the user's own: never reordered.
pub const UNRANKED: u8 = u8::MAX;
