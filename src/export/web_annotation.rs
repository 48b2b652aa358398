//! W3C Web Annotation export (JSON-LD): every highlight as an annotation that annotation tools
//! can load, anchored twice — by the quoted words with their context (`TextQuoteSelector`, which
//! survives small edits of the page) and by code-point position (`TextPositionSelector`, which the
//! Web Annotation model defines in Unicode code points).
//!
//! Without a `source` (a pasted text has no address) the target is a `urn:lede:text:` name made
//! from a hash of the text, so annotations of the same text share a target and the output is
//! reproducible.

use super::json_write::Writer;
use super::offsets::CharIndex;
use crate::analysis::{Analysis, Cue, Span, Speaker};

/// Code points of context kept on each side of a `TextQuoteSelector`.
const CONTEXT: usize = 32;

/// One annotation's body: a tag, or a description.
enum Body<'a> {
    Tag(&'a str),
    Describe(String),
}

/// An `AnnotationCollection` with one embedded page holding every annotation.
///
/// Written by [`json_write`](super::json_write) in serde_json's pretty layout with each object's
/// keys in sorted order, the same bytes as the `serde_json::Value` this export was first built as.
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
        let body = vec![
            Body::Tag(e.label.as_str()),
            Body::Describe(format!("Found by {}", e.rule)),
        ];
        items.push((e.span, "tagging", body));
    }
    for q in a.quotes.iter().filter(|q| q.speech) {
        let note = attribution("Speaker", q.speaker.as_ref(), q.cue.as_ref(), &q.rule);
        items.push((
            q.span,
            "highlighting",
            vec![Body::Tag("quote"), Body::Describe(note)],
        ));
    }
    for c in &a.claims {
        let mut note = attribution("Source", c.source.as_ref(), c.cue.as_ref(), &c.rule);
        if let Some(r) = &c.reason {
            note.push_str(&format!("; reason: {r}"));
        }
        let body = vec![
            Body::Tag("claim"),
            Body::Tag(c.kind.as_str()),
            Body::Describe(note),
        ];
        items.push((c.span, "highlighting", body));
    }
    // Document order, as a reader meets them; ties keep layer order (entities, quotes, claims).
    crate::analysis::sorting::sort_by_key(&mut items, |(span, _, _)| span.start);
    let mut w = Writer::pretty(1024 + items.len() * 1024);
    w.open('{');
    w.key("@context");
    w.str("http://www.w3.org/ns/anno.jsonld");
    w.key("creator");
    w.open('{');
    w.key("name");
    w.str("Lede");
    w.key("type");
    w.str("Software");
    w.close('}');
    w.key("first");
    w.open('{');
    w.key("items");
    w.open('[');
    let total = items.len();
    for (n, (span, motivation, body)) in items.into_iter().enumerate() {
        w.open('{');
        w.key("body");
        w.open('[');
        for b in &body {
            textual_body(&mut w, b);
        }
        w.close(']');
        w.key("id");
        w.str(&format!("urn:lede:annotation:{hash}:{}", n + 1));
        w.key("motivation");
        w.str(motivation);
        w.key("target");
        anchor.target(&mut w, span);
        w.key("type");
        w.str("Annotation");
        w.close('}');
    }
    w.close(']');
    w.key("startIndex");
    w.num(0);
    w.key("type");
    w.str("AnnotationPage");
    w.close('}');
    w.key("id");
    w.str(&format!("urn:lede:collection:{hash}"));
    w.key("label");
    w.str("Lede analysis");
    w.key("total");
    w.num(total);
    w.key("type");
    w.str("AnnotationCollection");
    w.close('}');
    w.finish() + "\n"
}

struct Anchor<'a> {
    text: &'a str,
    idx: CharIndex<'a>,
    source: &'a str,
}

impl Anchor<'_> {
    /// A `SpecificResource` with both selectors. Context is cut at char boundaries, at most
    /// [`CONTEXT`] code points (so at most 4 × CONTEXT bytes are scanned on each side).
    fn target(&self, w: &mut Writer, span: Span) {
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
        let prefix = before.get(cut..).unwrap_or("");
        let suffix: String = after.chars().take(CONTEXT).collect();
        w.open('{');
        w.key("selector");
        w.open('[');
        w.open('{');
        w.key("exact");
        w.str(span.text(self.text));
        w.key("prefix");
        w.str(prefix);
        w.key("suffix");
        w.str(&suffix);
        w.key("type");
        w.str("TextQuoteSelector");
        w.close('}');
        w.open('{');
        w.key("end");
        w.num(e);
        w.key("start");
        w.num(s);
        w.key("type");
        w.str("TextPositionSelector");
        w.close('}');
        w.close(']');
        w.key("source");
        w.str(self.source);
        w.close('}');
    }
}

/// A `TextualBody`: a tag, or a plain-text description.
fn textual_body(w: &mut Writer, b: &Body) {
    w.open('{');
    match b {
        Body::Tag(value) => {
            w.key("purpose");
            w.str("tagging");
            w.key("type");
            w.str("TextualBody");
            w.key("value");
            w.str(value);
        }
        Body::Describe(value) => {
            w.key("format");
            w.str("text/plain");
            w.key("purpose");
            w.str("describing");
            w.key("type");
            w.str("TextualBody");
            w.key("value");
            w.str(value);
        }
    }
    w.close('}');
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
    use serde_json::Value;

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
