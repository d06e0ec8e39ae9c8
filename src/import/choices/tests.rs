use super::*;

/// The check, as the message it gives.
fn check(blocks: &[Block], tables: Option<&[usize]>, spec: &ColumnSpec) -> Result<(), String> {
    super::check(blocks, tables, spec).map_err(|missing| missing.to_string())
}
use crate::import::Cell;

fn page(widths: &[usize]) -> Vec<Block> {
    widths
        .iter()
        .map(|&width| {
            let header = (1..=width).map(|n| format!("H{n}")).collect();
            Block::Table(RawTable { header, rows: vec![vec![Cell::plain("404"); width]], ..RawTable::default() })
        })
        .collect()
}

fn spec(text: &str) -> ColumnSpec {
    text.parse().unwrap()
}

#[test]
fn a_table_number_past_the_last_is_named() {
    let one = page(&[3]);
    assert_eq!(check(&one, Some(&[2]), &ColumnSpec::default()), Err("no table 2: the page has 1 table".into()));
    assert_eq!(
        check(&page(&[3, 2]), Some(&[1, 7]), &ColumnSpec::default()),
        Err("no table 7: the page has 2 tables".into())
    );
    assert_eq!(check(&one, Some(&[1]), &ColumnSpec::default()), Ok(()));
}

#[test]
fn a_column_no_table_has_is_named() {
    let blocks = page(&[3, 2]);
    assert_eq!(check(&blocks, None, &spec("code=4")), Err("no table has a column 4: the widest has 3 columns".into()));
    assert_eq!(
        check(&blocks, Some(&[2]), &spec("code=3")),
        Err("no table has a column 3: the widest has 2 columns".into())
    );
    assert_eq!(check(&blocks, None, &spec("code=3,notes=Extra")), Err("no table has a column headed 'Extra'".into()));
    assert_eq!(check(&blocks, None, &spec("code=3,reason=h2")), Ok(()));
}
