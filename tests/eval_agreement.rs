//! `lede eval` agrees with the reference scorer. The fixture is a small gold file written for this
//! test (`tests/fixtures/eval_gold.jsonl`) with a hand-made prediction file exercising each rule
//! of score.py: label filtering, invalid spans, partial and 1:1 greedy matches, quote-mark
//! trimming, speaker token subsets, span overlap and pronoun gold speakers, claim kind filtering,
//! null layers and a document without prediction. `eval_expected.json` is score.py's `--json`
//! output on the same two files, recorded once.

use serde_json::Value;
use std::process::Command;

const GOLD: &str = include_str!("fixtures/eval_gold.jsonl");
const PRED: &str = include_str!("fixtures/eval_pred.jsonl");
const EXPECTED: &str = include_str!("fixtures/eval_expected.json");

/// Every number in `want` must be within 1e-9 of the same path in `got`.
fn assert_close(want: &Value, got: &Value, path: &str) {
    match want {
        Value::Object(m) => {
            for (k, v) in m {
                let g = got.get(k).unwrap_or_else(|| panic!("missing {path}.{k}"));
                assert_close(v, g, &format!("{path}.{k}"));
            }
        }
        Value::Number(n) => {
            let (w, g) = (n.as_f64().unwrap(), got.as_f64().unwrap_or(f64::NAN));
            assert!((w - g).abs() < 1e-9, "{path}: score.py {w}, lede eval {g}");
        }
        _ => assert_eq!(want, got, "{path}"),
    }
}

#[test]
fn library_scores_equal_score_py() {
    let (gold, _) = lede::eval::load_jsonl(GOLD).unwrap();
    let (pred, _) = lede::eval::load_jsonl(PRED).unwrap();
    let got = lede::eval::evaluate(&gold, Some(&pred), false);
    let want: Value = serde_json::from_str(EXPECTED).unwrap();
    assert_close(&want, &got, "");
    // Beyond score.py: claims per kind (only `reported` is annotated in the French document,
    // `checkworthy` in the English one).
    let per_kind = &got["claims"]["per_kind"];
    assert_eq!(per_kind["reported"]["overlap50"]["tp"], 2);
    assert_eq!(per_kind["checkworthy"]["overlap50"]["tp"], 1);
}

#[test]
fn cli_prints_the_same_numbers() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args([
            "eval",
            "tests/fixtures/eval_gold.jsonl",
            "--pred",
            "tests/fixtures/eval_pred.jsonl",
        ])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "docs: gold=4 with prediction=3; invalid predicted spans ignored: 2",
        "  partial overlap  P=0.750 R=0.667 F1=0.706  (pred=8 gold=9 tp=6)",
        "    PER   partial P=0.667 R=1.000 F1=0.800  (pred=3 gold=2 tp=2)",
        "  speaker accuracy on matched quotes: 0.500 (n=4); non-pronoun gold: 0.667; end-to-end recall: 0.400 (gold quotes with speaker=5)",
        "  overlap>=50%       P=0.600 R=0.750 F1=0.667  (pred=5 gold=4 tp=3)",
    ] {
        assert!(text.lines().any(|l| l == line), "missing line {line:?} in\n{text}");
    }
}

#[test]
fn cli_runs_the_analysis_and_writes_json() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["eval", "tests/fixtures/eval_gold.jsonl", "--json"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["docs"]["pred_matched"], 4);
    assert_eq!(v["entities"]["exact"]["n_gold"], 9);
    assert_eq!(v["invalid_predicted_spans_ignored"], 0);
    let bad = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["eval", "no/such/file.jsonl"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
}
