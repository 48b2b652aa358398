//! The JavaScript API: `analyse(text)` returns the analysis as a plain JS object.
//!
//! Other pages (and later a Web Worker) call the core directly, without the UI. Trunk exposes the
//! exports as `window.wasmBindings`; a page that loads `lede.js` itself gets them from the module.
//! Offsets in the returned object are the core's byte offsets plus code-point `start`/`end` in the
//! JSONL contract shape, so JS callers index strings with `Array.from(text).slice(start, end)`.
//!
//! `analyseCounts` and `analyseJson` exist for the in-browser benchmark
//! (`scripts/bench-wasm/bench.html`): they split the time of `analyse` into the core analysis and
//! the hand-off of its result to JavaScript.

use crate::analysis::{analyse_as, Analysis, Lang};
use crate::export::jsonl;
use wasm_bindgen::prelude::*;

/// The optional language override of every export: "fr", "en", or none/"" to detect it.
fn parse_lang(lang: Option<String>) -> Result<Option<Lang>, JsValue> {
    match lang.as_deref() {
        None | Some("") => Ok(None),
        Some(code) => Lang::from_code(code).map(Some).ok_or_else(|| {
            js_sys::Error::new(&format!("unknown language '{code}': use fr or en")).into()
        }),
    }
}

/// The JSONL-contract record of an analysis (code-point offsets), as JSON text: written
/// directly (`jsonl::record_json`), the same bytes as serialising `jsonl::record`'s value at
/// about a tenth of the cost.
fn contract_record(text: &str, a: &Analysis) -> String {
    jsonl::record_json("null", text, a)
}

/// Analyses `text` (optionally forcing `lang`: "fr" or "en") and returns the JSONL-contract record
/// (code-point offsets) as a plain object. Throws a JS `Error` for an unknown language code.
///
/// The record crosses into JavaScript as one JSON string, turned into objects by the engine's
/// `JSON.parse`: measured in headless Chromium (BENCHMARKS.md), that hand-off costs about half
/// as much as building the objects value by value from Rust (serde-wasm-bindgen), and gives the
/// same object.
#[wasm_bindgen(js_name = analyse)]
pub fn analyse_js(text: &str, lang: Option<String>) -> Result<JsValue, JsValue> {
    let a = analyse_as(text, parse_lang(lang)?);
    js_sys::JSON::parse(&contract_record(text, &a))
}

/// The same record as [`analyse_js`], as a JSON string (`JSON.parse` gives the same object):
/// one string crosses into JavaScript instead of one call per value.
#[wasm_bindgen(js_name = analyseJson)]
pub fn analyse_json_js(text: &str, lang: Option<String>) -> Result<String, JsValue> {
    let a = analyse_as(text, parse_lang(lang)?);
    Ok(contract_record(text, &a))
}

/// The core analysis alone, without building or converting the record: returns the numbers of
/// entities, quotes and claims found (so the work cannot be optimised away). For timing.
#[wasm_bindgen(js_name = analyseCounts)]
pub fn analyse_counts_js(text: &str, lang: Option<String>) -> Result<Vec<u32>, JsValue> {
    let a = analyse_as(text, parse_lang(lang)?);
    let n = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
    Ok(vec![
        n(a.entities.len()),
        n(a.quotes.len()),
        n(a.claims.len()),
    ])
}
