//! The JSON Lines record of the CLI contract (`lede analyse --jsonl`), with code-point offsets.
//!
//! Other tools (the evaluation scorer among them) depend on this shape exactly:
//! `{"id","lang","entities":[…],"quotes":[…],"claims":[…],"dateline":{…}|null}`.

use super::offsets::CharIndex;
use crate::analysis::{Analysis, Cue, Span, Speaker};
use serde_json::{json, Map, Value};

/// Builds the contract record for one analysed text.
pub fn record(id: &Value, text: &str, a: &Analysis) -> Value {
    let idx = CharIndex::new(text);
    let span = |s: Span| {
        (
            idx.char_offset(s.start),
            idx.char_offset(s.end),
            s.text(text),
        )
    };
    let entities: Vec<Value> = a
        .entities
        .iter()
        .map(|e| {
            let (start, end, t) = span(e.span);
            let mut v = json!({"start": start, "end": end, "text": t, "label": e.label.as_str(), "rule": e.rule});
            if let Some(val) = &e.value {
                v["value"] = json!(val);
            }
            v
        })
        .collect();
    let quotes: Vec<Value> = a
        .quotes
        .iter()
        .filter(|q| q.speech)
        .map(|q| {
            let (start, end, t) = span(q.span);
            let mut v = json!({"start": start, "end": end, "text": t});
            add_speaker(&mut v, q.speaker.as_ref(), q.cue.as_ref(), &idx);
            v["rule"] = json!(q.rule);
            v
        })
        .collect();
    let claims: Vec<Value> = a
        .claims
        .iter()
        .map(|c| {
            let (start, end, t) = span(c.span);
            let mut v = json!({"start": start, "end": end, "text": t, "kind": c.kind.as_str()});
            add_speaker(&mut v, c.source.as_ref(), c.cue.as_ref(), &idx);
            v["rule"] = json!(c.rule);
            if let Some(r) = &c.reason {
                v["reason"] = json!(r);
            }
            v
        })
        .collect();
    let dateline = match &a.dateline {
        Some(d) => {
            let mut m = Map::new();
            let (start, end, t) = span(d.span);
            m.insert("start".into(), json!(start));
            m.insert("end".into(), json!(end));
            m.insert("text".into(), json!(t));
            m.insert("place".into(), json!(d.place));
            m.insert("date".into(), json!(d.date));
            m.insert("agency".into(), json!(d.agency));
            Value::Object(m)
        }
        None => Value::Null,
    };
    json!({
        "id": id,
        "lang": a.lang.code(),
        "entities": entities,
        "quotes": quotes,
        "claims": claims,
        "dateline": dateline,
    })
}

fn add_speaker(v: &mut Value, s: Option<&Speaker>, cue: Option<&Cue>, idx: &CharIndex) {
    match s {
        Some(s) => {
            v["speaker"] = json!(s.name);
            v["speaker_start"] = json!(idx.char_offset(s.mention.start));
            v["speaker_end"] = json!(idx.char_offset(s.mention.end));
        }
        None => {
            v["speaker"] = Value::Null;
            v["speaker_start"] = Value::Null;
            v["speaker_end"] = Value::Null;
        }
    }
    v["cue"] = match cue {
        Some(c) => json!(c.lemma),
        None => Value::Null,
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Label, Quote};

    #[test]
    fn offsets_are_code_points_and_text_matches() {
        let text = "Élysée: « déjà » dit Émile";
        let a = Analysis {
            entities: vec![Entity {
                span: Span::new(text.find("Émile").unwrap(), text.len()),
                label: Label::Per,
                rule: "TEST".into(),
                cluster: None,
                value: None,
            }],
            quotes: vec![Quote {
                span: Span::new(
                    text.find("déjà").unwrap(),
                    text.find("déjà").unwrap() + "déjà".len(),
                ),
                outer: Span::default(),
                speech: true,
                speaker: None,
                cue: None,
                rule: "TEST".into(),
            }],
            ..Analysis::default()
        };
        let r = record(&json!("x"), text, &a);
        let chars: Vec<char> = text.chars().collect();
        for item in r["entities"]
            .as_array()
            .unwrap()
            .iter()
            .chain(r["quotes"].as_array().unwrap())
        {
            let (s, e) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            let got: String = chars[s..e].iter().collect();
            assert_eq!(got, item["text"].as_str().unwrap());
        }
        assert_eq!(r["quotes"][0]["speaker"], Value::Null);
        assert_eq!(r["dateline"], Value::Null);
    }
}
