//! Language detection: French or English, by counting very frequent function words.
//!
//! News text is long enough that a stop-word vote is reliable and costs one pass over the tokens;
//! the word lists are data (`data/<lang>/stopwords.txt`).

use super::lexicon;
use super::segment::{Document, TokKind};
use super::types::Lang;
use crate::analysis::hashing::HashSet;
use std::sync::OnceLock;

fn stopwords(lang: Lang) -> &'static HashSet<String> {
    static FR: OnceLock<HashSet<String>> = OnceLock::new();
    static EN: OnceLock<HashSet<String>> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| lexicon::word_set(lexicon::raw_lang(lang, "stopwords.txt")))
}

/// Detects the language of a document; English when there is no evidence either way.
pub fn detect(doc: &Document) -> Lang {
    let (fr, en) = (stopwords(Lang::Fr), stopwords(Lang::En));
    let (mut nf, mut ne) = (0usize, 0usize);
    // The first few thousand words decide; this keeps detection O(1) on huge inputs.
    for (i, _) in doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokKind::Word)
        .take(5000)
    {
        let w = doc.norm(i);
        nf += fr.contains(w) as usize;
        ne += en.contains(w) as usize;
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
