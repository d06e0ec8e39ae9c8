use super::*;
use crate::table::Table;

#[test]
fn highlights_land_in_the_right_fields() {
    let table = Table::embedded();
    let highlighter = Highlighter::default();
    let entry = &table.entry(table.find_code("404").unwrap());
    let h = highlighter.highlights(entry, "404");
    assert_eq!(h.code, vec![0, 1, 2]);
    let h = highlighter.highlights(entry, "found");
    assert_eq!(h.reason, vec![4, 5, 6, 7, 8]);
    assert!(h.code.is_empty());
    let h = highlighter.highlights(entry, "requested");
    assert_eq!(h.description.len(), 9);
}
