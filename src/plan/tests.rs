use super::*;
use clap::Parser;

fn cli(args: &[&str]) -> Cli {
    Cli::try_parse_from(std::iter::once("httpref").chain(args.iter().copied())).unwrap()
}

fn terminal() -> Env {
    Env { stdout_is_terminal: true, term: Some("xterm".into()), no_color: false }
}

#[test]
fn a_terminal_browses_and_a_pipe_prints() {
    assert_eq!(plan(&cli(&[]), &terminal()), Plan::Browse { query: "", color: true, pick: None });
    let piped = Env { stdout_is_terminal: false, ..terminal() };
    assert_eq!(plan(&cli(&[]), &piped), Plan::Print { color: false, why: None });
    let dumb = Env { term: Some("dumb".into()), ..terminal() };
    assert_eq!(plan(&cli(&[]), &dumb), Plan::Print { color: false, why: Some("TERM=dumb") });
    assert_eq!(plan(&cli(&["--list"]), &terminal()), Plan::Print { color: true, why: None });
}

#[test]
fn colour_only_on_a_terminal_without_no_color() {
    assert_eq!(plan(&cli(&["404"]), &terminal()), Plan::Lookup { json: false, copy: false, color: true });
    let no_color = Env { no_color: true, ..terminal() };
    assert_eq!(plan(&cli(&["404"]), &no_color), Plan::Lookup { json: false, copy: false, color: false });
    let unset = Env { term: None, ..terminal() };
    assert_eq!(plan(&cli(&["404", "--json"]), &unset), Plan::Lookup { json: true, copy: false, color: false });
}

#[test]
fn browser_options_where_no_browser_can_open_are_usage_errors() {
    let piped = Env { stdout_is_terminal: false, ..terminal() };
    assert_eq!(
        plan(&cli(&["--query", "gate"]), &piped),
        Plan::Unusable("--query opens the browser, but stdout is not a terminal".into())
    );
    let unset = Env { term: None, ..terminal() };
    assert_eq!(plan(&cli(&["--pick"]), &unset), Plan::Unusable("--pick opens the browser, but TERM is not set".into()));
    // Pick mode draws on the terminal itself: a captured stdout is fine, and it is coloured.
    let pick = cli(&["--pick"]);
    let captured = plan(&pick, &piped);
    assert!(matches!(captured, Plan::Browse { color: true, pick: Some(_), .. }), "{captured:?}");
}

#[test]
fn color_is_forced_or_refused_as_asked() {
    let piped = Env { stdout_is_terminal: false, ..terminal() };
    assert_eq!(plan(&cli(&["--color=always", "--list"]), &piped), Plan::Print { color: true, why: None });
    let no_color = Env { no_color: true, ..terminal() };
    assert_eq!(
        plan(&cli(&["--color", "always", "404"]), &no_color),
        Plan::Lookup { json: false, copy: false, color: true }
    );
    assert_eq!(
        plan(&cli(&["--color=never", "404"]), &terminal()),
        Plan::Lookup { json: false, copy: false, color: false }
    );
    assert_eq!(plan(&cli(&["--color=never"]), &terminal()), Plan::Browse { query: "", color: false, pick: None });
    assert_eq!(
        plan(&cli(&["--color=auto", "404"]), &no_color),
        Plan::Lookup { json: false, copy: false, color: false }
    );
}
