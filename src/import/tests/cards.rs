//! Codes in the shapes sites give them: MDX cards, headings listing several statuses, a
//! quotation for the text, labels of what a code means, prev/next links under the last code.

use super::*;

#[test]
fn mdx_cards_titled_by_codes_hold_their_text() {
    let page = "### Client Errors (4xx)\n\n<CardGroup cols={1}>\n  <Card title=\"400 Bad Request\" icon=\"x\">\n    \
                The request failed. Check **the payload**.\n  </Card>\n  <Card title=\"401 Unauthorized\">\n    \
                Missing `x-api-key`.\n  </Card>\n</CardGroup>\n\n### Server Error (5xx)\n\n<CardGroup>\n  \
                <Card title=\"500, 502, 503\">\n    Errors on our servers.\n  </Card>\n</CardGroup>\n\n\
                <AccordionGroup>\n  <Accordion title=\"INSUFFICIENT_BALANCE\" icon=\"wallet\">\n    \
                **Description**: Not enough funds.\n    **Fix**: Fund your wallet.\n  </Accordion>\n</AccordionGroup>\n";
    let imported = import("errors.mdx", page, &Options::default()).unwrap();
    let rows: Vec<(&str, &str, &str)> =
        imported.abnormal.iter().map(|r| (r.code.as_str(), r.reason.as_str(), r.description.as_str())).collect();
    assert_eq!(rows[0], ("400", "Bad Request", "The request failed. Check the payload."));
    assert_eq!(rows[1], ("401", "Unauthorized", "Missing x-api-key."));
    assert_eq!(rows[2..5].iter().map(|r| r.0).collect::<Vec<_>>(), ["500", "502", "503"]);
    assert_eq!(rows[4], ("503", "", "Errors on our servers."));
    assert_eq!(rows[5], ("INSUFFICIENT_BALANCE", "", "Not enough funds."));
}

#[test]
fn a_quotation_alone_under_a_code_says_what_it_means() {
    let page = "## Errores de cliente\n\n### **400** - Bad Request o Petición mala.\n\
                > El servidor no pudo interpretar la solicitud.\n\n### **401** - Unauthorized.\n\
                > Es necesario autenticar.\n\n### **404** Not Found.\n> No encontrado.\n\n\
                ### **409** Conflict\n\nEstado en conflicto.\n\n> Reintente más tarde.\n";
    let rows = rows(page);
    assert_eq!(
        rows[0],
        row("400", "Bad Request o Petición mala.", "El servidor no pudo interpretar la solicitud.", "")
    );
    assert_eq!(rows[3].2, "Estado en conflicto.");
}

#[test]
fn what_it_means_labels_the_meaning() {
    let page = "### Connection Errors\n\n#### `API01001` - CONNECTION_TIMEOUT\n\
                **What it means**: The server took too long to respond  \n**Common causes**:\n- Slow connection\n\n\
                #### `API01002` - CONNECTION_REFUSED\n**What it means**: The server refused the connection\n\n\
                #### `API01003` - DNS_FAILED\n**What it means**: The name did not resolve\n";
    assert_eq!(rows(page)[0], row("API01001", "CONNECTION_TIMEOUT", "The server took too long to respond", ""));
}

#[test]
fn an_acronym_then_a_word_of_failure_heads_a_code() {
    let page = "## Errors\n\n### GitRootNotFoundError\n\nUnable to find git root.\n\n\
                ### HTTPError\n\nHTTP Error: { statusCode }\n\n### InternalFail\n\nOops.\n\n\
                ## SQLite\n\nThe store.\n";
    assert_eq!(codes(page), ["GitRootNotFoundError", "HTTPError", "InternalFail"]);
    assert_eq!(rows(page)[0].2, "Unable to find git root.");
}

#[test]
fn links_to_the_next_page_are_no_part_of_the_last_code() {
    let page = "<article><h3>AlreadyExistsError</h3><p>Already exists.</p><h3>NotFoundError</h3>\
                <p>Could not find it.</p><h3>InternalFail</h3><p>Oops.</p></article>\
                <div class=\"docs-prevnext\"><a href=\"/a\">← Alphabetical Index</a><a href=\"/b\">init →</a></div>";
    let imported = import("errors.html", page, &Options::default()).unwrap();
    let last = imported.abnormal.last().unwrap();
    assert_eq!((last.code.as_str(), last.description.as_str()), ("InternalFail", "Oops."));
}

#[test]
fn a_delimiter_row_short_of_its_header_still_makes_a_table() {
    let page = "| Code | Name | Meaning |\n|------|---------------------|\n| 200 | OK | The call was received |\n\
                | 400 | Bad Request | Something is missing |\n| 409 | Critical | Wrong requester type |\n";
    assert_eq!(rows(page)[2], row("409", "Critical", "Wrong requester type", ""));
}

#[test]
fn a_number_alone_under_each_heading_is_that_headings_code() {
    let page = "Die folgenden Fehlercodes werden genutzt.\n\n## Unbekannte Fehler ##\n  * 9000\n\n\
                ## Authorisierung ##\n  * 8000\n\n## Datenbank ##\n  * 7000\n";
    assert_eq!(rows(page)[1], row("8000", "", "Authorisierung", ""));
    // "### HTTP status code" over "401" labels the value; it names no error.
    let labelled = "## Errors\n\n### HTTP status code\n\n401\n\n### Error Message\n\nNo.\n\n\
                    ### HTTP status code\n\n403\n\n### Error Message\n\nDenied.\n\n### HTTP status code\n\n500\n";
    let imported = import("errors.md", labelled, &Options::default());
    assert!(imported.is_ok_and(|i| i.normal.is_empty() && i.abnormal.is_empty()));
}

#[test]
fn a_range_written_with_to_is_skipped_not_read_as_a_code() {
    let page = "| Code | Description |\n|---|---|\n| 0xC000 to 0xC0FF | Non-service specific |\n\
                | 0xC001 | Failed: Unable to process |\n| 0xC002 | Failed: Bad data |\n| 0xA700 | Out of resources |\n";
    assert_eq!(codes(page), ["0xC001", "0xC002", "0xA700"]);
}

#[test]
fn a_constant_listed_with_its_value_is_keyed_by_the_value() {
    let page = "## Error codes\n\n* `ErrCodePermissionDenied` (value: `\"permission_denied\"`)\n\n\
                * `ErrCodeUnknown` (value: `\"unknown\"`)\n\n* `ErrCodeInvalidPayload` (value: `\"invalid_payload\"`)\n";
    assert_eq!(codes(page), ["permission_denied", "unknown", "invalid_payload"]);
    assert_eq!(rows(page)[0], row("permission_denied", "", "ErrCodePermissionDenied", ""));
}

#[test]
fn a_record_of_fields_under_each_heading_gives_its_code() {
    let block = |code: &str, line: &str| {
        format!(
            "<pre><code><div class=\"token-line\"><span>Code: {code}</span><br></div>\
             <div class=\"token-line\"><span>Message: &quot;{line}&quot;</span><br></div></code></pre>"
        )
    };
    let page = format!(
        "<h2>Client error codes</h2><h3>Internal</h3>{}<p>Server error.</p><h3>Unauthorized</h3>{}\
         <p>Not authorized.</p><h3>UnsubscribeCodeServer</h3>{}<p>Server unsubscribed.</p>",
        block("100", "internal server error"),
        block("101", "unauthorized"),
        block("2000", "server unsubscribe")
    );
    let imported = import("errors.html", &page, &Options::default()).unwrap();
    let rows: Vec<(&str, &str, &str)> =
        imported.abnormal.iter().map(|r| (r.code.as_str(), r.reason.as_str(), r.description.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("100", "Internal", "Server error."),
            ("101", "Unauthorized", "Not authorized."),
            ("2000", "UnsubscribeCodeServer", "Server unsubscribed.")
        ]
    );
    // Examples of one response under each endpoint give no codes.
    let endpoints = "## Endpoints\n\n### Create user\n\n```\nCode: 0\nMessage: ok\n```\n\n### Delete user\n\n\
                     ```\nCode: 0\nMessage: ok\n```\n\n### List users\n\n```\nCode: 0\nMessage: ok\n```\n";
    assert!(import("errors.md", endpoints, &Options::default()).is_ok_and(|i| i.abnormal.is_empty()));
}
