//! A second cue verb coordinated with the first, sharing its subject: "Smith said A and argued
//! that B", « Le maire a affirmé que A et a assuré que B ». The speakers stage attributes such a
//! verb only when it finds a subject for it; when it does not, the first claim would run on over
//! the second and the second would be lost. Here the conjunction and the listed verb form after
//! it are enough: the second verb gets the first one's speaker, so the content splits in two.

use crate::analysis::speakers::cues::{verb_form_at, Attribution, Ctx};
use crate::analysis::speakers::lex::CueKind;
use crate::analysis::types::Span;

/// How far after the first cue the conjunction is looked for, in tokens.
const MAX_REACH: usize = 60;

/// The attribution of a cue verb right after a conjunction in `a`'s clause ("and argued"),
/// with `a`'s speaker, when no attribution in `next` (those after `a`) already covers it.
pub(super) fn second_cue(
    ctx: &Ctx,
    a: &Attribution,
    next: &[(Attribution, crate::analysis::types::Speaker)],
) -> Option<Attribution> {
    let sp = a.speaker.toks;
    if a.inverted || a.introducer || a.kind == CueKind::Stance || sp.1 == 0 || sp.1 > a.cue.0 {
        return None;
    }
    let doc = ctx.doc;
    let si = doc.sentence_at(doc.tokens.get(a.cue.0)?.span.start)?;
    let hi = doc.sentences.get(si)?.tokens.1;
    let and = (a.cue.1..hi.min(a.cue.1 + MAX_REACH))
        .find(|&k| !ctx.quoted[k] && ctx.lex.coordinators.contains(ctx.word(k)))?;
    // "and has argued", « et a assuré »: an auxiliary (not a passive one) opens the group.
    let mut v = ctx.skip_adverbs(and + 1, hi);
    if v < hi && ctx.lex.aux.contains(ctx.word(v)) {
        if ctx.lex.passive_aux.contains(ctx.word(v)) {
            return None;
        }
        v = ctx.skip_adverbs(v + 1, hi);
    }
    if v >= hi || ctx.quoted[v] || ctx.lex.is_participle(ctx.word(v)) {
        return None;
    }
    let (form, n, plen) = verb_form_at(ctx, ctx.lex, v, hi, false)?;
    // An attribution of that verb with a subject of its own ("and Jones added") stands.
    let covered = next
        .iter()
        .take_while(|(b, _)| b.cue.0 <= v + n)
        .any(|(b, _)| b.cue.1 > and && b.speaker.toks.0 > and);
    if plen > 0 || covered {
        return None;
    }
    let t = &doc.tokens;
    Some(Attribution {
        cue: (and + 1, v + n),
        cue_span: Span::new(t[v].span.start, t[v + n - 1].span.end),
        lemma: form.lemma,
        kind: form.kind,
        speaker: a.speaker.clone(),
        inverted: false,
        introducer: false,
        content_start: v + n,
        paragraph: a.paragraph,
    })
}

/// The longest relative clause between a subject and its cue, in tokens.
const MAX_RELATIVE: usize = 40;

/// Cues whose subject opens the sentence before a relative clause set off by commas ("Smith,
/// who runs the bakery, said …", « Le maire, qui … , a affirmé … ») and that no attribution in
/// `found` (sorted by cue) covers: the relative clause is closed by its comma, so the cue is
/// the main verb and the opening phrase its subject.
pub(super) fn after_relative(
    ctx: &Ctx,
    found: &[(Attribution, crate::analysis::types::Speaker)],
) -> Vec<Attribution> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for sent in &doc.sentences {
        let (lo, hi) = sent.tokens;
        // The phrase parse is the costly part, and most sentences hold no relative pronoun
        // after a comma at all: those are ruled out first by one scan of their words.
        if !(lo + 1..hi)
            .any(|k| ctx.is_punct(k - 1, &[","]) && ctx.lex.relatives.contains(ctx.word(k)))
        {
            continue;
        }
        // The relative pronoun right after the opening phrase and its comma.
        let Some(np) = crate::analysis::speakers::cues::sentence_subject(ctx, lo, hi) else {
            continue;
        };
        let rel = np.toks.1 + 1;
        let opens = np.capitalised
            && np.pronoun.is_none()
            && ctx.is_punct(np.toks.1, &[","])
            && rel < hi
            && ctx.lex.relatives.contains(ctx.word(rel));
        if !opens {
            continue;
        }
        // The comma closing the relative clause, then the cue (auxiliaries and adverbs first).
        let Some(comma) = (rel + 1..hi.min(rel + MAX_RELATIVE))
            .find(|&k| ctx.is_punct(k, &[","]) && !ctx.quoted[k])
        else {
            continue;
        };
        let start = comma + 1;
        let mut v = ctx.skip_adverbs(start, hi);
        if v < hi && ctx.lex.aux.contains(ctx.word(v)) {
            if ctx.lex.passive_aux.contains(ctx.word(v)) {
                continue;
            }
            v = ctx.skip_adverbs(v + 1, hi);
        }
        if v >= hi || ctx.quoted[v] || ctx.lex.is_participle(ctx.word(v)) {
            continue;
        }
        let Some((form, n, 0)) = verb_form_at(ctx, ctx.lex, v, hi, false) else {
            continue;
        };
        let i = found.partition_point(|(b, _)| b.cue.1 <= start);
        if found.get(i).is_some_and(|(b, _)| b.cue.0 < v + n) {
            continue; // attributed already
        }
        let t = &doc.tokens;
        out.push(Attribution {
            cue: (start, v + n),
            cue_span: Span::new(t[v].span.start, t[v + n - 1].span.end),
            lemma: form.lemma,
            kind: form.kind,
            speaker: np,
            inverted: false,
            introducer: false,
            content_start: v + n,
            paragraph: sent.paragraph,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::types::Lang;

    #[test]
    fn a_coordinated_cue_splits_the_claim_in_both_languages() {
        for (lang, text, first, second) in [
            (
                Lang::En,
                "The mayor said the bridge was safe, and argued that the repairs could wait.",
                "the bridge was safe",
                "the repairs could wait",
            ),
            (
                Lang::Fr,
                "Le maire a affirmé que le pont était sûr et a assuré que les travaux pouvaient attendre.",
                "le pont était sûr",
                "les travaux pouvaient attendre",
            ),
        ] {
            let a = crate::analysis::analyse_as(text, Some(lang));
            let got: Vec<&str> = a.claims.iter().map(|c| c.span.text(text)).collect();
            assert!(got.contains(&first), "{text}: {got:?}");
            assert!(got.contains(&second), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_relative_clause_between_subject_and_cue_in_both_languages() {
        for (lang, text, content, source) in [
            (
                Lang::En,
                "Ann Lee, who runs the tenants' group and has lived here since 1990, said the rent freeze had failed.",
                "the rent freeze had failed",
                "Ann Lee",
            ),
            (
                Lang::Fr,
                "Anne Roy, qui dirige le syndicat depuis 2019 et vit ici, a affirmé que le gel des loyers avait échoué.",
                "le gel des loyers avait échoué",
                "Anne Roy",
            ),
        ] {
            let a = crate::analysis::analyse_as(text, Some(lang));
            let found = a.claims.iter().find(|c| c.span.text(text) == content);
            let name = found.and_then(|c| c.source.as_ref()).map(|s| s.name.as_str());
            assert!(name.is_some_and(|n| n.contains(source)), "{text}: {:?}", a.claims);
        }
    }
}
