//! Table text is untrusted: it may hold escape sequences, bidi overrides or
//! other controls that would act on a terminal. Everything is cleaned once,
//! when a table is loaded, so every output path shows the same safe text.

use std::borrow::Cow;

/// Returns `text` with nothing left that a terminal would act on:
/// line breaks and tabs become spaces, other control characters become their
/// visible Unicode "control picture", and invisible direction overrides are
/// dropped.
pub fn clean(text: &str) -> Cow<'_, str> {
    let printable_ascii = text.bytes().all(|b| (0x20..0x7f).contains(&b));
    if printable_ascii || !text.chars().any(needs_cleaning) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // CRLF is one line break, so one space.
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' => out.push('\u{fffd}'),
            c if is_default_ignorable(c) => {}
            c if is_shown_differently(c) => out.push('\u{fffd}'),
            c if is_regional_indicator(c) => out.push(char::from(b'A' + (u32::from(c) - 0x1F1E6) as u8)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `c` can be shown as it is: not a control character and not an
/// invisible direction or format mark.
pub fn is_safe(c: char) -> bool {
    !needs_cleaning(c)
}

fn needs_cleaning(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}')
        || is_regional_indicator(c)
        || is_default_ignorable(c)
        || is_shown_differently(c)
}

/// Unicode's Default_Ignorable_Code_Point (Unicode 15.1, DerivedCoreProperties.txt):
/// bidi controls, direction marks and the byte order mark (which reorder or
/// hide text), zero-width spaces and joiners, the soft hyphen, Hangul
/// fillers, variation selectors, tag characters (which can spell a hidden
/// sentence). They draw nothing, yet terminals give some of them a cell, so
/// a screen measured without them would disagree with the terminal's: dropped.
pub fn is_default_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Format characters that some terminals draw and others do not (prepended
/// concatenation marks such as the Arabic number sign, interlinear
/// annotation marks, Egyptian hieroglyph format controls): shown as `�`,
/// one cell everywhere.
fn is_shown_differently(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{0605}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
    )
}

/// Regional indicators pair into flags, which terminals draw one, two or
/// four cells wide (and a lone one one or two): written as their letters
/// (🇺🇸 becomes "US").
fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

#[cfg(test)]
mod tests;
