//! The interactive browser.

pub mod action;
pub mod app;
pub mod columns;
pub mod event_loop;
pub mod finder;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod line;
pub mod overlay;
pub mod terminal;
pub mod theme;
pub mod view;
