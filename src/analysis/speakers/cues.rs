//! Cue detection and the speaker each cue points at: the one mechanism behind both quote speakers
//! and reported-claim sources.
//!
//! A cue is a verb group ("a déclaré", "a-t-il ajouté", "has said", "fait savoir", "s'est dit")
//! or an introducer ("selon", "according to"). Its speaker is found by position, within a fixed
//! number of tokens: after the cue when the cue follows a comma, dash or closing mark and a noun
//! phrase ends the clause (inversion: "…, a annoncé lundi le Kremlin", "…,” said Smith"), inside
//! the verb for French pronoun inversions ("ajoute-t-il"), otherwise the subject before the cue
//! ("la Maison-Blanche a dit", "Smith, a spokesman, said"). Cues inside quotes are not the
//! narrator's and are skipped.

use super::lex::{self, CueKind, Gender, Lex};
use super::np::{self, Np};
use crate::analysis::lexicon;
use crate::analysis::segment::{Document, TokKind};
use crate::analysis::types::{Cue, Lang, Quote, Span};

/// Double marks that open a quote (a mark right after a cue or a phrase opens its content).
pub const OPENING_MARKS: &[&str] = &["«", "“", "\"", "„"];

/// Tokens skipped between an auxiliary and its participle, or between a cue and its speaker.
const MAX_ADVERBS: usize = 3;

/// A document prepared for attribution: normalised words and the quote mask.
pub struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    pub lex: &'static Lex,
    /// `lexicon::norm` of every token (borrowed from the [`Document`]).
    pub words: Vec<&'a str>,
    /// True for tokens inside a quote (marks included).
    pub quoted: Vec<bool>,
    /// The noun-phrase role of each token once computed (`np::role`, 0 before): the phrase
    /// readers ask about the same tokens again and again, and the context never changes.
    pub(crate) roles: Vec<std::cell::Cell<u8>>,
    /// Tokens inside a phrase of `np_modifiers.txt` ("familiar with"), found once per document
    /// ([`modifier_coverage`]): the phrase readers ask about every token they pass.
    pub(crate) modifier: Vec<bool>,
    /// Tokens heading a partitive ("one" in "one of the advisers"): `quantity::partitive_at`.
    pub(crate) partitive: Vec<bool>,
    pub lang: Lang,
}

/// Marks the tokens of every `np_modifiers.txt` phrase in the document. Only positions near an
/// anchor (the phrase's rarest word) are matched, so the cost is one probe per token.
fn modifier_coverage(lex: &lex::Lex, words: &[&str]) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    let m = &lex.np_modifiers;
    for (k, w) in words.iter().enumerate() {
        if !lex.np_modifier_anchors.contains(w) {
            continue;
        }
        for s in (k + 1).saturating_sub(m.max_len)..=k {
            if let Some(n) = m.match_at(words, s).filter(|&n| s + n > k) {
                for x in out.iter_mut().skip(s).take(n) {
                    *x = true;
                }
            }
        }
    }
    out
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document<'a>, lang: Lang, quotes: &[Quote]) -> Ctx<'a> {
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.norm(i)).collect();
        let mut quoted = vec![false; doc.tokens.len()];
        for q in quotes.iter().filter(|q| q.speech) {
            let a = doc.token_at_or_after(q.outer.start);
            let mut k = a;
            while k < doc.tokens.len() && doc.tokens[k].span.end <= q.outer.end {
                if quoted[k] {
                    break; // already marked by an enclosing quote: linear overall
                }
                quoted[k] = true;
                k += 1;
            }
        }
        let lex = lex::get(lang);
        for q in quotes.iter().filter(|q| q.speech) {
            unmask_incises(doc, lex, &words, &mut quoted, q);
        }
        let modifier = modifier_coverage(lex, &words);
        let partitive = super::quantity::partitive_heads(&lex.quantity, &words, |k| {
            doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
        });
        Ctx {
            doc,
            lex,
            roles: vec![std::cell::Cell::new(0); words.len()],
            words,
            quoted,
            modifier,
            partitive,
            lang,
        }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }
    pub fn raw(&self, i: usize) -> &'a str {
        self.doc.tok_text(i)
    }
    pub fn is_punct(&self, i: usize, set: &[&str]) -> bool {
        self.kind(i) == Some(TokKind::Punct) && set.contains(&self.raw(i))
    }
    pub fn is_capitalised(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i).filter(|t| t.kind == TokKind::Word) else {
            return false;
        };
        // An ASCII first byte is the first character: no decoding (asked for most tokens).
        match self.doc.text.as_bytes().get(t.span.start) {
            Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.raw(i).chars().next().is_some_and(char::is_uppercase),
        }
    }
    /// Skips adverbs and time words forward from `i`; returns the first other token.
    pub fn skip_adverbs(&self, mut i: usize, end: usize) -> usize {
        for _ in 0..MAX_ADVERBS {
            match self.lex.adverbs.match_at(&self.words[..end], i) {
                Some(n) => i += n,
                None if i < end && self.is_manner_adverb(i) => i += 1,
                None => break,
            }
        }
        i
    }
    /// Skips adverbs and time words backward from `end` (exclusive); returns the new end.
    pub fn skip_adverbs_back(&self, mut end: usize, lo: usize) -> usize {
        for _ in 0..MAX_ADVERBS {
            let words = &self.words[lo..end];
            match self.lex.adverbs.match_before(words, end - lo) {
                Some(n) => end -= n,
                None if end > lo && self.is_manner_adverb(end - 1) => end -= 1,
                None => break,
            }
        }
        end
    }
    fn is_manner_adverb(&self, i: usize) -> bool {
        // After a determiner or connector the word is a noun: "du gouvernement", "the family".
        // (Asked last: most words fail the ending test, and it costs no look-up.)
        let noun_slot = || {
            i > 0 && {
                let prev = self.word(i - 1);
                self.lex.determiners.contains(prev) || self.lex.connectors.contains(prev)
            }
        };
        self.kind(i) == Some(TokKind::Word)
            && !self.is_capitalised(i)
            && self.lex.is_manner_adverb(self.word(i))
            && !noun_slot()
    }
}

/// How far before a participle's phrase the word opening an absolute phrase may stand ("with
/// hundreds of marchers chanting"), in tokens.
const ABSOLUTE_REACH: usize = 3;

/// The longest attribution set inside a quote ("…, lance Marine Le Pen. …"), in tokens.
const INCISE_MAX: usize = 10;

/// French copy often puts the attribution inside the marks: « Il faut aller vite, lance
/// Marine Le Pen. Les Français attendent. », « Nous voulons, explique-t-il, des moyens ».
/// Such an incise (a comma, then an inverted cue verb, up to the next comma or full stop) is
/// the narrator's words, so its tokens are taken out of the quote mask and the cue mechanism
/// reads it like any inversion. Each token of the quote is looked at once.
fn unmask_incises(doc: &Document, lex: &Lex, words: &[&str], quoted: &mut [bool], q: &Quote) {
    let toks = &doc.tokens;
    let a = doc.token_at_or_after(q.span.start);
    let b = doc.token_at_or_after(q.span.end).min(toks.len());
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    let is_cue = |w: &str| {
        lex.verbs.contains_key(w)
            || lex
                .split_inversion(w)
                .is_some_and(|(base, _)| lex.verbs.contains_key(base) || lex.aux.contains(base))
    };
    let mut k = a + 1;
    while k + 1 < b {
        if toks[k].kind == TokKind::Punct && word(k) == "," && is_cue(word(k + 1)) {
            let end = (k + 2..b.min(k + 2 + INCISE_MAX))
                .find(|&j| toks[j].kind == TokKind::Punct && matches!(word(j), "," | "."));
            // The incise must end where the sentence or clause resumes, or at the closing mark.
            let end = end.or((b <= k + 2 + INCISE_MAX).then_some(b));
            if let Some(e) = end {
                for m in quoted.iter_mut().take(e).skip(k + 1) {
                    *m = false;
                }
                k = e;
            }
        }
        k += 1;
    }
}

/// Closing quote marks and dashes after which a cue may be inverted.
pub const INVERSION_OPENERS: &[&str] = &[",", "—", "–", "»", "”", "\"", "’", "'", "›", "(", "-"];

/// One attribution: a cue and the speaker it points at.
#[derive(Clone, Debug)]
pub struct Attribution {
    /// Token range of the cue (auxiliary and adverbs included).
    pub cue: (usize, usize),
    pub cue_span: Span,
    pub lemma: &'static str,
    pub kind: CueKind,
    /// The speaker's mention (for an inverted pronoun: the pronoun inside the verb token).
    pub speaker: Np,
    /// The speaker follows the cue ("a annoncé le Kremlin", "said Smith", "selon X").
    pub inverted: bool,
    /// The cue is an introducer ("selon", "according to") rather than a verb.
    pub introducer: bool,
    /// The cue's clause opens with a complementizer or colon ("said that", "a déclaré :").
    pub content_start: usize,
    pub paragraph: usize,
}

impl Attribution {
    /// First and last token (exclusive) covered by cue and speaker together.
    pub fn extent(&self) -> (usize, usize) {
        (
            self.cue.0.min(self.speaker.toks.0),
            self.cue.1.max(self.speaker.toks.1),
        )
    }
    /// The cue as a span says it: where, and which verb or phrase.
    pub fn cue(&self) -> Cue {
        Cue {
            span: self.cue_span,
            lemma: self.lemma.to_string(),
        }
    }
    pub fn rule(&self) -> &'static str {
        if self.lemma == SIGNATURE {
            "SPK/SIGNATURE"
        } else if self.introducer {
            "SPK/SELON"
        } else if self.speaker.pronoun.is_some() {
            "SPK/PRONOUN"
        } else if self.inverted {
            "SPK/INVERSION"
        } else {
            "SPK/SUBJECT"
        }
    }
}

/// Every attribution in the document, in text order. Linear: each token is tested once, and each
/// hit looks a bounded number of tokens around itself.
pub fn find_all(ctx: &Ctx) -> Vec<Attribution> {
    let mut out = Vec::new();
    for s in &ctx.doc.sentences {
        let (lo, hi) = s.tokens;
        if let Some(a) = signature_at(ctx, lo, hi, s.paragraph) {
            out.push(a);
            continue;
        }
        let mut i = lo;
        while i < hi {
            if ctx.quoted[i] || ctx.kind(i) != Some(TokKind::Word) {
                i += 1;
                continue;
            }
            // Neither an introducer nor a verb cue can start here (see `verb_at`).
            let w = ctx.word(i);
            if !w.contains('-') && !ctx.lex.cue_starts.contains(w) {
                if let Some(a) = unlisted_verb_after_quote(ctx, i, lo, hi, s.paragraph) {
                    i = a.cue.1.max(i + 1);
                    out.push(a);
                    continue;
                }
                i += 1;
                continue;
            }
            if let Some(a) = introducer_at(ctx, i, lo, hi, s.paragraph) {
                i = a.cue.1;
                out.push(a);
                continue;
            }
            if let Some(mut a) = verb_at(ctx, i, lo, hi, s.paragraph)
                .or_else(|| unlisted_verb_after_quote(ctx, i, lo, hi, s.paragraph))
            {
                if let Some(prev) = out.last().filter(|p| continues(ctx, p, &a, lo, hi)) {
                    a.speaker = prev.speaker.clone();
                }
                i = a.cue.1.max(i + 1);
                out.push(a);
                continue;
            }
            i += 1;
        }
        // A colon right before a quote, not already closing a cue ("X said:"): at the sentence's
        // end (the quote opens the next paragraph) or right before an opening mark
        // ("Son voisin acquiesce : « … »").
        let end_colon = (lo..hi).rev().take(2).find(|&k| ctx.is_punct(k, &[":"]));
        let inner_colon = || {
            // The quote mask is read first: most tokens fail there without a string compare.
            (lo..hi.saturating_sub(1)).find(|&k| {
                ctx.quoted.get(k + 1) == Some(&true) && !ctx.quoted[k] && ctx.is_punct(k, &[":"])
            })
        };
        if let Some(c) = end_colon.or_else(inner_colon) {
            let covered = out
                .last()
                .is_some_and(|a| a.paragraph == s.paragraph && a.extent().1 >= c);
            if !covered && !ctx.quoted[c] {
                if let Some(a) = colon_at(ctx, c, lo, s.paragraph) {
                    out.push(a);
                }
            }
        }
    }
    out
}

/// True when the participle cue `a` continues the attribution `prev` of the same sentence,
/// right after it and a comma: "« … », a-t-il affirmé, ajoutant que …", "said Smith, adding
/// that …". The participle has that attribution's speaker.
fn continues(ctx: &Ctx, prev: &Attribution, a: &Attribution, lo: usize, hi: usize) -> bool {
    let (start, end) = a.cue;
    let participle = ctx.lex.is_participle(ctx.word(start))
        || end > start && ctx.lex.is_participle(ctx.word(end - 1));
    let mut comma = ctx.skip_adverbs(prev.extent().1, hi);
    // "a-t-il accusé en conférence de presse, estimant …": a short adjunct may come first; its
    // phrase may be a title in marks ("a-t-il déclaré au « Figaro », tout en jugeant …").
    if !ctx.is_punct(comma, &[","]) && ctx.lex.adjunct_preps.contains(ctx.word(comma)) {
        let from = comma + 1;
        let title_end = (from..hi.min(from + CONTINUE_ADJUNCT))
            .take_while(|&k| ctx.quoted.get(k).copied().unwrap_or(false))
            .last()
            .map(|k| k + 1);
        if let Some(end) = title_end {
            comma = end;
        } else if let Some(np) = np::forward(ctx, from, hi.min(from + CONTINUE_ADJUNCT)) {
            comma = np.toks.1;
        }
    }
    // « tout en jugeant », "while adding": a gerund marker may open the participle's phrase.
    let words = &ctx.words[..hi];
    let marker = ctx
        .lex
        .gerund_markers
        .match_at(words, comma + 1)
        .unwrap_or(0);
    participle
        && prev.extent().0 >= lo
        && ctx.is_punct(comma, &[","])
        && comma + 1 + marker == start
}

/// The longest adjunct phrase between an attribution and a participle continuing it, in tokens.
const CONTINUE_ADJUNCT: usize = 5;

fn introducer_at(ctx: &Ctx, i: usize, lo: usize, hi: usize, para: usize) -> Option<Attribution> {
    let lex = ctx.lex;
    let words = &ctx.words[..hi];
    let (n, lead) = match lex.introducers.match_at(words, i) {
        Some(n) => (n, false),
        None => (lex.lead_introducers.match_at(words, i)?, true),
    };
    if lead && !(i == lo || ctx.is_punct(i - 1, &[",", ";", ":", "—", "–"])) {
        return None;
    }
    // "Sophie Binet, de la CGT, pour qui cette réforme est « … »", "selon qui": the relative
    // stands for the phrase before the comma, and the content follows it.
    let k = i + n;
    let relative =
        k < hi && lex.relatives.contains(ctx.word(k)) && ctx.kind(k) == Some(TokKind::Word);
    let (speaker, content_start) = if relative && i > lo && ctx.is_punct(i - 1, &[","]) {
        (np::relative_at(ctx, k, i - 1, lo)?, k + 1)
    } else {
        let speaker = np::forward(ctx, k, hi)
            .filter(|np| np::plausible(ctx, np))
            .or_else(|| np::object_to_break(ctx, k, hi))?;
        let speaker = publisher(ctx, &speaker, hi).unwrap_or(speaker);
        if lead && !ctx.is_punct(speaker.toks.1, &[","]) {
            return None;
        }
        (speaker, k)
    };
    let tokens = &ctx.doc.tokens;
    Some(Attribution {
        cue: (i, k),
        cue_span: Span::new(tokens[i].span.start, tokens[k - 1].span.end),
        lemma: lex_phrase(ctx, i, n),
        kind: CueKind::Say,
        speaker,
        inverted: true,
        introducer: true,
        content_start,
        paragraph: para,
    })
}

/// The lemma of a signature line's dash ([`signature_at`]).
pub const SIGNATURE: &str = "—";

/// The longest signature line, in tokens ("- Michelle Marks, Philadelphia.").
const SIGNATURE_MAX: usize = 12;

/// Fact-check and "quotable" pages sign a quote standing alone in its paragraph with a dash and
/// a name in the next one: "“…”" then "- Sanders." or "—Michelle Marks, Philadelphia.". The
/// dash is the cue, the name (capitalised, before a comma or the end) the speaker; the line must
/// open a paragraph right after a closing quote mark and be short. `speakers::attribute` gives
/// it the quote just before.
fn signature_at(ctx: &Ctx, lo: usize, hi: usize, para: usize) -> Option<Attribution> {
    let doc = ctx.doc;
    let dash = lo > 0 && hi <= lo + SIGNATURE_MAX && ctx.is_punct(lo, &["-", "–", "—"]);
    let after_quote = dash
        && ctx.quoted.get(lo - 1) == Some(&true)
        && ctx.kind(lo - 1) == Some(TokKind::Punct)
        && doc.paragraph_at(doc.tokens[lo - 1].span.start) != Some(para);
    if !after_quote {
        return None;
    }
    let speaker = np::forward(ctx, lo + 1, hi).filter(|np| np.capitalised)?;
    let end = speaker.toks.1;
    if end < hi && !ctx.is_punct(end, &[",", "."]) {
        return None;
    }
    Some(Attribution {
        cue: (lo, lo + 1),
        cue_span: doc.tokens[lo].span,
        lemma: SIGNATURE,
        kind: CueKind::Say,
        speaker,
        inverted: true,
        introducer: false,
        content_start: lo + 1,
        paragraph: para,
    })
}

/// How far past an introducer's source phrase its agent ("par l'Urssaf") may come.
const PUBLISHER_REACH: usize = 4;

/// The agent of a participle right after an introducer's source: « d'après les chiffres publiés
/// mardi par l'Urssaf », "according to figures released by the Labor Department". The figures
/// say nothing: whoever published them is the source. A participle of authorship (kind
/// "author" of `agent_participles.tsv`, as in [`participle_agent`]; not "consulté", "seen")
/// must stand in the phrase after its first word (or right after it), then an agent
/// preposition (`passive_agents.tsv`) within [`PUBLISHER_REACH`] tokens, before any
/// punctuation.
fn publisher(ctx: &Ctx, source: &Np, hi: usize) -> Option<Np> {
    let (a, b) = source.toks;
    let participle = |k: usize| ctx.lex.author_participles.contains(ctx.word(k));
    let p = (a + 1..(b + 1).min(hi)).find(|&k| participle(k))?;
    let agent = (p + 1..hi.min(p + 1 + PUBLISHER_REACH))
        .take_while(|&k| ctx.kind(k) != Some(TokKind::Punct))
        .find(|&k| ctx.lex.agent_preps.contains(ctx.word(k)))?;
    // "réalisés par l'institut et par les chaînes": of two publishers, naming one would be wrong;
    // the phrase itself stays the source.
    np::forward(ctx, agent + 1, hi)
        .filter(|np| np::plausible(ctx, np))
        .filter(|np| !ctx.lex.coordinators.contains(ctx.word(np.toks.1)))
}

/// The lexicon's own spelling of a matched phrase, for `Cue::lemma` (interned per phrase text).
fn lex_phrase(ctx: &Ctx, i: usize, n: usize) -> &'static str {
    let key = ctx.words[i..i + n].join(" ");
    intern(key)
}

fn intern(s: String) -> &'static str {
    use crate::analysis::hashing::HashSet;
    use std::sync::{Mutex, OnceLock};
    static POOL: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let pool = POOL.get_or_init(|| Mutex::new(HashSet::default()));
    let Ok(mut set) = pool.lock() else {
        return "";
    };
    if let Some(&s) = set.get(s.as_str()) {
        return s;
    }
    if set.len() > 10_000 {
        return "";
    }
    let leaked: &'static str = Box::leak(s.into_boxed_str());
    set.insert(leaked);
    leaked
}

/// True when token `i` opens its sentence (or follows an opening quote mark there).
pub fn sentence_initial(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.doc.tokens.get(i) else {
        return false;
    };
    let Some(si) = ctx.doc.sentence_at(t.span.start) else {
        return true;
    };
    let lo = ctx.doc.sentences[si].tokens.0;
    (lo..i).all(|k| ctx.kind(k) == Some(TokKind::Punct))
}

/// True for the "s" of a possessive "’s" (or the apostrophe before it).
pub fn is_possessive(ctx: &Ctx, i: usize) -> bool {
    let apos = |k: usize| ctx.is_punct(k, &["'", "’"]);
    (ctx.word(i) == "s" && i > 0 && apos(i - 1))
        || (apos(i) && ctx.word(i + 1) == "s")
        || apos(i) && plural_possessive(ctx, i)
}

/// "the drivers' group", "Sanders' campaign": an apostrophe glued to a word in -s and followed,
/// after a space, by a word.
fn plural_possessive(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.doc.tokens;
    i > 0
        && t[i - 1].span.end == t[i].span.start
        && ctx.word(i - 1).ends_with('s')
        && ctx.kind(i + 1) == Some(TokKind::Word)
        && t.get(i + 1).is_some_and(|n| n.space_before)
}

/// How far back `verb_form_at` looks for a quantity subject ("only about two in three").
const QUANTITY_REACH: usize = 8;

/// The verb form matching at `i`: (form, number of tokens, pronoun byte length if inverted).
/// The longest listed cue form at `i` ("referring to", "citing"): the form, its length in tokens
/// and the byte length of an inverted pronoun.
pub(crate) fn verb_form_at<'l>(
    ctx: &Ctx,
    lex: &'l Lex,
    i: usize,
    hi: usize,
    reflexive: bool,
) -> Option<(&'l lex::VerbForm, usize, usize)> {
    let w = ctx.word(i);
    if ctx.is_capitalised(i) && !sentence_initial(ctx, i) {
        return None;
    }
    // "Two in three said": a number word ending a quantity is a subject, not a determiner.
    let quantity = || super::quantity::before(ctx, i, i.saturating_sub(QUANTITY_REACH)).is_some();
    let (base, plen) = match lex.verbs.get(w) {
        Some(_) => (w, 0),
        None => lex.split_inversion(w)?,
    };
    let forms = lex.verbs.get(base)?;
    // "Moody's warned of", "Obama's said that": a past form after a name in 's, followed by a
    // function word or punctuation other than a quote mark, is its verb ('s owns nothing
    // there). A base or -s form is a noun ("Trump's charge", "Trump's claims"), and so is a
    // participle before a noun ("Rubio's proposed credit").
    let past = || {
        let next = lex::C_STOPWORD
            | lex::C_DETERMINER
            | lex::C_CONNECTOR
            | lex::C_ADJUNCT_PREP
            | lex::C_COMPLEMENTIZER
            | lex::C_PRONOUN;
        !w.ends_with('s')
            && forms.iter().all(|f| f.lemma != w)
            && i >= 3
            && ctx.is_capitalised(i - 3)
            && (ctx.kind(i + 1) == Some(TokKind::Punct) && ctx.quoted.get(i + 1) == Some(&false)
                || lex.classes.of(ctx.word(i + 1)) & next != 0)
    };
    // "Several said", "Most say": a quantifier standing for people is a subject ("many
    // reports", "some claims" stay nouns: an -s form after it).
    let quantifier_subject =
        || lex.bare_words.contains(ctx.word(i - 1)) && !lex.has_plural_ending(w);
    // "the mother of two said": a number word closing a complement is a noun there.
    let complement_number = || {
        i >= 2
            && lex.connectors.contains(ctx.word(i - 2))
            && super::quantity::is_number_word(ctx, i - 1)
    };
    if i > 0
        && (lex.determiners.contains(ctx.word(i - 1))
            && !quantity()
            && !quantifier_subject()
            && !complement_number()
            || is_possessive(ctx, i - 1) && !past())
    {
        return None; // "a comment", "Trump's charge": a noun
    }
    let fits = |f: &&lex::VerbForm| {
        f.reflexive == reflexive
            && i + 1 + f.rest.len() <= hi
            && f.rest
                .iter()
                .enumerate()
                .all(|(k, r)| ctx.word(i + 1 + k) == r)
    };
    let f = forms
        .iter()
        .filter(fits)
        .max_by_key(|f| f.rest.len())
        .or_else(|| {
            // A reflexive pronoun with a plain verb ("il s'est dit"): fall back to the plain one.
            (reflexive)
                .then(|| {
                    forms
                        .iter()
                        .filter(|f| {
                            !f.reflexive
                                && f.rest
                                    .iter()
                                    .enumerate()
                                    .all(|(k, r)| ctx.word(i + 1 + k) == r)
                        })
                        .max_by_key(|f| f.rest.len())
                })
                .flatten()
        })?;
    if f.blocked {
        return None;
    }
    Some((f, 1 + f.rest.len(), plen))
}

fn verb_at(ctx: &Ctx, i: usize, lo: usize, hi: usize, para: usize) -> Option<Attribution> {
    let lex = ctx.lex;
    let w = ctx.word(i);
    // Every cue below is a listed verb form at `i` or an inversion ("a-t-il", "dit-elle"), which
    // needs a hyphen: one probe rules out most words before the look-ups around them.
    if !w.contains('-') && !lex.verbs.contains_key(w) {
        return None;
    }
    // An inverted auxiliary ("a-t-il déclaré") starts the group; the participle follows.
    if let Some((base, plen)) = lex.split_inversion(w) {
        if lex.aux.contains(base) && !lex.verbs.contains_key(base) {
            let v = ctx.skip_adverbs(i + 1, hi);
            let (form, n, _) = verb_form_at(ctx, lex, v, hi, false)?;
            return Some(build(ctx, i, v + n, form, Some((i, plen)), lo, hi, para));
        }
    }
    if lex.aux.contains(w) && !lex.verbs.contains_key(w) {
        return None; // a plain auxiliary is taken with its participle, below
    }
    // Group start: auxiliary (and adverbs) before the verb, then a reflexive pronoun.
    let mut start = i;
    let before = ctx.skip_adverbs_back(i, lo);
    let mut inv_aux = None;
    if before > lo {
        let aw = ctx.word(before - 1);
        if lex.aux.contains(aw) {
            start = before - 1;
        } else if let Some((base, plen)) = lex.split_inversion(aw) {
            if lex.aux.contains(base) {
                start = before - 1;
                inv_aux = Some((before - 1, plen));
            }
        }
    }
    let reflexive = start > lo && lex.reflexives.contains(ctx.word(start - 1));
    // "un suspect interpellé", "une enquête confiée à la PJ": a past participle with no
    // auxiliary is an adjective or a passive.
    if start == i && !reflexive && (lex.is_past_participle(w) || lex.is_agreed_participle(w)) {
        return None;
    }
    // "was asked", "n'est tranché": a passive participle reports nobody's words.
    let aux_word = lex
        .split_inversion(ctx.word(start))
        .map_or(ctx.word(start), |(b, _)| b);
    if start < i && lex.passive_aux.contains(aux_word) && !reflexive {
        return None;
    }
    let (form, n, plen) = verb_form_at(ctx, lex, i, hi, reflexive)?;
    if reflexive && form.reflexive {
        start -= 1;
    }
    // « … », lui a lancé l'avocat : the object pronoun belongs to the verb group.
    if start > lo && lex.object_clitics.contains(ctx.word(start - 1)) {
        start -= 1;
    }
    let pron = inv_aux.or((plen > 0).then_some((i, plen)));
    Some(build(ctx, start, i + n, form, pron, lo, hi, para)).filter(|a| a.speaker.toks.1 > 0)
}

/// "« C'est inacceptable », tance le patron des députés", "« … », sourit-elle", "“…,” Smith
/// quipped.": right after a speech quote and its comma, a verb no list holds still reports the
/// quote when the clause has an attribution's shape: the verb then an inverted speaker, or a
/// speaker then the verb closing the clause. Wire copy attributes with more verbs than any list.
fn unlisted_verb_after_quote(
    ctx: &Ctx,
    i: usize,
    lo: usize,
    hi: usize,
    para: usize,
) -> Option<Attribution> {
    let quoted_punct =
        |k: usize| ctx.quoted.get(k) == Some(&true) && ctx.kind(k) == Some(TokKind::Punct);
    // French and British put the comma after the closing mark (« … », tance …); American copy
    // puts it, or the quote's own ? or !, inside ("…,” Smith quipped; "…?" Hannity pressed),
    // where the sentence splitter may already have cut after "?".
    let mark_then_comma = i >= lo + 2 && ctx.is_punct(i - 1, &[","]) && quoted_punct(i - 2);
    let comma_inside = i >= 2
        && quoted_punct(i - 1)
        && ctx.quoted.get(i - 2) == Some(&true)
        && ctx.is_punct(i - 2, &[",", "?", "!"]);
    if !mark_then_comma && !comma_inside {
        return None;
    }
    // Inside the marks a comma also ends a quoted phrase that an apposition names ('"…," a
    // formal acronym for the deal'): there the verb must show its tense.
    let strict = !mark_then_comma;
    let lex = ctx.lex;
    let form = |v: usize| lex::VerbForm {
        rest: Vec::new(),
        lemma: intern(ctx.word(v).to_string()),
        kind: CueKind::Say,
        reflexive: false,
        blocked: false,
    };
    let found = |a: Attribution| (a.speaker.toks.1 > 0).then_some(a);
    // The verb first, perhaps after an auxiliary or a reflexive pronoun: "tance le patron",
    // "a tancé le patron", "s'enthousiasmait Yanis", "sourit-elle".
    let v = if lex.aux.contains(ctx.word(i)) || lex.reflexives.contains(ctx.word(i)) {
        i + 1
    } else {
        i
    };
    if let Some((base, plen)) = lex.split_inversion(ctx.word(v)) {
        // « … », a-t-il éludé: an inverted auxiliary, then an unlisted participle.
        let participle = v + 1 < hi
            && lex.is_past_participle(ctx.word(v + 1))
            && verb_slot(ctx, v + 1, false)
            && !ctx.word(v + 1).contains('-');
        if v == i && lex.aux.contains(base) && participle {
            let f = form(v + 1);
            return found(build(ctx, i, v + 2, &f, Some((v, plen)), lo, hi, para));
        }
        // « …, sourit-elle »: an unlisted verb inverted with its pronoun.
        let known = lex.verbs.contains_key(base) || lex.aux.contains(base);
        if !known && base.chars().count() >= 3 {
            let mut f = form(v);
            f.lemma = intern(base.to_string());
            return found(build(ctx, i, v + 1, &f, Some((v, plen)), lo, hi, para));
        }
    } else if verb_slot(ctx, v, strict) && !ctx.word(v).contains('-') && !bare_participle(ctx, i, v)
    {
        let a = build(ctx, i, v + 1, &form(v), None, lo, hi, para);
        if a.speaker.toks.0 > v {
            return found(a);
        }
    }
    // The speaker first: "Smith quipped", "the senator smiled", "the crowd cried out". The
    // verb is the word after the phrase or the phrase's own last word (the phrase reader takes
    // an unknown verb for a noun), perhaps before a particle, and it closes the clause.
    let np = np::forward(ctx, i, hi)?;
    let particle = |k: usize| lex.verb_particles.contains(ctx.word(k));
    let (a, b) = np.toks;
    let v = [b, b.wrapping_sub(1), b.wrapping_sub(2)]
        .into_iter()
        .filter(|&v| v == b || v > a && v < b)
        .filter(|&v| v + 1 >= b || (v + 1..b).all(particle))
        .find(|&v| {
            verb_slot(ctx, v, strict) && !particle(v) && {
                let end = if particle(v + 1) { v + 2 } else { v + 1 };
                np::ends_clause(ctx, end, hi)
            }
        })?;
    if v <= i {
        return None;
    }
    // The speaker is a name, a pronoun or a determined phrase, not bare lower-case words.
    found(build(ctx, v, v + 1, &form(v), None, lo, hi, para))
        .filter(|a| a.speaker.toks.1 <= v && np::can_be_inverted_speaker(ctx, &a.speaker))
}

/// "« Le collège à l'épreuve du tri », publié la semaine dernière, …": a past participle with
/// no auxiliary before it (`v == i`) is an adjective on the quoted title, not a finite verb
/// whose inverted subject follows. (English past participles are past tenses too, "…,” quipped
/// Smith", and `past_participle_endings.txt` lists none for it.)
fn bare_participle(ctx: &Ctx, i: usize, v: usize) -> bool {
    let w = ctx.word(v);
    v == i && ctx.lex.is_past_participle(w) && !ctx.lex.is_past_tense(w)
}

/// A word that may be an unlisted speech verb: an unknown lower-case word, or a regular past or
/// present tense ("pressed", "sings") that another list holds as a non-speaker; only the
/// latter when `strict`.
fn verb_slot(ctx: &Ctx, v: usize, strict: bool) -> bool {
    let w = ctx.word(v);
    let past = ctx.kind(v) == Some(TokKind::Word)
        && ctx.raw(v).chars().next().is_some_and(char::is_lowercase)
        && (ctx.lex.is_past_tense(w) || ctx.lex.is_present_tense(w))
        && !ctx.lex.verbs.contains_key(w)
        && !ctx.lex.stopwords.contains(w);
    past || !strict && np::is_unlisted_word(ctx, v)
}

#[allow(clippy::too_many_arguments)]
fn build(
    ctx: &Ctx,
    start: usize,
    end: usize,
    form: &lex::VerbForm,
    inverted_pronoun: Option<(usize, usize)>,
    lo: usize,
    hi: usize,
    para: usize,
) -> Attribution {
    let tokens = &ctx.doc.tokens;
    let cue_span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
    let mut inverted = false;
    let speaker = if let Some((t, plen)) = inverted_pronoun {
        inverted = true;
        let sp = tokens[t].span;
        let mention = Span::new(sp.end - plen, sp.end);
        let p = ctx.doc.text.get(mention.start..mention.end).unwrap_or("");
        Some(Np {
            toks: (t, t + 1),
            span: mention,
            pronoun: Some(
                ctx.lex
                    .pronouns
                    .get(&lexicon::norm(p))
                    .copied()
                    .unwrap_or(Gender::Unknown),
            ),
            plural: ctx.lex.plural_pronouns.contains(&lexicon::norm(p)),
            antecedent: None,
            capitalised: false,
        })
    } else {
        subject(ctx, form.lemma, start, end, lo, hi, &mut inverted)
    };
    let speaker = speaker.filter(|np| np::plausible(ctx, np));
    let mut content_start = end;
    if inverted {
        if let Some(s) = &speaker {
            content_start = content_start.max(s.toks.1);
        }
    }
    let speaker = speaker.unwrap_or(Np {
        toks: (0, 0),
        span: Span::default(),
        pronoun: None,
        plural: false,
        antecedent: None,
        capitalised: false,
    });
    Attribution {
        cue: (start, end),
        cue_span,
        lemma: form.lemma,
        kind: form.kind,
        speaker,
        inverted,
        introducer: false,
        content_start,
        paragraph: para,
    }
}

/// The speaker of a verb cue spanning tokens `start..end` of a sentence `lo..hi`.
fn subject(
    ctx: &Ctx,
    lemma: &str,
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,
    inverted: &mut bool,
) -> Option<Np> {
    // "PARIS (AFP) - Le ministre, Clément Beaune, a appelé …": the sentence proper opens
    // after the dateline.
    let lo = after_dateline(ctx, lo, start);
    let head = end - 1;
    // The participle may open a cue of several words ("referring to").
    let participle =
        ctx.lex.is_participle(ctx.word(head)) || ctx.lex.is_participle(ctx.word(start));
    if participle && start > lo {
        let before = np::backward(ctx, ctx.skip_adverbs_back(start, lo), lo);
        // "…, with (hundreds of) marchers chanting “…”": an absolute phrase's own subject
        // speaks. Its marker may stand a quantity away from the phrase found.
        let absolute = before.as_ref().is_some_and(|np| {
            (np.toks.0.saturating_sub(ABSOLUTE_REACH).max(lo)..np.toks.0)
                .rev()
                .take_while(|&k| ctx.kind(k) == Some(TokKind::Word))
                .any(|k| ctx.lex.absolute_markers.contains(ctx.word(k)))
        });
        if absolute {
            return before;
        }
        // "Clinton answered, saying …", "by saying …": the sentence's subject speaks.
        return sentence_subject(ctx, lo, start).or(before);
    }
    // "“…,” Sen. Roe (D-Ore.), a panel member, said": the phrase after the quote speaks.
    if let Some(np) = np::after_quote_subject(ctx, ctx.skip_adverbs_back(start, lo), lo) {
        return Some(np);
    }
    // "Continued Stone: “…”", "Said Trump:": a sentence that opens with its cue verb names the
    // speaker right after the verb, before a colon.
    if start == lo && ctx.is_capitalised(start) {
        if let Some(np) = np::forward(ctx, end, hi) {
            if ctx.is_punct(np.toks.1, &[":"]) && np::can_be_inverted_speaker(ctx, &np) {
                *inverted = true;
                return Some(np);
            }
        }
    }
    let after_break = start > lo && ctx.is_punct(start - 1, INVERSION_OPENERS)
        || start == lo && lo > 0 && ctx.is_punct(start - 1, INVERSION_OPENERS);
    if after_break {
        // "Le ministre du Logement, Patrice Vergnaud, a annoncé l'envoi …": the sentence opens
        // with a subject and its apposition, so the verb after the comma is their predicate,
        // not an inversion whose speaker follows it.
        if start > lo
            && ctx.is_punct(start - 1, &[","])
            && np::opens_with_apposition(ctx, start - 1, lo)
        {
            if let Some(np) = np::appositive_subject(ctx, start - 1, lo) {
                return Some(np);
            }
        }
        if !ctx.lex.no_inversion.contains(lemma) {
            let from = ctx.skip_adverbs(end, hi);
            // A preposition among the skipped words ("said on Twitter") heads an adjunct: the
            // phrase after it is its object, never the speaker.
            let prep = (end..from).find(|&k| ctx.lex.adjunct_preps.contains(ctx.word(k)));
            let direct = prep.is_none().then_some(from);
            // "a déclaré à l'AFP le ministre", "said in an interview Smith": an adjunct may
            // come between the cue and its inverted speaker.
            let after_adjunct = np::skip_adjunct(ctx, prep.unwrap_or(from), hi);
            // "a assuré mardi à l'AFP, lors d'un déplacement à Lille, la ministre": an adjunct
            // between commas may follow, or stand alone.
            let incise = np::skip_incise(ctx, after_adjunct.unwrap_or(prep.unwrap_or(from)), hi);
            // "…, a leader of the caucus, posted a single word: “Good.”": away from a quote, a
            // phrase before a colon is the verb's object, the colon opening its content.
            let after_quote = (start.saturating_sub(2)..start)
                .any(|k| ctx.quoted.get(k) == Some(&true) && ctx.kind(k) == Some(TokKind::Punct));
            let speaker_at = |np: &Np| {
                let object = !after_quote && ctx.is_punct(np.toks.1, &[":"]);
                np::ends_clause(ctx, np.toks.1, hi)
                    && !object
                    && np::can_be_inverted_speaker(ctx, np)
            };
            for from in [direct, after_adjunct, incise].into_iter().flatten() {
                let np = np::forward(ctx, from, hi).map(|np| np::name_before_adjunct(ctx, np));
                // Right after a quote, a long description may run to the clause's end
                // (`np::forward_long`).
                let long = || {
                    after_quote
                        .then(|| np::forward_long(ctx, from, hi))
                        .flatten()
                };
                if let Some(np) = np
                    .filter(&speaker_at)
                    .or_else(|| long().filter(&speaker_at))
                {
                    *inverted = true;
                    return Some(np);
                }
            }
        }
        if start > lo && ctx.is_punct(start - 1, &[","]) {
            if let Some(np) = np::appositive_subject(ctx, start - 1, lo) {
                return Some(np);
            }
        }
    }
    let back_end = ctx.skip_adverbs_back(start, lo);
    // "who had called the union's original demands “…”": the cue form is a plural noun
    // closing another verb's object, not a verb; it has no subject of its own.
    let found = backward_subject(ctx, back_end, lo);
    let object = found
        .as_ref()
        .is_some_and(|np| back_end == start && noun_in_object(ctx, np, start));
    if object {
        return None;
    }
    found.or_else(|| {
        // No subject right before the cue ("X, attending the rally, said"): the phrase opening
        // the sentence, unless the cue sits in a clause of its own ("Oil prices rose after
        // OPEC+ announced": a subordinating preposition between them). Other boundary words
        // ("has not yet responded", "and then said", "who …, said") keep the subject.
        sentence_subject(ctx, lo, start).filter(|n| {
            n.capitalised
                && !(n.toks.1..start).any(|k| {
                    let class = ctx.lex.classes.of(ctx.word(k));
                    class & lex::C_BOUNDARY != 0 && class & lex::C_ADJUNCT_PREP != 0
                })
        })
    })
}

/// True when cue form `cue` reads as a plural noun heading the object of a verb right before
/// phrase `np`: "had called [the union's original] demands", "criticized [the] claims". The
/// phrase opens with a determiner or possessive (a name after a verb may be a clause's subject:
/// "said Smith demands"), the verb before it is a cue form or a past tense, with nothing
/// between, and the cue form has a plural ending.
fn noun_in_object(ctx: &Ctx, np: &Np, cue: usize) -> bool {
    let a = np.toks.0;
    if a == 0 || np.pronoun.is_some() || !ctx.lex.has_plural_ending(ctx.word(cue)) {
        return false;
    }
    let determined =
        ctx.lex.determiners.contains(ctx.word(a)) || (a..np.toks.1).any(|k| is_possessive(ctx, k));
    let before = ctx.word(a - 1);
    let verb = ctx.kind(a - 1) == Some(TokKind::Word)
        && !ctx.is_capitalised(a - 1)
        && (ctx.lex.is_past_tense(before) || ctx.lex.verbs.contains_key(before));
    determined && verb
}

/// The subject ending at `end`. A phrase right after an adjunct preposition is that
/// preposition's object ("Smith in a statement called", "who has in the past described"):
/// the subject is then looked for before the preposition (and any auxiliary). Words that also
/// open a clause ("while", "after") keep the phrase: it is that clause's subject.
fn backward_subject(ctx: &Ctx, end: usize, lo: usize) -> Option<Np> {
    let np = np::backward(ctx, end, lo);
    // "who in 2012 said": a year after a preposition is a date adjunct, never the subject.
    let dated = np.is_none()
        && end >= lo + 2
        && ctx.kind(end - 1) == Some(TokKind::Number)
        && ctx.lex.adjunct_preps.contains(ctx.word(end - 2));
    let np = match np {
        Some(np) => np,
        None if dated => return np::backward(ctx, ctx.skip_adverbs_back(end - 2, lo), lo),
        None => return None,
    };
    let a = np.toks.0;
    // "while", "after", "before" also open a clause ("while Smith warned"): no adjunct then.
    let prev = if a > lo { ctx.word(a - 1) } else { "" };
    // "A statement from the White House said": a document's author speaks for it.
    let author = a >= lo + 2
        && ctx.lex.source_links.contains(prev)
        && ctx.lex.source_nouns.contains(ctx.word(a - 2));
    if let Some(subject) = participle_agent(ctx, &np, lo) {
        return subject;
    }
    if np.pronoun.is_some()
        || !ctx.lex.adjunct_preps.contains(prev)
        || ctx.lex.boundaries.contains(prev)
        || author
    {
        return Some(np);
    }
    let mut b = ctx.skip_adverbs_back(a - 1, lo);
    while b > lo && ctx.lex.aux.contains(ctx.word(b - 1)) {
        b -= 1;
    }
    np::backward(ctx, b, lo)
}

/// "An internal memo seen by Reuters described …", « Une étude commandée par la mairie
/// juge … »: a phrase `np` right after a passive's agent preposition and its participle is the
/// agent of a participle phrase that qualifies the subject, which is the phrase before the
/// participle. After a participle of authorship ("a statement issued by the White House said",
/// `agent_participles.tsv`) the agent speaks for the document: `Some(Some(np))`. `None` when
/// `np` follows no participle and agent.
fn participle_agent(ctx: &Ctx, np: &Np, lo: usize) -> Option<Option<Np>> {
    let a = np.toks.0;
    if np.pronoun.is_some() || a < lo + 3 || !ctx.lex.agent_preps.contains(ctx.word(a - 1)) {
        return None;
    }
    let p = ctx.word(a - 2);
    let lex = ctx.lex;
    let participle = ctx.kind(a - 2) == Some(TokKind::Word)
        && !ctx.is_capitalised(a - 2)
        && (lex.is_past_participle(p)
            || lex.is_past_tense(p)
            || lex.author_participles.contains(p)
            || lex.qualifier_participles.contains(p));
    if !participle {
        return None;
    }
    if lex.author_participles.contains(p) {
        return Some(Some(np.clone()));
    }
    Some(np::backward(ctx, a - 2, lo))
}

/// How far into a sentence a leading adjunct ("At Sunday's debate,") may run before its comma.
const LEADING_ADJUNCT: usize = 14;

/// The subject opening the sentence `lo..` and ending before `limit`: the first phrase, or the
/// first one after a short leading adjunct and its comma ("At Sunday's debate, Sanders …").
pub fn sentence_subject(ctx: &Ctx, lo: usize, limit: usize) -> Option<Np> {
    let lo = after_dateline(ctx, lo, limit);
    // A phrase running right up to the limit has swallowed the verb: drop that word.
    let fit = |n: Np| {
        if n.toks.1 < limit {
            Some(n)
        } else {
            np::drop_last(ctx, &n)
        }
    };
    let from = ctx.skip_adverbs(lo, limit);
    // "Before the convention, Chief Williams lobbied …, saying": a skipped word that is also a
    // preposition ("before", "after") opens an adjunct, whose object is not the subject.
    let adjunct = (lo..from).any(|k| ctx.lex.adjunct_preps.contains(ctx.word(k)));
    let first = (!adjunct)
        .then(|| np::forward(ctx, from, limit))
        .flatten()
        .and_then(fit);
    // "Auteur d'un doublé, Ousmane Dembélé a savouré": a bare description (no determiner,
    // nothing capitalised after its sentence-initial word) set before the name describes it.
    let described = first.as_ref().and_then(|d| {
        let (a, b) = d.toks;
        // (The cheap tests first: most sentences fail at the comma.)
        let bare = ctx.is_punct(b, &[","])
            && (!ctx.is_capitalised(a) || sentence_initial(ctx, a))
            && !ctx.lex.determiners.contains(ctx.word(a))
            && (a + 1..b).all(|k| !ctx.is_capitalised(k))
            && !super::lex::first_names().contains_key(ctx.word(a));
        let name = bare.then(|| np::forward(ctx, b + 1, limit)).flatten()?;
        let named = ctx.is_capitalised(name.toks.0) && name.pronoun.is_none();
        (named && !ctx.is_punct(name.toks.1, &[","]))
            .then_some(name)
            .and_then(fit)
    });
    // "Le président du collectif des habitants de la rue, Karim Ouali, a lu …": a description
    // with its complements, then a name between commas; the name (as for a cue's subject).
    let apposed = || {
        let d = first.as_ref()?;
        // Only a description ("le président …", "Trump's attorney"): a name opening the
        // sentence is its subject already ("Carson hired a manager, Bob Dees, …").
        let (a, b) = d.toks;
        let description = !ctx.is_capitalised(a)
            || ctx.lex.determiners.contains(ctx.word(a))
            || (a..b).any(|k| is_possessive(ctx, k));
        if !description {
            return None;
        }
        let mut commas =
            (d.toks.1..limit.min(d.toks.1 + LEADING_ADJUNCT)).filter(|&k| ctx.is_punct(k, &[","]));
        let (_, second) = (commas.next()?, commas.next()?);
        np::opens_with_apposition(ctx, second, from)
            .then(|| np::appositive_subject(ctx, second, from))
            .flatten()
            .filter(|n| n.capitalised && n.pronoun.is_none())
    };
    let adjunct_lead = || {
        first
            .as_ref()
            .and_then(|d| after_bare_adjunct(ctx, d, limit))
    };
    adjunct_lead()
        .and_then(fit)
        .or(described)
        .or_else(apposed)
        .or(first)
        .or_else(|| {
            // The adjunct may hold commas of its own ("Speaking in Salem, New Hampshire, Trump
            // went …"): prefer the first phrase after a comma that is not itself followed by one;
            // an apposition ("At the debate, Sanders, a senator, said") falls back to the first.
            let mut fallback = None;
            for comma in (lo..limit.min(lo + LEADING_ADJUNCT)).filter(|&k| ctx.is_punct(k, &[","]))
            {
                let from = ctx.skip_adverbs(comma + 1, limit);
                let Some(np) = np::forward(ctx, from, limit).and_then(fit) else {
                    continue;
                };
                if !ctx.is_punct(np.toks.1, &[","]) {
                    return Some(np);
                }
                // « À Brest, la maire, Hélène Quéré, parle d'une « … » »: the phrase reader
                // gave the name apposed to a description; that name is the subject, not the
                // verb after its closing comma.
                if np.toks.0 > from && np.capitalised && np.pronoun.is_none() {
                    return Some(np);
                }
                fallback.get_or_insert(np);
            }
            fallback
        })
}

/// The longest bare adjunct opening a sentence, in words ("Un peu plus tard"): further on, the
/// words before the comma may be a clause ("Manifestants et policiers se faisaient face, les
/// uns …").
const BARE_ADJUNCT_WORDS: usize = 4;

/// "Plus loin, un retraité, Gilbert Fabre, se montrait …", "Juste après, une infirmière …",
/// "Last week, the mayor said": a sentence opening with a bare phrase of common words (no
/// determiner, nothing capitalised after its first word) and a comma before a phrase with a
/// determiner opens with an adjunct; that phrase (or the name apposed to it) is the subject.
/// A single word right before the comma may be a surname with its apposition ("Weingarten, a
/// longtime supporter, said"), and a quantifier opens an aside ("Hundreds of letters, most
/// friendly, have arrived"): both keep the first phrase.
fn after_bare_adjunct(ctx: &Ctx, first: &Np, limit: usize) -> Option<Np> {
    let (a, b) = first.toks;
    let common = &crate::analysis::entities::gazetteer::get(ctx.lang).common;
    let bare = (!ctx.is_capitalised(a) || sentence_initial(ctx, a))
        && common.contains(ctx.word(a))
        && !ctx.lex.determiners.contains(ctx.word(a))
        && !super::lex::first_names().contains_key(ctx.word(a))
        && (a + 1..b).all(|k| !ctx.is_capitalised(k))
        && (b > a + 1 || !ctx.is_punct(b, &[","]));
    if !bare || first.pronoun.is_some() {
        return None;
    }
    let reach = limit.min(a + BARE_ADJUNCT_WORDS + 1);
    let comma = (b..reach).find(|&k| ctx.is_punct(k, &[","]))?;
    // Only words may stand between the phrase and the comma ("Juste après,"), no clause.
    if (b..comma).any(|k| ctx.kind(k) != Some(TokKind::Word) || ctx.is_capitalised(k)) {
        return None;
    }
    let det = ctx.word(comma + 1);
    if !ctx.lex.determiners.contains(det) || ctx.lex.bare_words.contains(det) {
        return None;
    }
    np::forward(ctx, comma + 1, limit).filter(|n| np::plausible(ctx, n))
}

/// For each quote that opens inside a sentence holding no cue, the sentence's subject when it
/// is a name or a pronoun: (quote index, subject), in text order. "Rubio also bemoaned a
/// climate in which people “literally hate each other”" gives Rubio; a quote introduced by a
/// colon, or a sentence with an attribution of its own, is left to the cue rules.
pub fn embedded_subjects(ctx: &Ctx, quotes: &[Quote], found: &[Attribution]) -> Vec<(usize, Np)> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if !q.speech || q.rule == crate::analysis::quotes::RULE_NESTED {
            continue;
        }
        let open = doc.token_at_or_after(q.outer.start);
        let Some(s) = doc
            .sentence_at(q.outer.start)
            .and_then(|i| doc.sentences.get(i))
        else {
            continue;
        };
        let (lo, hi) = s.tokens;
        if open <= lo || open > hi || ctx.is_punct(open - 1, &[":"]) {
            continue;
        }
        let first = found.partition_point(|a| a.cue.0 < lo);
        if found.get(first).is_some_and(|a| a.cue.0 < hi) {
            continue;
        }
        let subject = sentence_subject(ctx, lo, open).filter(|np| {
            np::plausible(ctx, np)
                && (np.capitalised || np.pronoun.is_some())
                && np.toks.1 < open
                && !ctx.quoted.get(np.toks.0).copied().unwrap_or(true)
                && !denied_speech(ctx, np.toks.1, open)
        });
        if let Some(np) = subject {
            out.push((qi, np));
        }
    }
    out
}

/// True when a negation right before a cue verb stands between `from` and `to` ("She did not
/// call the plan “fair”", « Il n'a jamais qualifié la réforme de « juste » »): the subject is
/// said not to have used the words, so they are not its speech. (Checked once per quote.)
fn denied_speech(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to.saturating_sub(1)).any(|k| {
        ctx.lex.negations.contains(ctx.word(k)) && ctx.lex.verbs.contains_key(ctx.word(k + 1))
    })
}

/// How far into a sentence a dateline ("PARIS, 5 avril 2023 (AFP) -") may run, in tokens.
const DATELINE_REACH: usize = 14;

/// The first token after a dateline opening the sentence at `lo`: a dash right after the
/// agency's closing bracket ("Washington (AFP) –") or after a capitalised place ("WASHINGTON —").
/// The place is not the subject of the verb that follows.
pub(crate) fn after_dateline(ctx: &Ctx, lo: usize, limit: usize) -> usize {
    (lo + 1..limit.min(lo + DATELINE_REACH))
        .find(|&k| {
            ctx.is_punct(k, &["–", "—", "-"])
                && (ctx.is_punct(k - 1, &[")"])
                    || ctx.is_capitalised(k - 1)
                        && ctx.raw(k - 1).chars().all(|c| !c.is_lowercase()))
        })
        .map_or(lo, |k| k + 1)
}

/// How far back from a colon a subordinate clause may open, in tokens.
const COLON_CLAUSE_REACH: usize = 24;

/// "He demurred: “…”", "Jones told the newspaper: “…”": a sentence ending in a colon before a
/// quote, with no cue verb, introduces it; the speaker is the sentence's subject.
fn colon_at(ctx: &Ctx, colon: usize, lo: usize, para: usize) -> Option<Attribution> {
    let next = colon + 1;
    // The next token opens a quote, in this paragraph or (wire style) the next one.
    let opens_quote = ctx.quoted.get(next).copied().unwrap_or(false);
    if !opens_quote || colon <= lo {
        return None;
    }
    // "The group called it “…,” while Rep. Curt Baxter posted a single word: “Good.”": the
    // colon belongs to the clause a subordinator opens after a comma, whose subject speaks.
    let clause = (lo + 1..colon)
        .rev()
        .take(COLON_CLAUSE_REACH)
        .find(|&k| {
            // (American copy puts the comma inside the marks: '“…,” while'.)
            let mark =
                ctx.quoted.get(k - 1) == Some(&true) && ctx.kind(k - 1) == Some(TokKind::Punct);
            (ctx.is_punct(k - 1, &[","]) || mark)
                && !ctx.quoted.get(k).copied().unwrap_or(true)
                && ctx.lex.subordinators.contains(ctx.word(k))
        })
        .map(|k| {
            let k = k + 1;
            k + usize::from(ctx.lex.complementizers.contains(ctx.word(k)))
        });
    let speaker = name_label(ctx, lo, colon)
        .or_else(|| clause.and_then(|k| sentence_subject(ctx, k, colon)))
        .or_else(|| sentence_subject(ctx, lo, colon))
        .filter(|np| np::plausible(ctx, np))?;
    let named = speaker.capitalised || speaker.pronoun.is_some();
    let described = ctx.lex.determiners.contains(ctx.word(speaker.toks.0));
    if !(named || described) {
        return None;
    }
    let span = ctx.doc.tokens[colon].span;
    Some(Attribution {
        cue: (colon, colon + 1),
        cue_span: span,
        lemma: ":",
        kind: CueKind::Say,
        speaker,
        inverted: false,
        introducer: false,
        content_start: next,
        paragraph: para,
    })
}

/// The longest quote, in tokens with its marks, that a passive's agent may attribute: such
/// quotes qualify something ("jugée « irresponsable »"), they are not statements.
const AGENT_QUOTE_MAX: usize = 12;

/// "Une ligne jugée « irresponsable » par le président", "un compromis accueilli avec
/// « intérêt » par Berlin", "a plan described as “reckless” by the mayor": a short quote after a
/// past participle (a linking word or two between, `passive_agents.tsv`) and right before the
/// passive's agent is the agent's word. For each such quote: (quote index, attribution whose
/// cue is the agent's preposition and whose speaker is the agent), in text order.
pub fn passive_agents(ctx: &Ctx, quotes: &[Quote]) -> Vec<(usize, Attribution)> {
    let doc = ctx.doc;
    let lex = ctx.lex;
    let mut out = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if !q.speech || q.rule == crate::analysis::quotes::RULE_NESTED {
            continue;
        }
        let close = doc.token_at_or_after(q.outer.end);
        if !lex.agent_preps.contains(ctx.word(close))
            || ctx.kind(close) != Some(TokKind::Word)
            || ctx.quoted.get(close) != Some(&false)
        {
            continue;
        }
        let open = doc.token_at_or_after(q.outer.start);
        if open == 0 || close > open + AGENT_QUOTE_MAX {
            continue;
        }
        // The participle, perhaps before a linking word or two ("qualifiée de", "described as").
        let mut v = open - 1;
        for _ in 0..2 {
            if v > 0 && lex.agent_links.contains(ctx.word(v)) {
                v -= 1;
            }
        }
        let w = ctx.word(v);
        let participle = ctx.kind(v) == Some(TokKind::Word)
            && !ctx.is_capitalised(v)
            && !ctx.quoted.get(v).copied().unwrap_or(true)
            && (lex.is_past_participle(w) || lex.is_past_tense(w));
        if !participle {
            continue;
        }
        let Some(s) = doc.sentence_at(doc.tokens[close].span.start) else {
            continue;
        };
        let Some(sent) = doc.sentences.get(s) else {
            continue;
        };
        let hi = sent.tokens.1;
        let Some(speaker) = np::forward(ctx, close + 1, hi).filter(|np| np::plausible(ctx, np))
        else {
            continue;
        };
        let span = doc.tokens[close].span;
        out.push((
            qi,
            Attribution {
                cue: (close, close + 1),
                cue_span: span,
                lemma: intern(ctx.word(close).to_string()),
                kind: CueKind::Say,
                content_start: speaker.toks.1,
                speaker,
                inverted: true,
                introducer: false,
                paragraph: sent.paragraph,
            },
        ));
    }
    out
}

/// The opening mark of a quote that is a cue's object ("l'opposition dénonce un « matraquage »",
/// "the opposition denounces a “tax grab”"): that quote is the cue's own, and a quote before
/// the clause is not. A determiner stands between cue and mark, with connectors at most: a
/// quote right after the cue is often a listener or a show ("told “Fox and Friends”"), or the
/// content of a sloppy attribution missing its comma ("Trump said “Bush …”").
pub fn object_quote(ctx: &Ctx, a: &Attribution) -> Option<usize> {
    if a.inverted || a.introducer {
        return None;
    }
    let end = a.extent().1;
    let mut determiner = false;
    for k in end..end + 3 {
        if ctx.is_punct(k, OPENING_MARKS) {
            return determiner.then_some(k);
        }
        let w = ctx.word(k);
        let word = ctx.kind(k) == Some(TokKind::Word);
        determiner |= word && ctx.lex.determiners.contains(w);
        if !(word && (ctx.lex.determiners.contains(w) || ctx.lex.connectors.contains(w))) {
            return None;
        }
    }
    None
}

/// "Macron : « … »", "Emmanuel Macron : « … »": a name that is all of its sentence before the
/// colon labels the quote after it. (The subject reader drops a phrase's last word when the
/// phrase runs up to its limit, where a verb would be; a label has none.)
fn name_label(ctx: &Ctx, lo: usize, colon: usize) -> Option<Np> {
    let lo = after_dateline(ctx, lo, colon);
    let np = np::forward(ctx, lo, colon)?;
    let name =
        (lo..colon).all(|k| ctx.is_capitalised(k) || ctx.lex.particles.contains(ctx.word(k)));
    (np.toks == (lo, colon) && name && np.pronoun.is_none()).then_some(np)
}

/// "Inondations dans le Gard : « On a tout perdu »", "Budget: “…”": a phrase that is all of
/// its sentence before the colon, opening with a common word capitalised only by its place (no
/// determiner, title or name after it), is the topic of a headline, not the speaker of the
/// quote after the colon. (Words that speak bare, "Police: “…”", names, "Macron : « … »", and
/// subjects with a verb, "Trump boomed: “…”", still do; the caller checks that no entity
/// starts the phrase, as common-word lists hold frequent names: "Macron : « … »".)
pub fn headline_topic(ctx: &Ctx, a: &Attribution) -> bool {
    let np = &a.speaker;
    let colon = a.cue.0;
    let Some(lo) = ctx
        .doc
        .sentence_at(ctx.doc.tokens.get(colon).map_or(0, |t| t.span.start))
        .and_then(|i| ctx.doc.sentences.get(i))
        .map(|s| s.tokens.0)
    else {
        return false;
    };
    let k = np.toks.0;
    let w = ctx.word(k);
    // The phrase may end in a complement: "Inondations dans le Gard".
    let mut end = np.toks.1;
    let joins = |j: usize| {
        let w = ctx.word(j);
        ctx.lex.adjunct_preps.contains(w) || ctx.lex.connectors.contains(w)
    };
    if end < colon && joins(end) {
        let from = ctx.skip_adverbs(end + 1, colon);
        if let Some(p) = np::forward(ctx, from, colon) {
            end = p.toks.1;
        }
    }
    k == lo
        && end == colon
        && !ctx.is_capitalised(k + 1)
        && np.pronoun.is_none()
        && !ctx.lex.determiners.contains(w)
        && !ctx.lex.titles.contains_key(w)
        && !ctx.lex.bare_words.contains(w)
        && crate::analysis::entities::gazetteer::get(ctx.lang)
            .common
            .contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues_of(t: &str, lang: Lang) -> Vec<&'static str> {
        let d = Document::new(t);
        let q = crate::analysis::quotes::find(&d, lang);
        let c = Ctx::new(&d, lang, &q);
        find_all(&c).iter().map(|a| a.lemma).collect()
    }

    #[test]
    fn an_introducer_names_a_source_the_subject_reader_takes_for_verbs() {
        let sources = |t: &str| {
            let d = Document::new(t);
            let c = Ctx::new(&d, Lang::En, &[]);
            find_all(&c)
                .iter()
                .filter(|a| a.introducer)
                .map(|a| a.speaker.span.text(t).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sources("Clinton won the primary, according to early returns."),
            ["early returns"]
        );
        assert_eq!(
            sources("According to early results of exit polls conducted by Edison Research, half were black."),
            // (The polls' author: see the figures below.)
            ["Edison Research"]
        );
        assert!(sources("The launch went according to plan.").is_empty());
        // Figures say nothing: whoever published them does.
        assert_eq!(
            sources("Jobless claims fell, according to figures released Thursday by the Labor Department."),
            ["the Labor Department"]
        );
        // Whoever saw a document is not its author.
        let seen = sources("Talks stalled, according to a document seen by Reuters.");
        assert!(seen.iter().all(|s| s.starts_with("a document")), "{seen:?}");
    }

    #[test]
    fn a_past_participle_without_auxiliary_is_no_cue() {
        assert!(cues_of("Lyon : un suspect interpellé après la fusillade.", Lang::Fr).is_empty());
        assert_eq!(
            cues_of("« Rien ne va », a confié le maire.", Lang::Fr),
            ["confier"]
        );
    }

    #[test]
    fn a_bare_participle_after_a_quoted_title_is_no_inverted_cue() {
        let t = "Dans son livre « La Mer », publié la semaine dernière, l'autrice revient sur son enfance.";
        assert!(cues_of(t, Lang::Fr).is_empty());
        // With its auxiliary, an unlisted verb after a quote still attributes it.
        assert_eq!(
            cues_of("« C'est fini », a tancé le maire.", Lang::Fr),
            ["tancé"]
        );
    }

    #[test]
    fn a_passive_agent_right_after_a_short_quote_speaks() {
        let agents = |t: &str, lang: Lang| {
            let d = Document::new(t);
            let q = crate::analysis::quotes::find(&d, lang);
            let c = Ctx::new(&d, lang, &q);
            passive_agents(&c, &q)
                .into_iter()
                .map(|(_, a)| a.speaker.span.text(t).to_string())
                .collect::<Vec<_>>()
        };
        let t = "Un plan qualifié de « dangereux » par la maire de Lille.";
        assert_eq!(agents(t, Lang::Fr), ["la maire de Lille"]);
        let t = "The bill was described as \"reckless\" by the governor.";
        assert_eq!(agents(t, Lang::En), ["the governor"]);
        // No participle before the marks: "par" opens an adjunct of the clause.
        let t = "Il a lancé « On y va » par téléphone.";
        assert!(agents(t, Lang::Fr).is_empty());
    }

    #[test]
    fn a_past_form_after_a_name_in_s_is_a_verb() {
        assert_eq!(cues_of("Moody's warned of a slowdown.", Lang::En), ["warn"]);
        assert!(cues_of("Trump's claims of fraud were rejected.", Lang::En).is_empty());
    }

    #[test]
    fn unlisted_verbs_after_an_american_comma_attribute() {
        assert_eq!(cues_of("\"We won,\" Smith barked.", Lang::En), ["barked"]);
        assert_eq!(
            cues_of("\"Why?\" the crowd cried out, booing.", Lang::En),
            ["cried"]
        );
        // Inside the marks, only a verb showing its tense: an apposition names the quote.
        assert!(cues_of("It was \"dead,\" a formal name for the deal.", Lang::En).is_empty());
        assert!(cues_of("\"Collapse,\" Diamond's best seller, sold well.", Lang::En).is_empty());
    }

    #[test]
    fn a_headline_topic_before_a_colon_is_no_speaker() {
        let topic = |t: &str, lang: Lang| {
            let d = Document::new(t);
            let q = crate::analysis::quotes::find(&d, lang);
            let c = Ctx::new(&d, lang, &q);
            let found = find_all(&c);
            assert_eq!(found.len(), 1, "{t}");
            headline_topic(&c, &found[0])
        };
        assert!(topic(
            "Inondations dans le Gard : « On a tout perdu en une nuit »",
            Lang::Fr
        ));
        assert!(topic(
            "Retraites dans la fonction publique : « Un effort historique »",
            Lang::Fr
        ));
        // Words that speak bare, and a subject with its verb, still introduce the quote.
        assert!(!topic("Police: “Stay at home”", Lang::En));
        assert!(!topic("Trump leaned in and boomed: “Let’s win.”", Lang::En));
    }
}
