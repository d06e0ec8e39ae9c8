use super::*;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn plain(code: KeyCode) -> KeyEvent {
    press(code, NONE)
}

#[test]
fn browse_keys() {
    assert_eq!(action_for(Scope::Browse, plain(KeyCode::Char('j'))), Some(Action::Down));
    assert_eq!(action_for(Scope::Browse, plain(KeyCode::Up)), Some(Action::Up));
    assert_eq!(action_for(Scope::Browse, press(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Bottom));
    assert_eq!(action_for(Scope::Browse, plain(KeyCode::Char('x'))), None);
}

#[test]
fn shift_tab_as_terminals_send_it() {
    // crossterm reports the terminal's CSI Z as BackTab with Shift held.
    assert_eq!(action_for(Scope::Browse, press(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Action::PrevPane));
    assert_eq!(action_for(Scope::Search, press(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Action::PrevPane));
}

#[test]
fn backspace_as_del_or_bs() {
    let delete_back = Some(Action::Edit(Edit::DeleteBack));
    assert_eq!(action_for(Scope::Search, plain(KeyCode::Backspace)), delete_back);
    assert_eq!(action_for(Scope::Search, press(KeyCode::Char('h'), CTRL)), delete_back);
}

#[test]
fn digits_start_a_search_with_themselves() {
    assert_eq!(action_for(Scope::Browse, plain(KeyCode::Char('4'))), Some(Action::SearchInput('4')));
    assert_eq!(action_for(Scope::Detail, plain(KeyCode::Char('4'))), None);
}

#[test]
fn search_keys_type_letters_that_browse_would_bind() {
    assert_eq!(action_for(Scope::Search, plain(KeyCode::Char('q'))), Some(Action::SearchInput('q')));
    assert_eq!(action_for(Scope::Search, plain(KeyCode::Char('j'))), Some(Action::SearchInput('j')));
    assert_eq!(action_for(Scope::Search, plain(KeyCode::Char('Q'))), Some(Action::SearchInput('Q')));
    assert_eq!(action_for(Scope::Search, plain(KeyCode::Down)), Some(Action::SearchAccept));
    assert_eq!(action_for(Scope::Search, plain(KeyCode::Esc)), Some(Action::Back));
    assert_eq!(action_for(Scope::Search, press(KeyCode::Char('x'), ALT)), None);
}

#[test]
fn overlays_close_with_q_and_ignore_pane_keys() {
    for scope in [Scope::Detail, Scope::Help] {
        assert_eq!(action_for(scope, plain(KeyCode::Char('q'))), Some(Action::Back));
        assert_eq!(action_for(scope, plain(KeyCode::Tab)), None);
        assert_eq!(action_for(scope, plain(KeyCode::Char('/'))), None);
    }
    assert_eq!(action_for(Scope::Help, plain(KeyCode::Char('y'))), None);
}

#[test]
fn ctrl_c_and_ctrl_z_work_everywhere() {
    for &scope in ALL {
        assert_eq!(action_for(scope, press(KeyCode::Char('c'), CTRL)), Some(Action::Interrupt));
        assert_eq!(action_for(scope, press(KeyCode::Char('z'), CTRL)), Some(Action::Suspend));
    }
}

#[test]
fn releases_are_ignored() {
    let mut release = plain(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(Scope::Browse, release), None);
}

#[test]
fn every_binding_is_reachable_and_no_key_is_bound_twice_in_a_scope() {
    for binding in BINDINGS {
        for &scope in binding.scopes {
            for &(code, modifiers) in binding.keys {
                let found = action_for(scope, KeyEvent::new(code, modifiers));
                let expected = match (&binding.action, code) {
                    (Action::TypeKey, KeyCode::Char(c)) => Action::SearchInput(c),
                    (action, _) => action.clone(),
                };
                assert_eq!(found, Some(expected), "{} in {scope:?} shadowed", binding.label);
            }
        }
    }
}

#[test]
fn a_line_feed_is_enter() {
    // tmux sends the keypad's Enter as a line feed, which raw mode reads as Ctrl-j.
    let line_feed = press(KeyCode::Char('j'), CTRL);
    assert_eq!(action_for(Scope::Browse, line_feed), Some(Action::Choose));
    assert_eq!(action_for(Scope::Search, line_feed), Some(Action::SearchAccept));
}

#[test]
fn suspend_is_offered_only_where_the_platform_has_job_control() {
    let suspends = |can: bool| bindings_where(can).any(|b| b.action == Action::Suspend);
    assert!(suspends(true));
    assert!(!suspends(false), "no Ctrl-z binding, so none in the help or the hints");
    assert_eq!(bindings_where(false).count(), BINDINGS.len() - 1);
}
