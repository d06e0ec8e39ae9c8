//! The integration tests, one binary: each module an area, linked once.

mod common;

mod bad_tables;
mod catalogues;
mod cli;
mod clipboard;
mod clipboard_tmux;
mod conventions;
mod hardening;
mod import;
mod import_corpus;
mod import_url;
mod keys;
mod messages;
mod never_seen;
mod readme;
mod reference;
mod relevance;
mod scale;
mod screens;
mod terminal;
mod typing;
