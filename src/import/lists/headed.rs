//! Headings that name a code ("### -1000 UNKNOWN"), each over the text that
//! explains it: subheadings and labelled paragraphs sort what it means from
//! what to do, quotations are tips, a bold name on its own line names it.

use super::entry::{
    bracketed, capitals_alone, dashed_among_codes, dashed_number, entry, heading_code, numbers_joined, statuses_joined,
    Entry,
};
use super::{leads_joined, table, unmarked, AT_LEAST};
use crate::import::cells::{code_span, snake_name, whole_number};
use crate::import::words::{self, mentions};
use crate::import::Block;
use lines::{areas_of_errors, assigned, caption, declares, labelled_values, next_item, telling, SECTION_WORDS};
use section::{admonition, aside, label_alone, labelled, labels, Part, Section};

/// Whether `phrase` is the label of a part of a code's text ("Probable cause", "Suggested fix").
pub(super) fn labels_a_part(phrase: &str) -> bool {
    labelled(&format!("{}: …", phrase.trim())).is_some()
}

mod lines;
mod section;

/// Headings that name a code ("### -1000 UNKNOWN"), each with the text under
/// it, as tables: one for each run of them no other heading interrupts.
pub(super) fn headed(blocks: Vec<Block>) -> Vec<Block> {
    let fields = super::fields::headings_of_fields(&blocks);
    let heading_code = |text: &str| heading_code(text).filter(|_| !fields.contains(text));
    let codes: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(text) => heading_code(text).map(|entry| entry.code),
            _ => None,
        })
        .collect();
    // "#### 200 OK" under each endpoint: responses, not a list of codes; a code listed twice is a slip.
    // Under headings that each speak of errors ("## Login Errors"), repeats list each area's errors.
    let repeats = codes.len() - codes.iter().collect::<std::collections::HashSet<_>>().len();
    let repeated = repeats * 5 >= codes.len() && !areas_of_errors(&blocks);
    if codes.len() < AT_LEAST || repeated {
        return blocks;
    }
    // Where most codes are words in capitals ("GETALLBATTLE001"), one without a number is one too.
    let in_capitals = codes.iter().filter(|code| capitals_alone(code).is_some()).count() * 2 > codes.len();
    // Where most codes are set as code ("## `invalid_api_key`"), a word so set is one too ("## `internal`").
    let spanned = |text: &String| code_span(text.trim()).is_some() && heading_code(text).is_some();
    let headings = blocks.iter().filter_map(|block| match block {
        Block::Heading(text) => Some(text),
        _ => None,
    });
    let headings: Vec<&String> = headings.collect();
    let in_spans = headings.iter().filter(|text| spanned(text)).count() * 2 > codes.len();
    // Where most codes close their heading in brackets ("… [redundant-cast]"), a word so set is one too.
    let in_brackets =
        headings.iter().filter(|text| bracketed(text).is_some_and(|(_, c)| codes.contains(&c.to_string())));
    let in_brackets = in_brackets.count() * 2 > codes.len();
    let lowercase = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase());
    // Where most codes are snake_case names ("### invalid_parameter"), a short one is one too ("### not_found").
    let snake = |t: &str| t.contains('_') && !t.starts_with('_') && snake_name(t);
    // Of the names, that is: statuses over them ("### 401 Unauthorized") are no names.
    let names: Vec<&String> = codes.iter().filter(|code| !whole_number(code)).collect();
    let in_snake = names.iter().filter(|code| snake(code)).count() * 2 > names.len();
    // So with kebab-case names ("## button-trigger"): a short one is one too ("## link-href").
    let kebab = |t: &str| {
        let parts = t.split('-').collect::<Vec<_>>();
        parts.len() >= 2
            && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
    };
    // Written as they are: "## `config-missing`" codes leave "## dry-run" a heading.
    let in_kebab = !in_spans && headings.iter().filter(|text| kebab(text.trim())).count() * 2 > codes.len();
    // "### 110 - Not specified" among them: "### 10 - Failed to open file" is a code too.
    let dashed_here = dashed_among_codes(&headings, |text| heading_code(text).is_some());
    // "#### Po-01 — Policy version mismatch" among "#### W-01 — …": a prefix in title case is one too.
    let in_prefixed =
        codes.iter().filter(|code| prefixed(code).is_some_and(|p| p.bytes().all(|b| b.is_ascii_uppercase())));
    let in_prefixed = in_prefixed.count() * 2 > codes.len();
    let title_prefixed = |text: &str| {
        let word = text.split_whitespace().next().filter(|w| prefixed(w).is_some() && in_prefixed)?;
        let entry = heading_code(&text.replacen(word, &word.to_uppercase(), 1))?;
        (entry.code == word.to_uppercase()).then(|| Entry { code: word.to_string(), ..entry })
    };
    let heading_code = |text: &str| {
        let word = code_span(text.trim()).filter(|w| lowercase(w));
        let word = word.filter(|_| in_spans).map(|code| Entry { code: code.to_string(), ..Entry::default() });
        let closing = bracketed(text).filter(|(_, code)| in_brackets && lowercase(code));
        let closing =
            closing.map(|(name, code)| Entry { code: code.to_string(), name: name.to_string(), ..Entry::default() });
        // "#### unauthorized" beside "#### invalid_request", "#### validation_error": one word, all in
        // lower case as no title is written, is a name set as code too.
        let one_word = in_snake && lowercase(text.trim()) && !words::is_one_of(text.trim(), SECTION_WORDS);
        let joined = (in_snake && snake(text.trim())) || (in_kebab && kebab(text.trim())) || one_word;
        let short_joined = joined.then(|| Entry { code: text.trim().to_string(), ..Entry::default() });
        heading_code(text)
            .or_else(|| capitals_alone(text).filter(|_| in_capitals))
            .or(word)
            .or(closing)
            .or(short_joined)
            .or_else(|| dashed_number(text).filter(|_| dashed_here.contains(text)))
            .or_else(|| title_prefixed(text))
    };
    // "**Invalid API Key**" right under "### `ERROR_KEY_DOES_NOT_EXIST`" names it; other leads
    // ("**Description:**") open their text.
    let names_a_code = |before: Option<&Block>, lead: &str| {
        let unnamed = |h: &String| heading_code(h).is_some_and(|entry| entry.name.is_empty());
        matches!(before, Some(Block::Heading(h)) if unnamed(h)) && !lead.ends_with([':', '：'])
    };
    let blocks = leads_joined(blocks, names_a_code);
    // "### **400** Bad Request" over "> El servidor no pudo…", code after code: where most codes
    // have only a quotation under them, the quotation says what each means.
    let quoted = {
        let (mut sections, mut only_quoted, mut current) = (0, 0, None::<(bool, bool)>);
        let mut end = |current: &mut Option<(bool, bool)>| {
            if let Some((text, quote)) = current.take() {
                sections += 1;
                only_quoted += usize::from(quote && !text);
            }
        };
        for block in &blocks {
            match block {
                Block::Heading(text) => {
                    end(&mut current);
                    current = heading_code(text).map(|_| (false, false));
                }
                Block::Text(_) | Block::Table(_) => current.iter_mut().for_each(|c| c.0 = true),
                Block::Aside(_) => current.iter_mut().for_each(|c| c.1 = true),
                _ => {}
            }
        }
        end(&mut current);
        only_quoted * 2 > sections
    };
    let mut out = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let mut open: Option<Section> = None;
    // The section open, if any, ends; the codes so far, if another block follows, are a table.
    let close = |open: &mut Option<Section>, entries: &mut Vec<Entry>, out: &mut Vec<Block>, table_ends: bool| {
        if let Some(Section { mut entry, mut texts, mut notes, causes, fields, also, asides, own_codes, .. }) =
            open.take()
        {
            // "Quando ocorre: …" ("when it occurs") says what a code means when nothing else does;
            // so does "From: Any", a field, only then; and a quotation, when it is all there is.
            if texts.is_empty() {
                // Not "Category: INPUT", "Retryable: false": a kind or a flag says nothing of what it is.
                let (telling, aside): (Vec<String>, Vec<String>) = fields.into_iter().partition(|f| telling(f));
                // "Severity: High" beside a cause that says what it means: kept with the notes.
                if !causes.is_empty() {
                    notes.extend(aside);
                }
                texts = if causes.is_empty() { telling } else { causes };
                let tips = notes.iter().any(|n| admonition(n));
                if quoted && texts.is_empty() && asides > 0 && asides == notes.len() && !tips {
                    texts = std::mem::take(&mut notes);
                }
            } else {
                notes.extend(causes);
                notes.extend(fields);
            }
            // "• **AUTH_FAILED** = `"api-101"`" under "### AUTH_FAILED": a member of an enum, its value the code.
            // With a sentence below it ("某条key获取数据异常时…"), the member names the code and the sentence says what it means.
            if let Some(value) = texts.first().and_then(|first| assigned(&entry.code, first)) {
                let member = std::mem::replace(&mut entry.code, value);
                texts.remove(0);
                // "Defined in src/ApiErrors.ts:16": where it is declared, not what it means.
                let path = |text: &str| {
                    let text = text.trim();
                    let path = text.strip_prefix("Defined in").map(|p| p.trim_start_matches(':').trim());
                    crate::import::cells::source_path(path.unwrap_or(text))
                };
                let (paths, sentences): (Vec<String>, Vec<String>) = texts.drain(..).partition(|text| path(text));
                notes.extend(paths);
                texts = sentences;
                match texts.is_empty() || !entry.name.is_empty() {
                    true => {
                        notes.append(&mut texts);
                        texts.push(member);
                    }
                    false => entry.name = member,
                }
            }
            entry.text = texts.join(" ");
            entry.notes = notes.join(" ");
            let (text, notes) = (entry.text.clone(), entry.notes.clone());
            entries.push(entry);
            entries.extend(also.into_iter().map(|other| Entry { text: text.clone(), notes: notes.clone(), ..other }));
            entries.extend(own_codes);
        }
        if table_ends && !entries.is_empty() {
            out.push(table(std::mem::take(entries)));
        }
    };
    // The level of the heading about to come, and how many headings came so far.
    let mut level = None;
    let mut headings = 0;
    let mut blocks = blocks.into_iter().peekable();
    while let Some(block) = blocks.next() {
        // "Soluções:" over a listing: the caption of an example, no text of the code's.
        let captions_code =
            matches!(&block, Block::Text(text) if caption(text)) && matches!(blocks.peek(), Some(Block::Code(_)));
        if captions_code && open.is_some() {
            continue;
        }
        if let Block::Level(next) = block {
            level = Some(next);
            continue;
        }
        let this_level = if matches!(block, Block::Heading(_)) { level.take() } else { None };
        headings += usize::from(matches!(block, Block::Heading(_)));
        // A name on its own line names a code its heading gives alone ("### `ERROR_ZERO_BALANCE`").
        let block = match block {
            Block::Lead(name) if !open.as_ref().is_some_and(Section::awaits_name) => Block::Text(name),
            block => block,
        };
        // "<summary>BUSY</summary>": a card titled by a short word in capitals, among codes in capitals.
        let card = this_level == Some(crate::import::BELOW_HEADINGS) && in_capitals;
        // "# Class=508 (0x01FC) - Error" over "## Type=0 …", "## Type=1 …": the page's title names
        // the family its codes belong to, not one of them.
        let family_title = |text: &str| {
            let field = text.trim().split(['=', ' ']).next().unwrap_or("");
            headings == 1
                && this_level == Some(1)
                && codes.len() >= AT_LEAST
                && words::is_one_of(field, words::CATEGORY)
        };
        let coded = match &block {
            Block::Heading(text) if family_title(text) => None,
            Block::Heading(text) => heading_code(text).or_else(|| {
                let word = card && super::word_in_capitals(text);
                word.then(|| Entry { code: text.trim().to_string(), ..Entry::default() })
            }),
            _ => None,
        };
        // "## Server Errors (5xx codes)" after "### 408 …": a new part of the page, not a part of the code.
        let within = open.as_ref().is_some_and(|section| !section.outranked_by(this_level));
        match block {
            // "#### HTTP Status Codes" over "1. **401 Unauthorized**" under a code: codes of their own, listed.
            Block::Heading(text)
                if within
                    && coded.is_none()
                    && words::speaks_of_codes(&text)
                    && matches!(blocks.peek(), Some(Block::Text(next)) if entry(next).is_some()) =>
            {
                close(&mut open, &mut entries, &mut out, true);
                out.extend(this_level.map(Block::Level));
                out.push(Block::Heading(text));
            }
            // "### Cause", "### Solution" under a code: parts of its section.
            // Why it happens says what it means only where nothing else does.
            Block::Heading(text) if within && mentions(&text, words::CAUSE) => {
                open.iter_mut().for_each(|section| (section.in_notes, section.in_causes) = (true, true));
            }
            Block::Heading(text) if within && coded.is_none() && (mentions(&text, words::NOTES) || aside(&text)) => {
                open.iter_mut().for_each(|section| (section.in_notes, section.in_causes) = (true, false));
            }
            // "### HTTP status code", "### Error Message" under a code: labels of the paragraph after each.
            Block::Heading(text) if within && coded.is_none() && labels(&text) => {
                open.iter_mut().for_each(|section| section.label = Some(text.clone()));
            }
            // "### Import Map contains invalid JSON" right under "## 1": the title of a code given alone.
            Block::Heading(text)
                if coded.is_none()
                    && text.split_whitespace().count() <= 8
                    && open.as_ref().is_some_and(|s| s.contains(this_level) && s.awaits_name()) =>
            {
                open.iter_mut().for_each(|section| section.entry.name = text.trim().to_string());
            }
            // "### Business rule violated" under "## 403 Forbidden": a part of its section, more of what it means.
            Block::Heading(_) if coded.is_none() && open.as_ref().is_some_and(|s| s.contains(this_level)) => {
                open.iter_mut()
                    .for_each(|section| (section.in_notes, section.in_causes, section.label) = (false, false, None));
            }
            Block::Heading(text) => match coded {
                Some(entry) => {
                    // "### 400 Bad Request" with nothing under it but "#### INVALID_PARAMETER": it heads
                    // the codes below it, a status over the API's own codes; no code of its own. A page
                    // titled "# 404 Not Found" is that code's page, whatever it lists.
                    let heads = open.as_ref().is_some_and(|section| {
                        let empty = section.texts.is_empty() && section.notes.is_empty();
                        empty && !section.titles_page && whole_number(&section.entry.code) != whole_number(&entry.code)
                    });
                    if heads {
                        open = None;
                    }
                    close(&mut open, &mut entries, &mut out, false);
                    // "206 Partial Content and 204 No Content": statuses, each with its name, over one text.
                    let lead = text.split_once([':', '：']).map_or(text.as_str(), |(lead, _)| lead);
                    let status = |(code, name)| Entry { code, name, ..Entry::default() };
                    let mut named = statuses_joined(lead).unwrap_or_default().into_iter().map(status).peekable();
                    // "-8 & -10 (Unable to send iBEC)": numbers, one name.
                    let joined = named.peek().is_none().then(|| numbers_joined(&entry)).flatten();
                    let mut named = named.chain(joined.into_iter().flatten());
                    let (entry, also) = match named.next() {
                        Some(first) => (first, named.collect()),
                        None => (entry, Vec::new()),
                    };
                    open = Some(Section {
                        entry,
                        level: this_level,
                        titles_page: headings == 1 && this_level == Some(1),
                        also,
                        texts: Vec::new(),
                        notes: Vec::new(),
                        causes: Vec::new(),
                        fields: Vec::new(),
                        in_notes: false,
                        in_causes: false,
                        label: None,
                        in_name: false,
                        meaning_labelled: false,
                        asides: 0,
                        own_codes: Vec::new(),
                    });
                }
                None => {
                    close(&mut open, &mut entries, &mut out, true);
                    out.extend(this_level.map(Block::Level));
                    out.push(Block::Heading(text));
                }
            },
            Block::Lead(name) => {
                if let Some(section) = open.as_mut() {
                    section.entry.name = name;
                }
            }
            // A quotation under a code: a tip or a warning, not what it means.
            Block::Aside(text) if open.is_some() => {
                if let Some(section) = open.as_mut() {
                    section.notes.push(text);
                    section.asides += 1;
                }
            }
            // "**Message**", "**Further Information**" alone under a code: labels of the paragraphs after them.
            Block::Text(text) if open.is_some() && label_alone(&text) => {
                open.iter_mut()
                    .for_each(|section| (section.label, section.in_name) = (Some(text.trim().to_string()), false));
            }
            // A labelled paragraph ("When to expect: …") opens a part, as a subheading does.
            // "BAD_PROTOCOL_MESSAGE: "BAD_PROTOCOL_MESSAGE"": the code declared, not what it means.
            Block::Text(text) if open.as_ref().is_some_and(|section| declares(&section.entry.code, &text)) => {}
            // "- **3904**: 平台补贴trx失败" after "- **3903**: …", an item its nested list made a heading:
            // the next item of the same list, a code of its own, not more of the one above.
            Block::Text(text)
                if open.as_ref().is_some_and(|s| raised_item(s.level) && next_item(&s.entry.code, &text)) =>
            {
                close(&mut open, &mut entries, &mut out, true);
                out.push(Block::Text(text));
            }
            Block::Text(text) if open.is_some() => {
                if let Some(section) = open.as_mut().filter(|section| whole_number(&section.entry.code)) {
                    section.own_codes.extend(section::own_code(&text).map(|own| Entry { name: String::new(), ..own }));
                }
                let text = unmarked(&text).into_owned();
                open.iter_mut().for_each(|section| match section.label.take() {
                    Some(label) => match labelled(&format!("{label}: {text}")) {
                        // A message under its "Message" label, however long.
                        None if matches!(labelled(&format!("{label}: …")), Some(Part::Name(_))) => {
                            section.take(Some(Part::Name(&text)), &text)
                        }
                        None => section.texts.push(text.clone()),
                        part => section.take(part, &text),
                    },
                    None => section.take(labelled(&text), &text),
                })
            }
            // "| **Title** | Cannot Open Database |", "| **Description** | … |" under a code: its parts, labelled.
            Block::Table(table) if open.is_some() && labelled_values(&table) => {
                for row in &table.rows {
                    let line = format!("{}: {}", row[0].text.trim(), row[1].text.trim());
                    open.iter_mut().for_each(|section| match labelled(&line) {
                        // "Severity: Critical": more about it, not what it means.
                        None => section.notes.push(line.clone()),
                        part => section.take(part, &line),
                    });
                }
            }
            // Examples under a code say nothing of what it means, nor the label over them.
            Block::Code(_) if open.is_some() => open.iter_mut().for_each(|section| section.label = None),
            other => {
                close(&mut open, &mut entries, &mut out, true);
                out.push(other);
            }
        }
    }
    close(&mut open, &mut entries, &mut out, true);
    out
}

/// "W-01", "Po-01" → "W", "Po": a prefix of a few letters, a hyphen and a number.
fn prefixed(code: &str) -> Option<&str> {
    let (prefix, number) = code.split_once('-')?;
    let letters = (1..=4).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_alphabetic());
    let capital = prefix.starts_with(|c: char| c.is_ascii_uppercase());
    (letters && capital && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then_some(prefix)
}

/// A section a list item's words head (no level, or the level below every heading): the next
/// item of that list is no text of it.
fn raised_item(level: Option<u8>) -> bool {
    level.is_none_or(|level| level == crate::import::BELOW_HEADINGS)
}
