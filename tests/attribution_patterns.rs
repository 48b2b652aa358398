//! Table-driven attribution tests: one row of `attribution_patterns.tsv` per pattern, in both
//! languages. Each row names a quote (or reported claim) that `analyse` must find, and a part of
//! the speaker name it must resolve to; "nonspeech" rows name quotes that must be kept out of
//! speech (scare quotes, titles, names).

use lede::{analyse_as, Analysis, ClaimKind, Lang};

const TABLE: &str = include_str!("attribution_patterns.tsv");

struct Row {
    lang: Lang,
    kind: String,
    text: String,
    span: String,
    speaker: String,
}

fn rows() -> Vec<Row> {
    TABLE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "bad row: {l}");
            Row {
                lang: Lang::from_code(f[0]).expect("lang"),
                kind: f[1].to_string(),
                text: f[2].replace("\\n", "\n"),
                span: f[3].to_string(),
                speaker: f[4].to_string(),
            }
        })
        .collect()
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
}

/// Checks one row; returns a description of the failure, if any.
fn check(row: &Row) -> Option<String> {
    let a: Analysis = analyse_as(&row.text, Some(row.lang));
    let want = trim(&row.span);
    let speaker_ok = |name: Option<&str>| {
        name.is_some_and(|n| n.to_lowercase().contains(&row.speaker.to_lowercase()))
    };
    match row.kind.as_str() {
        "quote" | "nonspeech" => {
            let q = a
                .quotes
                .iter()
                .find(|q| trim(q.span.text(&row.text)) == want);
            let Some(q) = q else {
                return Some(format!("no quote {want:?}"));
            };
            if row.kind == "nonspeech" {
                return q.speech.then(|| format!("{want:?} should not be speech"));
            }
            let name = q.speaker.as_ref().map(|s| s.name.as_str());
            (!q.speech || !speaker_ok(name))
                .then(|| format!("{want:?}: speaker {name:?} (rule {})", q.rule))
        }
        "claim" => {
            let c = a
                .claims
                .iter()
                .find(|c| c.kind == ClaimKind::Reported && trim(c.span.text(&row.text)) == want);
            let Some(c) = c else {
                let got: Vec<_> = a.claims.iter().map(|c| c.span.text(&row.text)).collect();
                return Some(format!("no claim {want:?}; got {got:?}"));
            };
            let name = c.source.as_ref().map(|s| s.name.as_str());
            (!speaker_ok(name)).then(|| format!("{want:?}: source {name:?} (rule {})", c.rule))
        }
        k => Some(format!("unknown kind {k}")),
    }
}

#[test]
fn every_attribution_pattern_is_found() {
    let rows = rows();
    assert!(rows.len() >= 40);
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|r| check(r).map(|f| format!("[{}] {}: {f}", r.lang.code(), r.text)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
