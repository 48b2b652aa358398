//! The browser app of Lede (wasm32 only): the Leptos UI and the JS API, whose sources are
//! `../src/web/`. A crate of its own only so that it is compiled for size while the analysis
//! core is compiled for speed (see `Cargo.toml`).
#![cfg(target_arch = "wasm32")]

// The UI names the core as `crate::analysis`, `crate::view`, `crate::Analysis`, …
pub use lede::*;

#[path = "../src/web/mod.rs"]
pub mod web;
