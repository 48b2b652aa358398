//! The JavaScript API: `analyse(text)` returns the analysis as a plain JS object.
//!
//! Other pages (and later a Web Worker) call the core directly, without the UI. Trunk exposes the
//! exports as `window.wasmBindings`; a page that loads `lede.js` itself gets them from the module.
//! Offsets in the returned object are the core's byte offsets plus code-point `start`/`end` in the
//! JSONL contract shape, so JS callers index strings with `Array.from(text).slice(start, end)`.

use crate::analysis::{analyse_as, Lang};
use crate::export::jsonl;
use wasm_bindgen::prelude::*;

/// Analyses `text` (optionally forcing `lang`: "fr" or "en") and returns the JSONL-contract record
/// (code-point offsets) as a plain object. Throws a JS `Error` for an unknown language code.
#[wasm_bindgen(js_name = analyse)]
pub fn analyse_js(text: &str, lang: Option<String>) -> Result<JsValue, JsValue> {
    let lang = match lang.as_deref() {
        None | Some("") => None,
        Some(code) => Some(Lang::from_code(code).ok_or_else(|| {
            js_sys::Error::new(&format!("unknown language '{code}': use fr or en"))
        })?),
    };
    let a = analyse_as(text, lang);
    let rec = jsonl::record(&serde_json::Value::Null, text, &a);
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&rec, &ser).map_err(|e| js_sys::Error::new(&e.to_string()).into())
}
