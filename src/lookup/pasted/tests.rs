use super::*;

#[test]
fn status_lines_and_fields_give_their_code() {
    for (pasted, code) in [
        ("HTTP/1.1 503 Service Unavailable", "503"),
        ("HTTP/2 404", "404"),
        ("http/1.0 200 OK", "200"),
        ("status=429", "429"),
        ("\"statusCode\": 404", "404"),
        ("{\"status_code\": \"502\"}", "502"),
        ("http.status=500,", "500"),
        ("code: 409", "409"),
    ] {
        assert_eq!(status_of(pasted), Some(code), "{pasted}");
    }
}

#[test]
fn other_text_is_not_a_pasted_status() {
    for text in
        ["404", "not found", "status=4290", "status=abc", "HTTP/1.1", "HTTP/1.1 5030", "reason: 404 page", "timeout=30"]
    {
        assert_eq!(status_of(text), None, "{text}");
    }
}

#[test]
fn several_codes_keep_their_order() {
    assert_eq!(several_codes("404 500"), Some(vec!["404", "500"]));
    assert_eq!(several_codes("401, 403 5xx"), Some(vec!["401", "403", "5xx"]));
    assert_eq!(several_codes("404"), None);
    assert_eq!(several_codes("40 50"), None);
    assert_eq!(several_codes("404 not"), None);
}
