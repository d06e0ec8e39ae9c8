//! The quality rule: when a term counts as found in a field, and how well.
//! A term is found as a word ("conflict"), the start of a word ("auth" in
//! "Authentication"), anywhere inside one ("auth" in "Unauthorized"), as
//! letters in order from the start of a word to the end of the next ("ntfnd"
//! in "Not Found", "notfound" in "StatusNotFound"), or as the start of a word with one
//! typo after its first three letters ("conflixt"). Letters scattered across
//! a long description are not found.
//!
//! Every kind is kept by a shorter term: a term that is found still is with
//! its last letters removed, so the rows a longer query matches are among
//! those a shorter one matched.

/// How a term was found, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Typo,
    Scattered,
    Inside,
    WordStart,
    Word,
}

impl Kind {
    pub fn points(self) -> i64 {
        match self {
            Kind::Word => 10,
            Kind::WordStart => 8,
            Kind::Inside => 5,
            Kind::Scattered => 3,
            Kind::Typo => 2,
        }
    }
}

/// Where and how a term was found in a field: the kind and the byte range
/// of the text it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// A query term, folded as fields are compared: ASCII case ignored.
#[derive(Debug, Clone)]
pub struct Term {
    pub text: String,
    /// Its characters, counted for the rules and compared with a word when looking for a typo.
    letters: Vec<char>,
    /// The least kind it may be found as: a short term or a number is found
    /// within one word, never as letters spread over several.
    pub floor: Kind,
    /// A number: never looked for in spec references ("418" is not in "RFC 4918").
    pub digits: bool,
    /// Short: its letters may be scattered over one word ("gtwy" in "Gateway"), not two.
    one_word: bool,
}

/// Terms this short are found only as a word, a word's start or inside one.
const SHORT_CHARS: usize = 4;

impl Term {
    pub fn new(text: &str) -> Term {
        let text = text.to_ascii_lowercase();
        let letters: Vec<char> = text.chars().collect();
        let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        let one_word = letters.len() <= SHORT_CHARS;
        let floor = match letters.len() {
            _ if digits => Kind::WordStart,
            0..=SHORT_CHARS => Kind::Scattered,
            _ => Kind::Typo,
        };
        Term { letters, text, floor, digits, one_word }
    }

    /// Whether this term finds rows `other` did not find, as a term it grew
    /// from: then the rows `other` matched cannot narrow its search.
    pub fn looser_than(&self, other: &Term) -> bool {
        self.floor < other.floor || other.digits && !self.digits || other.one_word && !self.one_word
    }
}

/// The letters a typo may not touch.
const TYPO_KEEPS: usize = 3;
const TYPO_MIN_CHARS: usize = TYPO_KEEPS + 1;

/// How `term` is best found in `field`, if it is.
pub fn find(field: &str, term: &Term) -> Option<Found> {
    find_above(field, term, Kind::Typo)
}

/// How `term` is best found in `field`, if as well as `least`: the kinds
/// below it are not looked for, which saves the costly ones.
pub fn find_above(field: &str, term: &Term, least: Kind) -> Option<Found> {
    let least = least.max(term.floor);
    if term.text.is_empty() || field.len() < term.letters.len().min(term.text.len()) {
        return None;
    }
    let found = inside(field, term);
    if found.is_some() || least > Kind::Scattered {
        return found.filter(|f| f.kind >= least);
    }
    scattered(field, term).or_else(|| if least <= Kind::Typo { typo(field, term) } else { None })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a word starts at byte `at`: after a non-word character, or at a
/// hump in camelCase ("Conflict" in "StatusConflict").
fn starts_word(field: &str, at: usize) -> bool {
    let Some(previous) = field[..at].chars().next_back() else { return true };
    let current = field[at..].chars().next();
    !is_word_char(previous) || previous.is_lowercase() && current.is_some_and(char::is_uppercase)
}

fn ends_word(field: &str, at: usize) -> bool {
    let next = field[at..].chars().next();
    let previous = field[..at].chars().next_back();
    !next.is_some_and(is_word_char) || previous.is_some_and(char::is_lowercase) && next.is_some_and(char::is_uppercase)
}

/// The term as it stands in the field, best occurrence first.
fn inside(field: &str, term: &Term) -> Option<Found> {
    let needle = term.text.as_bytes();
    let haystack = field.as_bytes();
    let first = needle[0];
    let mut best: Option<Found> = None;
    let mut from = 0;
    while from + needle.len() <= haystack.len() {
        let found = if first.is_ascii_alphabetic() {
            memchr::memchr2(first, first.to_ascii_uppercase(), &haystack[from..])
        } else {
            memchr::memchr(first, &haystack[from..])
        };
        let Some(offset) = found else { break };
        let at = from + offset;
        from = at + 1;
        let end = at + needle.len();
        if end > haystack.len() || !haystack[at..end].eq_ignore_ascii_case(needle) || !field.is_char_boundary(at) {
            continue;
        }
        if !field.is_char_boundary(end) {
            continue;
        }
        let kind = match (starts_word(field, at), ends_word(field, end)) {
            (true, true) => Kind::Word,
            (true, false) => Kind::WordStart,
            _ => Kind::Inside,
        };
        if best.is_none_or(|b| kind > b.kind) {
            best = Some(Found { kind, start: at, end });
            if kind == Kind::Word {
                break;
            }
        }
    }
    best
}

/// Byte ranges of the field's words.
fn words(field: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = field.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|&(_, c)| is_word_char(c))?;
        let mut end = field.len();
        while let Some(&(at, c)) = chars.peek() {
            if !is_word_char(c) {
                end = at;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

/// The term's letters in order, the first starting a word (or a camelCase
/// hump), the last by the end of the next word.
fn scattered(field: &str, term: &Term) -> Option<Found> {
    // One letter is found inside or not at all; and cheap first: the letters must be in the field in order.
    if term.letters.len() < 2 || !in_order(field, &term.text) {
        return None;
    }
    let first = term.text.as_bytes()[0];
    let bytes = field.as_bytes();
    let mut from = 0;
    while from < bytes.len() {
        let offset = if first.is_ascii_alphabetic() {
            memchr::memchr2(first, first.to_ascii_uppercase(), &bytes[from..])
        } else {
            memchr::memchr(first, &bytes[from..])
        }?;
        let at = from + offset;
        from = at + 1;
        if !field.is_char_boundary(at) || !starts_word(field, at) {
            continue;
        }
        let window_end = if term.one_word { end_of_word(field, at) } else { end_of_next_word(field, at) };
        if let Some(end) = subsequence_end(&field[at..window_end], &term.text) {
            return Some(Found { kind: Kind::Scattered, start: at, end: at + end });
        }
    }
    None
}

/// The end of the word `at` is in.
fn end_of_word(field: &str, at: usize) -> usize {
    let rest = &field[at..];
    at + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())
}

/// The end of the word after the one `at` is in (or of that one, if none follows).
fn end_of_next_word(field: &str, at: usize) -> usize {
    let rest = &field[at..];
    let word_end = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
    let after = &rest[word_end..];
    let Some(next_start) = after.find(is_word_char) else { return at + word_end };
    let next = &after[next_start..];
    at + word_end + next_start + next.find(|c: char| !is_word_char(c)).unwrap_or(next.len())
}

/// Whether `term`'s letters are in `field` in order, ASCII case ignored:
/// a search for each letter's next place, as fast as memchr finds it.
fn in_order(field: &str, term: &str) -> bool {
    let mut rest = field.as_bytes();
    let mut buffer = [0u8; 4];
    for c in term.chars() {
        let found = if c.is_ascii_alphabetic() {
            memchr::memchr2(c as u8, c.to_ascii_uppercase() as u8, rest).map(|i| i + 1)
        } else {
            let encoded = c.encode_utf8(&mut buffer).as_bytes();
            memchr::memmem::find(rest, encoded).map(|i| i + encoded.len())
        };
        match found {
            Some(after) => rest = &rest[after..],
            None => return false,
        }
    }
    true
}

/// Where `term`'s letters end when found in order in `text`, which starts
/// with its first letter.
fn subsequence_end(text: &str, term: &str) -> Option<usize> {
    let mut wanted = term.chars().peekable();
    for (at, c) in text.char_indices() {
        if wanted.peek() == Some(&c.to_ascii_lowercase()) {
            wanted.next();
            if wanted.peek().is_none() {
                return Some(at + c.len_utf8());
            }
        }
    }
    None
}

/// The start of a word, with one letter wrong, added, missing or swapped
/// after the first [`TYPO_KEEPS`].
fn typo(field: &str, term: &Term) -> Option<Found> {
    if term.letters.len() < TYPO_MIN_CHARS {
        return None;
    }
    let kept = &term.text[..term.text.char_indices().nth(TYPO_KEEPS).map_or(term.text.len(), |(i, _)| i)];
    for (start, end) in words(field) {
        // Cheap first: the word must start with the letters a typo keeps.
        if !field.as_bytes()[start..end].get(..kept.len()).is_some_and(|p| p.eq_ignore_ascii_case(kept.as_bytes())) {
            continue;
        }
        // The word's letters, as far as a typo of the term could reach: on the stack for any real term.
        let wanted = &term.letters;
        let letters = field[start..end].chars().take(wanted.len() + 1).map(|c| c.to_ascii_lowercase());
        let (mut stack, heap): ([char; 64], Vec<char>);
        let word: &[char] = if wanted.len() < 64 {
            stack = ['\0'; 64];
            let mut len = 0;
            for c in letters {
                stack[len] = c;
                len += 1;
            }
            &stack[..len]
        } else {
            heap = letters.collect();
            &heap
        };
        let lengths = wanted.len().saturating_sub(1)..=(wanted.len() + 1).min(word.len());
        if let Some(length) = lengths.filter(|&n| n >= TYPO_KEEPS).find(|&n| at_most_one_edit(wanted, &word[..n])) {
            let end = start + field[start..].char_indices().nth(length).map_or(end - start, |(i, _)| i);
            return Some(Found { kind: Kind::Typo, start, end });
        }
    }
    None
}

/// Whether `a` becomes `b` by at most one substitution, insertion, deletion
/// or swap of neighbours.
fn at_most_one_edit(a: &[char], b: &[char]) -> bool {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common..], &b[common..]);
    match (a.len(), b.len()) {
        (0, 0) | (1, 0) | (0, 1) => true,
        (x, y) if x == y => a[1..] == b[1..] || x >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..],
        (x, y) if x == y + 1 => a[1..] == *b,
        (x, y) if y == x + 1 => *a == b[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests;
