//! Screens rendered into ratatui's TestBackend and compared with committed
//! insta snapshots; colours are checked on chosen cells.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use warta::app::action::Action;
use warta::app::{App, Settings};
use warta::clean::CleanOptions;
use warta::pipeline::process_text;
use warta::ui::{Theme, render};

const SAMPLE: &str = include_str!("../assets/sampel-pertemuan-puncak.txt");

fn app(w: u16, h: u16) -> App {
    App::new(process_text(SAMPLE, "UTF-8", &CleanOptions::default()), Settings::default(), (w, h))
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render(app, &Theme::default(), f)).unwrap();
    t
}

fn apply(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

/// Where `needle` first appears on screen: (x, y).
fn find(t: &Terminal<TestBackend>, needle: &str) -> Option<(u16, u16)> {
    let buf = t.backend().buffer();
    let area = buf.area;
    for y in 0..area.height {
        let row: String = (0..area.width).map(|x| buf[(x, y)].symbol().to_owned()).collect();
        if let Some(i) = row.find(needle) {
            let x = row[..i].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn first_screen_at_three_sizes() {
    for (w, h) in [(80, 24), (120, 40), (40, 12)] {
        let a = app(w, h);
        insta::assert_snapshot!(format!("first_screen_{w}x{h}"), draw(&a).backend());
    }
}

#[test]
fn after_next_quote() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h);
        apply(&mut a, &[Action::NextQuote]);
        let t = draw(&a);
        insta::assert_snapshot!(format!("after_next_quote_{w}x{h}"), t.backend());
        // The selected quotation is drawn in the quote style (green) on screen.
        let (x, y) = find(&t, "Kita tidak").expect("quotation on screen");
        assert_eq!(t.backend().buffer()[(x, y)].fg, Color::Green);
    }
}

#[test]
fn panel_focused_on_names() {
    let mut a = app(120, 40);
    apply(&mut a, &[Action::FocusPanel, Action::NextParagraph]);
    let t = draw(&a);
    insta::assert_snapshot!("panel_names_120x40", t.backend());
    // People are coloured by kind; the selection is reversed.
    let (x, y) = find(&t, "▸").expect("selection marker");
    assert!(t.backend().buffer()[(x + 2, y)].modifier.contains(ratatui::style::Modifier::REVERSED));
    let mut narrow = app(80, 24);
    apply(&mut narrow, &[Action::FocusPanel]);
    insta::assert_snapshot!("panel_overlay_80x24", draw(&narrow).backend());
}

#[test]
fn help_overlay() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h);
        apply(&mut a, &[Action::Help]);
        insta::assert_snapshot!(format!("help_{w}x{h}"), draw(&a).backend());
    }
}

#[test]
fn removed_boilerplate_view() {
    let mut a = app(120, 40);
    apply(&mut a, &[Action::ToggleRemoved]);
    let t = draw(&a);
    insta::assert_snapshot!("removed_120x40", t.backend());
    let (x, y) = find(&t, "⟨dateline⟩").expect("dateline piece shown");
    assert_eq!(t.backend().buffer()[(x, y)].fg, Color::DarkGray);
}

#[test]
fn search_with_matches() {
    let mut a = app(80, 24);
    a.update(Action::Search);
    for c in "tanggul".chars() {
        a.search_input(c);
    }
    a.search_done(true);
    let t = draw(&a);
    insta::assert_snapshot!("search_80x24", t.backend());
    let (x, y) = find(&t, "Tanggul").or_else(|| find(&t, "tanggul")).expect("a match on screen");
    assert!(matches!(t.backend().buffer()[(x, y)].bg, Color::LightRed | Color::Yellow));
}

#[test]
fn too_small_terminal() {
    let a = app(19, 4);
    insta::assert_snapshot!("too_small_19x4", draw(&a).backend());
}

#[test]
fn key_remapping_reaches_the_help_overlay() {
    let mut s = Settings::default();
    s.keymap.bind(warta::app::keymap::Chord::parse("x").unwrap(), Action::Quit);
    let mut a = App::new(process_text(SAMPLE, "UTF-8", &CleanOptions::default()), s, (80, 40));
    a.update(Action::Help);
    let t = draw(&a);
    insta::assert_snapshot!("help_remapped_80x40", t.backend());
    let (_, y) = find(&t, "quit").expect("quit row");
    let row: String = (0..80).map(|x| t.backend().buffer()[(x, y)].symbol().to_owned()).collect();
    assert!(row.contains(" q x ") || row.contains("q C-c x"), "{row}");
}
