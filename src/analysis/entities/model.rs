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

use super::gazetteer::{
    HashMap, DATE, LOC, ORG, PER, W_COMMON, W_FIRST_NAME, W_LOC_WORD, W_ORG_WORD, W_PARTICLE,
};
use super::{Ctx, Mention};
use crate::analysis::types::{Label, Lang, Span};
use std::sync::OnceLock;

/// Classes, in weight-row order.
pub(crate) const CLASSES: [Option<Label>; 4] =
    [None, Some(Label::Per), Some(Label::Org), Some(Label::Loc)];

/// File magic of the weights file.
const MAGIC: &[u8; 8] = b"LEDEENT2";

/// Context words looked at on each side of a mention.
const WINDOW: usize = 2;
/// Words of a mention whose identity is a feature (longer names add only their shape).
const MAX_WORDS: usize = 6;

/// Which mentions a model labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every name mention: the model may retype or drop what the rules labelled.
    All = 0,
    /// Only the mentions the rules left unlabelled (a lone capitalised word with no evidence):
    /// the model adds names but never overrides the rules.
    Unlabelled = 1,
}

/// The weights of one language: feature hash (folded to `bits` bits) → per-class weight.
pub(crate) struct Model {
    rows: HashMap<u32, [i8; 4]>,
    /// Handicap of the "none" class, so that dropping a mention needs clear evidence.
    margin: i32,
    /// Feature hashes keep their top `bits` bits: fewer bits, smaller keys, more collisions.
    bits: u8,
    pub(crate) scope: Scope,
}

/// Reads a LEB128 varint at `*at`, advancing it.
fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut v = 0u64;
    for k in 0..5 {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u64::from(b & 0x7f) << (7 * k);
        if b & 0x80 == 0 {
            return u32::try_from(v).ok();
        }
    }
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A feature hash folded to its top `bits` bits.
pub(crate) fn fold(h: u32, bits: u8) -> u32 {
    if bits >= 32 {
        h
    } else {
        h >> (32 - u32::from(bits.max(1)))
    }
}

impl Model {
    /// Parses a weights file; `None` when it is empty or malformed.
    ///
    /// Layout (all little-endian): magic; varint row count; zigzag varint margin; hash bits;
    /// scope; the sorted keys as varint deltas; then the weights class by class (all "none"
    /// weights, then all PER weights, …). Sorted deltas and mostly-zero weight columns are what
    /// make the file small and gzip well; random 32-bit keys did not.
    pub(crate) fn parse(bytes: &[u8]) -> Option<Model> {
        let body = bytes.strip_prefix(MAGIC.as_slice())?;
        let mut at = 0;
        let n = read_varint(body, &mut at)? as usize;
        let z = read_varint(body, &mut at)?;
        let margin = (z >> 1) as i32 ^ -((z & 1) as i32);
        let bits = *body.get(at)?;
        let scope = match body.get(at + 1)? {
            0 => Scope::All,
            1 => Scope::Unlabelled,
            _ => return None,
        };
        at += 2;
        if !(1..=32).contains(&bits) || n > body.len() {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.checked_add(read_varint(body, &mut at)?)?;
            keys.push(key);
        }
        let cols = body.get(at..at.checked_add(n.checked_mul(4)?)?)?;
        let mut rows = HashMap::default();
        rows.reserve(n);
        for (k, h) in keys.into_iter().enumerate() {
            let w = [0, 1, 2, 3].map(|c| cols[c * n + k] as i8);
            rows.insert(h, w);
        }
        Some(Model {
            rows,
            margin,
            bits,
            scope,
        })
    }

    /// Serialises quantised rows whose keys are already folded to `bits` (sorted by key, so the
    /// file is deterministic). Used by `lede train`, which the web app does not include.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn write(rows: &[(u32, [i8; 4])], margin: i32, bits: u8, scope: Scope) -> Vec<u8> {
        let mut sorted = rows.to_vec();
        sorted.sort_by_key(|r| r.0);
        sorted.dedup_by_key(|r| r.0);
        let mut out = MAGIC.to_vec();
        write_varint(&mut out, sorted.len() as u32);
        write_varint(&mut out, ((margin << 1) ^ (margin >> 31)) as u32);
        out.push(bits.clamp(1, 32));
        out.push(scope as u8);
        let mut prev = 0u32;
        for (h, _) in &sorted {
            write_varint(&mut out, h - prev);
            prev = *h;
        }
        for c in 0..4 {
            out.extend(sorted.iter().map(|(_, w)| w[c] as u8));
        }
        out
    }

    /// Class scores of a feature list (raw hashes; they are folded here).
    pub(crate) fn scores(&self, feats: &[u32]) -> [i32; 4] {
        let mut s = [0i32; 4];
        for &f in feats {
            if let Some(w) = self.rows.get(&fold(f, self.bits)) {
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
            .get_or_init(|| Model::parse(&crate::analysis::lexicon::model("entities_fr.bin")))
            .as_ref(),
        Lang::En => EN
            .get_or_init(|| Model::parse(&crate::analysis::lexicon::model("entities_en.bin")))
            .as_ref(),
    }
}

/// The rule of a dateline's place ("WASHINGTON (AP) —", "(Washington)").
pub(crate) const RULE_DATELINE: &str = "ENT/DATELINE/LOC";

/// Re-labels every name mention (dates are left alone) with the model's best class.
pub(crate) fn relabel(ctx: &Ctx, model: &Model, ms: &mut [Mention]) {
    let mut feats = Vec::with_capacity(64);
    let evidence = group_evidence(ctx, ms);
    for (k, m) in ms.iter_mut().enumerate() {
        // A dateline's place is a place by the wire's convention, whatever the model says.
        if m.label == Some(Label::Date)
            || m.rule == RULE_DATELINE
            || (model.scope == Scope::Unlabelled && m.label.is_some())
        {
            continue;
        }
        features(ctx, m, evidence.get(k).copied().unwrap_or(0), &mut feats);
        let mut label = CLASSES[model.best(&feats)];
        // A listed name is a name, and so is a name built on a capitalised head ("Conseil de
        // sécurité") or after a title ("Mme Dupont"): the model may retype them but not drop
        // them (the lists are curated; WiNER, the training data, leaves websites such as
        // "Facebook" unannotated, which the issue counts as organisations). Except such a name
        // that ends a longer capitalised name the rules did not join ("Tour de France 2016",
        // "Grand Prix de Helsinki"): there the model may drop it, as it may drop a name built on
        // a lower-case head ("armée syrienne").
        // (The model may still retype it, "Vatican" the government for the place, when a name
        // class wins; when "none" wins, it has no evidence for any class, and the rule's label
        // stands: WiNER never labels "Twitter", so the model's name classes for it are noise.)
        if label.is_none() && protected(ctx, m) && m.label.is_some() {
            label = m.label;
        }
        // A name alone on its line in a one-per-line list ("Facebook,\nTwitter,\n…": a page's
        // share bar or menu) is page furniture, not something the article names.
        if list_item(ctx.doc.text, ctx.span(m.s, m.e)) {
            label = None;
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

/// Bytes looked at around a line for [`list_item`].
const LINE_LOOK: usize = 80;

/// The span is the whole of its line but for closing punctuation, and that line or the one
/// before ends with a comma: an item of a one-per-line list. Looks at most [`LINE_LOOK`]
/// bytes each way.
fn list_item(text: &str, span: Span) -> bool {
    let b = text.as_bytes();
    let is_gap = |c: u8| c == b' ' || c == b'\t' || c == b'\r';
    // Start of the line: only blanks before the name.
    let mut i = span.start;
    while i > 0 && span.start - i < LINE_LOOK && is_gap(b[i - 1]) {
        i -= 1;
    }
    if i > 0 && b.get(i - 1) != Some(&b'\n') {
        return false;
    }
    // End of the line: only closing punctuation after it.
    let mut j = span.end;
    let mut comma = false;
    while j < b.len() && j - span.end < 4 && matches!(b[j], b',' | b';' | b'!' | b'.' | b' ') {
        comma |= b[j] == b',';
        j += 1;
    }
    if j < b.len() && b[j] != b'\n' && b[j] != b'\r' {
        return false;
    }
    // Or the line before ends with a comma (the last item: "Yahoo!").
    let prev_comma = || {
        let mut k = i.saturating_sub(1);
        while k > 0 && i - k < LINE_LOOK && is_gap(b[k - 1]) {
            k -= 1;
        }
        k > 0 && b[k - 1] == b','
    };
    comma || (i > 0 && prev_comma())
}

/// A mention the model may retype but not drop (see [`relabel`]).
pub(crate) fn protected(ctx: &Ctx, m: &Mention) -> bool {
    // A head with the rest of its name: a place head ("gare de Salez") or a capitalised
    // organisation head ("Armée syrienne libre"), unlike a lower-case organisation head
    // ("armée syrienne"), which news writes for the common noun too.
    let headed = m.rule.starts_with("ENT/HEAD/")
        && m.e - m.s > 1
        && (ctx.is_cap(m.s) || m.label == Some(Label::Loc));
    // A one-word listed name in lower case ("avion", "lier") is far more often the word.
    let listed = m.gaz != 0 && (m.e - m.s > 1 || ctx.is_cap(m.s));
    ((listed || headed) && !ends_longer_name(ctx, m.s))
        || matches!(m.rule, "ENT/TITLE/PER" | "ENT/DEMONYM/PER")
}

/// The name at token `s` follows a capitalised word and a particle ("Tour de | France").
fn ends_longer_name(ctx: &Ctx, s: usize) -> bool {
    s >= 2 && ctx.has(s - 1, W_PARTICLE) && ctx.is_cap(s - 2)
}

/// Evidence bits of one mention, pooled over its coreference group by [`group_evidence`].
const EV_PER: u16 = 1;
const EV_ORG: u16 = 2;
const EV_LOC: u16 = 4;
const EV_TITLE: u16 = 8;
const EV_PLACE_PREP: u16 = 16;
const EV_ORG_CUE: u16 = 32;
const EV_MULTI: u16 = 64;
const EV_MID: u16 = 128;

/// What the other mentions of each mention's group say: the rule labels they got, a title, a
/// place preposition or organisation noun in front, a longer form, a capital mid-sentence.
/// A name seen once after "à" is a place where it opens a sentence too; pooled, the evidence of
/// one mention reaches all (one pass over the mentions, one map of groups).
pub(crate) fn group_evidence(ctx: &Ctx, ms: &[Mention]) -> Vec<u16> {
    let lex = ctx.lex;
    let own: Vec<u16> = ms
        .iter()
        .map(|m| {
            let prev = m.s.checked_sub(1).map_or("", |p| ctx.low(p));
            let mut b = match m.label {
                Some(Label::Per) => EV_PER,
                Some(Label::Org) => EV_ORG,
                Some(Label::Loc) => EV_LOC,
                _ => 0,
            };
            if m.title.is_some() {
                b |= EV_TITLE;
            }
            if lex.place_preps.contains(prev) {
                b |= EV_PLACE_PREP;
            }
            if lex.org_cues.contains(prev) {
                b |= EV_ORG_CUE;
            }
            if m.e - m.s > 1 {
                b |= EV_MULTI;
            }
            if !ctx.initial.get(m.s).copied().unwrap_or(true) {
                b |= EV_MID;
            }
            b
        })
        .collect();
    let mut pooled: HashMap<usize, u16> = HashMap::default();
    for (m, b) in ms.iter().zip(&own) {
        *pooled.entry(m.group).or_default() |= b;
    }
    ms.iter()
        .map(|m| pooled.get(&m.group).copied().unwrap_or(0))
        .collect()
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
pub(crate) fn features(ctx: &Ctx, m: &Mention, group: u16, out: &mut Vec<u32>) {
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
    // The shapes asked more than once below, each computed once.
    let shape_s = shape(ctx, s);
    let shape_prev = s.checked_sub(1).map_or(6, |p| shape(ctx, p));
    let shape_e = shape(ctx, e);
    for i in s..e.min(s + MAX_WORDS) {
        let low = ctx.low(i);
        whole = whole.str(low);
        shapes = shapes.num(if i == s { shape_s } else { shape(ctx, i) });
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
    // Gazetteers and word lists.
    push(Fx::new(13).num(m.gaz).str(rule_label));
    push(Fx::new(14).num(bits(ctx, s)).num(bits(ctx, e - 1)));
    let first_name = ctx.has(s, W_FIRST_NAME);
    let initial = ctx.initial.get(s).copied().unwrap_or(false);
    let common = ctx.has(s, W_COMMON);
    push(
        Fx::new(15)
            .num(first_name as u8)
            .num(initial as u8)
            .num(common as u8)
            .num(len),
    );
    let org_word = (s..e).any(|i| ctx.has(i, W_ORG_WORD));
    let loc_word = (s..e).any(|i| ctx.has(i, W_LOC_WORD));
    push(Fx::new(16).num(org_word as u8).num(loc_word as u8));
    push(Fx::new(17).num(m.title.map_or(0, |c| c as u8)));
    push(Fx::new(18).num(shape_s).num(initial as u8).str(rule_label));
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
    // Document context: a name written several times, and whether its word is a common one.
    let flags = ctx.flags(s);
    let common_word = flags & W_COMMON != 0;
    push(
        Fx::new(25)
            .num(m.seen)
            .num(common_word as u8)
            .num(initial as u8)
            .num(len.min(2)),
    );
    push(Fx::new(26).num(m.seen).num(shape_s).str(suffix(last, 2)));
    // What the mention's coreference group says, alone and by the rule's guess.
    push(Fx::new(27).num(group as u8).num((group >> 8) as u8));
    push(
        Fx::new(28)
            .num((group & (EV_PER | EV_ORG | EV_LOC)) as u8)
            .str(rule_label),
    );
    // The shapes around it (a capitalised word just before: part of a longer name) and the
    // two words before as one feature ("la ville de", "le groupe").
    let before2 = s.checked_sub(2);
    push(Fx::new(29).num(shape_prev).num(shape_e).str(rule_label));
    push(
        Fx::new(30)
            .num(before2.map_or(6, |p| shape(ctx, p)))
            .num(shape_prev)
            .num(shape_e)
            .num(shape(ctx, e + 1)),
    );
    push(
        Fx::new(31)
            .str(before2.map_or("<s>", |p| ctx.low(p)))
            .str(prev),
    );
    // The noun the name depends on, across its particles and articles: "ministre" of
    // "ministre de l'Économie", "quartier" of "quartier de Greektown", "rivière" of "rivière Swan".
    // Alone and with the rule's guess ("ministre de l'X" is a ministry whatever the rules said).
    let head = governor(ctx, s);
    push(Fx::new(32).str(head));
    push(Fx::new(33).str(head).str(rule_label));
}

/// Most particles and articles skipped before a name to find its governing noun.
const MAX_GOVERNOR_GAP: usize = 3;

/// The word before token `s`, past at most [`MAX_GOVERNOR_GAP`] particles and articles ("" when
/// a capitalised word or punctuation comes first: the name is not governed by a common noun).
fn governor<'a>(ctx: &Ctx<'a>, s: usize) -> &'a str {
    let lex = ctx.lex;
    let mut k = s;
    for _ in 0..=MAX_GOVERNOR_GAP {
        let Some(p) = k.checked_sub(1) else {
            return "";
        };
        if !ctx.is_word(p) || ctx.is_cap(p) {
            return "";
        }
        let low = ctx.low(p);
        if !(lex.particles.contains_key(low) || lex.determiners.contains(low)) {
            return low;
        }
        k = p;
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_round_trip() {
        let rows = [(7u32, [1i8, -2, 3, -4]), (3u32, [0, 0, 5, 0])];
        let m = Model::parse(&Model::write(&rows, 4, 32, Scope::All)).expect("parses");
        assert_eq!(m.scores(&[7, 3, 99]), [1, -2, 8, -4]);
        assert_eq!(m.best(&[3]), 2);
        assert_eq!(m.best(&[7]), 2, "1 - 4 for none loses to 3");
        assert_eq!(m.best(&[]), 1, "none handicapped: ties go to PER");
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"LEDEENT2\xff\xff\xff\xff").is_none());
        let neg = Model::parse(&Model::write(&rows, -3, 32, Scope::Unlabelled)).expect("parses");
        assert_eq!((neg.margin, neg.scope), (-3, Scope::Unlabelled));
    }

    #[test]
    fn folded_keys_round_trip() {
        let (a, b) = (0xdead_beefu32, 0x0123_4567u32);
        let rows = [(fold(a, 20), [5i8, 0, 0, 0]), (fold(b, 20), [0, 0, 0, 9])];
        let m = Model::parse(&Model::write(&rows, 0, 20, Scope::All)).expect("parses");
        assert_eq!(m.scores(&[a, b]), [5, 0, 0, 9]);
        assert_eq!(fold(a, 32), a);
        assert!(fold(a, 20) < 1 << 20);
        // Truncated files are rejected, not read past their end.
        let bytes = Model::write(&rows, 0, 20, Scope::All);
        assert!(Model::parse(&bytes[..bytes.len() - 1]).is_none());
    }

    #[test]
    fn group_evidence_reaches_every_mention_of_a_name() {
        use crate::analysis::segment::Document;
        let t = "Il vit à Valence depuis longtemps. Valence est une ville calme.";
        let doc = Document::new(t);
        let ctx = Ctx::new(&doc, Lang::Fr);
        let (_, ms) = super::super::rule_mentions(&ctx, None);
        let ev = group_evidence(&ctx, &ms);
        let valence: Vec<u16> = ms
            .iter()
            .zip(&ev)
            .filter(|(m, _)| ctx.span(m.s, m.e).text(t) == "Valence")
            .map(|(_, &b)| b)
            .collect();
        assert_eq!(valence.len(), 2, "{ms:?}");
        // The sentence-initial one shares the other's preposition and mid-sentence capital.
        for b in valence {
            assert_eq!(b & (EV_PLACE_PREP | EV_MID), EV_PLACE_PREP | EV_MID);
            assert_ne!(b & EV_LOC, 0);
        }
    }

    #[test]
    fn list_items_are_lone_names_of_comma_lines() {
        let t = "Partager :\nCourriel,\nFacebook,\nYahoo!\nIl vit à Paris,\nau nord.";
        let at = |w: &str| {
            let s = t.find(w).expect("in text");
            Span::new(s, s + w.len())
        };
        assert!(list_item(t, at("Facebook")));
        assert!(
            list_item(t, at("Yahoo")),
            "the last item follows a comma line"
        );
        assert!(!list_item(t, at("Paris")), "not alone on its line");
        assert!(!list_item("Facebook", Span::new(0, 8)), "no comma anywhere");
        assert!(!list_item("", Span::default()));
    }

    #[test]
    fn a_listed_name_ending_a_longer_name_may_be_dropped() {
        use crate::analysis::segment::Document;
        let t = "Le Tour de France passe par la France.";
        let doc = Document::new(t);
        let ctx = Ctx::new(&doc, Lang::Fr);
        let toks: Vec<usize> = (0..ctx.len())
            .filter(|&i| ctx.text(i) == "France")
            .collect();
        assert_eq!(toks.len(), 2);
        assert!(ends_longer_name(&ctx, toks[0]));
        assert!(!ends_longer_name(&ctx, toks[1]));
    }

    #[test]
    fn a_name_is_governed_by_the_noun_before_its_particles() {
        use crate::analysis::segment::Document;
        let t = "Le ministre de l'Économie et le quartier de Greektown, puis Paris.";
        let doc = Document::new(t);
        let ctx = Ctx::new(&doc, Lang::Fr);
        let at = |w: &str| (0..ctx.len()).find(|&i| ctx.text(i) == w).expect("token");
        assert_eq!(governor(&ctx, at("Économie")), "ministre");
        assert_eq!(governor(&ctx, at("Greektown")), "quartier");
        assert_eq!(governor(&ctx, at("Paris")), "puis");
        assert_eq!(governor(&ctx, 0), "");
    }

    #[test]
    fn affixes_respect_char_boundaries() {
        assert_eq!(suffix("élysée", 3), "sée");
        assert_eq!(suffix("é", 3), "é");
        assert_eq!(prefix("élysée", 3), "ély");
        assert_eq!(prefix("", 3), "");
    }
}
