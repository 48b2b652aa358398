//! Findings reported by a document rather than a person: "In the latest poll, Smith leads by
//! six points", "Smith leads by six points in a Gallup survey", « Dans un sondage publié lundi,
//! … ». The source is the phrase naming the poll, study or report; the content is the rest of
//! the sentence. Both the prepositions and the document nouns are language data.

use super::lex::ClaimLex;
use super::toks::{trim_punct_end, word_count};
use crate::analysis::segment::TokKind;
use crate::analysis::speakers::cues::Ctx;
use crate::analysis::types::{Claim, ClaimKind, Cue, Span, Speaker};

/// The longest source phrase, in tokens.
const MAX_SOURCE_TOKENS: usize = 12;
/// In a closing "in …" phrase: at most this many tokens from the preposition to the noun…
const MAX_BEFORE_NOUN: usize = 6;
/// …and after the noun ("released Monday", "this month").
const MAX_AFTER_NOUN: usize = 3;
/// The shortest content, in words.
const MIN_CONTENT_WORDS: usize = 4;

/// Claims whose source is a poll, study or report named in an "in …" phrase.
pub(crate) fn find(ctx: &Ctx, clex: &ClaimLex) -> Vec<Claim> {
    let mut out = Vec::new();
    for s in &ctx.doc.sentences {
        let (lo, hi) = s.tokens;
        if let Some(c) = leading(ctx, clex, lo, hi).or_else(|| trailing(ctx, clex, lo, hi)) {
            out.push(c);
        }
    }
    out
}

/// True when tokens `a..b` are plain narration (no quote, no punctuation but hyphens and
/// apostrophes) and name a document.
fn names_document(ctx: &Ctx, clex: &ClaimLex, a: usize, b: usize) -> bool {
    a < b
        && (a..b).all(|k| {
            !ctx.quoted.get(k).copied().unwrap_or(true)
                && (ctx.kind(k) != Some(TokKind::Punct) || ctx.is_punct(k, &["-", "'", "’", "/"]))
        })
        && (a..b).any(|k| clex.evidence_nouns.contains(ctx.word(k)))
}

/// "In the latest poll, …": the preposition opens the sentence and its phrase ends at a comma.
fn leading(ctx: &Ctx, clex: &ClaimLex, lo: usize, hi: usize) -> Option<Claim> {
    if !clex.evidence_preps.contains(ctx.word(lo)) {
        return None;
    }
    let comma = (lo + 1..hi.min(lo + 1 + MAX_SOURCE_TOKENS)).find(|&k| ctx.is_punct(k, &[","]))?;
    if !names_document(ctx, clex, lo + 1, comma) {
        return None;
    }
    let end = trim_punct_end(ctx, comma + 1, hi);
    (word_count(ctx, comma + 1, end) >= MIN_CONTENT_WORDS)
        .then(|| build(ctx, (comma + 1, end), (lo + 1, comma), lo))
}

/// "… leads by six points in a Gallup survey.": the phrase closes the sentence.
fn trailing(ctx: &Ctx, clex: &ClaimLex, lo: usize, hi: usize) -> Option<Claim> {
    let end = trim_punct_end(ctx, lo, hi);
    let floor = end.saturating_sub(MAX_SOURCE_TOKENS).max(lo + 1);
    let prep = (floor..end)
        .rev()
        .take_while(|&k| ctx.kind(k) != Some(TokKind::Punct) || ctx.is_punct(k, &["-", "'", "’"]))
        .find(|&k| clex.evidence_preps.contains(ctx.word(k)))?;
    if !names_document(ctx, clex, prep + 1, end) {
        return None;
    }
    // The document noun heads a short phrase that closes the sentence ("in a Gallup survey
    // released Monday"), not a clause ("in the polls would never …").
    let noun = (prep + 1..end)
        .rev()
        .find(|&k| clex.evidence_nouns.contains(ctx.word(k)))?;
    if noun - prep > MAX_BEFORE_NOUN || end - noun > MAX_AFTER_NOUN {
        return None;
    }
    let mut cend = prep;
    while cend > lo && ctx.is_punct(cend - 1, &[","]) {
        cend -= 1;
    }
    (word_count(ctx, lo, cend) >= MIN_CONTENT_WORDS)
        .then(|| build(ctx, (lo, cend), (prep + 1, end), prep))
}

fn build(ctx: &Ctx, content: (usize, usize), source: (usize, usize), prep: usize) -> Claim {
    let t = &ctx.doc.tokens;
    let span = |(a, b): (usize, usize)| Span::new(t[a].span.start, t[b - 1].span.end);
    let mention = span(source);
    Claim {
        span: span(content),
        kind: ClaimKind::Reported,
        source: Some(Speaker {
            mention,
            name: mention.text(ctx.doc.text).to_string(),
            cluster: None,
        }),
        cue: Some(Cue {
            span: t[prep].span,
            lemma: ctx.word(prep).to_string(),
        }),
        reason: None,
        rule: "CLAIM/REPORTED/EVIDENCE".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::types::Lang;

    fn claims(t: &str, lang: Lang) -> Vec<(String, String)> {
        super::super::toks::found(t, lang, find)
    }

    #[test]
    fn polls_and_studies_in_both_languages() {
        let table = [
            (
                Lang::En,
                "In the latest Gallup poll, the mayor leads her rival by six points.",
                "the mayor leads her rival by six points",
                "the latest Gallup poll",
            ),
            (
                Lang::En,
                "The mayor leads her rival by six points in a survey released Monday.",
                "The mayor leads her rival by six points",
                "a survey released Monday",
            ),
            (
                Lang::Fr,
                "Dans un sondage publié lundi, la maire devance son rival de six points.",
                "la maire devance son rival de six points",
                "un sondage publié lundi",
            ),
        ];
        for (lang, text, content, source) in table {
            assert_eq!(
                claims(text, lang),
                [(content.into(), source.into())],
                "{text}"
            );
        }
    }

    #[test]
    fn a_place_is_not_a_document() {
        assert!(claims(
            "In Ohio, the mayor leads her rival by six points.",
            Lang::En
        )
        .is_empty());
        assert!(claims("The mayor spoke for an hour in the town hall.", Lang::En).is_empty());
    }
}
