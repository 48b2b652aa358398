//! One proptest configuration for the property suites.
//!
//! CI must not fail at random: by default the generator is seeded with a fixed value, so every
//! run explores the same cases and a red build always means a change broke something. To search
//! new ground, set `PROPTEST_RNG_SEED` (any u64) and `PROPTEST_CASES`, e.g.
//! `PROPTEST_RNG_SEED=$RANDOM PROPTEST_CASES=20000 cargo test --test invariants`.
//! A failure found that way belongs as a named regression test next to the code it broke.

use proptest::test_runner::{Config, RngSeed};

/// The fixed seed used when `PROPTEST_RNG_SEED` is not set.
const DEFAULT_SEED: u64 = 0x1ede_2026;

/// `cases` cases (unless `PROPTEST_CASES` overrides), seeded deterministically unless
/// `PROPTEST_RNG_SEED` is set.
pub fn config(cases: u32) -> Config {
    let mut c = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        c.rng_seed = RngSeed::Fixed(DEFAULT_SEED);
    }
    // Failures are reported with their minimal input; tests/ has no lib.rs for the
    // source-parallel regression files, so do not try to write them.
    c.failure_persistence = None;
    c
}
