//! Catalogues: named tables, and where they come from: built in (the
//! reference page's table, the HTTP registry, unofficial codes), `--table`
//! files, the config folder and a project's `.httpref.toml`. Each is read
//! only when it is needed, so the default start stays as fast as one table.

mod config;
mod defaults;

use crate::source::{Access, SourceError};
use crate::table::{Table, TableError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

pub use config::Config;

/// The reference page's table: the default view.
pub const DEFAULT: &str = "default";
/// Every catalogue at once, as `-c all`.
pub const ALL: &str = "all";

const BUILT_IN: &[(&str, &str, &str)] = &[
    (DEFAULT, crate::table::EMBEDDED_NAME, crate::table::EMBEDDED_SOURCE),
    ("http", "http", include_str!("../../assets/catalogues/http.toml")),
    ("unofficial", "unofficial", include_str!("../../assets/catalogues/unofficial.toml")),
];

/// Where a catalogue comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// Given with `--table`.
    Option(PathBuf),
    /// A `*.toml` in the config folder.
    Config(PathBuf),
    /// The project's `.httpref.toml`, in the current directory or a parent.
    Project(PathBuf),
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::BuiltIn => "built in".to_string(),
            Origin::Option(path) => format!("--table {}", path.display()),
            Origin::Config(path) => path.display().to_string(),
            Origin::Project(path) => format!("{} (this project)", path.display()),
        }
    }

    /// What its file may be: the user's own `--table` may be a pipe or a
    /// device; a file found on its own must be a regular file.
    fn access(&self) -> Access {
        match self {
            Origin::Option(_) => Access::Named,
            _ => Access::Found { limit: crate::source::MAX_FILE_BYTES },
        }
    }

    fn path(&self) -> Option<&Path> {
        match self {
            Origin::BuiltIn => None,
            Origin::Option(path) | Origin::Config(path) | Origin::Project(path) => Some(path),
        }
    }
}

pub struct Catalogue {
    pub name: String,
    pub origin: Origin,
    built_in: Option<(&'static str, &'static str)>,
    loaded: OnceLock<Result<Arc<Table>, TableError>>,
}

impl Catalogue {
    fn new(name: String, origin: Origin) -> Catalogue {
        Catalogue { name, origin, built_in: None, loaded: OnceLock::new() }
    }

    /// The table, read and checked on first use.
    pub fn table(&self) -> Result<&Arc<Table>, &TableError> {
        self.loaded
            .get_or_init(|| {
                let table = match (self.built_in, self.origin.path()) {
                    (Some((file, text)), _) => Table::from_toml(file, text).map(Table::built_in),
                    (None, Some(path)) => Table::load(path, self.origin.access()),
                    (None, None) => unreachable!("a catalogue is built in or has a file"),
                };
                table.map(Arc::new)
            })
            .as_ref()
    }
}

/// Every catalogue known, and which are shown unless the user picks.
pub struct Catalogues {
    list: Vec<Catalogue>,
    defaults: Vec<String>,
    /// The defaults as `config.toml` names them, when it does: a broken one is reported at its line.
    configured: Vec<config::Named>,
    /// The defaults were not named on the command line (`--table`): those that cannot load are skipped.
    defaults_implicit: bool,
    /// Problems found while looking (an unreadable config), for `httpref catalogues` and stderr.
    pub problems: Vec<SourceError>,
}

/// Why the catalogues asked for cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceError {
    /// No catalogue has this name.
    Unknown { name: String, known: Vec<String> },
    /// One asked for by name cannot load.
    Unloadable(TableError),
}

/// The names quote the user and the config folder: shown cleaned.
impl std::fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChoiceError::Unknown { name, known } => {
                let name = format!("{name:?}");
                let known = crate::sanitize::clean(&known.join(", ")).into_owned();
                write!(f, "no catalogue named {} (known: {known})", crate::sanitize::clean(&name))
            }
            ChoiceError::Unloadable(err) => err.fmt(f),
        }
    }
}

/// Where to look, from the environment (tests give their own).
pub struct Places {
    pub config_dir: Option<PathBuf>,
    pub current_dir: Option<PathBuf>,
}

impl Places {
    pub fn from_env() -> Places {
        let config_home =
            std::env::var_os("XDG_CONFIG_HOME").filter(|dir| !dir.is_empty()).map(PathBuf::from).or_else(|| {
                std::env::var_os("HOME").filter(|home| !home.is_empty()).map(|home| Path::new(&home).join(".config"))
            });
        Places { config_dir: config_home.map(|dir| dir.join("httpref")), current_dir: std::env::current_dir().ok() }
    }
}

impl Catalogues {
    pub fn discover(tables: &[PathBuf], places: &Places) -> Catalogues {
        let mut found = Catalogues {
            list: Vec::new(),
            defaults: Vec::new(),
            configured: Vec::new(),
            defaults_implicit: tables.is_empty(),
            problems: Vec::new(),
        };
        let mut taken = Names::default();
        for &(name, file, text) in BUILT_IN {
            let mut catalogue = Catalogue::new(taken.claim(name.to_string()), Origin::BuiltIn);
            catalogue.built_in = Some((file, text));
            found.list.push(catalogue);
        }
        let mut config = Config::default();
        if let Some(dir) = &places.config_dir {
            config = Config::read(dir).unwrap_or_else(|problem| {
                found.problems.push(problem);
                Config::default()
            });
            match config::table_files(dir) {
                Ok(files) => {
                    for path in files {
                        let name = stem(&path);
                        if name.eq_ignore_ascii_case(ALL) {
                            let why = "is not loaded: `all` means every catalogue at once; rename the file";
                            found.problems.push(SourceError::whole_file(path.display().to_string(), why));
                            continue;
                        }
                        found.add(&mut taken, name, Origin::Config(path));
                    }
                }
                Err(problem) => found.problems.push(problem),
            }
        }
        let project = places
            .current_dir
            .as_deref()
            .and_then(project_file)
            .map(|path| found.add(&mut taken, "project".to_string(), Origin::Project(path)));
        let mut given = Vec::new();
        for path in tables {
            given.push(found.add(&mut taken, stem(path), Origin::Option(path.clone())));
        }
        let configured = found.known_defaults(config.default);
        found.defaults = if !given.is_empty() {
            given
        } else if !configured.is_empty() {
            found.configured = configured;
            found.configured.iter().map(|named| named.name.clone()).collect()
        } else {
            // Inside a project, its own codes are the ones looked up.
            std::iter::once(DEFAULT.to_string()).chain(project).collect()
        };
        found
    }

    /// Adds a catalogue under `name`, or `name-2`… when it is taken; returns the name given.
    fn add(&mut self, taken: &mut Names, name: String, origin: Origin) -> String {
        let unique = taken.claim(name);
        self.list.push(Catalogue::new(unique.clone(), origin));
        unique
    }

    pub fn all(&self) -> &[Catalogue] {
        &self.list
    }

    pub fn find(&self, name: &str) -> Option<&Catalogue> {
        self.list.iter().find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The catalogues named (or the defaults when none are), in the order
    /// they are known; `all` is every one. An unknown name is an error.
    pub fn choose(&self, names: &[String]) -> Result<Vec<&Catalogue>, ChoiceError> {
        let names = if names.is_empty() { &self.defaults } else { names };
        if names.iter().any(|name| name.eq_ignore_ascii_case(ALL)) {
            return Ok(self.list.iter().collect());
        }
        for name in names {
            if self.find(name).is_none() {
                let known = self.list.iter().map(|c| c.name.clone()).collect();
                return Err(ChoiceError::Unknown { name: name.clone(), known });
            }
        }
        Ok(self.list.iter().filter(|c| names.iter().any(|name| c.name.eq_ignore_ascii_case(name))).collect())
    }

    /// As [`Catalogues::choose`], but `all` leaves out the catalogues that
    /// cannot load (none was asked for by name), each with a note saying why.
    pub fn choose_loadable(&self, names: &[String]) -> Result<(Vec<&Catalogue>, Vec<String>), ChoiceError> {
        let chosen = self.choose(names)?;
        if !names.iter().any(|name| name.eq_ignore_ascii_case(ALL)) {
            return Ok((chosen, Vec::new()));
        }
        let (loadable, broken): (Vec<&Catalogue>, Vec<&Catalogue>) =
            chosen.into_iter().partition(|catalogue| catalogue.table().is_ok());
        let notes = broken
            .iter()
            .filter_map(|c| c.table().err().map(|err| format!("catalogue {} skipped: {err}", c.name)))
            .collect();
        Ok((loadable, notes))
    }

    /// Whether `name` was asked for by the user (then a broken one is an error, not a note).
    pub fn is_default_choice(&self, name: &str) -> bool {
        self.defaults.iter().any(|n| n.eq_ignore_ascii_case(name))
    }
}

/// The names given so far, as `-c` compares them (ASCII case ignored), with
/// `all` taken from the start: a name is checked in constant time, so
/// thousands of files in the config folder cost no more than reading their names.
struct Names(std::collections::HashSet<String>);

impl Default for Names {
    fn default() -> Names {
        Names([ALL.to_string()].into_iter().collect())
    }
}

impl Names {
    /// `name`, or `name-2`… when that is taken, now taken.
    fn claim(&mut self, name: String) -> String {
        let mut unique = name.clone();
        let mut n = 1;
        while self.0.contains(&unique.to_ascii_lowercase()) {
            n += 1;
            unique = format!("{name}-{n}");
        }
        self.0.insert(unique.to_ascii_lowercase());
        unique
    }
}

fn stem(path: &Path) -> String {
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = crate::sanitize::clean(&name).trim().to_string();
    if name.is_empty() {
        "table".to_string()
    } else {
        name
    }
}

/// `.httpref.toml` in `dir` or the nearest parent that has one, whatever it
/// is: loading it says if it is no file (a directory, a FIFO, a link loop).
fn project_file(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join(".httpref.toml")).find(|path| path.symlink_metadata().is_ok())
}

#[cfg(test)]
mod tests;

/// The chosen catalogues as one table, each row knowing its catalogue when
/// there are several. A chosen catalogue that cannot load is an error: the
/// user asked for it.
pub fn shown(chosen: &[&Catalogue]) -> Result<Arc<Table>, TableError> {
    if let [only] = chosen {
        return only.table().map(Arc::clone).map_err(Clone::clone);
    }
    let mut parts = Vec::new();
    for catalogue in chosen {
        parts.push((catalogue.name.as_str(), Arc::clone(catalogue.table().map_err(Clone::clone)?)));
    }
    Ok(Arc::new(Table::merged(&parts)))
}

impl Catalogues {
    /// The catalogues not chosen that load, for looking up what the shown
    /// ones lack; those that cannot load are skipped, with why.
    pub fn others<'a>(&'a self, chosen: &[&Catalogue]) -> (Vec<&'a Catalogue>, Vec<String>) {
        let mut usable = Vec::new();
        let mut skipped = Vec::new();
        for catalogue in &self.list {
            if chosen.iter().any(|c| c.name == catalogue.name) {
                continue;
            }
            match catalogue.table() {
                Ok(_) => usable.push(catalogue),
                Err(err) => skipped.push(format!("catalogue {} skipped: {err}", catalogue.name)),
            }
        }
        (usable, skipped)
    }
}

/// The reason the HTTP registry gives a status: "404" → "Not Found".
pub fn http_reason(status: &str) -> Option<&'static str> {
    let table = http_registry()?;
    table.find_code(status).map(|row| table.entry(row).reason)
}

/// Whether `name` is what the registry calls HTTP status `status`, now or once
/// ("Payload Too Large" for 413), case aside.
pub fn is_http_name(status: &str, name: &str) -> bool {
    let Some(table) = http_registry() else { return false };
    let Some(entry) = table.find_code(status).map(|row| table.entry(row)) else { return false };
    let name = name.trim();
    std::iter::once(entry.reason).chain(entry.aliases()).any(|known| known.eq_ignore_ascii_case(name))
}

/// The registry's names of HTTP status `status`, the current one first.
pub fn http_names(status: &str) -> Vec<&'static str> {
    let Some(table) = http_registry() else { return Vec::new() };
    let entry = table.find_code(status).map(|row| table.entry(row));
    entry.map(|entry| std::iter::once(entry.reason).chain(entry.aliases()).collect()).unwrap_or_default()
}

fn http_registry() -> Option<&'static Table> {
    static HTTP: OnceLock<Option<Table>> = OnceLock::new();
    HTTP.get_or_init(|| {
        let (_, file, text) = BUILT_IN.iter().find(|(name, _, _)| *name == "http")?;
        Table::from_toml(file, text).ok()
    })
    .as_ref()
}

/// The names an entry also goes by, as one line, if it has any.
pub fn also_known_as(entry: &crate::table::Entry) -> Option<String> {
    let names: Vec<&str> = entry.aliases().collect();
    (!names.is_empty()).then(|| format!("Also known as: {}", names.join(", ")))
}

/// An entry's reference fields as shown, its status with the registry's
/// reason, and the link to its documentation after its spec.
pub fn extras(entry: &crate::table::Entry) -> Vec<(&'static str, String)> {
    let mut extras: Vec<(&'static str, String)> = entry
        .extras()
        .map(|(label, value)| match (label, http_reason(value)) {
            ("Status", Some(reason)) => (label, format!("{value} {reason}")),
            _ => (label, value.to_string()),
        })
        .collect();
    if let Some(link) = crate::link::of(entry) {
        let after = extras.iter().position(|(label, _)| *label == "Spec").map_or(extras.len(), |at| at + 1);
        extras.insert(after, (LINK, link));
    }
    extras
}

/// The label of an entry's link among its extras.
pub const LINK: &str = "Link";
