//! The README's one-shot examples, run: every `$ httpref …` line in a
//! fenced block, with the lines after it (up to the next `$` line, a blank
//! line before it, or a `…` line) as what it must print, stderr first.

use crate::common;

use std::path::Path;

struct Example {
    line: usize,
    args: Vec<String>,
    /// `> file`: stdout goes there, so only stderr is shown.
    redirected: bool,
    expected: Vec<String>,
    /// The output goes on past what the README shows.
    elided: bool,
    /// Its block or its output has ended.
    done: bool,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut in_block = false;
    for (index, line) in readme.lines().enumerate() {
        if line.starts_with("```") {
            in_block = !in_block;
            if let Some(example) = examples.last_mut() {
                example.done = true;
            }
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ httpref") {
            let mut args: Vec<String> = command.split_whitespace().map(String::from).collect();
            let redirected = args.iter().position(|arg| arg == ">").map(|at| args.truncate(at)).is_some();
            examples.push(Example {
                line: index + 1,
                args,
                redirected,
                expected: Vec::new(),
                elided: false,
                done: false,
            });
        } else if let Some(example) = examples.last_mut().filter(|e| !e.done) {
            if line == "…" {
                (example.elided, example.done) = (true, true);
            } else if line.starts_with('$') {
                example.done = true;
            } else {
                example.expected.push(line.to_string());
            }
        }
    }
    for example in &mut examples {
        while example.expected.last().is_some_and(|line| line.is_empty()) {
            example.expected.pop();
        }
    }
    examples
}

#[test]
fn the_readmes_examples_print_what_it_says() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 8, "{} examples found", examples.len());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wrong = Vec::new();
    // A table of the reader's own (`--table api.toml`) is not in the repository: not run.
    let runnable = |e: &&Example| e.args.iter().all(|arg| !arg.ends_with(".toml") || root.join(arg).exists());
    for example in examples.iter().filter(runnable) {
        let out = common::httpref().env("NO_COLOR", "1").current_dir(root).args(&example.args).output().unwrap();
        let stdout = if example.redirected { Default::default() } else { String::from_utf8_lossy(&out.stdout) };
        let printed = format!("{}{stdout}", String::from_utf8_lossy(&out.stderr));
        let mut lines: Vec<&str> = printed.lines().collect();
        if example.elided {
            lines.truncate(example.expected.len());
        }
        while lines.last().is_some_and(|line| line.is_empty()) {
            lines.pop();
        }
        if lines != example.expected {
            wrong.push(format!(
                "README.md:{} httpref {}\n--- the README says\n{}\n--- it prints\n{}",
                example.line,
                example.args.join(" "),
                example.expected.join("\n"),
                lines.join("\n")
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

/// The README's screens, each after a `<!-- screen WIDTHxHEIGHT KEYS -->` line:
/// drawn by the browser itself (monochrome, as a page shows them), so they
/// never go stale. `UPDATE_README=1` redraws them.
#[test]
fn the_readmes_screens_are_the_programs() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    let mut lines = readme.lines().peekable();
    let mut screens = 0;
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let Some(spec) = line.strip_prefix("<!-- screen ").and_then(|rest| rest.strip_suffix(" -->")) else { continue };
        let (size, keys) = spec.split_once(' ').unwrap_or((spec, ""));
        let (width, height) = size.split_once('x').unwrap();
        let mut app = crate::common::screen::app(width.parse().unwrap(), height.parse().unwrap());
        crate::common::screen::press(&mut app, keys);
        let drawn = crate::common::screen::plain_screen(&app);
        assert_eq!(lines.next(), Some("```"), "a fenced block follows the screen marker");
        let kept: Vec<&str> = lines.by_ref().take_while(|line| *line != "```").collect();
        if std::env::var_os("UPDATE_README").is_none() {
            assert_eq!(
                kept.join("\n"),
                drawn,
                "README.md's {size} screen ({keys:?}) is stale: UPDATE_README=1 cargo test --test it readme"
            );
        }
        out.push_str(&format!("```\n{drawn}\n```\n"));
        screens += 1;
    }
    assert!(screens >= 3, "{screens} screens");
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(&path, out).unwrap();
    }
}
