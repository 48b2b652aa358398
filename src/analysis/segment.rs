//! Paragraphs, sentences and tokens, as byte spans into the untouched text.
//!
//! Every later stage (entities, quotes, speakers, claims) works on this one segmentation, built
//! once per analysis in a single linear pass, so the keystroke path never re-scans the text.

use super::bytewords::{bytes_equal, bytes_within, word_at, HI};
use super::lexicon;
use super::types::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (with inner hyphens and apostrophes): "Maison-Blanche", "don't", "l’".
    Word,
    /// Digits, possibly with inner separators: "2021", "3,5", "1.200".
    Number,
    /// One punctuation or symbol character: "«", ",", ".".
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
    /// True when whitespace separates this token from the previous one.
    pub space_before: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.text(text)
    }
}

/// A sentence: its byte span and the range of its tokens in [`Document::tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: (usize, usize),
    /// Index of the paragraph holding it.
    pub paragraph: usize,
}

/// A segmented text.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// [`lexicon::norm`] of every token, concatenated: every stage looks words up by this one
    /// form instead of allocating a lower-cased copy per look-up ([`Document::norm`]).
    norms: String,
    /// Token `i`'s form is `norms[norm_bounds[i]..norm_bounds[i + 1]]` (one more entry than
    /// tokens, starting at 0): a form is two loads, no special case for the first token.
    norm_bounds: Vec<usize>,
}

/// Apostrophes that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Hyphens that may join word parts ("Maison-Blanche", "a-t-il").
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

/// Combining marks (accents typed as separate code points) stay inside their word.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// French elided forms end a token at the apostrophe: "l’Autriche" gives "l’" + "Autriche".
fn is_elision(prefix: &str) -> bool {
    const ELIDED: [&str; 13] = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ];
    ELIDED.iter().any(|e| prefix.eq_ignore_ascii_case(e))
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let paragraphs = paragraphs(text);
        let sentences = sentences(text, &tokens, &paragraphs);
        // The forms are written as bytes (a copy loop per token rather than a `memcpy` call and
        // a re-sliced lower-casing): every piece is UTF-8, so the check at the end always passes.
        let mut norms = Vec::with_capacity(text.len() + 16);
        let mut other = String::new();
        let mut norm_bounds = Vec::with_capacity(tokens.len() + 1);
        norm_bounds.push(0);
        norm_bounds.extend(tokens.iter().map(|t| {
            // `norm_into`'s own fast path, inlined: most tokens are plain ASCII, and most of
            // those are taken eight bytes at a time; most others are Latin-1 words ("été").
            if push_ascii_lower(&mut norms, text.as_bytes(), t.span) {
                return norms.len();
            }
            let s = t.text(text);
            if !push_latin1_lower(&mut norms, s) {
                other.clear();
                lexicon::norm_into(s, &mut other);
                norms.extend_from_slice(other.as_bytes());
            }
            norms.len()
        }));
        let norms = String::from_utf8(norms).unwrap_or_default();
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
            norms,
            norm_bounds,
        }
    }

    /// The normalised form ([`lexicon::norm`]) of token `i`, or "" past the end.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        match (self.norm_bounds.get(i), self.norm_bounds.get(i + 1)) {
            (Some(&a), Some(&b)) => self.norms.get(a..b).unwrap_or(""),
            _ => "",
        }
    }

    /// The normalised forms of tokens `[a, b)` run together with nothing between them (for
    /// tokens glued in the text, as "Sept" + ".", the look-up key of the pair), clipped to the
    /// document; "" when empty.
    pub fn norm_run(&self, a: usize, b: usize) -> &str {
        let b = b.min(self.norm_bounds.len().saturating_sub(1));
        if a >= b {
            return "";
        }
        self.norms
            .get(self.norm_bounds[a]..self.norm_bounds[b])
            .unwrap_or("")
    }

    pub fn tok_text(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map(|t| t.span.text(self.text))
            .unwrap_or("")
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Index of the sentence containing byte `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        i.checked_sub(1)
    }

    /// Index of the paragraph containing byte `pos`.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1)
    }
}

/// Appends the lower-cased bytes of `span` in `text` to `norms` when they are all ASCII graphic
/// characters (the [`lexicon::norm`] of such a token), eight at a time; false, with nothing
/// appended, when they are not or when the text ends less than eight bytes after a chunk's
/// start (the caller's byte loop then decides).
#[inline]
fn push_ascii_lower(norms: &mut Vec<u8>, text: &[u8], span: Span) -> bool {
    let start = norms.len();
    let mut pos = span.start;
    while pos < span.end {
        let Some(w) = word_at(text, pos) else {
            norms.truncate(start);
            return false;
        };
        let n = (span.end - pos).min(8);
        // The high bit of each byte of the chunk that belongs to the token.
        let h = if n == 8 {
            HI
        } else {
            HI & ((1u64 << (8 * n)) - 1)
        };
        let graphic = w & h == 0 && bytes_within(w, 0x21, 0x7E) & h == h;
        if !graphic {
            norms.truncate(start);
            return false;
        }
        let upper = bytes_within(w, b'A', b'Z') & h;
        norms.extend_from_slice(&(w | upper >> 2).to_le_bytes());
        norms.truncate(norms.len() - (8 - n));
        pos += 8;
    }
    true
}

/// Appends [`lexicon::norm`] of `s` to `norms` when `s` is made of ASCII graphic characters,
/// Latin-1 letters (U+00C0 to U+00FF: "été", "Élysée") and typographic apostrophes: lower case
/// byte by byte, without decoding characters or the Unicode case tables. False, with nothing
/// appended, for any other character (the caller's general path decides).
fn push_latin1_lower(norms: &mut Vec<u8>, s: &str) -> bool {
    let start = norms.len();
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match (x, b.get(i + 1).copied(), b.get(i + 2).copied()) {
            (b'!'..=b'~', _, _) => {
                norms.push(x.to_ascii_lowercase());
                i += 1;
            }
            // U+00C0..=U+00FF: the capitals (U+00C0..=U+00DE but the sign U+00D7) lower-case
            // to the letter 0x20 above, the rest are lower case already.
            (0xC3, Some(c @ 0x80..=0xBF), _) => {
                let low = if c <= 0x9E && c != 0x97 { c + 0x20 } else { c };
                norms.extend_from_slice(&[x, low]);
                i += 2;
            }
            // U+2018 and U+2019 fold to an ASCII apostrophe, as in `norm`.
            (0xE2, Some(0x80), Some(0x98 | 0x99)) => {
                norms.push(b'\'');
                i += 3;
            }
            _ => {
                norms.truncate(start);
                return false;
            }
        }
    }
    true
}

/// Splits text into word, number and punctuation tokens. Linear in the text length.
///
/// Walks byte positions rather than a `char` iterator so that runs of ASCII letters and digits
/// (most of any news text) are taken a byte at a time without decoding; every other character
/// is decoded and classified exactly as before.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut space_before = true;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let clen = c.len_utf8();
        // (An ASCII letter or digit is a word character, neither blank nor punctuation.)
        let ascii_word = c.is_ascii() && ASCII_CLASS[usize::from(c as u8)] != 0;
        if !ascii_word
            && (c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}'))
        {
            space_before = true;
            i += clen;
            continue;
        }
        if !ascii_word && !is_word_char(c) {
            out.push(Token {
                span: Span::new(i, i + clen),
                kind: TokKind::Punct,
                space_before,
            });
            space_before = false;
            i += clen;
            continue;
        }
        let mut end = i + clen;
        let mut kind = if c.is_ascii_digit() {
            TokKind::Number
        } else {
            TokKind::Word
        };
        loop {
            // ASCII letters, digits and '_' continue the token: no decoding needed, eight
            // bytes at a time ([`ascii_word_run`]).
            let rest = bytes.get(end..).unwrap_or(&[]);
            let run = ascii_word_run(rest);
            // Only a number asks whether its run was all digits.
            if kind == TokKind::Number
                && !rest[..run]
                    .iter()
                    .all(|&d| ASCII_CLASS[usize::from(d)] & ASCII_DIGIT != 0)
            {
                // "2021s", "3e": treat as a word.
                kind = TokKind::Word;
            }
            end += run;
            let j = end;
            let Some(d) = char_at(text, j) else { break };
            // An ASCII character ending the run is no word character; it continues the token
            // only as one of the joiners below ('-', '\'', '.', ','): most tokens end here.
            if d.is_ascii() && !matches!(d, '-' | '\'' | '.' | ',') {
                break;
            }
            let dlen = d.len_utf8();
            if is_word_char(d) {
                if kind == TokKind::Number && !d.is_ascii_digit() && !is_combining(d) {
                    kind = TokKind::Word;
                }
                end = j + dlen;
                continue;
            }
            // A joiner continues the token only when a word character follows it.
            let joins = if kind == TokKind::Number {
                matches!(d, '.' | ',' | '\u{a0}' | '\u{202f}')
            } else {
                is_hyphen(d) || is_apostrophe(d) || d == '.' && is_initialism(&text[i..end])
            };
            if !joins {
                break;
            }
            let after = char_at(text, j + dlen);
            let ok = match after {
                Some(a) if kind == TokKind::Number => a.is_ascii_digit(),
                Some(a) => is_word_char(a),
                None => false,
            };
            if is_apostrophe(d) && kind == TokKind::Word {
                let prefix = &text[i..end];
                if is_elision(prefix) {
                    // Keep the apostrophe with the elided article, then stop.
                    end = j + dlen;
                    break;
                }
                // English possessive "Biden's": stop before the apostrophe.
                if let Some(a) = after {
                    let rest = &text[j + dlen..];
                    if (a == 's' || a == 'S') && !rest[1..].chars().next().is_some_and(is_word_char)
                    {
                        break;
                    }
                }
            }
            if !ok {
                break;
            }
            end = j + dlen;
        }
        out.push(Token {
            span: Span::new(i, end),
            kind,
            space_before,
        });
        space_before = false;
        i = end;
    }
    out
}

/// [`ASCII_CLASS`] bit of the ASCII digits.
const ASCII_DIGIT: u8 = 2;

/// Per byte: 0 for bytes that end an ASCII run of the tokenizer, [`ASCII_WORD`] for ASCII
/// letters and '_', `ASCII_WORD | ASCII_DIGIT` for digits.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_digit() {
            t[b] = ASCII_WORD | ASCII_DIGIT;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            t[b] = ASCII_WORD;
        }
        b += 1;
    }
    t
};
const ASCII_WORD: u8 = 1;

/// Length of the run of ASCII word bytes ([`ASCII_WORD`]: letters, digits, '_') opening `b`.
///
/// Eight bytes at a time where eight remain: the range tests of all eight bytes at once
/// ([`bytes_within`]), the first other byte found by its bit position. Why: a byte loop exits
/// at a different count for every token, a branch the processor mispredicts on varied text
/// (most words end within the first eight bytes, so this is one test per token).
#[inline]
fn ascii_word_run(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(w) = word_at(b, n) {
        // (`& !w`: a byte with its own high bit set is no ASCII.)
        let word = (bytes_within(w, b'0', b'9')
            | bytes_within(w, b'A', b'Z')
            | bytes_within(w, b'a', b'z')
            | bytes_within(w, b'_', b'_'))
            & !w;
        let other = !word & HI;
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    let tail = b.get(n..).unwrap_or(&[]);
    n + tail
        .iter()
        .position(|&d| ASCII_CLASS[usize::from(d)] == 0)
        .unwrap_or(tail.len())
}

/// The character starting at byte `i` of `text` (a char boundary), or None at the end; ASCII
/// without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// "U.S", "U.N": single letters joined by dots stay one token (the final dot is punctuation).
/// Real initialisms are short, so only the first few letters are considered: checking a
/// "A.A.A.A…" run of any length would otherwise re-scan it at every dot (quadratic).
fn is_initialism(so_far: &str) -> bool {
    const MAX_LETTERS: usize = 6;
    // Most calls come from a word ending a sentence: a second character other than a dot
    // already rules it out.
    let mut cs = so_far.chars();
    cs.next();
    if cs.next().is_some_and(|c| c != '.') {
        return false;
    }
    so_far.len() <= MAX_LETTERS * 5
        && so_far.split('.').count() < MAX_LETTERS
        && so_far
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Each run of non-blank lines separated by a line break is a paragraph; spans are trimmed.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // Byte scan (the breaks are '\n', '\r' and U+2029, E2 80 A9 in UTF-8): no char decoding.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them can start a break; else straight to the
        // first one that may (curly quotes and dashes start with E2 too: without the jump each
        // of the bytes before one re-tested the chunk).
        if let Some(w) = word_at(bytes, i) {
            let m = bytes_equal(w, b'\n') | bytes_equal(w, b'\r') | bytes_equal(w, 0xE2);
            if m == 0 {
                i += 8;
                continue;
            }
            i += (m.trailing_zeros() / 8) as usize;
        }
        let len = match bytes[i] {
            b'\n' | b'\r' => 1,
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA9]) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        push_trimmed(text, start, i, &mut out);
        start = i + len;
        i += len;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Abbreviations after which a full stop does not end a sentence (both languages): the list in
/// `data/common/abbreviations.txt` plus every dotted title of either language ("Rev.", "Sen."),
/// so that "said the Rev. Peter Wherry" stays one sentence. Single capitals are initials.
fn is_abbreviation(word: &str) -> bool {
    use std::sync::OnceLock;
    static ABBR: OnceLock<crate::analysis::hashing::HashSet<String>> = OnceLock::new();
    let abbr = ABBR.get_or_init(|| {
        let mut set: crate::analysis::hashing::HashSet<String> =
            lexicon::lines(lexicon::raw("common/abbreviations.txt"))
                .map(str::to_string)
                .collect();
        for lang in ["en", "fr"] {
            let titles = lexicon::raw(&format!("{lang}/titles.txt"));
            for line in lexicon::lines(titles) {
                let title = line.split('\t').next().unwrap_or("");
                if let Some(bare) = title.strip_suffix('.') {
                    set.insert(bare.to_string());
                }
            }
        }
        set
    });
    abbr.contains(word) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// "U.S", "U.K" (the final stop is the next token): "across the U.S. Plains" and "the U.S.
/// Department" go on; the full stop ends the sentence only before a function word that opens
/// one ("… in the U.S. The bill …").
fn is_dotted_initialism(word: &str) -> bool {
    word.contains('.') && is_initialism(word)
}

/// True for a capitalised function word of either language ("The", "He", "Le", "Il").
fn opens_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && super::lang::stopwords().contains_key(&lexicon::norm(word))
}

fn is_closing_mark(s: &str) -> bool {
    matches!(s, "»" | "”" | "\"" | "’" | "'" | ")" | "›")
}

/// Sentences never cross paragraphs; inside one, a sentence ends after `.`, `!`, `?` or `…`
/// (and any closing quote marks) when the next token starts with a capital, a digit or an opening mark.
fn sentences(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut ti = 0;
    for (pi, p) in paragraphs.iter().enumerate() {
        while ti < tokens.len() && tokens[ti].span.start < p.start {
            ti += 1;
        }
        let first = ti;
        let mut end_tok = ti;
        while end_tok < tokens.len() && tokens[end_tok].span.end <= p.end {
            end_tok += 1;
        }
        let mut s_start = first;
        let mut k = first;
        while k < end_tok {
            let t = tokens[k].text(text);
            let terminal = matches!(t, "." | "!" | "?" | "…");
            if terminal
                && !(t == "."
                    && k > s_start
                    && !tokens[k].space_before
                    && (is_abbreviation(tokens[k - 1].text(text))
                        || is_dotted_initialism(tokens[k - 1].text(text))
                            && !tokens
                                .get(k + 1)
                                .is_some_and(|n| opens_sentence(n.text(text)))))
            {
                let mut e = k + 1;
                while e < end_tok && {
                    let n = tokens[e].text(text);
                    // « … » and “ … ” close unambiguously even after a (no-break) space.
                    matches!(n, "»" | "”" | "›")
                        || (is_closing_mark(n) || matches!(n, "." | "!" | "?"))
                            && !tokens[e].space_before
                } {
                    e += 1;
                }
                let next_starts = e < end_tok && {
                    let n = tokens[e].text(text);
                    let c = n.chars().next().unwrap_or(' ');
                    tokens[e].space_before
                        && (c.is_uppercase()
                            || c.is_ascii_digit()
                            || matches!(
                                c,
                                '«' | '“' | '"' | '„' | '‹' | '—' | '–' | '-' | '(' | '‘'
                            ))
                };
                if next_starts {
                    push_sentence(&mut out, tokens, s_start, e, pi);
                    s_start = e;
                }
                k = e.max(k + 1);
                continue;
            }
            k += 1;
        }
        if s_start < end_tok {
            push_sentence(&mut out, tokens, s_start, end_tok, pi);
        }
        ti = end_tok;
    }
    out
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], a: usize, b: usize, paragraph: usize) {
    let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    out.push(Sentence {
        span,
        tokens: (a, b),
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_word_runs_match_the_byte_table() {
        // Every byte value at every position of a 0-20 byte run, and the bytes around the
        // ranges' ends.
        let word = b"Ab_9zZ0aB1_yY8cC2dD3";
        for len in 0..=word.len() {
            for stop in 0..=255u8 {
                let mut v = word[..len].to_vec();
                v.push(stop);
                v.extend_from_slice(b"xyz");
                let want = v
                    .iter()
                    .position(|&d| ASCII_CLASS[usize::from(d)] == 0)
                    .unwrap_or(v.len());
                assert_eq!(ascii_word_run(&v), want, "{len} {stop}");
            }
            assert_eq!(ascii_word_run(&word[..len]), len);
        }
    }

    fn sentence_texts(t: &str) -> Vec<&str> {
        let d = Document::new(t);
        d.sentences.iter().map(|s| s.span.text(t)).collect()
    }

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn ascii_chunks_lower_case_as_norm_does() {
        // Every length around the chunk size, every ASCII byte, and the text's last bytes.
        let all: String = (0u8..128).map(char::from).collect();
        let samples = [
            "A",
            "Ab",
            "McDONALD's",
            "U.S",
            "ZzAaYy@[`{",
            "Biden-Harris",
            "x",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ];
        for w in samples.iter().copied().chain(
            all.as_bytes()
                .chunks(3)
                .filter_map(|c| std::str::from_utf8(c).ok()),
        ) {
            for pad in ["", " tail of more than eight bytes"] {
                let text = format!("{w}{pad}");
                let mut norms = Vec::new();
                let took = push_ascii_lower(&mut norms, text.as_bytes(), Span::new(0, w.len()));
                let graphic = w.bytes().all(|b| b.is_ascii_graphic());
                if took {
                    assert!(graphic, "{w:?}");
                    assert_eq!(norms, lexicon::norm(w).as_bytes(), "{w:?}");
                } else {
                    assert!(norms.is_empty() && (!graphic || pad.is_empty()), "{w:?}");
                }
            }
        }
        let mut norms = b"kept".to_vec();
        assert!(!push_ascii_lower(
            &mut norms,
            "ABCDEFGH\u{e9}tail".as_bytes(),
            Span::new(0, 10)
        ));
        assert_eq!(norms, b"kept");
    }

    #[test]
    fn latin1_forms_lower_case_as_norm_does() {
        let mut words: Vec<String> = (0xC0u32..=0xFF)
            .filter_map(char::from_u32)
            .map(|c| format!("A{c}b"))
            .collect();
        words.extend(
            [
                "ÉLYSÉE",
                "l’",
                "qu‘",
                "Ça",
                "déjà-vu",
                "Œuvre",
                "l\u{2010}x",
                "«",
                "3\u{a0}000",
                "a–b",
                "x\u{2019}",
            ]
            .map(String::from),
        );
        for w in &words {
            let mut norms = Vec::new();
            if push_latin1_lower(&mut norms, w) {
                assert_eq!(norms, lexicon::norm(w).as_bytes(), "{w:?}");
            } else {
                assert!(norms.is_empty(), "{w:?}");
                assert!(
                    w.contains(['Œ', '\u{2010}', '«', '\u{a0}', '–']),
                    "{w:?} refused"
                );
            }
        }
    }

    #[test]
    fn french_elision_and_hyphens() {
        assert_eq!(
            toks("l’Autriche et la Maison-Blanche"),
            ["l’", "Autriche", "et", "la", "Maison-Blanche"]
        );
        assert_eq!(toks("a-t-il dit"), ["a-t-il", "dit"]);
        assert_eq!(toks("qu'il"), ["qu'", "il"]);
    }

    #[test]
    fn english_possessive_and_contraction() {
        assert_eq!(
            toks("Biden's plan, don't"),
            ["Biden", "'", "s", "plan", ",", "don't"]
        );
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            toks("3,5 % et 1.200 en 2021."),
            ["3,5", "%", "et", "1.200", "en", "2021", "."]
        );
    }

    #[test]
    fn initialisms_stay_whole() {
        assert_eq!(toks("the U.S. said"), ["the", "U.S", ".", "said"]);
    }

    #[test]
    fn dotted_titles_from_the_data_do_not_end_sentences() {
        let d = Document::new("\"We are ready,\" said the Rev. Peter Wherry. He left.");
        assert_eq!(d.sentences.len(), 2);
    }

    #[test]
    fn initialisms_end_a_sentence_only_before_a_function_word() {
        let t = "Prices rose across the U.S. Plains on Tuesday. The U.S. Senate voted. He lives in the U.S. The end.";
        assert_eq!(
            sentence_texts(t),
            [
                "Prices rose across the U.S. Plains on Tuesday.",
                "The U.S. Senate voted.",
                "He lives in the U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let t = "M. Biden a parlé. « Oui. » Il est parti.\nNouveau paragraphe";
        assert_eq!(
            sentence_texts(t),
            [
                "M. Biden a parlé.",
                "« Oui. »",
                "Il est parti.",
                "Nouveau paragraphe"
            ]
        );
        assert_eq!(Document::new(t).paragraphs.len(), 2);
    }

    #[test]
    fn every_token_has_its_normalised_form() {
        let t = "L’Autriche a dit « NON » à 3\u{a0}000 É.-U.";
        let d = Document::new(t);
        for (i, tok) in d.tokens.iter().enumerate() {
            assert_eq!(d.norm(i), lexicon::norm(tok.text(t)));
        }
        assert_eq!(d.norm(0), "l'");
        assert_eq!(d.norm(d.tokens.len()), "");
        let n = d.tokens.len();
        assert_eq!(d.norm_run(n - 2, n + 3), "u.");
        assert_eq!(d.norm_run(0, 2), "l'autriche");
        assert_eq!(d.norm_run(3, 3), "");
    }

    #[test]
    fn lookups_by_position() {
        let t = "Un. Deux.\nTrois.";
        let d = Document::new(t);
        assert_eq!(d.sentence_at(5), Some(1));
        assert_eq!(d.paragraph_at(12), Some(1));
        assert_eq!(d.token_at_or_after(4), 2);
    }

    #[test]
    fn long_initialism_runs_are_split_not_rescanned() {
        let t = "A.".repeat(50_000);
        let toks = tokenize(&t);
        // Each token covers at most a few letters, so tokenizing stays linear.
        let longest = toks.iter().map(|x| x.span.len()).max().unwrap();
        assert!(
            longest <= 12,
            "longest token {longest}: {:?}",
            toks.iter().take(3).collect::<Vec<_>>()
        );
        assert_eq!(toks.last().unwrap().span.end, t.len());
    }

    #[test]
    fn hostile_text_does_not_panic() {
        for t in [
            "'",
            "-",
            "l'",
            "3.",
            "é\u{301}",
            "\u{202e}abc",
            "\0\0",
            "a'\u{2019}s",
        ] {
            let d = Document::new(t);
            assert!(d
                .tokens
                .iter()
                .all(|x| t.get(x.span.start..x.span.end).is_some()));
        }
    }
}
