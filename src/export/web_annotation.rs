//! W3C Web Annotation export (JSON-LD): every highlight as an annotation that annotation tools
//! can load, anchored twice — by the quoted words with their context (`TextQuoteSelector`, which
//! survives small edits of the page) and by code-point position (`TextPositionSelector`, which the
//! Web Annotation model defines in Unicode code points).
//!
//! Without a `source` (a pasted text has no address) the target is a `urn:lede:text:` name made
//! from a hash of the text, so annotations of the same text share a target and the output is
//! reproducible.

use super::offsets::CharIndex;
use crate::analysis::{Analysis, Cue, Span, Speaker};
use serde_json::{json, Value};

/// Code points of context kept on each side of a `TextQuoteSelector`.
const CONTEXT: usize = 32;

/// An `AnnotationCollection` with one embedded page holding every annotation.
pub fn to_web_annotation(text: &str, a: &Analysis, source: Option<&str>) -> String {
    let hash = format!("{:016x}", fnv1a(text.as_bytes()));
    let source = source.map_or_else(|| format!("urn:lede:text:{hash}"), str::to_string);
    let anchor = Anchor {
        text,
        idx: CharIndex::new(text),
        source: &source,
    };
    let mut items = Vec::new();
    for e in &a.entities {
        let mut body = vec![tag(e.label.as_str())];
        body.push(describe(&format!("Found by {}", e.rule)));
        items.push((e.span, "tagging", body));
    }
    for q in a.quotes.iter().filter(|q| q.speech) {
        let mut body = vec![tag("quote")];
        body.push(describe(&attribution(
            "Speaker",
            q.speaker.as_ref(),
            q.cue.as_ref(),
            &q.rule,
        )));
        items.push((q.span, "highlighting", body));
    }
    for c in &a.claims {
        let mut body = vec![tag("claim"), tag(c.kind.as_str())];
        let mut note = attribution("Source", c.source.as_ref(), c.cue.as_ref(), &c.rule);
        if let Some(r) = &c.reason {
            note.push_str(&format!("; reason: {r}"));
        }
        body.push(describe(&note));
        items.push((c.span, "highlighting", body));
    }
    // Document order, as a reader meets them; ties keep layer order (entities, quotes, claims).
    crate::analysis::sorting::sort_by_key(&mut items, |(span, _, _)| span.start);
    let annotations: Vec<Value> = items
        .into_iter()
        .enumerate()
        .map(|(n, (span, motivation, body))| {
            json!({
                "id": format!("urn:lede:annotation:{hash}:{}", n + 1),
                "type": "Annotation",
                "motivation": motivation,
                "body": body,
                "target": anchor.target(span),
            })
        })
        .collect();
    let doc = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("urn:lede:collection:{hash}"),
        "type": "AnnotationCollection",
        "label": "Lede analysis",
        "creator": {"type": "Software", "name": "Lede"},
        "total": annotations.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": annotations},
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

struct Anchor<'a> {
    text: &'a str,
    idx: CharIndex<'a>,
    source: &'a str,
}

impl Anchor<'_> {
    /// A `SpecificResource` with both selectors. Context is cut at char boundaries, at most
    /// [`CONTEXT`] code points (so at most 4 × CONTEXT bytes are scanned on each side).
    fn target(&self, span: Span) -> Value {
        let (s, e) = (
            self.idx.char_offset(span.start),
            self.idx.char_offset(span.end),
        );
        let before = self.text.get(..span.start).unwrap_or("");
        let after = self.text.get(span.end..).unwrap_or("");
        let cut = before
            .char_indices()
            .rev()
            .nth(CONTEXT - 1)
            .map_or(0, |(i, _)| i);
        let prefix = &before[cut..];
        let suffix: String = after.chars().take(CONTEXT).collect();
        json!({
            "source": self.source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": span.text(self.text), "prefix": prefix, "suffix": suffix},
                {"type": "TextPositionSelector", "start": s, "end": e},
            ],
        })
    }
}

fn tag(value: &str) -> Value {
    json!({"type": "TextualBody", "purpose": "tagging", "value": value})
}

fn describe(value: &str) -> Value {
    json!({"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": value})
}

/// "Speaker: Jane Doe; cue: said; rule: SPK/INVERSION" — the tooltip of the highlight.
fn attribution(role: &str, who: Option<&Speaker>, cue: Option<&Cue>, rule: &str) -> String {
    let mut s = format!(
        "{role}: {}",
        who.map_or("unattributed", |w| w.name.as_str())
    );
    if let Some(c) = cue {
        s.push_str(&format!("; cue: {}", c.lemma));
    }
    s + &format!("; rule: {rule}")
}

/// FNV-1a, 64-bit: a tiny stable hash for naming a text (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Label;
    use crate::export::test_support::one_entity;

    #[test]
    fn selectors_use_code_points_and_bounded_context() {
        let text = format!("{}Zoé 👋 Paris{}", "é".repeat(40), "x".repeat(40));
        let a = one_entity(&text, "Paris", Label::Loc);
        let v: Value = serde_json::from_str(&to_web_annotation(&text, &a, None)).unwrap();
        assert_eq!(v["total"], 1);
        let target = &v["first"]["items"][0]["target"];
        assert!(target["source"]
            .as_str()
            .unwrap()
            .starts_with("urn:lede:text:"));
        let q = &target["selector"][0];
        assert_eq!(q["exact"], "Paris");
        assert_eq!(q["prefix"].as_str().unwrap().chars().count(), CONTEXT);
        assert!(q["prefix"].as_str().unwrap().ends_with("Zoé 👋 "));
        assert_eq!(q["suffix"], "x".repeat(CONTEXT));
        assert_eq!(target["selector"][1]["start"], 46);
        assert_eq!(target["selector"][1]["end"], 51);
    }

    #[test]
    fn given_source_is_the_target() {
        let a = one_entity("Paris", "Paris", Label::Loc);
        let out = to_web_annotation("Paris", &a, Some("https://example.org/a"));
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["type"], "AnnotationCollection");
        let target = &v["first"]["items"][0]["target"];
        assert_eq!(target["source"], "https://example.org/a");
        assert_eq!(target["selector"][0]["prefix"], "");
        assert_eq!(target["selector"][0]["suffix"], "");
    }
}
