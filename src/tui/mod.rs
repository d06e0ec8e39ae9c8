//! The interactive browser.

pub mod app;
pub mod keymap;
pub mod layout;
pub mod terminal;
pub mod view;
