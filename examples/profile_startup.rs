//! Start-up costs: `cargo run --release --example profile_startup [FILE]`.
fn main() {
    let t = std::time::Instant::now();
    let rules = warta::clean::rules::RuleSet::builtin();
    println!("rule set: {:?} ({} rules)", t.elapsed(), rules.rules.len());
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path).unwrap_or_default(),
        None => "JAKARTA, WARTA.com - Isi berita.\nBaca juga: Judul".to_owned(),
    };
    for round in ["first", "second"] {
        let t = std::time::Instant::now();
        let a = warta::clean::clean_text(&text, "UTF-8", &warta::clean::CleanOptions::default());
        println!("{round} clean: {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let n = warta::extract::analyze(&a);
        println!("{round} extract: {:?} {}", t.elapsed(), n.names.len());
    }
    let t = std::time::Instant::now();
    for spec in warta::clean::rules::BUILTIN {
        let t1 = std::time::Instant::now();
        let _ = regex::Regex::new(spec.pattern);
        let e = t1.elapsed();
        if e.as_micros() > 300 {
            println!("  {:?} {}", e, spec.pattern);
        }
    }
    println!("all single: {:?}", t.elapsed());
}
