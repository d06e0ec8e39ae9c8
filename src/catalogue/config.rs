//! The config folder (`$XDG_CONFIG_HOME/httpref/`, else `~/.config/httpref/`):
//! every `*.toml` but `config.toml` is a catalogue; `config.toml` may say
//! which catalogues are shown by default.

use crate::source::{line_and_column, SourceError};
use serde::Deserialize;
use std::path::{Path, PathBuf};

const CONFIG_FILE: &str = "config.toml";
/// A config file says which catalogues to show: a few bytes. Anything
/// larger is no config (a link to a device or a log), and is not read.
pub const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// What `config.toml` says, each catalogue name with where it stands, so
/// that a name no catalogue has can be reported at its line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Config {
    /// Catalogues shown when none are asked for.
    pub default: Vec<Named>,
}

/// A catalogue name as `config.toml` gives it, and its place there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub at: SourceError,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    default: Option<toml::Spanned<toml::Value>>,
}

const DEFAULT_FIX: &str = "write default = \"http\" or default = [\"default\", \"project\"]";

impl Config {
    /// The folder's `config.toml`; none is the default config. A broken one
    /// is a problem to report, in words that name the file, the line and the fix.
    pub fn read(dir: &Path) -> Result<Config, SourceError> {
        let path = dir.join(CONFIG_FILE);
        let access = crate::source::Access::Found { limit: MAX_CONFIG_BYTES };
        let Some(text) = crate::source::read_if_present(&path, access)? else {
            return Ok(Config::default());
        };
        let at = |offset: usize, message: String| SourceError {
            file: path.display().to_string(),
            position: Some(line_and_column(&text, offset)),
            message,
            undecoded: None,
        };
        let file: File = toml::from_str(&text).map_err(|err| {
            let fix = match err.message().contains("unknown field") {
                true => "; the only setting is `default`, the catalogues shown when none are asked for",
                false => "",
            };
            at(err.span().map_or(0, |span| span.start), format!("{}{fix}", err.message().trim_end()))
        })?;
        let Some(default) = file.default else { return Ok(Config::default()) };
        let start = default.span().start;
        let wrong = || at(start, format!("`default` must be a catalogue name or a list of names; {DEFAULT_FIX}"));
        let names: Vec<String> = match default.get_ref() {
            toml::Value::String(name) => vec![name.clone()],
            toml::Value::Array(items) => {
                items.iter().map(|item| item.as_str().map(str::to_string)).collect::<Option<_>>().ok_or_else(wrong)?
            }
            _ => return Err(wrong()),
        };
        // Each name's place: its quoted text within the setting, else the setting.
        let setting = &text[start..default.span().end];
        let mut from = 0;
        let default = names
            .into_iter()
            .map(|name| {
                let found = [format!("\"{name}\""), format!("'{name}'")]
                    .iter()
                    .filter_map(|quoted| setting[from..].find(quoted.as_str()).map(|i| from + i))
                    .min();
                if let Some(offset) = found {
                    from = offset + 1;
                }
                let offset = start + found.map_or(0, |i| i + 1);
                Named { at: at(offset, String::new()), name }
            })
            .collect();
        Ok(Config { default })
    }
}

impl Named {
    /// A problem with this name, at its place in `config.toml`.
    pub fn problem(&self, message: String) -> SourceError {
        SourceError { message, ..self.at.clone() }
    }
}

/// The folder's table files, by name, so catalogues are listed in a stable
/// order. Whatever an entry is, it is listed: loading it says if it is no
/// file. A folder that is there but cannot be read is a problem to report.
pub fn table_files(dir: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => {
            let reason = match err.kind() {
                std::io::ErrorKind::NotADirectory => "not a directory".to_string(),
                _ => crate::source::io_reason(&err),
            };
            let why = format!("cannot read the config folder: {reason}");
            return Err(SourceError::whole_file(dir.display().to_string(), why));
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter(|path| path.file_name().is_some_and(|name| name != CONFIG_FILE))
        .collect();
    files.sort();
    Ok(files)
}
