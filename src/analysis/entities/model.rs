//! A compact learned re-labeller for the rule mentions: an averaged perceptron over hashed features.
//!
//! The rules find candidates well but label them with brittle evidence (an unknown one-word
//! company, a person-shaped band name, a sentence-initial common word). After coreference, each
//! mention is scored for four classes (none, PER, ORG, LOC) from cheap features: its words, their
//! shapes and affixes, the words around it, gazetteer hits and the rule's own guess. The highest
//! class wins; "none" drops the mention.
//!
//! Features are 32-bit hashes of (template, bytes) computed without allocating; the weights are a
//! sorted table of `(hash, [i8; 4])` rows embedded from `data/models/entities_<lang>.bin`, written
//! by `lede train` (see [`crate::cli`]) from WiNER-fr (CC BY) and UNER English-EWT (CC BY-SA).
//! An empty or malformed file means no model: the rule labels stand.

use super::gazetteer::{HashMap, DATE, LOC, ORG, PER};
use super::{Ctx, Mention};
use crate::analysis::types::{Label, Lang};
use std::sync::OnceLock;

/// Classes, in weight-row order.
pub(crate) const CLASSES: [Option<Label>; 4] =
    [None, Some(Label::Per), Some(Label::Org), Some(Label::Loc)];

/// File magic of the weights file.
const MAGIC: &[u8; 8] = b"LEDEENT1";

/// Context words looked at on each side of a mention.
const WINDOW: usize = 2;
/// Words of a mention whose identity is a feature (longer names add only their shape).
const MAX_WORDS: usize = 6;

/// The weights of one language: feature hash → per-class weight, times `scale`.
pub(crate) struct Model {
    rows: HashMap<u32, [i8; 4]>,
    /// Handicap of the "none" class, so that dropping a mention needs clear evidence.
    margin: i32,
}

impl Model {
    /// Parses a weights file; `None` when it is empty or malformed.
    pub(crate) fn parse(bytes: &[u8]) -> Option<Model> {
        let body = bytes.strip_prefix(MAGIC.as_slice())?;
        let n = u32::from_le_bytes(body.get(..4)?.try_into().ok()?) as usize;
        let margin = i32::from_le_bytes(body.get(4..8)?.try_into().ok()?);
        let rows_bytes = body.get(8..n.checked_mul(8)?.checked_add(8)?)?;
        let mut rows = HashMap::default();
        rows.reserve(n);
        for r in rows_bytes.chunks_exact(8) {
            let h = u32::from_le_bytes([r[0], r[1], r[2], r[3]]);
            rows.insert(h, [r[4] as i8, r[5] as i8, r[6] as i8, r[7] as i8]);
        }
        Some(Model { rows, margin })
    }

    /// Serialises quantised rows (sorted by hash, so the file is deterministic). Used by
    /// `lede train`, which the web app does not include.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn write(rows: &[(u32, [i8; 4])], margin: i32) -> Vec<u8> {
        let mut sorted = rows.to_vec();
        sorted.sort_by_key(|r| r.0);
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
        out.extend_from_slice(&margin.to_le_bytes());
        for (h, w) in sorted {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend(w.iter().map(|&x| x as u8));
        }
        out
    }

    /// Class scores of a feature list.
    pub(crate) fn scores(&self, feats: &[u32]) -> [i32; 4] {
        let mut s = [0i32; 4];
        for f in feats {
            if let Some(w) = self.rows.get(f) {
                for (a, &b) in s.iter_mut().zip(w) {
                    *a += i32::from(b);
                }
            }
        }
        s
    }

    /// Index of the best class (ties go to the earlier class), after handicapping "none" by the
    /// model's margin: the perceptron learns accuracy, where entity F1 wants more recall.
    pub(crate) fn best(&self, feats: &[u32]) -> usize {
        let mut s = self.scores(feats);
        s[0] = s[0].saturating_sub(self.margin);
        (0..4).fold(0, |b, k| if s[k] > s[b] { k } else { b })
    }
}

/// The embedded model of `lang`, parsed on first use.
pub(crate) fn embedded(lang: Lang) -> Option<&'static Model> {
    static FR: OnceLock<Option<Model>> = OnceLock::new();
    static EN: OnceLock<Option<Model>> = OnceLock::new();
    match lang {
        Lang::Fr => FR
            .get_or_init(|| Model::parse(include_bytes!("../../../data/models/entities_fr.bin")))
            .as_ref(),
        Lang::En => EN
            .get_or_init(|| Model::parse(include_bytes!("../../../data/models/entities_en.bin")))
            .as_ref(),
    }
}

/// Re-labels every name mention (dates are left alone) with the model's best class.
pub(crate) fn relabel(ctx: &Ctx, model: &Model, ms: &mut [Mention]) {
    let mut feats = Vec::with_capacity(64);
    for m in ms.iter_mut() {
        if m.label == Some(Label::Date) {
            continue;
        }
        features(ctx, m, &mut feats);
        let mut label = CLASSES[model.best(&feats)];
        // A listed name is a name: the model may retype it but not drop it (the gazetteers are
        // curated; the training data leaves some names unannotated, as WiNER does for websites).
        // Likewise a name built on a listed organisation or place head ("Conseil de sécurité").
        let head = m.rule.starts_with("ENT/HEAD/") && m.e - m.s > 1;
        if label.is_none() && (m.gaz != 0 || head) && m.label.is_some() {
            label = m.label;
        }
        if label != m.label {
            m.label = label;
            m.rule = match label {
                Some(Label::Per) => "ENT/MODEL/PER",
                Some(Label::Org) => "ENT/MODEL/ORG",
                Some(Label::Loc) => "ENT/MODEL/LOC",
                _ => "ENT/MODEL/NONE",
            };
        }
    }
}

/// FNV-1a over a template id and byte strings: a feature hash, without building a string.
struct Fx(u32);

impl Fx {
    fn new(template: u8) -> Fx {
        let mut h = Fx(0x811c_9dc5);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    fn str(mut self, s: &str) -> Fx {
        for &b in s.as_bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }
    fn num(mut self, n: u8) -> Fx {
        self.byte(n);
        self
    }
}

/// Word shape class: 0 not a word, 1 lower, 2 capitalised, 3 all capitals, 4 has a digit.
fn shape(ctx: &Ctx, i: usize) -> u8 {
    if !ctx.is_word(i) {
        return if i < ctx.len() { 0 } else { 5 };
    }
    let t = ctx.text(i);
    if t.bytes().any(|b| b.is_ascii_digit()) {
        4
    } else if ctx.is_upper(i) {
        3
    } else if ctx.is_cap(i) {
        2
    } else {
        1
    }
}

/// Last `n` characters of `s`.
fn suffix(s: &str, n: usize) -> &str {
    let at = s.char_indices().rev().nth(n - 1).map_or(0, |(k, _)| k);
    &s[at..]
}

/// First `n` characters of `s`.
fn prefix(s: &str, n: usize) -> &str {
    let at = s.char_indices().nth(n).map_or(s.len(), |(k, _)| k);
    &s[..at]
}

fn bits(ctx: &Ctx, i: usize) -> u8 {
    ctx.lex.names.get(ctx.low(i)).copied().unwrap_or(0) & (LOC | ORG | PER | DATE)
}

/// The features of mention `m`, into `out` (cleared first).
pub(crate) fn features(ctx: &Ctx, m: &Mention, out: &mut Vec<u32>) {
    out.clear();
    let lex = ctx.lex;
    let (s, e) = (m.s, m.e.max(m.s + 1));
    let len = (e - s).min(5) as u8;
    let rule_label = m.label.map_or("-", Label::as_str);
    let mut push = |h: Fx| out.push(h.0);
    push(Fx::new(0));
    push(Fx::new(1).str(m.rule));
    push(Fx::new(2).str(rule_label));
    push(Fx::new(3).str(rule_label).num(len));
    // The words, the whole name, and affixes of its ends.
    let mut whole = Fx::new(4);
    let mut shapes = Fx::new(5);
    for i in s..e.min(s + MAX_WORDS) {
        let low = ctx.low(i);
        whole = whole.str(low);
        shapes = shapes.num(shape(ctx, i));
        push(Fx::new(6).str(low));
    }
    push(whole);
    push(shapes.num(len));
    let first = ctx.low(s);
    let last = ctx.low(e - 1);
    push(Fx::new(7).str(first));
    push(Fx::new(8).str(last));
    push(Fx::new(9).str(suffix(last, 3)));
    push(Fx::new(10).str(suffix(last, 2)));
    push(Fx::new(11).str(prefix(first, 3)));
    push(Fx::new(12).str(suffix(first, 3)).str(rule_label));
    // Gazetteers and word lists.
    push(Fx::new(13).num(m.gaz).str(rule_label));
    push(Fx::new(14).num(bits(ctx, s)).num(bits(ctx, e - 1)));
    let first_name = lex.first_names.contains_key(first);
    let initial = ctx.initial.get(s).copied().unwrap_or(false);
    let common = lex.common.contains(first);
    push(
        Fx::new(15)
            .num(first_name as u8)
            .num(initial as u8)
            .num(common as u8)
            .num(len),
    );
    let org_word = (s..e).any(|i| lex.org_words.contains(ctx.low(i)));
    let loc_word = (s..e).any(|i| lex.loc_words.contains_key(ctx.low(i)));
    push(Fx::new(16).num(org_word as u8).num(loc_word as u8));
    push(Fx::new(17).num(m.title.map_or(0, |c| c as u8)));
    push(
        Fx::new(18)
            .num(shape(ctx, s))
            .num(initial as u8)
            .str(rule_label),
    );
    // The words around it.
    for k in 1..=WINDOW {
        let before = s.checked_sub(k);
        let b = before.map_or("<s>", |p| ctx.low(p));
        push(Fx::new(20).num(k as u8).str(b));
        let a = if e + k - 1 < ctx.len() {
            ctx.low(e + k - 1)
        } else {
            "</s>"
        };
        push(Fx::new(21).num(k as u8).str(a));
    }
    let prev = s.checked_sub(1).map_or("", |p| ctx.low(p));
    push(Fx::new(22).str(prev).str(rule_label));
    push(
        Fx::new(23)
            .num(lex.place_preps.contains(prev) as u8)
            .num(lex.determiners.contains(prev) as u8)
            .num(lex.org_cues.contains(prev) as u8)
            .num(lex.is_demonym(prev) as u8),
    );
    let next = if e < ctx.len() { ctx.low(e) } else { "" };
    push(Fx::new(24).str(next).str(rule_label));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_round_trip() {
        let rows = [(7u32, [1i8, -2, 3, -4]), (3u32, [0, 0, 5, 0])];
        let m = Model::parse(&Model::write(&rows, 4)).expect("parses");
        assert_eq!(m.scores(&[7, 3, 99]), [1, -2, 8, -4]);
        assert_eq!(m.best(&[3]), 2);
        assert_eq!(m.best(&[7]), 2, "1 - 4 for none loses to 3");
        assert_eq!(m.best(&[]), 1, "none handicapped: ties go to PER");
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"LEDEENT1\xff\xff\xff\xff").is_none());
    }

    #[test]
    fn affixes_respect_char_boundaries() {
        assert_eq!(suffix("élysée", 3), "sée");
        assert_eq!(suffix("é", 3), "é");
        assert_eq!(prefix("élysée", 3), "ély");
        assert_eq!(prefix("", 3), "");
    }
}
