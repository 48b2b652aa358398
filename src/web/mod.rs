//! The browser app (wasm32 only): a Leptos 0.8 client-side app. It holds UI state only; every
//! decision worth testing lives in [`crate::view`] (native) and the analysis in [`crate::analysis`].
//!
//! Layout: the editor (a plain `<textarea id="input">`) sits beside the highlighted reading view
//! (`#reading`). A textarea stays a reliable editing surface (native undo, IME, spell-check, paste
//! as plain text) while the reading view is free to nest `<mark>` elements, which a
//! contenteditable editor would fight with on every keystroke.

mod app;
mod dom;
mod editor;
mod legend;
mod panels;
mod reading;
mod samples;
mod share_bar;
mod storage;
mod summary;
mod tooltip;

pub mod js_api;

/// Entry point called by `main` on wasm32: report panics to the console, then mount the app.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
