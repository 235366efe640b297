//! Runs the cleaner in a loop on a file, for profiling and for timing:
//! `cargo run --release --example profile_clean FILE [N]`. Each run decodes
//! and cleans the text, as `clean/dev_corpus_decode_and_clean` does; the
//! fastest, tenth-percentile and median run are printed (on a machine whose
//! speed wanders, compare two builds by their fastest runs, taken in turn).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: profile_clean FILE [N]");
        return;
    };
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20).max(1);
    let bytes = std::fs::read(path).unwrap_or_default();
    let mut times = Vec::with_capacity(n);
    let mut total = 0;
    for _ in 0..n {
        let t = std::time::Instant::now();
        let d = warta::input::decode(&bytes, None);
        let a = warta::clean::clean_text(&d.text, d.encoding, &warta::clean::CleanOptions::default());
        total += a.paragraphs.len();
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: usize| times.get(q.min(n - 1)).copied().unwrap_or(0.0);
    let mb = bytes.len() as f64 / 1e6;
    println!(
        "{n} runs, {mb:.3} MB: fastest {:.3} ms ({:.1} MB/s), p10 {:.3} ms, median {:.3} ms ({total} paragraphs)",
        at(0),
        mb / (at(0) / 1e3),
        at(n / 10),
        at(n / 2)
    );
}
