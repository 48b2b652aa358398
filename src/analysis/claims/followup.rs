//! Follow-up participles: "“…,” he said, referring to the council", "Smith said, citing the
//! report". A participle cue right after an attribution reports a second thing with the same
//! speaker. When the sentence opens with a quote, the speakers stage finds no subject for the
//! participle and drops it, so the claim borrows the attribution's speaker. The content is what
//! follows the participle, up to the sentence end.

use super::toks::trim_punct_end;
use crate::analysis::segment::TokKind;
use crate::analysis::speakers::cues::{verb_form_at, Attribution, Ctx};
use crate::analysis::speakers::Attributions;
use crate::analysis::types::{Claim, ClaimKind, Cue, Span, Speaker};

/// The rule id of a participle follow-up claim.
pub(super) const RULE: &str = "CLAIM/REPORTED/FOLLOWUP";

/// The longest content, in tokens.
const MAX_CONTENT_TOKENS: usize = 80;

/// Claims of participle cues that follow an attribution and have none of their own.
pub(crate) fn find(found: &Attributions) -> Vec<Claim> {
    let ctx = &found.ctx;
    let mut out = Vec::new();
    for (i, (a, s)) in found.atts.iter().enumerate() {
        let next_cue = found.atts.get(i + 1).map(|(b, _)| b.cue.0);
        if let Some(c) = claim_after(ctx, a, s, next_cue) {
            out.push(c);
        }
    }
    out
}

fn claim_after(ctx: &Ctx, a: &Attribution, s: &Speaker, next_cue: Option<usize>) -> Option<Claim> {
    let doc = ctx.doc;
    // "Trump told reporters on his plane, referring to …": a listener and adjuncts may come
    // between the attribution and the participle's comma.
    let e = comma_after(ctx, a.extent().1)?;
    let k = e + 1;
    if ctx.kind(k) != Some(TokKind::Word) || ctx.quoted[k] {
        return None;
    }
    if next_cue.is_some_and(|c| c <= k) || !ctx.lex.is_participle(ctx.word(k)) {
        return None; // the participle has an attribution of its own, or is no participle
    }
    let si = doc.sentence_at(doc.tokens[k].span.start)?;
    let hi = doc.sentences[si].tokens.1;
    let (form, n, _) = verb_form_at(ctx, ctx.lex, k, hi, false)?;
    let lemma = form.lemma;
    let mut from = k + n;
    while from < hi && ctx.is_punct(from, &[",", ":"]) {
        from += 1;
    }
    if from >= hi || ctx.quoted[from] {
        return None; // ", adding, “…”": the quote is a claim of its own
    }
    let to = trim_punct_end(ctx, from, hi.min(from + MAX_CONTENT_TOKENS));
    if to <= from {
        return None;
    }
    let t = &doc.tokens;
    Some(Claim {
        span: Span::new(t[from].span.start, t[to - 1].span.end),
        kind: ClaimKind::Reported,
        source: Some(s.clone()),
        cue: Some(Cue {
            span: Span::new(t[k].span.start, t[k + n - 1].span.end),
            lemma: lemma.to_string(),
        }),
        reason: None,
        rule: RULE.to_string(),
    })
}

/// How many words may come between an attribution and the comma before its follow-up.
const MAX_WORDS_BEFORE_COMMA: usize = 8;

/// The comma at or after token `e`, with only unquoted words before it, within bounds.
fn comma_after(ctx: &Ctx, e: usize) -> Option<usize> {
    let n = ctx.doc.tokens.len();
    (e..n.min(e + MAX_WORDS_BEFORE_COMMA + 1))
        .take_while(|&j| {
            !ctx.quoted[j] && (ctx.kind(j) == Some(TokKind::Word) || ctx.is_punct(j, &[","]))
        })
        .find(|&j| ctx.is_punct(j, &[","]))
}

#[cfg(test)]
mod tests {
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;
    use crate::analysis::{quotes, speakers};

    fn followups(t: &str, lang: Lang) -> Vec<(String, String)> {
        let d = Document::new(t);
        let mut q = quotes::find(&d, lang);
        let found = speakers::attribute(&d, lang, &[], &[], &mut q);
        super::find(&found)
            .into_iter()
            .map(|c| {
                let src = c.source.map(|s| s.name).unwrap_or_default();
                (c.span.text(t).to_string(), src)
            })
            .collect()
    }

    #[test]
    fn a_participle_after_a_quote_attribution_borrows_its_speaker() {
        let got = followups(
            "“We will not wait,” Jane Roe said, referring to the council vote.",
            Lang::En,
        );
        assert_eq!(got, [("the council vote".into(), "Jane Roe".into())]);
    }

    #[test]
    fn a_participle_opening_a_quote_is_left_to_the_quote() {
        let got = followups(
            "“We will not wait,” Jane Roe said, adding, “The vote is over.”",
            Lang::En,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn french_participles_work_the_same_way() {
        let got = followups(
            "« Nous n'attendrons pas », a déclaré Anne Roy, citant le vote du conseil.",
            Lang::Fr,
        );
        assert_eq!(got, [("le vote du conseil".into(), "Anne Roy".into())]);
    }

    #[test]
    fn a_listener_and_adjuncts_may_come_before_the_participle() {
        let got = followups(
            "“I am not a lawyer,” Jane Roe told reporters on her plane, referring to the bruises.",
            Lang::En,
        );
        assert_eq!(got, [("the bruises".into(), "Jane Roe".into())]);
        let got = followups(
            "« Nous n'attendrons pas », a déclaré Anne Roy à la presse lundi, citant le vote du conseil.",
            Lang::Fr,
        );
        assert_eq!(got, [("le vote du conseil".into(), "Anne Roy".into())]);
    }
}
