//! `--columns`: the columns the user names, by role, as header text or
//! position, read from `code=…,reason=…,description=…,notes=…,status=…`.

/// A column the user names: by its header's text or its position (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnChoice {
    Position(usize),
    Header(String),
}

/// `--columns code=…,reason=…,description=…,notes=…,status=…`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnSpec {
    pub code: Option<ColumnChoice>,
    pub status: Option<ColumnChoice>,
    pub reason: Option<ColumnChoice>,
    pub description: Option<ColumnChoice>,
    pub notes: Vec<ColumnChoice>,
}

/// Why a `--columns` value cannot be read: each quotes the part at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecError {
    NotRoleColumn(String),
    /// Position 0, or a negative one (the part, when it was negative).
    CountsFromOne(Option<String>),
    /// A position no table could have (too large to count).
    NoSuchColumn {
        part: String,
        digits: String,
    },
    NamesNoColumn(String),
    UnknownRole(String),
    NamedTwice(String),
}

const ROLES: &str = "code, status, reason, description, notes";

/// Quotes what the user typed: shown cleaned, as every message is.
impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            SpecError::NotRoleColumn(part) => format!("'{part}' is not ROLE=COLUMN ({ROLES})"),
            SpecError::CountsFromOne(None) => "column positions count from 1".to_string(),
            SpecError::CountsFromOne(Some(part)) => format!("'{part}': column positions count from 1"),
            SpecError::NoSuchColumn { part, digits } => format!("'{part}': no table has a column {digits}"),
            SpecError::NamesNoColumn(part) => format!("'{part}' names no column"),
            SpecError::UnknownRole(role) => format!("unknown role '{role}' ({ROLES})"),
            SpecError::NamedTwice(role) => format!("role '{role}' is named twice"),
        };
        f.write_str(&crate::sanitize::clean(&message))
    }
}

impl std::error::Error for SpecError {}

impl std::str::FromStr for ColumnSpec {
    type Err = SpecError;

    fn from_str(text: &str) -> Result<ColumnSpec, SpecError> {
        let mut spec = ColumnSpec::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (role, column) = part.split_once('=').ok_or_else(|| SpecError::NotRoleColumn(part.to_string()))?;
            let column = column.trim();
            let digits = column.strip_prefix(['-', '+']).unwrap_or(column);
            let numeric = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            let choice = match column.parse::<usize>() {
                Ok(0) => return Err(SpecError::CountsFromOne(None)),
                Ok(position) => ColumnChoice::Position(position),
                Err(_) if column.starts_with('-') && numeric => {
                    return Err(SpecError::CountsFromOne(Some(part.to_string())))
                }
                Err(_) if numeric => {
                    return Err(SpecError::NoSuchColumn { part: part.to_string(), digits: digits.to_string() })
                }
                Err(_) if column.is_empty() => return Err(SpecError::NamesNoColumn(part.to_string())),
                Err(_) => ColumnChoice::Header(column.to_string()),
            };
            let slot = match role.trim().to_lowercase().as_str() {
                "code" => &mut spec.code,
                "status" => &mut spec.status,
                "reason" => &mut spec.reason,
                "description" => &mut spec.description,
                "notes" => {
                    spec.notes.push(choice);
                    continue;
                }
                other => return Err(SpecError::UnknownRole(other.to_string())),
            };
            if slot.replace(choice).is_some() {
                return Err(SpecError::NamedTwice(role.trim().to_string()));
            }
        }
        Ok(spec)
    }
}

#[cfg(test)]
mod tests;
