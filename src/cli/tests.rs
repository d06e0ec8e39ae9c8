use super::*;

#[test]
fn definition_is_consistent() {
    Cli::command().debug_assert();
}
