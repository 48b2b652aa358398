//! The claims stage's own word lists, parsed once per language from `data/<lang>/`.
//!
//! The speakers' lexicon (`speakers::lex`) already holds cue verbs, complementizers, clause
//! breaks, coordinators and possessives; the lists here only matter for delimiting reported
//! content.

use super::marks;
use crate::analysis::hashing::{WordMap, WordSet};
use crate::analysis::lexicon;
use crate::analysis::speakers::lex::Phrases;
use crate::analysis::types::Lang;
use std::sync::OnceLock;

/// Word lists for reported-claim boundaries.
#[derive(Debug, Default)]
pub struct ClaimLex {
    /// Verb forms that report a question ("asked", "a demandé").
    pub question_cues: WordSet,
    /// Words opening an embedded question ("if", "why", "si").
    pub question_words: WordSet,
    /// Nouns of documents that report findings ("poll", "sondage").
    pub evidence_nouns: WordSet,
    /// Prepositions introducing such a document ("in", "dans").
    pub evidence_preps: WordSet,
    /// Hedge phrases ("is expected to", "reportedly"), as normalised tokens.
    pub hedges: Phrases,
    /// Adjectives and nouns that take a "that" clause ("confident", "claim").
    pub that_cues: WordMap<ThatCue>,
    /// Belief cue lemmas whose plain object is the content ("called for a recount").
    pub object_cues: WordSet,
    /// Speech cue lemmas that need a clause, not a plain object ("maintained a lead").
    pub clause_only_cues: WordSet,
    /// Cue lemmas whose plain object is a listener, not what is said ("told reporters").
    pub listener_cues: WordSet,
    /// Headline labels that name a rubric, not a source ("breaking", "the latest").
    pub label_stops: WordSet,
    /// Words opening an apposition after a comma ("…, a decision the court upheld"): the
    /// narrator's comment, where a reported content ends.
    pub appositive_openers: WordSet,
    /// Conjunctions that open a narrator's clause when a subject and a verb follow ("…, officials
    /// said, as talks stalled"): `claim_narrator_conjunctions.txt`.
    pub narrator_conjunctions: WordSet,
    /// A headline label ("Poll: Sanders leads") is a source only before a quote ("Macron : « … »"):
    /// `headline_labels quote` in `claim_conventions.tsv`. French headlines open with a topic
    /// rubric ("Retraites : le gouvernement …"), English ones with a source.
    pub label_needs_quote: bool,
    /// A direct quote with its speaker is also a reported claim: `direct_quotes yes` in
    /// `claim_conventions.tsv` (US political news annotates every attribution).
    pub direct_quotes: bool,
    /// The [`super::marks`] table: the lists the finders ask about every token, as bits.
    pub marks: WordMap<u32>,
}

/// What kind of word a [`ClaimLex::that_cues`] entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThatCue {
    Adjective,
    Noun,
}

impl ClaimLex {
    /// Length in tokens of the longest hedge phrase starting at `i` in `words`: the speakers'
    /// phrase index, so a word that starts no hedge costs one probe.
    pub fn hedge_len_at(&self, words: &[&str], i: usize) -> Option<usize> {
        self.hedges.match_at(words, i)
    }
}

/// The claims lexicon of `lang`, parsed on first use.
pub fn get(lang: Lang) -> &'static ClaimLex {
    static FR: OnceLock<ClaimLex> = OnceLock::new();
    static EN: OnceLock<ClaimLex> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let mut clex = parse(lang);
        let mut marks = WordMap::default();
        let hedges = marks::phrase_firsts(lexicon::raw_lang(lang, "claim_hedges.txt"));
        marks::mark(
            &mut marks,
            hedges.iter().map(String::as_str),
            marks::M_HEDGE,
        );
        marks::mark(
            &mut marks,
            clex.question_cues.iter().map(String::as_str),
            marks::M_QUESTION,
        );
        marks::mark(&mut marks, clex.that_cues.keys(), marks::M_THAT);
        marks::mark(
            &mut marks,
            super::checkworthy::first_words(lang),
            marks::M_CHECK,
        );
        clex.marks = marks;
        clex
    })
}

/// The lists of `lang` as read from the data files ([`ClaimLex::marks`] left empty).
fn parse(lang: Lang) -> ClaimLex {
    let set = |name: &str| lexicon::word_set(lexicon::raw_lang(lang, name));
    ClaimLex {
        question_cues: set("claim_question_cues.txt"),
        question_words: set("claim_question_words.txt"),
        evidence_nouns: set("claim_evidence_nouns.txt"),
        evidence_preps: set("claim_evidence_preps.txt"),
        hedges: Phrases::from_lines(lexicon::raw_lang(lang, "claim_hedges.txt")),
        that_cues: that_cues(lang),
        object_cues: set("claim_object_cues.txt"),
        clause_only_cues: set("claim_clause_only_cues.txt"),
        listener_cues: set("claim_listener_cues.txt"),
        label_stops: set("claim_label_stops.txt"),
        appositive_openers: set("claim_appositive_openers.txt"),
        narrator_conjunctions: set("claim_narrator_conjunctions.txt"),
        label_needs_quote: convention(lang, "headline_labels") == Some("quote"),
        direct_quotes: convention(lang, "direct_quotes") == Some("yes"),
        marks: WordMap::default(),
    }
}

/// The rows of `claim_that_cues.tsv`: a word and whether it is an adjective or a noun.
fn that_cues(lang: Lang) -> WordMap<ThatCue> {
    lexicon::lines(lexicon::raw_lang(lang, "claim_that_cues.tsv"))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let w = lexicon::norm(f.next()?);
            let kind = match f.next()?.trim() {
                "adj" => ThatCue::Adjective,
                "noun" => ThatCue::Noun,
                _ => return None,
            };
            Some((w, kind))
        })
        .collect()
}

/// The value of a `key<TAB>value` row of the language's `claim_conventions.tsv`.
fn convention(lang: Lang, key: &str) -> Option<&'static str> {
    lexicon::lines(lexicon::raw_lang(lang, "claim_conventions.tsv")).find_map(|l| {
        let mut f = l.split('\t');
        (f.next() == Some(key))
            .then(|| f.next().map(str::trim))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_coordinators() {
        // (The coordinators are the speakers' lexicon's, which the claims stage reads too.)
        let speakers = crate::analysis::speakers::lex::get;
        assert!(speakers(Lang::En).coordinators.contains("and"));
        assert!(speakers(Lang::Fr).coordinators.contains("mais"));
        assert!(get(Lang::En).question_words.contains("whether"));
        assert!(get(Lang::Fr).question_cues.contains("demandé"));
        assert!(get(Lang::En).object_cues.contains("call for"));
        assert!(get(Lang::Fr).object_cues.contains("saluer"));
        assert!(get(Lang::En).clause_only_cues.contains("maintain"));
        assert!(get(Lang::En).listener_cues.contains("tell"));
        assert!(get(Lang::Fr).listener_cues.contains("informer"));
        assert!(get(Lang::Fr).label_needs_quote);
        assert!(!get(Lang::En).label_needs_quote);
        assert!(get(Lang::En).direct_quotes && !get(Lang::Fr).direct_quotes);
        assert!(get(Lang::En).appositive_openers.contains("a"));
        assert!(get(Lang::Fr).appositive_openers.contains("une"));
    }
}
