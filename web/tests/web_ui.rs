//! The mounted app in a real browser page (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown -p lede-web --test web_ui`.
//! It checks what only the wasm build can: the app mounts, a pasted article becomes nested marks
//! made of text nodes, and the draft reaches localStorage.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let w = web_sys::window().unwrap();
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
async fn pasted_article_becomes_marks_and_is_autosaved() {
    if let Some(s) = web_sys::window().unwrap().local_storage().unwrap() {
        let _ = s.clear();
    }
    lede_web::web::start();
    sleep(50).await;
    let input: web_sys::HtmlTextAreaElement = doc()
        .get_element_by_id("input")
        .expect("#input")
        .dyn_into()
        .unwrap();
    let text = "<script>window.__x=1</script> « Nous partons », a déclaré Jean Dupont à Paris.";
    input.set_value(text);
    // A bubbling input event, as typing sends (Leptos delegates input listeners).
    js_sys::eval(
        "document.querySelector('#input').dispatchEvent(new Event('input', {bubbles: true}))",
    )
    .unwrap();
    sleep(300).await;
    let reading = doc().get_element_by_id("reading").expect("#reading");
    let quote = reading
        .query_selector("mark[data-kind='quote']")
        .unwrap()
        .expect("a quote mark");
    assert_eq!(quote.text_content().as_deref(), Some("Nous partons"));
    assert!(quote.get_attribute("data-speaker").is_some());
    // Markup in the text is shown as text, never parsed.
    assert!(reading.query_selector("script").unwrap().is_none());
    assert!(reading.text_content().unwrap().contains("<script>"));
    sleep(600).await;
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("lede.draft")
        .unwrap();
    assert_eq!(saved.as_deref(), Some(text));
}
