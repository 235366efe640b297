//! Time each stage on one file: `cargo run --release --example profile_stages FILE [--raw]`.
//! A saved page is timed through the page reader (find the article, then clean).
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: profile_stages FILE [--raw]");
        return;
    };
    let opts = warta::clean::CleanOptions { raw: std::env::args().any(|a| a == "--raw"), ..Default::default() };
    let t = std::time::Instant::now();
    let Ok(src) = warta::input::load(std::path::Path::new(&path), u64::MAX) else { return };
    let d = warta::input::decode(&src.bytes, None);
    println!("load+decode {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let a = if warta::input::looks_like_html(&d.text) {
        let page = warta::html::read(&d.text);
        println!("html::read {:?} ({} paragraphs, whole page: {})", t.elapsed(), page.paragraphs.len(), page.whole_page);
        let t = std::time::Instant::now();
        let texts: Vec<String> = page.paragraphs.iter().map(|(t, _)| t.clone()).collect();
        let a = warta::clean::clean_paragraphs(texts, page.meta.clone(), &opts);
        println!("clean {:?} ({} paragraphs)", t.elapsed(), a.paragraphs.len());
        a
    } else {
        let a = warta::clean::clean_text(&d.text, d.encoding, &opts);
        println!("clean {:?} ({} paragraphs)", t.elapsed(), a.paragraphs.len());
        a
    };
    let t = std::time::Instant::now();
    let names = warta::extract::names::names(&a);
    println!("names {:?} ({})", t.elapsed(), names.len());
    let t = std::time::Instant::now();
    let q = warta::extract::quotes::quotes(&a, &names);
    println!("quotes {:?} ({})", t.elapsed(), q.len());
}
