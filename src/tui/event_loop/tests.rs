use super::*;
use crate::catalogue::Places;
use std::cell::RefCell;

#[test]
fn catalogues_load_saying_which_one_of_how_many() {
    let dir = tempfile::tempdir().unwrap();
    let row = "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"API Not Found\"\ndescription = \"No such API.\"\n";
    std::fs::write(dir.path().join("billing.toml"), row).unwrap();
    std::fs::write(dir.path().join("broken.toml"), "[[abnormal]]\ncode = 7\n").unwrap();
    let catalogues = Catalogues::discover(&[], &Places { config_dir: Some(dir.path().into()), current_dir: None });
    let said = RefCell::new(Vec::new());
    let (table, names) = load(&catalogues, &["all".into()], |line| said.borrow_mut().push(line)).unwrap();
    assert_eq!(names, ["default", "http", "unofficial", "billing"], "the broken one left out");
    assert!(table.find_code("APIG.0101").is_some());
    assert_eq!(
        said.into_inner(),
        [
            "Loading default (1 of 5)…",
            "Loading http (2 of 5)…",
            "Loading unofficial (3 of 5)…",
            "Loading billing (4 of 5)…",
            "Loading broken (5 of 5)…",
            "Putting 4 catalogues together…"
        ]
    );
    let err = load(&catalogues, &["broken".into()], |_| {}).unwrap_err();
    assert!(err.contains("broken.toml"), "{err}");
}
