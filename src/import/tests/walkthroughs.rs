//! Troubleshooting pages: statuses walked through one by one, each with the message a user
//! sees and what to do, and tables of the API's codes where a row has only a status.

use super::*;

#[test]
fn numbered_statuses_each_over_an_example_and_a_solution_are_all_read() {
    let page = "#### HTTP Status Codes\n\n\
                1. **401 Unauthorized**\n   ```\n   ❌ HTTP 401: Authentication failed\n   ```\n   **Solution**: Set a valid token.\n\n\
                2. **409 Conflict**\n   ```\n   ❌ HTTP 409: Resource already exists\n   ```\n   **Solution**: Update the version number.\n\n\
                3. **413 Payload Too Large**\n   ```\n   ❌ HTTP 413: Payload too large\n   ```\n   **Solution**: Remove large files.\n";
    assert_eq!(codes(page), ["401", "409", "413"]);
    // What to do is no part of what it means.
    assert_eq!(rows(page)[1], row("409", "", "Conflict", ""));
    let imported = import("errors.md", page, &Options::default()).unwrap();
    assert_eq!(imported.abnormal[0].notes.as_deref(), Some("Solution: Set a valid token."));
}

#[test]
fn a_row_with_no_code_written_is_keyed_by_its_status() {
    let page = "| HTTP | `error` | When |\n|---|---|---|\n\
                | 401 | `missing_api_key` | No key was sent |\n\
                | 429 | `rate_limit_exceeded` | Requests per minute exceeded |\n\n\
                | HTTP | `error` | When |\n|---|---|---|\n\
                | 400 | `invalid_cnpj` | Not 14 digits |\n\
                | 404 | `cnpj_not_found` | Valid CNPJ, not in database |\n\
                | 504 | — | Query timeout |\n";
    assert_eq!(rows(page)[4], row("504", "", "Query timeout", ""));
}

#[test]
fn a_heading_names_its_kind_then_its_constant_and_lists_statuses_below() {
    let page = "## Error Types\n\n### Validation Errors (VALIDATION_ERROR)\n\n\
                These errors occur when your manifest is invalid.\n\n\
                ### Network Errors (NETWORK_ERROR)\n\n\
                These errors occur when the registry cannot be reached.\n\n\
                #### HTTP Status Codes\n\n\
                1. **401 Unauthorized**\n   ```\n   ❌ HTTP 401: Authentication failed\n   ```\n   **Solution**:\n   - Set a valid token\n   - Or use the flag\n\n\
                2. **409 Conflict**\n   ```\n   ❌ HTTP 409: Resource already exists\n   ```\n   **Solution**: Update the version.\n\n\
                ### File System Errors (FILESYSTEM_ERROR)\n\n\
                These errors occur when files cannot be read.\n\n\
                ### Worker Error Codes (WORKER_XXX)\n\nThe pattern of the codes below.\n";
    assert_eq!(codes(page), ["VALIDATION_ERROR", "NETWORK_ERROR", "401", "409", "FILESYSTEM_ERROR"]);
    let network = "These errors occur when the registry cannot be reached.";
    assert_eq!(rows(page)[1], row("NETWORK_ERROR", "Network Errors", network, ""));
    // What to do, and the lines listing it, are no part of what it means.
    assert_eq!(rows(page)[2], row("401", "", "Unauthorized", ""));
}

#[test]
fn a_list_summing_up_the_headings_gives_the_code_only_it_names() {
    let page = "### NotFoundError (404)\n\nRaised when a resource is missing.\n\n\
                ### ConflictError (409)\n\nRaised on a conflict.\n\n\
                ### RateLimitError (429)\n\nRaised when throttled.\n\n\
                ## Best practices\n\n### Use Appropriate Status Codes\n\n\
                - **404 (NotFoundError)**: Resource doesn't exist\n\
                - **409 (ConflictError)**: Resource conflict\n\
                - **429 (RateLimitError)**: Too many requests\n\
                - **500 (Generic)**: Unexpected server error\n";
    assert_eq!(codes(page), ["404", "409", "429", "500"]);
    assert_eq!(rows(page)[3], row("500", "Generic", "Unexpected server error", ""));
}

#[test]
fn the_apis_own_codes_among_a_status_causes_are_rows_of_their_own() {
    let page = "## 500 Internal Server Error\n\n**Причины:**\n- Ошибка базы данных\n\n\
                ## 503 Service Unavailable\n\n**Причины:**\n- Модель не загружена\n\
                - `DA3_WEIGHTS_NOT_FOUND`: файлы весов отсутствуют\n\
                - `DA3_RUNTIME_UNAVAILABLE`: пакет не импортируется\n\n\
                ## 504 Gateway Timeout\n\n**Причины:**\n- `UPSTREAM_SLOW` — see the upstream's page\n";
    assert_eq!(codes(page), ["500", "503", "DA3_WEIGHTS_NOT_FOUND", "DA3_RUNTIME_UNAVAILABLE", "504"]);
    assert_eq!(rows(page)[2], row("DA3_WEIGHTS_NOT_FOUND", "", "файлы весов отсутствуют", ""));
}

#[test]
fn codes_named_as_some_of_each_status_are_said_kept_in_its_notes() {
    let page = "| Situation | HTTP | Typical code |\n| --- | ---: | --- |\n\
                | Missing credentials | 401 | FastAPI detail |\n\
                | Permission denied | 403 | `FORBIDDEN`, `OPERATOR_NOT_FOUND` |\n\
                | Resource missing | 404 | `NOT_FOUND` |\n\
                | Unexpected | 500 | — |\n";
    assert_eq!(codes(page), ["401", "403", "404", "500"]);
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let skipped = |line: &super::super::imported::ReportLine| match line {
        super::super::imported::ReportLine::Skip(text) => text.starts_with("codes named beside statuses"),
        _ => false,
    };
    let said = imported.report.iter().find(|line| skipped(line));
    let listed = "codes named beside statuses: FORBIDDEN, OPERATOR_NOT_FOUND, NOT_FOUND";
    assert_eq!(said, Some(&super::super::imported::ReportLine::Skip(listed.to_string())));
}

#[test]
fn codes_labelled_in_lines_no_list_read_are_said() {
    let page = "## HTTP Status Codes\n\n- `200 OK` - Request succeeded\n- `400 Bad Request` - Invalid input\n\
                - `401 Unauthorized` - Sign in first\n\n## API Error Codes\n\n**Invalid Email**\n\
                - Code: `invalid email address`\n- Status: 400\n- Cause: Email format is invalid\n\n\
                **Invalid Domain**\n- Code: `invalid domain`\n- Status: 400\n- Cause: Domain format is invalid\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let listed = "codes labelled in lines: invalid email address, invalid domain";
    assert!(imported.report.contains(&super::super::imported::ReportLine::Skip(listed.to_string())));
}

#[test]
fn a_remediation_column_is_what_to_do_not_what_it_means() {
    let page = "| Code | HTTP Status | Description | Remediation |\n|---|---|---|---|\n\
                | `ERR_UNAUTHORIZED` | 401 | Missing or invalid API key | Include a valid API key in the `Authorization` header |\n\
                | `ERR_EXPIRED_TOKEN` | 401 | Authentication token has expired | Re-authenticate to obtain a new token |\n\
                | `ERR_FORBIDDEN` | 403 | Insufficient permissions | Check that your API key has the required scope |\n";
    assert_eq!(rows(page)[0], row("ERR_UNAUTHORIZED", "", "Missing or invalid API key", "401"));
}

#[test]
fn a_suggested_code_column_holds_the_codes() {
    let page = "| Código Sugerido | Nome do Erro | Categoria |\n| :--- | :--- | :--- |\n\
                | `ERR-AUTH-001` | CREDENCIAIS_INVALIDAS | Autenticação |\n\
                | `ERR-AUTH-002` | TOKEN_INVALIDO | Autenticação |\n\
                | `ERR-PROV-001` | DADOS_INCOMPLETOS | Provisionamento |\n";
    assert_eq!(codes(page), ["ERR-AUTH-001", "ERR-AUTH-002", "ERR-PROV-001"]);
}

#[test]
fn a_number_and_a_name_joined_as_programs_join_words_are_two_codes() {
    let page = "| Error Type | HTTP Code | Example Scenario |\n|---|---|---|\n\
                | **Network / Timeout** | `0` / `RequestTimeout` | User loses 4G while posting. |\n\
                | **Validation** | `400`, `422` | Password too weak. |\n\
                | **Auth** | `401` | Token expired. |\n";
    assert_eq!(codes(page), ["0", "RequestTimeout", "400", "422", "401"]);
}

#[test]
fn items_led_in_bold_as_the_read_ones_are_said_when_unread() {
    let page = "## HTTP状态码错误映射\n\n- **401**: \"认证失败，请重新登录\"\n- **403**: \"没有权限访问此资源\"\n\
                - **404**: \"请求的资源不存在\"\n\n网络错误：\n- **Network Error**: \"网络连接失败\"\n\
                - **ECONNABORTED**: \"请求超时，请重试\"\n";
    let imported = import("errors.md", page, &Options::default()).unwrap();
    let listed = "names like its codes, in passing: Network Error, ECONNABORTED";
    assert!(imported.report.contains(&super::super::imported::ReportLine::Skip(listed.to_string())));
}
