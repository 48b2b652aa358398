//! Claims in a headline. Headlines are written in title case ("Trump Says He Never Pledged To
//! …") or as a label and a colon ("Poll: Sanders Leads in New Hampshire"), and the attribution
//! machinery reads a capitalised word inside a sentence as a name, never as a cue: so the first
//! paragraph gets its own two patterns.
//! - Title case: a listed cue verb after a few words is the attribution; the words before it are
//!   the source, the words after it (up to a semicolon or dash) the content.
//! - Label: up to a few capitalised words and a colon open the headline; they are the source,
//!   the rest is the content. Rubric labels ("Breaking", "The Latest") are data
//!   (`claim_label_stops.txt`).

use super::lex::ClaimLex;
use super::toks::{trim_punct_end, word_count};
use crate::analysis::lexicon;
use crate::analysis::segment::TokKind;
use crate::analysis::speakers::cues::Ctx;
use crate::analysis::types::{Claim, ClaimKind, Cue, Span, Speaker};

/// The longest headline, in tokens: a longer first paragraph is body text.
const MAX_HEADLINE_TOKENS: usize = 40;
/// The longest source before a cue or a colon, in tokens.
const MAX_SOURCE_TOKENS: usize = 6;
/// The shortest content, in words.
const MIN_CONTENT_WORDS: usize = 2;
/// Share of capitalised words (in percent) that makes a headline title case.
const TITLE_CASE_PERCENT: usize = 60;

/// Claims of the headline (the first paragraph), if it reads as one.
pub(crate) fn find(ctx: &Ctx, clex: &ClaimLex) -> Vec<Claim> {
    let doc = ctx.doc;
    let Some(para) = doc.paragraphs.first() else {
        return Vec::new();
    };
    let lo = doc.token_at_or_after(para.start);
    let hi = (lo..doc.tokens.len().min(lo + MAX_HEADLINE_TOKENS + 1))
        .find(|&k| doc.tokens[k].span.start >= para.end)
        .unwrap_or(doc.tokens.len());
    if hi > lo + MAX_HEADLINE_TOKENS || hi <= lo {
        return Vec::new();
    }
    if let Some(c) = label(ctx, clex, lo, hi) {
        return vec![c];
    }
    title_case_cue(ctx, lo, hi).into_iter().collect()
}

/// "Poll: Sanders Leads …", "NY Post: …".
fn label(ctx: &Ctx, clex: &ClaimLex, lo: usize, hi: usize) -> Option<Claim> {
    let colon = (lo + 1..hi.min(lo + MAX_SOURCE_TOKENS + 1)).find(|&k| ctx.is_punct(k, &[":"]))?;
    // Names and short joining words: "Clinton to Planned Parenthood", "Former AG at RNC".
    let joining = |k: usize| {
        ctx.lex.connectors.contains(ctx.word(k))
            || ctx.lex.adjunct_preps.contains(ctx.word(k))
            || ctx.lex.infinitive_markers.contains(ctx.word(k))
    };
    let words_capitalised = ctx.is_capitalised(lo)
        && (lo..colon).all(|k| match ctx.kind(k) {
            Some(TokKind::Word) => ctx.is_capitalised(k) || joining(k),
            Some(TokKind::Number) => true,
            _ => ctx.is_punct(k, &["-", "'", "’", "."]),
        });
    let doc = ctx.doc;
    let source = Span::new(doc.tokens[lo].span.start, doc.tokens[colon - 1].span.end);
    // "Retraites : le gouvernement …" is a rubric where the convention wants a quote after the
    // label ("Macron : « Nous ne céderons pas »").
    let quote_follows = ctx.quoted.get(colon + 1) == Some(&true);
    if !words_capitalised
        || clex.label_needs_quote && !quote_follows
        || clex
            .label_stops
            .contains(&lexicon::norm(source.text(doc.text)))
    {
        return None;
    }
    make(
        ctx,
        source,
        colon,
        colon + 1,
        hi,
        "CLAIM/REPORTED/HEADLINE_LABEL",
    )
}

/// "Bellwether County Says Trump Should Win GOP Nomination."
fn title_case_cue(ctx: &Ctx, lo: usize, hi: usize) -> Option<Claim> {
    let words = word_count(ctx, lo, hi);
    let caps = (lo..hi).filter(|&k| ctx.is_capitalised(k)).count();
    if words == 0 || caps * 100 < words * TITLE_CASE_PERCENT {
        return None;
    }
    let cue = (lo + 1..hi.min(lo + MAX_SOURCE_TOKENS + 1)).find(|&k| {
        ctx.kind(k) == Some(TokKind::Word)
            && ctx.kind(k - 1) == Some(TokKind::Word)
            && ctx
                .lex
                .verbs
                .get(ctx.word(k))
                .is_some_and(|forms| forms.iter().any(|f| f.rest.is_empty() && !f.reflexive))
    })?;
    let doc = ctx.doc;
    let source = Span::new(doc.tokens[lo].span.start, doc.tokens[cue - 1].span.end);
    make(ctx, source, cue, cue + 1, hi, "CLAIM/REPORTED/HEADLINE")
}

/// The claim from token `from` to a semicolon, dash or the headline's end, with its source and
/// the cue at token `cue`; none when the content is too short.
fn make(ctx: &Ctx, source: Span, cue: usize, from: usize, hi: usize, rule: &str) -> Option<Claim> {
    let to = (from..hi)
        .find(|&k| ctx.is_punct(k, &[";", "—", "–"]) && !ctx.quoted[k])
        .unwrap_or(hi);
    let to = trim_punct_end(ctx, from, to);
    if word_count(ctx, from, to) < MIN_CONTENT_WORDS {
        return None;
    }
    let t = &ctx.doc.tokens;
    Some(Claim {
        span: Span::new(t[from].span.start, t[to - 1].span.end),
        kind: ClaimKind::Reported,
        source: Some(Speaker {
            mention: source,
            name: source.text(ctx.doc.text).to_string(),
            cluster: None,
        }),
        cue: Some(Cue {
            span: t[cue].span,
            lemma: ctx.word(cue).to_string(),
        }),
        reason: None,
        rule: rule.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::types::Lang;

    fn claims(t: &str, lang: Lang) -> Vec<(String, String)> {
        super::super::toks::found(t, lang, find)
    }

    #[test]
    fn title_case_and_label_headlines_in_both_languages() {
        let table = [
            (
                Lang::En,
                "City Council Says Bridge Will Reopen in June.\n\nThe council voted.",
                "Bridge Will Reopen in June",
                "City Council",
            ),
            (
                Lang::En,
                "Poll: Mayor Leads Her Rival by Six Points.\n\nA new poll.",
                "Mayor Leads Her Rival by Six Points",
                "Poll",
            ),
            (
                Lang::En,
                "Mayor to Council: We Will Reopen the Bridge in June.\n\nThe mayor wrote.",
                "We Will Reopen the Bridge in June",
                "Mayor to Council",
            ),
            (
                Lang::Fr,
                "Anne Roy : « Nous rouvrirons le pont en juin »\n\nLa maire a parlé.",
                "« Nous rouvrirons le pont en juin »",
                "Anne Roy",
            ),
        ];
        for (lang, text, content, source) in table {
            assert_eq!(
                claims(text, lang),
                [(content.to_string(), source.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn body_text_and_rubric_labels_make_no_headline_claim() {
        assert!(claims("The council says the bridge will reopen.", Lang::En).is_empty());
        assert!(claims("Breaking: Bridge Closed After Storm.\n\nText.", Lang::En).is_empty());
        // A French label with no quote after it is a rubric.
        let rubric = "Retraites : le gouvernement durcit le ton\n\nLe texte.";
        assert!(claims(rubric, Lang::Fr).is_empty());
    }
}
