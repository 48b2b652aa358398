//! Property tests: whatever the text, `analyse` never panics and its output keeps the structural
//! invariants of `span_checks` (spans in the text on char boundaries, sorted layers, non-overlapping
//! entities, consistent nesting). The generators favour what breaks span code: multi-byte letters,
//! quote marks of every kind, apostrophes, capitals, digits, line breaks and control characters.

mod span_checks;

mod prop_config;

use proptest::prelude::*;

/// Pieces that news analysis reacts to, mixed with arbitrary characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("«".to_string()),
        Just("»".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just(" – ".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" a déclaré ".to_string()),
        Just(" said ".to_string()),
        Just(" selon ".to_string()),
        Just(" according to ".to_string()),
        Just("M. ".to_string()),
        Just("Mr. ".to_string()),
        Just("(AFP) ".to_string()),
        Just("12 avril 2021".to_string()),
        Just("3,5 %".to_string()),
        Just("$4 billion".to_string()),
        "[A-ZÉ][a-zéèàç]{0,9}",
        "[a-zé]{1,8}",
        "[0-9]{1,5}",
        any::<char>().prop_map(String::from),
        "\\PC{0,4}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(prop_config::config(400))]

    #[test]
    fn news_like_text_keeps_invariants(text in article()) {
        let a = lede::analyse(&text);
        if let Err(e) = span_checks::check(&text, &a) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn arbitrary_unicode_keeps_invariants(text in "\\PC{0,300}|(.|\n){0,300}") {
        let a = lede::analyse(&text);
        if let Err(e) = span_checks::check(&text, &a) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn forced_language_keeps_invariants(text in article(), fr in any::<bool>()) {
        let lang = if fr { lede::Lang::Fr } else { lede::Lang::En };
        let a = lede::analyse_as(&text, Some(lang));
        prop_assert_eq!(a.lang, lang);
        if let Err(e) = span_checks::check(&text, &a) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }
}

#[test]
fn the_checker_catches_broken_output() {
    // The invariants must actually bite: hand-broken analyses are rejected.
    let text = "Émile Zola";
    let mut a = lede::analyse(text);
    a.paragraphs = vec![lede::Span::new(1, 3)]; // inside 'É'
    assert!(span_checks::check(text, &a).is_err());
    let mut a = lede::Analysis::default();
    let c = |s, e| lede::Claim {
        span: lede::Span::new(s, e),
        kind: lede::ClaimKind::Checkworthy,
        source: None,
        cue: None,
        reason: None,
        rule: "TEST".into(),
    };
    a.claims = vec![c(0, 6), c(3, 10)];
    assert!(span_checks::check(text, &a).unwrap_err().contains("cross"));
    a.claims = vec![c(0, 10), c(3, 6)];
    assert!(span_checks::check(text, &a).is_ok());
}
