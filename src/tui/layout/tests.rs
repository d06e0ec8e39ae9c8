use super::*;

#[test]
fn wide_terminals_put_panes_side_by_side() {
    let layout = ScreenLayout::new(Rect::new(0, 0, 160, 40), 4).unwrap();
    assert_eq!(layout.panes[0], Rect::new(0, 1, 80, 38));
    assert_eq!(layout.panes[1], Rect::new(80, 1, 80, 38));
}

#[test]
fn narrow_terminals_stack_panes_sized_to_the_normal_rows() {
    let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), 4).unwrap();
    assert_eq!(layout.panes[0], Rect::new(0, 1, 80, 6));
    assert_eq!(layout.panes[1], Rect::new(0, 7, 80, 16));
    assert_eq!(layout.status, Rect::new(0, 23, 80, 1));
}

#[test]
fn tiny_terminals_get_no_layout() {
    assert!(ScreenLayout::new(Rect::new(0, 0, 23, 40), 4).is_none());
    assert!(ScreenLayout::new(Rect::new(0, 0, 80, 7), 4).is_none());
    let smallest = ScreenLayout::new(Rect::new(0, 0, 24, 8), 4000).unwrap();
    assert_eq!(smallest.list_area(0).height, 1);
    assert_eq!(smallest.list_area(1).height, 1);
}
