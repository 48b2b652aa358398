//! Language detection: French or English, by counting very frequent function words.
//!
//! News text is long enough that a stop-word vote is reliable and costs one pass over the tokens;
//! the word lists are data (`data/<lang>/stopwords.txt`).

use super::lexicon;
use super::segment::{Document, TokKind};
use super::types::Lang;
use crate::analysis::hashing::HashMap;
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

/// Detects the language of a document; English when there is no evidence either way.
pub fn detect(doc: &Document) -> Lang {
    let both = stopwords();
    let (mut nf, mut ne) = (0usize, 0usize);
    // The first few thousand words decide; this keeps detection O(1) on huge inputs.
    for (i, _) in doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokKind::Word)
        .take(5000)
    {
        let bits = both.get(doc.norm(i)).copied().unwrap_or(0);
        nf += usize::from(bits & 1);
        ne += usize::from(bits >> 1 & 1);
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
    fn empty_text_defaults_to_english() {
        assert_eq!(lang(""), Lang::En);
    }
}
