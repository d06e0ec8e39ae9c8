use super::*;

fn places(config: Option<&Path>, current: Option<&Path>) -> Places {
    Places { config_dir: config.map(Path::to_path_buf), current_dir: current.map(Path::to_path_buf) }
}

fn names(chosen: &[&Catalogue]) -> Vec<String> {
    chosen.iter().map(|c| c.name.clone()).collect()
}

const TABLE: &str = "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"API Not Found\"\ndescription = \"No such API.\"\n";

#[test]
fn every_built_in_catalogue_loads() {
    let catalogues = Catalogues::discover(&[], &places(None, None));
    for catalogue in catalogues.all() {
        let table = catalogue.table().unwrap_or_else(|err| panic!("{}: {err}", catalogue.name));
        assert!(!table.is_empty(), "{}", catalogue.name);
    }
    assert_eq!(names(&catalogues.choose(&[]).unwrap()), ["default"]);
    assert_eq!(catalogues.find("default").unwrap().table().unwrap().len(), 18);
}

#[test]
fn table_options_are_the_default_view_named_by_their_files() {
    let dir = tempfile::tempdir().unwrap();
    let api = dir.path().join("api.toml");
    std::fs::write(&api, TABLE).unwrap();
    let other = dir.path().join("sub");
    std::fs::create_dir(&other).unwrap();
    let api2 = other.join("api.toml");
    std::fs::write(&api2, TABLE).unwrap();
    let catalogues = Catalogues::discover(&[api.clone(), api2], &places(None, None));
    assert_eq!(names(&catalogues.choose(&[]).unwrap()), ["api", "api-2"]);
    assert_eq!(catalogues.find("api").unwrap().origin, Origin::Option(api));
}

#[test]
fn the_config_folder_adds_catalogues_and_may_set_the_default() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("billing.toml"), TABLE).unwrap();
    std::fs::write(dir.path().join("config.toml"), "default = [\"billing\", \"http\"]\n").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a table").unwrap();
    let catalogues = Catalogues::discover(&[], &places(Some(dir.path()), None));
    assert!(catalogues.find("config").is_none(), "config.toml is not a catalogue");
    assert!(catalogues.find("notes").is_none());
    assert_eq!(names(&catalogues.choose(&[]).unwrap()), ["http", "billing"]);
    assert!(catalogues.problems.is_empty());
}

#[test]
fn a_broken_config_is_a_problem_not_a_stop() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "default = 3\n").unwrap();
    let catalogues = Catalogues::discover(&[], &places(Some(dir.path()), None));
    assert_eq!(names(&catalogues.choose(&[]).unwrap()), ["default"]);
    assert!(catalogues.problems[0].to_string().contains("config.toml:1:"), "{:?}", catalogues.problems);
}

#[test]
fn a_project_catalogue_is_found_in_a_parent() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".httpref.toml"), TABLE).unwrap();
    let deep = dir.path().join("a/b");
    std::fs::create_dir_all(&deep).unwrap();
    let catalogues = Catalogues::discover(&[], &places(None, Some(&deep)));
    let project = catalogues.find("project").unwrap();
    assert_eq!(project.origin, Origin::Project(dir.path().join(".httpref.toml")));
    assert_eq!(project.table().unwrap().len(), 1);
}

#[test]
fn choosing_by_name_all_and_unknown() {
    let catalogues = Catalogues::discover(&[], &places(None, None));
    assert_eq!(names(&catalogues.choose(&["HTTP".into()]).unwrap()), ["http"]);
    assert_eq!(names(&catalogues.choose(&["all".into()]).unwrap()), ["default", "http", "unofficial"]);
    let err = catalogues.choose(&["nginx".into()]).err().unwrap().to_string();
    assert!(err.contains("no catalogue named \"nginx\"") && err.contains("unofficial"), "{err}");
}

#[test]
fn a_broken_catalogue_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.toml"), "[[abnormal]]\ncode = 1\n").unwrap();
    let catalogues = Catalogues::discover(&[], &places(Some(dir.path()), None));
    let broken = catalogues.find("broken").unwrap();
    assert!(broken.table().is_err());
    assert!(catalogues.find("http").unwrap().table().is_ok());
}

#[test]
fn a_file_named_all_is_refused_with_a_message_and_names_stay_unique_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["ALL.toml", "Http.toml", "api.toml", "API.toml"] {
        std::fs::write(dir.path().join(name), TABLE).unwrap();
    }
    let catalogues = Catalogues::discover(&[], &places(Some(dir.path()), None));
    let found: Vec<&str> = catalogues.all().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(found, ["default", "http", "unofficial", "API", "Http-2", "api-2"]);
    let [problem] = &catalogues.problems[..] else { panic!("{:?}", catalogues.problems) };
    assert!(problem
        .to_string()
        .ends_with("ALL.toml: is not loaded: `all` means every catalogue at once; rename the file"));
    assert_eq!(names(&catalogues.choose(&["api-2".into()]).unwrap()), ["api-2"]);
}
