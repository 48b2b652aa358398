//! The reading view's model, independent of the browser: render segments, tooltip text, legend
//! filters and the app's small decisions. It builds natively so `cargo test` covers the logic the
//! Leptos components in `web` only display.

pub mod describe;
pub mod filters;
pub mod panels;
pub mod segments;
pub mod state;
