//! Datelines and bylines of wire copy.
//!
//! A dateline opens the story with the place (and often the date and agency) it was filed from:
//! "(Washington) Les conseillers…", "PARIS, 12 mars (AFP) - …", "WASHINGTON (Reuters) - …",
//! "NEW YORK (AP) — …", "1er janvier 2016. – …", or a feed's "date 2021-04 (Washington) …". Only
//! the first few paragraphs are looked at, so the cost does not grow with the article.
//! A byline is a short line that names the author or agency: "Agence France-Presse" alone on a
//! line, "By Jane Doe", "Par Jeanne Dupont". Agencies and byline words are data.

use super::entities::{gazetteer, leading_date};
use super::lexicon;
use super::segment::{Document, TokKind};
use super::types::{Byline, Dateline, Lang, Span};
use crate::analysis::hashing::WordSet;
use std::sync::OnceLock;

/// Paragraphs searched for a dateline or byline.
const HEAD_PARAGRAPHS: usize = 4;
/// Bytes of a paragraph start parsed for a date.
const DATE_PREFIX: usize = 80;
/// Longest byline, in words.
const BYLINE_WORDS: usize = 6;

fn agencies() -> &'static WordSet {
    static A: OnceLock<WordSet> = OnceLock::new();
    A.get_or_init(|| lexicon::word_set(lexicon::raw("common/agencies.txt")))
}

fn byline_words(lang: Lang) -> &'static WordSet {
    static FR: OnceLock<WordSet> = OnceLock::new();
    static EN: OnceLock<WordSet> = OnceLock::new();
    let cell = if lang == Lang::Fr { &FR } else { &EN };
    cell.get_or_init(|| lexicon::word_set(lexicon::raw_lang(lang, "byline_words.txt")))
}

pub fn find(doc: &Document, lang: Lang) -> (Option<Dateline>, Option<Byline>) {
    let mut dateline = None;
    let mut byline = None;
    for p in doc.paragraphs.iter().take(HEAD_PARAGRAPHS) {
        if dateline.is_none() {
            dateline = parse_dateline(doc, *p, lang);
        }
        if byline.is_none() {
            byline = parse_byline(doc, *p, lang);
        }
    }
    (dateline, byline)
}

/// Cuts `s` to at most `n` bytes on a char boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

fn skip_ws(text: &str, mut pos: usize, end: usize) -> usize {
    while pos < end {
        match text[pos..].chars().next() {
            Some(c) if c.is_whitespace() => pos += c.len_utf8(),
            _ => break,
        }
    }
    pos
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "—" | "―")
}

fn parse_dateline(doc: &Document, p: Span, lang: Lang) -> Option<Dateline> {
    let text = doc.text;
    let mut pos = p.start;
    let mut date = None;
    // "date 2021-04 (Washington)": a feed's date field before the dateline.
    let head = prefix(&text[pos..p.end], DATE_PREFIX);
    if let Some(rest) = head.strip_prefix("date ") {
        if let Some((len, v)) = leading_date(rest, lang) {
            date = v;
            pos = skip_ws(text, pos + 5 + len, p.end);
        }
    }
    // "1er janvier 2016, 14h30. –": a date that opens the paragraph and ends with a dash.
    if date.is_none() {
        if let Some((len, v)) = leading_date(head, lang) {
            let after = &text[pos + len..p.end];
            let dash = after
                .char_indices()
                .take(16)
                .find(|&(_, c)| matches!(c, '–' | '—' | '-'));
            if let Some((k, c)) = dash {
                if !after[..k].chars().any(char::is_alphabetic) || after[..k].contains('h') {
                    return Some(Dateline {
                        span: Span::new(pos, pos + len + k + c.len_utf8()),
                        place: None,
                        place_span: None,
                        date: v,
                        agency: None,
                    });
                }
            }
        }
    }
    let first = doc.token_at_or_after(pos);
    let tok = |i: usize| doc.tok_text(i);
    let in_par = |i: usize| doc.tokens.get(i).is_some_and(|t| t.span.end <= p.end);
    // "(Washington) …"
    if tok(first) == "(" {
        let mut j = first + 1;
        while in_par(j) && j - first <= 5 && is_place_word(doc, j, lang) {
            j += 1;
        }
        if j > first + 1 && tok(j) == ")" {
            let place_span =
                Span::new(doc.tokens[first + 1].span.start, doc.tokens[j - 1].span.end);
            return Some(Dateline {
                span: Span::new(p.start, doc.tokens[j].span.end),
                place: Some(place_span.text(text).to_string()),
                place_span: Some(place_span),
                date,
                agency: None,
            });
        }
        return None;
    }
    // "PARIS, 12 mars (AFP) -", "WASHINGTON (Reuters) -", "NEW YORK (AP) —".
    let mut j = first;
    while in_par(j) && j - first < 4 && doc.tokens[j].kind == TokKind::Word && is_upper(tok(j)) {
        j += 1;
    }
    if j == first {
        return None;
    }
    let place_span = Span::new(doc.tokens[first].span.start, doc.tokens[j - 1].span.end);
    let mut agency = None;
    if tok(j) == "," {
        // The date must lie in this paragraph: a comma that ends it has nothing after it.
        if !in_par(j + 1) {
            return None;
        }
        let start = doc.tokens.get(j + 1)?.span.start;
        let (len, v) = leading_date(prefix(&text[start..p.end], DATE_PREFIX), lang)?;
        date = v.or(date);
        j = doc.token_at_or_after(start + len);
    }
    if tok(j) == "(" && tok(j + 2) == ")" && agencies().contains(&lexicon::norm(tok(j + 1))) {
        agency = Some(tok(j + 1).to_string());
        j += 3;
    }
    if !is_dash(tok(j)) || !in_par(j) {
        return None;
    }
    Some(Dateline {
        span: Span::new(p.start, doc.tokens[j].span.end),
        place: Some(place_span.text(text).to_string()),
        place_span: Some(place_span),
        date,
        agency,
    })
}

fn is_upper(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// A word of a place name in a parenthesised dateline: capitalised, or a particle ("Saint-Martin
/// de Ré", "La Haye"), per the language's particle and stop-word lists.
fn is_place_word(doc: &Document, i: usize, lang: Lang) -> bool {
    let t = doc.tok_text(i);
    let low = lexicon::norm(t);
    let lex = gazetteer::get(lang);
    doc.tokens[i].kind == TokKind::Word
        && (t.chars().next().is_some_and(char::is_uppercase)
            || lex.particles.contains_key(&low)
            || lex.stop.contains(&low))
}

fn parse_byline(doc: &Document, p: Span, lang: Lang) -> Option<Byline> {
    let line = p.text(doc.text);
    // One word past the longest byline is enough to rule the line out: a long paragraph is not
    // split whole.
    let words: Vec<&str> = line.split_whitespace().take(BYLINE_WORDS + 1).collect();
    if words.is_empty() || words.len() > BYLINE_WORDS || line.ends_with(['.', ':', '?', '!']) {
        return None;
    }
    let is_agency = agencies().contains(&lexicon::norm(line));
    let by = byline_words(lang).contains(&lexicon::norm(words[0]))
        && words.len() >= 3
        && words[1..]
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w.len() <= 3);
    (is_agency || by).then(|| Byline {
        span: p,
        text: line.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(t: &str, lang: Lang) -> Option<Dateline> {
        find(&Document::new(t), lang).0
    }

    #[test]
    fn comma_ending_the_paragraph_is_not_a_dateline() {
        // Found by the proptest suite: the date after the comma was sought past the paragraph.
        assert!(dl("« \n 𑊏A \n ,  «", Lang::En).is_none());
        // The next paragraph's own date-and-dash opener may still be a dateline; "PARIS," is not.
        let d = dl("PARIS,\n\n12 mars - texte", Lang::Fr);
        assert!(d.as_ref().is_none_or(|d| d.span.start > 0), "{d:?}");
    }

    #[test]
    fn seed_opening_with_feed_date() {
        let t = " date 2021-04 (Washington) Les conseillers de Joe Biden ont parlé.";
        let d = dl(t, Lang::Fr).expect("dateline");
        assert_eq!(d.place.as_deref(), Some("Washington"));
        assert_eq!(d.date.as_deref(), Some("2021-04"));
        assert_eq!(d.place_span.map(|s| s.text(t)), Some("Washington"));
    }

    #[test]
    fn wire_datelines() {
        let d = dl(
            "PARIS, 12 mars 2021 (AFP) - Le gouvernement a dit.",
            Lang::Fr,
        )
        .unwrap();
        assert_eq!(
            (d.place.as_deref(), d.date.as_deref(), d.agency.as_deref()),
            (Some("PARIS"), Some("2021-03-12"), Some("AFP"))
        );
        let d = dl("WASHINGTON (Reuters) - The White House said.", Lang::En).unwrap();
        assert_eq!(d.agency.as_deref(), Some("Reuters"));
        let d = dl("NEW YORK (AP) — Stocks fell.", Lang::En).unwrap();
        assert_eq!(d.place.as_deref(), Some("NEW YORK"));
        assert!(dl("The White House said so.", Lang::En).is_none());
    }

    #[test]
    fn date_dateline() {
        let t = "Titre\n\n1er janvier 2016, 14h30. – Un homme a foncé.";
        let d = dl(t, Lang::Fr).expect("dateline");
        assert_eq!(d.date.as_deref(), Some("2016-01-01"));
    }

    #[test]
    fn bylines() {
        let t = "(Washington) Texte.\n\nAgence France-Presse\n\nSuite.";
        let (_, b) = find(&Document::new(t), Lang::Fr);
        assert_eq!(b.map(|b| b.text), Some("Agence France-Presse".into()));
        let (_, b) = find(&Document::new("By Jane Doe\nText here."), Lang::En);
        assert_eq!(b.map(|b| b.text), Some("By Jane Doe".into()));
    }
}
