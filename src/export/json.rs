//! The full-analysis JSON export (`.lede.json`): every layer, with code-point offsets.
//!
//! One JSON object on one line, so the file is also a one-record JSON Lines file and several
//! exports concatenate into a corpus. Its top-level `"text"` and `"label": [[start, end, "PER"],
//! …]` are the character-offset sequence-labelling format that doccano (and tools that follow it)
//! import and export; the other keys ride along as metadata. `"schema": "lede/1"` names this
//! shape: any incompatible change gets a new version.

use super::json_read::{self, Field};
use super::json_write::Writer;
use super::offsets::CharIndex;
use crate::analysis::{Analysis, Cue, Span, Speaker};

/// The schema version written into every export.
pub const SCHEMA: &str = "lede/1";

/// Serialises the analysis of `text` (with `text` itself, so the file reopens the article).
///
/// Keys come in this reading order: `schema`, `text`, `label`, `lang`, `dateline`, `byline`,
/// `paragraphs`, `entities`, `clusters`, `quotes`, `claims`; a span's `start`, `end` and `text`
/// come first in its object. Written by [`json_write`](super::json_write), the same bytes
/// serde_json printed for the structs this export was first defined with.
pub fn to_json(text: &str, a: &Analysis) -> String {
    let mut w = Out {
        w: Writer::compact(256 + text.len() * 3),
        idx: CharIndex::new(text),
        text,
    };
    w.w.open('{');
    w.w.key("schema");
    w.w.str(SCHEMA);
    w.w.key("text");
    w.w.str(text);
    w.w.key("label");
    w.w.open('[');
    for e in &a.entities {
        let [s, t] = w.cp(e.span);
        w.w.open('[');
        w.w.num(s);
        w.w.num(t);
        w.w.str(e.label.as_str());
        w.w.close(']');
    }
    w.w.close(']');
    w.w.key("lang");
    w.w.str(a.lang.code());
    w.w.key("dateline");
    match &a.dateline {
        Some(d) => {
            w.loc(d.span);
            w.w.key("place");
            w.w.opt_str(d.place.as_deref());
            w.w.key("place_span");
            match d.place_span {
                Some(p) => w.pair(p),
                None => w.w.null(),
            }
            w.w.key("date");
            w.w.opt_str(d.date.as_deref());
            w.w.key("agency");
            w.w.opt_str(d.agency.as_deref());
            w.w.close('}');
        }
        None => w.w.null(),
    }
    w.w.key("byline");
    match &a.byline {
        Some(b) => {
            w.loc(b.span);
            w.w.close('}');
        }
        None => w.w.null(),
    }
    w.w.key("paragraphs");
    w.w.open('[');
    for &p in &a.paragraphs {
        w.pair(p);
    }
    w.w.close(']');
    w.w.key("entities");
    w.w.open('[');
    for e in &a.entities {
        w.loc(e.span);
        w.w.key("label");
        w.w.str(e.label.as_str());
        w.w.key("rule");
        w.w.str(&e.rule);
        w.w.key("cluster");
        w.w.opt_num(e.cluster);
        if let Some(v) = &e.value {
            w.w.key("value");
            w.w.str(v);
        }
        w.w.close('}');
    }
    w.w.close(']');
    w.w.key("clusters");
    w.w.open('[');
    for c in &a.clusters {
        w.w.open('{');
        w.w.key("name");
        w.w.str(&c.name);
        w.w.key("label");
        w.w.str(c.label.as_str());
        w.w.key("mentions");
        w.w.open('[');
        for &m in &c.mentions {
            w.w.num(m);
        }
        w.w.close(']');
        w.w.close('}');
    }
    w.w.close(']');
    w.w.key("quotes");
    w.w.open('[');
    for q in &a.quotes {
        w.loc(q.span);
        w.w.key("outer");
        w.pair(q.outer);
        w.w.key("speech");
        w.w.bool(q.speech);
        w.who("speaker", q.speaker.as_ref());
        w.cue(q.cue.as_ref());
        w.w.key("rule");
        w.w.str(&q.rule);
        w.w.close('}');
    }
    w.w.close(']');
    w.w.key("claims");
    w.w.open('[');
    for c in &a.claims {
        w.loc(c.span);
        w.w.key("kind");
        w.w.str(c.kind.as_str());
        w.who("source", c.source.as_ref());
        w.cue(c.cue.as_ref());
        w.w.key("reason");
        w.w.opt_str(c.reason.as_deref());
        w.w.key("rule");
        w.w.str(&c.rule);
        w.w.close('}');
    }
    w.w.close(']');
    w.w.close('}');
    w.w.finish()
}

/// The writer of [`to_json`] with the text, to print spans in code points.
struct Out<'a> {
    w: Writer,
    idx: CharIndex<'a>,
    text: &'a str,
}

impl Out<'_> {
    fn cp(&self, s: Span) -> [usize; 2] {
        [self.idx.char_offset(s.start), self.idx.char_offset(s.end)]
    }

    /// `[start, end]` in code points.
    fn pair(&mut self, s: Span) {
        let p = self.cp(s);
        self.w.pair(p);
    }

    /// Opens an object with the span's `start`, `end` and `text`; the caller closes it.
    fn loc(&mut self, s: Span) {
        let [start, end] = self.cp(s);
        self.w.open('{');
        self.w.key("start");
        self.w.num(start);
        self.w.key("end");
        self.w.num(end);
        self.w.key("text");
        self.w.str(s.text(self.text));
    }

    /// Opens an object with `name_key`: `name`, then the span's `start` and `end`; the caller
    /// closes it. The head shared by [`Out::who`] and [`Out::cue`].
    fn named(&mut self, name_key: &str, name: &str, s: Span) {
        let [start, end] = self.cp(s);
        self.w.open('{');
        self.w.key(name_key);
        self.w.str(name);
        self.w.key("start");
        self.w.num(start);
        self.w.key("end");
        self.w.num(end);
    }

    /// `key`: the speaker's `name`, mention `start` and `end`, and `cluster`; or null.
    fn who(&mut self, key: &str, s: Option<&Speaker>) {
        self.w.key(key);
        let Some(s) = s else {
            self.w.null();
            return;
        };
        self.named("name", &s.name, s.mention);
        self.w.key("cluster");
        self.w.opt_num(s.cluster);
        self.w.close('}');
    }

    /// `"cue"`: the cue's `lemma`, `start` and `end`; or null.
    fn cue(&mut self, c: Option<&Cue>) {
        self.w.key("cue");
        let Some(c) = c else {
            self.w.null();
            return;
        };
        self.named("lemma", &c.lemma, c.span);
        self.w.close('}');
    }
}

/// Reads the article back from an export file (the UI's "Open file", the way to share articles
/// too long for a link): the first JSON object of `file`, which must have a string `"text"`. A
/// `.lede.json` export qualifies, and so does a doccano record. Errors are sentences for the reader.
pub fn read_text(file: &str) -> Result<String, String> {
    let Ok([schema, text]) = json_read::top_level(file, ["schema", "text"], false) else {
        return Err("This file is not a Lede export: it does not start with JSON.".into());
    };
    if let Field::Str(schema) = schema {
        if schema.starts_with("lede/") && schema != SCHEMA {
            return Err(format!(
                "This file was exported by a newer version of Lede ({schema}). Reload the page to get the latest Lede."
            ));
        }
    }
    match text {
        Field::Str(t) if t.len() > crate::share::MAX_DECODED_BYTES => {
            Err("This file holds more than 5 MB of text, which is more than Lede opens.".into())
        }
        Field::Str(t) => Ok(t),
        _ => Err("This file has no article text (no \"text\" field).".into()),
    }
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
