//! Where the library's cached start spends its time:
//! `cargo run --release --example profile_library -- DIR STATE_DIR`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

use std::time::Instant;
use warta::library::list::List;
use warta::library::{Cache, progress_map, scan};

fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::path::PathBuf::from(args.next().expect("DIR"));
    let state = std::path::PathBuf::from(args.next().expect("STATE_DIR"));
    for _ in 0..3 {
        let t = Instant::now();
        let s = scan(&root);
        let t1 = t.elapsed();
        let rec = Cache::new(&state, &root).reconcile(&s);
        let t2 = t.elapsed();
        let progress = progress_map(&state);
        let t3 = t.elapsed();
        let list = List::new(root.clone(), rec.entries, progress, (120, 40), &warta::ui::strings::EN_LIB);
        let t4 = t.elapsed();
        println!(
            "scan {:?}  reconcile {:?}  progress {:?}  list {:?}  ({} entries, {} stale)",
            t1,
            t2 - t1,
            t3 - t2,
            t4 - t3,
            list.entries.len(),
            rec.stale.len()
        );
    }
}
