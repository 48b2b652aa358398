//! Thin browser helpers: time, the URL fragment, scrolling to a highlight, downloads, clipboard.
//! Text always goes into the DOM as text (text nodes, `textContent`, Blob data), never as HTML.

use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Milliseconds from `performance.now()` (0 if unavailable).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The fragment without its '#', URL-decoded form left to the share decoder.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

thread_local! {
    /// The fragment this page last wrote, so its own `hashchange`-free updates are not re-read.
    static OWN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// True when `hash` is the fragment the page itself wrote last.
pub fn own_fragment(hash: &str) -> bool {
    OWN.with(|o| *o.borrow() == hash)
}

/// Replaces the fragment without adding a history entry (`history.replaceState`).
pub fn replace_fragment(fragment: &str) {
    let Some(w) = web_sys::window() else { return };
    if location_hash() == fragment {
        return;
    }
    OWN.with(|o| *o.borrow_mut() = fragment.to_string());
    let Ok(history) = w.history() else { return };
    let loc = w.location();
    let base = format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    let url = if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// The full URL of the page with `fragment`.
pub fn url_with_fragment(fragment: &str) -> String {
    let Some(w) = web_sys::window() else {
        return String::new();
    };
    let loc = w.location();
    format!(
        "{}{}{}#{fragment}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    )
}

/// The first element of `#reading` matching `selector`.
pub fn reading_query(selector: &str) -> Option<web_sys::Element> {
    document()?
        .query_selector(&format!("#reading {selector}"))
        .ok()?
}

/// Every element of `#reading` matching `selector`.
pub fn reading_query_all(selector: &str) -> Vec<web_sys::Element> {
    let Some(list) =
        document().and_then(|d| d.query_selector_all(&format!("#reading {selector}")).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Scrolls `el` to the middle of the view, focuses it and flashes it (CSS animation `.flash`).
pub fn scroll_and_flash(el: &web_sys::Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
    let cl = el.class_list();
    let _ = cl.remove_1("flash");
    // Re-adding the class on the next frame restarts the animation on repeated clicks.
    let el = el.clone();
    leptos::prelude::request_animation_frame(move || {
        let _ = el.class_list().add_1("flash");
        let el2 = el.clone();
        leptos::prelude::set_timeout(
            move || {
                let _ = el2.class_list().remove_1("flash");
            },
            std::time::Duration::from_millis(1600),
        );
    });
}

/// Offers `contents` as a file download (a Blob URL: nothing leaves the page).
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    let Some(doc) = document() else { return false };
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Copies `text` to the clipboard; `done(true|false)` reports the outcome.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(text);
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let d2 = done.clone();
    let ok = Closure::once(move |_: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(true)
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(f) = d2.borrow_mut().take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// Reads the first file of a file input as text, then calls `done` with it.
pub fn read_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(String, String) + 'static) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let name = file.name();
    let cb = Closure::once(move |v: JsValue| done(name, v.as_string().unwrap_or_default()));
    let _ = file.text().then(&cb);
    cb.forget();
}
