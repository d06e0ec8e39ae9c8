//! Text broken into lines at spaces, for the one-shot's paragraphs and the
//! popups' labelled lines: never inside a word, a hyphenated word or a URL
//! (one longer than a line keeps a line of its own).

/// `text` as lines of at most `width` columns where its words allow.
pub fn at_spaces(text: &str, width: usize) -> Vec<String> {
    let options =
        textwrap::Options::new(width.max(1)).break_words(false).word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options).into_iter().map(|line| line.into_owned()).collect()
}
