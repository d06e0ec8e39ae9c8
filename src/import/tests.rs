//! Whole pages, as vendors write them, read end to end: which rows they give.

use super::{import, Options};

/// Each row of `page` (Markdown): code, reason, description, status.
fn rows(page: &str) -> Vec<(String, String, String, String)> {
    let imported = import("errors.md", page, &Options::default()).expect("the page has codes");
    let all = imported.normal.iter().chain(&imported.abnormal);
    let row = |r: &super::imported::Row| {
        (r.code.clone(), r.reason.clone(), r.description.clone(), r.status.clone().unwrap_or_default())
    };
    all.map(row).collect()
}

/// A row as `rows` gives it.
fn row(code: &str, reason: &str, description: &str, status: &str) -> (String, String, String, String) {
    (code.to_string(), reason.to_string(), description.to_string(), status.to_string())
}

fn codes(page: &str) -> Vec<String> {
    rows(page).into_iter().map(|r| r.0).collect()
}

mod arrivals;
mod beside;
mod bounds;
mod cards;
mod catalogs;
mod continued;
mod indexes;
mod keys;
mod kinds;
mod labels;
mod languages;
mod lines;
mod lists;
mod lookalikes;
mod marks;
mod misreads;
mod newcomers;
mod openings;
mod placeholders;
mod reach;
mod said;
mod sharing;
mod tables;
mod texts;
mod walkthroughs;
