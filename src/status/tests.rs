use super::*;

#[test]
fn how_the_browser_ended_is_its_exit_status() {
    assert_eq!(of_browser(Exit::Ended(Ending::Quit)), (FOUND, None));
    assert_eq!(of_browser(Exit::Ended(Ending::Interrupted)), (130, None));
    assert_eq!(of_browser(Exit::Signal(15)), (143, None), "128 + SIGTERM");
    assert_eq!(of_browser(Exit::Ended(Ending::Picked("404".into()))), (FOUND, Some("404".into())));
    assert_eq!(of_browser(Exit::Ended(Ending::Cancelled)), (NOT_FOUND, None));
}
