//! Unsourced expectations and hearsay: "The House is expected to pass the bill", "Smith
//! reportedly met the donors", « Le texte est censé entrer en vigueur ». Reported content with no
//! named source: the claim is the whole clause, and its source is left empty rather than guessed.

use super::lex::ClaimLex;
use super::marks::{Marks, M_HEDGE};
use super::toks::{trim_punct_end, word_count};
use crate::analysis::speakers::cues::Ctx;
use crate::analysis::types::{Claim, ClaimKind, Cue, Span};

/// How far back (in tokens) the clause holding a hedge may start.
const CLAUSE_REACH: usize = 25;
/// The longest content after the hedge, in tokens.
const MAX_AFTER: usize = 60;
/// The shortest content after the hedge, in words.
const MIN_AFTER_WORDS: usize = 2;

/// Claims around hedge phrases, at most one per sentence.
pub(crate) fn find(ctx: &Ctx, clex: &ClaimLex, marks: &Marks) -> Vec<Claim> {
    let mut out = Vec::new();
    for s in &ctx.doc.sentences {
        let (lo, hi) = s.tokens;
        let hit = (lo..hi).find_map(|k| {
            if !marks.has(k, M_HEDGE) || ctx.quoted.get(k).copied().unwrap_or(true) {
                return None;
            }
            clex.hedge_len_at(&ctx.words[..hi], k).map(|n| (k, n))
        });
        let Some((k, n)) = hit else { continue };
        let floor = k.saturating_sub(CLAUSE_REACH).max(lo);
        let from = (floor..k)
            .rev()
            .find(|&j| ctx.is_punct(j, &[",", ";", ":", "—", "–"]) || ctx.quoted[j])
            .map_or(floor, |j| j + 1);
        let mut to = hi.min(k + n + MAX_AFTER);
        if let Some(c) = (k + n..to).find(|&j| ctx.is_punct(j, &[";", ":"])) {
            to = c;
        }
        let to = trim_punct_end(ctx, k + n, to);
        let words = word_count(ctx, k + n, to);
        if words < MIN_AFTER_WORDS || from >= k && k > lo {
            continue;
        }
        let t = &ctx.doc.tokens;
        out.push(Claim {
            span: Span::new(t[from].span.start, t[to - 1].span.end),
            kind: ClaimKind::Reported,
            source: None,
            cue: Some(Cue {
                span: Span::new(t[k].span.start, t[k + n - 1].span.end),
                lemma: ctx.words[k..k + n].join(" "),
            }),
            reason: None,
            rule: "CLAIM/REPORTED/HEDGE".to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::types::Lang;

    fn claims(t: &str, lang: Lang) -> Vec<String> {
        let found = super::super::toks::found(t, lang, |c, l| find(c, l, &Marks::new(&c.words, l)));
        found.into_iter().map(|(text, _)| text).collect()
    }

    #[test]
    fn hedged_clauses_in_both_languages() {
        let table = [
            (
                Lang::En,
                "The House is expected to pass the bill next week.",
                "The House is expected to pass the bill next week",
            ),
            (
                Lang::En,
                "After the vote, the senator reportedly met the donors.",
                "the senator reportedly met the donors",
            ),
            (
                Lang::Fr,
                "Le texte est censé entrer en vigueur en mai.",
                "Le texte est censé entrer en vigueur en mai",
            ),
        ];
        for (lang, text, want) in table {
            assert_eq!(claims(text, lang), [want], "{text}");
        }
    }

    #[test]
    fn plain_statements_have_no_hedge() {
        assert!(claims("The House passed the bill last week.", Lang::En).is_empty());
    }
}
