//! The full-analysis JSON export (`.lede.json`): every layer, with code-point offsets.
//!
//! One JSON object on one line, so the file is also a one-record JSON Lines file and several
//! exports concatenate into a corpus. Its top-level `"text"` and `"label": [[start, end, "PER"],
//! …]` are the character-offset sequence-labelling format that doccano (and tools that follow it)
//! import and export; the other keys ride along as metadata. `"schema": "lede/1"` names this
//! shape: any incompatible change gets a new version.

use super::offsets::CharIndex;
use crate::analysis::{Analysis, Cue, Span, Speaker};
use serde::Serialize;

/// The schema version written into every export.
pub const SCHEMA: &str = "lede/1";

/// Serialises the analysis of `text` (with `text` itself, so the file reopens the article).
pub fn to_json(text: &str, a: &Analysis) -> String {
    let idx = CharIndex::new(text);
    let cp = |s: Span| [idx.char_offset(s.start), idx.char_offset(s.end)];
    let loc = |s: Span| {
        let [start, end] = cp(s);
        Loc {
            start,
            end,
            text: s.text(text),
        }
    };
    let speaker = |s| who(&idx, s);
    let cue = |c| cue_out(&idx, c);
    let doc = Doc {
        schema: SCHEMA,
        text,
        label: a
            .entities
            .iter()
            .map(|e| {
                let [s, t] = cp(e.span);
                (s, t, e.label.as_str())
            })
            .collect(),
        lang: a.lang.code(),
        dateline: a.dateline.as_ref().map(|d| DatelineOut {
            at: loc(d.span),
            place: d.place.as_deref(),
            place_span: d.place_span.map(cp),
            date: d.date.as_deref(),
            agency: d.agency.as_deref(),
        }),
        byline: a.byline.as_ref().map(|b| loc(b.span)),
        paragraphs: a.paragraphs.iter().map(|&p| cp(p)).collect(),
        entities: a
            .entities
            .iter()
            .map(|e| EntityOut {
                at: loc(e.span),
                label: e.label.as_str(),
                rule: &e.rule,
                cluster: e.cluster,
                value: e.value.as_deref(),
            })
            .collect(),
        clusters: a
            .clusters
            .iter()
            .map(|c| ClusterOut {
                name: &c.name,
                label: c.label.as_str(),
                mentions: &c.mentions,
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .map(|q| QuoteOut {
                at: loc(q.span),
                outer: cp(q.outer),
                speech: q.speech,
                speaker: q.speaker.as_ref().map(speaker),
                cue: q.cue.as_ref().map(cue),
                rule: &q.rule,
            })
            .collect(),
        claims: a
            .claims
            .iter()
            .map(|c| ClaimOut {
                at: loc(c.span),
                kind: c.kind.as_str(),
                source: c.source.as_ref().map(speaker),
                cue: c.cue.as_ref().map(cue),
                reason: c.reason.as_deref(),
                rule: &c.rule,
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads the article back from an export file (the UI's "Open file", the way to share articles
/// too long for a link): the first JSON object of `file`, which must have a string `"text"`. A
/// `.lede.json` export qualifies, and so does a doccano record. Errors are sentences for the reader.
pub fn read_text(file: &str) -> Result<String, String> {
    let first = serde_json::Deserializer::from_str(file)
        .into_iter::<serde_json::Value>()
        .next();
    let v = match first {
        Some(Ok(v)) => v,
        _ => return Err("This file is not a Lede export: it does not start with JSON.".into()),
    };
    if let Some(schema) = v.get("schema").and_then(|s| s.as_str()) {
        if schema.starts_with("lede/") && schema != SCHEMA {
            return Err(format!(
                "This file was exported by a newer version of Lede ({schema}). Reload the page to get the latest Lede."
            ));
        }
    }
    match v.get("text") {
        Some(serde_json::Value::String(t)) if t.len() > crate::share::MAX_DECODED_BYTES => {
            Err("This file holds more than 5 MB of text, which is more than Lede opens.".into())
        }
        Some(serde_json::Value::String(t)) => Ok(t.clone()),
        _ => Err("This file has no article text (no \"text\" field).".into()),
    }
}

fn who<'a>(idx: &CharIndex, s: &'a Speaker) -> Who<'a> {
    Who {
        name: &s.name,
        start: idx.char_offset(s.mention.start),
        end: idx.char_offset(s.mention.end),
        cluster: s.cluster,
    }
}

fn cue_out<'a>(idx: &CharIndex, c: &'a Cue) -> CueOut<'a> {
    CueOut {
        lemma: &c.lemma,
        start: idx.char_offset(c.span.start),
        end: idx.char_offset(c.span.end),
    }
}

// Structs rather than `json!` so the keys come out in this reading order.

#[derive(Serialize)]
struct Doc<'a> {
    schema: &'a str,
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
    lang: &'a str,
    dateline: Option<DatelineOut<'a>>,
    byline: Option<Loc<'a>>,
    paragraphs: Vec<[usize; 2]>,
    entities: Vec<EntityOut<'a>>,
    clusters: Vec<ClusterOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    claims: Vec<ClaimOut<'a>>,
}

/// A span in code points, with the words it covers.
#[derive(Serialize)]
struct Loc<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct DatelineOut<'a> {
    #[serde(flatten)]
    at: Loc<'a>,
    place: Option<&'a str>,
    place_span: Option<[usize; 2]>,
    date: Option<&'a str>,
    agency: Option<&'a str>,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    #[serde(flatten)]
    at: Loc<'a>,
    label: &'a str,
    rule: &'a str,
    cluster: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

#[derive(Serialize)]
struct ClusterOut<'a> {
    name: &'a str,
    label: &'a str,
    mentions: &'a [usize],
}

#[derive(Serialize)]
struct Who<'a> {
    name: &'a str,
    start: usize,
    end: usize,
    cluster: Option<usize>,
}

#[derive(Serialize)]
struct CueOut<'a> {
    lemma: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    #[serde(flatten)]
    at: Loc<'a>,
    outer: [usize; 2],
    speech: bool,
    speaker: Option<Who<'a>>,
    cue: Option<CueOut<'a>>,
    rule: &'a str,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    #[serde(flatten)]
    at: Loc<'a>,
    kind: &'a str,
    source: Option<Who<'a>>,
    cue: Option<CueOut<'a>>,
    reason: Option<&'a str>,
    rule: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Label;
    use crate::export::test_support::one_entity;
    use serde_json::Value;

    #[test]
    fn one_line_with_schema_and_doccano_labels_in_code_points() {
        let text = "Émile 😀 à Paris\nfin";
        let a = one_entity(text, "Paris", Label::Loc);
        let out = to_json(text, &a);
        assert!(!out.contains('\n'));
        assert!(out.starts_with(r#"{"schema":"lede/1","text":"#));
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["text"], text);
        assert_eq!(v["label"], serde_json::json!([[10, 15, "LOC"]]));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[10..15].iter().collect::<String>(), "Paris");
        assert_eq!(v["entities"][0]["text"], "Paris");
        assert!(v["entities"][0].get("value").is_none());
        assert_eq!(v["dateline"], Value::Null);
    }

    #[test]
    fn exports_and_doccano_records_read_back() {
        let text = "« Oui », a dit Zoé.\r\n👋";
        assert_eq!(
            read_text(&to_json(text, &Analysis::default())).unwrap(),
            text
        );
        let two = format!("{}\n{}\n", r#"{"text":"a","label":[]}"#, r#"{"text":"b"}"#);
        assert_eq!(read_text(&two).unwrap(), "a");
    }

    #[test]
    fn unreadable_files_say_why() {
        assert!(read_text("hello")
            .unwrap_err()
            .contains("not a Lede export"));
        assert!(read_text("").is_err());
        assert!(read_text(r#"{"id":1}"#)
            .unwrap_err()
            .contains("no article text"));
        assert!(read_text(r#"{"text":5}"#).is_err());
        let future = r#"{"schema":"lede/2","text":"x"}"#;
        assert!(read_text(future).unwrap_err().contains("newer version"));
    }
}
