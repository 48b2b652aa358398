//! The attribution lexicon of one language, parsed once from `data/<lang>/` into a `OnceLock`.
//!
//! Every list is matched on tokens normalised with [`lexicon::norm`], and multi-word entries are
//! tokenised with the same tokenizer as the article, so "d'après", "fait savoir" or "de son côté"
//! match exactly as the article's tokens fall. French and English share this one structure; only
//! the files differ.

use crate::analysis::hashing::{HashMap, WordSet};
use crate::analysis::lexicon;
use crate::analysis::segment::tokenize;
use crate::analysis::types::Lang;
use crate::analysis::wordclass::WordClasses;
use std::sync::OnceLock;

/// What a cue verb can introduce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// Speech: introduces direct quotes and reported claims ("said", "a déclaré").
    Say,
    /// Belief: introduces a reported claim only with a "that"/"que" clause ("believes that").
    Think,
    /// Stance ("s'est dit prêt à"): the claim is the whole clause, subject included.
    Stance,
}

/// Grammatical gender of a pronoun or a name, where the language or the data tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Neuter,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s.trim() {
            "m" => Gender::Male,
            "f" => Gender::Female,
            "n" => Gender::Neuter,
            _ => Gender::Unknown,
        }
    }
    /// True unless the two genders are known and differ.
    pub fn agrees(self, other: Gender) -> bool {
        self == other || self == Gender::Unknown || other == Gender::Unknown
    }
}

/// One surface form of a cue verb: the words after its first one, and what it means.
#[derive(Clone, Debug)]
pub struct VerbForm {
    pub rest: Vec<String>,
    pub lemma: &'static str,
    pub kind: CueKind,
    /// The lemma is reflexive ("se dire"): it needs "se"/"s'" before the verb.
    pub reflexive: bool,
    /// Kind "none" in the data: this (reflexive) form is no cue at all, though the plain verb
    /// is ("les négociations s'annoncent difficiles" is not "annoncer").
    pub blocked: bool,
}

/// A set of one- or several-word phrases, keyed by their normalised tokens.
#[derive(Debug, Default)]
pub struct Phrases {
    /// The phrases, their normalised tokens joined by [`SEP`] (looked up without allocating
    /// a `Vec<String>` per probe).
    set: WordSet,
    /// First and last words of the phrases: one cheap probe rules most positions out.
    firsts: WordSet,
    lasts: WordSet,
    pub max_len: usize,
}

impl Phrases {
    pub(crate) fn from_lines(src: &'static str) -> Phrases {
        let mut p = Phrases::default();
        for l in lexicon::lines(src) {
            let first = l.split('\t').next().unwrap_or("");
            let toks = norm_tokens(first);
            if toks.is_empty() {
                continue;
            }
            p.insert(toks);
        }
        p
    }
    fn insert(&mut self, toks: Vec<String>) {
        self.max_len = self.max_len.max(toks.len());
        if let (Some(f), Some(l)) = (toks.first(), toks.last()) {
            self.firsts.insert(f.clone());
            self.lasts.insert(l.clone());
        }
        self.set.insert(toks.join(SEP));
    }
    pub(crate) fn add(&mut self, phrase: &str) {
        let toks = norm_tokens(phrase);
        if !toks.is_empty() {
            self.insert(toks);
        }
    }
    /// Length of the longest phrase starting at `i` in `words`, if any. (Inlined: asked at
    /// most tokens, where the first-word probe already says no, without a call.)
    #[inline]
    pub fn match_at(&self, words: &[&str], i: usize) -> Option<usize> {
        if !words.get(i).is_some_and(|w| self.firsts.contains(w)) {
            return None;
        }
        self.longest_at(words, i)
    }
    /// [`Phrases::match_at`] past its first-word test.
    fn longest_at(&self, words: &[&str], i: usize) -> Option<usize> {
        let max = self.max_len.min(words.len().saturating_sub(i));
        // The longest candidate, cut back one word at a time.
        let mut key = words[i..i + max].join(SEP);
        for n in (1..=max).rev() {
            if self.set.contains(key.as_str()) {
                return Some(n);
            }
            let cut = words[i + n - 1].len() + usize::from(n > 1) * SEP.len();
            key.truncate(key.len() - cut);
        }
        None
    }
    /// Length of the longest phrase ending just before `end` (exclusive) in `words`, if any.
    #[inline]
    pub fn match_before(&self, words: &[&str], end: usize) -> Option<usize> {
        let last = end.checked_sub(1).and_then(|k| words.get(k));
        if !last.is_some_and(|w| self.lasts.contains(w)) {
            return None;
        }
        self.longest_before(words, end)
    }
    /// [`Phrases::match_before`] past its last-word test.
    fn longest_before(&self, words: &[&str], end: usize) -> Option<usize> {
        let max = self.max_len.min(end);
        // The longest candidate, cut one word at a time from its front.
        let key = words[end - max..end].join(SEP);
        let mut from = 0;
        for n in (1..=max).rev() {
            if self.set.contains(&key[from..]) {
                return Some(n);
            }
            from += words[end - n].len() + usize::from(n > 1) * SEP.len();
        }
        None
    }
}

/// Joins the tokens of a phrase key: tokens never hold a control character (the tokenizer
/// treats them as spaces), so the joined key is as unambiguous as the token list.
const SEP: &str = "\u{0}";

/// The normalised tokens of a lexicon entry ("fait_savoir" and "fait savoir" give the same).
pub fn norm_tokens(s: &str) -> Vec<String> {
    let s = s.replace('_', " ");
    tokenize(&s)
        .iter()
        .map(|t| lexicon::norm(t.text(&s)))
        .collect()
}

/// Everything attribution needs to know about one language.
#[derive(Debug, Default)]
pub struct Lex {
    /// Cue verb forms keyed by their first normalised word.
    pub verbs: HashMap<String, Vec<VerbForm>>,
    pub aux: WordSet,
    /// Adverbs and time words that may sit inside a verb group or between cue and speaker.
    pub adverbs: Phrases,
    pub pronouns: HashMap<String, Gender>,
    pub plural_pronouns: WordSet,
    /// Pronouns that only refer to people ("he", "she"; French "il"/"elle" also stand for things).
    pub person_pronouns: WordSet,
    /// Pronouns that stand for no one in particular ("on"): never resolved to an earlier
    /// person; the place the sentence opens with speaks instead ("À Matignon, on assure").
    pub impersonal_pronouns: WordSet,
    /// Pronouns for the people addressed ("you", « vous »): never the subject taken up.
    pub addressee_pronouns: WordSet,
    /// "-t-", "-": what joins an inverted verb to its pronoun, longest first.
    pub joiners: Vec<String>,
    pub introducers: Phrases,
    /// Introducers that only count at the start of a clause ("Pour X, ...").
    pub lead_introducers: Phrases,
    pub determiners: WordSet,
    pub connectors: WordSet,
    pub boundaries: WordSet,
    pub stopwords: WordSet,
    /// Words that never name a speaker alone ("during", "all", "cannot"): `non_speakers.txt`.
    pub non_speakers: WordSet,
    pub naming: Phrases,
    /// Participles naming the noun before them ("a book called"): `naming_participles.txt`.
    pub naming_participles: WordSet,
    pub work_nouns: WordSet,
    /// Words before a Title-Case quote that make it a title ("on “Meet the Press”").
    pub title_contexts: WordSet,
    /// Titles of works capitalise only their first word: `title_style.txt` says "first".
    pub first_word_titles: bool,
    pub reflexives: WordSet,
    pub clause_breaks: Phrases,
    pub complementizers: WordSet,
    pub source_nouns: WordSet,
    /// Words joining a document noun to its author ("a statement from"): `source_links.txt`.
    pub source_links: WordSet,
    /// Prepositions introducing the source after an inverted « on » and its participle (« a-t-on
    /// appris de source judiciaire »): `source_preps.txt`.
    pub source_preps: WordSet,
    /// Endings of participles ("ing", "ant"): such cues speak for the sentence subject.
    /// Lower-case particles inside names ("bin", "van", "de"): `particles.txt`, plain rows.
    pub particles: WordSet,
    /// Adverb particles of phrasal verbs ("cried out", "went on"): `verb_particles.txt`.
    pub verb_particles: WordSet,
    pub participle_endings: Vec<String>,
    /// Endings only a past participle has ("-ée"): with no auxiliary, not a cue.
    pub past_participle_endings: Vec<String>,
    /// Agreement endings of past participles (« écrite », « dits »): `participle_agreement.txt`.
    pub participle_agreement: Vec<String>,
    /// Regular past-tense endings ("ed"): `past_tense_endings.txt`.
    pub past_tense_endings: Vec<String>,
    /// Present third-person endings ("sings"): `present_tense_endings.txt`.
    pub present_tense_endings: Vec<String>,
    /// Lone lower-case words that may speak with no determiner: plural endings and
    /// collective nouns (`bare_subjects.txt`).
    pub bare_endings: Vec<String>,
    pub bare_words: WordSet,
    /// Endings of manner adverbs ("ly", "ment").
    pub adverb_endings: Vec<String>,
    /// Forms of "to be": a participle after one is passive, not a cue (unless reflexive).
    pub passive_aux: WordSet,
    /// Prepositions of a passive's agent right after a quote (« jugée « … » par X », "called
    /// “…” by X"), and the words that may link the participle to the quote (« qualifiée de »):
    /// `passive_agents.tsv`.
    pub agent_preps: WordSet,
    /// Participles whose passive agent authors the document before them ("a statement issued
    /// by"): kind "author" in `agent_participles.tsv`.
    pub author_participles: WordSet,
    /// Irregular participles whose agent only qualifies the subject ("a memo seen by"): kind
    /// "qualifier" in `agent_participles.tsv` (regular ones go by their ending).
    pub qualifier_participles: WordSet,
    pub agent_links: WordSet,
    /// Prepositions joining a complement to an adjunct's noun ("a note to clients"):
    /// `adjunct_complements.txt`, read by the claims stage.
    pub adjunct_complements: WordSet,
    /// Possessive determiners (« son », "his"): « son fils Mathieu » describes Mathieu as « le
    /// fils »; for the claims stage, the holder of a noun cue ("his claim that").
    /// `claim_possessives.txt`: the claims stage reads it from here.
    pub possessives: WordSet,
    /// Coordinating conjunctions ("and", « et »): « X et Y ont signé » is two people; for the
    /// claims stage, one before a second attribution ends the first claim ("X said A and added
    /// B"). `claim_coordinators.txt`: the claims stage reads it from here.
    pub coordinators: WordSet,
    /// Nationality words ("portugais"): « le Portugais Rui Amaral » is a title and a name
    /// (`demonyms.txt`, shared with the entity pass).
    pub demonyms: WordSet,
    /// Relative pronouns that stand for a speaker ("which said", "qui a indiqué").
    pub relatives: WordSet,
    /// Words opening an infinitive ("to", "de"): a belief cue with one makes a claim.
    pub infinitive_markers: WordSet,
    /// Words between a comma and a participle continuing an attribution (« tout en », "while"):
    /// `gerund_markers.txt`.
    pub gerund_markers: Phrases,
    /// Phrases joining a source's description to what it knows ("familiar with", « au fait
    /// du »): `np_modifiers.txt`. Their function words join a phrase like connectors.
    pub np_modifiers: Phrases,
    /// The longest word of each [`Lex::np_modifiers`] phrase ("familiar", "knowledge", « fait
    /// »): rare words, so a document is scanned for them with one cheap probe per token.
    pub np_modifier_anchors: WordSet,
    /// Partitive pronouns (« l'un d'eux », "one of them") whose apposed name speaks:
    /// `partitives.txt`.
    pub partitives: Phrases,
    /// Epithets that are titles of no office of their own (« dirigeant », "boss"):
    /// `generic_titles.txt`.
    pub generic_titles: WordSet,
    /// Nouns that take up a company named before ("the company"): `company_nouns.txt`.
    pub company_nouns: WordSet,
    /// Last words of company names ("Power", "Airlines"): `company_suffixes.txt`.
    pub company_suffixes: WordSet,
    /// First-person words ("I", « nous »): a short quote with one is speech (`first_person.txt`).
    pub first_person: WordSet,
    /// Words opening an absolute phrase ("with", "avec"): `absolute_markers.txt`.
    pub absolute_markers: WordSet,
    /// Words negating a cue ("not", « pas »): `negations.txt`.
    pub negations: WordSet,
    /// Words opening a subordinate clause ("when", « quand »): `subordinators.txt`.
    pub subordinators: WordSet,
    /// Words opening a relative clause with a subject of its own (« dont », "whose"):
    /// `relative_determiners.txt`.
    pub relative_determiners: WordSet,
    /// Articles that belong to a name when capitalised inside a sentence (« le parti Les
    /// Républicains »): `name_articles.txt` (French only).
    pub name_articles: WordSet,
    /// Object pronouns that belong to the cue's group (« lui a dit »): `object_clitics.txt`.
    pub object_clitics: WordSet,
    /// Determiners before a quote used as the clause's subject (« les “gilets jaunes” ont »):
    /// `subject_determiners.txt`.
    pub subject_determiners: WordSet,
    /// Prepositions opening an adjunct after an inverted speaker ("said Smith in a statement").
    pub adjunct_preps: WordSet,
    /// Lemmas whose following phrase is an object, never an inverted speaker ("tell").
    pub no_inversion: WordSet,
    /// Titles before names ("M.", "Mrs.", "président"), with gender when they mark one.
    pub titles: HashMap<String, Gender>,
    /// Abbreviated titles and a word each stands for ("gov.", "governor"), one row per word:
    /// `title_abbreviations.tsv`. A short list, read only where a title precedes a name.
    pub title_abbreviations: Vec<(String, String)>,
    /// Other names of an office and the title the holder is named with (« chef de l'État »,
    /// « président »), keyed without spaces after apostrophes: `title_synonyms.tsv`.
    pub title_synonyms: HashMap<String, String>,
    /// Singular definite determiners ("le", "the"): `definite_determiners.txt`.
    pub definite: WordSet,
    /// Nouns naming a person already introduced ("la syndicaliste"): `epithets.txt`.
    pub epithets: HashMap<String, Gender>,
    /// Every word a cue can start with: introducers' first words and verb forms (hyphenated
    /// inversions aside), so the cue finder skips other words with one probe.
    pub cue_starts: WordSet,
    /// Determiners that mark the gender of their noun ("le", "la"): `gendered_determiners.tsv`.
    pub gendered_determiners: HashMap<String, Gender>,
    /// The `C_*` lists each word belongs to, in one probe ([`WordClasses`]).
    pub classes: WordClasses,
    /// Quantity words for share-of-people subjects ("4 in 10", « 58 % »): `quantity_words.tsv`.
    pub quantity: super::quantity::Words,
}

/// Bits of [`Lex::classes`].
pub const C_DETERMINER: u32 = 1;
pub const C_CONNECTOR: u32 = 1 << 1;
pub const C_STOPWORD: u32 = 1 << 2;
pub const C_BOUNDARY: u32 = 1 << 3;
pub const C_ADJUNCT_PREP: u32 = 1 << 4;
pub const C_NON_SPEAKER: u32 = 1 << 5;
pub const C_AUX: u32 = 1 << 6;
/// A key of [`Lex::verbs`] (the first word of a cue verb form).
pub const C_VERB: u32 = 1 << 7;
pub const C_COMPLEMENTIZER: u32 = 1 << 8;
/// A key of [`Lex::pronouns`].
pub const C_PRONOUN: u32 = 1 << 9;

/// [`Lex::classes`] of a built lexicon.
fn classes(lex: &Lex) -> WordClasses {
    let mut c = WordClasses::default();
    c.add(&lex.determiners, C_DETERMINER);
    c.add(&lex.connectors, C_CONNECTOR);
    c.add(&lex.stopwords, C_STOPWORD);
    c.add(&lex.boundaries, C_BOUNDARY);
    c.add(&lex.adjunct_preps, C_ADJUNCT_PREP);
    c.add(&lex.non_speakers, C_NON_SPEAKER);
    c.add(&lex.aux, C_AUX);
    c.add(lex.verbs.keys(), C_VERB);
    c.add(&lex.complementizers, C_COMPLEMENTIZER);
    c.add(lex.pronouns.keys(), C_PRONOUN);
    c
}

/// Common first names with gender, shared by both languages (`data/common/first_names.tsv`).
pub fn first_names() -> &'static HashMap<String, Gender> {
    static CELL: OnceLock<HashMap<String, Gender>> = OnceLock::new();
    CELL.get_or_init(|| {
        lexicon::lines(lexicon::raw("common/first_names.tsv"))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let name = f.next()?;
                Some((lexicon::norm(name), Gender::parse(f.next().unwrap_or(""))))
            })
            .collect()
    })
}

/// The lexicon of `lang`, parsed on first use.
pub fn get(lang: Lang) -> &'static Lex {
    static FR: OnceLock<Lex> = OnceLock::new();
    static EN: OnceLock<Lex> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| build(lang))
}

fn file(lang: Lang, name: &str) -> &'static str {
    lexicon::raw_lang(lang, name)
}

/// A description's words, normalised, without spaces after apostrophes (« chef de l'état »):
/// the key of [`Lex::title_synonyms`].
pub fn synonym_key(words: &str) -> String {
    words
        .split_whitespace()
        .map(lexicon::norm)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("' ", "'")
        .replace("’ ", "'")
        .replace('’', "'")
}

/// Rows `word<TAB>kind` split in two sets: the words of kind `kind`, and all the others.
fn split_by_kind(src: &'static str, kind: &str) -> (WordSet, WordSet) {
    let (mut yes, mut no) = (WordSet::default(), WordSet::default());
    for l in lexicon::lines(src) {
        let mut f = l.split('\t');
        let word = lexicon::norm(f.next().unwrap_or(""));
        if f.next().map(str::trim) == Some(kind) {
            yes.insert(word);
        } else {
            no.insert(word);
        }
    }
    (yes, no)
}

fn first_fields(src: &'static str) -> WordSet {
    lexicon::lines(src)
        .map(|l| lexicon::norm(l.split('\t').next().unwrap_or("")))
        .collect()
}

/// Rows `word<TAB>gender` (the gender optional) as a map from the normalised word.
fn gendered(src: &'static str) -> HashMap<String, Gender> {
    lexicon::lines(src)
        .map(|l| {
            let mut f = l.split('\t');
            let w = lexicon::norm(f.next().unwrap_or(""));
            (w, Gender::parse(f.next().unwrap_or("")))
        })
        .collect()
}

fn build(lang: Lang) -> Lex {
    let mut lex = Lex::default();
    for l in lexicon::lines(file(lang, "cue_verbs.txt")) {
        let mut f = l.split('\t');
        let (Some(lemma), Some(kind), Some(forms)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let blocked = kind.trim() == "none";
        let kind = match kind.trim() {
            "think" => CueKind::Think,
            "stance" => CueKind::Stance,
            _ => CueKind::Say,
        };
        let reflexive = lemma.starts_with("se ") || lemma.starts_with("s'");
        for form in forms.split_whitespace() {
            let mut toks = norm_tokens(form);
            if toks.is_empty() {
                continue;
            }
            let first = toks.remove(0);
            lex.verbs.entry(first).or_default().push(VerbForm {
                rest: toks,
                lemma,
                kind,
                reflexive,
                blocked,
            });
        }
    }
    lex.aux = first_fields(file(lang, "cue_aux.txt"));
    lex.adverbs = Phrases::from_lines(file(lang, "cue_adverbs.txt"));
    for name in ["weekdays.tsv", "months.tsv"] {
        for l in lexicon::lines(file(lang, name)) {
            lex.adverbs.add(l.split('\t').next().unwrap_or(""));
        }
    }
    for l in lexicon::lines(file(lang, "pronouns.tsv")) {
        let mut f = l.split('\t');
        let p = lexicon::norm(f.next().unwrap_or(""));
        let g = Gender::parse(f.next().unwrap_or(""));
        if f.next().is_some_and(|n| n.trim() == "pl") {
            lex.plural_pronouns.insert(p.clone());
        }
        match f.next().map(str::trim) {
            Some("person") => {
                lex.person_pronouns.insert(p.clone());
            }
            Some("impersonal") => {
                lex.impersonal_pronouns.insert(p.clone());
            }
            Some("addressee") => {
                lex.addressee_pronouns.insert(p.clone());
            }
            _ => {}
        }
        lex.pronouns.insert(p, g);
    }
    lex.joiners = lexicon::lines(file(lang, "inversion_joiners.txt"))
        .map(String::from)
        .collect();
    crate::analysis::sorting::sort_by_key(&mut lex.joiners, |j| std::cmp::Reverse(j.len()));
    for l in lexicon::lines(file(lang, "speaker_introducers.txt")) {
        let mut f = l.split('\t');
        let phrase = f.next().unwrap_or("");
        if f.next().is_some_and(|x| x.trim() == "lead") {
            lex.lead_introducers.add(phrase);
        } else {
            lex.introducers.add(phrase);
        }
    }
    lex.determiners = first_fields(file(lang, "np_determiners.txt"));
    lex.connectors = first_fields(file(lang, "np_connectors.txt"));
    lex.boundaries = first_fields(file(lang, "np_boundaries.txt"));
    lex.stopwords = first_fields(file(lang, "stopwords.txt"));
    lex.non_speakers = first_fields(file(lang, "non_speakers.txt"));
    lex.naming = Phrases::from_lines(file(lang, "naming_cues.txt"));
    lex.naming_participles = first_fields(file(lang, "naming_participles.txt"));
    lex.work_nouns = first_fields(file(lang, "work_nouns.txt"));
    lex.title_contexts = first_fields(file(lang, "title_contexts.txt"));
    lex.first_word_titles =
        lexicon::lines(file(lang, "title_style.txt")).any(|l| l.trim() == "first");
    lex.reflexives = first_fields(file(lang, "reflexives.txt"));
    lex.clause_breaks = Phrases::from_lines(file(lang, "clause_breaks.txt"));
    lex.complementizers = first_fields(file(lang, "complementizers.txt"));
    lex.source_nouns = first_fields(file(lang, "source_nouns.txt"));
    lex.source_links = first_fields(file(lang, "source_links.txt"));
    lex.source_preps = first_fields(file(lang, "source_preps.txt"));
    lex.participle_endings = lexicon::lines(file(lang, "participle_endings.txt"))
        .map(String::from)
        .collect();
    lex.participle_agreement = lexicon::lines(file(lang, "participle_agreement.txt"))
        .map(String::from)
        .collect();
    lex.past_participle_endings = lexicon::lines(file(lang, "past_participle_endings.txt"))
        .map(String::from)
        .collect();
    lex.past_tense_endings = lexicon::lines(file(lang, "past_tense_endings.txt"))
        .map(String::from)
        .collect();
    lex.present_tense_endings = lexicon::lines(file(lang, "present_tense_endings.txt"))
        .map(String::from)
        .collect();
    for row in lexicon::lines(file(lang, "bare_subjects.txt")) {
        match row.strip_prefix('-') {
            Some(ending) => lex.bare_endings.push(ending.to_string()),
            None => {
                lex.bare_words.insert(lexicon::norm(row));
            }
        }
    }
    lex.adverb_endings = lexicon::lines(file(lang, "adverb_endings.txt"))
        .map(String::from)
        .collect();
    lex.no_inversion = first_fields(file(lang, "no_inversion.txt"));
    lex.adjunct_preps = first_fields(file(lang, "adjunct_preps.txt"));
    lex.infinitive_markers = first_fields(file(lang, "infinitive_markers.txt"));
    lex.gerund_markers = Phrases::from_lines(file(lang, "gerund_markers.txt"));
    lex.np_modifiers = Phrases::from_lines(file(lang, "np_modifiers.txt"));
    for l in lexicon::lines(file(lang, "np_modifiers.txt")) {
        let toks = norm_tokens(l);
        if let Some(w) = toks.iter().max_by_key(|w| w.chars().count()) {
            lex.np_modifier_anchors.insert(w.clone());
        }
    }
    lex.partitives = Phrases::from_lines(file(lang, "partitives.txt"));
    lex.generic_titles = first_fields(file(lang, "generic_titles.txt"));
    lex.company_nouns = first_fields(file(lang, "company_nouns.txt"));
    lex.company_suffixes = first_fields(file(lang, "company_suffixes.txt"));
    (lex.author_participles, lex.qualifier_participles) =
        split_by_kind(file(lang, "agent_participles.tsv"), "author");
    lex.first_person = first_fields(file(lang, "first_person.txt"));
    lex.absolute_markers = first_fields(file(lang, "absolute_markers.txt"));
    lex.negations = first_fields(file(lang, "negations.txt"));
    lex.subordinators = first_fields(file(lang, "subordinators.txt"));
    lex.relative_determiners = first_fields(file(lang, "relative_determiners.txt"));
    lex.name_articles = first_fields(file(lang, "name_articles.txt"));
    lex.object_clitics = first_fields(file(lang, "object_clitics.txt"));
    lex.subject_determiners = first_fields(file(lang, "subject_determiners.txt"));
    lex.relatives = first_fields(file(lang, "relative_pronouns.txt"));
    lex.passive_aux = first_fields(file(lang, "passive_aux.txt"));
    lex.demonyms = first_fields(file(lang, "demonyms.txt"));
    lex.possessives = first_fields(file(lang, "claim_possessives.txt"));
    lex.adjunct_complements = first_fields(file(lang, "adjunct_complements.txt"));
    lex.coordinators = first_fields(file(lang, "claim_coordinators.txt"));
    (lex.agent_preps, lex.agent_links) = split_by_kind(file(lang, "passive_agents.tsv"), "agent");
    lex.cue_starts = (lex.introducers.firsts.iter())
        .chain(lex.lead_introducers.firsts.iter())
        .chain(lex.verbs.keys())
        .cloned()
        .collect();
    lex.gendered_determiners = gendered(file(lang, "gendered_determiners.tsv"));
    lex.titles = gendered(file(lang, "titles.txt"));
    lex.title_abbreviations = lexicon::lines(file(lang, "title_abbreviations.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .flat_map(|(a, b)| {
            b.split(',')
                .map(move |w| (lexicon::norm(a), lexicon::norm(w.trim())))
        })
        .collect();
    lex.title_synonyms = lexicon::lines(file(lang, "title_synonyms.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (synonym_key(a), synonym_key(b)))
        .collect();
    lex.definite = first_fields(file(lang, "definite_determiners.txt"));
    // Rows with conditions ("of	head") are the entity stage's; plain rows join any name.
    lex.verb_particles = first_fields(file(lang, "verb_particles.txt"));
    lex.particles = lexicon::lines(file(lang, "particles.txt"))
        .filter(|l| !l.contains('\t'))
        .map(lexicon::norm)
        .collect();
    lex.epithets = gendered(file(lang, "epithets.txt"));
    lex.quantity = super::quantity::Words::parse(file(lang, "quantity_words.tsv"));
    lex.classes = classes(&lex);
    lex
}

impl Lex {
    /// Length of the introducer (« selon », "according to") or lead introducer starting at
    /// token `i` of `words`, if one does: the test that a sentence opens with a source.
    pub fn introducer_at(&self, words: &[&str], i: usize) -> Option<usize> {
        self.introducers
            .match_at(words, i)
            .or_else(|| self.lead_introducers.match_at(words, i))
    }

    /// True for a lower-case word with a manner-adverb ending ("angrily", "fermement").
    pub fn is_manner_adverb(&self, word: &str) -> bool {
        lexicon::has_ending(&self.adverb_endings, word, 3)
    }
    /// True for a form only a past participle has ("confiée"), by `past_participle_endings.txt`.
    pub fn is_past_participle(&self, word: &str) -> bool {
        lexicon::has_ending(&self.past_participle_endings, word, 2)
    }
    /// True for a cue form that is another one-word form of the same verb plus an agreement
    /// ending (« écrite » beside « écrit », « dites » beside « dit »): a past participle that
    /// agrees, which the ending list alone cannot tell from a present (« cite », « invite »).
    pub fn is_agreed_participle(&self, word: &str) -> bool {
        let Some(forms) = self.verbs.get(word) else {
            return false;
        };
        self.participle_agreement.iter().any(|end| {
            let Some(stem) = word.strip_suffix(end.as_str()).filter(|s| !s.is_empty()) else {
                return false;
            };
            self.verbs.get(stem).is_some_and(|stems| {
                stems.iter().any(|s| {
                    s.rest.is_empty()
                        && forms
                            .iter()
                            .any(|f| f.lemma == s.lemma && f.rest.is_empty())
                })
            })
        })
    }
    /// True for a present third-person form ("sings", "quips"), by `present_tense_endings.txt`.
    pub fn is_present_tense(&self, word: &str) -> bool {
        lexicon::has_ending(&self.present_tense_endings, word, 2)
    }
    /// True for a regular past-tense form ("answered"), by `past_tense_endings.txt`.
    pub fn is_past_tense(&self, word: &str) -> bool {
        lexicon::has_ending(&self.past_tense_endings, word, 3)
    }
    /// True for a participle form ("saying", "ajoutant").
    pub fn is_participle(&self, word: &str) -> bool {
        lexicon::has_ending(&self.participle_endings, word, 2)
    }
    /// True for a word with a plural ending ("officials", "organisateurs", "journaux").
    pub fn has_plural_ending(&self, word: &str) -> bool {
        lexicon::has_ending(&self.bare_endings, word, 3)
    }
    /// Splits an inverted verb token ("ajoute-t-il", "a-t-elle") into the verb's normalised form
    /// and the byte length of the pronoun at its end.
    pub fn split_inversion<'w>(&self, word: &'w str) -> Option<(&'w str, usize)> {
        if !word.contains('-') {
            return None;
        }
        for (p, _) in self.pronouns.iter() {
            if word.len() <= p.len() || !word.ends_with(p.as_str()) {
                continue;
            }
            let head = &word[..word.len() - p.len()];
            for j in &self.joiners {
                if let Some(base) = head.strip_suffix(j.as_str()) {
                    if !base.is_empty() {
                        return Some((base, p.len()));
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_lexicon_reads_forms_and_inversions() {
        let lex = get(Lang::Fr);
        assert!(lex.verbs.contains_key("déclaré"));
        let fait = &lex.verbs["fait"];
        assert!(fait.iter().any(|v| v.rest == ["savoir"]));
        assert_eq!(lex.split_inversion("ajoute-t-il"), Some(("ajoute", 2)));
        assert_eq!(lex.split_inversion("dit-elle"), Some(("dit", 4)));
        assert_eq!(lex.split_inversion("Maison-Blanche"), None);
        let words = norm_tokens("d’après lui");
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        assert!(lex.introducers.match_at(&words, 0) == Some(2));
        assert_eq!(lex.introducers.match_before(&words, 2), Some(2));
    }

    #[test]
    fn english_lexicon_has_cues_and_pronouns() {
        let lex = get(Lang::En);
        assert!(lex.verbs["said"].iter().any(|v| v.kind == CueKind::Say));
        assert_eq!(lex.pronouns.get("she"), Some(&Gender::Female));
        let words = norm_tokens("well according to him");
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(lex.introducers.match_at(&words, 1), Some(2));
        assert_eq!(lex.introducers.match_at(&words, 0), None);
        assert_eq!(lex.introducers.match_before(&words, 3), Some(2));
    }
}
