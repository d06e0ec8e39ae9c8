//! What a heading of a code says under it, sorted by the labels of its paragraphs: what it
//! means, why it happens, what to do, its name.

use super::{entry, Entry};
use crate::import::cells::{http_status, snake_name, whole_number, written_as_identifier};
use crate::import::profile::code_list;
use crate::import::words::{self, mentions};

/// "Message", "User Message": a paragraph of a label's words alone, with no mark after them.
pub(super) fn label_alone(text: &str) -> bool {
    let text = text.trim();
    let plain = text.chars().all(|c| c.is_alphabetic() || c == ' ');
    // Set as a title is ("User Message"), not as a phrase ("invalid name", "Invalid code");
    // words of causes and advice are labels however set ("Common causes").
    let titled = text.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
    let line = format!("{text}: …");
    let part = labelled(&line);
    let aside = text.starts_with(char::is_uppercase) && matches!(part, Some(Part::Cause(_) | Part::Notes));
    plain && (titled && part.is_some() || aside) && text.split_whitespace().count() <= 3
}

/// Whether a subheading under a code labels what follows it, as "Error Message:" would.
pub(super) fn labels(heading: &str) -> bool {
    let status = words::is_one_of(heading, words::STATUS_ALONE) || mentions(heading, words::STATUS);
    heading.split_whitespace().count() <= 4 && (status || labelled(&format!("{heading}: …")).is_some())
}

/// What a paragraph under a code says, by the label it opens with.
pub(super) enum Part<'t> {
    /// "Description: …": what the code means, the label aside.
    Meaning(&'t str),
    /// "When to expect: …", "Solution: …": more about it.
    Notes,
    /// "Cause: …", "Quando ocorre: …": why it happens, the label aside.
    Cause(&'t str),
    /// "HTTP Code: 400", "Complete type: `https://…`": a field of it (its status, its code
    /// again), not what it means.
    Field,
    /// "错误名: `insufficientBalance`": its name.
    Name(&'t str),
    /// "Code: `forbidden`", "Codes: a, b": the API's own codes, which a status heading answers with.
    OwnCodes(Vec<String>),
    /// "Severity: High", "严重程度: 🚨 Critical": how grave it is, kept beside what it means.
    Grade,
}

pub(super) fn labelled(text: &str) -> Option<Part<'_>> {
    // "What to do — Review the request.": a dash sets a label apart too, where it comes first.
    let colon = text.find([':', '：']);
    let (label, rest) = match text.find(" — ") {
        Some(dash) if colon.is_none_or(|colon| dash < colon) => (&text[..dash], &text[dash + " — ".len()..]),
        _ => text.split_once([':', '：'])?,
    };
    let rest = rest.trim();
    if label.split_whitespace().count() > 4 {
        return None;
    }
    let status = mentions(label, words::STATUS) || words::is_one_of(label, words::STATUS_ALONE);
    let value = rest.trim_matches('`');
    // "错误代码: `ACT-ERR-0`": the code again, as its heading gives it; "Complete type: `https://…`".
    let token = !value.is_empty() && !value.contains(char::is_whitespace);
    let named = mentions(label, words::REASON) && !mentions(label, words::CATEGORY);
    // "HTTP 402: The balance is too low.": the status it is answered with, then what it means.
    let answered = label.trim().strip_prefix("HTTP").is_some_and(|n| http_status(n.trim()).is_some());
    // "Common causes:" over a list: the items after it say why it happens.
    if mentions(label, words::DESCRIPTION) || words::is_one_of(label, USES) || answered && !rest.is_empty() {
        Some(Part::Meaning(rest))
    } else if status && value.starts_with(|c: char| c.is_ascii_digit()) && value.split_whitespace().count() <= 4
        || words::is_one_of(label.trim(), ORIGINS)
    {
        Some(Part::Field)
    // "严重程度: 🚨 Critical", "Severity: High": how grave it is.
    } else if mentions(label, words::SEVERITY) && value.split_whitespace().count() <= 4 {
        Some(Part::Grade)
    } else if named && value.split_whitespace().count() <= 16 && !value.contains("://") {
        Some(Part::Name(value))
    } else if let Some(codes) = own_codes(label, rest) {
        Some(Part::OwnCodes(codes))
    } else if token
        && (mentions(label, words::CODE) || value.contains("://") || rest.starts_with('`') && rest.ends_with('`'))
    {
        Some(Part::Field)
    // "Symptoms:" over a list: what a reader meets when it happens, as a cause says.
    } else if mentions(label, words::CAUSE) || words::is_one_of(label.trim(), words::SYMPTOMS) {
        Some(Part::Cause(rest))
    } else if mentions(label, words::NOTES) || mentions(label, ASIDES) || rest.is_empty() && mentions(label, BODIES) {
        Some(Part::Notes)
    } else {
        None
    }
}

/// Labels of parts that say more about a code than what it means ("Typical examples:").
#[rustfmt::skip]
const ASIDES: &[&str] = &[
    "example", "guidance", "beispiel", "exemple", "ejemplo", "exemplo", "例", "典型",
];

/// "**Response**:" alone over a code block: the body answered, an example. With words after
/// it, it says what the code means.
const BODIES: &[&str] = &["response", "resposta", "respuesta", "réponse", "antwort"];

/// "**Uso**: Recurso criado com sucesso.", "Problème : …", "**What it means**: …": what a code is
/// used for, the problem it reports, said as what it means.
#[rustfmt::skip]
const USES: &[&str] = &[
    "uso", "usage", "use", "utilisation", "verwendung", "用途", "problème", "problem", "problema", "проблема",
    "what it means", "what this means", "what happened", "what went wrong",
];

/// "**Raised from:** `sumo/config(discover)`": where in the program it arises, a field.
#[rustfmt::skip]
const ORIGINS: &[&str] = &[
    "raised from", "raised by", "raised in", "thrown from", "thrown by", "thrown in", "emitted by", "emitted from",
];

/// Whether a subheading heads such a part ("#### 典型错误字符串", "### Examples").
pub(super) fn aside(heading: &str) -> bool {
    mentions(heading, ASIDES)
}

/// A heading's code and what the page says under it, so far.
pub(super) struct Section {
    pub(super) entry: Entry,
    /// The level of its heading, where the page gives one.
    pub(super) level: Option<u8>,
    /// Whether its heading is the page's title ("# 404 Not Found").
    pub(super) titles_page: bool,
    /// Other codes the heading names, sharing the text under it.
    pub(super) also: Vec<Entry>,
    pub(super) texts: Vec<String>,
    pub(super) notes: Vec<String>,
    /// Under a "Solution" subheading: what to do, not what it means.
    pub(super) in_notes: bool,
    /// "Cause: …" paragraphs, their labels aside.
    pub(super) causes: Vec<String>,
    /// After a "Common causes:" label: why it happens.
    pub(super) in_causes: bool,
    /// A subheading ("### Error Message") labelling the paragraph after it.
    pub(super) label: Option<String>,
    /// After a "Message" label: its paragraphs are the name, until the next label.
    pub(super) in_name: bool,
    /// Its meaning given under a "Description:" label: other labels say more.
    pub(super) meaning_labelled: bool,
    /// "From: Any": short labelled values, what it means only when nothing else says.
    pub(super) fields: Vec<String>,
    /// How many of its notes are quotations.
    pub(super) asides: usize,
    /// "- `DA3_WEIGHTS_NOT_FOUND`: …" among its causes: the API's own codes, each with its text.
    pub(super) own_codes: Vec<Entry>,
}

impl Section {
    /// A code its heading gives without a name, with nothing said of it yet.
    pub(super) fn awaits_name(&self) -> bool {
        self.entry.name.is_empty()
            && self.texts.is_empty()
            && self.notes.is_empty()
            && self.causes.is_empty()
            && !self.in_notes
    }
}

impl Section {
    /// Whether a heading of `level` is a subheading of this section's.
    pub(super) fn contains(&self, level: Option<u8>) -> bool {
        matches!((self.level, level), (Some(own), Some(level)) if level > own)
    }

    /// Whether a heading of `level` ranks above the code's own: it ends the section, whatever it says.
    pub(super) fn outranked_by(&self, level: Option<u8>) -> bool {
        matches!((self.level, level), (Some(own), Some(level)) if level < own)
    }

    /// Takes a paragraph under the code, by the part its label says it is.
    pub(super) fn take(&mut self, part: Option<Part>, text: &str) {
        let section = self;
        if part.is_some() {
            section.in_name = false;
        }
        match part {
            // "描述:" with nothing after it: the page left it out, or its lines follow.
            Some(Part::Meaning(rest)) => {
                (section.in_notes, section.in_causes, section.meaning_labelled) = (false, false, true);
                section.texts.extend(Some(rest.to_string()).filter(|rest| !rest.is_empty()))
            }
            Some(Part::Notes) => {
                (section.in_notes, section.in_causes) = (true, false);
                section.notes.push(text.to_string())
            }
            // "Common causes:" over a list, "Quando ocorre: …": why it happens.
            // "Gatilhos Comuns:" after "Quando ocorre: …": the first cause says what it means, the
            // next ones more about it.
            Some(Part::Cause(rest)) if !section.causes.is_empty() => {
                (section.in_notes, section.in_causes) = (true, false);
                section.notes.extend(Some(rest.to_string()).filter(|rest| !rest.is_empty()))
            }
            Some(Part::Cause(rest)) => {
                (section.in_notes, section.in_causes) = (true, true);
                section.causes.extend(Some(rest.to_string()).filter(|rest| !rest.is_empty()))
            }
            // "HTTP Code: 400": the status it is answered with, not what it means.
            Some(Part::Field) => {}
            // "Code: `forbidden`" under "403 FORBIDDEN": the codes the status is answered with key its rows.
            Some(Part::OwnCodes(codes)) => {
                let entry = &mut section.entry;
                let status = http_status(&entry.code).is_some() && entry.status.is_empty();
                if status && !codes.iter().any(|code| code.eq_ignore_ascii_case(&entry.code)) {
                    entry.status = std::mem::take(&mut entry.code);
                    let mut codes = codes.into_iter();
                    entry.code = codes.next().unwrap_or_default();
                    let (name, status) = (entry.name.clone(), entry.status.clone());
                    let other = |code| Entry { code, name: name.clone(), status: status.clone(), ..Entry::default() };
                    section.also.extend(codes.map(other));
                }
            }
            Some(Part::Grade) => section.fields.push(text.to_string()),
            // "Error message:" alone: over the message, or over an example of it.
            Some(Part::Name("")) => section.label = Some(text.trim_end_matches([':', '：']).to_string()),
            Some(Part::Name(name)) if section.entry.name.is_empty() => {
                section.entry.name = name.to_string();
                // "Message" alone heads the paragraphs of the name; "Message — Payment required." gives it.
                section.in_name = !text.contains([':', '：']) && !text.contains(" — ");
            }
            // "Subscription upgrade required." over "To upgrade, go to …", both under "Message".
            None if section.in_name => section.entry.name = format!("{} {}", section.entry.name, text.trim()),
            // "Error Message Jp" after "Error Message": the name again, in another language.
            Some(Part::Name(_)) => section.notes.push(text.to_string()),
            // "Surface: Toast …" after "Trigger: …": a part of its own, under a label no cause has.
            None if section.in_causes && own_part(text) => {
                section.in_causes = false;
                section.notes.push(text.to_string())
            }
            None if section.in_causes => section.causes.push(text.to_string()),
            None if section.in_notes => section.notes.push(text.to_string()),
            // "From: Any" over "Triggers if …": a field of the code, short, not what it means.
            None if !section.meaning_labelled && other_label(text).is_some_and(short_value) => {
                section.fields.push(text.to_string())
            }
            // "Default Limit: 10,000" beside its "Description:": more about it, under a label of its own.
            None if section.meaning_labelled && other_label(text).is_some() => {
                section.in_notes = true;
                section.notes.push(text.to_string())
            }
            None => section.texts.push(text.to_string()),
        }
    }
}

/// "Code: `forbidden`", "Codes: unauthenticated, unauthenticated_appcheck": the identifiers a
/// code label gives, none a number.
fn own_codes(label: &str, value: &str) -> Option<Vec<String>> {
    if !mentions(label, words::CODE) || mentions(label, words::STATUS) {
        return None;
    }
    let value = value.replace('`', "");
    // "UNAUTHORIZED": one word in capitals is a constant too.
    let capitals = super::super::word_in_capitals;
    let identifier = |code: &str| {
        !whole_number(code) && (snake_name(code) || written_as_identifier(code) || capitals(code)) && code.len() >= 3
    };
    let codes = match code_list(&value) {
        Some(codes) => codes,
        None => vec![value.trim().to_string()],
    };
    codes.iter().all(|code| identifier(code)).then_some(codes)
}

/// "Default Limit: 10,000": a label of a few words set as a title, and what follows it.
fn other_label(text: &str) -> Option<&str> {
    let (label, rest) = super::super::line_label(text)?;
    label.starts_with(char::is_uppercase).then_some(rest)
}

/// "Surface: Toast …", "Surface (agent view): …": a paragraph under a label of its own (a few
/// words set as a title, perhaps qualified in brackets), not a line of a list ("Missing https://").
fn own_part(text: &str) -> bool {
    let Some((label, rest)) = text.split_once([':', '：']) else { return false };
    let label = label.trim_end().strip_suffix(')').and_then(|l| l.split_once(" (")).map_or(label, |(l, _)| l);
    let rest = rest.trim();
    other_label(&format!("{label}: {rest}")).is_some() && !rest.is_empty() && !rest.starts_with('/')
}

/// "Any", "Geofencing, Location": a value of a few plain words, no message ("['%s'...]").
fn short_value(value: &str) -> bool {
    // "Yes (with exponential backoff)": the value, then an aside about it.
    let value = value.trim();
    let value = crate::import::cells::closing_aside(value).map_or(value, |(v, _)| v);
    let plain = value.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '/'));
    plain && (1..=3).contains(&value.split_whitespace().count())
}

/// "**Tip:** our SDKs retry…", "Deprecated: …": a quotation that says it is a tip or a warning,
/// beside what a code means, never that.
pub(super) fn admonition(quotation: &str) -> bool {
    let first = quotation.split_whitespace().next().unwrap_or("");
    let word = first.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    ADMONITIONS.contains(&word.as_str())
}

#[rustfmt::skip]
const ADMONITIONS: &[&str] = &[
    "tip", "note", "warning", "caution", "important", "info", "deprecated", "danger", "hint", "attention",
    "hinweis", "achtung", "warnung", "nota", "aviso", "atención", "atenção", "remarque", "avertissement",
    "注意", "提示", "警告", "注", "ヒント", "참고", "주의",
];

/// "- `DA3_WEIGHTS_NOT_FOUND`: weights missing" under "## 503 …": a code of the API's own, set as
/// code, with its text; it stays a part of what the status means too.
pub(super) fn own_code(text: &str) -> Option<Entry> {
    let (_, after) = text.trim_start().strip_prefix('`')?.split_once('`')?;
    if !after.starts_with([':', '：']) {
        return None;
    }
    entry(text).filter(|e| {
        let capitals = e.code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        let constant = e.code.contains('_') && capitals && e.code.starts_with(|c: char| c.is_ascii_uppercase());
        constant && !e.text.is_empty()
    })
}
