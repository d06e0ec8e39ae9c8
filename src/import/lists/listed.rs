//! Runs of lines that each pair a code with its text, read as tables: where a run starts and
//! ends, which lines between say more of the code above, and which only label a group.

use super::entry::{
    capital_led, either_code, ends_with_text, entry, named_statuses, names_an_error, plain_numbered, quoted_member,
    spanned_dashed, Entry,
};
use super::{fields, table, unmarked, AT_LEAST};
use crate::import::cells::{short_name, whole_numbers};
use crate::import::words::{self, mentions, speaks_of_codes};
use crate::import::Block;
use std::collections::HashSet;

/// "-32700: Parse error - Invalid JSON", "-32601: Method not found - Unknown method": when most
/// lines of a list set a short name apart by one dash, each name is the line's name. So do words
/// before an em dash, however cased ("`E0001` invalid input character — the scanner met …").
fn names_apart(mut entries: Vec<Entry>) -> Vec<Entry> {
    let split = |text: &str, strict: bool| {
        let dash = [" - ", " — "].into_iter().find(|dash| text.matches(dash).count() == 1)?;
        let (name, rest) = text.split_once(dash)?;
        let cased = name.starts_with(char::is_uppercase) || dash == " — ";
        // Once the list is seen to name its codes so, a name may hold a mark ("requires `:=`").
        let short = if strict { short_name(name) } else { name.split_whitespace().count() <= 6 };
        (short && cased && !rest.trim().is_empty()).then(|| (name.trim().to_string(), rest.trim().to_string()))
    };
    let named = entries.iter().filter(|e| e.name.is_empty() && split(&e.text, true).is_some()).count();
    if named >= 2 && named * 2 > entries.len() {
        for entry in entries.iter_mut().filter(|e| e.name.is_empty()) {
            if let Some((name, rest)) = split(&entry.text, false) {
                (entry.name, entry.text) = (name, rest);
            }
        }
    }
    entries
}

/// "1 Missing or invalid format" above "128 Missing required parameter": in a stretch of lines
/// that each start with a number and its text, mostly codes, the short numbers are codes too.
fn counted_among_codes(blocks: &[Block]) -> HashSet<usize> {
    let mut counted = HashSet::new();
    let mut stretch: Vec<(usize, bool)> = Vec::new();
    let mut end = |stretch: &mut Vec<(usize, bool)>| {
        let codes = stretch.iter().filter(|(_, code)| *code).count();
        if codes >= AT_LEAST && codes * 2 >= stretch.len() {
            counted.extend(stretch.iter().filter(|(_, code)| !code).map(|(at, _)| *at));
        }
        stretch.clear();
    };
    for (at, block) in blocks.iter().enumerate() {
        match block {
            Block::Text(text) if plain_numbered(text).is_some() => stretch.push((at, entry(text).is_some())),
            _ => end(&mut stretch),
        }
    }
    end(&mut stretch);
    // "SUCCESS -Success" among "INIT_FAILURE -…", "BAD_NAD -…": a word in capitals is one of them.
    let in_capitals = |entry: &Entry| entry.code.contains('_') && super::word_in_capitals(&entry.code);
    for (at, block) in blocks.iter().enumerate() {
        let line = match block {
            Block::Text(text) => Some((text, entry(text))),
            _ => None,
        };
        match line {
            Some((_, Some(entry))) if in_capitals(&entry) => stretch.push((at, true)),
            Some((text, None)) if capital_led(text).is_some() => stretch.push((at, false)),
            // Lines between them say more of the code above.
            Some(_) if !stretch.is_empty() => {}
            _ => end(&mut stretch),
        }
    }
    end(&mut stretch);
    counted
}

/// Lines that open like codes only under a heading of codes, three or more in a row written
/// alike: "ENOMETH: No such method" (an errno's name: "E" and capitals), "0 Invalid limit
/// specified" (a number and its text, with no mark between), "`invalid_token` — token does not
/// match" (a name set as code and a dash); not settings ("DEBUG: …"), fields ("MESSAGE: …"), a
/// glossary ("API: …"), counts or properties under other headings.
fn under_code_heading(text: &str) -> Option<Entry> {
    shaped_under_code_heading(text).map(|(_, entry)| entry)
}

/// The shape of [`under_code_heading`] that is a number and its text.
const NUMBERED: u8 = 1;
/// The shape of [`under_code_heading`] that is a name set as code, a dash and its text.
const SPANNED: u8 = 2;

/// [`under_code_heading`], with which of its shapes the line has.
fn shaped_under_code_heading(text: &str) -> Option<(u8, Entry)> {
    let errno = |code: &str| code.len() >= 4 && code.starts_with('E') && code.bytes().all(|b| b.is_ascii_uppercase());
    let capitals = || capital_led(text).filter(|e| errno(&e.code)).map(|e| (0, e));
    let numbered = || plain_numbered(text).map(|e| (NUMBERED, e));
    let spanned = || spanned_dashed(text).map(|e| (SPANNED, e));
    let quoted = || quoted_member(text).map(|e| (SPANNED, e));
    entry(text).is_none().then(|| capitals().or_else(numbered).or_else(spanned).or_else(quoted))?
}

/// Where lines of [`under_code_heading`] stand, as its shapes are: a run of one shape each.
/// Numbers and their text stand under a heading that names codes ("Error Codes"), not one that
/// names errors only ("Error workshop" over "1 Keynote").
fn counted_under_code_heading(blocks: &[Block]) -> HashSet<usize> {
    let mut counted = HashSet::new();
    let mut heading = "";
    // Each line of the run where it stands, with the entry it gives.
    let mut stretch: Vec<(usize, Entry)> = Vec::new();
    let mut shape: Option<u8> = None;
    // "Follow these steps:" over "1 Close the app": steps, not codes; "1 request per second": a count.
    let introduced = |stretch: &[(usize, Entry)]| {
        let before = stretch.first().and_then(|(at, _)| at.checked_sub(1)).map(|at| &blocks[at]);
        matches!(before, Some(Block::Text(text)) if text.trim_end().ends_with([':', '：']))
    };
    let capitalized =
        |stretch: &[(usize, Entry)]| stretch.iter().all(|(_, e)| e.text.starts_with(|c: char| !c.is_lowercase()));
    // "`user_id` — the id of the user": fields of an object; error names say what failed.
    let errors_named = |stretch: &[(usize, Entry)]| {
        let named = stretch.iter().filter(|(_, e)| names_an_error(&e.code)).count();
        named * 2 >= stretch.len()
    };
    let mut end = |stretch: &mut Vec<(usize, Entry)>, shape: Option<u8>, heading: &str| {
        let speaks = match shape {
            Some(NUMBERED) => mentions(heading, words::CODE) && !introduced(stretch) && capitalized(stretch),
            Some(SPANNED) => speaks_of_codes(heading) && errors_named(stretch),
            _ => speaks_of_codes(heading),
        };
        if speaks && stretch.len() >= AT_LEAST {
            counted.extend(stretch.iter().map(|(at, _)| *at));
        }
        stretch.clear();
    };
    for (at, block) in blocks.iter().enumerate() {
        let line = match block {
            Block::Text(text) => shaped_under_code_heading(text),
            _ => None,
        };
        match (block, line) {
            (_, Some((line, entry))) => {
                if shape.is_some_and(|s| s != line) {
                    end(&mut stretch, shape, heading);
                }
                shape = Some(line);
                stretch.push((at, entry));
            }
            (Block::Heading(text), _) => {
                end(&mut stretch, shape, heading);
                heading = text;
            }
            _ => end(&mut stretch, shape, heading),
        }
    }
    end(&mut stretch, shape, heading);
    counted
}

/// Code blocks between two codes written alike ("E001 …", its examples, "E005 …"): examples of
/// the first, which leave the list going on.
fn examples_between_codes(blocks: &[Block]) -> HashSet<usize> {
    let shape = super::code_shape;
    let mut out = HashSet::new();
    let mut last: Option<String> = None;
    for (at, block) in blocks.iter().enumerate() {
        match block {
            Block::Text(text) => last = entry(text).map(|e| shape(&e.code)).or(last.take()),
            Block::Code(_) => {
                // "**Solution**: …" after the example still speaks of the code above it.
                let said_of_it = |b: &&Block| matches!(b, Block::Text(text) if entry(text).is_none());
                let next = blocks[at + 1..].iter().find(|b| !matches!(b, Block::Code(_)) && !said_of_it(b));
                let next = match next {
                    Some(Block::Text(text)) => entry(text).map(|e| shape(&e.code)),
                    _ => None,
                };
                if next.is_some() && next == last {
                    out.insert(at);
                }
            }
            _ => last = None,
        }
    }
    out
}

/// "500 Server error on our side" over "This indicates …", last of codes each followed by a
/// paragraph: the paragraph after it is its own too.
fn last_described(run: &mut [(String, Entry)], between: &mut Vec<String>, described: usize) {
    if run.len() >= 2 && described + 1 == run.len() && between.len() == 1 {
        if let Some((line, last)) = run.last_mut() {
            said_more(line, last, between.drain(..));
        }
    }
}

/// The paragraphs after a code's line say more of it; a line that only names it, with no mark
/// between code and name ("101 File not found" over "A file … cannot be found."), gives its
/// name, they its text, as a heading would.
fn said_more(line: &str, above: &mut Entry, more: impl Iterator<Item = String>) {
    let more: Vec<String> = more.map(|text| unmarked(&text).into_owned()).collect();
    // "Solution: Set a valid token.": what to do about it, not what it means; so are the lines after it.
    let advice_from = more.iter().position(|text| crate::import::words::solution_only(text)).unwrap_or(more.len());
    let (more, advice) = (more[..advice_from].to_vec(), more[advice_from..].to_vec());
    for text in advice {
        above.notes = if above.notes.is_empty() { text } else { format!("{} {text}", above.notes) };
    }
    if more.is_empty() {
        return;
    }
    let unmarked_name = line.trim().strip_prefix(above.code.as_str()).is_some_and(|rest| rest.starts_with(' '))
        && line.trim().ends_with(above.text.as_str());
    let names =
        unmarked_name && above.name.is_empty() && short_name(&above.text) && above.text.starts_with(char::is_uppercase);
    if names && more.iter().all(|text| text.ends_with(['.', '。'])) {
        above.name = std::mem::take(&mut above.text);
        above.text = more.join(" ");
    } else {
        more.iter().for_each(|text| above.text = format!("{} {text}", above.text));
    }
}

/// "Textfeld 20x", "Format-Errors 2xx", "Select": a label over the codes after it (a range
/// they share, or a word alone), not more about the code above.
fn labels_a_group(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let range = |word: &str| {
        let digits = word.bytes().filter(u8::is_ascii_digit).count();
        let marks = word.bytes().filter(|b| b"xXy".contains(b)).count();
        digits + marks == word.len() && marks > 0 && word.starts_with(|c: char| c.is_ascii_digit())
    };
    let word_alone = |word: &str| word.chars().all(char::is_alphabetic);
    // "Device[code]": a group's name, tagged.
    let tagged = |word: &str| word.split_once('[').is_some_and(|(w, tag)| word_alone(w) && tag.ends_with(']'));
    // "Card errors": two words naming errors, as a label of the codes after them.
    let kind =
        |text: &str| words.len() == 2 && text.chars().all(|c| c.is_alphabetic() || c == ' ') && speaks_of_codes(text);
    match words[..] {
        _ if kind(text.trim()) => true,
        [word] => word_alone(word) || range(word) || tagged(word),
        [.., last] => words.len() <= 3 && range(last),
        [] => false,
    }
}

/// The text after the last code of a run, when its line is only a label of it ("Error Number: 8215").
fn described_below(run: &mut [(String, Entry)], between: &mut Vec<String>) {
    if let Some((_, last)) = run.last_mut().filter(|(_, last)| last.below) {
        let more = between.drain(..).map(|more| unmarked(&more).into_owned());
        let texts: Vec<String> = Some(std::mem::take(&mut last.text)).into_iter().chain(more).collect();
        last.text = texts.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ");
    }
}

/// "**Errors**:", "Erreurs :", "Status Codes:": a short label of codes, opening what follows.
fn codes_label(text: &str) -> bool {
    let label = text.trim().replace("**", "");
    let Some(words) = label.strip_suffix([':', '：']) else { return false };
    words.split_whitespace().count() <= 3 && speaks_of_codes(words)
}

/// Whether the last code of a run has a text of its own that ends with a colon, opening what follows.
fn announces(run: &[(String, Entry)]) -> bool {
    run.last().is_some_and(|(line, last)| {
        let opens = line.trim_end().ends_with([':', '：']);
        opens && last.name.is_empty() && !last.text.trim_end_matches([':', '：']).trim().is_empty()
    })
}

/// A literal block that is a line of prose, not code or a body: words, no braces or markup.
fn literal_prose(code: &str) -> bool {
    let code = code.trim();
    let one_line = !code.contains('\n') && code.chars().count() <= 400;
    let markup = code.contains(['{', '}', '<', '>', '[', ']', '=', ';', '$']);
    one_line && !markup && code.split_whitespace().count() >= 3 && code.starts_with(char::is_alphabetic)
}

/// Whether the last code of a run is labelled and nothing below it has been read yet.
fn awaits_text(run: &[(String, Entry)], between: &[String]) -> bool {
    run.last().is_some_and(|(_, last)| last.below && last.text.is_empty()) && between.is_empty()
}

/// Texts that list codes as tables, a table for each run of them, when `at_least` lines name codes.
pub(super) fn listed(blocks: Vec<Block>, at_least: usize) -> Vec<Block> {
    let mut counted = counted_among_codes(&blocks);
    counted.extend(counted_under_code_heading(&blocks));
    let is_entry =
        |(at, b): &(usize, &Block)| matches!(b, Block::Text(t) if entry(t).is_some()) || counted.contains(at);
    if blocks.iter().enumerate().filter(is_entry).count() < at_least {
        return blocks;
    }
    let mut out: Vec<Block> = Vec::new();
    // Each entry with its line as the page wrote it, should it turn out to be prose.
    let mut run: Vec<(String, Entry)> = Vec::new();
    // Text after an entry, kept back until the next entry shows it says more of the one above.
    let mut between: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<(String, Entry)>, out: &mut Vec<Block>| {
        // "ProTip: …" before a list of numbers is prose, not one of them.
        let numbers = run.iter().filter(|(_, entry)| whole_numbers(&entry.code)).count();
        while numbers * 2 > run.len() && run.first().is_some_and(|(_, entry)| !whole_numbers(&entry.code)) {
            out.push(Block::Text(run.remove(0).0));
        }
        fields::to_prose(run, out);
        // One numbered line is a list under its own heading, or that heading and a line introducing
        // it ("### 4100-4199", "Indicates …"); so is a code numbered or joined as no word is
        // ("PAGE4001", "LIVE_SESSION404"). Amid prose it is prose, and a lone name ("ProTip: …")
        // is prose wherever it stands.
        // "**Erreurs** :", "Status Codes:" over one "`409 Conflict` - …" label it as a heading would.
        let labelled = matches!(&out[..], [.., Block::Text(label)] if codes_label(label));
        let headed =
            labelled || matches!(&out[..], [] | [.., Block::Heading(_)] | [.., Block::Heading(_), Block::Text(_)]);
        let numbered =
            run.first().is_some_and(|(_, entry)| entry.code.contains(|c: char| c.is_ascii_digit() || c == '_'));
        match run.len() {
            0 => {}
            1 if !headed || !numbered => out.extend(run.drain(..).map(|(line, _)| Block::Text(line))),
            _ => out.push(table(names_apart(run.drain(..).map(|(_, entry)| entry).collect()))),
        }
    };
    let examples = examples_between_codes(&blocks);
    // How many codes of the run a paragraph after them said more of.
    let mut described = 0;
    for (at, block) in blocks.into_iter().enumerate() {
        match block {
            // "`AUTO_RANDOM` 的使用方法不正确": a paragraph under a labelled code is its text.
            Block::Text(text) if awaits_text(&run, &between) && !entry(&text).is_some_and(|e| e.below) => {
                between.push(text)
            }
            Block::Text(text) => match named_statuses(&text).or_else(|| either_code(&text)).or_else(|| {
                let counted_as = |text: &str| {
                    plain_numbered(text).or_else(|| capital_led(text)).or_else(|| under_code_heading(text))
                };
                let single = entry(&text).or_else(|| counted_as(&text).filter(|_| counted.contains(&at)));
                single.map(|entry| vec![entry])
            }) {
                Some(next) => {
                    // "Check that the token was copied whole.": more about the code above.
                    // "Error Number: 8001" over its text: the text below is its own.
                    // "Pay attention to these error codes:" opens what follows; it says nothing of the code above.
                    let opens = between.last().is_some_and(|last| last.trim_end().ends_with([':', '：']));
                    match run.last_mut().filter(|(line, above)| (ends_with_text(line) || above.below) && !opens) {
                        Some((line, above)) => {
                            described += usize::from(!between.is_empty());
                            said_more(line, above, between.drain(..).filter(|more| !labels_a_group(more)))
                        }
                        // Lines between names and their codes are labels ("短信验证码相关错误(12**)").
                        None if !between.is_empty() => {
                            flush(&mut run, &mut out);
                            described = 0;
                            out.extend(between.drain(..).map(Block::Text));
                        }
                        None => {}
                    }
                    run.extend(next.into_iter().map(|entry| (text.clone(), entry)));
                }
                None if !run.is_empty() => between.push(text),
                None => out.push(Block::Text(text)),
            },
            // "```sql … ```" in the paragraphs under a labelled code: an example, and more text may follow.
            Block::Code(_) if run.last().is_some_and(|(_, last)| last.below) => {}
            // "“101”: “Internal Server Error”:" over a literal block of one sentence: the line names
            // the code, the block says what it means.
            Block::Code(code) if between.is_empty() && announces(&run) && literal_prose(&code) => {
                if let Some((_, last)) = run.last_mut() {
                    last.name = last.text.trim_end_matches([':', '：']).trim().to_string();
                    last.text = code.trim().to_string();
                }
            }
            // "E001 High Complexity", a paragraph of what it means, then examples of it, then "E005 …":
            // the list goes on after them. A paragraph that introduces the example ("Run:") is prose.
            Block::Code(_)
                if examples.contains(&at)
                    && !run.is_empty()
                    && between.len() <= 1
                    && !between.iter().any(|said| said.trim_end().ends_with([':', '：'])) => {}
            other => {
                described_below(&mut run, &mut between);
                last_described(&mut run, &mut between, described);
                flush(&mut run, &mut out);
                described = 0;
                out.extend(between.drain(..).map(Block::Text));
                out.push(other);
            }
        }
    }
    described_below(&mut run, &mut between);
    last_described(&mut run, &mut between, described);
    flush(&mut run, &mut out);
    out.extend(between.drain(..).map(Block::Text));
    out
}
