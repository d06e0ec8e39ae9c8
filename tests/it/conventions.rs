//! What users expect of a command-line tool: a man page that matches the
//! options, completions that know the catalogues, one-shot wording.

use crate::common;

use clap::CommandFactory;
use common::httpref;
use httpref::cli::Cli;
use predicates::prelude::*;
use std::path::Path;

const MAN_PAGE: &str = "assets/httpref.1";

/// The man page as clap_mangen writes it from the command-line definition.
fn man_page() -> Vec<u8> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page).unwrap();
    page
}

#[test]
fn the_man_page_is_made_from_the_cli_and_kept_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(MAN_PAGE);
    let page = man_page();
    if std::env::var_os("UPDATE_MAN").is_some() {
        std::fs::write(&path, &page).unwrap();
    }
    let kept = std::fs::read(&path).unwrap_or_default();
    assert!(kept == page, "{MAN_PAGE} is out of date: run `UPDATE_MAN=1 cargo test --test it man_page`");
    let text = String::from_utf8(page).unwrap();
    for option in ["\\-\\-catalogue", "\\-\\-pick", "\\-\\-color", "catalogues", "import"] {
        assert!(text.contains(option), "{option} in the man page");
    }
}

#[cfg(unix)]
#[test]
fn bash_completion_offers_catalogue_names_for_c() {
    if !common::require(&["bash"]) {
        return;
    }
    let config = tempfile::tempdir().unwrap();
    let folder = config.path().join("httpref");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("billing.toml"), "[[abnormal]]\ncode = \"B1\"\nreason = \"r\"\ndescription = \"d\"\n")
        .unwrap();
    let script = httpref().args(["--completions", "bash"]).output().unwrap().stdout;
    let script_path = config.path().join("httpref.bash");
    std::fs::write(&script_path, script).unwrap();
    let binary = assert_cmd::cargo::cargo_bin("httpref");
    let path = format!("{}:{}", binary.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let complete = |words: &str| {
        let program = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; \
             _httpref httpref \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; echo \"${{COMPREPLY[*]}}\"",
            script_path.display()
        );
        let out = std::process::Command::new("bash")
            .args(["-c", &program])
            .env("PATH", &path)
            .env("XDG_CONFIG_HOME", config.path())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert_eq!(complete("httpref -c ''"), "default http unofficial billing all");
    assert_eq!(complete("httpref --catalogue u"), "unofficial");
    assert_eq!(complete("httpref -c b"), "billing");
}

#[test]
fn zsh_and_fish_completions_ask_httpref_for_the_names() {
    for shell in ["zsh", "fish"] {
        httpref()
            .args(["--completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("httpref catalogues --names"));
    }
    httpref().args(["catalogues", "--names"]).assert().success().stdout("default\nhttp\nunofficial\nall\n");
}

#[test]
fn one_match_gets_the_detail_and_the_group_reads_plainly() {
    httpref().arg("forbidden").assert().success().stdout(predicate::str::starts_with(
        "403 Forbidden — abnormal\nYou are forbidden to access the requested page.\n",
    ));
    httpref()
        .args(["-c", "http", "418"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("418 (Unused) — abnormal\n"));
}

#[test]
fn links_in_json_and_as_hyperlinks_on_a_coloured_terminal() {
    let json = httpref().args(["--json", "-c", "http", "429"]).output().unwrap().stdout;
    let rows: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(rows[0]["url"], "https://www.rfc-editor.org/rfc/rfc6585#section-4");
    httpref()
        .arg("409")
        .assert()
        .stdout(predicate::str::contains("Link    https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10\n"));
    httpref().args(["--color=always", "409"]).assert().stdout(predicate::str::contains(
        "\x1b]8;;https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10\x1b\\https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10\x1b]8;;\x1b\\",
    ));
}

#[cfg(unix)]
#[test]
fn one_shot_text_wraps_at_word_boundaries_in_a_real_terminal() {
    use common::tmux::{self, Tmux};
    if !tmux::available() {
        return;
    }
    let tmux = Tmux::start("wrap60", 60, 40, &tmux::wrapped("409"), "");
    let screen = tmux.wait_for("EXIT=0");
    let notes = httpref::table::Table::embedded();
    let notes = notes.entry(notes.find_code("409").unwrap()).notes.unwrap().to_string();
    let shown: Vec<&str> = screen.lines().collect();
    assert!(shown.iter().all(|line| line.chars().count() <= 60), "{screen}");
    // The terminal never had to break a word: each of the notes' words is whole on one line.
    for word in notes.split(' ') {
        assert!(shown.iter().any(|line| line.split(' ').any(|w| w == word)), "{word} broken:\n{screen}");
    }
    tmux.kill();
}
