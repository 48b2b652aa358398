//! The editor: a plain textarea (pasted HTML arrives as text), sample buttons, Clear and Open file.

use super::{app::Ctx, dom, samples};
use crate::view::state::text_from_file;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Editor() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let on_input = move |ev: web_sys::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        ctx.text.set(el.value());
        ctx.request_analysis();
    };
    let sample = move |text: &'static str, lang: &'static str| {
        ctx.alert.set(None);
        ctx.lang.set(None);
        ctx.load_text(text.to_string());
        ctx.status.set(format!("Sample article loaded ({lang})."));
    };
    let open_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        dom::read_file(&input.clone(), move |name, contents| {
            ctx.alert.set(None);
            ctx.load_text(text_from_file(&contents));
            ctx.status.set(format!("Opened {name}."));
            input.set_value("");
        });
    };
    view! {
        <section class="editor" aria-labelledby="editor-title">
            <div class="toolbar">
                <h2 id="editor-title" class="panel-title">"Article"</h2>
                <span class="spacer"></span>
                <button type="button" id="sample-fr" on:click=move |_| sample(samples::FR, "French")>
                    "Exemple FR"
                </button>
                <button type="button" id="sample-en" on:click=move |_| sample(samples::EN, "English")>
                    "Sample EN"
                </button>
                <label class="button" for="open-file">"Open file"</label>
                <input
                    type="file"
                    id="open-file"
                    class="sr-only"
                    accept=".json,.txt,.md,text/plain,application/json"
                    on:change=open_file
                />
                <button
                    type="button"
                    id="clear"
                    on:click=move |_| ctx.clear()
                    disabled=move || ctx.text.with(String::is_empty)
                >
                    "Clear"
                </button>
            </div>
            <label for="input" class="sr-only">"Article text"</label>
            <textarea
                id="input"
                node_ref=ctx.editor
                spellcheck="false"
                placeholder="Paste a news article here (French or English)…"
                on:input=on_input
            ></textarea>
        </section>
    }
}
