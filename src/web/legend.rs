//! The legend: one toggle per kind and label, with counts, plus "only" shortcuts and Show all.
//! Toggling only changes classes on `#reading`, never the text.

use super::app::Ctx;
use crate::view::describe::{label_name, Counts, LABELS};
use leptos::prelude::*;

/// The legend's groups: a kind, then its sub-keys, each (filter key, visible name).
fn groups() -> Vec<Vec<(&'static str, String)>> {
    let mut entities = vec![("entity", "Entities".to_string())];
    for l in LABELS {
        entities.push((l.as_str(), format!("{} {}", l.as_str(), label_name(l))));
    }
    vec![
        entities,
        vec![("quote", "Quotes".into())],
        vec![
            ("claim", "Claims".into()),
            ("reported", "reported".into()),
            ("checkworthy", "check-worthy".into()),
        ],
    ]
}

/// The count shown next to a filter key.
fn count_of(c: &Counts, key: &str) -> usize {
    match key {
        "entity" => c.entities,
        "quote" => c.quotes,
        "claim" => c.claims,
        "reported" => c.reported,
        "checkworthy" => c.checkworthy,
        label => LABELS
            .iter()
            .position(|l| l.as_str() == label)
            .map_or(0, |i| c.labels[i]),
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The legend is built once; only counts that changed are updated on a keystroke.
    let counts = Memo::new(move |_| {
        ctx.result
            .with(|r| r.as_ref().map(|r| r.counts.clone()).unwrap_or_default())
    });
    view! {
        <div class="legend" role="group" aria-label="Legend: show or hide highlights">
            {groups()
                .into_iter()
                .map(|group| {
                    let items = group
                        .into_iter()
                        .map(|(key, name)| {
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
                                        <span class="count">{move || counts.with(|c| count_of(c, key))}</span>
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
                        .collect_view();
                    view! { <span class="legend-group">{items}</span> }
                })
                .collect_view()}
            <button
                type="button"
                class="link"
                id="show-all"
                on:click=move |_| ctx.filters.update(|f| f.show_all())
            >
                "Show all"
            </button>
        </div>
    }
}
