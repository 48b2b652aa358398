//! Beliefs and assertions carried by an adjective or a noun rather than a verb: "Smith is
//! confident that …", "his claim that …", « le ministre est convaincu que … », « sa conviction
//! que … ». The content is the "that"/"que" clause. An adjective's source is the sentence
//! subject; a noun's is its possessor, and without one ("the idea that") no claim is made.

use super::lex::{ClaimLex, ThatCue};
use super::marks::{Marks, M_THAT};
use super::toks::{trim_punct_end, word_count};
use crate::analysis::speakers::cues::{self, Ctx};
use crate::analysis::types::{Claim, ClaimKind, Cue, Span, Speaker};

/// The longest content, in tokens.
const MAX_CONTENT_TOKENS: usize = 80;
/// The shortest content, in words.
const MIN_CONTENT_WORDS: usize = 3;

/// Claims introduced by adjective or noun cues with a "that" clause.
pub(crate) fn find(ctx: &Ctx, clex: &ClaimLex, marks: &Marks) -> Vec<Claim> {
    let mut out = Vec::new();
    for s in &ctx.doc.sentences {
        let (lo, hi) = s.tokens;
        let mut k = lo;
        while k + 1 < hi {
            // (Only a word marked as a "that" cue can open one: the others are not looked up.)
            if !marks.has(k, M_THAT) {
                k += 1;
                continue;
            }
            match claim_at(ctx, clex, k, lo, hi) {
                Some((c, end)) => {
                    out.push(c);
                    k = end;
                }
                None => k += 1,
            }
        }
    }
    out
}

fn claim_at(ctx: &Ctx, clex: &ClaimLex, k: usize, lo: usize, hi: usize) -> Option<(Claim, usize)> {
    let kind = clex.that_cues.get(ctx.word(k))?;
    if ctx.quoted.get(k).copied().unwrap_or(true)
        || !ctx.lex.complementizers.contains(ctx.word(k + 1))
    {
        return None;
    }
    let (mention, name) = match kind {
        ThatCue::Adjective => {
            let np = cues::sentence_subject(ctx, lo, k)?;
            (np.span, np.span.text(ctx.doc.text).to_string())
        }
        ThatCue::Noun => {
            let p = k
                .checked_sub(1)
                .filter(|&p| p >= lo && ctx.lex.possessives.contains(ctx.word(p)))?;
            let span = ctx.doc.tokens[p].span;
            (span, span.text(ctx.doc.text).to_string())
        }
    };
    let from = k + 2;
    let mut to = hi.min(from + MAX_CONTENT_TOKENS);
    if let Some(c) =
        (from..to).find(|&j| ctx.is_punct(j, &[";", ":"]) || ctx.quoted[j] && !ctx.quoted[from])
    {
        to = c;
    }
    let to = trim_punct_end(ctx, from, to);
    let words = word_count(ctx, from, to);
    if words < MIN_CONTENT_WORDS {
        return None;
    }
    let t = &ctx.doc.tokens;
    let claim = Claim {
        span: Span::new(t[from].span.start, t[to - 1].span.end),
        kind: ClaimKind::Reported,
        source: Some(Speaker {
            mention,
            name,
            cluster: None,
        }),
        cue: Some(Cue {
            span: Span::new(t[k].span.start, t[k + 1].span.end),
            lemma: ctx.word(k).to_string(),
        }),
        reason: None,
        rule: match kind {
            ThatCue::Adjective => "CLAIM/REPORTED/ADJECTIVE",
            ThatCue::Noun => "CLAIM/REPORTED/NOUN",
        }
        .to_string(),
    };
    Some((claim, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::types::Lang;

    fn claims(t: &str, lang: Lang) -> Vec<(String, String)> {
        super::super::toks::found(t, lang, |c, l| find(c, l, &Marks::new(&c.words, l)))
    }

    #[test]
    fn adjective_and_noun_cues_in_both_languages() {
        let table = [
            (
                Lang::En,
                "The governor is confident that the budget will pass.",
                "the budget will pass",
                "governor",
            ),
            (
                Lang::En,
                "Critics rejected his claim that the tax cut pays for itself.",
                "the tax cut pays for itself",
                "his",
            ),
            (
                Lang::Fr,
                "La ministre est convaincue que la réforme sera votée.",
                "la réforme sera votée",
                "ministre",
            ),
        ];
        for (lang, text, content, source) in table {
            let got = claims(text, lang);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, content, "{text}");
            assert!(got[0].1.contains(source), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_noun_without_possessor_makes_no_claim() {
        assert!(claims("The idea that taxes fall is popular.", Lang::En).is_empty());
    }
}
