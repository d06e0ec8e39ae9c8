//! Which catalogues are shown when none are asked for, and what is said
//! when `config.toml` names one that is unknown or cannot load.

use super::{config, shown, Catalogue, Catalogues, ChoiceError, ALL, DEFAULT};
use crate::source::SourceError;
use crate::table::Table;
use std::sync::Arc;

impl Catalogues {
    /// The names `config.toml` gives that a catalogue has; each other one is
    /// a problem, at its line, with the fix.
    pub(super) fn known_defaults(&mut self, named: Vec<config::Named>) -> Vec<config::Named> {
        let (known, unknown): (Vec<_>, Vec<_>) =
            named.into_iter().partition(|n| n.name.eq_ignore_ascii_case(ALL) || self.find(&n.name).is_some());
        let names: Vec<&str> = self.list.iter().map(|c| c.name.as_str()).collect();
        let names = names.join(", ");
        for named in unknown {
            self.problems.push(named.problem(format!(
                "`default` names {:?}, which no catalogue has; use one of {names} (see `httpref catalogues`)",
                named.name
            )));
        }
        known
    }

    /// The catalogues `config.toml` shows by default that cannot load, each
    /// a problem at its line: they are left out, and the rest shown.
    pub fn default_problems(&self) -> Vec<SourceError> {
        let broken = |named: &&config::Named| self.find(&named.name).is_some_and(|c| c.table().is_err());
        self.configured
            .iter()
            .filter(broken)
            .filter_map(|named| {
                let err = self.find(&named.name)?.table().err()?;
                let why = format!(
                    "`default` names {}, which cannot load ({err}); mend that file or take it out of `default`",
                    named.name
                );
                Some(named.problem(why))
            })
            .collect()
    }

    /// The catalogues `names` (the defaults when none) and their rows as one
    /// table; those `all` leaves out are reported on stderr, each with why.
    pub fn show(&self, names: &[String]) -> Result<(Vec<&Catalogue>, Arc<Table>), ChoiceError> {
        // Defaults nobody named on the command line (config.toml's, the project's)
        // that cannot load are left out, each reported, and the rest shown.
        if names.is_empty() && self.defaults_implicit {
            let loads = |name: &String| self.find(name).is_none_or(|c| c.table().is_ok());
            if !self.defaults.iter().all(loads) {
                let problems = self.default_problems();
                problems.iter().for_each(crate::report::report);
                for name in self.defaults.iter().filter(|name| !self.configured.iter().any(|n| &n.name == *name)) {
                    if let Some(Err(err)) = self.find(name).map(Catalogue::table) {
                        crate::report::report(format_args!("catalogue {name} skipped: {err}"));
                    }
                }
                let usable: Vec<String> = self.defaults.iter().filter(|name| loads(name)).cloned().collect();
                let usable = if usable.is_empty() { vec![DEFAULT.to_string()] } else { usable };
                return self.show(&usable);
            }
        }
        let (chosen, skipped) = self.choose_loadable(names)?;
        skipped.iter().for_each(crate::report::report);
        let table = shown(&chosen).map_err(ChoiceError::Unloadable)?;
        Ok((chosen, table))
    }
}
