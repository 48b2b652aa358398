//! The JSON Lines record of the CLI contract (`lede analyse --jsonl`), with code-point offsets.
//!
//! Other tools (the evaluation scorer among them) depend on this shape exactly:
//! `{"id","lang","entities":[…],"quotes":[…],"claims":[…],"dateline":{…}|null}`.

use super::json_write;
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

/// [`record`] serialised: the same bytes as `record(id, text, a).to_string()`, written straight
/// into one buffer instead of building a `serde_json::Value` tree first (a map and a key string
/// per field), which cost about as much as the analysis itself.
pub fn record_string(id: &Value, text: &str, a: &Analysis) -> String {
    record_json(&id.to_string(), text, a)
}

/// [`record_string`] with the id given as JSON text (`"null"` for none): keys are written in
/// the order `serde_json`'s sorted maps print them and strings escaped as `serde_json` escapes
/// them ([`json_write`]), so the browser build (the JS API) needs no serde_json.
pub fn record_json(id_json: &str, text: &str, a: &Analysis) -> String {
    let idx = CharIndex::new(text);
    let mut w = Writer(String::with_capacity(256 + text.len() * 2));
    w.raw("{\"claims\":[");
    for (i, c) in a.claims.iter().enumerate() {
        w.sep(i);
        w.raw("{\"cue\":");
        w.opt_str(c.cue.as_ref().map(|c| c.lemma.as_str()));
        w.num(",\"end\":", idx.char_offset(c.span.end));
        w.raw(",\"kind\":");
        w.str(c.kind.as_str());
        if let Some(r) = &c.reason {
            w.raw(",\"reason\":");
            w.str(r);
        }
        w.raw(",\"rule\":");
        w.str(&c.rule);
        w.speaker(c.source.as_ref(), &idx);
        w.span(c.span, text, &idx);
    }
    w.raw("],\"dateline\":");
    match &a.dateline {
        Some(d) => {
            w.raw("{\"agency\":");
            w.opt_str(d.agency.as_deref());
            w.raw(",\"date\":");
            w.opt_str(d.date.as_deref());
            w.num(",\"end\":", idx.char_offset(d.span.end));
            w.raw(",\"place\":");
            w.opt_str(d.place.as_deref());
            w.span(d.span, text, &idx);
        }
        None => w.raw("null"),
    }
    w.raw(",\"entities\":[");
    for (i, e) in a.entities.iter().enumerate() {
        w.sep(i);
        w.num("{\"end\":", idx.char_offset(e.span.end));
        w.raw(",\"label\":");
        w.str(e.label.as_str());
        w.raw(",\"rule\":");
        w.str(&e.rule);
        w.num(",\"start\":", idx.char_offset(e.span.start));
        w.raw(",\"text\":");
        w.str(e.span.text(text));
        if let Some(v) = &e.value {
            w.raw(",\"value\":");
            w.str(v);
        }
        w.raw("}");
    }
    w.raw("],\"id\":");
    w.raw(id_json);
    w.raw(",\"lang\":");
    w.str(a.lang.code());
    w.raw(",\"quotes\":[");
    for (i, q) in a.quotes.iter().filter(|q| q.speech).enumerate() {
        w.sep(i);
        w.raw("{\"cue\":");
        w.opt_str(q.cue.as_ref().map(|c| c.lemma.as_str()));
        w.num(",\"end\":", idx.char_offset(q.span.end));
        w.raw(",\"rule\":");
        w.str(&q.rule);
        w.speaker(q.speaker.as_ref(), &idx);
        w.span(q.span, text, &idx);
    }
    w.raw("]}");
    w.0
}

/// The output buffer of [`record_string`].
struct Writer(String);

impl Writer {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }
    fn sep(&mut self, i: usize) {
        if i > 0 {
            self.0.push(',');
        }
    }
    fn num(&mut self, key: &str, n: usize) {
        self.raw(key);
        json_write::push_num(&mut self.0, n);
    }
    fn str(&mut self, s: &str) {
        json_write::push_str(&mut self.0, s);
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }
    /// `"speaker"`, `"speaker_end"` and `"speaker_start"`, as [`add_speaker`] sets them.
    fn speaker(&mut self, s: Option<&Speaker>, idx: &CharIndex) {
        self.raw(",\"speaker\":");
        match s {
            Some(s) => {
                self.str(&s.name);
                self.num(",\"speaker_end\":", idx.char_offset(s.mention.end));
                self.num(",\"speaker_start\":", idx.char_offset(s.mention.start));
            }
            None => self.raw("null,\"speaker_end\":null,\"speaker_start\":null"),
        }
    }
    /// `"start"` and `"text"` of `span`, closing the object.
    fn span(&mut self, span: Span, text: &str, idx: &CharIndex) {
        self.num(",\"start\":", idx.char_offset(span.start));
        self.raw(",\"text\":");
        self.str(span.text(text));
        self.raw("}");
    }
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
        assert_eq!(record_json(r#""x""#, text, &a), r.to_string());
    }

    /// The written record is byte for byte the serialised `Value`, on texts that produce every
    /// field (speakers, cues, reasons, dates with values, a dateline) and need escaping.
    #[test]
    fn record_string_is_the_serialised_record() {
        let texts = [
            "PARIS (AFP) - « Nous sommes prêts », a déclaré lundi le ministre Jean Dupont. \
             Le chômage a baissé de 3 % en 2020, selon l'Insee.\n\n\"Quote\\ \t\u{1}\" dit-il.",
            "WASHINGTON (Reuters) - \"We will act,\" President Joe Biden said on Monday. \
             Unemployment fell to 4.2 percent last year, officials said. Did it?",
            "",
            "\u{0}\u{202e}«",
            include_str!("../../tests/fixtures/wire_en.txt"),
            include_str!("../../tests/fixtures/wire_fr.txt"),
        ];
        for (n, t) in texts.iter().enumerate() {
            let a = crate::analysis::analyse(t);
            for id in [Value::Null, json!(n), json!(format!("doc \"{n}\""))] {
                assert_eq!(
                    record_string(&id, t, &a),
                    record(&id, t, &a).to_string(),
                    "{t}"
                );
            }
        }
    }
}
