//! Runs the cleaner in a loop on a file, for profiling: `cargo run --release --example profile_clean FILE [N]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: profile_clean FILE [N]");
        return;
    };
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut total = 0;
    for _ in 0..n {
        let a = warta::clean::clean_text(&text, "UTF-8", &warta::clean::CleanOptions::default());
        total += a.paragraphs.len();
    }
    println!("{total}");
}
