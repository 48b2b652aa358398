//! `lede eval`: measures Lede against an annotated gold file (the schema of the development sets:
//! one JSON object per line with `id`, `text` and the `entities` / `quotes` / `claims` layers, in
//! code-point offsets). A newsroom with its own annotated articles can measure Lede the same way.
//!
//! The metrics are those of the reference scorer `score.py`, ported item for item ([`score`]), so
//! `lede eval GOLD` gives the numbers `lede analyse --jsonl < GOLD > PRED; score.py GOLD PRED` gives.
//! Native only: the browser never scores.

pub mod normalize;
pub mod report;
pub mod score;

use crate::analysis::{analyse_as, Lang};
use crate::export::jsonl;
use serde_json::Value;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

pub use score::Scorer;

/// The key a document is matched by: its `id` as JSON, so `1` and `"1"` stay different ids
/// (as they are for Python's dict in score.py).
fn id_key(doc: &Value) -> String {
    doc.get("id").unwrap_or(&Value::Null).to_string()
}

/// Parses a JSON Lines file. Blank lines are skipped; a later document with an id already seen
/// replaces the earlier one in place (score.py's behaviour), with a warning in the second result.
pub fn load_jsonl(src: &str) -> Result<(Vec<Value>, Vec<String>), String> {
    let mut docs: Vec<Value> = Vec::new();
    let mut warnings = Vec::new();
    let mut pos: HashMap<String, usize> = HashMap::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .map_err(|e| format!("line {}: not valid JSON ({e})", n + 1))?;
        if !v.is_object() {
            return Err(format!("line {}: expected a JSON object", n + 1));
        }
        let k = id_key(&v);
        match pos.get(&k) {
            Some(&i) => {
                warnings.push(format!("duplicate id {k} at line {}", n + 1));
                docs[i] = v;
            }
            None => {
                pos.insert(k, docs.len());
                docs.push(v);
            }
        }
    }
    Ok((docs, warnings))
}

/// Analyses one gold document and returns the prediction record `lede analyse --jsonl` would
/// write for it. With `use_gold_lang`, the gold `lang` field overrides language detection.
/// A panic inside the analysis yields an empty prediction instead of ending the evaluation.
pub fn predict(doc: &Value, use_gold_lang: bool) -> Value {
    let text = doc.get("text").and_then(Value::as_str).unwrap_or("");
    let id = doc.get("id").cloned().unwrap_or(Value::Null);
    let lang = use_gold_lang
        .then(|| {
            doc.get("lang")
                .and_then(Value::as_str)
                .and_then(Lang::from_code)
        })
        .flatten();
    catch_unwind(AssertUnwindSafe(|| {
        jsonl::record(&id, text, &analyse_as(text, lang))
    }))
    .unwrap_or_else(|_| serde_json::json!({"id": id, "error": "analysis panicked"}))
}

/// Scores gold documents against predictions matched by id (`None`: run the analysis itself).
pub fn evaluate(gold: &[Value], preds: Option<&[Value]>, use_gold_lang: bool) -> Value {
    let mut scorer = Scorer::default();
    match preds {
        Some(preds) => {
            let by_id: HashMap<String, &Value> = preds.iter().map(|p| (id_key(p), p)).collect();
            for g in gold {
                scorer.add(g, by_id.get(&id_key(g)).copied());
            }
        }
        None => {
            for g in gold {
                let p = predict(g, use_gold_lang);
                scorer.add(g, Some(&p));
            }
        }
    }
    scorer.result()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_ids_replace_in_place_and_numbers_differ_from_strings() {
        let (docs, warn) =
            load_jsonl("{\"id\":1,\"text\":\"a\"}\n\n{\"id\":\"1\",\"text\":\"b\"}\n{\"id\":1,\"text\":\"c\"}\n")
                .unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0]["text"], "c");
        assert_eq!(warn.len(), 1);
        assert!(load_jsonl("[1]").is_err());
    }

    #[test]
    fn wrong_speakers_and_missing_ones_are_counted_apart() {
        // Three quotes with gold speakers: one right, one wrong, one left without a speaker.
        let text = "« A », dit Paul. « B », dit Marie. « C », dit Jean.";
        let q = |s: usize, e: usize, who: Option<&str>| match who {
            Some(w) => serde_json::json!({"start": s, "end": e, "speaker": w}),
            None => serde_json::json!({"start": s, "end": e}),
        };
        let gold = serde_json::json!({"id": "x", "text": text, "entities": null, "claims": null,
            "quotes": [q(2, 3, Some("Paul")), q(19, 20, Some("Marie")), q(37, 38, Some("Jean"))]});
        let pred = serde_json::json!({"id": "x", "text": text,
            "quotes": [q(2, 3, Some("Paul")), q(19, 20, Some("Paul")), q(37, 38, None)]});
        let r = evaluate(&[gold], Some(&[pred]), false);
        let s = &r["quotes"]["speaker"];
        assert_eq!(
            (&s["right"], &s["wrong"], &s["none"]),
            (&1.into(), &1.into(), &1.into())
        );
    }

    #[test]
    fn evaluating_a_gold_file_against_itself_scores_one() {
        let g = serde_json::json!({"id": "x", "text": "« Oui », a dit Paul Martin à Paris.",
            "entities": [{"start": 15, "end": 26, "label": "PER"}, {"start": 29, "end": 34, "label": "LOC"}],
            "quotes": [{"start": 2, "end": 5, "speaker": "Paul Martin", "speaker_start": 15, "speaker_end": 26}],
            "claims": []});
        let r = evaluate(
            std::slice::from_ref(&g),
            Some(std::slice::from_ref(&g)),
            false,
        );
        assert_eq!(r["entities"]["exact"]["f1"], 1.0);
        assert_eq!(r["quotes"]["exact"]["f1"], 1.0);
        assert_eq!(r["quotes"]["speaker"]["accuracy"], 1.0);
        assert_eq!(r["claims"]["overlap50"]["n_gold"], 0);
    }

    #[test]
    fn running_the_analysis_gives_a_prediction_per_document() {
        let g = serde_json::json!({"id": 7, "text": "« Nous sommes prêts », a déclaré le ministre.", "lang": "fr",
            "quotes": [{"start": 2, "end": 19, "speaker": "le ministre"}]});
        let p = predict(&g, true);
        assert_eq!(p["id"], 7);
        assert_eq!(p["lang"], "fr");
        let r = evaluate(std::slice::from_ref(&g), None, true);
        assert_eq!(r["docs"]["pred_matched"], 1);
        assert_eq!(r["quotes"]["overlap50"]["n_gold"], 1);
    }
}
