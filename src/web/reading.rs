//! The reading view `#reading`: the article with nested `<mark>` highlights, built straight into
//! the DOM from the render tree (text nodes only, never HTML), in chunks for very long articles.
//! Hover, focus and arrow keys drive the tooltip; marks use a roving tabindex so Tab enters the
//! article once and the arrow keys move between highlights.

use super::app::{Analyzed, Ctx, Tip};
use super::{dom, samples};
use crate::view::segments::{chunks, Layer, Node};
use crate::{Analysis, ClaimKind};
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// Top-level nodes rendered per animation frame; the first batch appears at once.
const CHUNK: usize = 600;

thread_local! {
    /// Bumped by each render, so the chunks of an outdated render stop.
    static RENDER: Cell<u64> = const { Cell::new(0) };
}

#[component]
pub fn Reading() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let reading = NodeRef::<Div>::new();

    Effect::new(move |_| {
        let result = ctx.result.get();
        let Some(el) = reading.get() else { return };
        render(&el, result);
        apply_cluster(ctx.active_cluster.get_untracked());
    });
    Effect::new(move |prev: Option<Option<usize>>| {
        let c = ctx.active_cluster.get();
        if let Some(Some(p)) = prev {
            for m in dom::reading_query_all(&format!("mark[data-cluster=\"{p}\"]")) {
                let _ = m.class_list().remove_1("hl");
            }
        }
        apply_cluster(c);
        c
    });

    let show_tip = move |target: Option<web_sys::EventTarget>| {
        let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let tip = tip_for(&el);
        if tip.is_some() && el.tag_name().eq_ignore_ascii_case("mark") {
            // Screen readers announce the tooltip as the focused highlight's description.
            let _ = el.set_attribute("aria-describedby", "tooltip");
        }
        ctx.tip.set(tip);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step: i32 = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            "Escape" => {
                ctx.tip.set(None);
                return;
            }
            _ => return,
        };
        let Some(current) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|e| e.tag_name().eq_ignore_ascii_case("mark"))
        else {
            return;
        };
        ev.prevent_default();
        let marks = dom::reading_query_all("mark");
        let Some(i) = marks.iter().position(|m| *m == current) else {
            return;
        };
        let j = i as i64 + step as i64;
        if let Some(next) = usize::try_from(j).ok().and_then(|j| marks.get(j)) {
            let _ = current.set_attribute("tabindex", "-1");
            let _ = next.set_attribute("tabindex", "0");
            if let Some(h) = next.dyn_ref::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    };
    let classes = move || format!("reading {}", ctx.filters.with(|f| f.classes()));
    let empty = move || ctx.text.with(|t| t.trim().is_empty());
    let sample = move |text: &'static str| {
        ctx.lang.set(None);
        ctx.load_text(text.to_string());
    };
    view! {
        <div class="empty" class:hidden=move || !empty()>
            <h3>"Paste a news article to see who said what."</h3>
            <p>
                "Lede highlights the people, organisations, places and dates in French and English "
                "news, finds every quotation and its speaker, and marks reported and check-worthy "
                "claims, live as you type. Everything runs in this page: nothing is uploaded."
            </p>
            <p class="try">
                "Try a sample: "
                <button type="button" id="try-fr" on:click=move |_| sample(samples::FR)>"en français"</button>
                " "
                <button type="button" id="try-en" on:click=move |_| sample(samples::EN)>"in English"</button>
            </p>
        </div>
        <div
            id="reading"
            node_ref=reading
            tabindex="-1"
            class=classes
            role="region"
            aria-label="Highlighted article"
            aria-describedby="reading-help"
            on:mouseover=move |ev| show_tip(ev.target())
            on:mouseleave=move |_| ctx.tip.set(None)
            on:focusin=move |ev| show_tip(ev.target())
            on:focusout=move |_| ctx.tip.set(None)
            on:keydown=on_key
        ></div>
        <p id="reading-help" class="sr-only">
            "Use the arrow keys to move between highlights; each one describes itself."
        </p>
    }
}

/// The tooltip for the mark under `el`: that mark and its enclosing marks, innermost first.
fn tip_for(el: &web_sys::Element) -> Option<Tip> {
    let mut items = Vec::new();
    let mut cur = el.closest("mark").ok().flatten();
    let anchor = cur.clone()?;
    while let Some(m) = cur {
        if m.id() == "reading" {
            break;
        }
        let layer = match m.get_attribute("data-kind").as_deref() {
            Some("entity") => Layer::Entity,
            Some("quote") => Layer::Quote,
            Some("claim") => Layer::Claim,
            _ => break,
        };
        if let Some(i) = m.get_attribute("data-idx").and_then(|s| s.parse().ok()) {
            items.push((layer, i));
        }
        cur = m
            .parent_element()
            .and_then(|p| p.closest("mark").ok().flatten());
    }
    let rect = anchor.get_bounding_client_rect();
    let w = web_sys::window()?;
    Some(Tip {
        items,
        x: rect.left() + w.scroll_x().unwrap_or(0.0),
        y: rect.bottom() + w.scroll_y().unwrap_or(0.0),
    })
}

fn apply_cluster(c: Option<usize>) {
    if let Some(c) = c {
        for m in dom::reading_query_all(&format!("mark[data-cluster=\"{c}\"]")) {
            let _ = m.class_list().add_1("hl");
        }
    }
}

/// Replaces the reading view's content with the render tree of `result`: at once for a normal
/// article, else one block-level chunk per animation frame so a huge paste never freezes the page.
fn render(el: &web_sys::HtmlDivElement, result: Option<std::sync::Arc<Analyzed>>) {
    let gen = RENDER.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    el.set_text_content(None);
    let (Some(r), Some(doc)) = (result, dom::document()) else {
        return;
    };
    let mut first_mark = true;
    if r.tree.len() <= CHUNK {
        append_nodes(&doc, el, &r, &r.tree, &mut first_mark);
        return;
    }
    let parts = std::sync::Arc::new(chunks(&r.text, &r.tree, CHUNK));
    append_chunk(&doc, el, &r, &parts[0], &mut first_mark);
    if parts.len() > 1 {
        schedule_chunk(el.clone(), r, parts, 1, gen, first_mark);
    }
}

fn append_chunk(
    doc: &web_sys::Document,
    el: &web_sys::Element,
    r: &Analyzed,
    nodes: &[Node],
    first_mark: &mut bool,
) {
    if let Ok(block) = doc.create_element("div") {
        block.set_class_name("chunk");
        append_nodes(doc, &block, r, nodes, first_mark);
        let _ = el.append_child(&block);
    }
}

fn schedule_chunk(
    el: web_sys::HtmlDivElement,
    r: std::sync::Arc<Analyzed>,
    parts: std::sync::Arc<Vec<Vec<Node>>>,
    next: usize,
    gen: u64,
    first_mark: bool,
) {
    request_animation_frame(move || {
        if RENDER.with(|g| g.get()) != gen {
            return;
        }
        let Some(doc) = dom::document() else { return };
        let mut first = first_mark;
        if let Some(part) = parts.get(next) {
            append_chunk(&doc, &el, &r, part, &mut first);
        }
        if next + 1 < parts.len() {
            schedule_chunk(el, r, parts, next + 1, gen, first);
        }
    });
}

fn append_nodes(
    doc: &web_sys::Document,
    parent: &web_sys::Element,
    r: &Analyzed,
    nodes: &[Node],
    first_mark: &mut bool,
) {
    let frag = doc.create_document_fragment();
    for n in nodes {
        if let Some(node) = make(doc, r, n, first_mark) {
            let _ = frag.append_child(&node);
        }
    }
    let _ = parent.append_child(&frag);
}

fn make(
    doc: &web_sys::Document,
    r: &Analyzed,
    n: &Node,
    first_mark: &mut bool,
) -> Option<web_sys::Node> {
    match n {
        Node::Text { start, end } => {
            let t = r.text.get(*start..*end).unwrap_or("");
            Some(doc.create_text_node(t).into())
        }
        Node::Chip { quote } => {
            let q = r.analysis.quotes.get(*quote)?;
            let s = q.speaker.as_ref()?;
            let chip = doc.create_element("span").ok()?;
            chip.set_class_name("chip");
            let _ = chip.set_attribute("data-quote", &quote.to_string());
            chip.set_text_content(Some(&s.name));
            Some(chip.into())
        }
        Node::Mark {
            layer,
            index,
            head,
            tail,
            children,
            ..
        } => {
            let m = doc.create_element("mark").ok()?;
            let _ = m.set_attribute("data-kind", layer.kind());
            let _ = m.set_attribute("data-idx", &index.to_string());
            set_layer_attrs(&m, &r.analysis, *layer, *index);
            let mut class = String::new();
            if !head {
                class.push_str("cont-l ");
            }
            if !tail {
                class.push_str("cont-r");
            }
            if !class.is_empty() {
                m.set_class_name(class.trim_end());
            }
            let _ = m.set_attribute("tabindex", if *first_mark { "0" } else { "-1" });
            *first_mark = false;
            for c in children {
                if let Some(node) = make(doc, r, c, first_mark) {
                    let _ = m.append_child(&node);
                }
            }
            Some(m.into())
        }
    }
}

/// The contract attributes: `data-label` on entities, `data-speaker` on quotes, plus the claim
/// kind and the cluster used to highlight every mention of one entity.
fn set_layer_attrs(m: &web_sys::Element, a: &Analysis, layer: Layer, i: usize) {
    let cluster = match layer {
        Layer::Entity => a.entities.get(i).and_then(|e| {
            let _ = m.set_attribute("data-label", e.label.as_str());
            e.cluster
        }),
        Layer::Quote => a.quotes.get(i).and_then(|q| {
            let name = q.speaker.as_ref().map_or("", |s| s.name.as_str());
            let _ = m.set_attribute("data-speaker", name);
            if !q.speech {
                let _ = m.set_attribute("data-speech", "no");
            }
            q.speaker.as_ref().and_then(|s| s.cluster)
        }),
        Layer::Claim => a.claims.get(i).and_then(|c| {
            let kind = match c.kind {
                ClaimKind::Reported => "reported",
                ClaimKind::Checkworthy => "checkworthy",
            };
            let _ = m.set_attribute("data-claim", kind);
            c.source.as_ref().and_then(|s| s.cluster)
        }),
    };
    if let (Layer::Entity, Some(c)) = (layer, cluster) {
        let _ = m.set_attribute("data-cluster", &c.to_string());
    }
}
