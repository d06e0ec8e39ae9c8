use super::*;
use crate::search::Searcher;
use crate::tui::finder::Finder;

pub(super) fn app() -> App {
    App::new(Arc::new(Table::embedded()), Rect::new(0, 0, 100, 30))
}

/// Updates the app and completes any search it asks for.
/// Updates the app, completes any search it asks for, and returns the last effect.
pub(super) fn send(app: &mut App, action: impl Into<Message>) -> Option<Effect> {
    update_inline(app, &mut Finder::default(), action).pop()
}

pub(super) fn selected_code(app: &App) -> String {
    app.selected_entry().map(|e| e.code.to_string()).unwrap_or_default()
}

pub(super) fn search(app: &mut App, query: &str) {
    send(app, Action::StartSearch);
    for c in query.chars() {
        send(app, Action::SearchInput(c));
    }
}

#[test]
fn starts_on_the_first_normal_code() {
    let app = app();
    assert_eq!(app.focus, 0);
    assert_eq!(selected_code(&app), "200");
    assert_eq!(app.panes[1].rows.len(), 14);
}

#[test]
fn moving_stops_at_the_ends() {
    let mut app = app();
    send(&mut app, Action::Up);
    assert_eq!(selected_code(&app), "200");
    for _ in 0..10 {
        send(&mut app, Action::Down);
    }
    assert_eq!(selected_code(&app), "204");
    send(&mut app, Action::Top);
    assert_eq!(selected_code(&app), "200");
}

#[test]
fn tab_switches_panes_and_each_keeps_its_selection() {
    let mut app = app();
    send(&mut app, Action::Down);
    send(&mut app, Action::NextPane);
    assert_eq!(selected_code(&app), "400");
    send(&mut app, Action::Bottom);
    assert_eq!(selected_code(&app), "504");
    send(&mut app, Action::PrevPane);
    assert_eq!(selected_code(&app), "201");
}

#[test]
fn paging_moves_by_the_visible_height_and_scrolls() {
    let mut app = App::new(Arc::new(Table::embedded()), Rect::new(0, 0, 80, 12));
    send(&mut app, Action::NextPane);
    let height = app.layout().unwrap().list_area(1).height as usize;
    assert!(height < 14);
    send(&mut app, Action::PageDown);
    assert_eq!(app.panes[1].selected, height);
    assert!(app.panes[1].offset > 0, "the selection stays visible");
    assert!(app.panes[1].selected < app.panes[1].offset + height);
    send(&mut app, Action::HalfPageUp);
    assert_eq!(app.panes[1].selected, height - height / 2);
    send(&mut app, Action::PageUp);
    assert_eq!(app.panes[1].selected, 0);
    assert_eq!(app.panes[1].offset, 0);
}

#[test]
fn search_filters_both_panes_best_first() {
    let mut app = app();
    search(&mut app, "404");
    assert_eq!(app.mode, Mode::Search);
    assert_eq!(app.panes[1].rows[0], app.table().find_code("404").unwrap());
    assert_eq!(app.focus, 1);
    assert_eq!(selected_code(&app), "404");
}

#[test]
fn a_code_prefix_puts_its_codes_first() {
    let mut app = app();
    search(&mut app, "40");
    let first: Vec<&str> = app.panes[1].rows[..9].iter().map(|&r| app.entry(r).code).collect();
    assert!(first.iter().all(|c| c.starts_with("40")), "{first:?}");
}

#[test]
fn accepting_keeps_the_filter_and_selects_the_best_match() {
    let mut app = app();
    search(&mut app, "created");
    send(&mut app, Action::SearchAccept);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.query.as_str(), "created");
    assert_eq!(app.focus, 0);
    assert_eq!(selected_code(&app), "201");
}

#[test]
fn escape_clears_the_filter() {
    let mut app = app();
    search(&mut app, "timeout");
    send(&mut app, Action::Back);
    assert_eq!(app.mode, Mode::Browse);
    assert!(app.query.is_empty());
    assert_eq!(app.panes[0].rows.len() + app.panes[1].rows.len(), 18);
}

#[test]
fn escape_after_accepting_clears_the_filter_too() {
    let mut app = app();
    search(&mut app, "timeout");
    send(&mut app, Action::SearchAccept);
    send(&mut app, Action::Back);
    assert!(app.query.is_empty());
}

#[test]
fn editing_the_query() {
    let mut app = app();
    search(&mut app, "bad gatx");
    send(&mut app, Action::Edit(Edit::DeleteBack));
    assert_eq!(app.query.as_str(), "bad gat");
    send(&mut app, Action::Edit(Edit::DeleteWordBack));
    assert_eq!(app.query.as_str(), "bad ");
    send(&mut app, Action::Edit(Edit::DeleteToStart));
    assert_eq!(app.query.as_str(), "");
}

#[test]
fn no_match_anywhere_says_so_on_accept() {
    let mut app = app();
    search(&mut app, "zzqq");
    assert!(app.panes.iter().all(|p| p.rows.is_empty()));
    send(&mut app, Action::SearchAccept);
    assert_eq!(app.status.as_ref().unwrap().text, "Nothing matches \"zzqq\"");
    assert_eq!(send(&mut app, Action::Choose), None);
    assert_eq!(app.status.as_ref().unwrap().text, "No code selected");
}

#[test]
fn detail_opens_on_the_selection_and_escape_closes_it() {
    let mut app = app();
    send(&mut app, Action::NextPane);
    send(&mut app, Action::Down);
    send(&mut app, Action::Choose);
    assert_eq!(app.overlay, Overlay::Detail { row: app.table().find_code("401").unwrap(), scroll: 0 });
    send(&mut app, Action::Down);
    assert!(matches!(app.overlay, Overlay::Detail { scroll: 0, .. }), "text that fits never scrolls away");
    assert_eq!(selected_code(&app), "401", "not the selection");
    send(&mut app, Action::Back);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn copy_hands_the_description_to_the_event_loop() {
    let mut app = app();
    send(&mut app, Action::NextPane);
    send(&mut app, Action::Bottom);
    let effect = send(&mut app, Action::Copy(CopyTarget::Description));
    assert_eq!(
        effect.unwrap(),
        Effect::Copy { text: "A gateway timeout error occurred.".into(), what: "description of 504".into() }
    );
    send(&mut app, Reply::Copied(Ok("Copied description of 504 to the clipboard".into())));
    assert_eq!(app.status, Some(Status { text: "Copied description of 504 to the clipboard".into(), is_error: false }));
    send(&mut app, Action::Down);
    assert_eq!(app.status, None, "the next action clears the message");
}

#[test]
fn other_copy_targets() {
    let mut app = app();
    let Some(Effect::Copy { text, .. }) = send(&mut app, Action::Copy(CopyTarget::Line)) else { panic!() };
    assert_eq!(text, "200 OK: The server has successfully processed the request.");
    let Some(Effect::Copy { text, .. }) = send(&mut app, Action::Copy(CopyTarget::Constant)) else { panic!() };
    assert_eq!(text, "http::StatusCode::OK");
}

#[test]
fn copy_from_the_detail_view_copies_its_code() {
    let mut app = app();
    send(&mut app, Action::Down);
    send(&mut app, Action::Choose);
    let Some(Effect::Copy { what, .. }) = send(&mut app, Action::Copy(CopyTarget::Description)) else { panic!() };
    assert_eq!(what, "description of 201");
}

#[test]
fn failed_copy_is_an_error_status() {
    let mut app = app();
    send(&mut app, Reply::Copied(Err("Could not copy: no display".into())));
    assert!(app.status.as_ref().unwrap().is_error);
}

#[test]
fn help_toggles() {
    let mut app = app();
    send(&mut app, Action::ToggleHelp);
    assert_eq!(app.overlay, Overlay::Help { scroll: 0 });
    send(&mut app, Action::ToggleHelp);
    assert_eq!(app.overlay, Overlay::None);
    send(&mut app, Action::ToggleHelp);
    send(&mut app, Action::Back);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn quit() {
    assert_eq!(send(&mut app(), Action::Quit), Some(Effect::End(Ending::Quit)));
    assert_eq!(send(&mut app(), Action::Interrupt), Some(Effect::End(Ending::Interrupted)));
}

#[test]
fn click_focuses_a_pane_and_selects_the_row() {
    let mut app = app();
    let list = app.layout().unwrap().list_area(1);
    send(&mut app, Input::Click { column: list.x + 5, row: list.y + 3 });
    assert_eq!(app.focus, 1);
    assert_eq!(selected_code(&app), "404");
    let border = app.layout().unwrap().panes[0];
    send(&mut app, Input::Click { column: border.x, row: border.y });
    assert_eq!(app.focus, 0, "a click on the border focuses");
    send(&mut app, Input::Click { column: list.x, row: list.bottom() - 1 });
    assert_eq!(app.focus, 1);
    assert_eq!(selected_code(&app), "404", "a click below the last row changes nothing");
}

#[test]
fn wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    let list = app.layout().unwrap().list_area(1);
    send(&mut app, Input::Scroll { column: list.x, row: list.y, down: true });
    assert_eq!(app.focus, 1);
    assert_eq!(selected_code(&app), "404");
    send(&mut app, Input::Scroll { column: list.x, row: list.y, down: false });
    assert_eq!(selected_code(&app), "400");
}

#[test]
fn resize_keeps_the_selection_visible() {
    let mut app = app();
    send(&mut app, Action::NextPane);
    send(&mut app, Action::Bottom);
    send(&mut app, Input::Resize { width: 40, height: 10 });
    let height = app.layout().unwrap().list_area(1).height as usize;
    let pane = &app.panes[1];
    assert!(pane.offset <= pane.selected && pane.selected < pane.offset + height);
}

#[test]
fn with_query_opens_filtered_and_browsing() {
    let mut app = app();
    let [Effect::Search(query)] = &app.start_with_query("conflict")[..] else { panic!("a search") };
    let query = query.clone();
    assert!(app.searching);
    let hits = Searcher::default().search(&Table::embedded(), &query);
    send(&mut app, Reply::SearchDone { query, hits, elsewhere: None });
    assert!(!app.searching);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(selected_code(&app), "409");
}

#[test]
fn answers_to_an_older_query_are_ignored() {
    let mut app = app();
    send(&mut app, Action::StartSearch);
    assert_eq!(app.update(Action::SearchInput('4')), vec![Effect::Search("4".into())]);
    assert_eq!(app.update(Action::SearchInput('0')), vec![Effect::Search("40".into())]);
    let stale = Searcher::default().search(&Table::embedded(), "4");
    app.update(Reply::SearchDone { query: "4".into(), hits: stale, elsewhere: None });
    assert!(app.searching, "still waiting for \"40\"");
    assert_eq!(app.panes[1].rows.len(), 14, "the panes still show the last results");
    let fresh = Searcher::default().search(&Table::embedded(), "40");
    app.update(Reply::SearchDone { query: "40".into(), hits: fresh, elsewhere: None });
    assert!(!app.searching);
    assert_eq!(app.panes[0].rows.len(), 0);
}

#[test]
fn clearing_the_query_needs_no_search() {
    let mut app = app();
    search(&mut app, "404");
    assert_eq!(app.update(Action::Edit(Edit::DeleteToStart)), vec![]);
    assert_eq!(app.panes[0].rows.len() + app.panes[1].rows.len(), 18);
}

#[test]
fn no_match_reported_when_results_arrive_after_accepting() {
    let mut app = app();
    send(&mut app, Action::StartSearch);
    let [Effect::Search(query)] = &app.update(Action::SearchInput('z'))[..] else { panic!() };
    let query = query.clone();
    app.update(Action::SearchAccept);
    assert_eq!(app.status, None, "nothing known yet");
    app.update(Reply::SearchDone { query, hits: Vec::new(), elsewhere: None });
    assert_eq!(app.status.as_ref().unwrap().text, "Nothing matches \"z\"");
}

#[test]
fn controls_and_direction_marks_never_enter_the_query() {
    let mut app = app();
    search(&mut app, "a\u{1b}\u{202e}\u{200e}\u{7}b");
    assert_eq!(app.query.as_str(), "ab");
}

mod input;
mod overlays;
