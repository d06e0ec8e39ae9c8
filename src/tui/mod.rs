//! The interactive browser.

pub mod action;
pub mod app;
pub mod keymap;
pub mod layout;
pub mod terminal;
pub mod view;
