//! Extraction in a loop over files, for profiling: `cargo run --release --example profile_extract FILE... `.
fn main() {
    let articles: Vec<_> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| warta::clean::clean_text(&t, "UTF-8", &warta::clean::CleanOptions::default()))
        .collect();
    let mut n = 0;
    for _ in 0..20 {
        for a in &articles {
            n += warta::extract::analyze(a).names.len();
        }
    }
    println!("{n}");
}
