//! Token helpers shared by the claim finders (and, in tests, a context to run them in).

use crate::analysis::segment::TokKind;
use crate::analysis::speakers::cues::Ctx;

/// The end of `from..to` without its trailing punctuation (quote marks kept: they belong to a
/// quoted content).
pub(super) fn trim_punct_end(ctx: &Ctx, from: usize, mut to: usize) -> usize {
    while to > from
        && ctx.kind(to - 1) == Some(TokKind::Punct)
        && !ctx.quoted.get(to - 1).copied().unwrap_or(false)
    {
        to -= 1;
    }
    to
}

/// The number of word tokens in `a..b`.
pub(super) fn word_count(ctx: &Ctx, a: usize, b: usize) -> usize {
    (a..b)
        .filter(|&k| ctx.kind(k) == Some(TokKind::Word))
        .count()
}

/// Runs `f` on the attribution context of `text` (quotes found, no entities).
#[cfg(test)]
pub(super) fn with_ctx<R>(
    text: &str,
    lang: crate::analysis::types::Lang,
    f: impl FnOnce(&Ctx, &'static super::lex::ClaimLex) -> R,
) -> R {
    let d = crate::analysis::segment::Document::new(text);
    let q = crate::analysis::quotes::find(&d, lang);
    let ctx = Ctx::new(&d, lang, &q);
    f(&ctx, super::lex::get(lang))
}

/// The text and source name ("-" for none) of each claim a finder returns on `text`.
#[cfg(test)]
pub(super) fn found(
    text: &str,
    lang: crate::analysis::types::Lang,
    finder: fn(&Ctx, &super::lex::ClaimLex) -> Vec<crate::analysis::types::Claim>,
) -> Vec<(String, String)> {
    with_ctx(text, lang, |ctx, clex| {
        finder(ctx, clex)
            .into_iter()
            .map(|c| {
                let source = c.source.map_or_else(|| "-".to_string(), |s| s.name);
                (c.span.text(text).to_string(), source)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::types::Lang;

    #[test]
    fn trims_punctuation_and_counts_words() {
        with_ctx("The plan works, he said.", Lang::En, |ctx, _| {
            let n = ctx.doc.tokens.len();
            assert_eq!(trim_punct_end(ctx, 0, n), n - 1);
            assert_eq!(word_count(ctx, 0, n), 5);
        });
    }
}
