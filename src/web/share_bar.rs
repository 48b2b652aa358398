//! Share and export: the URL fragment (`#t=…`) is kept current as the user edits (throttled,
//! `history.replaceState`), with Copy link, the link's length and warnings, and the exports
//! (.lede.json, CSV, Markdown, W3C Web Annotation), each to copy or download.

use super::app::Ctx;
use super::dom;
use crate::export::{to_csv, to_json, to_markdown, to_web_annotation};
use crate::share::encode_fragment;
use crate::view::state::{link_size, LARGE_TEXT};
use leptos::prelude::*;
use std::time::Duration;

/// The export formats: (id, button name, file name, MIME type).
const FORMATS: [(&str, &str, &str, &str); 4] = [
    ("json", "JSON", "article.lede.json", "application/json"),
    ("csv", "CSV", "article.csv", "text/csv"),
    ("md", "Markdown", "article.md", "text/markdown"),
    (
        "wa",
        "Web Annotation",
        "article.annotations.jsonld",
        "application/ld+json",
    ),
];

fn export(ctx: Ctx, format: &str) -> Option<String> {
    let r = ctx.result.get_untracked()?;
    let (t, a) = (&r.text, &r.analysis);
    Some(match format {
        "json" => to_json(t, a),
        "csv" => to_csv(t, a),
        "md" => to_markdown(t, a),
        _ => to_web_annotation(t, a, None),
    })
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The current fragment (without '#'); empty when there is no text.
    let fragment = RwSignal::new(String::new());
    let pending = StoredValue::new(false);
    // Texts past LARGE_TEXT would make links far beyond what browsers accept, and compressing a
    // megabyte on every pause would stall typing: their fragment is cleared (the draft is
    // autosaved) and a link is only made on demand, by Copy link.
    let large = RwSignal::new(false);
    let update = move |force: bool| {
        pending.set_value(false);
        let text = ctx.text.get_untracked();
        let is_large = text.len() > LARGE_TEXT;
        large.set(is_large && !force);
        let frag = if text.is_empty() || (is_large && !force) {
            String::new()
        } else {
            let filters = ctx.filters.with_untracked(|f| f.encode());
            encode_fragment(&text, ctx.lang.get_untracked(), filters.as_deref())
        };
        dom::replace_fragment(&frag);
        fragment.set(frag);
    };
    Effect::new(move |_| {
        ctx.text.track();
        ctx.lang.track();
        ctx.filters.track();
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        set_timeout(move || update(false), Duration::from_millis(500));
    });

    let link_len = move || fragment.with(|f| dom::url_with_fragment(f).chars().count());
    let warning = move || link_size(link_len()).warning();
    let copy_link = move |_| {
        update(true);
        let url = dom::url_with_fragment(&fragment.get_untracked());
        dom::copy(&url, move |ok| {
            ctx.status.set(if ok {
                "Link copied.".into()
            } else {
                "Could not copy: copy the address bar instead.".into()
            })
        });
    };
    let copy_export = move |id: &'static str, name: &'static str| {
        if let Some(s) = export(ctx, id) {
            dom::copy(&s, move |ok| {
                ctx.status.set(if ok {
                    format!("{name} copied.")
                } else {
                    format!("Could not copy {name}: use Download instead.")
                })
            });
        }
    };
    let download = move |id: &'static str, file: &'static str, mime: &'static str| {
        if let Some(s) = export(ctx, id) {
            if dom::download(file, mime, &s) {
                ctx.status.set(format!("{file} downloaded."));
            }
        }
    };
    let no_text = move || ctx.text.with(String::is_empty);
    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title" class="panel-title">"Share and export"</h2>
            <div class="share-row">
                <button type="button" id="copy-link" on:click=copy_link disabled=no_text>"Copy link"</button>
                <span id="link-length" class="muted">
                    {move || {
                        if no_text() {
                            String::new()
                        } else if large.get() {
                            "Too long to keep in the address bar: use Download .lede.json."
                                .to_string()
                        } else {
                            format!("Link: {} characters", link_len())
                        }
                    }}
                </span>
                <span id="link-warning" class="warn" role="status" class:hidden=move || large.get() || warning().is_none()>
                    {warning}
                </span>
                <button
                    type="button"
                    id="download-json"
                    disabled=no_text
                    on:click=move |_| download("json", "article.lede.json", "application/json")
                >
                    "Download .lede.json"
                </button>
                <label class="button" for="open-file">"Open file"</label>
            </div>
            <div class="share-row exports" role="group" aria-label="Exports">
                {FORMATS
                    .iter()
                    .map(|&(id, name, file, mime)| {
                        view! {
                            <span class="export">
                                <span class="export-name">{name}</span>
                                <button
                                    type="button"
                                    id=format!("copy-{id}")
                                    disabled=no_text
                                    on:click=move |_| copy_export(id, name)
                                >
                                    "Copy"
                                    <span class="sr-only">{format!(" {name}")}</span>
                                </button>
                                <button
                                    type="button"
                                    id=format!("download-{id}-file")
                                    disabled=no_text
                                    on:click=move |_| download(id, file, mime)
                                >
                                    "Download"
                                    <span class="sr-only">{format!(" {name}")}</span>
                                </button>
                            </span>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
