//! Writes a synthetic table of N rows (default 100000) to stdout:
//! `cargo run --release --example gen_table -- 100000 > big.toml`

use std::io::Write;

fn main() {
    let rows = std::env::args().nth(1).map_or(Ok(100_000), |arg| arg.parse()).unwrap_or_else(|_| {
        eprintln!("usage: gen_table [ROWS]");
        std::process::exit(2);
    });
    let table = httpref::table::generate::generate(rows);
    std::io::stdout().write_all(table.as_bytes()).expect("stdout");
}
