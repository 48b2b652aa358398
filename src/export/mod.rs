//! Turning an [`crate::Analysis`] into formats other tools read. Offsets become code points here.
pub mod jsonl;
pub mod offsets;
