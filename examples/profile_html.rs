//! Time the stages of reading one saved page: `cargo run --release --example profile_html FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: profile_html FILE");
        return;
    };
    let t = std::time::Instant::now();
    let Ok(src) = warta::input::load(std::path::Path::new(&path), u64::MAX) else { return };
    let d = warta::input::decode(&src.bytes, None);
    println!("load+decode {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let page = warta::html::read(&d.text);
    println!("html::read {:?} ({} paragraphs, whole page: {})", t.elapsed(), page.paragraphs.len(), page.whole_page);
    let t = std::time::Instant::now();
    let texts: Vec<String> = page.paragraphs.iter().map(|(t, _)| t.clone()).collect();
    let a = warta::clean::clean_paragraphs(texts, page.meta.clone(), &warta::clean::CleanOptions::default());
    println!("clean {:?} ({} paragraphs)", t.elapsed(), a.paragraphs.len());
    let t = std::time::Instant::now();
    let n = warta::extract::analyze(&a);
    println!("extract {:?} ({} names, {} quotes)", t.elapsed(), n.names.len(), n.quotes.len());
}
