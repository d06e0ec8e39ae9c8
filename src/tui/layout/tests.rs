use super::*;

#[test]
fn panes_are_as_tall_as_their_rows_and_the_rest_goes_below() {
    let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), [Need::Rows(4), Need::Rows(14)], false).unwrap();
    assert_eq!(layout.panes[0], Rect::new(0, 1, 80, 7));
    assert_eq!(layout.panes[1], Rect::new(0, 8, 80, 15));
    assert_eq!(layout.header_area(0), Some(Rect::new(1, 2, 78, 1)));
    assert_eq!(layout.list_area(0), Rect::new(1, 3, 78, 4));
    assert_eq!(layout.status, Rect::new(0, 23, 80, 1));
    assert_eq!(layout.preview, None);
}

#[test]
fn a_pane_with_nothing_to_show_gives_its_room_away() {
    let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), [Need::Nothing, Need::Rows(29)], false).unwrap();
    assert_eq!(layout.panes[0].height, 0);
    assert_eq!(layout.panes[1], Rect::new(0, 1, 80, 22));
    // No matches in a pane during a search: it shrinks to its message.
    let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), [Need::Rows(0), Need::Rows(30)], false).unwrap();
    assert_eq!(layout.panes[0].height, 3);
}

#[test]
fn crowded_panes_share_the_height() {
    let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), [Need::Rows(40), Need::Rows(40)], false).unwrap();
    assert_eq!((layout.panes[0].height, layout.panes[1].height), (11, 11));
    let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), [Need::Rows(40), Need::Rows(2)], false).unwrap();
    assert_eq!((layout.panes[0].height, layout.panes[1].height), (17, 5));
}

#[test]
fn the_preview_takes_the_right_of_a_wide_screen() {
    let layout = ScreenLayout::new(Rect::new(0, 0, 200, 50), [Need::Rows(4), Need::Rows(14)], true).unwrap();
    assert_eq!(layout.preview, Some(Rect::new(120, 1, 80, 48)));
    assert_eq!(layout.panes[0].width, 120);
}

#[test]
fn tiny_terminals_get_no_layout() {
    let needs = [Need::Rows(4), Need::Rows(4000)];
    assert!(ScreenLayout::new(Rect::new(0, 0, 23, 40), needs, false).is_none());
    assert!(ScreenLayout::new(Rect::new(0, 0, 80, 7), needs, false).is_none());
    let smallest = ScreenLayout::new(Rect::new(0, 0, 24, 8), needs, false).unwrap();
    assert_eq!(smallest.list_area(0).height, 1);
    assert_eq!(smallest.list_area(1).height, 1);
}
