//! The browser app (wasm32 only). Renders an [`crate::Analysis`]; holds UI state only.
pub mod js_api;

pub fn start() {}
