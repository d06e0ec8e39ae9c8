//! The popups over the panes: the detail, the help and the catalogue
//! picker, scrolled within their content, and what keys and clicks do there.

use super::{app, send};
use crate::tui::app::*;

fn small_app() -> App {
    App::new(Arc::new(Table::embedded()), Rect::new(0, 0, 60, 12))
}

fn scroll_of(app: &App) -> u16 {
    match app.overlay {
        Overlay::Detail { scroll, .. } | Overlay::Help { scroll } => scroll,
        Overlay::None | Overlay::Catalogues { .. } => panic!("no scrolling overlay"),
    }
}

#[test]
fn overlay_scrolling_is_bounded_by_its_content() {
    let mut app = small_app();
    send(&mut app, Action::Choose);
    let max = app.overlay_page(&Theme::new(false)).unwrap().max_scroll();
    assert!(max > 0, "the detail is taller than a 12-row screen");
    send(&mut app, Action::Up);
    assert_eq!(scroll_of(&app), 0);
    send(&mut app, Action::Bottom);
    assert_eq!(scroll_of(&app), max);
    send(&mut app, Action::Down);
    send(&mut app, Action::PageDown);
    assert_eq!(scroll_of(&app), max, "never past the last line");
    send(&mut app, Action::Top);
    assert_eq!(scroll_of(&app), 0);
    send(&mut app, Action::Bottom);
    send(&mut app, Input::Resize { width: 100, height: 40 });
    assert_eq!(scroll_of(&app), 0, "a bigger screen that fits it all shows it all");
}

#[test]
fn help_pages_and_closes() {
    let mut app = small_app();
    send(&mut app, Action::ToggleHelp);
    send(&mut app, Action::PageDown);
    assert!(scroll_of(&app) > 1);
    send(&mut app, Action::Back);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn pane_keys_do_nothing_behind_an_overlay() {
    let mut app = app();
    send(&mut app, Action::Choose);
    send(&mut app, Action::NextPane);
    assert_eq!(app.focus, 0);
    send(&mut app, Input::Paste("404".into()));
    assert!(app.query.is_empty(), "a paste does not reach the panes behind");
}

#[test]
fn a_click_outside_an_overlay_closes_it_and_inside_does_not() {
    let mut app = app();
    send(&mut app, Action::ToggleHelp);
    let area = app.overlay_page(&Theme::new(false)).unwrap().area;
    send(&mut app, Input::Click { column: area.x + 2, row: area.y + 2 });
    assert!(matches!(app.overlay, Overlay::Help { .. }));
    send(&mut app, Input::Click { column: 0, row: 0 });
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn a_double_click_on_a_row_opens_its_detail() {
    let mut app = app();
    let list = app.layout().unwrap().list_area(1);
    send(&mut app, Input::DoubleClick { column: list.x + 1, row: list.y + 4 });
    assert_eq!(app.overlay, Overlay::Detail { row: app.table().find_code("405").unwrap(), scroll: 0 });
}

#[test]
fn the_catalogue_picker_chooses_one_or_all() {
    let names = vec!["default".to_string(), "http".to_string()];
    let mut app = app().offering(names.clone());
    send(&mut app, Action::OpenCatalogues);
    assert_eq!(app.overlay, Overlay::Catalogues { selected: 0 });
    send(&mut app, Action::Down);
    assert_eq!(send(&mut app, Action::Choose), Some(Effect::ShowCatalogues(vec!["http".into()])));
    assert_eq!(app.overlay, Overlay::None);
    send(&mut app, Action::OpenCatalogues);
    for _ in 0..5 {
        send(&mut app, Action::Down);
    }
    assert_eq!(app.overlay, Overlay::Catalogues { selected: 2 }, "the last line is all, and no further");
    assert_eq!(send(&mut app, Action::Choose), Some(Effect::ShowCatalogues(vec!["all".into()])));
    app.replace_table(Arc::new(Table::embedded()), &names);
    assert_eq!(app.shown(), names);
    assert_eq!(app.catalogues, names, "the picker still offers them");
    assert_eq!(app.status.as_ref().unwrap().text, "Showing default, http");
}

#[test]
fn without_catalogues_the_picker_does_not_open() {
    let mut app = app();
    send(&mut app, Action::OpenCatalogues);
    assert_eq!(app.overlay, Overlay::None);
}
