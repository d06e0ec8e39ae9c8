//! The columns the user names with `--columns`, placed in a table.

use super::{header_position, ColumnChoice, ColumnSpec, RawTable, Role};

/// The columns the user named, by role.
#[derive(Default)]
pub struct Placed {
    pub code: Option<usize>,
    pub status: Option<usize>,
    pub reason: Option<usize>,
    pub description: Option<usize>,
    pub notes: Vec<usize>,
}

impl Placed {
    pub fn from_spec(table: &RawTable, spec: &ColumnSpec, width: usize) -> Result<Placed, String> {
        let place = |choice: &ColumnChoice| match choice {
            ColumnChoice::Position(position) if *position <= width => Ok(position - 1),
            ColumnChoice::Position(position) => Err(format!("no column {position}")),
            ColumnChoice::Header(name) => {
                header_position(table, name).ok_or_else(|| format!("no column named '{name}'"))
            }
        };
        let single = |choice: &Option<ColumnChoice>| choice.as_ref().map(place).transpose();
        Ok(Placed {
            code: single(&spec.code)?,
            status: single(&spec.status)?,
            reason: single(&spec.reason)?,
            description: single(&spec.description)?,
            notes: spec.notes.iter().map(place).collect::<Result<_, _>>()?,
        })
    }

    pub fn columns(&self) -> impl Iterator<Item = usize> + '_ {
        [self.code, self.status, self.reason, self.description].into_iter().flatten().chain(self.notes.iter().copied())
    }

    pub fn has(&self, role: Role) -> bool {
        match role {
            Role::Code => self.code.is_some(),
            Role::Status => self.status.is_some(),
            Role::Reason => self.reason.is_some(),
            Role::Description => self.description.is_some(),
            Role::Notes => !self.notes.is_empty(),
            Role::Group => false,
        }
    }
}
