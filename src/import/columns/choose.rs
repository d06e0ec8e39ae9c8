//! The columns a table is read from, given the role each column was guessed to have and
//! those the user placed: the key, the name, the text, the notes and the group.

use super::placed::Placed;
use super::values;
use super::{names_other_keys, Columns, Role};
use crate::import::cells::split_code;
use crate::import::profile::Profile;
use crate::import::words::{self, mentions};
use crate::import::RawTable;

/// The columns chosen from the roles guessed and those the user placed.
pub(super) fn choose(
    table: &RawTable,
    profiles: &[Profile],
    mut roles: Vec<Option<Role>>,
    user: &Placed,
) -> Result<Columns, String> {
    let width = roles.len();
    let first = |roles: &[Option<Role>], role: Role| roles.iter().position(|r| *r == Some(role));
    // A column its header calls the description ("Description", "说明").
    let headed_as_description = |i: usize| table.header.get(i).is_some_and(|h| mentions(h, words::DESCRIPTION));
    // "エラーコード列挙型 | エラーコード": of two columns headed as codes, the one headed as the
    // codes' enum or names names them; the other holds the codes.
    let coded: Vec<usize> = (0..width).filter(|&i| roles[i] == Some(Role::Code)).collect();
    let enumerates = |i: usize| table.header.get(i).is_some_and(|h| mentions(h, words::ENUMERATION));
    if let [named, other] = coded[..] {
        // "ErrorCode Enum Value | Code | Default Message": the message, named no longer, describes.
        let message = first(&roles, Role::Reason).filter(|_| first(&roles, Role::Description).is_none());
        let unnamed = first(&roles, Role::Reason).is_none() || message.is_some();
        if user.code.is_none() && user.reason.is_none() && enumerates(named) && !enumerates(other) && unnamed {
            if let Some(message) = message {
                roles[message] = Some(Role::Description);
            }
            roles[named] = Some(Role::Reason);
        }
    }
    values::constants_over_classes(table, profiles, &mut roles, user);
    let (code, status) = match (user.code.or(first(&roles, Role::Code)), user.status.or(first(&roles, Role::Status))) {
        (Some(code), status) => (code, status.filter(|s| *s != code)),
        (None, Some(status)) => (status, None),
        (None, None) => return Err("no code column".to_string()),
    };
    // A notes column its header calls the cause ("When it occurs", "原因").
    let cause_column = |roles: &[Option<Role>]| {
        (0..width)
            .find(|&i| roles[i] == Some(Role::Notes) && table.header.get(i).is_some_and(|h| mentions(h, words::CAUSE)))
    };
    // "Exception | Base Class | Exit Code": classes and what they extend, a hierarchy, not what codes mean.
    if let Some(base) = table.header.iter().find(|h| words::is_one_of(h.trim(), words::BASE_CLASS)) {
        // A cause ("Trigger") says what each class means, as a description would.
        let described = roles.contains(&Some(Role::Description)) || cause_column(&roles).is_some();
        if user.code.is_none() && !described {
            return Err(format!("its rows are classes and their {}, not what codes mean", base.trim()));
        }
    }
    // "Symptom | Likely cause" holding "401 on every request": situations a reader meets, each
    // with a code in it, not the codes.
    let symptoms = |h: &&String| user.code.is_none() && words::is_one_of(h.trim(), words::SYMPTOMS);
    if let Some(header) = table.header.get(code).filter(symptoms) {
        return Err(format!("its {} are situations, not codes", header.trim()));
    }
    // "错误编码开头 | 类型" holding "201 | 内部错误": the beginnings of codes, a key to the codes listed elsewhere.
    if let Some(header) = table.header.get(code).filter(|h| user.code.is_none() && mentions(h, words::PREFIX)) {
        return Err(format!("its {} are the beginnings of codes, not codes", header.trim()));
    }
    // "Endpoint | Método | Sucesso" holding "`/api/x` | POST | 201": a key left of the codes keys the rows.
    let keys_rows = |i: usize| roles[i].is_none() || i == 0 && i < code;
    if let Some(other) = (0..width).find(|&i| keys_rows(i) && names_other_keys(table.header.get(i))) {
        // "Status | Header | Description": what each status returns, not what it means.
        // "ID | Campo | Descripción | Tipo": fields, numbered, of a schema.
        let numbering = table.header.get(code).is_some_and(|h| words::is_one_of(h.trim(), words::NUMBERING));
        if (roles[code] == Some(Role::Status) || numbering) && user.code.is_none() {
            return Err(format!("its rows are about each {}, not the codes", table.header[other].trim()));
        }
    }
    // "Status | SDK exception | When it occurs" holding "401 | AuthenticationError | …": with a
    // cause to say what each code means, a column taken for text only by its place, of names set
    // as identifiers, names the codes.
    let caused = cause_column(&roles).is_some();
    let identifiers_by_place = (0..width).find(|&i| {
        let p = &profiles[i];
        let unnamed = !headed_as_description(i);
        // "100003" beside "`ERROR_FAILED_DESERIALIZE`" is the value the name stands for, no name.
        let names = p.filled >= 2
            && p.mostly(p.identifier.max(p.name_token), 0.8)
            && p.average_chars <= 30
            && !p.mostly(p.numeric, 0.5);
        // "identity-service", "api-gateway" again and again: where codes are raised, not their names.
        let own_names = !p.categories();
        matches!(roles[i], Some(Role::Description) | None)
            && i != code
            && unnamed
            && names
            && own_names
            && p.rarely_prose()
    });
    if let Some(i) = identifiers_by_place.filter(|_| caused && !roles.contains(&Some(Role::Reason))) {
        roles[i] = Some(Role::Reason);
    }
    let short_description = |roles: &[Option<Role>]| {
        // "Meaning" holding "OK", "Created" beside a longer "Description" names the code.
        let descriptions: Vec<usize> = (0..width).filter(|&i| roles[i] == Some(Role::Description)).collect();
        // "Description | Additional Information" with the second filled on a few rows: more
        // about some codes, so the column its header calls the description keeps its role.
        let headed = |i: &usize| headed_as_description(*i);
        let sparse = |i: &usize| profiles[*i].filled * 2 < profiles[*i].rows;
        let descriptions = match descriptions.iter().any(|i| headed(i) && !sparse(i)) {
            true => descriptions.into_iter().filter(|i| headed(i) || !sparse(i)).collect(),
            false => descriptions,
        };
        // Of two short ones ("message sign error" | "消息签名错误"), the name comes first.
        // Sentences ("节点配置禁用了该接口。") say what a code means, however short.
        // Nor do a few values given again and again ("No", "Suspended"), which sort the rows.
        let names = |i: usize| {
            let p = &profiles[i];
            p.average_chars <= 30 && !p.mostly(p.sentences, 0.6) && !p.categories()
        };
        let short = descriptions.iter().copied().filter(|&i| names(i));
        // "权限不足 | Forbidden": of two, one of names set as identifiers names the code.
        let tokens = |i: &usize| {
            let p = &profiles[*i];
            p.mostly(p.name_token, 0.8) || p.mostly(p.identifier, 0.8)
        };
        let named = short.clone().find(tokens).or(short.clone().next()).filter(|_| short.count() > 1);
        let shortest = *descriptions.iter().min_by_key(|&&i| profiles[i].average_chars)?;
        let shortest = names(shortest).then_some(shortest);
        named.or(shortest).filter(|_| descriptions.len() > 1)
    };
    // "VSDSERVICE_UNKNOWN_IK (Institutionskennung … nicht bekannt.)", "200 OK": the code cells carry the text.
    let cells = || table.rows.iter().filter_map(|row| row.get(code)).filter(|c| !c.text.trim().is_empty());
    let named_inline =
        cells().count() > 0 && cells().filter(|c| !split_code(&c.text).1.is_empty()).count() * 5 >= cells().count() * 4;
    // "200 OK | Erfolg | Lesende Anfragen": with the names in the code cells, a short text describes.
    let short_name_column = |roles: &[Option<Role>]| short_description(roles).filter(|_| !named_inline);
    // "type" holding "oauth", "oauth", "oauth" beside codes of their own: the one kind all the
    // table's codes share, not the name of each.
    let kind = |r: &usize| {
        let header = table.header.get(*r).is_some_and(|h| mentions(h, words::CATEGORY));
        let cells: Vec<&str> = table.rows.iter().filter_map(|row| row.get(*r)).map(|c| c.text.trim()).collect();
        let one_kind = cells.len() >= 3 && cells.iter().all(|c| !c.is_empty() && *c == cells[0]);
        header && one_kind && profiles[code].mostly_once() && user.reason.is_none()
    };
    if let Some(column) = first(&roles, Role::Reason).filter(kind) {
        roles[column] = Some(Role::Notes);
    }
    // "英文说明 | 中文说明": the text in the headers' own language describes; the other names.
    if let Some((own, other)) = super::languages::language_pair(table, &roles).filter(|_| user.reason.is_none()) {
        let beside = |role: Role| (0..width).any(|i| i != own && i != other && roles[i] == Some(role));
        // "English Alarm Name | Chinese Name | Description": beside a description, the two name
        // the code, and the one in the headers' language is the name.
        let described = (0..width)
            .any(|i| i != own && i != other && roles[i] == Some(Role::Description) && headed_as_description(i));
        // "错误描述 | 中文提示 | 英文提示": but a name in English, as the code is written, names it.
        let english = table.header.get(other).is_some_and(|h| super::languages::names_english(h));
        let (own_role, other_role) = match (described, beside(Role::Reason)) {
            (true, _) if english => (Role::Notes, Role::Reason),
            (true, _) => (Role::Reason, Role::Notes),
            (false, true) => (Role::Description, Role::Notes),
            (false, false) => (Role::Description, Role::Reason),
        };
        roles[own] = Some(own_role);
        roles[other] = Some(other_role);
    }
    // "Category" holding "Parse Error", "Invalid Request", … each its own: names, whatever the header.
    let named_as_kinds = (0..width).find(|&i| {
        let p = &profiles[i];
        let kind = table.header.get(i).is_some_and(|h| mentions(h, words::CATEGORY));
        let names = p.filled >= 6 && p.each_once() && p.average_chars <= 30 && p.rarely_prose() && !p.codes();
        roles[i].is_none() && kind && names && user.reason.is_none()
    });
    // "Code | Key | Message" holding "TIMESHEET-000 | ErrorDuringDataProcessing | …": the program's
    // name for each code, each its own, names it where no other column does.
    const SYMBOLS: [&str; 4] = ["key", "identifier", "variant", "enum"];
    let named_as_symbols = (0..width).find(|&i| {
        let p = &profiles[i];
        let symbol = table.header.get(i).is_some_and(|h| words::is_one_of(h.trim(), &SYMBOLS));
        roles[i].is_none() && symbol && p.each_once() && p.mostly(p.token, 0.8) && user.reason.is_none()
    });
    // Beside a message that is the one text, the message describes the code the symbol names.
    let one_text = first(&roles, Role::Reason).filter(|_| first(&roles, Role::Description).is_none());
    if let Some((message, _)) = one_text.zip(named_as_symbols).filter(|_| user.description.is_none()) {
        roles[message] = Some(Role::Description);
    }
    let unnamed = first(&roles, Role::Reason).is_none();
    if let Some(i) = named_as_kinds.or(named_as_symbols).filter(|_| unnamed) {
        roles[i] = Some(Role::Reason);
    }
    values::payloads_as_notes(table, profiles, &mut roles, user);
    let reason = user.reason.or(first(&roles, Role::Reason)).or_else(|| short_name_column(&roles));
    if let Some(column) = reason.filter(|&r| roles[r] == Some(Role::Description)) {
        roles[column] = Some(Role::Reason);
    }
    // "Name | Code | Comment" holding "HERR_INVALID_PARAM | 2 | Invalid parameter": with nothing
    // else to say what a code means, a column of comments does.
    const COMMENTS: [&str; 5] = ["comment", "comments", "注释", "コメント", "코멘트"];
    let commented = (0..width).find(|&i| {
        let filled = profiles[i].filled * 10 >= profiles[i].rows * 9;
        let comments = table.header.get(i).is_some_and(|h| words::is_one_of(h.trim(), &COMMENTS));
        roles[i] == Some(Role::Notes) && filled && comments
    });
    // Only beside a program's constants ("HERR_INVALID_PARAM"), which name the codes and say nothing.
    let constant = |i: usize| roles[i] == Some(Role::Reason) && profiles[i].mostly(profiles[i].upper_snake, 0.8);
    let texts = (0..width).filter(|&i| matches!(roles[i], Some(Role::Reason | Role::Description))).count();
    if let Some(i) = commented.filter(|_| (0..width).any(constant) && texts == 1 && user.notes.is_empty()) {
        roles[i] = Some(Role::Description);
    }
    // "200 - OK | Everything worked as expected.": with the names in the code cells, sentences
    // under a header of names ("Summary") are what each code means.
    let undescribed = !roles.contains(&Some(Role::Description)) && user.description.is_none();
    let sentences = |r: usize| profiles[r].mostly(profiles[r].sentences, 0.5) && profiles[r].average_chars >= 25;
    let reason = match reason.filter(|&r| user.reason.is_none() && named_inline && undescribed && sentences(r)) {
        Some(column) => {
            roles[column] = Some(Role::Description);
            None
        }
        None => reason,
    };
    // "DESCRIPTION | EXPLANATION" holding "Data type does not exist | In the event you ask …": of two
    // columns headed as descriptions, with no name beside them, the short one names the codes.
    let described_twice: Vec<usize> =
        (0..width).filter(|&i| roles[i] == Some(Role::Description)).filter(|&i| headed_as_description(i)).collect();
    let short_beside_long = match described_twice[..] {
        [short, long] if reason.is_none() && !named_inline && user.description.is_none() => {
            let (s, l) = (&profiles[short], &profiles[long]);
            (s.average_chars <= 40 && l.average_chars >= 3 * s.average_chars).then_some(short)
        }
        _ => None,
    };
    let reason = match short_beside_long {
        Some(short) => {
            roles[short] = Some(Role::Reason);
            Some(short)
        }
        None => reason,
    };
    // "Error Code Description" describes the error code, beside "HTTP Status Code Description".
    let describes_code = table.header.get(code).filter(|h| !h.trim().is_empty()).and_then(|code_header| {
        let code_header = code_header.trim().to_lowercase();
        (0..width).find(|&i| {
            roles[i] == Some(Role::Description)
                && table.header.get(i).is_some_and(|h| h.to_lowercase().contains(&code_header))
        })
    });
    // A column its header calls the description, before one only long ("线上信号" beside "含义").
    let headed_description = |i: &usize| roles[*i] == Some(Role::Description) && headed_as_description(*i);
    // "200 OK | 성공 | 요청 정상 처리": with the names in the code cells, of two such, the short one
    // renders the name and the longer describes.
    let headed = match named_inline {
        true => (0..width).filter(headed_description).max_by_key(|&i| profiles[i].average_chars),
        false => (0..width).find(headed_description),
    };
    // "Cause" beside "Raised by" holding "/verify, /settle": a column only long is no match for
    // one its header calls the cause.
    let cause_headed = cause_column(&roles);
    let long_only =
        first(&roles, Role::Description).filter(|&i| table.header.get(i).is_some_and(|h| !h.trim().is_empty()));
    // "Raised by | Trigger", both long: the one its header calls the cause.
    let long_cause = (0..width).find(|&i| {
        Some(i) != long_only
            && roles[i] == Some(Role::Description)
            && table.header.get(i).is_some_and(|h| mentions(h, words::CAUSE))
    });
    let cause_headed = cause_headed.or(long_cause.filter(|_| long_only.is_some()));
    let description = user
        .description
        .or(describes_code)
        .or(headed)
        .or(long_only.and(cause_headed))
        .or(first(&roles, Role::Description))
        .or_else(|| {
            // Two columns of short names and none of descriptions: the second says more.
            roles.iter().enumerate().skip(reason? + 1).find(|(_, r)| **r == Some(Role::Reason)).map(|(i, _)| i)
        });
    // A table without a header: the column beside the codes explains them.
    let headless = table.header.iter().all(|h| h.trim().is_empty());
    let description = description.or_else(|| {
        let explains = |i: &usize| *i != code && roles[*i].is_none() && profiles[*i].filled > 0;
        (0..width).find(explains).filter(|_| headless && reason.is_none())
    });
    let reason = reason.or_else(|| {
        let described = description.filter(|_| headless && user.reason.is_none())?;
        values::names_between(profiles, &roles, code, described)
    });
    let mut notes = user.notes.clone();
    let notes_guessed: Vec<usize> = (0..width).filter(|&i| roles[i] == Some(Role::Notes)).collect();
    // "Category" holding "Config", "Handshake": a few values that sort the rows, not text about each;
    // so do a few words of any header ("Retryable?" holding "Yes", "No").
    // "Response class" written once over its rows ("Success", then blanks): the rows' kinds too.
    let kind_headed = |i: usize| table.header.get(i).is_some_and(|h| mentions(h, words::CATEGORY));
    let sorting: Vec<usize> = (0..width)
        .filter(|&i| roles[i].is_none())
        .filter(|&i| {
            let few = profiles[i].categories() && (kind_headed(i) || profiles[i].average_chars <= 12);
            few || kind_headed(i) && profiles[i].written_once()
        })
        .collect();
    // The columns of text beside the keys; remarks ("备注") are notes, not a second text.
    // A column of numbers ("100003" beside "ERROR_FAILED_DESERIALIZE") explains nothing.
    let numbers = |i: usize| profiles[i].mostly(profiles[i].numeric, 0.8);
    let others: Vec<usize> = (0..width)
        .filter(|&i| i != code && Some(i) != status && profiles[i].filled > 0 && roles[i] != Some(Role::Notes))
        .filter(|&i| !numbers(i))
        .filter(|i| !sorting.contains(i))
        .collect();
    // "Kode | Teks": with no text column named, the only other column explains the codes.
    // "Task | ErrorCode | Info" holding "TASK_HOVER | 00010001 | Receiver object missing": beside
    // identifiers, which say where a code is raised, the only column in words explains it.
    let worded: Vec<usize> =
        others.iter().copied().filter(|&i| !profiles[i].mostly(profiles[i].name_token, 0.8)).collect();
    // Not a matrix whose cells are codes again ("operation | Mutex | RwLock" holding "E301").
    // Nor beside other long numbers ("ErrBind | 100006 | 400"): which column keys the rows is unsure.
    let numbers_again = (0..width).any(|i| i != code && profiles[i].mostly(profiles[i].long_numbers, 0.5));
    let codes_again =
        numbers_again || others.iter().any(|&i| profiles[i].mostly(profiles[i].numbered + profiles[i].numeric, 0.5));
    let in_words = match (&others[..], &worded[..]) {
        ([_, _, ..], [only]) if roles[*only].is_none() && profiles[*only].filled >= 2 && !codes_again => Some(*only),
        (others, _) => others.first().copied().filter(|_| others.len() == 1),
    };
    let description = description.or(match in_words {
        // Not a few values again and again beside a cause ("INVALID_ARGUMENT" | "The order has no items").
        Some(only) if roles[only].is_none() && reason.is_none() && !(caused && profiles[only].categories()) => {
            Some(only)
        }
        // "Code | Name | Resource" holding "3003 | `PROJECT_NOT_FOUND` | Project": beside names set
        // as identifiers, the one column in words says what each is about.
        // Not a few values again and again ("Yes", "No"), nor beside a column of causes, which says more.
        Some(only)
            if roles[only].is_none()
                && reason.is_some_and(|r| profiles[r].mostly(profiles[r].name_token, 0.8))
                && !profiles[only].categories()
                && cause_headed.is_none()
                && !table.header.get(only).is_some_and(|h| mentions(h, ORIGINS)) =>
        {
            Some(only)
        }
        _ => None,
    });
    // And a table whose only text is one notes column ("Code | Remarks") is explained by it.
    let unread_text = others.iter().any(|&i| roles[i].is_none());
    let only_notes = || match notes_guessed[..] {
        [only] if !unread_text => Some(only),
        _ => None,
    };
    // Not file names ("login.php"), which say where a code is raised.
    let advice =
        only_notes().filter(|&i| reason.is_none() && cause_headed.is_none() && !super::content::file_names(table, i));
    // With no other text, a cause column says what the code means ("오류 발생 원인").
    let cause_alone = match (reason, description, user.notes.is_empty()) {
        (None, None, true) => cause_headed,
        _ => None,
    };
    let description = match (reason, description, user.notes.is_empty()) {
        (_, None, true) => cause_headed.or(advice),
        _ => description,
    };
    let advice_only = description.is_some() && description == advice;
    // "场景 | 错误码 | 处理建议" after the tables that explain its codes: situations first, each
    // pointing to a code as symptoms do, only notes on codes read above.
    const SCENARIOS: [&str; 6] = ["scenario", "场景", "シナリオ", "시나리오", "escenario", "cenário"];
    let situation_first = cause_alone.is_some_and(|i| i < code && mentions(&table.header[i], &SCENARIOS));
    let cause_only = description.is_some() && situation_first;
    // "error_code | HTTP Error": no text, but the status of codes another table describes.
    let statuses_only = reason.is_none() && description.is_none() && !named_inline;
    if statuses_only && status.is_none() {
        return Err("no column of text beside the codes".to_string());
    }
    if notes.is_empty() {
        notes.extend(notes_guessed.into_iter().chain(sorting).filter(|&i| Some(i) != description));
        // Further description columns say more: kept with the notes.
        notes.extend((0..width).filter(|&i| roles[i] == Some(Role::Description) && Some(i) != description));
        notes.sort_unstable();
    }
    let group = first(&roles, Role::Group);
    Ok(Columns {
        code,
        status,
        reason,
        description,
        notes,
        statuses_only,
        group,
        phrase_codes: false,
        literal_codes: false,
        why: Vec::new(),
        by_look: false,
        advice_only,
        cause_only,
    })
}

/// Headers of where a code comes from ("Service", "Module"): more about it, not what it means.
#[rustfmt::skip]
const ORIGINS: &[&str] = &[
    "service", "module", "component", "source", "owner", "team", "subsystem", "package", "layer", "服务", "模块",
    "组件", "来源", "サービス", "モジュール", "서비스", "모듈",
];
