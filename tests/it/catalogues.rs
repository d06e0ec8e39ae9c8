//! Catalogues beyond the embedded table: the built-in `http` and `unofficial`
//! ones, `--table` files, the config folder and a project's `.httpref.toml`,
//! and one-shot lookups that fall through to the catalogues not shown.

use crate::common;

use common::{httpref, write_temp};
use httpref::catalogue::{Catalogues, Places};
use predicates::prelude::*;
use std::path::Path;

const API: &str = "[[abnormal]]\ncode = \"APIG.0101\"\nreason = \"API Not Found\"\ndescription = \"No such API.\"\n";

/// (code, reason) rows of the registry copy, unassigned ranges left out.
fn registry() -> Vec<(String, String)> {
    let csv = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iana-http-status-codes.csv"),
    )
    .unwrap();
    csv.lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.splitn(3, ',');
            let (code, reason) = (fields.next()?.trim(), fields.next()?.trim().trim_matches('"'));
            (!code.contains('-') && reason != "Unassigned").then(|| (code.to_string(), reason.to_string()))
        })
        .collect()
}

#[test]
fn the_http_catalogue_is_the_registry_code_for_code() {
    let catalogues = Catalogues::discover(&[], &Places { config_dir: None, current_dir: None });
    let http = catalogues.find("http").unwrap().table().unwrap();
    let ours: Vec<(String, String)> = http.entries().map(|e| (e.code.to_string(), e.reason.to_string())).collect();
    let registry = registry();
    assert_eq!(ours.len(), registry.len(), "{ours:?}\n{registry:?}");
    for ((code, reason), (registered, name)) in ours.iter().zip(&registry) {
        assert_eq!(code, registered);
        // The registry adds 104's temporary status to its name; the catalogue keeps that in its notes.
        assert!(name.starts_with(reason.as_str()), "{code}: {reason:?} vs the registry's {name:?}");
    }
    for entry in http.entries() {
        let class = entry.code.as_bytes()[0];
        assert_eq!(entry.group == httpref::table::Group::Normal, class <= b'3', "{}", entry.code);
    }
}

#[test]
fn constants_match_the_libraries_for_a_sample() {
    let catalogues = Catalogues::discover(&[], &Places { config_dir: None, current_dir: None });
    let http = catalogues.find("http").unwrap().table().unwrap();
    let get = |code: &str| http.entry(http.find_code(code).unwrap());
    // From hyperium/http src/status.rs, Go's net/http status.go and CPython's Lib/http/__init__.py.
    let e = get("413");
    assert_eq!(e.rust, Some("http::StatusCode::PAYLOAD_TOO_LARGE"));
    assert_eq!(e.go, Some("http.StatusRequestEntityTooLarge"));
    assert_eq!(e.python, Some("http.HTTPStatus.CONTENT_TOO_LARGE"));
    let e = get("418");
    assert_eq!(e.rust, Some("http::StatusCode::IM_A_TEAPOT"));
    assert_eq!(e.go, Some("http.StatusTeapot"));
    let e = get("306");
    assert_eq!((e.rust, e.go, e.python), (None, None, None), "none invented");
    assert_eq!(get("422").reason, "Unprocessable Content");
}

#[test]
fn a_code_the_default_lacks_is_answered_from_another_catalogue() {
    httpref()
        .arg("429")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("429 Too Many Requests"))
        .stderr(predicate::str::contains("429 is not in the shown catalogue (default); from the http catalogue"));
    httpref()
        .arg("522")
        .assert()
        .success()
        .stdout(predicate::str::contains("Cloudflare"))
        .stderr(predicate::str::contains("from the unofficial catalogue"));
    let json = httpref().args(["--json", "301"]).assert().success().get_output().stdout.clone();
    let rows: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(rows[0]["catalogue"], "http");
    assert_eq!(rows[0]["reason"], "Moved Permanently");
}

#[test]
fn the_default_view_is_unchanged() {
    let out = httpref().arg("--list").assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().filter(|line| line.starts_with(|c: char| c.is_ascii_digit())).count(), 18, "{text}");
    let json = httpref().args(["--json", "404"]).assert().success().get_output().stdout.clone();
    let rows: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(rows[0]["catalogue"], "default");
}

#[test]
fn choosing_catalogues() {
    httpref()
        .args(["-c", "http", "4xx"])
        .assert()
        .success()
        .stdout(predicate::str::contains("451  Unavailable For Legal Reasons"));
    let json = httpref().args(["-c", "all", "--json", "404"]).assert().success().get_output().stdout.clone();
    let rows: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(rows[0]["catalogue"], "default", "the first catalogue with the code answers");
    httpref()
        .args(["-c", "nope", "404"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no catalogue named \"nope\""));
}

#[test]
fn several_tables_are_shown_together_and_listed() {
    let (_dir, api) = write_temp("api.toml", API.as_bytes());
    let (_dir2, billing) = write_temp(
        "billing.toml",
        API.replace("APIG.0101", "BILL.7").replace("API Not Found", "Card Declined").as_bytes(),
    );
    let out = httpref()
        .arg("--table")
        .arg(&api)
        .arg("--table")
        .arg(&billing)
        .args(["--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(rows[0]["catalogue"], "api");
    assert_eq!(rows[1]["catalogue"], "billing");
    httpref()
        .arg("catalogues")
        .arg("--table")
        .arg(&api)
        .assert()
        .success()
        .stdout(predicate::str::contains("* api").and(predicate::str::contains("http ")));
}

#[test]
fn the_config_folder_and_a_project_catalogue() {
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("httpref");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("billing.toml"), API).unwrap();
    std::fs::write(folder.join("broken.toml"), "[[abnormal]]\ncode = 7\n").unwrap();
    std::fs::write(folder.join("config.toml"), "default = \"billing\"\n").unwrap();
    let project = tempfile::tempdir().unwrap();
    std::fs::write(project.path().join(".httpref.toml"), API.replace("APIG.0101", "PRJ.1")).unwrap();
    let run = || {
        let mut cmd = httpref();
        cmd.env("XDG_CONFIG_HOME", config.path()).current_dir(project.path());
        cmd
    };
    run().arg("catalogues").assert().success().stdout(
        predicate::str::contains("* billing")
            .and(predicate::str::contains("broken"))
            .and(predicate::str::contains("cannot load"))
            .and(predicate::str::contains("project")),
    );
    run().arg("APIG.0101").assert().success().stdout(predicate::str::contains("API Not Found"));
    // Not shown by default, found by falling through; the broken one is skipped without stopping it.
    run().arg("PRJ.1").assert().success().stderr(predicate::str::contains("from the project catalogue"));
    run().arg("404").assert().success().stderr(predicate::str::contains("from the default and http catalogues"));
    run().args(["-c", "broken", "404"]).assert().code(2).stderr(predicate::str::contains("broken.toml"));
    run().arg("zzz999").assert().code(1).stderr(predicate::str::contains("catalogue broken skipped"));
    // `all` names no catalogue: the broken one is left out, with a note, and the rest are shown.
    run()
        .args(["-c", "all", "PRJ.1"])
        .assert()
        .success()
        .stderr(predicate::str::contains("catalogue broken skipped"))
        .stdout(predicate::str::contains("PRJ.1"));
}

#[test]
fn api_error_codes_know_their_http_status() {
    let table = API.replace("description = \"No such API.\"\n", "description = \"No such API.\"\nstatus = \"404\"\n");
    let (_dir, api) = write_temp("api.toml", table.as_bytes());
    httpref()
        .arg("--table")
        .arg(&api)
        .arg("APIG.0101")
        .assert()
        .success()
        .stdout(predicate::str::contains("Status  404 Not Found"));
    // The status's own entry comes from another catalogue; the shown error codes follow it.
    httpref().arg("--table").arg(&api).arg("404").assert().success().stdout(
        predicate::str::starts_with("In default:\n404 Not Found")
            .and(predicate::str::contains("\nIn http:\n404 Not Found"))
            .and(predicate::str::contains("Error codes returned with 404:\nAPIG.0101  API Not Found  No such API.")),
    );
    let json =
        httpref().arg("--table").arg(&api).args(["--json", "APIG.0101"]).assert().success().get_output().stdout.clone();
    let rows: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(rows[0]["status"], "404");
}

/// Files found on their own that are FIFOs, devices, links: Unix's.
#[cfg(unix)]
mod found_files {
    use super::*;

    /// A config home whose `httpref` folder holds `config.toml` made by `make`,
    /// and a project directory; `httpref` run there, within a bound, so a hang fails.
    fn found_files(make: impl FnOnce(&Path)) -> (tempfile::TempDir, tempfile::TempDir) {
        let config = tempfile::tempdir().unwrap();
        let folder = config.path().join("httpref");
        std::fs::create_dir(&folder).unwrap();
        make(&folder.join("config.toml"));
        (config, tempfile::tempdir().unwrap())
    }

    fn run_in(config: &Path, project: &Path) -> assert_cmd::Command {
        let mut cmd = httpref();
        cmd.env("XDG_CONFIG_HOME", config).current_dir(project).timeout(std::time::Duration::from_secs(20));
        cmd
    }

    fn mkfifo(path: &Path) {
        let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
    }

    #[test]
    fn a_config_that_is_a_fifo_never_hangs_a_lookup() {
        let (config, project) = found_files(mkfifo);
        run_in(config.path(), project.path())
            .arg("404")
            .assert()
            .success()
            .stdout(predicate::str::starts_with("404 Not Found"))
            .stderr(predicate::str::contains("config.toml: is a FIFO, not a regular file"));
    }

    #[test]
    fn a_config_that_is_a_device_or_huge_is_not_read() {
        let (config, project) = found_files(|path| std::os::unix::fs::symlink("/dev/zero", path).unwrap());
        run_in(config.path(), project.path())
            .arg("404")
            .assert()
            .success()
            .stderr(predicate::str::contains("config.toml: is a device, not a regular file"));
        let (config, project) = found_files(|path| std::fs::write(path, "#".repeat(100 * 1024)).unwrap());
        run_in(config.path(), project.path())
            .arg("404")
            .assert()
            .success()
            .stderr(predicate::str::contains("config.toml: larger than 64 KiB (100 KiB)"));
    }

    #[test]
    fn a_project_file_that_is_no_file_is_reported_not_skipped() {
        let loop_of_links = |path: &Path| {
            let other = path.with_file_name("other");
            std::os::unix::fs::symlink(&other, path).unwrap();
            std::os::unix::fs::symlink(path, &other).unwrap();
        };
        type Make<'a> = &'a dyn Fn(&Path);
        let cases: [(&str, Make); 3] = [
            ("is a directory, not a regular file", &|path| std::fs::create_dir(path).unwrap()),
            ("is a FIFO, not a regular file", &|path| mkfifo(path)),
            ("too many levels of symbolic links", &loop_of_links),
        ];
        for (said, make) in cases {
            let (config, project) = found_files(|_| {});
            let nested = project.path().join("src");
            std::fs::create_dir(&nested).unwrap();
            make(&project.path().join(".httpref.toml"));
            run_in(config.path(), &nested)
                .arg("catalogues")
                .assert()
                .success()
                .stdout(predicate::str::contains("project").and(predicate::str::contains(said)));
            run_in(config.path(), &nested).arg("404").assert().success();
            run_in(config.path(), &nested).arg("zzz999").assert().code(1).stderr(predicate::str::contains(said));
        }
    }

    #[test]
    fn a_project_file_swapped_for_a_fifo_after_discovery_never_hangs() {
        let project = tempfile::tempdir().unwrap();
        let file = project.path().join(".httpref.toml");
        std::fs::write(&file, API).unwrap();
        let places = Places { config_dir: None, current_dir: Some(project.path().to_path_buf()) };
        let catalogues = Catalogues::discover(&[], &places);
        // Between discovery and loading, the file becomes a FIFO nobody writes to.
        std::fs::remove_file(&file).unwrap();
        mkfifo(&file);
        let (sender, loaded) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = catalogues.find("project").unwrap().table().map(|_| ()).map_err(|err| err.to_string());
            let _ = sender.send(result);
        });
        let result = loaded.recv_timeout(std::time::Duration::from_secs(10)).expect("loading never blocks");
        let err = result.unwrap_err();
        assert!(err.ends_with(".httpref.toml: is a FIFO, not a regular file"), "{err}");
    }

    #[test]
    fn a_config_folder_that_cannot_be_read_is_reported() {
        let config = tempfile::tempdir().unwrap();
        std::fs::write(config.path().join("httpref"), "not a folder").unwrap();
        let project = tempfile::tempdir().unwrap();
        run_in(config.path(), project.path()).arg("catalogues").assert().success().stdout(
            predicate::str::contains("Problems:\n  ")
                .and(predicate::str::contains(": cannot read the config folder: not a directory")),
        );
        run_in(config.path(), project.path())
            .arg("404")
            .assert()
            .success()
            .stderr(predicate::str::contains("httpref: cannot read the config folder: not a directory"));
    }
}
