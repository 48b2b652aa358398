//! The metrics of `lede eval`: a line-for-line port of the reference scorer `score.py`, so numbers
//! from either tool can be compared (they agree to within rounding on the development sets).
//!
//! Documents are plain JSON values in the gold schema (`{"id","text","entities","quotes","claims",
//! "meta"}`, code-point offsets). Predictions use the same schema, which is exactly what
//! `lede analyse --jsonl` writes.

use super::normalize::{content_tokens, is_pronoun, norm_span, norm_str, overlap};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Entity labels scored when a gold document does not list its own (`meta.entity_labels`).
const DEFAULT_LABELS: [&str; 4] = ["PER", "ORG", "LOC", "DATE"];

/// Named counters, like score.py's `Acc` (missing counters read as zero).
#[derive(Default, Debug)]
struct Acc(HashMap<&'static str, usize>);

impl Acc {
    fn add(&mut self, k: &'static str, v: usize) {
        *self.0.entry(k).or_default() += v;
    }
    fn get(&self, k: &str) -> usize {
        self.0.get(k).copied().unwrap_or(0)
    }
}

/// Precision, recall and F1 as score.py's `prf` reports them.
fn prf(tp: usize, n_pred: usize, n_gold: usize) -> Value {
    let p = ratio(tp, n_pred);
    let r = ratio(tp, n_gold);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    json!({"p": p, "r": r, "f1": f1, "n_pred": n_pred, "n_gold": n_gold, "tp": tp})
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One annotated item reduced to what matching needs: its (possibly normalised) code-point span,
/// a label or kind, and the original JSON object (for the speaker fields).
#[derive(Clone)]
struct Item<'a> {
    s: i64,
    e: i64,
    label: &'a str,
    raw: &'a Value,
}

/// 1:1 greedy matching by overlap size, larger overlaps first, ties broken by gold then predicted
/// index (score.py's `greedy_match`). Returns (gold index, predicted index) pairs.
fn greedy_match(
    golds: &[Item],
    preds: &[Item],
    ok: impl Fn(&Item, &Item) -> bool,
) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            let ov = overlap((g.s, g.e), (p.s, p.e));
            if ov > 0 && ok(g, p) {
                cands.push((std::cmp::Reverse(ov), gi, pi));
            }
        }
    }
    cands.sort_unstable();
    let (mut used_g, mut used_p) = (vec![false; golds.len()], vec![false; preds.len()]);
    let mut pairs = Vec::new();
    for (_, gi, pi) in cands {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        pairs.push((gi, pi));
    }
    pairs
}

/// Overlap of at least half the longer span: the quote and claim matching rule.
fn half_overlap(a: &Item, b: &Item) -> bool {
    overlap((a.s, a.e), (b.s, b.e)) * 2 >= (a.e - a.s).max(b.e - b.s)
}

/// Number of exact matches between two multisets of keys.
fn multiset_tp<K: Ord>(gold: impl Iterator<Item = K>, pred: impl Iterator<Item = K>) -> usize {
    let mut g: BTreeMap<K, usize> = BTreeMap::new();
    for k in gold {
        *g.entry(k).or_default() += 1;
    }
    let mut p: BTreeMap<K, usize> = BTreeMap::new();
    for k in pred {
        *p.entry(k).or_default() += 1;
    }
    g.iter()
        .map(|(k, c)| (*c).min(p.get(k).copied().unwrap_or(0)))
        .sum()
}

fn str_field<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

/// JSON truthiness of a field, as Python's `if d.get(k)` sees it.
fn truthy(v: &Value, k: &str) -> bool {
    match v.get(k) {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
    }
}

/// Whether a predicted speaker agrees with the gold one: equal folded names, one name's content
/// tokens a subset of the other's ("Trump" / "Donald Trump"), or overlapping speaker spans.
pub fn speaker_ok(gold: &Value, pred: &Value) -> bool {
    let gs = norm_str(str_field(gold, "speaker").unwrap_or(""));
    let ps = norm_str(str_field(pred, "speaker").unwrap_or(""));
    if !gs.is_empty() && !ps.is_empty() {
        if gs == ps {
            return true;
        }
        let (gt, pt) = (content_tokens(&gs), content_tokens(&ps));
        if !gt.is_empty() && !pt.is_empty() && (gt.is_subset(&pt) || pt.is_subset(&gt)) {
            return true;
        }
    }
    let int = |v: &Value, k: &str| v.get(k).and_then(Value::as_i64);
    match (
        int(gold, "speaker_start"),
        int(gold, "speaker_end"),
        int(pred, "speaker_start"),
        int(pred, "speaker_end"),
    ) {
        (Some(g0), Some(g1), Some(p0), Some(p1)) => overlap((g0, g1), (p0, p1)) > 0,
        _ => false,
    }
}

/// The scorer's state over a whole gold file.
#[derive(Default)]
pub struct Scorer {
    docs_gold: usize,
    docs_pred: usize,
    invalid: usize,
    ent: Acc,
    ent_lab: BTreeMap<String, Acc>,
    quo: Acc,
    cla: Acc,
    cla_kind: BTreeMap<String, Acc>,
}

/// The layer items of a predicted document, or none when it is missing or the layer is null.
fn layer<'a>(doc: Option<&'a Value>, k: &str) -> &'a [Value] {
    doc.and_then(|d| d.get(k))
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

impl Scorer {
    /// A predicted item's span, if it is a pair of integers with `0 <= start < end <= len`
    /// (anything else is counted as invalid and ignored, as score.py does).
    fn valid(&mut self, v: &Value, len: usize) -> Option<(i64, i64)> {
        let s = v.get("start").and_then(Value::as_i64);
        let e = v.get("end").and_then(Value::as_i64);
        match (s, e) {
            (Some(s), Some(e)) if 0 <= s && s < e && e <= len as i64 => Some((s, e)),
            _ => {
                self.invalid += 1;
                None
            }
        }
    }

    /// Adds one gold document and its prediction (`None` when the system produced nothing for it).
    pub fn add(&mut self, gold: &Value, pred: Option<&Value>) {
        self.docs_gold += 1;
        if pred.is_some() {
            self.docs_pred += 1;
        }
        let text = str_field(gold, "text").unwrap_or("");
        let chars: Vec<char> = text.chars().collect();
        let meta = gold.get("meta").cloned().unwrap_or(Value::Null);
        if let Some(g) = gold.get("entities").and_then(Value::as_array) {
            self.entities(g, layer(pred, "entities"), &meta, chars.len());
        }
        if let Some(g) = gold.get("quotes").and_then(Value::as_array) {
            self.quotes(g, layer(pred, "quotes"), &meta, &chars);
        }
        if let Some(g) = gold.get("claims").and_then(Value::as_array) {
            self.claims(g, layer(pred, "claims"), &meta, &chars);
        }
    }

    fn entities(&mut self, gold: &[Value], pred: &[Value], meta: &Value, len: usize) {
        let labels: BTreeSet<String> = match meta.get("entity_labels").and_then(Value::as_array) {
            Some(l) if !l.is_empty() => l
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
            _ => DEFAULT_LABELS.iter().map(|s| s.to_string()).collect(),
        };
        let int = |v: &Value, k: &str| v.get(k).and_then(Value::as_i64).unwrap_or(0);
        let ge: Vec<Item> = gold
            .iter()
            .filter_map(|e| {
                let label = str_field(e, "label")?;
                labels.contains(label).then(|| Item {
                    s: int(e, "start"),
                    e: int(e, "end"),
                    label,
                    raw: e,
                })
            })
            .collect();
        let mut pe = Vec::new();
        for e in pred {
            let Some(label) = str_field(e, "label").filter(|l| labels.contains(*l)) else {
                continue;
            };
            if let Some((s, end)) = self.valid(e, len) {
                pe.push(Item {
                    s,
                    e: end,
                    label,
                    raw: e,
                });
            }
        }
        let key = |x: &Item<'_>| (x.s, x.e, x.label.to_string());
        let acc = &mut self.ent;
        acc.add("docs", 1);
        acc.add("gold", ge.len());
        acc.add("pred", pe.len());
        acc.add(
            "tp_exact",
            multiset_tp(ge.iter().map(key), pe.iter().map(key)),
        );
        let span = |x: &Item<'_>| (x.s, x.e);
        acc.add(
            "tp_span",
            multiset_tp(ge.iter().map(span), pe.iter().map(span)),
        );
        let pairs = greedy_match(&ge, &pe, |a, b| a.label == b.label);
        acc.add("tp_partial", pairs.len());
        for lab in &labels {
            let a = self.ent_lab.entry(lab.clone()).or_default();
            let gl = ge.iter().filter(|x| x.label == lab);
            let pl = pe.iter().filter(|x| x.label == lab);
            a.add("gold", gl.clone().count());
            a.add("pred", pl.clone().count());
            a.add("tp_exact", multiset_tp(gl.map(key), pl.map(key)));
            a.add(
                "tp_partial",
                pairs.iter().filter(|(gi, _)| ge[*gi].label == lab).count(),
            );
        }
    }

    /// Normalised, non-empty gold spans of a quote or claim layer.
    fn gold_items<'a>(items: &'a [Value], chars: &[char]) -> Vec<Item<'a>> {
        let int = |v: &Value, k: &str| v.get(k).and_then(Value::as_i64).unwrap_or(0);
        items
            .iter()
            .filter_map(|q| {
                let (s, e) = norm_span(chars, int(q, "start"), int(q, "end"));
                (e > s).then(|| Item {
                    s,
                    e,
                    label: str_field(q, "kind").unwrap_or(""),
                    raw: q,
                })
            })
            .collect()
    }

    /// Normalised, valid, non-empty predicted spans, keeping those `keep` accepts.
    fn pred_items<'a>(
        &mut self,
        items: &'a [Value],
        chars: &[char],
        keep: impl Fn(&Value) -> bool,
    ) -> Vec<Item<'a>> {
        let mut out = Vec::new();
        for q in items {
            if !keep(q) {
                continue;
            }
            let Some((s, e)) = self.valid(q, chars.len()) else {
                continue;
            };
            let (s, e) = norm_span(chars, s, e);
            if e > s {
                let label = str_field(q, "kind").unwrap_or("");
                out.push(Item {
                    s,
                    e,
                    label,
                    raw: q,
                });
            }
        }
        out
    }

    fn quotes(&mut self, gold: &[Value], pred: &[Value], meta: &Value, chars: &[char]) {
        let spk_annot = meta
            .get("quote_speakers_annotated")
            .map(|v| v.as_bool().unwrap_or(true))
            .unwrap_or(true);
        let gq = Self::gold_items(gold, chars);
        let pq = self.pred_items(pred, chars, |_| true);
        let a = &mut self.quo;
        count_span_matches(a, &gq, &pq);
        let pairs = greedy_match(&gq, &pq, half_overlap);
        a.add("tp_overlap", pairs.len());
        if !spk_annot {
            return;
        }
        a.add(
            "gold_with_speaker",
            gq.iter().filter(|x| truthy(x.raw, "speaker")).count(),
        );
        for (gi, pi) in pairs {
            let (g, p) = (gq[gi].raw, pq[pi].raw);
            if !truthy(g, "speaker") {
                continue;
            }
            let ok = speaker_ok(g, p) as usize;
            a.add("spk_matched", 1);
            a.add("spk_correct", ok);
            // A wrong speaker is worse than none: the two failures are counted apart.
            let none = (ok == 0 && !truthy(p, "speaker")) as usize;
            a.add("spk_none", none);
            a.add("spk_wrong", 1 - ok - none);
            if !is_pronoun(str_field(g, "speaker").unwrap_or("")) {
                a.add("spk_matched_nopron", 1);
                a.add("spk_correct_nopron", ok);
            }
        }
    }

    fn claims(&mut self, gold: &[Value], pred: &[Value], meta: &Value, chars: &[char]) {
        let mut kinds: BTreeSet<String> = meta
            .get("claim_kinds")
            .and_then(Value::as_array)
            .map(|k| {
                k.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        if kinds.is_empty() {
            kinds = gold
                .iter()
                .filter_map(|c| {
                    str_field(c, "kind")
                        .filter(|k| !k.is_empty())
                        .map(String::from)
                })
                .collect();
        }
        if kinds.is_empty() {
            kinds.insert("reported".into());
        }
        let gc = Self::gold_items(gold, chars);
        let pc = self.pred_items(pred, chars, |c| match c.get("kind") {
            None | Some(Value::Null) => true,
            Some(k) => k.as_str().is_some_and(|k| kinds.contains(k)),
        });
        let a = &mut self.cla;
        count_span_matches(a, &gc, &pc);
        let pairs = greedy_match(&gc, &pc, half_overlap);
        a.add("tp_overlap", pairs.len());
        add_claim_speakers(a, &gc, &pc, &pairs);
        // Beyond score.py: the same overlap metric for each kind separately. A gold claim without
        // a kind counts as `reported`; a predicted claim without a kind competes in every kind.
        for kind in &kinds {
            let of_kind = |x: &&Item| {
                let k = if x.label.is_empty() {
                    "reported"
                } else {
                    x.label
                };
                k == kind
            };
            let g: Vec<Item> = gc.iter().filter(of_kind).cloned().collect();
            let p: Vec<Item> = pc
                .iter()
                .filter(|x| x.label.is_empty() || x.label == kind)
                .cloned()
                .collect();
            let pairs = greedy_match(&g, &p, half_overlap);
            let ka = self.cla_kind.entry(kind.clone()).or_default();
            ka.add("gold", g.len());
            ka.add("pred", p.len());
            ka.add("tp_overlap", pairs.len());
            add_claim_speakers(ka, &g, &p, &pairs);
        }
    }

    /// The metrics, in the shape of score.py's `--json` output (plus `claims.per_kind`).
    pub fn result(&self) -> Value {
        let mut res = Map::new();
        res.insert(
            "docs".into(),
            json!({"gold": self.docs_gold, "pred_matched": self.docs_pred}),
        );
        res.insert(
            "invalid_predicted_spans_ignored".into(),
            json!(self.invalid),
        );
        let c = &self.ent;
        if c.get("docs") > 0 {
            let per_label: Map<String, Value> = self
                .ent_lab
                .iter()
                .filter(|(_, a)| a.get("gold") + a.get("pred") > 0)
                .map(|(lab, a)| {
                    let (gold, pred) = (a.get("gold"), a.get("pred"));
                    let v = json!({"exact": prf(a.get("tp_exact"), pred, gold),
                                   "partial": prf(a.get("tp_partial"), pred, gold)});
                    (lab.clone(), v)
                })
                .collect();
            let (gold, pred) = (c.get("gold"), c.get("pred"));
            res.insert(
                "entities".into(),
                json!({
                    "docs": c.get("docs"),
                    "exact": prf(c.get("tp_exact"), pred, gold),
                    "exact_span_unlabelled": prf(c.get("tp_span"), pred, gold),
                    "partial": prf(c.get("tp_partial"), pred, gold),
                    "per_label": per_label,
                }),
            );
        }
        let c = &self.quo;
        if c.get("docs") > 0 {
            let (gold, pred) = (c.get("gold"), c.get("pred"));
            let mut q = json!({
                "docs": c.get("docs"),
                "exact": prf(c.get("tp_exact"), pred, gold),
                "overlap50": prf(c.get("tp_overlap"), pred, gold),
            });
            let with = c.get("gold_with_speaker");
            if with > 0 {
                q["speaker"] = json!({
                    "matched_quotes_with_gold_speaker": c.get("spk_matched"),
                    "accuracy": ratio(c.get("spk_correct"), c.get("spk_matched")),
                    "accuracy_non_pronoun_gold": ratio(c.get("spk_correct_nopron"), c.get("spk_matched_nopron")),
                    "end_to_end_recall": ratio(c.get("spk_correct"), with),
                    "gold_quotes_with_speaker": with,
                    "right": c.get("spk_correct"),
                    "wrong": c.get("spk_wrong"),
                    "none": c.get("spk_none"),
                });
            }
            res.insert("quotes".into(), q);
        }
        let c = &self.cla;
        if c.get("docs") > 0 {
            let (gold, pred) = (c.get("gold"), c.get("pred"));
            let mut v = json!({
                "docs": c.get("docs"),
                "exact": prf(c.get("tp_exact"), pred, gold),
                "overlap50": prf(c.get("tp_overlap"), pred, gold),
            });
            if c.get("spk_matched") > 0 {
                v["speaker_accuracy"] = json!(ratio(c.get("spk_correct"), c.get("spk_matched")));
                v["speaker_matched"] = json!(c.get("spk_matched"));
            }
            let per_kind: Map<String, Value> = self
                .cla_kind
                .iter()
                .map(|(k, a)| {
                    let mut m = json!({"overlap50": prf(a.get("tp_overlap"), a.get("pred"), a.get("gold"))});
                    if a.get("spk_matched") > 0 {
                        m["speaker_accuracy"] = json!(ratio(a.get("spk_correct"), a.get("spk_matched")));
                        m["speaker_matched"] = json!(a.get("spk_matched"));
                    }
                    (k.clone(), m)
                })
                .collect();
            v["per_kind"] = Value::Object(per_kind);
            res.insert("claims".into(), v);
        }
        Value::Object(res)
    }
}

/// Docs, counts and exact (normalised-span) matches of a quote or claim layer.
fn count_span_matches(a: &mut Acc, gold: &[Item], pred: &[Item]) {
    a.add("docs", 1);
    a.add("gold", gold.len());
    a.add("pred", pred.len());
    let span = |x: &Item<'_>| (x.s, x.e);
    a.add(
        "tp_exact",
        multiset_tp(gold.iter().map(span), pred.iter().map(span)),
    );
}

/// Source accuracy over matched claims whose gold claim names a speaker.
fn add_claim_speakers(a: &mut Acc, gold: &[Item], pred: &[Item], pairs: &[(usize, usize)]) {
    for &(gi, pi) in pairs {
        if truthy(gold[gi].raw, "speaker") {
            a.add("spk_matched", 1);
            a.add(
                "spk_correct",
                speaker_ok(gold[gi].raw, pred[pi].raw) as usize,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_prefers_larger_overlap_then_lower_index() {
        let raw = Value::Null;
        let it = |s, e| Item {
            s,
            e,
            label: "",
            raw: &raw,
        };
        let g = [it(0, 10), it(8, 20)];
        let p = [it(5, 18)];
        // overlap with g0 = 5, with g1 = 10: g1 wins.
        assert_eq!(greedy_match(&g, &p, |_, _| true), vec![(1, 0)]);
    }

    #[test]
    fn entities_exact_partial_and_labels_outside_the_file_ignored() {
        let g = json!({"id": 1, "text": "Joe Biden met Vladimir Putin in Geneva.",
            "entities": [{"start":0,"end":9,"label":"PER"},{"start":14,"end":28,"label":"PER"},
                         {"start":32,"end":38,"label":"LOC"}],
            "meta": {"entity_labels": ["PER", "LOC"]}});
        let p = json!({"id": 1, "entities": [{"start":0,"end":9,"label":"PER"},
            {"start":23,"end":28,"label":"PER"}, {"start":32,"end":38,"label":"ORG"},
            {"start":30,"end":99,"label":"LOC"}]});
        let mut s = Scorer::default();
        s.add(&g, Some(&p));
        let r = s.result();
        assert_eq!(r["entities"]["exact"]["tp"], 1);
        assert_eq!(r["entities"]["exact"]["n_pred"], 2); // ORG ignored, bad LOC span invalid
        assert_eq!(r["entities"]["partial"]["tp"], 2);
        assert_eq!(r["invalid_predicted_spans_ignored"], 1);
        assert_eq!(r["entities"]["per_label"]["LOC"]["exact"]["n_pred"], 0);
    }

    #[test]
    fn quote_speakers_match_by_tokens_or_span() {
        let g = json!({"speaker": "Donald Trump", "speaker_start": 0, "speaker_end": 12});
        assert!(speaker_ok(&g, &json!({"speaker": "Mr. Trump"})));
        assert!(speaker_ok(
            &g,
            &json!({"speaker": "he", "speaker_start": 5, "speaker_end": 7})
        ));
        assert!(!speaker_ok(&g, &json!({"speaker": "Melania Trump"})));
        assert!(!speaker_ok(&g, &json!({"speaker": null})));
    }
}
