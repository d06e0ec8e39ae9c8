use super::*;

#[test]
fn column_specs_that_cannot_be_read() {
    assert!("code".parse::<ColumnSpec>().unwrap_err().to_string().contains("is not ROLE=COLUMN"));
    assert_eq!("code=0".parse::<ColumnSpec>().unwrap_err().to_string(), "column positions count from 1");
    assert!("colour=2".parse::<ColumnSpec>().unwrap_err().to_string().starts_with("unknown role 'colour'"));
    assert_eq!("code=1,code=2".parse::<ColumnSpec>().unwrap_err().to_string(), "role 'code' is named twice");
    let spec: ColumnSpec = "notes=3,notes=Fix,status=HTTP".parse().unwrap();
    assert_eq!(spec.notes, [ColumnChoice::Position(3), ColumnChoice::Header("Fix".into())]);
}
