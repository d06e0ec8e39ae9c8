//! Errors and cases a program declares, written as the program writes them: a name joined as
//! programs join words, then what it takes or carries in parentheses.

/// "Name(inside)" → ("Name", "inside"): a name of a program's characters, starting with a letter,
/// then what its parentheses hold.
fn named_call(text: &str) -> Option<(&str, &str)> {
    let (name, inside) = text.strip_suffix(')')?.split_once('(')?;
    let program = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (program && name.starts_with(|c: char| c.is_ascii_alphabetic())).then_some((name, inside))
}

/// "Slot0Failed": a capital inside the name, past digits too, joins its words.
fn humped(name: &str) -> bool {
    name.contains(char::is_lowercase) && name.chars().skip(1).any(|c| c.is_ascii_uppercase())
}

/// "NotManager()", "SlippageExceeded(uint256 expectedMinOut, uint256 actualOut)": an error a
/// program declares, a name joined as programs join words, then its typed parameters.
pub fn declared_error(text: &str) -> bool {
    let Some((name, parameters)) = named_call(text) else { return false };
    // "ERROR_X(detail)" names its detail, no parameter: a type and a name make one.
    let typed = parameters.split(',').all(|p| p.split_whitespace().count() == 2 && !p.contains(['(', ')']));
    (humped(name) || name.contains('_')) && (parameters.is_empty() || typed)
}

/// "InvalidInput(detail)", "notFound(id: String)": a case a program declares, a name joined as
/// programs join words, then what it carries, one level deep.
pub fn declared_case(text: &str) -> bool {
    let Some((name, carried)) = named_call(text) else { return false };
    // "Timeout(detail)": a capitalised word is a case as well; "timeout(id: String)" one that names types.
    let capitalised = name.starts_with(|c: char| c.is_ascii_uppercase()) && name.contains(char::is_lowercase);
    // Not "isBaseError(err)", a function of a value: a case in lower case carries types.
    let typed = carried.contains(':') || carried.starts_with(|c: char| c.is_ascii_uppercase());
    let lower = name.starts_with(|c: char| c.is_ascii_lowercase());
    let kind = (humped(name) || name.contains('_') || capitalised || typed) && (!lower || typed);
    kind && !carried.contains(['(', ')', '`'])
}
