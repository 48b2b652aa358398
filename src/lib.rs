//! Lede: a news-article analyser that runs in the reader's browser.
//!
//! The extraction core ([`analyse`]) is plain Rust with no web dependencies; it builds natively (the
//! `lede` CLI) and for wasm32 (the Leptos app: the `lede-web` crate in `web/`, sources in `src/web/`).
//!
//! ```
//! let a = lede::analyse("\"We are ready,\" the minister said on Monday.");
//! assert_eq!(a.lang, lede::Lang::En);
//! ```

pub mod analysis;
pub mod export;
pub mod share;
/// The reading view's model (render segments, tooltips, filters): native, so it is unit-tested.
pub mod view;

pub use analysis::{
    analyse, analyse_as, Analysis, Claim, ClaimKind, Cluster, Cue, Entity, Label, Lang, Quote,
    Span, Speaker,
};

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

/// `lede eval`: scoring against annotated gold files (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
