//! What the reading view says about a highlight: the tooltip rows (kind, label, speaker or source
//! and the entity it resolves to, cue, normalised date, the rule in words) and the summary counts.
//! Pure functions of the analysis, so they are tested natively.

use super::segments::Layer;
use crate::analysis::lexicon;
use crate::{Analysis, Label, Speaker};
use std::sync::OnceLock;

/// A tooltip: a title line and labelled rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub title: String,
    pub rows: Vec<(&'static str, String)>,
}

/// A label in words, for legends and tooltips.
pub fn label_name(l: Label) -> &'static str {
    match l {
        Label::Per => "person",
        Label::Org => "organisation",
        Label::Loc => "place",
        Label::Date => "date",
        Label::Misc => "other name",
    }
}

/// The rule explanations (data/ui/rules.tsv), parsed once.
fn rules() -> &'static Vec<(&'static str, &'static str)> {
    static RULES: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    RULES.get_or_init(|| {
        lexicon::lines(lexicon::raw("ui/rules.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect()
    })
}

/// A rule id in words: the most specific known prefix of the id (split at '/') explains it, and
/// the id itself follows in brackets so experts can look it up.
pub fn explain_rule(rule: &str) -> String {
    let mut prefix = rule;
    loop {
        if let Some((_, v)) = rules().iter().find(|(k, _)| k.eq_ignore_ascii_case(prefix)) {
            return format!("{v} ({rule})");
        }
        match prefix.rfind('/') {
            Some(i) => prefix = &prefix[..i],
            None => return rule.to_string(),
        }
    }
}

/// "il → Joe Biden": the words the attribution points at, and the name they resolve to.
fn speaker_row(text: &str, s: &Speaker) -> String {
    let said = s.mention.text(text).trim();
    if said.is_empty() || said == s.name {
        s.name.clone()
    } else {
        format!("{said} → {}", s.name)
    }
}

fn cluster_row(a: &Analysis, cluster: Option<usize>) -> Option<String> {
    let c = a.clusters.get(cluster?)?;
    let n = c.mentions.len();
    Some(format!(
        "{} ({}, {n} mention{})",
        c.name,
        c.label.as_str(),
        if n == 1 { "" } else { "s" }
    ))
}

/// The tooltip for highlight `index` of `layer`, or None if the index is stale.
pub fn describe(text: &str, a: &Analysis, layer: Layer, index: usize) -> Option<Detail> {
    let mut rows: Vec<(&'static str, String)> = Vec::new();
    let title = match layer {
        Layer::Entity => {
            let e = a.entities.get(index)?;
            rows.push((
                "Label",
                format!("{} ({})", e.label.as_str(), label_name(e.label)),
            ));
            if let Some(c) = cluster_row(a, e.cluster) {
                rows.push(("Entity", c));
            }
            if let Some(v) = &e.value {
                rows.push(("Date", v.clone()));
            }
            rows.push(("Why", explain_rule(&e.rule)));
            format!("Entity: {}", e.span.text(text))
        }
        Layer::Quote => {
            let q = a.quotes.get(index)?;
            match &q.speaker {
                Some(s) => {
                    rows.push(("Speaker", speaker_row(text, s)));
                    if let Some(c) = cluster_row(a, s.cluster) {
                        rows.push(("Entity", c));
                    }
                }
                None => rows.push(("Speaker", "not found".into())),
            }
            if let Some(c) = &q.cue {
                rows.push(("Cue", cue_row(text, c)));
            }
            rows.push(("Why", explain_rule(&q.rule)));
            if q.speech {
                "Quote".into()
            } else {
                "Quoted words (not speech)".into()
            }
        }
        Layer::Claim => {
            let c = a.claims.get(index)?;
            match &c.source {
                Some(s) => {
                    rows.push(("Source", speaker_row(text, s)));
                    if let Some(r) = cluster_row(a, s.cluster) {
                        rows.push(("Entity", r));
                    }
                }
                None if c.kind == crate::ClaimKind::Reported => {
                    rows.push(("Source", "not found".into()))
                }
                None => {}
            }
            if let Some(cue) = &c.cue {
                rows.push(("Cue", cue_row(text, cue)));
            }
            if let Some(r) = &c.reason {
                rows.push(("Reason", r.clone()));
            }
            rows.push(("Why", explain_rule(&c.rule)));
            match c.kind {
                crate::ClaimKind::Reported => "Reported claim".into(),
                crate::ClaimKind::Checkworthy => "Check-worthy claim".into(),
            }
        }
    };
    Some(Detail { title, rows })
}

fn cue_row(text: &str, c: &crate::Cue) -> String {
    let written = c.span.text(text).trim();
    if written.is_empty() || lexicon::norm(written) == lexicon::norm(&c.lemma) {
        c.lemma.clone()
    } else {
        format!("{written} ({})", c.lemma)
    }
}

/// Words in the article: runs of non-space characters holding at least one letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The numbers the summary bar and legend show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub entities: usize,
    /// Per label, in [`LABELS`] order.
    pub labels: [usize; 5],
    pub quotes: usize,
    /// Distinct speakers (by cluster, else by name) of quotes and claims.
    pub speakers: usize,
    pub claims: usize,
    pub reported: usize,
    pub checkworthy: usize,
}

/// The entity labels in legend order.
pub const LABELS: [Label; 5] = [Label::Per, Label::Org, Label::Loc, Label::Date, Label::Misc];

pub fn counts(a: &Analysis) -> Counts {
    let mut labels = [0; 5];
    for e in &a.entities {
        if let Some(i) = LABELS.iter().position(|l| *l == e.label) {
            labels[i] += 1;
        }
    }
    let mut speakers: Vec<String> = a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .chain(a.claims.iter().filter_map(|c| c.source.as_ref()))
        .map(speaker_key)
        .collect();
    crate::analysis::sorting::sort(&mut speakers);
    speakers.dedup();
    let reported = a
        .claims
        .iter()
        .filter(|c| c.kind == crate::ClaimKind::Reported)
        .count();
    Counts {
        entities: a.entities.len(),
        labels,
        quotes: a.quotes.len(),
        speakers: speakers.len(),
        claims: a.claims.len(),
        reported,
        checkworthy: a.claims.len() - reported,
    }
}

/// One speaker, however they are mentioned: their cluster when resolved, else their name.
pub fn speaker_key(s: &Speaker) -> String {
    match s.cluster {
        Some(c) => format!("c{c}"),
        None => format!("n{}", lexicon::norm(&s.name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_fall_back_to_the_nearest_prefix() {
        assert!(explain_rule("QUOTE/PAIR/GUILLEMETS").starts_with("A pair of French guillemets"));
        assert!(explain_rule("ENT/GAZ/SOMETHING_NEW").starts_with("Listed in Lede's gazetteer"));
        assert!(explain_rule("ENT/GAZ/SOMETHING_NEW").ends_with("(ENT/GAZ/SOMETHING_NEW)"));
        assert_eq!(explain_rule("UNKNOWN/X"), "UNKNOWN/X");
    }

    #[test]
    fn word_count_ignores_punctuation_runs() {
        assert_eq!(word_count("« Nous sommes prêts » , a-t-il dit — 3 000"), 7);
        assert_eq!(word_count("   "), 0);
    }

    #[test]
    fn quote_tooltip_names_speaker_and_rule() {
        let text = "« Nous sommes prêts », a déclaré Vladimir Poutine lundi.";
        let a = crate::analyse(text);
        let i = a.quotes.iter().position(|q| q.speaker.is_some());
        let Some(i) = i else {
            // Attribution is other modules' job; the tooltip must still work without a speaker.
            let d = describe(text, &a, Layer::Quote, 0).expect("a quote");
            assert_eq!(d.rows[0], ("Speaker", "not found".to_string()));
            return;
        };
        let d = describe(text, &a, Layer::Quote, i).expect("a quote");
        assert_eq!(d.title, "Quote");
        assert!(d
            .rows
            .iter()
            .any(|(k, v)| *k == "Speaker" && v.contains("Poutine")));
        assert!(d.rows.iter().any(|(k, _)| *k == "Why"));
    }

    #[test]
    fn stale_index_gives_no_tooltip() {
        let a = Analysis::default();
        assert!(describe("", &a, Layer::Entity, 3).is_none());
    }

    #[test]
    fn counts_speakers_once_per_person() {
        let text = "« Oui », a dit Joe Biden. « Non », a ajouté Joe Biden. \"Yes,\" said Jane Roe.";
        let a = crate::analyse(text);
        let c = counts(&a);
        assert_eq!(c.quotes, a.quotes.len());
        assert!(c.speakers <= 2);
        assert_eq!(c.labels.iter().sum::<usize>(), c.entities);
    }
}
