//! The panels, as ARIA tabs: Who said what, Entities, Claims. Clicking an item scrolls the reading
//! view to it and flashes it; clicking an entity highlights every mention of it.

use super::app::{Analyzed, Ctx};
use super::dom;
use crate::view::describe::label_name;
use crate::view::panels::{entity_groups, who_said_what};
use crate::view::segments::Layer;
use crate::view::state::LARGE_TEXT;
use leptos::prelude::*;
use std::sync::Arc;

/// Items listed per panel for very large texts (the rest are counted, not listed).
const LARGE_LIMIT: usize = 200;

/// Scrolls to the first piece of highlight `(layer, i)` and flashes it.
pub fn go_to(layer: Layer, i: usize) {
    let sel = format!("mark[data-kind=\"{}\"][data-idx=\"{i}\"]", layer.kind());
    if let Some(el) = dom::reading_query(&sel) {
        dom::scroll_and_flash(&el);
    }
}

/// A one-line excerpt of a span (long quotes are cut at a character boundary).
fn excerpt(text: &str, s: crate::Span) -> String {
    let t = s
        .text(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if t.chars().count() > 160 {
        let cut: String = t.chars().take(157).collect();
        format!("{cut}…")
    } else {
        t
    }
}

fn limit(r: &Analyzed) -> usize {
    if r.text.len() > LARGE_TEXT {
        LARGE_LIMIT
    } else {
        usize::MAX
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Speakers,
    Entities,
    Claims,
}

const TABS: [(Tab, &str, &str); 3] = [
    (Tab::Speakers, "tab-speakers", "Who said what"),
    (Tab::Entities, "tab-entities", "Entities"),
    (Tab::Claims, "tab-claims", "Claims"),
];

#[component]
pub fn Panels() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let tab = RwSignal::new(Tab::Speakers);
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let i = TABS
            .iter()
            .position(|t| t.0 == tab.get_untracked())
            .unwrap_or(0);
        let j = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % TABS.len(),
            "ArrowLeft" => (i + TABS.len() - 1) % TABS.len(),
            _ => return,
        };
        ev.prevent_default();
        tab.set(TABS[j].0);
        if let Some(el) = dom::document().and_then(|d| d.get_element_by_id(TABS[j].1)) {
            if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                let _ = h.focus();
            }
        }
    };
    view! {
        <aside class="panels" aria-label="Panels">
            <div class="tabs" role="tablist" aria-label="Panels" on:keydown=on_key>
                {TABS
                    .iter()
                    .map(|(t, id, name)| {
                        let t = *t;
                        let selected = move || tab.get() == t;
                        view! {
                            <button
                                type="button"
                                role="tab"
                                id=*id
                                aria-selected=move || selected().to_string()
                                aria-controls=format!("{id}-panel")
                                tabindex=move || if selected() { "0" } else { "-1" }
                                on:click=move |_| tab.set(t)
                            >
                                {*name}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div
                id="tab-speakers-panel"
                role="tabpanel"
                aria-labelledby="tab-speakers"
                class="panel"
                class:hidden=move || tab.get() != Tab::Speakers
            >
                {move || ctx.settled.get().map(speakers_panel)}
            </div>
            <div
                id="tab-entities-panel"
                role="tabpanel"
                aria-labelledby="tab-entities"
                class="panel"
                class:hidden=move || tab.get() != Tab::Entities
            >
                {move || ctx.settled.get().map(move |r| entities_panel(ctx, r))}
            </div>
            <div
                id="tab-claims-panel"
                role="tabpanel"
                aria-labelledby="tab-claims"
                class="panel"
                class:hidden=move || tab.get() != Tab::Claims
            >
                {move || ctx.settled.get().map(claims_panel)}
            </div>
        </aside>
    }
}

fn more(n: usize, shown: usize) -> impl IntoView {
    (n > shown).then(|| view! { <p class="more">{format!("…and {} more", n - shown)}</p> })
}

fn empty_note(msg: &'static str) -> impl IntoView {
    view! { <p class="muted">{msg}</p> }
}

fn speakers_panel(r: Arc<Analyzed>) -> AnyView {
    let groups = who_said_what(&r.analysis);
    if groups.is_empty() {
        return empty_note("No quotes or reported claims yet.").into_any();
    }
    let lim = limit(&r);
    let n = groups.len();
    view! {
        <ul class="speakers" id="who-said-what">
            {groups
                .into_iter()
                .take(lim)
                .map(|g| {
                    let items = g
                        .items
                        .iter()
                        .take(lim)
                        .filter_map(|(layer, i)| {
                            let (span, kind) = match layer {
                                Layer::Quote => (r.analysis.quotes.get(*i)?.span, "quote"),
                                Layer::Claim => (r.analysis.claims.get(*i)?.span, "claim"),
                                Layer::Entity => return None,
                            };
                            let (layer, i) = (*layer, *i);
                            Some(view! {
                                <li>
                                    <button
                                        type="button"
                                        class="item"
                                        data-kind=kind
                                        data-idx=i
                                        on:click=move |_| go_to(layer, i)
                                    >
                                        <span class="badge" data-kind=kind>{kind}</span>
                                        {excerpt(&r.text, span)}
                                    </button>
                                </li>
                            })
                        })
                        .collect_view();
                    view! {
                        <li class="speaker">
                            <h3>{g.name.clone()} " " <span class="count">{g.items.len()}</span></h3>
                            <ul>{items}</ul>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {more(n, lim)}
    }
    .into_any()
}

fn entities_panel(ctx: Ctx, r: Arc<Analyzed>) -> AnyView {
    let groups = entity_groups(&r.text, &r.analysis);
    if groups.is_empty() {
        return empty_note("No entities yet.").into_any();
    }
    let lim = limit(&r);
    let n = groups.len();
    view! {
        <ul class="entities" id="entity-list">
            {groups
                .into_iter()
                .take(lim)
                .map(|g| {
                    let first = g.mentions.first().copied();
                    let cluster = g.cluster;
                    let click = move |_| {
                        match cluster {
                            Some(c) => ctx
                                .active_cluster
                                .update(|a| *a = if *a == Some(c) { None } else { Some(c) }),
                            None => ctx.active_cluster.set(None),
                        }
                        if let Some(i) = first {
                            go_to(Layer::Entity, i);
                        }
                    };
                    let pressed = move || {
                        cluster.is_some() && ctx.active_cluster.get() == cluster
                    };
                    let aliases = g
                        .aliases
                        .iter()
                        .filter(|a| **a != g.name)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <li>
                            <button
                                type="button"
                                class="item"
                                data-label=g.label.as_str()
                                aria-pressed=move || pressed().to_string()
                                on:click=click
                            >
                                <span class="badge" data-label=g.label.as_str() title=label_name(g.label)>
                                    {g.label.as_str()}
                                </span>
                                <span class="name">{g.name.clone()}</span>
                                " "
                                <span class="count" title="mentions">{g.mentions.len()}</span>
                                {(!aliases.is_empty()).then(|| view! { <span class="aliases">{aliases}</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {more(n, lim)}
    }
    .into_any()
}

fn claims_panel(r: Arc<Analyzed>) -> AnyView {
    let claims = &r.analysis.claims;
    if claims.is_empty() {
        return empty_note("No claims yet.").into_any();
    }
    let lim = limit(&r);
    view! {
        <ul class="claims" id="claim-list">
            {claims
                .iter()
                .enumerate()
                .take(lim)
                .map(|(i, c)| {
                    let kind = c.kind.as_str();
                    let source = c.source.as_ref().map(|s| s.name.clone());
                    view! {
                        <li>
                            <button
                                type="button"
                                class="item"
                                data-claim=kind
                                on:click=move |_| go_to(Layer::Claim, i)
                            >
                                <span class="badge" data-claim=kind>
                                    {if kind == "reported" { "reported" } else { "check-worthy" }}
                                </span>
                                {excerpt(&r.text, c.span)}
                                {source.map(|s| view! { <span class="source">{format!("— {s}")}</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {more(claims.len(), lim)}
    }
    .into_any()
}
