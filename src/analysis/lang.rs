//! Language detection: French or English, by counting very frequent function words.
//!
//! News text is long enough that a stop-word vote is reliable and costs one pass over the tokens;
//! the word lists are data (`data/<lang>/stopwords.txt`).

use super::lexicon;
use super::segment::{Document, TokKind};
use super::types::Lang;
use crate::analysis::hashing::{HashMap, ShapeFilter};
use std::sync::OnceLock;

/// The stop words of both languages in one map, with a bit per language (1 French, 2 English):
/// one probe per word instead of one per language. The sentence splitter reads it too.
pub(crate) fn stopwords() -> &'static HashMap<String, u8> {
    static BOTH: OnceLock<HashMap<String, u8>> = OnceLock::new();
    BOTH.get_or_init(|| {
        let mut both: HashMap<String, u8> = HashMap::default();
        for (lang, bit) in [(Lang::Fr, 1), (Lang::En, 2)] {
            for w in lexicon::word_set(lexicon::raw_lang(lang, "stopwords.txt")) {
                *both.entry(w).or_default() |= bit;
            }
        }
        both
    })
}

/// A [`ShapeFilter`] of [`stopwords`]: most words of a text are no stop word, and the filter
/// says so without hashing them (a word it lets through is probed as before).
fn stopword_filter() -> &'static ShapeFilter {
    static FILTER: OnceLock<ShapeFilter> = OnceLock::new();
    FILTER.get_or_init(|| ShapeFilter::with_keys(stopwords().keys().map(String::as_str)))
}

/// Detects the language of a document; English when there is no evidence either way.
pub fn detect(doc: &Document) -> Lang {
    let both = stopwords();
    let filter = stopword_filter();
    let (mut nf, mut ne) = (0usize, 0usize);
    // The first few thousand words decide; this keeps detection O(1) on huge inputs.
    const WORDS: usize = 5000;
    let mut words = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        if words == WORDS {
            break;
        }
        if t.kind != TokKind::Word {
            continue;
        }
        words += 1;
        let w = doc.norm(i);
        let bits = if filter.may_contain(w) {
            both.get(w).copied().unwrap_or(0)
        } else {
            0
        };
        nf += usize::from(bits & 1);
        ne += usize::from(bits >> 1 & 1);
        // Each word left moves `nf - ne` by one at most: once the lead exceeds the words that
        // may still be counted (tokens left, and the cap), the verdict cannot change.
        let left = (WORDS - words).min(doc.tokens.len() - i - 1);
        if nf > ne + left || ne >= nf + left {
            break;
        }
    }
    if nf > ne {
        Lang::Fr
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(t: &str) -> Lang {
        detect(&Document::new(t))
    }

    #[test]
    fn detects_french_and_english() {
        assert_eq!(
            lang("Le président a dit que les sanctions sont levées."),
            Lang::Fr
        );
        assert_eq!(
            lang("The president said that the sanctions were lifted."),
            Lang::En
        );
    }

    #[test]
    fn an_early_lead_does_not_decide_before_the_words_that_could_undo_it() {
        let fr = "Le président a dit que les sanctions sont levées. ";
        let en = "The president said that the sanctions were lifted and that the talks go on. ";
        assert_eq!(lang(&format!("{fr}{}", en.repeat(3))), Lang::En);
        assert_eq!(lang(&format!("{}{fr}", en.repeat(3))), Lang::En);
        assert_eq!(lang(&format!("{en}{}", fr.repeat(4))), Lang::Fr);
    }

    #[test]
    fn empty_text_defaults_to_english() {
        assert_eq!(lang(""), Lang::En);
    }
}
