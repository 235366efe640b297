//! Time each stage on one file: `cargo run --release --example profile_stages FILE [--raw]`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: profile_stages FILE");
        return;
    };
    let t = std::time::Instant::now();
    let Ok(src) = warta::input::load(std::path::Path::new(&path), u64::MAX) else { return };
    let d = warta::input::decode(&src.bytes, None);
    println!("load+decode {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let a = warta::clean::clean_text(&d.text, d.encoding, &warta::clean::CleanOptions { raw: std::env::args().any(|a| a == "--raw"), ..Default::default() });
    println!("clean {:?} ({} paragraphs)", t.elapsed(), a.paragraphs.len());
    let t = std::time::Instant::now();
    let names = warta::extract::names::names(&a);
    println!("names {:?} ({})", t.elapsed(), names.len());
    let t = std::time::Instant::now();
    let q = warta::extract::quotes::quotes(&a, &names);
    println!("quotes {:?} ({})", t.elapsed(), q.len());
}
