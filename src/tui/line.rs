//! The search box's editable line: a text and a cursor, edited with the keys
//! of readline, fzf and lazygit. Plain Rust, no terminal.

use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    /// Byte offset into `text`, always on a char boundary.
    cursor: usize,
}

impl LineEdit {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor as a count of chars before it.
    pub fn cursor_chars(&self) -> usize {
        self.text[..self.cursor].chars().count()
    }

    /// Replaces the text; the cursor goes to its end.
    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    pub fn insert(&mut self, text: &str) {
        self.text.insert_str(self.cursor, text);
        self.cursor += text.len();
    }

    pub fn left(&mut self) {
        self.cursor = self.prev_boundary(self.cursor);
    }

    pub fn right(&mut self) {
        self.cursor = self.next_boundary(self.cursor);
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    /// To the start of the word before the cursor (Alt-b).
    pub fn word_left(&mut self) {
        self.cursor = self.word_start_before(self.cursor);
    }

    /// To the end of the word after the cursor (Alt-f).
    pub fn word_right(&mut self) {
        let mut at = self.cursor;
        while at < self.text.len() && !self.is_word_char_at(at) {
            at = self.next_boundary(at);
        }
        while at < self.text.len() && self.is_word_char_at(at) {
            at = self.next_boundary(at);
        }
        self.cursor = at;
    }

    /// Backspace: the char before the cursor. Returns whether anything changed.
    pub fn delete_back(&mut self) -> bool {
        let start = self.prev_boundary(self.cursor);
        self.delete(start, self.cursor)
    }

    /// Delete: the char under the cursor.
    pub fn delete_forward(&mut self) -> bool {
        let end = self.next_boundary(self.cursor);
        self.delete(self.cursor, end)
    }

    /// Ctrl-w: the word before the cursor, with the spaces after it.
    pub fn delete_word_back(&mut self) -> bool {
        let start = self.word_start_before(self.cursor);
        self.delete(start, self.cursor)
    }

    /// Ctrl-u: everything before the cursor.
    pub fn delete_to_start(&mut self) -> bool {
        self.delete(0, self.cursor)
    }

    /// Ctrl-k: everything from the cursor on.
    pub fn delete_to_end(&mut self) -> bool {
        self.delete(self.cursor, self.text.len())
    }

    /// The part of the line to show in `width` columns, and the cursor's
    /// column within it: scrolled so that the cursor stays in view.
    pub fn visible(&self, width: usize) -> (&str, usize) {
        let width = width.max(1);
        let before = &self.text[..self.cursor];
        let mut start = 0;
        let mut columns: usize = before.chars().map(char_width).sum();
        // Drop chars from the left until the cursor (and its own cell) fits.
        while columns >= width {
            let c = self.text[start..].chars().next().unwrap_or(' ');
            columns -= char_width(c);
            start += c.len_utf8();
        }
        let mut end = start;
        let mut used = 0;
        for c in self.text[start..].chars() {
            if used + char_width(c) > width {
                break;
            }
            used += char_width(c);
            end += c.len_utf8();
        }
        (&self.text[start..end], columns)
    }

    fn delete(&mut self, start: usize, end: usize) -> bool {
        if start >= end {
            return false;
        }
        self.text.replace_range(start..end, "");
        self.cursor = start;
        true
    }

    fn word_start_before(&self, from: usize) -> usize {
        let mut at = from;
        while at > 0 && !self.is_word_char_at(self.prev_boundary(at)) {
            at = self.prev_boundary(at);
        }
        while at > 0 && self.is_word_char_at(self.prev_boundary(at)) {
            at = self.prev_boundary(at);
        }
        at
    }

    fn is_word_char_at(&self, at: usize) -> bool {
        self.text[at..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_')
    }

    fn prev_boundary(&self, at: usize) -> usize {
        self.text[..at].char_indices().next_back().map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self, at: usize) -> usize {
        self.text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
    }
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

#[cfg(test)]
mod tests;
