//! `httpref import`: pages of several shapes become loadable tables.

use crate::common;

use common::{httpref, seed_path, write_temp};
use serde_json::Value;

/// Imports `page` (named `name`), then loads the result with --table:
/// (code, reason, description, group) rows and the import's stderr.
fn import(name: &str, page: &str, extra: &[&str]) -> (Vec<(String, String, String, String)>, String) {
    let (dir, path) = write_temp(name, page.as_bytes());
    let output = httpref().arg("import").arg(&path).args(extra).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let table = dir.path().join("imported.toml");
    std::fs::write(&table, &output.stdout).unwrap();
    (rows_of(&table), stderr)
}

fn rows_of(table: &std::path::Path) -> Vec<(String, String, String, String)> {
    let output = httpref().arg("--table").arg(table).arg("--json").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let field = |k: &str| e[k].as_str().unwrap().to_string();
            (field("code"), field("reason"), field("description"), field("group"))
        })
        .collect()
}

fn rows(list: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String, String)> {
    list.iter().map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string())).collect()
}

#[test]
fn the_seed_page_imports_as_the_embedded_table() {
    let output = httpref().arg("import").arg(seed_path()).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.ends_with("httpref: imported 18 rows from 2 tables (4 normal, 14 abnormal)\n"), "{stderr}");
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("seed.toml");
    std::fs::write(&table, output.stdout).unwrap();
    let embedded = httpref().args(["--list", "--json"]).output().unwrap();
    let embedded: Value = serde_json::from_slice(&embedded.stdout).unwrap();
    let embedded: Vec<_> = embedded
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let field = |k: &str| e[k].as_str().unwrap().to_string();
            (field("code"), field("reason"), field("description"), field("group"))
        })
        .collect();
    assert_eq!(rows_of(&table), embedded);
}

#[test]
fn markdown_pipe_tables_under_headings() {
    let page = "# API\n\n## Success\n\n| Status Code | Description |\n|---|---|\n| 200 OK | It worked. |\n\n\
                ## Errors\n\nSome prose about errors that is not a label because it is long enough.\n\n\
                | Error Code | Name | Message |\n|---|---|---|\n| `APIG.0101` | API Not Found | The API does not exist. |\n";
    let (found, stderr) = import("codes.md", page, &[]);
    assert_eq!(
        found,
        rows(&[
            ("200", "OK", "It worked.", "normal"),
            ("APIG.0101", "API Not Found", "The API does not exist.", "abnormal"),
        ])
    );
    assert!(
        stderr.starts_with(
            "httpref: table 1 \"Success\": 1 row, normal (code: Status Code, description: Description)\n\
             httpref: table 2 \"Errors\": 1 row, abnormal (code: Error Code, reason: Name, description: Message)\n"
        ),
        "{stderr}"
    );
}

#[test]
fn html_with_separate_code_and_reason_columns() {
    let page = "<html><body><h3>Client errors</h3><table><thead><tr><th>Code</th><th>Reason phrase</th><th>Meaning</th></tr></thead>\
                <tbody><tr><td>409</td><td>Conflict</td><td>Version clash.</td></tr></tbody></table></body></html>";
    let (found, _) = import("page.html", page, &[]);
    assert_eq!(found, rows(&[("409", "Conflict", "Version clash.", "abnormal")]));
}

#[test]
fn unlabelled_tables_group_by_code() {
    let page = "<table><tr><th>Returned Value</th><th>Description</th></tr>\
                <tr><td>202 Accepted</td><td>Later.</td></tr><tr><td>502 Bad Gateway</td><td>Upstream broke.</td></tr></table>";
    let (found, stderr) = import("page.html", page, &[]);
    assert_eq!(
        found,
        rows(&[("202", "Accepted", "Later.", "normal"), ("502", "Bad Gateway", "Upstream broke.", "abnormal")])
    );
    assert!(stderr.contains("grouped by code"), "{stderr}");
}

#[test]
fn nested_markup_and_entities_in_cells() {
    let page = "<p>Normal</p><table><tr><th>Status code</th><th>Description</th></tr>\
                <tr><td><p><b>200</b>&nbsp;<i>OK</i></p></td><td>Caf&eacute; &amp; <a href=\"#\">bar</a>\n   &lt;ok&gt; &#x1F600;</td></tr></table>";
    let (found, _) = import("page.html", page, &[]);
    assert_eq!(found, rows(&[("200", "OK", "Café & bar <ok> 😀", "normal")]));
}

#[test]
fn labels_httpref_cannot_guess_can_be_named() {
    let page = "<h2>Fine</h2><table><tr><th>Code</th><th>Description</th></tr><tr><td>E1 One</td><td>First.</td></tr></table>\
                <h2>Trouble</h2><table><tr><th>Code</th><th>Description</th></tr><tr><td>E2 Two</td><td>Second.</td></tr></table>";
    let (found, _) = import("page.html", page, &["--normal", "fine", "--abnormal", "Trouble"]);
    assert_eq!(found, rows(&[("E1", "One", "First.", "normal"), ("E2", "Two", "Second.", "abnormal")]));
}

#[test]
fn a_table_missing_a_column_is_skipped_and_said() {
    let page = "<table><tr><th>Code</th><th>Owner</th></tr><tr><td>1</td><td>me</td></tr></table>\
                <table><tr><th>Code</th><th>Description</th></tr><tr><td>404 Not Found</td><td>Gone.</td></tr></table>";
    let (found, stderr) = import("page.html", page, &[]);
    assert_eq!(found.len(), 1);
    assert!(stderr.contains("httpref: skipped 1 table with no status or error codes (-v says why)\n"), "{stderr}");
    assert!(!stderr.contains("Owner"), "{stderr}");
    assert!(stderr.contains("imported 1 rows from 1 table ("), "{stderr}");
    let (_dir, path) = write_temp("page.html", page.as_bytes());
    let output = httpref().arg("import").arg(&path).arg("-v").output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("httpref: table 1: skipped: its codes (1…) are not HTTP statuses or error codes\n"),
        "{stderr}"
    );
}

#[test]
fn a_page_with_no_table_exits_1() {
    let (_dir, path) = write_temp("page.md", b"# Nothing\n\nJust prose.\n");
    httpref()
        .arg("import")
        .arg(&path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!("httpref: {}: no table found\n", path.display()));
    let (_dir, path) =
        write_temp("page.html", b"<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>");
    let output = httpref().arg("import").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr).unwrap().ends_with("no table of status or error codes (-v says why)\n"));
}

#[test]
fn standard_input_and_unreadable_files() {
    let page = "| Code | Description |\n|---|---|\n| 503 Service Unavailable | Down. |\n";
    let output = httpref().args(["import", "-"]).write_stdin(page).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8(output.stdout).unwrap().contains("code = \"503\""));
    httpref()
        .args(["import", "/no/such/page.html"])
        .assert()
        .code(2)
        .stderr("httpref: /no/such/page.html: cannot read: no such file\n");
}

#[test]
fn a_page_not_in_utf8_is_read_as_windows_1252_and_said_so() {
    // "‘XX’" saved by a Windows editor: 0x91 and 0x92 are its quotes.
    let page = b"| Error code | Description |\n|---|---|\n| ERR_0015 | Country \x91XX\x92 is not supported |\n\
                 | ERR_0016 | Currency \x91XX\x92 is not supported |\n| ERR_0017 | Amount \xa3 too low |\n";
    let (_dir, path) = write_temp("messages.md", page);
    let output = httpref().arg("import").arg(&path).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Country \u{2018}XX\u{2019} is not supported"), "{stdout}");
    assert!(stdout.contains("Amount £ too low"), "{stdout}");
    assert!(String::from_utf8(output.stderr).unwrap().contains("not UTF-8; read as Windows-1252"));
}

#[test]
fn imported_text_is_untrusted() {
    let page = "<table><tr><th>Code</th><th>Description</th></tr><tr><td>500 Oops&#x1b;[31m</td><td>Bad\u{202e}\u{7} thing</td></tr></table>";
    let (found, _) = import("page.html", page, &[]);
    assert_eq!(found, rows(&[("500", "Oops␛[31m", "Bad␇ thing", "abnormal")]));
}

#[test]
fn a_file_name_cannot_add_toml_to_the_output() {
    let name = "a\n[[normal]]\ncode = \"1\"\nreason = \"Injected\"\ndescription = \"d\"\n\u{1b}[2J.html";
    let page = "<table><tr><th>Code</th><th>Description</th></tr><tr><td>404 Not Found</td><td>Gone.</td></tr></table>";
    let (found, _) = import(name, page, &[]);
    assert_eq!(found, rows(&[("404", "Not Found", "Gone.", "abnormal")]));
    let (_dir, path) = write_temp(name, page.as_bytes());
    let output = httpref().arg("import").arg(&path).output().unwrap();
    let first_line = String::from_utf8(output.stdout).unwrap().lines().next().unwrap().to_string();
    assert!(first_line.ends_with("a [[normal]] code = \"1\" reason = \"Injected\" description = \"d\" ␛[2J.html"));
}

#[test]
fn columns_the_user_names_are_read() {
    let page = "| Key | Short | Long | Fix |\n|---|---|---|---|\n| K1 | One | The first. | Retry. |\n";
    let (_dir, path) = write_temp("page.md", page.as_bytes());
    let guessed = httpref().arg("import").arg(&path).arg("-v").output().unwrap();
    assert_eq!(guessed.status.code(), Some(1));
    assert!(String::from_utf8(guessed.stderr)
        .unwrap()
        .contains("table 1: skipped: no column of text beside the codes"));
    let (found, stderr) = import("page.md", page, &["--columns", "code=Key,reason=2,description=long,notes=Fix"]);
    assert_eq!(found, rows(&[("K1", "One", "The first.", "abnormal")]));
    assert!(stderr.contains("(code: Key, reason: Short, description: Long, notes: Fix)"), "{stderr}");
    for (bad, says) in [
        ("code", "'code' is not ROLE=COLUMN"),
        ("code=0", "column positions count from 1"),
        ("colour=1", "unknown role 'colour'"),
        ("code=-1", "'code=-1': column positions count from 1"),
        ("code=99999999999999999999", "'code=99999999999999999999': no table has a column 99999999999999999999"),
        ("code=5", "page.md: no table has a column 5: the widest has 4 columns"),
        ("code=Nope", "page.md: no table has a column headed 'Nope'"),
    ] {
        let output = httpref().arg("import").arg(&path).args(["--columns", bad]).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8(output.stderr).unwrap().contains(says), "{bad}");
    }
}

#[test]
fn tables_the_user_picks_are_the_only_ones_read() {
    let page = "## Success\n\n| Code | Description |\n|---|---|\n| 200 OK | Fine. |\n\n\
                ## Errors\n\n| Code | Description |\n|---|---|\n| 404 Not Found | Gone. |\n";
    let (found, stderr) = import("page.md", page, &["--tables", "2"]);
    assert_eq!(found, rows(&[("404", "Not Found", "Gone.", "abnormal")]));
    assert!(stderr.starts_with("httpref: table 2 \"Errors\": 1 row, abnormal"), "{stderr}");
    assert!(stderr.contains("skipped 1 table with no status or error codes"), "{stderr}");
    let (_dir, path) = write_temp("page.md", page.as_bytes());
    httpref().arg("import").arg(&path).args(["--tables", "0"]).assert().code(2);
    let said = format!("httpref: {}: no table 3: the page has 2 tables\n", path.display());
    httpref().arg("import").arg(&path).args(["--tables", "2,3"]).assert().code(2).stdout("").stderr(said);
    let output = httpref().arg("import").arg(&path).args(["--tables", "1,2", "-v"]).output().unwrap();
    assert!(output.status.success());
}

#[test]
fn verbose_lists_every_skip_and_why() {
    let page = "## Gateway Opcodes\n\n| Code | Name | Description |\n|---|---|---|\n| 1 | Heartbeat | Ping. |\n\n\
                ## Parameters\n\n| Parameter | Description |\n|---|---|\n| id | The id. |\n\n\
                ## Errors\n\n| Code | Description |\n|---|---|\n| 404 Not Found | Gone. |\n| {: .x } | y |\n";
    let (_dir, path) = write_temp("page.md", page.as_bytes());
    let quiet = httpref().arg("import").arg(&path).output().unwrap();
    assert_eq!(
        String::from_utf8(quiet.stderr).unwrap(),
        "httpref: table 3 \"Errors\": 1 row, abnormal (code: Code, description: Description), 1 row skipped (-v says why)\n\
         httpref: skipped 2 tables with no status or error codes (-v says why)\n\
         httpref: imported 1 rows from 1 table (0 normal, 1 abnormal)\n"
    );
    let verbose = httpref().arg("import").arg(&path).arg("--verbose").output().unwrap();
    let stderr = String::from_utf8(verbose.stderr).unwrap();
    for line in [
        "httpref: table 1 \"Gateway Opcodes\": skipped: its codes (1…) are not HTTP statuses or error codes\n",
        "httpref: table 2 \"Parameters\": skipped: no code column\n",
        "httpref: table 3 \"Errors\", row 2: skipped: no code\n",
    ] {
        assert!(stderr.contains(line), "{line}\n{stderr}");
    }
}

#[test]
fn headers_in_other_languages() {
    let pages = [
        ("| Code d'état | Signification |\n|---|---|\n| 404 | Introuvable. |\n", "Introuvable."),
        ("| Código de estado | Descripción |\n|---|---|\n| 404 | No encontrado. |\n", "No encontrado."),
        ("| Código de status | Descrição |\n|---|---|\n| 404 | Não encontrado. |\n", "Não encontrado."),
        ("| Statuscode | Beschreibung |\n|---|---|\n| 404 | Nicht gefunden. |\n", "Nicht gefunden."),
        ("| Код состояния | Описание |\n|---|---|\n| 404 | Не найдено. |\n", "Не найдено."),
        ("| 状态码 | 说明 |\n|---|---|\n| 404 | 未找到 |\n", "未找到"),
        ("| ステータスコード | 説明 |\n|---|---|\n| 404 | 見つかりません |\n", "見つかりません"),
        ("| 상태 코드 | 설명 |\n|---|---|\n| 404 | 찾을 수 없음 |\n", "찾을 수 없음"),
    ];
    for (page, description) in pages {
        let (found, _) = import("page.md", page, &[]);
        assert_eq!(found, rows(&[("404", "", description, "abnormal")]), "{page}");
    }
}

#[test]
fn spans_error_codes_and_statuses_in_one_html_table() {
    let page = "<h2>Fehlercodes</h2><table><caption>Tabelle 1</caption>\
                <tr><th>HTTP-Statuscode</th><th>Fehlercode</th><th>Fehlermeldung</th><th>Beschreibung</th><th>Lösung</th></tr>\
                <tr><td rowspan=2>400</td><td>E.1</td><td>Falsch</td><td>Erster Teil.</td><td rowspan=3>Prüfen.</td></tr>\
                <tr><td>E.2</td><td>Auch falsch</td><td>Anders.</td></tr>\
                <tr><td>401</td><td>E.3</td><td>Nein</td><td><p>Nicht</p><p>erlaubt.</p></td></tr></table>";
    let (found, stderr) = import("page.html", page, &[]);
    assert_eq!(
        found,
        rows(&[
            ("E.1", "Falsch", "Erster Teil.", "abnormal"),
            ("E.2", "Auch falsch", "Anders.", "abnormal"),
            ("E.3", "Nein", "Nicht erlaubt.", "abnormal"),
        ])
    );
    assert!(
        stderr.starts_with(
            "httpref: table 1 \"Tabelle 1\": 3 rows, abnormal (code: Fehlercode, status: HTTP-Statuscode, \
             reason: Fehlermeldung, description: Beschreibung, notes: Lösung)\n"
        ),
        "{stderr}"
    );
}

#[test]
fn verbose_says_why_each_column_was_read_as_it_was() {
    let page = "## Erros\n\n| Código | Descrição | Descrição |\n|---|---|---|\n\
                | E205 | parameter cardNumber can not be null | Digite o número do seu cartão. |\n\
                | E316 | invalid parameter cardholderName | Por favor, digite um nome válido. |\n";
    let (_dir, path) = write_temp("page.md", page.as_bytes());
    let output = httpref().arg("import").arg(&path).arg("-v").output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let expected = [
        "(code: Código, reason: Descrição (column 2), description: Descrição (column 3))",
        "Descrição (column 2) is the reason: its cells are names beside a column of sentences",
        "Descrição (column 3) is the description: its header says so",
    ];
    for line in expected {
        assert!(stderr.contains(line), "{line:?} not in {stderr}");
    }
    // Without -v, only what was imported.
    let quiet = httpref().arg("import").arg(&path).output().unwrap();
    assert!(!String::from_utf8(quiet.stderr).unwrap().contains("is the reason"));
}

#[test]
fn a_table_with_its_codes_across_the_top_is_read_turned() {
    let page = "## Errors\n\n| | 200 | 400 | 404 |\n|---|---|---|---|\n| Name | OK | Bad Request | Not Found |\n\
                | Meaning | It worked. | The request is bad. | Nothing here. |\n";
    let (found, _) = import("page.md", page, &[]);
    assert_eq!(
        found,
        rows(&[
            ("200", "OK", "It worked.", "normal"),
            ("400", "Bad Request", "The request is bad.", "abnormal"),
            ("404", "Not Found", "Nothing here.", "abnormal"),
        ])
    );
    let (_dir, path) = write_temp("page.md", page.as_bytes());
    let verbose = httpref().arg("import").arg(&path).arg("-v").output().unwrap();
    assert!(String::from_utf8(verbose.stderr).unwrap().contains("its codes run across the top: read turned"));
}
