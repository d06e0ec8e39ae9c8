//! "code | msg | subCode | subMsg": a code and its message, then a sub-code of it and the sub-code's
//! message, as gateways answer both (`code` 40000 "Parameter error", `subCode` `missing-appId`). A
//! developer looks either up, so each gives a row of its own.

use crate::import::{Cell, RawTable};

/// The table with each main code and each sub-code a row of its own, in page order: the main
/// code where its cell holds one, then the sub-code of that row, with the columns beside them.
pub(super) fn sub_codes_apart(table: &RawTable) -> Option<RawTable> {
    let squeezed = |h: &String| h.to_lowercase().replace(['_', '-', ' '], "");
    let headers: Vec<String> = table.header.iter().map(squeezed).collect();
    let sub = |h: &String| h.starts_with("sub") || h.starts_with('子');
    let names_code = |h: &String| h.ends_with("code") || h.ends_with('码') || h.ends_with('碼');
    let names_text =
        |h: &String| ["msg", "message", "desc", "description", "信息", "描述", "说明"].iter().any(|w| h.ends_with(w));
    let find = |wanted: &dyn Fn(&String) -> bool| headers.iter().position(wanted);
    let sub_code = find(&|h| sub(h) && names_code(h))?;
    let sub_text = find(&|h| sub(h) && names_text(h))?;
    let code = find(&|h| !sub(h) && names_code(h))?;
    let text = find(&|h| !sub(h) && names_text(h))?;
    let cell = |row: &Vec<Cell>, i: usize| row.get(i).cloned().unwrap_or_default();
    let filled = |row: &Vec<Cell>, i: usize| row.get(i).is_some_and(|c| !c.text.trim().is_empty());
    // Sub-codes on a few rows at least, each its own.
    let subs: Vec<&str> = table.rows.iter().filter(|r| filled(r, sub_code)).map(|r| r[sub_code].text.trim()).collect();
    let distinct = subs.iter().collect::<std::collections::HashSet<_>>().len() == subs.len();
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
