//! The library screen with 1,000 articles (about 20 MB, made from our own
//! samples by `synth.rs`): start with a cold and a cached index, index
//! everything, and filter by a name one keystroke at a time.
//!
//! `cargo bench --bench library`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

#[path = "synth.rs"]
mod synth;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;
use warta::clean::CleanOptions;
use warta::library::list::{List, ListAction};
use warta::library::{Cache, Reconciled, glance, index_all, progress_map, scan};
use warta::ui::Theme;
use warta::ui::strings::EN_LIB;

const N: usize = 1000;
const BYTES: usize = 20_000;

fn library() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("warta-bench-library-{N}-{BYTES}"));
    if !dir.join("09").is_dir() {
        let total = synth::write_library(&dir, N, BYTES).unwrap();
        eprintln!("synthetic library: {N} articles, {total} bytes in {}", dir.display());
    }
    dir
}

/// What the binary does before its first frame: scan, match the cache,
/// read progress, build the list, draw it.
fn first_screen(root: &Path, state: &Path) -> (List, Reconciled) {
    let s = scan(root);
    let rec = Cache::new(state, root).reconcile(&s);
    let list = List::new(root.to_path_buf(), rec.entries.clone(), progress_map(state), (120, 40), &EN_LIB);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| warta::ui::library::render(&list, &Theme::default(), f)).unwrap();
    black_box(t);
    (list, rec)
}

fn bench(c: &mut Criterion) {
    let root = library();
    let cold_state = std::env::temp_dir().join("warta-bench-library-state-cold");
    let warm_state = std::env::temp_dir().join("warta-bench-library-state-warm");
    let _ = std::fs::remove_dir_all(&cold_state);
    // Build the cached index once.
    let (_, mut rec) = first_screen(&root, &warm_state);
    if !rec.stale.is_empty() {
        index_all(&mut rec.entries, &rec.stale, &CleanOptions::default(), 1 << 26, 2);
        Cache::new(&warm_state, &root).save(&rec.entries).unwrap();
    }
    let mut g = c.benchmark_group("library");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function("first_screen_cold_index", |b| b.iter(|| first_screen(&root, &cold_state)));
    g.bench_function("first_screen_cached_index", |b| {
        b.iter(|| {
            let (_, rec) = first_screen(&root, &warm_state);
            assert!(rec.stale.is_empty());
        })
    });
    // A cold start's real first screen: the first look (title, source, date
    // from each file's beginning) at all 1,000 files on two threads.
    g.bench_function("glance_1000_2_threads", |b| {
        b.iter(|| {
            let s = scan(&root);
            let files = &s.files;
            let half = files.len() / 2;
            std::thread::scope(|sc| {
                let a = sc.spawn(|| files[..half].iter().filter_map(|f| glance(f, &CleanOptions::default())).count());
                let b = sc.spawn(|| files[half..].iter().filter_map(|f| glance(f, &CleanOptions::default())).count());
                assert_eq!(a.join().unwrap() + b.join().unwrap(), files.len());
            })
        })
    });
    // Filtering: one keystroke of a name, from a list of 1,000 indexed articles.
    let list = List::new(root.clone(), rec.entries.clone(), Default::default(), (120, 40), &EN_LIB);
    g.bench_function("filter_keystroke_1000", |b| {
        b.iter_batched(
            || {
                let mut l = list.clone();
                l.update(ListAction::Filter);
                for ch in "wicakson".chars() {
                    l.filter_input(ch);
                }
                l.filter_backspace();
                l
            },
            |mut l| {
                l.filter_input('o');
                black_box(l.shown.len())
            },
            criterion::BatchSize::SmallInput,
        )
    });
    g.finish();
    let mut g = c.benchmark_group("library_full");
    g.sample_size(10).measurement_time(Duration::from_secs(30));
    g.bench_function("index_all_1000_2_threads", |b| {
        b.iter(|| {
            let s = scan(&root);
            let mut rec = Cache::new(&cold_state, &root).reconcile(&s);
            let stale = rec.stale.clone();
            index_all(&mut rec.entries, &stale, &CleanOptions::default(), 1 << 26, 2);
            black_box(rec.entries.len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
