//! The legend: one toggle per kind and label, with counts, plus "only" shortcuts and Show all.
//! Toggling only changes classes on `#reading`, never the text.

use super::app::Ctx;
use crate::view::describe::{label_name, Counts, LABELS};
use leptos::prelude::*;

/// (filter key, visible name, count).
fn items(c: &Counts) -> Vec<(&'static str, String, usize)> {
    let mut v = vec![("entity", "Entities".to_string(), c.entities)];
    for (i, l) in LABELS.iter().enumerate() {
        v.push((
            l.as_str(),
            format!("{} {}", l.as_str(), label_name(*l)),
            c.labels[i],
        ));
    }
    v.push(("quote", "Quotes".into(), c.quotes));
    v.push(("claim", "Claims".into(), c.claims));
    v.push(("reported", "reported".into(), c.reported));
    v.push(("checkworthy", "check-worthy".into(), c.checkworthy));
    v
}

#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let counts = move || {
        ctx.result
            .with(|r| r.as_ref().map(|r| r.counts.clone()).unwrap_or_default())
    };
    view! {
        <div class="legend" role="group" aria-label="Legend: show or hide highlights">
            {move || {
                items(&counts())
                    .into_iter()
                    .map(|(key, name, n)| {
                        let shown = move || ctx.filters.with(|f| f.is_shown(key));
                        let sub = !matches!(key, "entity" | "quote" | "claim");
                        view! {
                            <span class="legend-item" class:sub=sub data-key=key>
                                <button
                                    type="button"
                                    class="swatch-toggle"
                                    data-filter=key
                                    aria-pressed=move || shown().to_string()
                                    on:click=move |_| ctx.filters.update(|f| f.toggle(key))
                                >
                                    <span class="swatch" aria-hidden="true"></span>
                                    {name}
                                    " "
                                    <span class="count">{n}</span>
                                </button>
                                <button
                                    type="button"
                                    class="only"
                                    data-only=key
                                    title="Show only this"
                                    on:click=move |_| ctx.filters.update(|f| f.only(key))
                                >
                                    "only"
                                    <span class="sr-only">{format!(" {key}")}</span>
                                </button>
                            </span>
                        }
                    })
                    .collect_view()
            }}
            <button type="button" class="link" id="show-all" on:click=move |_| ctx.filters.update(|f| f.show_all())>
                "Show all"
            </button>
        </div>
    }
}
