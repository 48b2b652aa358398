//! The app: shared state ([`Ctx`]), the analysis loop, autosave, share-link loading, and the page
//! layout that places the other components.

use super::{
    dom, editor::Editor, legend::Legend, panels::Panels, reading::Reading, share_bar::ShareBar,
    storage, summary::Summary, tooltip::Tooltip,
};
use crate::view::{
    describe::{counts, Counts},
    filters::Filters,
    segments::{self, Node},
    state::{draft_on_open, schedule, CostModel, DraftOnOpen, Schedule},
};
use crate::{analyse_as, Analysis, Lang};
use leptos::html::Textarea;
use leptos::prelude::*;
use std::sync::Arc;

/// One finished analysis and everything derived from it, shared by every component.
pub struct Analyzed {
    pub text: String,
    pub analysis: Analysis,
    pub tree: Vec<Node>,
    pub counts: Counts,
    /// Time spent in `analyse` (ms), shown in the summary bar.
    pub analyse_ms: f64,
}

/// A tooltip request: the marks under the pointer or focus, innermost first, and where to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    pub items: Vec<(segments::Layer, usize)>,
    pub x: f64,
    pub y: f64,
}

/// The app's state, provided as context. All fields are signals, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The editor's text as of the last input event.
    pub text: RwSignal<String>,
    /// The manual language override (None: detect).
    pub lang: RwSignal<Option<Lang>>,
    pub result: RwSignal<Option<Arc<Analyzed>>>,
    /// `result` once typing pauses: the panels follow this, so a keystroke only pays for the
    /// highlights (the panels re-render a moment later).
    pub settled: RwSignal<Option<Arc<Analyzed>>>,
    pub filters: RwSignal<Filters>,
    /// Polite messages ("Link copied").
    pub status: RwSignal<String>,
    /// Errors that need attention (a damaged share link).
    pub alert: RwSignal<Option<String>>,
    /// The text removed by the last Clear, for Undo.
    pub undo: RwSignal<Option<String>>,
    /// A different draft kept aside when a share link was opened.
    pub previous: RwSignal<Option<String>>,
    pub tip: RwSignal<Option<Tip>>,
    /// The entity cluster whose mentions are highlighted (Entities panel).
    pub active_cluster: RwSignal<Option<usize>>,
    pub editor: NodeRef<Textarea>,
    /// Bumped by every analysis request; a scheduled run only proceeds if it is still the latest.
    generation: StoredValue<u64>,
    /// How fast analysis has been, which picks the next schedule.
    cost: StoredValue<CostModel>,
}

impl Ctx {
    fn new() -> Ctx {
        Ctx {
            text: RwSignal::new(String::new()),
            lang: RwSignal::new(None),
            result: RwSignal::new(None),
            settled: RwSignal::new(None),
            filters: RwSignal::new(Filters::default()),
            status: RwSignal::new(String::new()),
            alert: RwSignal::new(None),
            undo: RwSignal::new(None),
            previous: RwSignal::new(None),
            tip: RwSignal::new(None),
            active_cluster: RwSignal::new(None),
            editor: NodeRef::new(),
            generation: StoredValue::new(0),
            cost: StoredValue::new(CostModel::default()),
        }
    }

    /// Puts `text` in the editor (sample, restore, undo, share link) and analyses it at once.
    pub fn load_text(self, text: String) {
        if let Some(el) = self.editor.get_untracked() {
            el.set_value(&text);
        }
        self.text.set(text);
        self.tip.set(None);
        self.active_cluster.set(None);
        self.analyse_now();
    }

    /// Called on every edit: analyse at once while analysis is cheap, else after a pause.
    pub fn request_analysis(self) {
        let gen = self.generation.get_value() + 1;
        self.generation.set_value(gen);
        let len = self.text.with_untracked(String::len);
        match schedule(self.cost.get_value().predict(len)) {
            Schedule::Now => self.analyse_now(),
            Schedule::AfterPause(ms) => set_timeout(
                move || {
                    // Only the latest edit's timer runs the analysis.
                    if self.generation.get_value() == gen {
                        self.analyse_now();
                    }
                },
                std::time::Duration::from_millis(ms as u64),
            ),
        }
    }

    pub fn analyse_now(self) {
        self.generation.update_value(|g| *g += 1);
        let text = self.text.get_untracked();
        let t0 = dom::now();
        let analysis = analyse_as(&text, self.lang.get_untracked());
        let tree = segments::build(&text, &analysis);
        let counts = counts(&analysis);
        let analyse_ms = dom::now() - t0;
        self.cost
            .update_value(|c| c.observe(text.len(), analyse_ms));
        self.result.set(Some(Arc::new(Analyzed {
            text,
            analysis,
            tree,
            counts,
            analyse_ms,
        })));
    }

    /// Clear, keeping the text for Undo.
    pub fn clear(self) {
        let old = self.text.get_untracked();
        if old.is_empty() {
            return;
        }
        self.undo.set(Some(old));
        self.load_text(String::new());
        self.status.set("Article cleared.".into());
    }

    pub fn undo_clear(self) {
        if let Some(old) = self.undo.get_untracked() {
            self.undo.set(None);
            self.load_text(old);
            self.status.set("Article restored.".into());
        }
    }

    /// Applies the URL fragment: a share link's text (keeping a different draft aside), or an
    /// alert for a damaged link. Returns true when a link was loaded.
    fn open_fragment(self, hash: &str) -> bool {
        match crate::share::decode_fragment(hash) {
            Ok(Some(frag)) => {
                self.alert.set(None);
                let current = storage::draft();
                if let DraftOnOpen::Keep(old) = draft_on_open(current.as_deref(), &frag.text) {
                    // Never silently lose a draft: it stays in storage until restored or dismissed.
                    storage::keep_previous_draft(&old);
                    self.previous.set(Some(old));
                }
                self.lang.set(frag.lang);
                self.filters.set(
                    frag.filters
                        .as_deref()
                        .map(Filters::parse)
                        .unwrap_or_default(),
                );
                self.load_text(frag.text);
                true
            }
            Ok(None) => false,
            Err(e) => {
                self.alert.set(Some(e.to_string()));
                false
            }
        }
    }
}

/// Loads the initial text: a share link if the URL has one, else the autosaved draft.
fn restore(ctx: Ctx) {
    ctx.previous.set(storage::previous_draft());
    let hash = dom::location_hash();
    if !ctx.open_fragment(&hash) {
        ctx.lang.set(storage::lang());
        if let Some(d) = storage::draft() {
            ctx.load_text(d);
        } else {
            ctx.analyse_now();
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::new();
    provide_context(ctx);

    // Autosave, throttled: at most one write per 400 ms, always the latest text.
    let pending_save = StoredValue::new(false);
    Effect::new(move |_| {
        ctx.text.track();
        if pending_save.get_value() {
            return;
        }
        pending_save.set_value(true);
        set_timeout(
            move || {
                pending_save.set_value(false);
                let text = ctx.text.get_untracked();
                if !storage::save_draft(&text) {
                    ctx.status
                        .set("This article is too large to autosave in this browser.".into());
                }
            },
            std::time::Duration::from_millis(400),
        );
    });
    Effect::new(move |_| storage::save_lang(ctx.lang.get()));

    // The panels catch up 250 ms after the last analysis (at once for the first one).
    let settle_gen = StoredValue::new(0u64);
    Effect::new(move |_| {
        let r = ctx.result.get();
        let gen = settle_gen.get_value() + 1;
        settle_gen.set_value(gen);
        if ctx.settled.with_untracked(Option::is_none) {
            ctx.settled.set(r);
            return;
        }
        set_timeout(
            move || {
                if settle_gen.get_value() == gen {
                    ctx.settled.set(ctx.result.get_untracked());
                }
            },
            std::time::Duration::from_millis(250),
        );
    });

    // A share link pasted into the address bar of an open page.
    let _hash = window_event_listener_untyped("hashchange", move |_| {
        let hash = dom::location_hash();
        if dom::own_fragment(&hash) {
            return;
        }
        ctx.open_fragment(&hash);
    });

    request_animation_frame(move || restore(ctx));

    view! {
        <a class="skip" href="#reading">"Skip to the highlighted article"</a>
        <header class="top">
            <h1 class="brand">"Lede"</h1>
            <p class="tagline">"Who said what, in your browser. Nothing leaves this page."</p>
        </header>
        <Notices/>
        <Summary/>
        <main class="layout">
            <Editor/>
            <section class="reader" aria-labelledby="reading-title">
                <h2 id="reading-title" class="sr-only">"Highlighted article"</h2>
                <Legend/>
                <Reading/>
            </section>
            <Panels/>
        </main>
        <ShareBar/>
        <Tooltip/>
        <footer class="foot">
            <p>
                "Lede analyses French and English news articles entirely in this page: "
                "the text is never sent anywhere. Use the arrow keys inside the article to move "
                "between highlights."
            </p>
        </footer>
    }
}

/// The alert (damaged link), the kept-draft offer, the Undo offer and polite status messages.
#[component]
fn Notices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let restore_previous = move |_| {
        if let Some(old) = ctx.previous.get_untracked() {
            storage::forget_previous_draft();
            ctx.previous.set(None);
            ctx.load_text(old);
            ctx.status.set("Your previous draft is back.".into());
        }
    };
    let dismiss_previous = move |_| {
        storage::forget_previous_draft();
        ctx.previous.set(None);
    };
    view! {
        <div class="notices">
            <div id="alert" role="alert" class="alert" class:hidden=move || ctx.alert.with(Option::is_none)>
                {move || ctx.alert.get()}
                <button type="button" class="link" on:click=move |_| ctx.alert.set(None)>"Dismiss"</button>
            </div>
            <Show when=move || ctx.previous.with(Option::is_some)>
                <div class="note" id="previous-draft">
                    "Your previous draft was kept: "
                    <button type="button" id="restore-previous" on:click=restore_previous>"Restore it"</button>
                    " "
                    <button type="button" class="link" on:click=dismiss_previous>"Discard it"</button>
                </div>
            </Show>
            <Show when=move || ctx.undo.with(Option::is_some)>
                <div class="note">
                    "Article cleared. "
                    <button type="button" id="undo" on:click=move |_| ctx.undo_clear()>"Undo"</button>
                </div>
            </Show>
            <p id="status" role="status" aria-live="polite" class="status">{move || ctx.status.get()}</p>
        </div>
    }
}
