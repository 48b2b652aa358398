//! Per-document token facts shared by the entity passes: normalised forms, capitalisation,
//! sentence starts and all-caps ("shouting") sentences, computed once in one linear pass.

use super::gazetteer::{self, HashMap, HashSet, Lex, W_DATE_START, W_FIRST_NAME, W_TITLE_START};
use crate::analysis::prefixes::Prefixes;
use crate::analysis::segment::{Document, TokKind, Token};
use crate::analysis::types::{Lang, Span};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

pub(crate) struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    pub lex: &'static Lex,
    /// The token opens a sentence (or a quotation or parenthesis at a sentence start), where
    /// capitals say nothing about names.
    pub initial: Vec<bool>,
    /// The token's sentence is written in capitals (a headline): capitals say nothing there either.
    pub shouting: Vec<bool>,
    /// The token's sentence is written in title case (a headline: "Clinton Plan for Taxes Is
    /// Expansive"): a capitalised common word there says nothing about names either.
    pub title_case: Vec<bool>,
    /// [`Ctx::is_cap`] of each token, computed once (it is asked many times per token).
    cap: Vec<bool>,
    /// `lex.word_flags` of each token's form, and of "" (past the end): one probe per token.
    flags: Vec<u32>,
    flags_past_end: u32,
    /// A key buffer lent to the n-gram look-ups ([`Ctx::take_buf`]), so they do not allocate
    /// one per candidate.
    buf: Cell<String>,
    /// [`Document::norm`] of each token, read once: the passes ask for forms many times per
    /// token, and a slice read is cheaper than the document's checked re-slicing.
    lows: Vec<&'a str>,
    /// First names that the document also writes in lower case ("will", "hope", "mark"): there
    /// they are words, so a capitalised one opening a sentence is no evidence of a name.
    lower_names: HashSet<&'a str>,
    /// Surnames: the capitalised word after a listed first name ("Brock Holt" gives "holt").
    /// Opening a sentence later, such a word is the person again ("Holt was drafted …"), even
    /// when it is also a common word.
    surnames: HashSet<&'a str>,
    /// The [`Ctx::surnames`] the text also writes in lower case ("holt" the word), found on the
    /// first question (most texts never ask): one pass, so a text repeating a surname at every
    /// sentence start stays linear.
    lower_surnames: OnceCell<HashSet<&'a str>>,
    /// The text is written without capitals: most of its sentences open in lower case
    /// ("where can i get …"), so a lower-case word may still be a name ("in chicago").
    pub lower_case: bool,
}

/// An n-gram key ([`Ctx::key`]): reads as a `&str`; a built key returns its buffer to the
/// context when dropped.
pub(crate) struct Key<'c, 'a> {
    ctx: &'c Ctx<'a>,
    text: Cow<'a, str>,
}

impl std::ops::Deref for Key<'_, '_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl Drop for Key<'_, '_> {
    fn drop(&mut self) {
        if let Cow::Owned(buf) = std::mem::take(&mut self.text) {
            self.ctx.give_buf(buf);
        }
    }
}

/// A word starting with a capital letter, or with a name prefix and then one ("al-Assad").
/// `first` holds the first bytes of the name prefixes ([`Lex::name_prefix_firsts`]): a word starting
/// with any other byte has no prefix to try.
/// (Token `i` is `tok`. The first-byte tests decide nearly every token, read from the text
/// without slicing it; the rest is [`capital_after_prefix`], out of line.)
#[inline]
fn starts_with_capital(doc: &Document, lex: &Lex, first: &[bool], i: usize, tok: &Token) -> bool {
    if tok.kind != TokKind::Word {
        return false;
    }
    match doc.text.as_bytes().get(tok.span.start) {
        Some(b) if b.is_ascii_uppercase() => true,
        // An ASCII first byte is the normalised form's first byte too: no prefix starts with it.
        Some(&b) if b < 0x80 && !first.get(usize::from(b)).copied().unwrap_or(true) => false,
        _ => capital_after_prefix(doc, lex, first, i, tok),
    }
}

/// [`starts_with_capital`] past its first-byte tests: a non-ASCII capital, or a name prefix and
/// then a capital.
#[inline(never)]
fn capital_after_prefix(doc: &Document, lex: &Lex, first: &[bool], i: usize, tok: &Token) -> bool {
    let t = tok.span.text(doc.text);
    if t.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    // A prefix must be followed by a capital: plain ASCII without one has none.
    if t.is_ascii() && !t.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let low = doc.norm(i);
    let byte = usize::from(low.as_bytes().first().copied().unwrap_or(0));
    if !first.get(byte).copied().unwrap_or(true) {
        return false;
    }
    lex.name_prefixes.iter().any(|p| {
        // First byte first: most words start differently from every prefix.
        (p.is_empty() || low.as_bytes().first() == p.as_bytes().first())
            && low.starts_with(p.as_str())
            && t.get(p.len()..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
    })
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document<'a>, lang: Lang) -> Self {
        let n = doc.tokens.len();
        let lex = gazetteer::get(lang);
        let mut initial = vec![false; n];
        // Words opening a sentence, and those of them in lower case.
        let (mut opened, mut lower_opened) = (0usize, 0usize);
        let mut shouting = vec![false; n];
        let mut title_case = vec![false; n];
        let bytes = doc.text.as_bytes();
        for s in &doc.sentences {
            let (a, b) = (s.tokens.0.min(n), s.tokens.1.min(n));
            // The first word after any opening punctuation is sentence-initial.
            let mut at_start = true;
            let (mut upper, mut lower) = (0usize, 0usize);
            // Counting stops once the capitals can no longer outnumber four times the lower
            // case, even if every byte left were a capital: the verdict is already "no".
            let mut counting = true;
            // A title-case headline capitalises every word but the short function words ("Was
            // Headed to ER But Diverted to Avoid Bad Optics", "in Chicago this Year"): one other
            // lower-case word rules it out, and the look-ups stop there. It has four capitalised
            // words of four letters or more after the first, and function words ("to", "Was"),
            // which a signature or a list of names lacks.
            let (mut maybe_headline, mut long_cap, mut function) = (true, 0usize, false);
            for (i, t) in doc.tokens.iter().enumerate().take(b).skip(a) {
                let txt = t.span.text(doc.text);
                match t.kind {
                    TokKind::Word => {
                        // The segmenter joins sentences that open in lower case: count words
                        // after a full stop, question or exclamation mark, or opening the text.
                        // (A one-byte token read as its byte: no slicing.)
                        let after_stop = i.checked_sub(1).is_none_or(|p| {
                            doc.tokens.get(p).is_some_and(|t| {
                                t.span.end == t.span.start + 1
                                    && matches!(bytes.get(t.span.start), Some(b'.' | b'?' | b'!'))
                            })
                        });
                        if after_stop {
                            opened += 1;
                            lower_opened +=
                                usize::from(txt.chars().next().is_some_and(char::is_lowercase));
                        }
                        if at_start {
                            initial[i] = true;
                            at_start = false;
                        } else if maybe_headline {
                            let low = doc.norm(i);
                            let stop = txt.len() <= 5 && lex.stop.contains(low);
                            match txt.chars().next() {
                                Some(c) if c.is_lowercase() => {
                                    // (Or a piece of a word: "Don't", "13th".)
                                    maybe_headline = stop || txt.len() <= 2;
                                    function |= stop;
                                }
                                Some(c) if c.is_uppercase() => {
                                    long_cap += usize::from(txt.len() >= 4);
                                    function = function
                                        || stop
                                        || txt.len() <= 5
                                            && lex.frequent.contains(low)
                                            && !lex.first_names.contains_key(low);
                                }
                                _ => {}
                            }
                        }
                        if counting {
                            if txt.is_ascii() {
                                for b in txt.bytes() {
                                    upper += b.is_ascii_uppercase() as usize;
                                    lower += b.is_ascii_lowercase() as usize;
                                }
                            } else {
                                for c in txt.chars() {
                                    upper += c.is_uppercase() as usize;
                                    lower += c.is_lowercase() as usize;
                                }
                            }
                            let left = s.span.end.saturating_sub(t.span.end);
                            counting = 4 * lower < upper + left;
                        }
                    }
                    TokKind::Number => at_start = false,
                    TokKind::Punct => {
                        // Quote openers, dashes and colons restart a sentence: « La partie russe … »,
                        // "He said: The …". Parentheses do not: "(AIE)" is a name.
                        // (A punctuation token is one character: compared as a char.)
                        // A straight quote restarts only as an opener: after a space or at the
                        // start. Closing one ('…," Griffin added') leaves the next word inside the
                        // sentence, where a surname is read as a name, not a common word.
                        let mut cs = txt.chars();
                        let (c, more) = (cs.next(), cs.next());
                        let opener =
                            matches!(c, Some('«' | '“' | '„' | '‹' | ':' | '—' | '–' | '‘'));
                        let straight = c == Some('"') && (t.space_before || i == a);
                        let opens = more.is_none() && (opener || straight);
                        if opens {
                            at_start = true;
                        }
                    }
                }
            }
            if upper >= 6 && upper > 4 * lower {
                for x in shouting.iter_mut().take(b).skip(a) {
                    *x = true;
                }
            } else if maybe_headline && function && long_cap >= 4 {
                for x in title_case.iter_mut().take(b).skip(a) {
                    *x = true;
                }
            }
        }
        let first = &lex.name_prefix_firsts;
        let cap: Vec<bool> = (doc.tokens.iter().enumerate())
            .map(|(i, t)| starts_with_capital(doc, lex, first, i, t))
            .collect();
        let flags_of = |w: &str| lex.flags_of(w);
        let lows: Vec<&'a str> = (0..n).map(|i| doc.norm(i)).collect();
        let flags: Vec<u32> = lows.iter().map(|w| flags_of(w)).collect();
        let lower_names = (0..n)
            .filter(|&i| flags[i] & W_FIRST_NAME != 0 && !cap[i])
            .map(|i| lows[i])
            .collect();
        let surnames: HashSet<&str> = (1..n)
            .filter(|&i| cap[i] && cap[i - 1] && flags[i - 1] & W_FIRST_NAME != 0)
            .filter(|&i| !initial[i] && !cap.get(i + 1).copied().unwrap_or(false))
            .map(|i| lows[i])
            .collect();
        Ctx {
            doc,
            lex,
            initial,
            shouting,
            title_case,
            cap,
            flags,
            flags_past_end: flags_of(""),
            buf: Cell::new(String::new()),
            lower_names,
            surnames,
            lower_surnames: OnceCell::new(),
            lows,
            lower_case: opened >= 2 && 2 * lower_opened >= opened,
        }
    }

    /// A listed first name opening a sentence that the document never writes in lower case
    /// ("Michael helped", "Sara, attached is …"; not "Will you …" in a text that says "will").
    pub fn name_at_start(&self, i: usize) -> bool {
        self.initial.get(i).copied().unwrap_or(false) && self.name_only(i)
    }

    /// A listed first name, not in capitals and no month ("June"), that the document never
    /// writes in lower case.
    pub fn name_only(&self, i: usize) -> bool {
        self.flags(i) & (W_FIRST_NAME | W_DATE_START) == W_FIRST_NAME
            && !self.is_upper(i)
            && !self.lower_names.contains(self.low(i))
    }

    /// Token `i` is the surname of a first name + surname pair written elsewhere in the text
    /// ([`Ctx::surnames`]), and the text never writes it in lower case ("holt" the word).
    pub fn known_surname(&self, i: usize) -> bool {
        let low = self.low(i);
        let lower = || {
            (0..self.len())
                .filter(|&j| !self.cap[j] && self.surnames.contains(self.lows[j]))
                .map(|j| self.lows[j])
                .collect()
        };
        !low.is_empty()
            && self.surnames.contains(low)
            && !self.lower_surnames.get_or_init(lower).contains(low)
    }

    /// An empty key buffer: the one kept by [`Ctx::give_buf`] (its capacity reused), or a new
    /// one while that is lent out.
    pub fn take_buf(&self) -> String {
        let mut b = self.buf.take();
        b.clear();
        b
    }

    /// Returns a buffer from [`Ctx::take_buf`] for the next look-up.
    pub fn give_buf(&self, b: String) {
        self.buf.set(b);
    }

    /// The `W_*` bits of token `i`'s form ([`Lex::word_flags`]).
    pub fn flags(&self, i: usize) -> u32 {
        self.flags.get(i).copied().unwrap_or(self.flags_past_end)
    }

    /// Token `i`'s form has one of the `W_*` bits `bits` ([`Ctx::flags`]): the list look-up
    /// without a probe.
    #[inline]
    pub fn has(&self, i: usize, bits: u32) -> bool {
        self.flags(i) & bits != 0
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.doc.tok_text(i)
    }

    /// Normalised text of token `i` (`lexicon::norm`, computed once by the [`Document`]).
    pub fn low(&self, i: usize) -> &'a str {
        self.lows.get(i).copied().unwrap_or("")
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word)
    }

    /// A word starting with a capital letter ("Biden", "ONU", "al-Assad" counts too).
    pub fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }

    /// Every letter is a capital and there are at least two ("ONU", "U.S").
    pub fn is_upper(&self, i: usize) -> bool {
        let t = self.text(i);
        // The lower-case test first (most words fail it at their second letter), and plain
        // ASCII without the Unicode tables.
        if t.is_ascii() {
            let b = t.as_bytes();
            return !b.iter().any(u8::is_ascii_lowercase)
                && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
        }
        !t.chars().any(char::is_lowercase) && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }

    /// Token `i + 1` is a full stop glued to token `i` ("Mr" + ".").
    pub fn dotted(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| !t.space_before && t.span.text(self.doc.text) == ".")
    }

    /// The normalised text of tokens `[s, e)`, spaced as written: the gazetteer lookup key.
    /// Borrowed from the document when no space separates the tokens (one word, "l'" + "ONU"):
    /// the document holds the forms run together, so only spaced n-grams are built, in the
    /// buffer the context lends ([`Ctx::take_buf`]; the [`Key`] gives it back when dropped).
    pub fn key<'c>(&'c self, s: usize, e: usize) -> Key<'c, 'a> {
        let e = e.min(self.len());
        let spaced = (s + 1..e).any(|i| self.doc.tokens[i].space_before);
        if !spaced {
            return Key {
                ctx: self,
                text: Cow::Borrowed(self.doc.norm_run(s, e)),
            };
        }
        let mut k = self.take_buf();
        self.push_keys(&mut k, s, e);
        Key {
            ctx: self,
            text: Cow::Owned(k),
        }
    }

    /// Appends the key of tokens `[s, e)` ([`Ctx::key`]) to `buf`.
    pub fn push_keys(&self, buf: &mut String, s: usize, e: usize) {
        for i in s..e.min(self.len()) {
            self.push_key(buf, s, i);
        }
    }

    /// The key of token `i` and the full stop glued to it ("sept" + "." → "sept."), when
    /// [`Ctx::dotted`] holds: borrowed from the document, no allocation.
    pub fn low_dotted(&self, i: usize) -> &'a str {
        self.doc.norm_run(i, i + 2)
    }

    /// Byte span of tokens `[s, e)`.
    pub fn span(&self, s: usize, e: usize) -> Span {
        let t = &self.doc.tokens;
        match (t.get(s), e.checked_sub(1).and_then(|x| t.get(x))) {
            (Some(a), Some(b)) if e > s => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }

    /// The sentence end (exclusive token index) of the sentence holding token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        let Some(t) = self.doc.tokens.get(i) else {
            return self.len();
        };
        self.doc
            .sentence_at(t.span.start)
            .and_then(|s| self.doc.sentences.get(s))
            .map(|s| s.tokens.1)
            .unwrap_or(self.len())
    }

    /// Longest title ending right before token `s` or starting at `s`: see [`Ctx::title_at`].
    /// Returns the number of tokens of the title starting at `s` (dots included) and its gender.
    /// Most words start no title: that test is inlined into the callers (a flag read, as
    /// `titles_index.may_start` of the word), the search itself is not.
    #[inline]
    pub fn title_at(&self, s: usize, limit: usize) -> Option<(usize, char)> {
        let max = self.lex.max_title.min(limit.saturating_sub(s));
        if max == 0 || self.flags(s) & W_TITLE_START == 0 {
            return None;
        }
        self.title_search(s, max)
    }

    /// [`Ctx::title_at`] once a title may start at `s`.
    #[inline(never)]
    fn title_search(&self, s: usize, max: usize) -> Option<(usize, char)> {
        let mut key = self.take_buf();
        let found = self.longest_title(s, max, &mut key);
        self.give_buf(key);
        found
    }

    /// [`Ctx::title_at`]'s search, building keys in `key`.
    fn longest_title(&self, s: usize, max: usize, key: &mut String) -> Option<(usize, char)> {
        let index = &self.lex.titles_index;
        let mut n = self.feasible_key(s, max, index, key);
        // Longest first, as written: the key, then the key with a glued dot ("Mr" + ".").
        while n > 0 {
            if let Some(g) = self.lex.title(key) {
                // "Mr" + "." : swallow the glued dot when the dotted form is a title too.
                if self.dotted(s + n - 1) && self.dotted_title(key).is_some() {
                    return Some((n + 1, g));
                }
                return Some((n, g));
            }
            if self.dotted(s + n - 1) {
                if let Some(g) = self.dotted_title(key) {
                    return Some((n + 1, g));
                }
            }
            n -= 1;
            key.truncate(self.key_len_without(key, s, s + n));
        }
        None
    }

    /// Builds in `key` the key of the longest n-gram (at most `max` tokens from `s`) that may
    /// still be or start an entry of `index`: no longer n-gram is one. Returns its length.
    fn feasible_key(&self, s: usize, max: usize, index: &Prefixes, key: &mut String) -> usize {
        let mut n = 0;
        while n < max {
            let before = key.len();
            self.push_key(key, s, s + n);
            if !index.may_start(key) {
                key.truncate(before);
                break;
            }
            n += 1;
        }
        n
    }

    /// The longest n-gram of at most `max` tokens from `s` whose key is in `map`, with its value:
    /// keys are built in one buffer and stop growing at the first miss in `index` (the
    /// [`Prefixes`] of `map`'s keys), with the same result as probing every length.
    pub fn longest_entry<'m, V>(
        &self,
        s: usize,
        max: usize,
        index: &Prefixes,
        map: &'m HashMap<String, V>,
    ) -> Option<(usize, &'m V)> {
        // The context's key buffer: no allocation per look-up.
        let mut key = self.take_buf();
        let mut n = self.feasible_key(s, max, index, &mut key);
        let mut found = None;
        while n > 0 {
            if let Some(v) = map.get(key.as_str()) {
                found = Some((n, v));
                break;
            }
            n -= 1;
            key.truncate(self.key_len_without(&key, s, s + n));
        }
        self.give_buf(key);
        found
    }

    /// Title gender of `key` + "." (the buffer is restored).
    fn dotted_title(&self, key: &mut String) -> Option<char> {
        key.push('.');
        let g = self.lex.title(key);
        key.pop();
        g
    }

    /// Appends token `i` to the n-gram key of tokens `[s, i)` in `key`, as [`Ctx::key`] joins it.
    pub fn push_key(&self, key: &mut String, s: usize, i: usize) {
        if let Some(t) = self.doc.tokens.get(i) {
            if i > s && t.space_before {
                key.push(' ');
            }
            key.push_str(self.low(i));
        }
    }

    /// Length of `key` (the n-gram key of tokens `[s, i + 1)`) without its last token `i`.
    fn key_len_without(&self, key: &str, s: usize, i: usize) -> usize {
        let Some(t) = self.doc.tokens.get(i) else {
            return key.len();
        };
        let space = usize::from(i > s && t.space_before);
        key.len().saturating_sub(self.low(i).len() + space)
    }
}
