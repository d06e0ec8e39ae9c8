//! httpref: a terminal reference for HTTP status codes (and any API's own
//! error-code catalogue), as a one-shot command and an interactive browser.

pub mod catalogue;
pub mod cli;
pub mod clipboard;
pub mod import;
pub mod link;

pub mod lookup;
pub mod oneshot;
pub mod opener;
pub mod plan;
pub mod platform;
pub mod print;
pub mod report;
pub mod sanitize;
pub mod search;
pub mod source;
pub mod status;
pub mod table;
pub mod tui;
pub mod wrap;
