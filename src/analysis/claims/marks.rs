//! Which claim-cue lists each token's word opens, read once per document.
//!
//! The hedge, stance, question and check-worthy finders each walk every token of the document
//! and ask their own list about it; nearly every token is in none of them. One table holding
//! all four lists (a bit per list) answers for a token in one probe, made once per document
//! ([`Marks::new`]); the finders then test a bit and probe their own list only for the few
//! tokens marked for it, so they answer exactly as before.

use super::lex::ClaimLex;
use crate::analysis::hashing::WordMap;
use crate::analysis::lexicon;
use crate::analysis::speakers::lex::norm_tokens;

/// The first word of a hedge phrase ([`ClaimLex::hedges`]).
pub(super) const M_HEDGE: u32 = 1;
/// A question cue ([`ClaimLex::question_cues`]).
pub(super) const M_QUESTION: u32 = 2;
/// An adjective or noun taking a "that" clause ([`ClaimLex::that_cues`]).
pub(super) const M_THAT: u32 = 4;
/// The first word of a check-worthy cue pattern (`checkworthy.tsv`).
pub(super) const M_CHECK: u32 = 8;

/// The `M_*` bits of every token of one document.
pub(crate) struct Marks(Vec<u32>);

impl Marks {
    /// One probe of the language's mark table per token of `words` (the normalised forms).
    pub(crate) fn new(words: &[&str], clex: &ClaimLex) -> Marks {
        Marks(
            words
                .iter()
                .map(|w| clex.marks.get(w).copied().unwrap_or(0))
                .collect(),
        )
    }

    /// Token `i`'s word has one of the bits `bits` (false past the end).
    #[inline]
    pub(super) fn has(&self, i: usize, bits: u32) -> bool {
        self.0.get(i).is_some_and(|b| b & bits != 0)
    }
}

/// Adds `bit` to each of `words` in `table`.
pub(super) fn mark<'w>(
    table: &mut WordMap<u32>,
    words: impl IntoIterator<Item = &'w str>,
    bit: u32,
) {
    for w in words {
        *table.entry_or_default(w.to_string()) |= bit;
    }
}

/// The first words of the phrases of a phrase file, as [`Phrases::from_lines`] indexes them
/// (first tab-separated field, normalised tokens).
///
/// [`Phrases::from_lines`]: crate::analysis::speakers::lex::Phrases
pub(super) fn phrase_firsts(src: &'static str) -> Vec<String> {
    lexicon::lines(src)
        .filter_map(|l| {
            norm_tokens(l.split('\t').next().unwrap_or(""))
                .into_iter()
                .next()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::types::Lang;

    #[test]
    fn every_list_entry_is_marked_and_other_words_are_not() {
        for lang in [Lang::En, Lang::Fr] {
            let clex = super::super::lex::get(lang);
            for w in &clex.question_cues {
                assert!(Marks::new(&[w.as_str()], clex).has(0, M_QUESTION), "{w}");
            }
            for l in lexicon::lines(lexicon::raw_lang(lang, "claim_hedges.txt")) {
                let toks = norm_tokens(l.split('\t').next().unwrap_or(""));
                let words: Vec<&str> = toks.iter().map(String::as_str).collect();
                if !words.is_empty() {
                    assert!(clex.hedges.match_at(&words, 0).is_some(), "{l}");
                    assert!(Marks::new(&words, clex).has(0, M_HEDGE), "{l}");
                }
            }
            let m = Marks::new(&["zzzq", ""], clex);
            assert!(!m.has(0, M_HEDGE | M_QUESTION | M_THAT | M_CHECK));
            assert!(!m.has(1, M_HEDGE | M_QUESTION | M_THAT | M_CHECK));
            assert!(!m.has(2, M_HEDGE));
        }
        let en = super::super::lex::get(Lang::En);
        assert!(Marks::new(&["confident"], en).has(0, M_THAT));
        assert!(Marks::new(&["record"], en).has(0, M_CHECK));
    }
}
