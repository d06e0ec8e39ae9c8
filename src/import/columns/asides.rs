//! Columns that say more beside a code's description: hints, the message users are shown, JSON
//! examples of what is answered. Notes, not what the code means.

use crate::import::RawTable;

/// Headers of advice beside a description ("Hint", "Tip").
pub(super) const HINTS: [&str; 6] = ["hint", "hints", "tip", "tips", "ヒント", "提示信息"];

/// Whether most of a column's filled cells are JSON objects or arrays.
pub(super) fn json_examples(table: &RawTable, column: usize) -> bool {
    let filled: Vec<&str> = (table.rows.iter().filter_map(|row| row.get(column)))
        .map(|cell| cell.text.trim())
        .filter(|text| !text.is_empty())
        .collect();
    let json = |text: &str| {
        let framed = text.starts_with('{') && text.ends_with('}') || text.starts_with('[') && text.ends_with(']');
        framed && serde_json::from_str::<serde_json::Value>(text).is_ok()
    };
    !filled.is_empty() && filled.iter().filter(|text| json(text)).count() * 2 > filled.len()
}

/// Headers of the message users are shown ("Safe User Message"), not the code's name.
#[rustfmt::skip]
pub(super) const USER_MESSAGES: &[&str] = &[
    "user message", "user-facing message", "user facing message", "end-user message", "message to the user",
    "customer-facing message", "customer facing message", "customer message",
    "mensagem usuário", "mensagem ao usuário", "mensagem do usuário", "mensaje al usuario", "mensaje para el usuario",
    "message utilisateur", "benutzermeldung", "用户提示", "用户消息", "ユーザーメッセージ", "사용자 메시지",
];
