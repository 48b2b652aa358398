//! An AP-style English dispatch written for Lede (`tests/fixtures/wire_en.txt`) with its expected
//! quotes, claims and speakers (`wire_en.expected.tsv`).

use lede::{analyse, ClaimKind, Lang};

const TEXT: &str = include_str!("fixtures/wire_en.txt");
const EXPECTED: &str = include_str!("fixtures/wire_en.expected.tsv");

#[test]
fn wire_quotes_and_claims_get_their_speakers() {
    let a = analyse(TEXT);
    assert_eq!(a.lang, Lang::En);
    let mut failures = Vec::new();
    for line in EXPECTED
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, start, who) = (f[0], f[1], f[2]);
        let found = match kind {
            "quote" => a
                .quotes
                .iter()
                .filter(|q| q.speech)
                .find(|q| q.span.text(TEXT).starts_with(start))
                .map(|q| q.speaker.as_ref().map(|s| s.name.clone())),
            _ => a
                .claims
                .iter()
                .filter(|c| c.kind == ClaimKind::Reported)
                .find(|c| {
                    c.span
                        .text(TEXT)
                        .trim_start_matches(['“', '"'])
                        .starts_with(start)
                })
                .map(|c| c.source.as_ref().map(|s| s.name.clone())),
        };
        match found {
            None => failures.push(format!("no {kind} starting {start:?}")),
            Some(name) if !name.as_deref().unwrap_or("").contains(who) => failures.push(format!(
                "{kind} {start:?}: speaker {name:?}, expected {who:?}"
            )),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn wire_quotes_are_all_speech_and_attributed() {
    let a = analyse(TEXT);
    let speech: Vec<_> = a.quotes.iter().filter(|q| q.speech).collect();
    assert_eq!(speech.len(), 6);
    assert!(speech
        .iter()
        .all(|q| q.speaker.is_some() && q.cue.is_some()));
}
