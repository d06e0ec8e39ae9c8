//! Input as people send it: bursts that arrive before a search answers,
//! pastes, keys read in the mode they were typed in, line editing, pick mode.

use super::{app, search, selected_code, send};
use crate::search::Searcher;
use crate::tui::app::*;
use crate::tui::finder::Finder;

/// Feeds actions the way a burst arrives: nothing answers until all are in.
fn burst<M: Into<Message>>(app: &mut App, actions: Vec<M>) -> Vec<Effect> {
    let mut effects = Vec::new();
    for action in actions {
        effects.extend(app.update(action));
    }
    effects
}

/// Answers the searches among `effects` in order, as the search thread does.
fn answer(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
    let mut done = Vec::new();
    let mut queue: VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Search(query) => {
                let hits = Searcher::default().search(&Table::embedded(), &query);
                queue.extend(app.update(Reply::SearchDone { query, hits, elsewhere: None }));
            }
            other => done.push(other),
        }
    }
    done
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::SearchInput).collect()
}

#[test]
fn keys_typed_in_a_burst_act_on_the_results_they_were_typed_against() {
    let mut app = app();
    let mut actions = vec![Action::StartSearch];
    actions.extend(typed("404"));
    actions.extend([Action::SearchAccept, Action::Copy(CopyTarget::Description)]);
    let effects = burst(&mut app, actions);
    assert!(effects.iter().all(|e| matches!(e, Effect::Search(_))), "the copy waits: {effects:?}");
    let effects = answer(&mut app, effects);
    assert_eq!(
        effects,
        vec![Effect::Copy {
            text: "The server could not find the requested page.".into(),
            what: "description of 404".into()
        }]
    );
    assert_eq!(app.mode, Mode::Browse);
}

#[test]
fn enter_enter_in_a_burst_opens_the_searched_code() {
    let mut app = app();
    let mut actions = vec![Action::StartSearch];
    actions.extend(typed("404"));
    actions.extend([Action::SearchAccept, Action::Choose]);
    let effects = burst(&mut app, actions);
    answer(&mut app, effects);
    assert_eq!(app.overlay, Overlay::Detail { row: app.table().find_code("404").unwrap(), scroll: 0 });
}

/// What typing `actions` slowly (each answered at once) and in one burst
/// (nothing answered until all are in) come to: effects and final state.
fn slow_and_fast(actions: &[Message]) -> [(Vec<Effect>, String, Mode, Overlay); 2] {
    let mut slow = app();
    let slow_effects: Vec<Effect> = actions.iter().flat_map(|a| send_all(&mut slow, a.clone())).collect();
    let mut fast = app();
    let effects = burst(&mut fast, actions.to_vec());
    let fast_effects = answer(&mut fast, effects);
    [
        (slow_effects, selected_code(&slow), slow.mode, slow.overlay),
        (fast_effects, selected_code(&fast), fast.mode, fast.overlay),
    ]
}

fn send_all(app: &mut App, action: Message) -> Vec<Effect> {
    update_inline(app, &mut Finder::default(), action)
}

#[test]
fn a_burst_behaves_exactly_like_slow_typing() {
    let copy = Action::Copy(CopyTarget::Line);
    let mut sequences = vec![
        [vec![Action::StartSearch], typed("50"), vec![Action::SearchAccept, copy.clone(), Action::Down, copy.clone()]]
            .concat(),
        [typed("40"), vec![Action::Down, Action::Down, Action::Choose, Action::Copy(CopyTarget::Description)]].concat(),
        [
            vec![Action::StartSearch],
            typed("gatway"),
            vec![Action::Edit(Edit::DeleteBack), Action::SearchAccept, Action::Down, copy.clone()],
        ]
        .concat(),
        [vec![Action::SearchAccept, Action::Bottom, Action::Back, copy.clone()]].concat(),
    ];
    sequences.push([typed("5"), vec![Action::Back], typed("4"), vec![Action::SearchAccept, Action::Choose]].concat());
    for (n, actions) in sequences.into_iter().enumerate() {
        let mut actions: Vec<Message> = actions.into_iter().map(Message::from).collect();
        if n == 3 {
            // That one pasted its query.
            actions.insert(0, Input::Paste("time out".into()).into());
        }
        let [slow, fast] = slow_and_fast(&actions);
        assert_eq!(slow, fast, "{actions:?}");
        assert!(
            slow.0.iter().any(|e| matches!(e, Effect::Copy { .. })) || slow.3 != Overlay::None,
            "{actions:?} did something"
        );
    }
}

#[test]
fn quit_after_copy_in_a_burst_copies_first() {
    let mut app = app();
    let mut actions = vec![Action::StartSearch];
    actions.extend(typed("409"));
    actions.extend([Action::SearchAccept, Action::Copy(CopyTarget::Description), Action::Quit]);
    let effects = burst(&mut app, actions);
    let effects = answer(&mut app, effects);
    assert!(matches!(&effects[0], Effect::Copy { what, .. } if what == "description of 409"), "{effects:?}");
    assert_eq!(effects[1], Effect::End(Ending::Quit));
}

#[test]
fn ctrl_c_does_not_wait_for_a_search() {
    let mut app = app();
    burst(&mut app, vec![Action::StartSearch, Action::SearchInput('4'), Action::SearchAccept]);
    assert_eq!(app.update(Action::Interrupt), vec![Effect::End(Ending::Interrupted)]);
}

#[test]
fn a_paste_is_text_never_keys() {
    let mut app = app();
    send(&mut app, Action::StartSearch);
    send(&mut app, Input::Paste("gate\r\nway\tq\u{1b}[31m\u{7}\0".into()));
    assert_eq!(app.query.as_str(), "gate way q␛[31m␇␀", "controls shown as their pictures, not dropped");
    assert_eq!(app.mode, Mode::Search, "a line break in a paste does not accept the search");
}

#[test]
fn a_paste_while_browsing_starts_a_search_with_it() {
    let mut app = app();
    assert_eq!(send(&mut app, Input::Paste("q".into())), None, "a pasted q does not quit");
    assert_eq!(app.mode, Mode::Search);
    assert_eq!(app.query.as_str(), "q");
    send(&mut app, Action::Back);
    send(&mut app, Input::Paste("bad gateway\n".into()));
    assert_eq!(app.query.as_str(), "bad gateway ");
    assert_eq!(selected_code(&app), "502");
}

#[test]
fn typing_a_digit_while_browsing_searches_for_it() {
    let mut app = app();
    search(&mut app, "timeout");
    send(&mut app, Action::SearchAccept);
    for c in "404".chars() {
        send(&mut app, Action::SearchInput(c));
    }
    assert_eq!(app.query.as_str(), "404", "a new search, not added to the old one");
    assert_eq!(selected_code(&app), "404");
}

#[test]
fn editing_mid_line_searches_for_the_whole_line() {
    let mut app = app();
    search(&mut app, "bad way");
    for _ in 0..3 {
        send(&mut app, Action::Edit(Edit::Left));
    }
    for c in "gate".chars() {
        send(&mut app, Action::SearchInput(c));
    }
    assert_eq!(app.query.as_str(), "bad gateway");
    assert_eq!(app.query.cursor_chars(), 8);
    assert_eq!(selected_code(&app), "502");
    send(&mut app, Action::Edit(Edit::DeleteToEnd));
    assert_eq!(app.query.as_str(), "bad gate");
}

#[test]
fn clearing_a_search_keeps_the_selected_code_and_pane() {
    let mut app = app();
    search(&mut app, "timeout");
    send(&mut app, Action::SearchAccept);
    // Both reasons hold the word at the same place: the code met more often comes first.
    assert_eq!(selected_code(&app), "504");
    send(&mut app, Action::Down);
    let chosen = selected_code(&app);
    send(&mut app, Action::Back);
    assert!(app.query.is_empty());
    assert_eq!(app.focus, 1);
    assert_eq!(selected_code(&app), chosen, "the place is kept when the search is cleared");
}

#[test]
fn deleting_keeps_the_selection_where_it_is_still_listed() {
    let mut app = app();
    search(&mut app, "gateway");
    send(&mut app, Action::Down);
    let chosen = selected_code(&app);
    send(&mut app, Action::Edit(Edit::DeleteBack));
    assert_eq!(selected_code(&app), chosen);
}

#[test]
fn pick_mode_ends_with_the_chosen_field() {
    let pick = |field| App::new(Arc::new(Table::embedded()), Rect::new(0, 0, 100, 30)).picking(Some(field));
    let mut app = pick(Pick::Code);
    search(&mut app, "conflict");
    send(&mut app, Action::SearchAccept);
    assert_eq!(send(&mut app, Action::Choose), Some(Effect::End(Ending::Picked("409".into()))));
    let mut app = pick(Pick::Line);
    assert_eq!(
        send(&mut app, Action::Choose),
        Some(Effect::End(Ending::Picked("200 OK: The server has successfully processed the request.".into())))
    );
    let mut app = pick(Pick::Constant);
    assert_eq!(send(&mut app, Action::Choose), Some(Effect::End(Ending::Picked("http::StatusCode::OK".into()))));
    assert_eq!(send(&mut pick(Pick::Code), Action::Quit), Some(Effect::End(Ending::Cancelled)));
    assert_eq!(send(&mut pick(Pick::Code), Action::Back), Some(Effect::End(Ending::Cancelled)));
    // Esc in the search box leaves the search first; the next one cancels.
    let mut app = pick(Pick::Code);
    search(&mut app, "40");
    assert_eq!(send(&mut app, Action::Back), None);
    assert!(app.query.is_empty());
    assert_eq!(send(&mut app, Action::Back), Some(Effect::End(Ending::Cancelled)));
}

fn keys(text: &str) -> Vec<Input> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    text.chars()
        .map(|c| {
            let code = match c {
                '\r' => KeyCode::Enter,
                '\x1b' => KeyCode::Esc,
                c => KeyCode::Char(c),
            };
            Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
        })
        .collect()
}

#[test]
fn a_burst_of_keys_is_read_in_the_mode_each_key_was_typed_in() {
    let mut browser = app();
    let effects = burst(&mut browser, keys("/404\r\r"));
    answer(&mut browser, effects);
    assert_eq!(browser.overlay, Overlay::Detail { row: browser.table().find_code("404").unwrap(), scroll: 0 });

    let mut browser = app();
    let effects = burst(&mut browser, keys("/409\ry"));
    let effects = answer(&mut browser, effects);
    assert!(matches!(&effects[..], [Effect::Copy { what, .. }] if what == "description of 409"), "{effects:?}");
    assert_eq!(browser.query.as_str(), "409", "the y was not typed into the search");

    let mut browser = app();
    let effects = burst(&mut browser, keys("/5\x1bq"));
    assert_eq!(answer(&mut browser, effects), vec![Effect::End(Ending::Quit)]);
}
