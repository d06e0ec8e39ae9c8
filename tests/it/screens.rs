//! What each screen shows, drawn on ratatui's TestBackend, driven by keys.

use crate::common::screen::{app, draw, press, screen, text};
use httpref::tui::app::{update_inline, Action, App, Effect, Ending, Reply};
use httpref::tui::finder::Finder;
use httpref::tui::keymap;
use httpref::tui::view::Theme;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use std::sync::Arc;

#[test]
fn browser_stacked_at_80x24() {
    insta::assert_snapshot!(screen(&app(80, 24)));
}

#[test]
fn browser_at_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40)));
}

#[test]
fn browser_at_200x50_has_the_preview() {
    let shown = screen(&app(200, 50));
    assert!(shown.lines().nth(1).unwrap().contains("Preview"), "{shown}");
    assert!(shown.contains("│200 OK — normal"), "the selected code's detail:\n{shown}");
    insta::assert_snapshot!(shown);
}

/// Rows of the panes (inside their borders, below their headers) that show nothing.
fn blank_rows(app: &App, shown: &str) -> usize {
    let layout = app.layout().unwrap();
    let lines: Vec<&str> = shown.lines().collect();
    (0..2)
        .flat_map(|pane| {
            let list = layout.list_area(pane);
            (list.y..list.bottom()).map(move |y| (list, y))
        })
        .filter(|&(list, y)| {
            let line: String =
                lines[usize::from(y)].chars().skip(usize::from(list.x)).take(usize::from(list.width)).collect();
            line.trim().is_empty()
        })
        .count()
}

#[test]
fn no_row_is_cut_while_rows_stand_empty() {
    for (width, height) in [(80, 24), (120, 40), (200, 50)] {
        let app = app(width, height);
        let shown = screen(&app);
        let cut = shown.contains('…')
            || app.panes.iter().any(|pane| !pane.rows.is_empty() && shown.contains(&format!("1/{} ", pane.rows.len())));
        let blank = blank_rows(&app, &shown);
        assert!(!(cut && blank > 0), "{width}x{height}: text cut while {blank} rows stand empty:\n{shown}");
        // Headers line up with the columns under them.
        let header = shown.lines().find(|line| line.contains("Code ")).unwrap();
        let row = shown.lines().find(|line| line.contains("200  OK")).unwrap();
        assert_eq!(header.find("Reason"), row.find("OK "), "{width}x{height}:\n{shown}");
        assert_eq!(header.find("Description"), row.find("The server"), "{width}x{height}:\n{shown}");
    }
}

#[test]
fn p_toggles_the_preview_at_any_width() {
    let mut app = app(100, 30);
    assert!(!screen(&app).contains("Preview"));
    press(&mut app, "p");
    assert!(screen(&app).contains("Preview"));
    press(&mut app, "jj");
    assert!(screen(&app).contains("202 Accepted — normal"), "it follows the selection");
    let mut wide = self::app(200, 50);
    press(&mut wide, "p");
    assert!(!screen(&wide).contains("Preview"));
}

#[test]
fn several_catalogues_get_a_column_of_their_own() {
    let catalogues = httpref::catalogue::Catalogues::discover(
        &[],
        &httpref::catalogue::Places { config_dir: None, current_dir: None },
    );
    let (chosen, table) = catalogues.show(&["default".into(), "http".into()]).unwrap();
    let names: Vec<String> = chosen.iter().map(|c| c.name.clone()).collect();
    let app = App::new(table, Rect::new(0, 0, 120, 40)).showing(&names);
    let shown = screen(&app);
    let header = shown.lines().find(|line| line.contains("Catalogue")).unwrap();
    let rows: Vec<&str> = shown.lines().filter(|line| line.contains("200  ")).collect();
    assert!(rows.len() >= 2, "{shown}");
    for row in rows {
        assert_eq!(header.find("Reason"), row.find("OK"), "{shown}");
        assert!(row.contains("default ") || row.contains("http "), "{row}");
    }
}

#[test]
fn search_filters_and_counts() {
    let mut app = app(100, 24);
    press(&mut app, "/timeout");
    let shown = screen(&app);
    assert!(shown.starts_with(" / timeout"));
    insta::assert_snapshot!(shown);
}

#[test]
fn search_for_a_code_puts_it_first() {
    for query in ["404", "40"] {
        let mut app = app(100, 24);
        press(&mut app, &format!("/{query}"));
        let shown = screen(&app);
        let first_row = shown
            .lines()
            .find(|line| line.contains("Abnormal"))
            .map(|_| ())
            .and_then(|_| shown.lines().skip_while(|line| !line.contains("Abnormal")).nth(2));
        assert!(first_row.unwrap().starts_with(&format!("┃{query}")), "{query}: {shown}");
    }
}

#[test]
fn a_pane_with_no_matches_says_so() {
    let mut app = app(80, 24);
    press(&mut app, "/gateway");
    let shown = screen(&app);
    assert!(shown.contains("Normal 0/4"), "{shown}");
    assert!(shown.contains("no matches"), "{shown}");
    assert!(shown.contains("Abnormal 2/14") || shown.contains("Abnormal 3/14"), "{shown}");
}

#[test]
fn matched_characters_are_highlighted_and_survive_selection() {
    let mut app = app(100, 24);
    press(&mut app, "/conflict<Enter>");
    let buffer = draw(&app, Theme::new(true));
    let shown = text(&buffer);
    let y = shown.lines().position(|line| line.contains("409  Conflict")).unwrap() as u16;
    let row: Vec<_> = (0..buffer.area.width).map(|x| &buffer[(x, y)]).collect();
    let matched: String = row.iter().filter(|cell| cell.fg == Color::Magenta).map(|cell| cell.symbol()).collect();
    // Found in the reason and again in the description ("due to a conflict").
    assert_eq!(matched.to_lowercase(), "conflictconflict", "the matched characters");
    assert!(row[1..row.len() - 1].iter().all(|cell| cell.modifier.contains(Modifier::REVERSED)), "on the selected row");
}

#[test]
fn no_color_theme_uses_modifiers_only() {
    let mut app = app(100, 24);
    press(&mut app, "/conflict");
    let buffer = draw(&app, Theme::new(false));
    assert!(buffer.content.iter().all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset));
    assert!(buffer.content.iter().any(|cell| cell.modifier.contains(Modifier::UNDERLINED)));
}

#[test]
fn detail_view_shows_everything_about_the_code() {
    let mut app = app(100, 30);
    press(&mut app, "<Tab>jjj<Enter>");
    let shown = screen(&app);
    for expected in [
        "404 Not Found — abnormal",
        "The server could not find the requested page.",
        "Also known as: Page Not Found, Missing, No Such Resource",
        "RFC 9110 §15.5.5",
        "http::StatusCode::NOT_FOUND",
        "http.StatusNotFound",
        "http.HTTPStatus.NOT_FOUND",
        "Nothing is at that URL now",
    ] {
        assert!(shown.contains(expected), "{expected}: {shown}");
    }
    insta::assert_snapshot!(shown);
    press(&mut app, "<Esc>");
    assert!(!screen(&app).contains("RFC 9110"));
}

#[test]
fn detail_wraps_the_description_in_a_narrow_terminal() {
    let mut app = app(40, 20);
    press(&mut app, "<Tab>G<Up><Up><Up><Up><Enter>");
    let shown = screen(&app);
    assert!(shown.contains("500 Internal Server Error"), "{shown}");
    assert!(shown.contains("Failed to complete the"), "{shown}");
    assert!(shown.contains("internal service error."), "{shown}");
}

#[test]
fn help_lists_every_key() {
    let mut app = app(100, 40);
    press(&mut app, "?");
    let first = screen(&app);
    let mut all = first.clone();
    loop {
        let before = screen(&app);
        press(&mut app, "<PgDn>");
        if screen(&app) == before {
            break;
        }
        all.push_str(&screen(&app));
    }
    for binding in keymap::BINDINGS {
        assert!(all.contains(binding.help), "{} missing: {all}", binding.help);
    }
    assert!(first.contains("▼ more") && !first.contains("▲ more"), "{first}");
    assert!(screen(&app).contains("▲ more") && !screen(&app).contains("▼ more"));
    insta::assert_snapshot!(first);
    press(&mut app, "<Esc>");
    assert!(!screen(&app).contains("Keys"));
}

#[test]
fn help_fits_a_small_screen_in_two_pages_each_binding_once_by_task() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    let mut pages = vec![screen(&app)];
    loop {
        press(&mut app, "<PgDn>");
        if screen(&app) == *pages.last().unwrap() {
            break;
        }
        pages.push(screen(&app));
    }
    assert!(pages.len() <= 2, "{} pages:\n{}", pages.len(), pages.join("\n"));
    let first = &pages[0];
    let order = ["Move", "Search", "Read"];
    let at: Vec<usize> = order.iter().map(|title| first.find(&format!("│{title}")).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "tasks in the order people act:\n{first}");
    let last = pages.last().unwrap();
    for title in ["Copy", "Catalogues", "Quit", "Mouse"] {
        assert!(last.contains(&format!("│{title}")), "{title}:\n{last}");
    }
    // The copy keys are with the others, not only in the detail view's section.
    assert!(last.contains("y           copy the description"), "{last}");
}

#[test]
fn wrapped_help_and_detail_lines_indent_under_their_text() {
    let lines = httpref::tui::overlay::hanging(
        vec![ratatui::text::Span::raw("Spec    ")],
        8,
        "RFC 9110 section fifteen point five point ten, and more words to wrap",
        30,
    );
    let text: Vec<String> = lines.iter().map(|line| line.to_string()).collect();
    assert!(text.len() > 1, "{text:?}");
    assert!(text[1..].iter().all(|line| line.starts_with("        ") && !line[8..].starts_with(' ')), "{text:?}");
}

#[test]
fn status_line_reports_a_copy() {
    let mut app = app(80, 24);
    press(&mut app, "/404<Enter>");
    let Some(Effect::Copy { what, .. }) = press(&mut app, "y") else { panic!("y copies") };
    app.update(Reply::Copied(Ok(format!("Copied {what} to the clipboard"))));
    let shown = screen(&app);
    assert!(shown.ends_with(" Copied description of 404 to the clipboard"), "{shown}");
}

#[test]
fn status_line_hints_follow_the_mode() {
    let mut app = app(100, 24);
    assert!(screen(&app).lines().last().unwrap().contains("/ search"));
    press(&mut app, "/");
    let last = screen(&app).lines().last().unwrap().to_string();
    assert!(last.contains("Enter keep") && !last.contains("/ search"), "{last}");
}

#[test]
fn long_panes_show_the_position() {
    let mut app = app(80, 12);
    press(&mut app, "<Tab><PgDn>");
    let shown = screen(&app);
    let selected = app.panes[1].selected + 1;
    assert!(shown.contains(&format!(" {selected}/14 ")), "{shown}");
}

#[test]
fn typing_in_search_never_quits_and_ctrl_c_always_does() {
    let mut app = app(80, 24);
    assert_eq!(press(&mut app, "/quit"), None);
    assert_eq!(app.query.as_str(), "quit");
    assert_eq!(press(&mut app, "<C-c>"), Some(Effect::End(Ending::Interrupted)));
    assert_eq!(press(&mut app, "<Esc>q"), Some(Effect::End(Ending::Quit)));
}

#[test]
fn too_small_terminals_say_so() {
    let shown = screen(&app(23, 6));
    assert!(shown.starts_with("Terminal too small\n23x6, need 24x8"), "{shown}");
    insta::assert_snapshot!(screen(&app(12, 3)));
}

#[test]
fn every_screen_draws_at_every_small_size() {
    let states = ["", "/40", "/zzz", "<Tab>G<Enter>", "?", "/x<Enter><Tab>"];
    for keys in states {
        for width in 1..=60 {
            for height in 1..=20 {
                let mut app = app(width, height);
                press(&mut app, keys);
                draw(&app, Theme::new(true));
            }
        }
    }
}

#[test]
fn rows_of_several_catalogues_name_theirs_and_the_titles_say_what_is_shown() {
    use httpref::catalogue::{self, Catalogues, Places};
    let catalogues = Catalogues::discover(&[], &Places { config_dir: None, current_dir: None });
    let chosen = catalogues.choose(&["default".into(), "unofficial".into()]).unwrap();
    let table = catalogue::shown(&chosen).unwrap();
    let names: Vec<String> = chosen.iter().map(|c| c.name.clone()).collect();
    let mut app = App::new(table, Rect::new(0, 0, 120, 40)).showing(&names);
    press(&mut app, "/522<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("default, unofficial"), "{shown}");
    assert!(shown.contains("522  Connection Timed Out") || shown.contains("522 "), "{shown}");
    assert!(shown.lines().any(|line| line.contains("522") && line.contains("unofficial")), "{shown}");
}

#[test]
fn pick_mode_says_what_enter_prints_and_what_esc_does() {
    let mut app = app(100, 30).picking(Some(httpref::tui::app::Pick::Description));
    let shown = screen(&app);
    let first = shown.lines().next().unwrap();
    assert!(first.contains("pick a code") && first.contains("Enter prints the description, Esc cancels"), "{first}");
    let last = shown.lines().last().unwrap();
    assert!(last.contains("Enter print the description") && last.contains("q cancel"), "{last}");
    assert!(!last.contains("details"), "{last}");
    press(&mut app, "/40");
    assert!(screen(&app).lines().last().unwrap().contains("Esc back"));
}

#[test]
fn a_click_on_a_wrapped_rows_second_line_selects_that_row() {
    use httpref::tui::app::Input;
    let mut app = app(120, 40);
    let shown = screen(&app);
    let lines: Vec<&str> = shown.lines().collect();
    let first = lines.iter().position(|line| line.contains("407  Proxy Authentication Required")).unwrap();
    assert!(lines[first + 1].trim_matches(['│', ' ']).starts_with("processed."), "wrapped:\n{shown}");
    app.update(Input::Click { column: 60, row: first as u16 + 1 });
    assert_eq!(app.selected_entry().unwrap().code, "407");
    app.update(Input::Click { column: 60, row: first as u16 + 2 });
    assert_eq!(app.selected_entry().unwrap().code, "408");
}

#[test]
fn the_detail_and_the_preview_show_the_link_where_the_hyperlink_goes() {
    for (width, height, keys) in [(100, 30, "<Tab>jjj<Enter>"), (200, 50, "<Tab>jjj")] {
        let mut app = app(width, height);
        press(&mut app, keys);
        let theme = Theme::new(false);
        let links = httpref::tui::view::links::on_screen(&app, &theme);
        assert_eq!(links.len(), 1, "{width}x{height}");
        let (at, url) = &links[0];
        assert_eq!(url, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
        let drawn = draw(&app, theme);
        let text: String = (at.x..at.x + url.len() as u16).map(|x| drawn[(x, at.y)].symbol().to_string()).collect();
        assert_eq!(&text, url, "{width}x{height}: the link is drawn where the hyperlink is written");
    }
}

#[test]
fn the_picker_counts_each_catalogues_rows_and_marks_what_is_shown() {
    let catalogues = Arc::new(httpref::catalogue::Catalogues::discover(
        &[],
        &httpref::catalogue::Places { config_dir: None, current_dir: None },
    ));
    let names: Vec<String> = catalogues.all().iter().map(|c| c.name.clone()).collect();
    let mut app = app(100, 30).offering(names).showing(&["default".to_string()]);
    let mut finder = Finder::new(Arc::clone(&catalogues));
    update_inline(&mut app, &mut finder, Action::OpenCatalogues);
    let shown = screen(&app);
    let line = |name: &str| shown.lines().find(|line| line.contains(&format!(" {name} "))).unwrap().to_string();
    assert!(line("default").contains("* default") && line("default").contains("18 rows"), "{shown}");
    assert!(line("http").contains("  http") && line("http").contains("64 rows"), "{shown}");
    assert!(line("unofficial").contains("33 rows"), "{shown}");
    assert!(!line("all (every").contains("* all"), "{shown}");
}
