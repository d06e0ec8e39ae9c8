//! What the user says of a page that guessing can't.

use super::spec::ColumnSpec;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Labels the user maps to groups, beyond the words httpref knows.
    pub normal_labels: Vec<String>,
    pub abnormal_labels: Vec<String>,
    pub columns: ColumnSpec,
    /// The tables to import, numbered from 1 in page order; all when `None`.
    pub tables: Option<Vec<usize>>,
}
