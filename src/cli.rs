//! Command-line definition. The contract here is fixed: options are only
//! ever added. Options that cannot apply together conflict here, so that
//! clap rejects them (exit status 2) rather than one being ignored. The
//! clipboard holder's internal flag is not part of it: `main` takes it before
//! parsing, so neither `--help` nor a completion script can show it.

use crate::import::ColumnSpec;
use clap::{Args, CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  httpref                  browse the Normal and Abnormal tables
  httpref 404              one code, with everything known about it
  httpref 40               every code starting with 40
  httpref 4xx              every code of a class (or mask: 50x, xx4)
  httpref gateway timeout  search code, reason and description
  httpref --list --json    the whole table as JSON
  httpref -c http 418      another catalogue: http, unofficial, all, yours
  httpref import page.html > mycodes.toml
                           your API's status-code page as a table for --table

Exit status: 0 found, 1 nothing matched, 2 usage error or bad table,
3 found but could not copy (--copy).";

#[derive(Debug, Parser)]
#[command(name = "httpref", version, about = "A terminal reference for HTTP status codes", after_help = AFTER_HELP)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// A code (404), the start of one (40), a class or mask (4xx, 50x), or keywords (gateway timeout)
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Print the whole table, Normal then Abnormal
    #[arg(long, conflicts_with = "query")]
    pub list: bool,

    /// Print machine-readable JSON: an array of objects
    #[arg(long)]
    pub json: bool,

    /// Read FILE (TOML, see README) instead of the embedded table; repeatable, each a catalogue
    #[arg(long, value_name = "FILE")]
    pub table: Vec<PathBuf>,

    /// Show catalogue NAME (repeatable; `all` for every one; see `httpref catalogues`)
    #[arg(short = 'c', long = "catalogue", value_name = "NAME")]
    pub catalogue: Vec<String>,

    /// Open the browser with TEXT already searched
    #[arg(short = 'q', long = "query", value_name = "TEXT", conflicts_with_all = ["query", "list", "json"])]
    pub search: Option<String>,

    /// Choose a code in the browser, then print its FIELD and exit (code, description, line, constant)
    #[arg(
        long,
        value_name = "FIELD",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "code",
        conflicts_with_all = ["query", "list", "json", "copy"]
    )]
    pub pick: Option<PickField>,

    /// Copy the description of the code found (the best match) to the clipboard
    #[arg(long, requires = "query")]
    pub copy: bool,

    /// When to colour the output: auto (a terminal, unless NO_COLOR is set), always or never
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Print a shell completion script
    #[arg(long, value_name = "SHELL", conflicts_with_all = ["query", "list", "json", "table", "catalogue", "copy", "search", "pick"])]
    pub completions: Option<clap_complete::Shell>,
}

/// `--color`: clap's convention, as ls, grep and ripgrep have it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

/// What `--pick` prints of the chosen code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PickField {
    Code,
    Description,
    /// "404 Not Found: The server could not find the requested page."
    Line,
    /// The first language constant the table has for it (Rust, Go, Python).
    Constant,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the catalogues: name, rows, where from, or why one cannot load
    Catalogues(CataloguesArgs),
    /// Turn the status-code tables of an HTML page or Markdown document (a file or a URL) into a table for --table
    Import(Box<ImportArgs>),
}

#[derive(Debug, Args)]
pub struct CataloguesArgs {
    /// Also list FILE (TOML), as `httpref --table FILE` would show it; repeatable
    #[arg(long, value_name = "FILE")]
    pub table: Vec<PathBuf>,

    /// Print only the names, one a line, `all` last (for shell completion)
    #[arg(long)]
    pub names: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The page (HTML or Markdown): a file, an http(s) URL, or - for standard input
    #[arg(value_name = "FILE|URL")]
    pub file: PathBuf,

    /// Give up on a URL that has not answered in full within SECS seconds
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,

    /// Treat tables under this label as Normal (repeatable)
    #[arg(long = "normal", value_name = "LABEL")]
    pub normal_labels: Vec<String>,

    /// Treat tables under this label as Abnormal (repeatable)
    #[arg(long = "abnormal", value_name = "LABEL")]
    pub abnormal_labels: Vec<String>,

    /// Read these columns, by header text or position from 1:
    /// code=…,status=…,reason=…,description=…,notes=… (notes repeatable)
    #[arg(long, value_name = "ROLE=COLUMN,...")]
    pub columns: Option<ColumnSpec>,

    /// Import only these tables, numbered from 1 in page order (see -v)
    #[arg(long, value_name = "N,M", value_delimiter = ',', value_parser = clap::value_parser!(u32).range(1..))]
    pub tables: Option<Vec<u32>>,

    /// Also list each table and row skipped, and why
    #[arg(short, long)]
    pub verbose: bool,
}

impl From<PickField> for crate::tui::action::Pick {
    fn from(field: PickField) -> Self {
        match field {
            PickField::Code => Self::Code,
            PickField::Description => Self::Description,
            PickField::Line => Self::Line,
            PickField::Constant => Self::Constant,
        }
    }
}

impl ImportArgs {
    /// What the options say of the page.
    pub fn options(&self) -> crate::import::Options {
        crate::import::Options {
            normal_labels: self.normal_labels.clone(),
            abnormal_labels: self.abnormal_labels.clone(),
            columns: self.columns.clone().unwrap_or_default(),
            tables: self.tables.as_ref().map(|t| t.iter().map(|&n| n as usize).collect()),
        }
    }
}

/// The subcommands, as they may be typed after options.
const SUBCOMMANDS: [&str; 2] = ["catalogues", "import"];
/// Options that take the next argument as their value.
const TAKES_VALUE: [&str; 7] = ["--table", "-c", "--catalogue", "-q", "--query", "--color", "--completions"];

/// Where a completion script completes `-c NAME`: the names `httpref
/// catalogues --names` prints when the user presses Tab, so that the user's
/// own catalogues are offered too. clap_complete offers file names there.
fn complete_catalogue_names(shell: clap_complete::Shell, script: String) -> String {
    const NAMES: &str = "httpref catalogues --names 2>/dev/null";
    match shell {
        clap_complete::Shell::Bash => {
            let files = "COMPREPLY=($(compgen -f \"${cur}\"))";
            let names = format!("COMPREPLY=($(compgen -W \"$({NAMES})\" -- \"${{cur}}\"))");
            ["--catalogue)", "-c)"].iter().fold(script, |script, case| {
                let (from, to) =
                    (format!("{case}\n                    {files}"), format!("{case}\n                    {names}"));
                script.replacen(&from, &to, 1)
            })
        }
        clap_complete::Shell::Zsh => {
            let function = format!(
                "\n_httpref_catalogues() {{\n    local -a names\n    names=(${{(f)\"$({NAMES})\"}})\n    \
                 _describe -t catalogues 'catalogue' names\n}}\n"
            );
            let catalogue_option = |line: &str| line.starts_with("'*-c+[") || line.starts_with("'*--catalogue=[");
            let script: String = script
                .lines()
                .map(|line| match catalogue_option(line) {
                    true => line.replace(":NAME:_default'", ":NAME:_httpref_catalogues'"),
                    false => line.to_string(),
                })
                .map(|line| line + "\n")
                .collect();
            // Defined before the script's last line, which runs the completion.
            match script.rfind("\nif [ \"$funcstack[1]\" = \"_httpref\" ]") {
                Some(at) => format!("{}{function}{}", &script[..at], &script[at..]),
                None => script + &function,
            }
        }
        clap_complete::Shell::Fish => {
            script
                .lines()
                .map(|line| match line.contains("-s c -l catalogue") && line.ends_with(" -r") {
                    true => format!("{line} -f -a \"({NAMES})\""),
                    false => line.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        }
        _ => script,
    }
}

impl Cli {
    /// The command line as written: a subcommand's name after options is
    /// that subcommand (`httpref --table f.toml catalogues`), never a query,
    /// and the options before it must be its own, or clap says they are not.
    pub fn parse_args(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
        let cli = Cli::try_parse_from(&args)?;
        let Some(first) =
            cli.query.first().filter(|word| cli.command.is_none() && SUBCOMMANDS.contains(&word.as_str()))
        else {
            return Ok(cli);
        };
        let mut value_next = false;
        let position = args.iter().skip(1).position(|arg| {
            let is_it = !value_next && arg.to_str() == Some(first.as_str());
            value_next = arg.to_str().is_some_and(|arg| TAKES_VALUE.contains(&arg));
            is_it
        });
        let Some(position) = position else { return Ok(cli) };
        let mut args = args;
        let name = args.remove(position + 1);
        args.insert(1, name);
        Cli::try_parse_from(args)
    }

    /// Every `--table` given, before the subcommand or after `catalogues`.
    pub fn tables(&self) -> Vec<PathBuf> {
        let mut tables = self.table.clone();
        if let Some(Command::Catalogues(args)) = &self.command {
            tables.extend(args.table.iter().cloned());
        }
        tables
    }

    /// The script is made whole before it is written: clap_complete panics when its own writes fail.
    pub fn print_completions(shell: clap_complete::Shell, out: &mut impl std::io::Write) -> std::io::Result<()> {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "httpref", &mut script);
        out.write_all(complete_catalogue_names(shell, String::from_utf8_lossy(&script).into_owned()).as_bytes())
    }
}

#[cfg(test)]
mod tests;
