//! Write a synthetic library for measuring the library screen:
//! `cargo run --release --example make_library -- DIR [N=1000] [BYTES=20000]`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test and tooling code: a failure should stop it loudly

#[path = "../benches/synth.rs"]
mod synth;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("usage: make_library DIR [N] [BYTES]"));
    let n: usize = args.next().map_or(1000, |s| s.parse().expect("N"));
    let bytes: usize = args.next().map_or(20_000, |s| s.parse().expect("BYTES"));
    let total = synth::write_library(&dir, n, bytes).expect("write");
    println!("{n} articles, {total} bytes in {}", dir.display());
}
