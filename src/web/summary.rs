//! The summary bar: language (detected, with a manual fr/en override), dateline, byline, word
//! count and the numbers of quotes, speakers, claims and entities.

use super::app::Ctx;
use crate::view::describe::word_count;
use crate::Lang;
use leptos::prelude::*;

#[component]
pub fn Summary() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let r = move || ctx.result.get();
    let detected = move || r().map(|r| r.analysis.lang.code()).unwrap_or("en");
    let on_lang = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        ctx.lang.set(Lang::from_code(&v));
        ctx.analyse_now();
    };
    let dateline = move || {
        r().and_then(|r| {
            let d = r.analysis.dateline.as_ref()?;
            let parts: Vec<String> = [d.place.clone(), d.date.clone(), d.agency.clone()]
                .into_iter()
                .flatten()
                .collect();
            (!parts.is_empty()).then(|| parts.join(" · "))
        })
    };
    let byline = move || r().and_then(|r| r.analysis.byline.as_ref().map(|b| b.text.clone()));
    let stat = move |f: fn(&super::app::Analyzed) -> usize| move || r().map_or(0, |r| f(&r));
    view! {
        <section class="summary" aria-label="Summary">
            <label class="lang">
                "Language "
                <select id="lang" on:change=on_lang prop:value=move || ctx.lang.get().map_or("auto", Lang::code)>
                    <option value="auto">{move || format!("Auto ({})", detected())}</option>
                    <option value="fr">"Français"</option>
                    <option value="en">"English"</option>
                </select>
            </label>
            <span class="stat" id="sum-dateline" class:hidden=move || dateline().is_none()>
                <span class="k">"Dateline "</span>{dateline}
            </span>
            <span class="stat" id="sum-byline" class:hidden=move || byline().is_none()>
                <span class="k">"Byline "</span>{byline}
            </span>
            <span class="stat"><span class="k">"Words "</span>
                <span id="sum-words">{stat(|r| word_count(&r.text))}</span></span>
            <span class="stat"><span class="k">"Quotes "</span>
                <span id="sum-quotes">{stat(|r| r.counts.quotes)}</span></span>
            <span class="stat"><span class="k">"Speakers "</span>
                <span id="sum-speakers">{stat(|r| r.counts.speakers)}</span></span>
            <span class="stat"><span class="k">"Claims "</span>
                <span id="sum-claims">{stat(|r| r.counts.claims)}</span></span>
            <span class="stat"><span class="k">"Entities "</span>
                <span id="sum-entities">{stat(|r| r.counts.entities)}</span></span>
            <span class="stat timing" title="Time to analyse the article in this page">
                {move || {
                    r().map(|r| {
                        if r.analyse_ms < 1.0 {
                            "analysed in <1 ms".to_string()
                        } else {
                            // An integer, not `{:.0}`: no float formatting code in the wasm.
                            format!("analysed in {} ms", r.analyse_ms.round() as u64)
                        }
                    })
                }}
            </span>
        </section>
    }
}
