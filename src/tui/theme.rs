//! Every style in one place. Named ANSI colours only (the user's terminal
//! palette decides the shades), chosen to read on dark and light backgrounds;
//! with `NO_COLOR`, modifiers alone carry the meaning.

use crate::table::Group;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn fg(&self, style: Style, color: Color) -> Style {
        if self.color {
            style.fg(color)
        } else {
            style
        }
    }

    pub fn code(&self, group: Group) -> Style {
        let color = match group {
            Group::Normal => Color::Green,
            Group::Abnormal => Color::Red,
        };
        self.fg(Style::new().add_modifier(Modifier::BOLD), color)
    }

    pub fn matched(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED), Color::Magenta)
    }

    /// The selected row: modifier only, so match colours survive on it.
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Blue)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// The panes' column headers.
    pub fn header(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM | Modifier::UNDERLINED)
    }

    pub fn key(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Blue)
    }

    pub fn label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn success(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Green)
    }
}
