//! Turning an [`crate::Analysis`] into formats other tools read. Offsets become code points here.
pub mod jsonl;
pub mod offsets;

// The JSON text of the exports and of an opened file, without serde_json in the browser build.
pub mod json_read;
pub mod json_write;

// Exports of issue 7: the same formats from the UI buttons and `lede analyse --format`.
pub mod csv;
pub mod json;
pub mod markdown;
mod paragraph;
#[cfg(test)]
mod test_support;
pub mod web_annotation;

pub use csv::to_csv;
pub use json::to_json;
pub use markdown::to_markdown;
pub use web_annotation::to_web_annotation;
