//! From a page's tables to rows of httpref's table: the columns each table
//! is read from, the group of each row, rows continued or repeated, and a
//! report of everything imported or skipped.

use super::cells::{http_status, split_code, whole_number};
use super::columns::{self, Columns};
use super::groups::{group_by_code, is_registered, is_success, label_group};
use super::imported::{Imported, ReportLine, Row};
use super::lists::names_a_failure as failure;
use super::options::Options;
use super::page;
use super::profile::Profile;
use super::words::{self, mentions};
use super::{Block, Cell, RawTable};
use crate::sanitize::clean;
use crate::table::{is_blank, Group};
use line::Line;
use repeats::{append, merge, paragraphs_of};
use report::Tally;
use said::Said;
use std::collections::{HashMap, HashSet};

/// A cell's text as a table holds a field: cleaned and trimmed, and empty
/// when it shows nothing (only invisible characters), so that what is
/// imported loads.
fn field(text: &str) -> String {
    let text = clean(text);
    let text = text.trim();
    if is_blank(text) {
        String::new()
    } else {
        text.to_string()
    }
}

pub fn collect(blocks: &[Block], options: &Options) -> Imported {
    let mut imported = Imported::default();
    let mut seen = Seen::new();
    let mut skipped = 0;
    let tables = page::tables(blocks, options);
    // Tables under one header are read one way, from the cells of them all.
    let keys: Vec<Option<Vec<String>>> = tables.iter().map(|placed| tables::header_key(&placed.table)).collect();
    let keys = tables::read_as_wider(&tables, keys);
    let mut alike: HashMap<&Vec<String>, Vec<&RawTable>> = HashMap::new();
    for (placed, key) in tables.iter().zip(&keys) {
        if let Some(key) = key {
            alike.entry(key).or_default().push(&placed.table);
        }
    }
    let chosen = |number: usize| options.tables.as_ref().is_none_or(|chosen| chosen.contains(&number));
    // Profiled once per header, however many tables share it.
    let mut profiled: HashMap<&Vec<String>, Vec<Profile>> = HashMap::new();
    for (key, alike) in &alike {
        let widest = alike.iter().map(|t| columns::width(t)).max().unwrap_or(0);
        profiled.insert(key, columns::profile(alike, widest));
    }
    let found: Vec<Result<Columns, String>> = tables
        .iter()
        .zip(&keys)
        .map(|(placed, key)| {
            let own = || columns::find(&placed.table, &options.columns, placed.says_codes, &[]);
            match key.as_ref().and_then(|key| profiled.get(key)) {
                // Tables sharing a header are read one way, unless that way reads this one not at all
                // ("状态码" over numbers in one table, over "DELIVRD", "REJECTD" in the next); a row
                // or two are too few to say otherwise.
                Some(profiles) => columns::find_profiled(&placed.table, &options.columns, placed.says_codes, profiles)
                    .or_else(|shared| match placed.table.listed || placed.table.rows.len() < 3 {
                        true => Err(shared),
                        false => own().map_err(|_| shared),
                    }),
                // A table without a header is its own evidence.
                None => own(),
            }
        })
        .collect();
    let said = Said::of(&tables, &found, chosen);
    for (placed, found) in tables.iter().zip(found) {
        let name = &placed.name;
        if !chosen(placed.number) {
            imported.report.push(ReportLine::Skip(format!("{name}: skipped: not one of --tables")));
            skipped += 1;
            continue;
        }
        // "Country Code", "Codes Not Observed": not the API's outcomes, unless the user chose the table.
        let found = placed.not_outcomes.filter(|_| options.tables.is_none()).map_or(found, |why| Err(why.to_string()));
        let found = found.and_then(|columns| match said.leaves_out(&placed.table, &columns) {
            true => Err("its codes are not said to be errors or statuses, as other tables on the page are".to_string()),
            false => Ok(columns),
        });
        match found {
            // "450-459 | Context", "461 | Binding": ranges of codes, a key to them, one code aside.
            Ok(columns) if tables::ranges_only(&placed.table, &columns) => {
                imported.report.push(ReportLine::Skip(format!("{name}: skipped: its rows are ranges of codes")));
                skipped += 1;
            }
            Ok(_) if tables::families_only(&placed.table) => {
                imported.report.push(ReportLine::Skip(format!("{name}: skipped: its rows are families of codes")));
                skipped += 1;
            }
            Ok(columns) if tables::sorts_listed(&placed.table, &columns, &seen) => {
                imported.report.push(ReportLine::Skip(format!("{name}: skipped: its rows sort codes listed above")));
                skipped += 1;
            }
            Ok(columns) => {
                let alike = tables::header_key(&placed.table).and_then(|key| alike.get(&key).cloned());
                let alike = alike.unwrap_or_else(|| vec![&placed.table]);
                let reader = TableReader {
                    table: &placed.table,
                    alike: &alike,
                    columns: &columns,
                    options,
                    page_group: placed.group,
                    leads_name: leads::leads_name(&placed.table, &columns),
                    comma_leads: leads::comma_leads(&placed.table, &columns),
                };
                let line = reader.read(name, &mut seen, &mut imported);
                imported.report.push(ReportLine::Table(line));
                if placed.turned {
                    imported.report.push(ReportLine::Why(format!("{name}: its codes run across the top: read turned")));
                }
                imported.report.extend(reader.why(name).into_iter().map(ReportLine::Why));
                imported.tables_imported += 1;
                imported.report.extend(aside::codes_set_aside(name, &placed.table, &columns));
            }
            Err(why) => {
                imported.report.push(ReportLine::Skip(format!("{name}: skipped: {why}")));
                skipped += 1;
            }
        }
    }
    if skipped > 0 {
        let tables = if skipped == 1 { "table" } else { "tables" };
        imported.report.push(ReportLine::Summary(format!(
            "skipped {skipped} {tables} with no status or error codes (-v says why)"
        )));
    }
    imported
}

struct TableReader<'a> {
    table: &'a RawTable,
    /// The tables on the page that share its header, itself among them.
    alike: &'a [&'a RawTable],
    columns: &'a Columns,
    options: &'a Options,
    page_group: Option<Group>,
    /// Whether the phrases that lead the descriptions ("Bad Request - …") name the codes.
    leads_name: bool,
    /// Whether the description cells open with a short name and a comma ("IO error, this error…").
    comma_leads: bool,
}

impl TableReader<'_> {
    /// Adds the table's rows to `out`; returns its report line.
    fn read(&self, name: &str, seen: &mut Seen, out: &mut Imported) -> String {
        let columns = self.columns;
        // "Normal Status Code", "Error Codes": the code column's name can be a
        // label; beside a status column, rows go by their status instead.
        let header = self.table.header.get(columns.code).filter(|_| columns.status.is_none());
        let header_group = header.and_then(|h| label_group(h, self.options));
        let caption_group = self.table.caption.as_deref().and_then(|c| label_group(c, self.options));
        // "### 成功状态" over "| 错误码 | 说明 |": a heading of successes over the column name all tables share.
        let success_over_errors = header_group == Some(Group::Abnormal) && self.page_group == Some(Group::Normal);
        let header_group = header_group.filter(|_| !success_over_errors);
        let table_group = header_group.or(caption_group).or(self.page_group);
        // "245", "312": numbers below 400 that are no HTTP status are the API's own error codes; so
        // are those of every table of its header ("200 | UsernameMissing" beside "104 | MissingObjectId").
        let own_numbers = columns.status.is_none()
            && self.alike.iter().any(|table| {
                let codes: Vec<String> =
                    table.rows.iter().filter_map(|row| row.get(columns.code)).map(|c| split_code(&c.text).0).collect();
                let below = |c: &&String| http_status(c).is_some_and(|n| n < 400);
                let unknown = codes.iter().filter(below).filter(|c| !is_registered(c)).count();
                let statuses = codes.iter().filter(|c| is_registered(c)).count();
                // Below 400, where servers send few numbers of their own: "220", "221" beside "200".
                let statuses_below = codes.iter().filter(below).filter(|c| is_registered(c)).count();
                // One unofficial 2xx among statuses is a status too; as many unknown as known are the API's numbers.
                // So are "100" … "106", numbered one after another past the registry's.
                unknown > 0 && (unknown >= statuses || ranges::one_after_another(&codes))
                    || unknown > 1 && unknown >= statuses_below
            })
            || tables::named_otherwise(self.table, columns)
            || tables::numbered_apart(self.table, columns, self.alike);
        // "Mã lỗi" holding "00", "200", "10201": error codes among numbers no status is are the
        // API's own, and a 2xx among them succeeds only when its text says so ("200 | 成功").
        let numbers = self.table.rows.iter().filter_map(|row| row.get(columns.code)).map(|c| c.text.trim());
        let no_status = numbers
            .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()) && http_status(c).is_none())
            .count();
        // A column its header or the table's label calls errors, or the API's result codes.
        let code_header = self.table.header.get(columns.code);
        let errors = code_header.is_some_and(|h| mentions(h, words::ERROR) || mentions(h, words::RESULT_CODES))
            || table_group == Some(Group::Abnormal);
        // Or numbers no status is ("110002") among few registered statuses: the API's own codes.
        let codes = self.table.rows.iter().filter_map(|row| row.get(columns.code));
        let registered = codes.filter(|c| crate::catalogue::http_reason(c.text.trim()).is_some()).count();
        let own_numbers_among = columns.status.is_none() && no_status > 0;
        let few_statuses = own_numbers_among && registered * 2 < self.table.rows.len();
        let own_space = own_numbers_among && errors || few_statuses;
        // "BD-102 | 200 | …ошибки…" under a label that says errors: an error code answered with a
        // 2xx is an error still, unless its text says it succeeded.
        let unsaid_success = |row: &Row, group: Option<Group>| {
            // "Not Fully Successful": success denied.
            let denied = |text: &str| format!(" {} ", text.to_lowercase()).contains(" not ");
            let says = |text: &str| mentions(text, words::NORMAL) && !denied(text);
            // "ErrorCode | … | HttpStatus.OK(200)": the code column itself calls its codes errors.
            let error_column = self.table.header.get(columns.code).is_some_and(|h| mentions(h, words::ERROR));
            let errors_with_success = (group == Some(Group::Abnormal) || error_column)
                && row.status.as_deref().is_some_and(|status| is_success(status) && status != row.code);
            // "100", "104" among "0" … "21", few of them statuses: no more a status than a 2xx there.
            let below = is_registered(&row.code) && http_status(&row.code).is_some_and(|n| n < 400);
            let status_like = is_success(&row.code) && own_space || below && few_statuses;
            (status_like || errors_with_success) && !says(&row.reason) && !says(&row.description)
        };
        // "Status | Situation | Typical code": codes beside each status, kept in its notes, said.
        let some_of = columns.why.iter().find(|(_, why)| why == crate::import::columns::SOME_OF_CODES);
        if let Some((column, _)) = some_of {
            out.noted.extend(tables::codes_in(self.table, *column));
        }
        let mut row_group = None;
        let mut last: Option<(Group, usize)> = None;
        let mut tally = Tally::default();
        for (index, cells) in self.table.rows.iter().enumerate() {
            if let Some((_, label)) = self.table.labels.iter().find(|(at, _)| *at == index) {
                row_group = label_group(label, self.options).map(|group| (group, None)).or(row_group);
            }
            let empty = Cell::default();
            let cell = |column: usize| cells.get(column).unwrap_or(&empty);
            let line = match self.classify(&cell, last.is_some()) {
                Line::StatusOf(code, _) if !seen.contains_key(&code.to_lowercase()) => {
                    Line::Untexted(vec![code], ", and no table above describes it")
                }
                line => line,
            };
            match line {
                Line::ClassLabel(group, class) => {
                    row_group = Some((group, Some(class)));
                    last = None;
                }
                Line::Continuation => {
                    let row = out.row_mut(last.expect("a continuation follows a row"));
                    // With no description column, the one text column's text is the description.
                    let text_column = self.columns.description.or(self.columns.reason);
                    for column in text_column.iter().filter(|&&c| !cell(c).spanned) {
                        append(&mut row.description, &field(&cell(*column).text), " ");
                    }
                    let notes = self.notes(&cell, None);
                    if let Some(notes) = notes.filter(|_| self.columns.notes.iter().any(|&c| !cell(c).spanned)) {
                        append(row.notes.get_or_insert_with(String::new), &notes, " ");
                    }
                    tally.continued += 1;
                }
                Line::Skip(why) => {
                    out.report.push(ReportLine::Skip(format!("{name}, row {}: skipped: {why}", index + 1)));
                    tally.skipped += 1;
                }
                Line::Untexted(codes, why) => {
                    let code = codes.join(", ");
                    out.report
                        .push(ReportLine::Skip(format!("{name}, row {}: skipped: no text for {code}{why}", index + 1)));
                    out.untexted.extend(codes);
                    tally.skipped += 1;
                }
                Line::StatusOf(code, status) => {
                    if let Some(&Taken { at, .. }) = seen.get(&code.to_lowercase()) {
                        out.row_mut(at).status.get_or_insert(status);
                        tally.statuses += 1;
                    }
                }
                Line::Rows(rows) => {
                    // "Success" / "Failed" beside the code names the row's group.
                    let said = columns.group.and_then(|c| label_group(&cell(c).text, self.options));
                    for row in rows {
                        // "1xx … 5xx" listed above "200", "302": a class labels only statuses of its own.
                        let key = row.status.as_deref().unwrap_or(&row.code);
                        let other_class = |class: Option<u8>| {
                            class.is_some_and(|class| http_status(key).is_some() && key.as_bytes()[0] != class)
                        };
                        let class_group = row_group.filter(|&(_, class)| !other_class(class)).map(|(group, _)| group);
                        let group = said.or(class_group).or(table_group);
                        // A row said to have failed has, whatever its code.
                        let failed = said == Some(Group::Abnormal);
                        let own = (own_numbers || unsaid_success(&row, group)) && said.is_none() || failed;
                        if self.columns.advice_only && !seen.contains_key(&row.code.to_lowercase()) {
                            out.advised.push(row.code.clone());
                        }
                        last = Some(self.place(row, group, own, seen, out, &mut tally));
                    }
                }
            }
        }
        let group = match (table_group, self.table.labels.is_empty()) {
            (Some(group), true) => group.key().to_string(),
            (_, false) => "grouped by labels in the table".to_string(),
            (None, true) => "grouped by code".to_string(),
        };
        format!("{name}: {}", tally.describe(&group, &self.describe_columns()))
    }

    /// Adds `row` to its group, or to the row of the same code already
    /// taken; returns where it went.
    fn place(
        &self,
        row: Row,
        label_group: Option<Group>,
        own_numbers: bool,
        seen: &mut Seen,
        out: &mut Imported,
        tally: &mut Tally,
    ) -> (Group, usize) {
        if let Some(taken) = seen.get_mut(&row.code.to_lowercase()) {
            // "401 | No | Fix your API key" in a table of when to retry: what to do, not what it means.
            if self.columns.advice_only || self.columns.cause_only {
                append(out.row_mut(taken.at).notes.get_or_insert_with(String::new), &row.description, " ");
                tally.merged += 1;
                return taken.at;
            }
            // A row continued since ("its text joins that code's") holds other paragraphs now.
            if out.row_mut(taken.at).description.len() != taken.length {
                taken.paragraphs = paragraphs_of(&out.row_mut(taken.at).description);
            }
            merge(out.row_mut(taken.at), row, &mut taken.paragraphs);
            taken.length = out.row_mut(taken.at).description.len();
            tally.merged += 1;
            return taken.at;
        }
        // "200 | ERR_UNKNOWN", "email_not_found | 200": a row its own name calls an error is none of the successes.
        let own_failure = row.status.is_some() && failure(&row.code.to_ascii_lowercase());
        let named_error = row.reason.to_ascii_lowercase().starts_with("err") || own_failure;
        // "-2013", answered with 200: a negative number is an error's, whatever answers it.
        let negative = row.code.starts_with('-') && whole_number(&row.code);
        // A row's own status, when the table gives one, says whether it succeeded, not its code.
        // "250 | Queued mail | …successfully queued": a 2xx no registry lists, its text saying it succeeded.
        let said_success = {
            let text = format!("{} {}", row.reason, row.description);
            let two_hundred = http_status(&row.code).is_some_and(|n| (200..300).contains(&n));
            let denied = mentions(&text, words::ABNORMAL) || text.to_lowercase().contains(" not ");
            row.status.is_none() && two_hundred && mentions(&text, words::NORMAL) && !denied
        };
        let success = (is_success(row.status.as_deref().unwrap_or(&row.code)) || said_success) && !named_error;
        let group = match label_group {
            // The API's own numbers are errors, but for one its text says succeeded ("İşlem başarılı").
            _ if own_numbers && !said_success || named_error || negative => Group::Abnormal,
            _ if success => Group::Normal,
            // "400 Bad Request" after "In case of a successful request, …": a registered error
            // status is an error, whatever a label above said of the statuses before it.
            Some(Group::Normal)
                if row.status.is_none() && is_registered(&row.code) && row.code.starts_with(['4', '5']) =>
            {
                Group::Abnormal
            }
            Some(group) => group,
            None => group_by_code(&row.code, row.status.as_deref()),
        };
        let list = match group {
            Group::Normal => &mut out.normal,
            Group::Abnormal => &mut out.abnormal,
        };
        let paragraphs = paragraphs_of(&row.description);
        let length = row.description.len();
        seen.insert(row.code.to_lowercase(), Taken { at: (group, list.len()), paragraphs, length });
        list.push(row);
        tally.taken += 1;
        (group, list.len() - 1)
    }

    /// The notes columns' text in this row, joined, but for one standing in for the description.
    fn notes<'c>(&self, cell: &dyn Fn(usize) -> &'c Cell, described_by: Option<usize>) -> Option<String> {
        let columns = self.columns.notes.iter().filter(|&&c| Some(c) != described_by);
        let texts: Vec<String> = columns.map(|&c| field(&cell(c).text)).filter(|t| !t.is_empty()).collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    }
}

/// Each code taken so far, lower-cased.
type Seen = HashMap<String, Taken>;

/// Where a code's row went, and the paragraphs its description held when `length` long.
struct Taken {
    at: (Group, usize),
    paragraphs: HashSet<String>,
    length: usize,
}

mod aside;
mod leads;
mod line;
mod ranges;
mod repeats;
mod report;
mod said;
mod tables;

#[cfg(test)]
mod tests;
