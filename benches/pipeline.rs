//! Speed of the pure pipeline: clean, extract, layout, resize.
//!
//! `cargo bench --bench pipeline`. Uses `../shared/corpus/dev` when present
//! (the dev corpus concatenated), else the bundled samples repeated.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use warta::clean::{CleanOptions, clean_text};
use warta::extract::analyze;
use warta::input::{Source, decode, load};
use warta::layout::{Layout, LayoutOptions, Row};
use warta::pipeline::process;

const SAMPLES: [&str; 2] = [include_str!("../assets/sampel-pertemuan-puncak.txt"), include_str!("../assets/sampel-pasar-flattened.txt")];

/// The dev corpus .txt files, one string each (the bundled samples without it).
fn corpus_files() -> Vec<String> {
    let dir = std::path::Path::new("../shared/corpus/dev");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect())
        .unwrap_or_default();
    files.sort();
    let texts: Vec<String> = files.into_iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    if texts.is_empty() { SAMPLES.iter().map(|s| (*s).to_owned()).collect() } else { texts }
}

/// The dev corpus .txt files concatenated (one article after another).
fn corpus() -> String {
    let dir = std::path::Path::new("../shared/corpus/dev");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect())
        .unwrap_or_default();
    files.sort();
    let mut text = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(f) {
            text.push_str(&t);
            text.push_str("\n\n");
        }
    }
    if text.is_empty() {
        eprintln!("../shared/corpus/dev not found: using the bundled samples");
        text = SAMPLES.join("\n\n");
    }
    text
}

/// About `bytes` of article text built from the corpus.
fn sized(base: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + base.len());
    while s.len() < bytes {
        s.push_str(base);
        s.push_str("\n\n");
    }
    s
}

fn bench_clean(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("clean");
    // (in MB/s, 10^6 bytes, the unit of the target: >= 100 MB/s)
    g.throughput(Throughput::BytesDecimal(text.len() as u64));
    g.bench_function("dev_corpus_decode_and_clean", |b| {
        b.iter(|| {
            let d = decode(black_box(text.as_bytes()), None);
            clean_text(&d.text, d.encoding, &CleanOptions::default())
        })
    });
    let big = sized(&text, 10 << 20);
    g.throughput(Throughput::BytesDecimal(big.len() as u64));
    g.sample_size(10);
    g.bench_function("10MB_decode_and_clean", |b| {
        b.iter(|| {
            let d = decode(black_box(big.as_bytes()), None);
            clean_text(&d.text, d.encoding, &CleanOptions::default())
        })
    });
    g.finish();
}

fn bench_seed_json(c: &mut Criterion) {
    let path = std::path::Path::new("../shared/seeds/000_bba9f7290a40c696.txt");
    let src = load(path, u64::MAX).unwrap_or(Source { path: "sample".into(), bytes: SAMPLES[0].as_bytes().to_vec() });
    c.bench_function("seed_load_clean_extract_json", |b| {
        b.iter(|| {
            let doc = process(black_box(&src), &CleanOptions::default());
            black_box(warta::dump::json(&doc).map(|s| s.len()).is_ok())
        })
    });
}

fn bench_extract(c: &mut Criterion) {
    let text = corpus();
    let article = clean_text(&text, "UTF-8", &CleanOptions::default());
    let bytes = article.text_len() as u64;
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("names_and_quotes_dev_corpus_as_one_article", |b| b.iter(|| analyze(black_box(&article))));
    // The real case: one article at a time.
    let articles: Vec<_> = corpus_files().iter().map(|t| clean_text(t, "UTF-8", &CleanOptions::default())).collect();
    let total: usize = articles.iter().map(warta::article::Article::text_len).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("names_and_quotes_per_article", |b| {
        b.iter(|| articles.iter().map(|a| analyze(black_box(a)).names.len()).sum::<usize>())
    });
    g.finish();
}

fn bench_layout(c: &mut Criterion) {
    let text = corpus();
    let one_mb = clean_text(&sized(&text, 1 << 20), "UTF-8", &CleanOptions::default());
    let mut g = c.benchmark_group("layout");
    g.sample_size(10);
    for hyphenate in [false, true] {
        let opts = LayoutOptions { hyphenate, ..LayoutOptions::default() };
        g.bench_with_input(BenchmarkId::new("full_1MB_w78", if hyphenate { "hyphenated" } else { "optimal_fit" }), &opts, |b, o| {
            b.iter(|| Layout::full(black_box(&one_mb), 78, *o).total_rows())
        });
    }
    // Resize of a 5 MB article: a new layout and the first screen from the
    // reading position (lazy: nothing else is wrapped before the frame).
    let five = clean_text(&sized(&text, 5 << 20), "UTF-8", &CleanOptions::default());
    let anchor = warta::layout::Anchor { para: five.paragraphs.len() / 2, byte: 0 };
    g.bench_function("resize_5MB_first_screen_40_rows", |b| {
        b.iter(|| {
            let mut l = Layout::new(black_box(&five), 61, LayoutOptions::default());
            let mut r: Row = l.row_at(&five, anchor);
            for _ in 0..40 {
                match l.next_row(&five, r) {
                    Some(n) => r = n,
                    None => break,
                }
            }
            r
        })
    });
    g.finish();
}

fn bench_html(c: &mut Criterion) {
    let dir = std::path::Path::new("../shared/corpus/dev");
    let mut pages: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "html"))
                .filter_map(|p| std::fs::read(p).ok())
                .collect()
        })
        .unwrap_or_default();
    if pages.is_empty() {
        eprintln!("../shared/corpus/dev not found: no HTML benchmark");
        return;
    }
    pages.sort();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("html");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("dev_pages_decode_extract_clean", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    let d = decode(black_box(p), warta::html::declared_charset(p));
                    warta::html::read(&d.text).paragraphs.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("dev_pages_full_pipeline", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| process(&Source { path: "page.html".into(), bytes: p.clone() }, &CleanOptions::default()).article.paragraphs.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));
    targets = bench_clean, bench_seed_json, bench_extract, bench_layout, bench_html
}
criterion_main!(benches);
