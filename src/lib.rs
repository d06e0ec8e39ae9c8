//! httpref: a terminal reference for HTTP status codes (and any API's own
//! error-code catalogue), as a one-shot command and an interactive browser.

pub mod sanitize;
pub mod table;
