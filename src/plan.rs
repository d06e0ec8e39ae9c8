//! Decide once, then run: the command line and the environment become one
//! [`Plan`], so every rule about terminals, colour and options that cannot
//! go together is plain Rust, tested without running the binary.

use crate::cli::{Cli, ColorWhen, Command, PickField};

/// What the environment says, read once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    pub stdout_is_terminal: bool,
    /// `TERM`, when set and not empty.
    pub term: Option<String>,
    /// `NO_COLOR` set to anything.
    pub no_color: bool,
}

impl Env {
    pub fn read() -> Env {
        use std::io::IsTerminal;
        Env {
            stdout_is_terminal: std::io::stdout().is_terminal(),
            term: std::env::var("TERM").ok().filter(|term| !term.is_empty()),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        }
    }

    /// Why this terminal cannot show the browser (or colour), if it cannot.
    pub fn no_browser_reason(&self) -> Option<&'static str> {
        match self.term.as_deref() {
            None => Some("TERM is not set"),
            Some("dumb") => Some("TERM=dumb"),
            Some(_) => None,
        }
    }

    /// Colour as `when` says; for `auto`, only on a terminal that can show it, and never with `NO_COLOR`.
    pub fn color(&self, when: ColorWhen) -> bool {
        match when {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => self.stdout_is_terminal && self.no_browser_reason().is_none() && !self.no_color,
        }
    }
}

/// What a run does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan<'a> {
    /// `httpref import FILE`.
    Import,
    /// `--completions SHELL`.
    Completions(clap_complete::Shell),
    /// A usage error found before anything is read.
    Unusable(String),
    /// `httpref catalogues`.
    Catalogues,
    /// A code, mask or keywords: answered once.
    Lookup { json: bool, copy: bool, color: bool },
    /// `--json` with no query: every row.
    Json,
    /// `--list`, or stdout not a terminal: the whole table; `why` when the browser was wanted.
    Print { color: bool, why: Option<&'static str> },
    /// The interactive browser.
    Browse { query: &'a str, color: bool, pick: Option<PickField> },
}

/// The plan for `cli` in `env`.
pub fn plan<'a>(cli: &'a Cli, env: &Env) -> Plan<'a> {
    if let Some(Command::Import(_)) = &cli.command {
        return Plan::Import;
    }
    if let Some(shell) = cli.completions {
        return Plan::Completions(shell);
    }
    if let Some(why) = browser_option_unusable(cli, env) {
        return Plan::Unusable(why);
    }
    if let Some(Command::Catalogues(_)) = &cli.command {
        return Plan::Catalogues;
    }
    let color = env.color(cli.color);
    if !cli.query.is_empty() {
        Plan::Lookup { json: cli.json, copy: cli.copy, color }
    } else if cli.json {
        Plan::Json
    } else if cli.list || (!env.stdout_is_terminal && cli.pick.is_none()) {
        Plan::Print { color, why: None }
    } else if let Some(why) = env.no_browser_reason() {
        Plan::Print { color, why: Some(why) }
    } else {
        // Pick mode draws on the terminal even when stdout is captured.
        let color = color || (cli.pick.is_some() && !env.no_color && cli.color == ColorWhen::Auto);
        Plan::Browse { query: cli.search.as_deref().unwrap_or_default(), color, pick: cli.pick }
    }
}

/// `--query` and `--pick` only open the browser: why they cannot here, if
/// they cannot (a usage error rather than an option silently ignored).
fn browser_option_unusable(cli: &Cli, env: &Env) -> Option<String> {
    let option = match (&cli.pick, &cli.search) {
        (Some(_), _) => "--pick",
        (None, Some(_)) => "--query",
        (None, None) => return None,
    };
    // --pick draws on the terminal itself and prints the choice on stdout, wherever that goes.
    let stdout_needed = cli.pick.is_none() && !env.stdout_is_terminal;
    let why = if stdout_needed { Some("stdout is not a terminal") } else { env.no_browser_reason() }?;
    Some(format!("{option} opens the browser, but {why}"))
}

#[cfg(test)]
mod tests;
