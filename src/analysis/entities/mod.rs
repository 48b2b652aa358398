//! Named entities (PER, ORG, LOC) and dates, with within-document coreference clusters.
//!
//! The pipeline is rules over one token pass, with all language knowledge in data files:
//! 1. [`dates`]: absolute, relative and ISO dates, normalised against the dateline's date;
//! 2. [`candidates`]: capitalised runs (sentence starts and titles trimmed, joined across
//!    particles and organisation heads) and gazetteer n-grams;
//! 3. [`classify`]: a label per candidate from gazetteers, titles, first names, head words and
//!    context (place prepositions, organisation nouns);
//! 4. [`clusters`]: same-name, surname and acronym coreference, which also labels the mentions
//!    that had no evidence of their own ("Biden" after "Joe Biden").
//!
//! Only the outermost entity is kept; the output is sorted and never overlaps.

mod calendar;
mod candidates;
mod classify;
mod clusters;
mod context;
mod dates;
pub(crate) mod gazetteer;
pub(crate) mod model;
mod spelled;

use super::segment::Document;
use super::types::{Cluster, Dateline, Entity, Label, Lang};
pub(crate) use context::Ctx;

/// An entity before coreference: its tokens, its label (if any evidence gave one) and why.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    /// Token range `[s, e)`.
    pub s: usize,
    pub e: usize,
    pub label: Option<Label>,
    pub rule: &'static str,
    /// The gender of the title in front of it ("Mme" → 'f'), if any.
    pub title: Option<char>,
    /// Gazetteer label bits of the whole span (0 when not listed).
    pub gaz: u8,
    /// Coreference group, set by [`clusters::resolve`].
    pub group: usize,
    /// How many mentions of the document have this mention's name (capped at 3), set by
    /// [`clusters::resolve`]: a name written again and again is rarely a capitalised common word.
    pub seen: u8,
}

/// Finds the entities of `doc` and groups them into clusters.
pub fn extract(
    doc: &Document,
    lang: Lang,
    dateline: Option<&Dateline>,
) -> (Vec<Entity>, Vec<Cluster>) {
    extract_with(doc, lang, dateline, model::embedded(lang))
}

/// [`extract`] with a given re-labelling model (none: the rule labels stand). `lede train` uses
/// it to score a model trained on part of the data against the rest.
pub(crate) fn extract_with(
    doc: &Document,
    lang: Lang,
    dateline: Option<&Dateline>,
    model: Option<&model::Model>,
) -> (Vec<Entity>, Vec<Cluster>) {
    let ctx = Ctx::new(doc, lang);
    let (found_dates, mut mentions) = rule_mentions(&ctx, dateline);
    if let Some(m) = model {
        model::relabel(&ctx, m, &mut mentions);
    }
    spelled::extend(&ctx, &mut mentions);
    let mut entities: Vec<Entity> = mentions
        .into_iter()
        .filter_map(|m| {
            Some(Entity {
                span: ctx.span(m.s, m.e),
                label: m.label?,
                rule: m.rule.to_string(),
                cluster: Some(m.group),
                value: None,
            })
        })
        .chain(found_dates.into_iter().map(|d| Entity {
            span: ctx.span(d.s, d.e),
            label: Label::Date,
            rule: d.rule.to_string(),
            cluster: None,
            value: d.value,
        }))
        .collect();
    outermost(&mut entities);
    let clusters = clusters::attach(&ctx, &mut entities);
    (entities, clusters)
}

/// A name mention for training the re-labeller: its byte span and hashed features.
/// Training is a CLI feature, so none of it is built into the web app.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Sample {
    pub span: super::types::Span,
    pub feats: Vec<u32>,
    /// Whether the rules gave it a label (an `--unlabelled` model only sees the others).
    pub labelled: bool,
}

/// The rule mentions of `doc` (dates excluded) with their model features, for `lede train`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn training_samples(
    doc: &Document,
    lang: Lang,
    dateline: Option<&Dateline>,
) -> Vec<Sample> {
    let ctx = Ctx::new(doc, lang);
    let (_, mentions) = rule_mentions(&ctx, dateline);
    let mut feats = Vec::new();
    let evidence = model::group_evidence(&ctx, &mentions);
    mentions
        .iter()
        .zip(evidence)
        .filter(|(m, _)| m.label != Some(Label::Date))
        .map(|(m, group)| {
            model::features(&ctx, m, group, &mut feats);
            Sample {
                span: ctx.span(m.s, m.e),
                feats: feats.clone(),
                labelled: m.label.is_some(),
            }
        })
        .collect()
}

/// The dates, and the name mentions labelled by the rules and coreference.
fn rule_mentions(ctx: &Ctx, dateline: Option<&Dateline>) -> (Vec<dates::Found>, Vec<Mention>) {
    let reference = dateline
        .and_then(|d| d.date.as_deref())
        .and_then(calendar::Ymd::parse);
    let found_dates = dates::find(ctx, reference);
    let mut taken = vec![false; ctx.len()];
    for d in &found_dates {
        for t in taken.iter_mut().take(d.e).skip(d.s) {
            *t = true;
        }
    }
    let mut mentions: Vec<Mention> = Vec::new();
    for c in candidates::find(ctx, &taken) {
        // At most two splits: "NASA Administrator Mike Griffin" → "NASA" + "Administrator" +
        // "Mike Griffin".
        let mut c = c;
        for round in 0..3 {
            let m = classify::classify(ctx, &c);
            // (An age after the run says a person ends it, not where the person starts:
            // "London E17 Waheed Zaman, 22," is still split after the place.)
            let weak = m.label.is_none() || matches!(m.rule, "ENT/SHAPE/PER" | "ENT/AGE/PER");
            let split = if weak && round < 2 {
                classify::split_known_prefix(ctx, &c)
                    .or_else(|| classify::split_before_first_name(ctx, &c))
            } else {
                None
            };
            match split {
                Some((a, b)) => {
                    mentions.push(classify::classify(ctx, &a));
                    c = b;
                }
                None => {
                    mentions.push(m);
                    break;
                }
            }
        }
    }
    if let Some(d) = dateline {
        dateline_place(ctx, d, &mut mentions);
    }
    (found_dates, clusters::resolve(ctx, mentions))
}

/// The dateline's place ("(Washington)", "NOUMÉA, 18 juin (AFP) -") as a LOC mention: a new
/// one when no candidate covers it, or the candidate with exactly its span, relabelled.
fn dateline_place(ctx: &Ctx, d: &Dateline, mentions: &mut Vec<Mention>) {
    let Some(span) = d.place_span else {
        return;
    };
    let s = ctx.doc.token_at_or_after(span.start);
    let e = ctx.doc.token_at_or_after(span.end);
    if s >= e {
        return;
    }
    if let Some(m) = mentions.iter_mut().find(|m| m.s == s && m.e == e) {
        if m.label != Some(Label::Per) {
            m.label = Some(Label::Loc);
            m.rule = model::RULE_DATELINE;
        }
        return;
    }
    if mentions.iter().any(|m| m.s < e && s < m.e) {
        return;
    }
    mentions.push(Mention {
        s,
        e,
        label: Some(Label::Loc),
        rule: model::RULE_DATELINE,
        title: None,
        gaz: 0,
        group: 0,
        seen: 0,
    });
    crate::analysis::sorting::sort_by_key(mentions, |m| m.s);
}

/// Sorts by start (longest first) and drops every entity overlapping an earlier, longer one.
pub(crate) fn outermost(entities: &mut Vec<Entity>) {
    crate::analysis::sorting::sort_by_span(entities, |e| e.span);
    let mut end = 0usize;
    entities.retain(|e| {
        let keep = e.span.start >= end;
        if keep {
            end = e.span.end;
        }
        keep
    });
}

/// The date that opens `text`, if any ("12 mars", "1er janvier 2016", "2021-04"): its byte
/// length in `text` and its ISO value. Used by the dateline finder, on a short prefix only.
pub(crate) fn leading_date(text: &str, lang: Lang) -> Option<(usize, Option<String>)> {
    let doc = Document::new(text);
    // Only a date at the first token counts: try there alone instead of scanning the prefix.
    // Most paragraphs open with a word that starts no date (the test [`dates::find`] makes
    // before trying a token): they need no context.
    let lex = gazetteer::get(lang);
    let flags = |k: usize| lex.flags_of(doc.norm(k));
    if !dates::opens_date(&doc, lex, 0, flags) && flags(0) & gazetteer::W_DATE_COUNT == 0 {
        return None;
    }
    let ctx = Ctx::new(&doc, lang);
    if ctx.len() == 0 {
        return None;
    }
    let f = dates::find_at(&ctx, 0, None).filter(|f| f.e > 0)?;
    (f.s == 0).then(|| (ctx.span(f.s, f.e).end, f.value))
}

/// Helper for tests: `(text, label)` pairs of the entities of `text` in `lang`.
#[cfg(test)]
pub(crate) fn labelled(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
    let doc = Document::new(text);
    let (dl, _) = super::dateline::find(&doc, lang);
    let (ents, _) = extract(&doc, lang, dl.as_ref());
    ents.iter()
        .map(|e| (e.span.text(text).to_string(), e.label.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(got: &[(String, &str)], text: &str, label: &str) -> bool {
        got.iter().any(|(t, l)| t == text && *l == label)
    }

    #[test]
    fn seed_opening() {
        let t = "Les conseillers de Joe Biden et Vladimir Poutine ont évoqué lundi la possibilité \
                 d’un sommet, a fait savoir la Maison-Blanche.";
        let got = labelled(t, Lang::Fr);
        assert!(has(&got, "Joe Biden", "PER"), "{got:?}");
        assert!(has(&got, "Vladimir Poutine", "PER"), "{got:?}");
        assert!(has(&got, "Maison-Blanche", "ORG"), "{got:?}");
        assert!(has(&got, "lundi", "DATE"), "{got:?}");
        assert!(!has(&got, "Les", "PER"));
    }

    #[test]
    fn output_is_sorted_and_disjoint() {
        let t = "Le président Joe Biden a rencontré le 25 mars 2017 à Paris la ministre \
                 Catherine Colonna. M. Biden est reparti.";
        let doc = Document::new(t);
        let (ents, clusters) = extract(&doc, Lang::Fr, None);
        assert!(ents.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        let biden: Vec<_> = ents
            .iter()
            .filter(|e| e.span.text(t).contains("Biden"))
            .collect();
        assert_eq!(biden.len(), 2);
        assert_eq!(biden[0].cluster, biden[1].cluster);
        let c = biden[0].cluster.expect("clustered");
        assert_eq!(clusters[c].name, "Joe Biden");
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let long_caps = "Abc ".repeat(20_000);
        for t in [
            "",
            "(",
            "M.",
            "Le 31 février 99999",
            "de de de",
            "\u{202e}Paris\u{0}",
            long_caps.as_str(),
        ] {
            for lang in [Lang::Fr, Lang::En] {
                let doc = Document::new(t);
                let (ents, _) = extract(&doc, lang, None);
                assert!(ents
                    .iter()
                    .all(|e| t.get(e.span.start..e.span.end).is_some()));
            }
        }
    }
}
