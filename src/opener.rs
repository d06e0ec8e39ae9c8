//! Opening a link in the user's web browser: `$BROWSER`, else the system's
//! opener (`xdg-open`, `open`, `start`). Over SSH, or with no display on
//! Linux, the browser would open on the wrong machine or nowhere: the link is
//! copied instead. Which way is a pure function of the platform and the
//! environment; starting the program is the event loop's.

use crate::platform::Os;
use std::process::{Command, Stdio};

/// How to open a link here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Run this program with these arguments (the link among them).
    Run { program: String, args: Vec<String> },
    /// No browser can be reached from here: copy the link, saying why.
    Copy(&'static str),
}

pub fn route(os: Os, url: &str, var: impl Fn(&str) -> Option<String>) -> Route {
    if crate::platform::over_ssh(&var) {
        return Route::Copy("over SSH a browser would open on the far machine");
    }
    // $BROWSER: a list of commands, the first one used; `%s` stands for the link.
    if let Some(browser) = var("BROWSER").and_then(|list| list.split(':').next().map(str::to_string)) {
        let mut words = browser.split_whitespace().map(str::to_string);
        if let Some(program) = words.next() {
            let mut args: Vec<String> = words.map(|word| word.replace("%s", url)).collect();
            if !browser.contains("%s") {
                args.push(url.to_string());
            }
            return Route::Run { program, args };
        }
    }
    match os {
        Os::Unix if var("DISPLAY").is_none() && var("WAYLAND_DISPLAY").is_none() => {
            Route::Copy("there is no display to open a browser on")
        }
        Os::Unix => Route::Run { program: "xdg-open".into(), args: vec![url.into()] },
        Os::MacOs => Route::Run { program: "open".into(), args: vec![url.into()] },
        // `start`'s first quoted argument is a window title.
        Os::Windows => {
            Route::Run { program: "cmd".into(), args: vec!["/C".into(), "start".into(), String::new(), url.into()] }
        }
    }
}

/// Starts the program a route names, detached from the terminal (its output
/// would garble the screen), and reaps it when it ends.
pub fn run(program: &str, args: &[String]) -> Result<(), String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("cannot run {program}: {}", crate::source::io_reason(&err)))?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(set: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| set.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_users_browser_the_systems_opener_or_a_copy() {
        let url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10";
        let run = |program: &str, args: &[&str]| Route::Run {
            program: program.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
        };
        assert_eq!(route(Os::Unix, url, vars(&[("BROWSER", "firefox:chromium")])), run("firefox", &[url]));
        assert_eq!(route(Os::Unix, url, vars(&[("BROWSER", "w3m -o x %s")])), run("w3m", &["-o", "x", url]));
        assert_eq!(route(Os::Unix, url, vars(&[("DISPLAY", ":0")])), run("xdg-open", &[url]));
        assert_eq!(route(Os::MacOs, url, vars(&[])), run("open", &[url]));
        assert_eq!(route(Os::Windows, url, vars(&[])), run("cmd", &["/C", "start", "", url]));
        assert!(matches!(route(Os::Unix, url, vars(&[])), Route::Copy(_)));
        let over_ssh = vars(&[("SSH_CONNECTION", "1 2 3 4"), ("DISPLAY", ":0"), ("BROWSER", "firefox")]);
        assert!(matches!(route(Os::MacOs, url, over_ssh), Route::Copy(why) if why.contains("SSH")));
    }
}
