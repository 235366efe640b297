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

mod library {
    use super::*;
    use std::collections::HashMap;
    use std::path::PathBuf;
    use warta::library::list::{List, ListAction};
    use warta::library::{Entry, Found, Progress, index_source};
    use warta::ui::strings::EN_LIB;

    const PASAR: &str = include_str!("../assets/sampel-pasar-flattened.txt");

    /// A small library: the two bundled samples, a few written here, and a
    /// file that could not be read. Dates and times are fixed.
    fn list(w: u16, h: u16) -> List {
        let at = |name: &str, mtime: i64| Found { path: PathBuf::from(format!("/artikel/{name}")), size: 1000, mtime };
        let src = |f: &Found, text: &str| warta::input::Source { path: f.path.clone(), bytes: text.as_bytes().to_vec() };
        let mut entries = Vec::new();
        for (name, text, mtime) in [
            ("sampel-pertemuan-puncak.txt", SAMPLE, 1_710_000_000),
            ("sampel-pasar-flattened.txt", PASAR, 1_712_000_000),
            (
                "banjir-solo.txt",
                "SOLO, Wartakita.com - Banjir merendam tiga kelurahan di Solo, Senin (4/3). Wali Kota Teguh Prakosa meninjau lokasi.\n\n\"Pompa sudah kami kerahkan,\" kata Teguh Prakosa.\n",
                1_709_500_000,
            ),
            (
                "harga-beras.txt",
                "Kamis, 14 Maret 2024 - Menteri Keuangan Sri Mulyani menyebut harga beras naik tiga persen di Jakarta.\n\nBulog diminta menambah stok.\n",
                1_700_000_000,
            ),
        ] {
            let f = at(name, mtime);
            entries.push(index_source(&f, &src(&f, text), &CleanOptions::default()));
        }
        let mut bad = Entry::pending(&at("rusak.html", 1_705_000_000));
        bad.error = Some("permission denied".into());
        entries.push(bad);
        let mut progress = HashMap::new();
        progress.insert(entries[0].key.clone(), Progress::Reading(40));
        progress.insert(entries[3].key.clone(), Progress::Done);
        List::new(PathBuf::from("/artikel"), entries, progress, (w, h), &EN_LIB)
    }

    fn draw(l: &List) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(l.size.0, l.size.1)).unwrap();
        t.draw(|f| warta::ui::library::render(l, &Theme::default(), f)).unwrap();
        t
    }

    #[test]
    fn the_list_at_two_sizes() {
        for (w, h) in [(80, 24), (120, 40)] {
            let l = list(w, h);
            let t = draw(&l);
            insta::assert_snapshot!(format!("library_{w}x{h}"), t.backend());
            // The unreadable file is listed, dimmed, with its reason.
            let (x, y) = find(&t, "permission denied").unwrap();
            assert!(t.backend().buffer()[(x, y)].modifier.contains(ratatui::style::Modifier::DIM));
        }
    }

    #[test]
    fn filtering_by_a_name_shows_who_matched() {
        let mut l = list(120, 40);
        l.update(ListAction::Filter);
        for c in "prakosa".chars() {
            l.filter_input(c);
        }
        let t = draw(&l);
        insta::assert_snapshot!("library_filter_120x40", t.backend());
        assert_eq!(l.shown.len(), 1, "the one article that names Teguh Prakosa");
        assert!(find(&t, "Teguh Prakosa").is_some());
        assert!(find(&t, "filter: prakosa").is_some());
    }

    #[test]
    fn help_and_an_empty_folder() {
        let mut l = list(80, 24);
        l.update(ListAction::Help);
        insta::assert_snapshot!("library_help_80x24", draw(&l).backend());
        let empty = List::new(PathBuf::from("/kosong"), Vec::new(), HashMap::new(), (80, 24), &EN_LIB);
        assert!(find(&draw(&empty), "No articles in this folder").is_some());
    }
}
