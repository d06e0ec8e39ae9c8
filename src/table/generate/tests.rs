use super::*;
use crate::table::{Group, Table};

#[test]
fn generated_tables_load_with_every_row() {
    let table = Table::from_toml("gen", &generate(1000)).unwrap();
    assert_eq!(table.len(), 1000);
    assert_eq!(table.group(Group::Normal).len(), 100);
    assert!(table.find_code(table.entry(999).code).is_some());
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate(50), generate(50));
}
