//! The claims stage's own word lists, parsed once per language from `data/<lang>/`.
//!
//! The speakers' lexicon (`speakers::lex`) already holds cue verbs, complementizers and clause
//! breaks; the lists here only matter for delimiting reported content.

use crate::analysis::hashing::HashSet;
use crate::analysis::lexicon;
use crate::analysis::types::Lang;
use std::sync::OnceLock;

/// Word lists for reported-claim boundaries.
#[derive(Debug, Default)]
pub struct ClaimLex {
    /// Coordinating conjunctions ("and", "mais"): before a second attribution, one ends the
    /// first claim ("X said A and added B" is two claims, not one).
    pub coordinators: HashSet<String>,
}

/// The claims lexicon of `lang`, parsed on first use.
pub fn get(lang: Lang) -> &'static ClaimLex {
    static FR: OnceLock<ClaimLex> = OnceLock::new();
    static EN: OnceLock<ClaimLex> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| ClaimLex {
        coordinators: lexicon::word_set(lexicon::raw_lang(lang, "claim_coordinators.txt")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_coordinators() {
        assert!(get(Lang::En).coordinators.contains("and"));
        assert!(get(Lang::Fr).coordinators.contains("mais"));
    }
}
