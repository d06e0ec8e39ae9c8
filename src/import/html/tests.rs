use super::*;

fn first_table(page: &str) -> RawTable {
    blocks(page)
        .unwrap()
        .into_iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap()
}

fn texts(table: &RawTable) -> Vec<Vec<&str>> {
    table.rows.iter().map(|row| row.iter().map(|c| c.text.as_str()).collect()).collect()
}

#[test]
fn text_and_tables_in_reading_order() {
    let page = "<h2>Success</h2><table><thead><tr><th>Code</th><th>Description</th></tr></thead>\
                    <tbody><tr><td>200 <b>OK</b></td><td>Fine &amp; dandy.</td></tr></tbody></table><p>after</p>";
    let blocks = blocks(page).unwrap();
    assert_eq!(blocks[..2], [Block::Level(2), Block::Heading("Success".into())]);
    let Block::Table(table) = &blocks[2] else { panic!("{blocks:?}") };
    assert_eq!(table.header, ["Code", "Description"]);
    assert_eq!(texts(table), [["200 OK", "Fine & dandy."]]);
    assert_eq!(blocks[3], Block::Text("after".into()));
}

#[test]
fn header_of_th_cells_without_thead() {
    let table = first_table("<table><tr><th>Status</th><th>Meaning</th></tr><tr><td>1</td><td>x</td></tr></table>");
    assert_eq!(table.header, ["Status", "Meaning"]);
    assert_eq!(table.rows.len(), 1);
}

#[test]
fn spans_repeat_cells_where_they_reach() {
    let table = first_table(
        "<table><caption>Error codes</caption><tr><th>Status</th><th>Code</th><th>Message</th></tr>\
             <tr><td rowspan=2>400</td><td>E1</td><td>One</td></tr><tr><td>E2</td><td>Two</td></tr>\
             <tr><td colspan=3>Server errors</td></tr>\
             <tr><td>500</td><td colspan=2>Both</td></tr></table>",
    );
    assert_eq!(table.caption.as_deref(), Some("Error codes"));
    assert_eq!(texts(&table), [vec!["400", "E1", "One"], vec!["400", "E2", "Two"], vec!["500", "Both", "Both"]]);
    assert!(table.rows[1][0].spanned && !table.rows[0][0].spanned);
    assert!(table.rows[2][2].widened && !table.rows[2][1].widened);
    assert_eq!(table.labels, [(2, "Server errors".to_string())]);
}

#[test]
fn stacked_header_rows_name_columns_together() {
    let table = first_table(
        "<table><thead><tr><th rowspan=2>Status</th><th colspan=2>Error</th></tr>\
             <tr><th>Code</th><th>Message</th></tr></thead><tr><td>400</td><td>E1</td><td>x</td></tr></table>",
    );
    assert_eq!(table.header, ["Status", "Error Code", "Error Message"]);
}

#[test]
fn bold_leads_and_line_breaks_in_cells() {
    let table = first_table(
        "<table><tr><th>Code</th><th>Description</th></tr>\
             <tr><td>400</td><td><p><strong>Bad Request</strong> The request is bad.<br>Fix it.</p></td></tr>\
             <tr><td>401</td><td><b>Unauthorized</b></td></tr></table>",
    );
    assert_eq!(table.rows[0][1].text, "Bad Request The request is bad. Fix it.");
    assert_eq!(table.rows[0][1].lead.as_deref(), Some("Bad Request"));
    assert_eq!(table.rows[1][1].lead, None);
}

#[test]
fn deep_pages_are_walked_without_recursion_up_to_the_limit() {
    let levels = depth::MAX_DEPTH - 5;
    let page = "<div>".repeat(levels) + "<p>Errors</p>" + &"</div>".repeat(levels);
    assert_eq!(blocks(&page).unwrap(), [Block::Text("Errors".into())]);
}

#[test]
fn definition_lists_are_tables_of_terms() {
    let page = "<dl><dt>GET 400 - Bad Request</dt><dd><ul><li>uri is required</li></ul></dd><div><dt>404</dt><dd>Gone.</dd><dd>Check the id.</dd></div></dl>";
    let table = first_table(page);
    assert!(table.header.is_empty());
    assert_eq!(texts(&table), [["GET 400 - Bad Request", "uri is required"], ["404", "Gone. Check the id."]]);
}

#[test]
fn terms_listed_together_share_their_definition() {
    let table = first_table("<dl><dt>400</dt><dt>422</dt><dd>Bad request</dd><dt>404</dt><dd>Not found</dd></dl>");
    assert_eq!(texts(&table), [["400", "Bad request"], ["422", "Bad request"], ["404", "Not found"]]);
}

#[test]
fn a_highlighted_code_listing_laid_out_as_a_table_is_code() {
    let page = "<table class=\"codehilitetable\"><tr><td class=\"linenos\"><pre>1\n2</pre></td>\
                <td class=\"code\"><div class=\"codehilite\"><pre>type Error {\n  code: ErrorCode\n}</pre></div></td></tr></table>\
                <table><tr><th>Code</th><th>Example</th></tr><tr><td>400</td>\
                <td><div class=\"highlight\"><pre>{\"error\": 400}</pre></div></td></tr></table>";
    let blocks = blocks(page).unwrap();
    assert!(matches!(&blocks[0], Block::Code(text) if text.contains("type Error")), "{blocks:?}");
    // A table of codes with a highlighted example in a cell stays a table.
    assert!(matches!(&blocks[1], Block::Table(table) if table.rows.len() == 1), "{blocks:?}");
}

#[test]
fn cells_set_wholly_as_code_say_so() {
    let table = first_table(
        "<table><tr><th>error</th><th>Meaning</th></tr><tr><td> <code>invalid <b>hex</b></code> </td>\
         <td><code>a</code> and <code>b</code></td></tr></table>",
    );
    let set: Vec<bool> = table.rows[0].iter().map(|c| c.set_as_code).collect();
    assert_eq!(set, [true, false]);
}

#[test]
fn a_list_of_links_to_the_pages_own_sections_is_no_text() {
    let page = "<p>Contents</p><ul><li><a href=\"#200-ok\">200 Ok</a></li><li><a href=\"#403\">403 Forbidden</a>\
                <ul><li><a href=\"#denied\">Permission denied</a></li></ul></li></ul>\
                <ul><li><a href=\"https://example.com\">Elsewhere</a></li><li>400 Bad input</li></ul>";
    let blocks = blocks(page).unwrap();
    assert_eq!(
        blocks,
        [Block::Text("Contents".into()), Block::Text("Elsewhere".into()), Block::Text("400 Bad input".into())]
    );
}
