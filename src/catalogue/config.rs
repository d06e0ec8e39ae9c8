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

#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Catalogues shown when none are asked for: a name or a list of names.
    #[serde(default, deserialize_with = "one_or_many")]
    pub default: Vec<String>,
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(name) => vec![name],
        OneOrMany::Many(names) => names,
    })
}

impl Config {
    /// The folder's `config.toml`; none is the default config. A broken one
    /// is a problem to report, in words that name the file.
    pub fn read(dir: &Path) -> Result<Config, SourceError> {
        let path = dir.join(CONFIG_FILE);
        let access = crate::source::Access::Found { limit: MAX_CONFIG_BYTES };
        let Some(text) = crate::source::read_if_present(&path, access)? else {
            return Ok(Config::default());
        };
        toml::from_str(&text).map_err(|err| SourceError {
            file: path.display().to_string(),
            position: err.span().map(|span| line_and_column(&text, span.start)),
            message: err.message().to_string(),
        })
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
