//! Reported questions: "Asked if the plan was legal, …", "Smith asked the minister why …",
//! « Il a demandé si … ». The content is the embedded question, from its question word; when the
//! question cue opens the sentence (a participle clause), the content ends at its comma.

use super::lex::ClaimLex;
use super::marks::{Marks, M_QUESTION};
use super::toks::trim_punct_end;
use crate::analysis::segment::TokKind;
use crate::analysis::speakers::cues::Ctx;
use crate::analysis::speakers::np;

/// How many tokens (an object phrase, "by a reporter") may come between cue and question word.
const QUESTION_REACH: usize = 6;
/// The longest question content, in tokens.
const MAX_QUESTION_TOKENS: usize = 60;
/// The shortest question content, in tokens (question word included).
const MIN_QUESTION_TOKENS: usize = 3;

/// One reported question: the cue token and the content's token range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub cue: usize,
    pub content: (usize, usize),
}

/// Every reported question of the document, in text order. Linear: each cue looks a bounded
/// number of tokens ahead.
pub fn find(ctx: &Ctx, clex: &ClaimLex, marks: &Marks) -> Vec<Question> {
    let mut out = Vec::new();
    for s in &ctx.doc.sentences {
        let (lo, hi) = s.tokens;
        let mut k = lo;
        while k < hi {
            // (Only a word marked as a question cue can open one: the others are not looked up.)
            if !marks.has(k, M_QUESTION) {
                k += 1;
                continue;
            }
            if let Some(q) = question_at(ctx, clex, k, hi) {
                k = q.content.1;
                out.push(q);
            } else {
                k += 1;
            }
        }
    }
    out
}

fn question_at(ctx: &Ctx, clex: &ClaimLex, k: usize, hi: usize) -> Option<Question> {
    if ctx.quoted.get(k).copied().unwrap_or(true) || !clex.question_cues.contains(ctx.word(k)) {
        return None;
    }
    let mut j = k + 1;
    let limit = hi.min(k + 1 + QUESTION_REACH);
    while j < limit && !clex.question_words.contains(ctx.word(j)) {
        if ctx.kind(j) == Some(TokKind::Punct) {
            return None;
        }
        j += 1;
    }
    if j >= limit || ctx.quoted.get(j).copied().unwrap_or(true) {
        return None;
    }
    // Between cue and question word only an object phrase ("the minister") or an agent ("by a
    // reporter", an adjunct) may stand.
    if j > k + 1 {
        let from = k + 1 + usize::from(ctx.lex.adjunct_preps.contains(ctx.word(k + 1)));
        let ok = np::forward(ctx, from, j).is_some_and(|n| n.toks.1 == j);
        if !ok {
            return None;
        }
    }
    let opening = crate::analysis::speakers::cues::sentence_initial(ctx, k);
    let mut end = hi.min(j + MAX_QUESTION_TOKENS);
    if opening {
        if let Some(c) = (j..end).find(|&t| ctx.is_punct(t, &[","])) {
            end = c;
        }
    }
    let end = trim_punct_end(ctx, j, end);
    (end >= j + MIN_QUESTION_TOKENS).then_some(Question {
        cue: k,
        content: (j, end),
    })
}

#[cfg(test)]
mod tests {
    use super::super::toks::with_ctx;
    use super::*;
    use crate::analysis::types::Lang;

    fn questions(t: &str, lang: Lang) -> Vec<String> {
        with_ctx(t, lang, |ctx, clex| {
            find(ctx, clex, &Marks::new(&ctx.words, clex))
                .into_iter()
                .map(|q| {
                    let (a, b) = q.content;
                    let toks = &ctx.doc.tokens;
                    t[toks[a].span.start..toks[b - 1].span.end].to_string()
                })
                .collect()
        })
    }

    #[test]
    fn embedded_questions_in_both_languages() {
        let table = [
            (
                Lang::En,
                "Asked whether the plant would reopen, the mayor shook his head.",
                "whether the plant would reopen",
            ),
            (
                Lang::En,
                "She asked the governor why the bridge was closed.",
                "why the bridge was closed",
            ),
            (
                Lang::Fr,
                "Elle a demandé au ministre pourquoi le pont était fermé.",
                "pourquoi le pont était fermé",
            ),
        ];
        for (lang, text, want) in table {
            assert_eq!(questions(text, lang), [want], "{text}");
        }
    }

    #[test]
    fn a_request_is_not_a_question() {
        assert!(questions("He asked the court for more time.", Lang::En).is_empty());
        assert!(questions("Il a demandé un délai.", Lang::Fr).is_empty());
    }
}
