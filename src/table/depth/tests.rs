use super::*;

#[test]
fn tables_and_shallow_values_pass() {
    assert_eq!(too_deep(super::super::EMBEDDED_SOURCE), None);
    let nested = format!("a = {}{}\n", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert_eq!(too_deep(&nested), None);
    let key = vec!["a"; MAX_DEPTH].join(".");
    assert_eq!(too_deep(&format!("{key} = 1\n[{key}]\n[[{key}]]\nx = {{ {key} = 1.5 }}\n")), None);
}

#[test]
fn deep_brackets_and_braces_are_found_where_the_limit_is_crossed() {
    assert_eq!(too_deep(&format!("\na = {}", "[".repeat(100_000))), Some(5 + MAX_DEPTH));
    assert_eq!(too_deep(&format!("a = {}", "{a=".repeat(100_000))), Some(4 + 3 * MAX_DEPTH));
}

#[test]
fn long_dotted_keys_are_found_in_every_place_a_key_stands() {
    let key = vec!["a"; 100_000].join(".");
    let at = 2 * MAX_DEPTH - 1;
    assert_eq!(too_deep(&format!("{key} = 1\n")), Some(at));
    assert_eq!(too_deep(&format!("[{key}]\n")), Some(at + 1));
    assert_eq!(too_deep(&format!("[[{key}]]\n")), Some(at + 2));
    assert_eq!(too_deep(&format!("x = {{ y = 1, {key} = 1 }}\n")), Some(at + 13));
}

#[test]
fn strings_comments_and_values_do_not_count() {
    let brackets = "[{".repeat(1000);
    let dots = ".".repeat(1000);
    let deep = format!("z = {}", "[".repeat(MAX_DEPTH + 1));
    for text in [
        format!("a = \"{brackets}{dots}\\\"\""),
        format!("a = '{brackets}'"),
        format!("a = \"\"\"\n{brackets}\\\"\"\"\"\"\""),
        format!("a = '''{brackets}'''''"),
        format!("# {brackets} {dots}"),
        format!("\"{dots}\" = 1"),
        format!("a = [{}]", "1.5, ".repeat(1000)),
        format!("a = {{ b = [{}] }}", "1.5, ".repeat(1000)),
    ] {
        // Read past the string, comment or value, and find what follows.
        let found = too_deep(&format!("{text}\n{deep}\n"));
        assert_eq!(found, Some(text.len() + 5 + MAX_DEPTH), "{text:?}");
    }
}
