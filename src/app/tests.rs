use super::*;
use crate::clean::CleanOptions;
use crate::pipeline::process_text;

const SAMPLE: &str = include_str!("../../assets/sampel-pertemuan-puncak.txt");

fn app(size: (u16, u16)) -> App {
    let doc = process_text(SAMPLE, "UTF-8", &CleanOptions::default());
    App::new(doc, Settings::default(), size)
}

#[test]
fn paragraph_keys_move_focus_and_keep_it_visible() {
    let mut a = app((80, 12));
    for _ in 0..6 {
        a.update(Action::NextParagraph);
    }
    assert_eq!(a.focus_para, 6);
    assert!(a.visible.iter().any(|r| r.para == 6 && r.line == Some(0)));
    a.update(Action::PrevParagraph);
    assert_eq!(a.focus_para, 5);
    a.update(Action::Top);
    assert_eq!((a.focus_para, a.top), (0, Anchor::default()));
}

#[test]
fn quote_jumps_visit_quotations_in_order_and_stop_at_the_end() {
    let mut a = app((120, 40));
    let n = a.doc.notes.quotes.len();
    assert!(n >= 3);
    for i in 0..n {
        a.update(Action::NextQuote);
        assert_eq!(a.selected_quote, Some(i));
        let q = &a.doc.notes.quotes[i];
        assert_eq!(a.view.para_of(a.focus_para), Some(q.paragraph));
        assert_eq!(a.tab, Tab::Quotes, "the Quotes tab follows");
    }
    a.update(Action::NextQuote);
    assert_eq!(a.selected_quote, Some(n - 1));
    assert!(a.message.is_some());
    a.update(Action::PrevQuote);
    assert_eq!(a.selected_quote, Some(n - 2));
}

#[test]
fn resize_keeps_the_reading_position() {
    let mut a = app((120, 30));
    for _ in 0..8 {
        a.update(Action::NextParagraph);
    }
    a.update(Action::ScrollDown);
    let (para, focus) = (a.top.para, a.focus_para);
    let focus_seen = |a: &App| a.visible.iter().any(|r| r.para == focus && r.line.is_some());
    assert!(focus_seen(&a));
    // Larger: the top line stays.
    for (w, h) in [(200, 60), (160, 40), (120, 30)] {
        a.resize(w, h);
        assert_eq!(a.top.para, para, "at {w}x{h}");
        assert_eq!(a.visible.first().copied().unwrap().para, para);
    }
    // Much smaller: the paragraph the reader is on stays in sight.
    for (w, h) in [(40, 12), (61, 20), (120, 30)] {
        a.resize(w, h);
        assert!(focus_seen(&a), "at {w}x{h}");
    }
}

#[test]
fn search_finds_and_walks_matches() {
    let mut a = app((100, 30));
    a.update(Action::Search);
    for c in "hendra".chars() {
        a.search_input(c);
    }
    let n = a.search.as_ref().unwrap().matches.len();
    assert!(n >= 3, "{n}");
    a.search_done(true);
    assert_eq!(a.search.as_ref().unwrap().current, Some(0));
    a.update(Action::NextMatch);
    assert_eq!(a.search.as_ref().unwrap().current, Some(1));
    a.update(Action::Escape);
    assert!(a.search.is_none());
}

#[test]
fn removed_view_inserts_pieces_and_keeps_position() {
    let mut a = app((100, 30));
    a.update(Action::NextParagraph);
    a.update(Action::NextParagraph);
    let clean = a.view.para_of(a.focus_para);
    a.update(Action::ToggleRemoved);
    assert!(a.view.article.paragraphs.len() > a.doc.article.paragraphs.len());
    assert_eq!(a.view.para_of(a.focus_para), clean);
    a.update(Action::ToggleRemoved);
    assert_eq!(a.view.article.paragraphs.len(), a.doc.article.paragraphs.len());
}

#[test]
fn names_panel_selection_jumps_and_walks_mentions() {
    let mut a = app((120, 40));
    a.update(Action::FocusPanel);
    assert_eq!(a.focus, Focus::Panel);
    a.update(Action::NextParagraph);
    let entries = a.panel_entries();
    let Some(PanelEntry::Name(i)) = entries.get(a.panel_sel).cloned() else { panic!("no name selected") };
    a.update(Action::Select);
    assert_eq!(a.walk, Some(Walk { name: i, mention: 0 }));
    let mentions = a.doc.notes.names[i].mentions.len();
    if mentions > 1 {
        a.update(Action::NextQuote);
        assert_eq!(a.walk.unwrap().mention, 1);
    }
    a.update(Action::Escape);
    assert_eq!(a.walk, None);
}

#[test]
fn narrow_terminal_opens_the_panel_as_an_overlay() {
    let mut a = app((80, 24));
    assert!(a.geometry().panel.is_none());
    a.update(Action::FocusPanel);
    assert!(a.overlay && a.panel_visible());
    a.update(Action::Escape);
    assert!(!a.overlay);
}

#[test]
fn help_closes_with_escape_and_quit_quits() {
    let mut a = app((80, 24));
    a.update(Action::Help);
    assert_eq!(a.mode, Mode::Help);
    a.update(Action::NextParagraph);
    assert_eq!(a.mode, Mode::Help);
    a.update(Action::Escape);
    assert_eq!(a.mode, Mode::Reading);
    assert_eq!(a.update(Action::Quit), Effect::Quit);
}

#[test]
fn every_size_is_safe() {
    let doc = process_text(SAMPLE, "UTF-8", &CleanOptions::default());
    for w in [1u16, 2, 5, 19, 20, 40, 89, 90, 133, 400] {
        for h in [1u16, 2, 4, 5, 12, 24, 150] {
            let mut a = App::new(doc.clone(), Settings::default(), (w, h));
            for act in [Action::PageDown, Action::NextQuote, Action::FocusPanel, Action::Bottom, Action::ToggleRemoved, Action::PageUp] {
                a.update(act);
            }
            a.resize(h, w);
        }
    }
}

#[test]
fn the_end_of_the_beginning_becomes_the_end_of_the_whole_article() {
    let whole = process_text(SAMPLE, "UTF-8", &CleanOptions::default());
    let mut beginning = whole.clone();
    beginning.article.paragraphs.truncate(4);
    let mut a = App::new(beginning, Settings::default(), (80, 12));
    a.update(Action::Bottom);
    assert_eq!(a.focus_para, 3);
    a.replace_document(whole.clone());
    assert_eq!(a.focus_para + 1, a.view.article.paragraphs.len(), "G before the whole article arrived means its end");
    let mut direct = App::new(whole.clone(), Settings::default(), (80, 12));
    direct.update(Action::Bottom);
    assert_eq!((a.top, a.percent()), (direct.top, direct.percent()));
    // A reader in the middle of the beginning stays where they are.
    let mut beginning = whole.clone();
    beginning.article.paragraphs.truncate(6);
    let mut b = App::new(beginning, Settings::default(), (80, 12));
    b.update(Action::NextParagraph);
    b.update(Action::NextParagraph);
    b.replace_document(whole);
    assert_eq!(b.focus_para, 2);
}

#[test]
fn a_smaller_window_keeps_the_focused_paragraph_in_sight() {
    // The whole article fits: the focus (not the top line) is the place.
    for small in [(80, 12), (40, 12)] {
        let mut a = app((200, 80));
        a.update(Action::Bottom);
        let last = a.focus_para;
        assert_eq!(a.percent(), Some(100));
        a.resize(small.0, small.1);
        assert_eq!(a.focus_para, last);
        assert!(a.visible.iter().any(|r| r.para == last && r.line.is_some()), "at {small:?}");
        a.resize(200, 80);
        assert!(a.visible.iter().any(|r| r.para == last && r.line.is_some()));
    }
}

#[test]
fn the_end_of_the_article_is_its_last_page() {
    for (w, h) in [(80, 12), (80, 24), (40, 12), (120, 30)] {
        let mut a = app((w, h));
        a.update(Action::Bottom);
        let (page, pages) = a.page().expect("pages");
        assert_eq!(page, pages, "at {w}x{h}");
        a.update(Action::Top);
        assert_eq!(a.page().map(|p| p.0), Some(1));
    }
}

#[test]
fn line_scrolling_passes_the_blank_rows_between_paragraphs() {
    let mut a = app((80, 12));
    let mut tops = vec![a.top_row_index()];
    for _ in 0..12 {
        a.update(Action::ScrollDown);
        tops.push(a.top_row_index());
    }
    assert!(tops.windows(2).all(|w| w[1] > w[0]), "each Ctrl-e moves on: {tops:?}");
    for _ in 0..12 {
        a.update(Action::ScrollUp);
        let t = a.top_row_index();
        assert!(t < tops.last().copied().flatten(), "Ctrl-y moves back");
        tops.push(t);
    }
    assert_eq!(a.top_row_index(), Some(0));
}

#[test]
fn the_bottom_shows_the_last_line() {
    for (w, h) in [(80, 12), (80, 24), (40, 12), (61, 20), (120, 30)] {
        let mut a = app((w, h));
        a.update(Action::Bottom);
        let art = a.view.article.clone();
        let last = a.layout.last_row(&art);
        assert!(a.visible.contains(&last), "at {w}x{h}");
        assert_eq!(a.percent(), Some(100), "at {w}x{h}");
    }
}
