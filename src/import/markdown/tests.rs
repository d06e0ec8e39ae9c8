use super::*;

fn texts(table: &RawTable) -> Vec<Vec<&str>> {
    table.rows.iter().map(|row| row.iter().map(|c| c.text.as_str()).collect()).collect()
}

#[test]
fn pipe_tables_and_labels() {
    let doc = "# Errors\n\n| Error Code | Message |\n|---|---|\n| `E1` | Bad *thing*<br>again<ul><li>one</li><li>two</li></ul> |\n| E2 | Worse |\n";
    let blocks = blocks(doc).unwrap();
    assert_eq!(blocks[..2], [Block::Level(1), Block::Heading("Errors".into())]);
    let Block::Table(table) = &blocks[2] else { panic!("{blocks:?}") };
    assert_eq!(table.header, ["Error Code", "Message"]);
    assert_eq!(texts(table), [["E1", "Bad thing again one two"], ["E2", "Worse"]]);
}

#[test]
fn bold_leads() {
    let doc = "| Code | Description |\n|---|---|\n| 400 | **Bad Request** The request is bad. |\n| 401 | **Unauthorized** |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(table.rows[0][1].lead.as_deref(), Some("Bad Request"));
    assert_eq!(table.rows[0][1].text, "Bad Request The request is bad.");
    assert_eq!(table.rows[1][1].lead, None);
}

#[test]
fn front_matter_is_not_text() {
    let doc = "---\ntitle: \"Errors\"\n\nweight: 5\n---\n\n| Code | Description |\n|---|---|\n| 400 | Bad. |\n";
    // Its title heads the page, as a site renders it; the rest of it is not text.
    assert!(matches!(&blocks(doc).unwrap()[..], [Block::Heading(title), Block::Table(_)] if title == "Errors"));
    // Rules further down are rules: the text and table between them stay.
    let doc = "Intro\n\n---\nErrors\n\n| Code | Description |\n|---|---|\n| 400 | Bad. |\n\n---\n\nEnd\n";
    assert!(blocks(doc).unwrap().iter().any(|b| matches!(b, Block::Table(_))));
}

#[test]
fn embedded_html_tables() {
    let doc =
        "- Normal\n\n<table><tr><th>Code</th><th>Description</th></tr><tr><td>200 OK</td><td>Fine.</td></tr></table>\n";
    let blocks = blocks(doc).unwrap();
    assert_eq!(blocks[0], Block::Text("Normal".into()));
    assert!(matches!(&blocks[1], Block::Table(t) if t.rows.len() == 1));
}

#[test]
fn kramdown_attribute_lists_are_not_shown() {
    let doc = "## Error types\n\n{:.table}\nCode |Description\n---|---\n`E1`|See the [board](https://x.test){:target=\"_blank\"} now.\n";
    let blocks = blocks(doc).unwrap();
    let Some(Block::Table(table)) = blocks.iter().find(|b| matches!(b, Block::Table(_))) else { panic!("{blocks:?}") };
    assert_eq!(texts(table), [["E1", "See the board now."]]);
}

#[test]
fn rows_running_over_blank_lines_and_cells_spanning_rows() {
    let doc = "|HTTP状态码|错误码|描述|原因|\n|---|---|---|---|\n|400|InvalidBucketName|无效的名字|命名不符合规范。\n\n-   列表\n\n |\n\
               |InvalidObjectName|无效的Object名字|Object命名不符合规范。\n\n |\n|403|AccessDenied|拒绝访问|没有权限。 |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(
        texts(table),
        [
            ["400", "InvalidBucketName", "无效的名字", "命名不符合规范。 - 列表"],
            ["400", "InvalidObjectName", "无效的Object名字", "Object命名不符合规范。"],
            ["403", "AccessDenied", "拒绝访问", "没有权限。"],
        ]
    );
    assert!(table.rows[1][0].spanned);
}

#[test]
fn numbers_with_empty_cells_after_them_start_rows_of_their_own() {
    let doc =
        "resCode值|说明|备注\n:-:|:-|:-:\n0|成功|\n11|命令执行超时|\n107|无效命令|E++类设备特有\n200|云平台内部错误|\n-401|操作已执行过|\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(
        texts(table),
        [
            ["0", "成功", ""],
            ["11", "命令执行超时", ""],
            ["107", "无效命令", "E++类设备特有"],
            ["200", "云平台内部错误", ""],
            ["-401", "操作已执行过", ""]
        ]
    );
}

#[test]
fn diplodoc_multiline_tables() {
    let doc = "#|\n|| **Код** | **Описание** ||\n|| `invalid_request` | Передан некорректный\nзапрос ||\n|| `a_b` или `c_d` | Права ||\n|#\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(table.header, ["Код", "Описание"]);
    assert_eq!(texts(table), [["invalid_request", "Передан некорректный запрос"], ["a_b или c_d", "Права"]]);
}

#[test]
fn pipe_rows_without_a_delimiter_row() {
    let doc = "## Erros\n\n|Código|Mensagem|\n|412.001|Produto não encontrado|\n|412.002|QR Code Inválido|\n\n```\n| a | b |\n| c | d |\n| e | f |\n```\n";
    let blocks = blocks(doc).unwrap();
    let tables: Vec<&RawTable> =
        blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
    assert_eq!(tables.len(), 1, "{blocks:?}");
    assert_eq!(tables[0].header, ["Código", "Mensagem"]);
    assert_eq!(texts(tables[0]), [["412.001", "Produto não encontrado"], ["412.002", "QR Code Inválido"]]);
}

#[test]
fn mdx_attributes_leave_tags_that_show_nothing() {
    let doc = "| ErrorCode | Message |\n|---|---|\n| ERR-1 | <span style={{fontSize: \"13px\"}}>Incorrect request.</span> |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(texts(table), [["ERR-1", "Incorrect request."]]);
}

#[test]
fn a_table_right_under_a_paragraph_line() {
    let doc = "您可能会遇到以下错误。\n错误码 | 描述\n---|---\n400 - 格式错误 | 请求体格式错误\n";
    let blocks = blocks(doc).unwrap();
    let Some(Block::Table(table)) = blocks.iter().find(|b| matches!(b, Block::Table(_))) else { panic!("{blocks:?}") };
    assert_eq!(table.header, ["错误码", "描述"]);
    assert_eq!(texts(table), [["400 - 格式错误", "请求体格式错误"]]);
}

#[test]
fn preprocessing_leaves_what_it_does_not_mean_alone() {
    // A delimiter row without outer pipes: no second one is added.
    let doc = "| Code | Description |\n---|---\n| 400 | Bad. |\n| 401 | Who? |\n| 403 | No. |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(table.rows.len(), 3, "{:?}", texts(table));
    // Placeholders in text keep their braces; only a tag's JSX attribute is emptied.
    let doc = "| Code | Description |\n|---|---|\n| 400 | Set `Authorization={{token}}` <b style={{x: 1}}>now</b> |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(texts(table), [["400", "Set Authorization={{token}} now"]]);
}

#[test]
fn cells_set_wholly_as_code_say_so() {
    let doc = "| error | Meaning |\n|---|---|\n| `invalid msgpack` | Bad `bytes` |\n| ` ` | `a` and `b` |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    let set: Vec<Vec<bool>> = table.rows.iter().map(|row| row.iter().map(|c| c.set_as_code).collect()).collect();
    assert_eq!(set, [[true, false], [true, false]]);
}

#[test]
fn a_code_span_opening_a_line_keeps_its_mark() {
    let doc = "## `error`\n\n- `unauthorized` คือ ยังไม่ได้\n- see `other_code` too\n- `201 Created` - Запись\n\n\
               ## The `error` field\n";
    let blocks = blocks(doc).unwrap();
    assert_eq!(
        blocks,
        [
            Block::Level(2),
            Block::Heading("`error`".into()),
            Block::Text("`unauthorized` คือ ยังไม่ได้".into()),
            Block::Text("see other_code too".into()),
            Block::Text("201 Created - Запись".into()),
            Block::Level(2),
            Block::Heading("The error field".into()),
        ]
    );
}

#[test]
fn an_html_table_whose_rows_blank_lines_keep_apart_is_one_table() {
    let doc = "<table>\n<tr><th>HTTP code</th><th>error</th><th>описание</th></tr>\n\n<tr>\n    <td rowspan=2>400</td>\n\
               \x20   <td>invalid_request</td>\n    <td>Неправильная пара</td>\n</tr>\n<tr>\n    <td>invalid_grant</td>\n\
               \x20   <td>Токен истек</td>\n</tr>\n\n<tr>\n    <td>403</td>\n    <td>forbidden</td>\n    <td>Рано</td>\n</tr>\n\n</table>\n";
    let blocks = blocks(doc).unwrap();
    let tables: Vec<&RawTable> =
        blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
    assert_eq!(tables.len(), 1, "{blocks:?}");
    assert_eq!(
        texts(tables[0]),
        [
            ["400", "invalid_request", "Неправильная пара"],
            ["400", "invalid_grant", "Токен истек"],
            ["403", "forbidden", "Рано"]
        ]
    );
}

#[test]
fn markdown_inside_the_cells_of_an_html_table_is_their_text() {
    let doc = "<table>\n<tr>\n<th valign=\"top\">\n\nResponse Code\n\n</th>\n<th>\n\nMeaning\n\n</th>\n</tr>\n\
               <tr>\n<td valign=\"top\">\n\n*301*\n\n</td>\n<td>\n\nPermanent **Location** & more\n\nSee <a>\n\n</td>\n</tr>\n</table>\n\n\
               # After\n\nText.\n";
    let blocks = blocks(doc).unwrap();
    let Block::Table(table) = &blocks[0] else { panic!("{blocks:?}") };
    assert_eq!(table.header, ["Response Code", "Meaning"]);
    assert_eq!(texts(table), [["301", "Permanent Location & more See"]]);
    assert_eq!(blocks[1..], [Block::Level(1), Block::Heading("After".into()), Block::Text("Text.".into())]);
}

#[test]
fn a_tag_within_a_line_of_text_leaves_the_line_whole() {
    let blocks = blocks("Check the tax owing in your <Glossary>backend</Glossary>.\n").unwrap();
    assert_eq!(blocks, [Block::Text("Check the tax owing in your backend.".into())]);
}

#[test]
fn shortcodes_on_lines_of_their_own_show_nothing() {
    let doc = "Before.\n\n{{< copyable \"sql\" >}}\n\n```sql\nSELECT 1;\n```\n\n{{< alert >}}\nKept.\n{{< /alert >}}\n";
    let blocks = blocks(doc).unwrap();
    assert_eq!(blocks[0], Block::Text("Before.".into()));
    assert_eq!(blocks.last(), Some(&Block::Text("Kept.".into())));
    assert!(!format!("{blocks:?}").contains("{{<"), "{blocks:?}");
}

#[test]
fn a_collapsed_reference_defined_elsewhere_shows_its_words() {
    let blocks = blocks("The [TrustSet transaction][] failed; [deprecated] and items[0][name] stay.\n").unwrap();
    assert_eq!(blocks, [Block::Text("The TrustSet transaction failed; [deprecated] and items[0][name] stay.".into())]);
}

#[test]
fn an_indented_html_block_after_a_blank_line_goes_on_with_the_html_before_it() {
    // The parser hands the second block's indent over as text, not as HTML.
    let text = "<dl>\n  <dt>200</td>\n  <dd>Success. Fine.</dd>\n\n  <dt>201</td>\n  <dd>Created. New.</dd>\n</dl>\n";
    let read = blocks(text).unwrap();
    let [Block::Table(table)] = &read[..] else { panic!("one table: {read:?}") };
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[1][0].text, "201");
}

#[test]
fn cells_indented_as_code_inside_an_html_table_are_its_cells() {
    let text = "<Table>\n  <tbody>\n    <tr>\n      <td>\n        401\n      </td>\n\n      <td>\n        Unauthorised <b>requests</b>\n      </td>\n    </tr>\n  </tbody>\n</Table>\n";
    let read = blocks(text).unwrap();
    let [Block::Table(table)] = &read[..] else { panic!("one table: {read:?}") };
    let cells: Vec<&str> = table.rows[0].iter().map(|cell| cell.text.as_str()).collect();
    assert_eq!(cells, ["401", "Unauthorised requests"]);
}

fn blocks_of(text: &str) -> Vec<Block> {
    blocks(text).unwrap()
}

#[test]
fn a_link_to_an_address_a_template_fills_in_shows_its_words() {
    let text = "Contact [support]({{ HELP_URL }}) now, see [docs]({{ DOCS }}/errors) or [x]({{ broken.\n";
    let blocks = blocks(text).unwrap();
    assert_eq!(blocks, [Block::Text("Contact support now, see docs or [x]({{ broken.".into())]);
    // Written without spaces, the address is a link's already, and HTML around it keeps it as written.
    let cell = "<table><tr><td>403</td><td>See [rules]({{root_url}}rules/).</td></tr></table>\n";
    let Block::Table(table) = &blocks_of(cell)[0] else { panic!() };
    assert_eq!(table.rows[0][1].text, "See [rules]({{root_url}}rules/).");
}

#[test]
fn a_class_row_with_an_empty_cell_starts_no_spanned_row() {
    let doc = "| Status Code | Description |\n|:---|:---|\n| 200 OK | Request succeeded |\n\
               | **4xx Client Error** | |\n| 400 Bad Request | Invalid |\n| InvalidBucketName | |\n";
    let Block::Table(table) = &blocks(doc).unwrap()[0] else { panic!() };
    assert_eq!(texts(table)[1], ["4xx Client Error", ""]);
    assert_eq!(texts(table)[3], ["400 Bad Request", "InvalidBucketName"]);
}
