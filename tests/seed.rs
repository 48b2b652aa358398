//! Regression test on the seed AFP dispatch (`tests/fixtures/seed_fr.txt`): its eight « » quotes
//! and their speakers (Maison-Blanche ×4, Conseil de sécurité russe ×3, Moscou ×1, the linked
//! entity's name accepted), and its reported claims with their sources.

use lede::{analyse, ClaimKind, Lang, Span};

const SEED: &str = include_str!("fixtures/seed_fr.txt");

fn overlap_ok(a: Span, b: Span) -> bool {
    a.overlap(b) * 2 >= a.len().max(b.len())
}

#[test]
fn the_eight_quotes_get_their_speakers() {
    let a = analyse(SEED);
    assert_eq!(a.lang, Lang::Fr);
    let speech: Vec<_> = a.quotes.iter().filter(|q| q.speech).collect();
    let expected = [
        ("continuer", "Maison-Blanche"),
        ("un certain nombre de sujets", "Maison-Blanche"),
        ("évoqué la perspective", "Maison-Blanche"),
        ("décidé de rester en contact", "Maison-Blanche"),
        ("préparatifs de la réunion", "Conseil de sécurité russe"),
        (
            "l’importance du lancement rapide",
            "Conseil de sécurité russe",
        ),
        ("problème nucléaire", "Conseil de sécurité russe"),
        ("La partie russe a souligné", "Moscou"),
    ];
    assert_eq!(speech.len(), expected.len(), "{speech:#?}");
    for (q, (start, who)) in speech.iter().zip(expected) {
        let text = q.span.text(SEED);
        assert!(
            text.starts_with(start),
            "{text:?} should start with {start:?}"
        );
        let name = q.speaker.as_ref().map(|s| s.name.as_str()).unwrap_or("");
        assert!(
            name.contains(who),
            "{text:?}: speaker {name:?}, expected {who:?}"
        );
        assert!(q.cue.is_some(), "{text:?} has no cue");
        assert!(q.rule.starts_with("SPK/"), "{text:?}: rule {}", q.rule);
    }
}

#[test]
fn reported_claims_have_their_sources() {
    let a = analyse(SEED);
    let find = |s: &str, e: &str| {
        let start = SEED.find(s).expect("start in seed");
        let end = SEED[start..].find(e).expect("end in seed") + start + e.len();
        Span::new(start, end)
    };
    let expected = [
        (
            find("Les conseillers de Joe Biden", "premier sommet"),
            "Maison-Blanche",
        ),
        (
            find("La Finlande et l’Autriche", "l’accueillir"),
            "Finlande",
        ),
        (
            find("les « préparatifs", "ont été évoqués"),
            "Conseil de sécurité russe",
        ),
        (
            find("Vladimir Poutine participera", "sommet mondial virtuel"),
            "Kremlin",
        ),
    ];
    let reported: Vec<_> = a
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Reported)
        .collect();
    for (span, who) in expected {
        let c = reported.iter().find(|c| overlap_ok(c.span, span));
        let Some(c) = c else {
            panic!("no claim for {:?}", span.text(SEED));
        };
        let name = c.source.as_ref().map(|s| s.name.as_str()).unwrap_or("");
        assert!(name.contains(who), "{:?}: source {name:?}", span.text(SEED));
    }
    // Precision: at most one reported claim beyond the expected ones.
    assert!(reported.len() <= expected.len() + 1, "{reported:#?}");
}
