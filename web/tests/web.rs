//! Browser tests of the wasm build (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown -p lede-web --test web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn core_runs_in_the_browser() {
    let a = lede::analyse("« Nous sommes prêts », a déclaré lundi le Kremlin.");
    assert_eq!(a.lang, lede::Lang::Fr);
    assert_eq!(a.quotes.len(), 1);
}

#[wasm_bindgen_test]
fn js_api_returns_a_plain_object_with_code_point_offsets() {
    let text = "« Nous sommes déjà là », a déclaré Émile Dupont à la presse.";
    let v = lede_web::web::js_api::analyse_js(text, None).unwrap();
    assert_eq!(get(&v, "lang").as_string().as_deref(), Some("fr"));
    let quotes = js_sys::Array::from(&get(&v, "quotes"));
    assert_eq!(quotes.length(), 1);
    let q = quotes.get(0);
    let (s, e) = (
        get(&q, "start").as_f64().unwrap() as usize,
        get(&q, "end").as_f64().unwrap() as usize,
    );
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        "Nous sommes déjà là"
    );
    assert_eq!(
        get(&q, "speaker").as_string().as_deref(),
        Some("Émile Dupont")
    );
}

#[wasm_bindgen_test]
fn js_api_rejects_an_unknown_language() {
    assert!(lede_web::web::js_api::analyse_js("text", Some("de".into())).is_err());
}
