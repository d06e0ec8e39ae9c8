//! What a page lists apart from its tables, in lines or under headings, read once as a page
//! without tables of codes would be: what its tables leave out, key or leave without text.

use super::{cells, lists, rows, Block, Cell, Imported, Options};
use std::collections::HashSet;

pub(super) struct Apart {
    /// The page's blocks with its lines and headings of codes made tables.
    pub blocks: Vec<Block>,
    /// The rows those lists give read alone; none when the page lists no codes apart.
    listed: Option<Imported>,
}

impl Apart {
    pub fn of(blocks: &[Block], options: &Options) -> Apart {
        let blocks = lists::as_tables(blocks.to_vec());
        let only_lists: Vec<Block> =
            blocks.iter().filter(|block| !matches!(block, Block::Table(table) if !table.listed)).cloned().collect();
        let any_list = only_lists.iter().any(|block| matches!(block, Block::Table(_)));
        let listed = any_list.then(|| rows::collect(&only_lists, options));
        Apart { blocks, listed }
    }

    /// The codes the lists give that `imported` lacks.
    pub fn unread(&self, imported: &Imported) -> Vec<String> {
        self.unread_named(imported, false)
    }

    /// [`Self::unread`], or with `any_name`, every code the lists give that `imported` lacks,
    /// however written ("invalid-input" as well as "E_INPUT").
    fn unread_named(&self, imported: &Imported, any_name: bool) -> Vec<String> {
        let Some(listed) = &self.listed else { return Vec::new() };
        let known: HashSet<String> =
            imported.normal.iter().chain(&imported.abnormal).map(|row| row.code.to_lowercase()).collect();
        // Numbers and names in capitals are codes wherever they stand; "GetAccount" may be a type's name.
        let coded = |code: &str| {
            cells::whole_number(code)
                || code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"_-.".contains(&b))
        };
        let rows = listed.normal.iter().chain(&listed.abnormal);
        // Where the headings name codes the tables read too ("### `AuthFailed`"), the others they name are codes.
        let shared = rows.clone().filter(|row| known.contains(&row.code.to_lowercase())).count() >= 2;
        let unread =
            rows.filter(|row| !known.contains(&row.code.to_lowercase()) && (any_name || shared || coded(&row.code)));
        unread.map(|row| row.code.clone()).collect()
    }

    /// "CF", "PR" in a table beside headings of "TF-CF-001", "TF-PR-001": the tables `imported`
    /// read name the parts the listed codes are made of, a key to them, not codes of their own.
    /// Returns the tables' first code.
    pub fn parts_keyed(&self, imported: &Imported) -> Option<String> {
        let listed = self.unread(imported);
        // Inner parts only: "E01" of "E01-1" and "TIMEOUT" of "PG_TIMEOUT" are codes the listed ones extend.
        let inner = |code: &String| {
            let parts: Vec<String> = code.split(['-', '_', '.']).map(str::to_lowercase).collect();
            let end = parts.len().saturating_sub(1);
            parts.into_iter().take(end).skip(1).collect::<Vec<_>>()
        };
        let segments: HashSet<String> = listed.iter().flat_map(inner).collect();
        let codes: Vec<&str> = imported.normal.iter().chain(&imported.abnormal).map(|row| row.code.as_str()).collect();
        let part = |code: &&str| code.contains(char::is_alphabetic) && segments.contains(&code.to_lowercase());
        let key = codes.len() >= 2 && listed.len() > codes.len() && codes.iter().all(part);
        // "VAL | Validation" over "`OMEGA-VAL-001`: …": a table of the kinds, words alone, that
        // keys each listed code made of parts, though it names kinds the page lists no code of.
        let kinds: HashSet<String> = codes.iter().map(|code| code.to_lowercase()).collect();
        let made_of_parts: Vec<Vec<String>> = listed.iter().map(inner).filter(|parts| !parts.is_empty()).collect();
        let words = codes.iter().all(|code| code.chars().all(char::is_alphabetic));
        let kinds_keyed = words
            && made_of_parts.len() >= 3
            && made_of_parts.iter().all(|parts| parts.iter().any(|part| kinds.contains(part)))
            && codes.iter().filter(|code| part(code)).count() >= 2;
        (key || kinds_keyed).then(|| codes[0].to_string())
    }

    /// "AmanMCP Error | MCP Code" holding "ERR_201_FILE_NOT_FOUND | -32004": tables whose notes
    /// (or whole text) name, cell for cell, codes the page lists apart (more of them than the tables' rows) map
    /// those codes to another protocol's: a cross reference, not the page's codes. Codes named
    /// in a sentence, or as the name of the table's own code, keep the table. Returns its first code.
    pub fn maps_listed(&self, imported: &Imported) -> Option<String> {
        let listed = self.unread(imported);
        let rows: Vec<&super::imported::Row> = imported.normal.iter().chain(&imported.abnormal).collect();
        let names = |row: &&super::imported::Row, code: &str| {
            let notes = row.notes.as_deref().unwrap_or_default();
            let noted = notes == code || notes.strip_prefix(code).is_some_and(|rest| rest.starts_with(' '));
            noted || row.description == code
        };
        // "`invalid-input`, `malformed-request`": cells listing codes name each, however written.
        let listing = |text: &str, code: &str| text.contains(", ") && text.split(", ").any(|part| part.trim() == code);
        let lists = |row: &&super::imported::Row, code: &str| {
            listing(&row.description, code) || listing(row.notes.as_deref().unwrap_or_default(), code)
        };
        let named_anyhow = self.unread_named(imported, true);
        let in_lists = named_anyhow.iter().filter(|code| rows.iter().any(|row| lists(row, code))).count();
        let (listed, mapped) = match in_lists {
            2.. => (named_anyhow, in_lists),
            _ => {
                let mapped = listed.iter().filter(|code| rows.iter().any(|row| names(row, code))).count();
                (listed, mapped)
            }
        };
        // Every row mapping to one: the table maps them all, however many the lists give.
        let all_mapped = mapped == rows.len();
        (mapped >= 2 && (listed.len() > rows.len() || all_mapped))
            .then(|| rows.first().map(|row| row.code.clone()))
            .flatten()
    }

    /// The rows the lines and headings give the codes the tables list with no text (two or
    /// more), when they give most of them.
    pub fn explaining(&self, untexted: &[String]) -> Option<Vec<Block>> {
        let wanted: HashSet<String> = untexted.iter().map(|code| code.to_lowercase()).collect();
        if wanted.len() < 2 {
            return None;
        }
        let mut found = HashSet::new();
        let mut explained = Vec::new();
        for block in &self.blocks {
            let Block::Table(table) = block else { continue };
            if !table.listed {
                continue;
            }
            let code = |row: &Vec<Cell>| row.first().map(|cell| cell.text.trim().to_lowercase()).unwrap_or_default();
            let mut table = table.clone();
            table.rows.retain(|row| wanted.contains(&code(row)));
            found.extend(table.rows.iter().map(code));
            if !table.rows.is_empty() {
                explained.push(Block::Table(table));
            }
        }
        (found.len() * 4 >= wanted.len() * 3).then_some(explained)
    }
}

/// "`NEURAL`: Framework prefix", "`1000`: Parser errors" above "### NEURAL-1000-01: Syntax Error":
/// lists whose codes are mostly the parts other listed codes are made of (or placeholders of
/// them, "XXXX"), which explain the format, not codes. Returns the blocks kept and the first
/// code of each list set aside.
pub(super) fn parts_set_aside(blocks: Vec<Block>) -> (Vec<Block>, Vec<String>) {
    let codes_of = |block: &Block| match block {
        Block::Table(table) if table.listed => {
            table.rows.iter().filter_map(|row| row.first()).map(|c| c.text.clone()).collect()
        }
        _ => Vec::new(),
    };
    let lists: Vec<Vec<String>> = blocks.iter().map(codes_of).collect();
    let parts = |own: usize| -> HashSet<String> {
        let others = lists.iter().enumerate().filter(|(at, _)| *at != own).flat_map(|(_, codes)| codes);
        let joined = others.filter(|code| code.contains(['-', '_', '.']));
        joined.flat_map(|code| code.split(['-', '_', '.']).map(str::to_lowercase).collect::<Vec<_>>()).collect()
    };
    // "XXXX", "YY", "NNN": a letter repeated stands for any part.
    let placeholder =
        |code: &str| code.len() >= 2 && code.chars().all(|c| c.is_ascii_uppercase() && code.starts_with(c));
    let mut aside = Vec::new();
    let mut kept = Vec::with_capacity(blocks.len());
    for (at, block) in blocks.into_iter().enumerate() {
        let codes = &lists[at];
        let parts = if codes.is_empty() { HashSet::new() } else { parts(at) };
        let made_of = codes.iter().filter(|code| parts.contains(&code.to_lowercase())).count();
        let placeholders =
            codes.iter().filter(|code| placeholder(code) && !parts.contains(&code.to_lowercase())).count();
        if made_of >= 1 && (made_of + placeholders) * 3 >= codes.len() * 2 && codes.len() >= 2 {
            aside.push(codes[0].clone());
        } else {
            kept.push(block);
        }
    }
    (kept, aside)
}
