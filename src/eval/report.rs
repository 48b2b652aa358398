//! The human-readable report of `lede eval`: the lines score.py prints, in the same order and
//! format (so the two outputs can be diffed), plus check-worthy / reported claims per kind.

use serde_json::Value;
use std::fmt::Write;

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or(0.0)
}

/// `P=… R=… F1=…  (pred=… gold=… tp=…)`, as score.py's `fmt`.
fn fmt(m: &Value) -> String {
    format!(
        "P={:.3} R={:.3} F1={:.3}  (pred={} gold={} tp={})",
        num(&m["p"]),
        num(&m["r"]),
        num(&m["f1"]),
        m["n_pred"],
        m["n_gold"],
        m["tp"]
    )
}

/// Renders the metrics of [`super::evaluate`] as text.
pub fn text(res: &Value) -> String {
    let mut o = String::new();
    let d = &res["docs"];
    let _ = writeln!(
        o,
        "docs: gold={} with prediction={}; invalid predicted spans ignored: {}",
        d["gold"], d["pred_matched"], res["invalid_predicted_spans_ignored"]
    );
    if let Some(e) = res.get("entities") {
        let _ = writeln!(o, "ENTITIES ({} docs)", e["docs"]);
        let _ = writeln!(o, "  exact            {}", fmt(&e["exact"]));
        let _ = writeln!(o, "  exact span only  {}", fmt(&e["exact_span_unlabelled"]));
        let _ = writeln!(o, "  partial overlap  {}", fmt(&e["partial"]));
        if let Some(per) = e["per_label"].as_object() {
            for (lab, m) in per {
                let _ = writeln!(o, "    {lab:5} exact   {}", fmt(&m["exact"]));
                let _ = writeln!(o, "    {lab:5} partial {}", fmt(&m["partial"]));
            }
        }
    }
    if let Some(q) = res.get("quotes") {
        let _ = writeln!(o, "QUOTES ({} docs)", q["docs"]);
        let _ = writeln!(o, "  exact (normalised) {}", fmt(&q["exact"]));
        let _ = writeln!(o, "  overlap>=50%       {}", fmt(&q["overlap50"]));
        if let Some(s) = q.get("speaker") {
            let _ = writeln!(
                o,
                "  speaker accuracy on matched quotes: {:.3} (n={}); non-pronoun gold: {:.3}; \
                 end-to-end recall: {:.3} (gold quotes with speaker={})",
                num(&s["accuracy"]),
                s["matched_quotes_with_gold_speaker"],
                num(&s["accuracy_non_pronoun_gold"]),
                num(&s["end_to_end_recall"]),
                s["gold_quotes_with_speaker"]
            );
            let _ = writeln!(
                o,
                "  matched quotes with a gold speaker, right / wrong / none: {} / {} / {}",
                s["right"], s["wrong"], s["none"]
            );
        }
    }
    if let Some(c) = res.get("claims") {
        let _ = writeln!(o, "CLAIMS ({} docs)", c["docs"]);
        let _ = writeln!(o, "  exact (normalised) {}", fmt(&c["exact"]));
        let _ = writeln!(o, "  overlap>=50%       {}", fmt(&c["overlap50"]));
        if let Some(a) = c.get("speaker_accuracy") {
            let _ = writeln!(
                o,
                "  speaker accuracy on matched claims: {:.3} (n={})",
                num(a),
                c["speaker_matched"]
            );
        }
        if let Some(per) = c["per_kind"].as_object() {
            for (kind, m) in per {
                let _ = write!(o, "    {kind:11} overlap>=50% {}", fmt(&m["overlap50"]));
                if let Some(a) = m.get("speaker_accuracy") {
                    let _ = write!(
                        o,
                        "; source accuracy {:.3} (n={})",
                        num(a),
                        m["speaker_matched"]
                    );
                }
                o.push('\n');
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_the_score_py_lines() {
        let g = serde_json::json!({"id": 1, "text": "Paris.", "entities": [{"start": 0, "end": 5, "label": "LOC"}]});
        let r = super::super::evaluate(
            std::slice::from_ref(&g),
            Some(std::slice::from_ref(&g)),
            false,
        );
        let t = text(&r);
        assert!(
            t.starts_with("docs: gold=1 with prediction=1; invalid predicted spans ignored: 0\n")
        );
        assert!(t.contains("  exact            P=1.000 R=1.000 F1=1.000  (pred=1 gold=1 tp=1)\n"));
        assert!(t.contains("    LOC   exact   P=1.000"));
        assert!(!t.contains("QUOTES"));
    }
}
