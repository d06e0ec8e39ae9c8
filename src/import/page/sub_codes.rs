//! "code | msg | subCode | subMsg": a code and its message, then a sub-code of it and the sub-code's
//! message, as gateways answer both (`code` 40000 "Parameter error", `subCode` `missing-appId`). A
//! developer looks either up, so each gives a row of its own.

use crate::import::{Cell, RawTable};

/// The table with each main code and each sub-code a row of its own, in page order: the main
/// code where its cell holds one, then the sub-code of that row, with the columns beside them.
pub(super) fn sub_codes_apart(table: &RawTable) -> Option<RawTable> {
    let squeezed = |h: &String| h.to_lowercase().replace(['_', '-', ' '], "");
    let headers: Vec<String> = table.header.iter().map(squeezed).collect();
    // "subCode", "sub_msg", "子错误码": a sub-code and its text; not "Subscription code", "Substatus".
    const CODES: [&str; 4] = ["code", "errorcode", "errcode", "resultcode"];
    const TEXTS: [&str; 6] = ["msg", "message", "desc", "description", "errormsg", "errormessage"];
    let names = |h: &str, words: &[&str], chinese: &[&str]| words.contains(&h) || chinese.contains(&h);
    let sub_of = |h: &String| h.strip_prefix("sub").or_else(|| h.strip_prefix('子')).map(str::to_string);
    let sub_code = headers.iter().position(|h| sub_of(h).is_some_and(|r| names(&r, &CODES, &["错误码", "码"])))?;
    let sub_text =
        headers.iter().position(|h| sub_of(h).is_some_and(|r| names(&r, &TEXTS, &["错误信息", "错误描述", "信息"])))?;
    let code = headers.iter().position(|h| names(h, &CODES, &["错误码", "返回码"]))?;
    let text = headers.iter().position(|h| names(h, &TEXTS, &["错误信息", "错误描述", "返回信息"]))?;
    let cell = |row: &Vec<Cell>, i: usize| row.get(i).cloned().unwrap_or_default();
    let filled = |row: &Vec<Cell>, i: usize| row.get(i).is_some_and(|c| !c.text.trim().is_empty());
    // Sub-codes on a few rows at least, each its own.
    let subs: Vec<&str> = table.rows.iter().filter(|r| filled(r, sub_code)).map(|r| r[sub_code].text.trim()).collect();
    let distinct = crate::import::all_distinct(&subs);
    if subs.len() < 2 || !distinct {
        return None;
    }
    let others: Vec<usize> =
        (0..table.header.len()).filter(|i| ![code, text, sub_code, sub_text].contains(i)).collect();
    let mut header = vec![table.header[code].clone(), table.header[text].clone()];
    header.extend(others.iter().map(|&i| table.header[i].clone()));
    let mut rows = Vec::new();
    let mut last_main: Option<String> = None;
    for row in &table.rows {
        let main = cell(row, code);
        let new_main = filled(row, code) && last_main.as_deref() != Some(main.text.trim());
        if new_main {
            last_main = Some(main.text.trim().to_string());
            let mut out = vec![main, cell(row, text)];
            // What stands beside a sub-code is said of it; else of the main code.
            out.extend(others.iter().map(|&i| if filled(row, sub_code) { Cell::default() } else { cell(row, i) }));
            rows.push(out);
        }
        if filled(row, sub_code) {
            let mut out = vec![cell(row, sub_code), cell(row, sub_text)];
            out.extend(others.iter().map(|&i| cell(row, i)));
            rows.push(out);
        }
    }
    Some(RawTable { header, rows, labels: Vec::new(), ..table.clone() })
}
