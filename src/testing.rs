//! Helpers shared by the unit tests.

/// Property-test settings: a fixed seed in CI (reproducible runs; new cases
/// are found by developers, who run with random seeds), random elsewhere.
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    let mut c = proptest::test_runner::Config::with_cases(cases);
    if std::env::var_os("CI").is_some() {
        c.rng_seed = proptest::test_runner::RngSeed::Fixed(0x7761_7274_6100);
    }
    c
}
