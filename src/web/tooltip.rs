//! The single tooltip (`role="tooltip"`, id `tooltip`) shared by every highlight: it describes
//! the mark under the pointer or keyboard focus and the marks around it (an entity inside a quote
//! inside a claim shows all three).

use super::app::Ctx;
use crate::view::describe::describe;
use leptos::prelude::*;

#[component]
pub fn Tooltip() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let sections = move || {
        let tip = ctx.tip.get()?;
        let r = ctx.result.get()?;
        let details: Vec<_> = tip
            .items
            .iter()
            .filter_map(|(layer, i)| describe(&r.text, &r.analysis, *layer, *i))
            .collect();
        (!details.is_empty()).then_some(details)
    };
    let left = move || ctx.tip.with(|t| t.as_ref().map_or(0.0, |t| t.x.max(4.0)));
    let top = move || ctx.tip.with(|t| t.as_ref().map_or(0.0, |t| t.y + 6.0));
    view! {
        <div
            id="tooltip"
            role="tooltip"
            class="tooltip"
            class:hidden=move || ctx.tip.with(Option::is_none)
            // Whole pixels: printing an integer keeps core's float formatting (about 10 KB of
            // code and tables) out of the wasm; the tooltip cannot look a sub-pixel off.
            style:left=move || format!("{}px", left().round() as i32)
            style:top=move || format!("{}px", top().round() as i32)
        >
            {move || {
                sections()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|d| {
                        view! {
                            <div class="tip-section">
                                <p class="tip-title">{d.title}</p>
                                <dl>
                                    {d
                                        .rows
                                        .into_iter()
                                        .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                                        .collect_view()}
                                </dl>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
