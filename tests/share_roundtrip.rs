//! Property tests of share links (issue 7): any text survives encode → decode byte for byte,
//! and no fragment, however mangled, makes the decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use lede::share::{decode_fragment, encode_fragment, Fragment};
use lede::Lang;
mod prop_config;

use proptest::prelude::*;

/// Pieces that break naive text handling: emoji ZWJ sequences, combining marks, CRLF and lone CR,
/// right-to-left scripts, bidi overrides, NUL, a BOM, astral characters, guillemets.
const TRICKY: &[&str] = &[
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "e\u{301}",
    "\u{1100}\u{1161}\u{11a8}",
    "\r\n",
    "\r",
    "\n\n",
    "שלום",
    "مرحبا",
    "\u{202e}abc\u{202c}",
    "\u{0}",
    "\u{feff}",
    "𝔘𝔫𝔦",
    "« ",
    " »",
    "=+-@",
    "&t=AAAA#",
    "%25",
    " ",
    "Élysée",
];

fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TRICKY), 0..40).prop_map(|v| v.concat())
}

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop::option::of(prop::sample::select(vec![Lang::En, Lang::Fr]))
}

fn round_trip(text: &str, lang: Option<Lang>, filters: Option<&str>) -> Fragment {
    let frag = encode_fragment(text, lang, filters);
    decode_fragment(&format!("#{frag}"))
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("a link with text")
}

proptest! {
    #![proptest_config(prop_config::config(512))]

    #[test]
    fn arbitrary_unicode_round_trips(text in any::<String>(), lang in lang()) {
        let got = round_trip(&text, lang, None);
        prop_assert_eq!(got.text.as_bytes(), text.as_bytes());
        prop_assert_eq!(got.lang, lang);
        prop_assert_eq!(got.filters, None);
    }

    #[test]
    fn tricky_text_round_trips(text in tricky_text(), lang in lang()) {
        let got = round_trip(&text, lang, Some("PER"));
        prop_assert_eq!(got.text.as_bytes(), text.as_bytes());
        prop_assert_eq!(got.lang, lang);
    }

    #[test]
    fn arbitrary_filters_round_trip(text in "\\PC{0,20}", filters in any::<String>()) {
        let got = round_trip(&text, None, Some(&filters));
        let want = Some(filters).filter(|f| !f.is_empty());
        prop_assert_eq!(got.filters, want);
    }

    /// The link itself stays within the characters a URL fragment carries unescaped.
    #[test]
    fn links_are_fragment_safe(text in any::<String>(), filters in any::<String>()) {
        let frag = encode_fragment(&text, Some(Lang::Fr), Some(&filters));
        prop_assert!(frag.bytes().all(|b| b.is_ascii_graphic() && b != b'#'), "{}", frag);
    }

    #[test]
    fn arbitrary_fragments_never_panic(fragment in any::<String>()) {
        let _ = decode_fragment(&fragment);
    }

    #[test]
    fn arbitrary_payloads_never_panic(payload in "[A-Za-z0-9_=+/-]{0,400}") {
        let _ = decode_fragment(&format!("t={payload}"));
    }

    /// A real link damaged in transit (a character changed or the end cut off) gives an error or
    /// some text, never a panic.
    #[test]
    fn damaged_links_never_panic(text in tricky_text(), at in any::<prop::sample::Index>(), c in any::<char>(), cut in any::<bool>()) {
        let frag = encode_fragment(&text, None, None);
        let i = at.index(frag.len());
        let damaged = if cut {
            frag[..i].to_string()
        } else {
            format!("{}{c}{}", &frag[..i], &frag[i + 1..])
        };
        let _ = decode_fragment(&damaged);
    }
}
