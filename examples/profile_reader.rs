//! Reader reaction times in-process: `cargo run --release --example profile_reader FILE`.
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::Instant;
use warta::app::action::Action;
use warta::app::{App, Settings};

fn main() {
    let Some(path) = std::env::args().nth(1) else { return };
    let Ok(src) = warta::input::load(std::path::Path::new(&path), u64::MAX) else { return };
    let doc = warta::pipeline::process(&src, &warta::clean::CleanOptions::default());
    let mut app = App::new(doc, Settings::default(), (120, 40));
    let mut term = match Terminal::new(TestBackend::new(120, 40)) {
        Ok(t) => t,
        Err(e) => match e {},
    };
    let theme = warta::ui::Theme::default();
    let mut draw = |app: &App| {
        let t = Instant::now();
        let _ = term.draw(|f| warta::ui::render(app, &theme, f));
        t.elapsed()
    };
    println!("first draw {:?}", draw(&app));
    for (w, h) in [(70u16, 30u16), (120, 40)] {
        let t = Instant::now();
        app.resize(w, h);
        let u = t.elapsed();
        println!("resize {w}x{h}: update {u:?} draw {:?}", draw(&app));
    }
    for a in [Action::NextQuote, Action::Bottom, Action::NextParagraph, Action::FocusPanel] {
        let t = Instant::now();
        app.update(a);
        let u = t.elapsed();
        println!("{a:?}: update {u:?} draw {:?}", draw(&app));
    }
    let t = Instant::now();
    while !app.layout.is_complete() {
        app.tick(64 * 1024);
    }
    println!("complete layout {:?}", t.elapsed());
}
