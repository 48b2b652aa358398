//! The entity word lists of one language, parsed once from the embedded data files.
//!
//! Everything the entity finder knows about words lives here, loaded from `data/<lang>/*` and
//! `data/common/*` into hash sets and maps. Multi-word entries (gazetteer names, titles, relative
//! dates) are keyed by their normalised text ([`lexicon::norm`]) and looked up over token n-grams
//! no longer than the longest entry, so lookups cost O(tokens × max length).

use crate::analysis::lexicon::{self, lines};
use crate::analysis::prefixes::Prefixes;
use crate::analysis::segment::tokenize;
use crate::analysis::types::{Label, Lang};
use std::sync::OnceLock;

pub use crate::analysis::hashing::{HashMap, HashSet, WordSet};

/// A word set from a data file, with the fast hasher.
fn set(src: &'static str) -> WordSet {
    lexicon::word_set(src)
}

/// How many of the most frequent words count as "very common" (the lists are by frequency).
const VERY_COMMON: usize = 1500;
/// How many count as "frequent": common words first, even after a place preposition ("in
/// nice weather", "in reading"), where "in chicago" is a place.
const FREQUENT: usize = 750;

/// Gazetteer label bits: one name may be listed under several labels ("Orange").
pub const LOC: u8 = 1;
pub const ORG: u8 = 2;
pub const PER: u8 = 4;
pub const DATE: u8 = 8;
/// The entry is an all-capital acronym ("AP", "WHO"): it matches only when written in capitals.
pub const EXACT: u8 = 16;

/// Bits of [`Lex::word_flags`]: a date may start with the word (weekday, modifier, month,
/// first word of a relative phrase); a date unit; in `common`; in `low_starts`; a place head
/// written in lower case (`loc_words` true); in `org_low`; a place preposition.
pub const W_DATE_START: u32 = 1;
pub const W_DATE_UNIT: u32 = 2;
pub const W_COMMON: u32 = 4;
pub const W_LOW_START: u32 = 8;
pub const W_LOC_LOW: u32 = 16;
pub const W_ORG_LOW: u32 = 32;
pub const W_PLACE_PREP: u32 = 64;
/// A word that may open the count of an "ago" phrase ("three", "a"; [`Lex::date_counts`]).
pub const W_DATE_COUNT: u32 = 128;
/// A listed first name ([`Lex::first_names`]).
pub const W_FIRST_NAME: u32 = 256;
/// A word closing an "ago" phrase ([`Lex::date_ago`]), or linking the words of its count
/// ([`Lex::date_links`]): the "ago" finder reads flags only.
pub const W_DATE_AGO: u32 = 512;
pub const W_DATE_LINK: u32 = 1024;
/// A subject pronoun ([`Lex::pronouns`]).
pub const W_PRONOUN: u32 = 2048;
/// A title may start with the word ([`Lex::titles_index`] holds it): the entity passes ask it
/// before each title look-up, several times per token, and read it from the token's flags.
pub const W_TITLE_START: u32 = 4096;
/// Membership of the lists the candidate, classification and coreference passes ask about
/// per word, read from the token's flags instead of a probe each: [`Lex::org_words`], the keys of
/// [`Lex::loc_words`] (lower case or not), [`Lex::stop`], the keys of [`Lex::particles`], the
/// prefix set [`Lex::particles_index`], [`Lex::very_common`] and [`Lex::frequent`].
pub const W_ORG_WORD: u32 = 1 << 13;
pub const W_LOC_WORD: u32 = 1 << 14;
pub const W_STOP: u32 = 1 << 15;
pub const W_PARTICLE: u32 = 1 << 16;
pub const W_PARTICLE_START: u32 = 1 << 17;
pub const W_VERY_COMMON: u32 = 1 << 18;
pub const W_FREQUENT: u32 = 1 << 19;
/// A relative date phrase may start with the word ([`Lex::relative_index`] holds it).
pub const W_RELATIVE_START: u32 = 1 << 20;
/// Keys of [`Lex::weekdays`], [`Lex::modifiers`] and [`Lex::months`]: the date finders try
/// them at every word that may open a date.
pub const W_WEEKDAY: u32 = 1 << 21;
pub const W_MODIFIER: u32 = 1 << 22;
pub const W_MONTH: u32 = 1 << 23;

/// Calendar units of relative dates ("la semaine dernière" is `Week`, -1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    /// A season, by its first month (3 spring, 6 summer, 9 autumn, 12 winter).
    Season(u8),
}

/// Where a date modifier stands: "lundi dernier" (after), "last Monday" (before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

/// One language's entity lists.
#[derive(Default)]
pub struct Lex {
    /// Known names (places, organisations, holidays) → label bits.
    pub names: HashMap<String, u8>,
    /// Longest known name, in tokens.
    pub max_name: usize,
    /// First words of names that start in lower case ("péninsule coréenne", "bande de Gaza").
    pub low_starts: WordSet,
    /// First names → gender ('m', 'f' or 'u').
    pub first_names: HashMap<String, char>,
    /// Titles ("M.", "président", "Prime Minister") → gender ('m', 'f' or 'u').
    pub titles: HashMap<String, char>,
    /// First words of the titles listed in lower case ("president", not "Major"): only these
    /// are titles when written in lower case ("a major General Assembly vote").
    pub low_titles: WordSet,
    pub max_title: usize,
    pub org_words: WordSet,
    /// Organisation heads that may be written in lower case ("ministère de l'Intérieur").
    pub org_low: WordSet,
    /// Legal forms that may follow a company name after a comma ("Google, Inc.").
    pub org_suffixes: WordSet,
    /// Road-number prefixes ("A" of "A7", "I-" of "I-95").
    pub road_prefixes: Vec<String>,
    /// Place head words → may be written in lower case ("mer Noire").
    pub loc_words: HashMap<String, bool>,
    pub org_cues: WordSet,
    /// Articles that belong to the name after them when capitalised inside a sentence ("à La
    /// Courneuve", "selon Le Monde"); empty where no article does ("The" in English).
    pub name_articles: WordSet,
    /// Determiners before which a capitalised demonym names a person, whose name follows
    /// (`demonym_determiners.txt`; French only): « la Néerlandaise Fenna de Wit ».
    pub demonym_determiners: WordSet,
    /// Particles inside names → only after an organisation/place head ("of").
    pub particles: HashMap<String, bool>,
    /// Words after an author's name in a citation ("et al"), keyed like n-grams.
    pub citation_words: WordSet,
    /// Words after an age in a name's apposition (`age_units.txt`): « Jean Roux, 45 ans, ».
    pub age_units: WordSet,
    /// Subject pronouns (`pronouns.tsv`, first field): a capitalised "I" ends a name ("in
    /// Mallorca I had").
    pub pronouns: WordSet,
    /// Conjunctions inside a name that an organisation or place head ends ("Food and
    /// Agriculture Organization").
    pub head_conjunctions: WordSet,
    /// Conjunctions that join the items of a list of names ("Mosul, Baiji and Tuz"): an
    /// unlabelled item takes the label of a labelled neighbour. Empty: no lending.
    pub list_joiners: WordSet,
    /// Greetings and sign-offs before a name ("Dear", "Hi", "Thanks", "Regards"): the
    /// capitalised word right after one is addressed or signing, so a person.
    pub vocatives: WordSet,
    /// Words that, capitalised after a name, open the next sentence rather than continue the
    /// name ("Sean Here you go", "Jeff Well, …"): text without line breaks runs them together.
    pub sentence_openers: WordSet,
    pub name_prefixes: Vec<String>,
    /// Names of several words listed with a capitalised last word ("Le Maire"): their last
    /// word must be capitalised in the text too.
    pub cap_last: HashSet<String>,
    /// Which bytes begin some name prefix (every byte when a prefix is empty): a word starting
    /// with any other byte has no prefix to try.
    pub name_prefix_firsts: Vec<bool>,
    /// Demonyms and name-closing adjectives ("russe", "nationale").
    pub adjectives: WordSet,
    /// Endings of adjectives that close an organisation name after its head, for the unlisted
    /// ones ("Union astronomique internationale", "Tribunal correctionnel").
    pub adjective_endings: Vec<String>,
    pub demonyms: WordSet,
    pub common: WordSet,
    /// The most frequent words ("please", "dear", "thanks"), which never sit inside a name.
    pub very_common: WordSet,
    /// The [`FREQUENT`] most frequent words.
    pub frequent: WordSet,
    pub stop: WordSet,
    pub place_preps: WordSet,
    /// Articles that mark the next all-capital word as an organisation ("l'OMS", "the FBI").
    pub determiners: WordSet,
    /// The determiners that mark an all-capital word after them as an organisation ("l'OMS").
    pub acronym_determiners: WordSet,
    pub months: HashMap<String, u8>,
    pub weekdays: HashMap<String, u8>,
    pub relative: HashMap<String, (Unit, i32)>,
    pub max_relative: usize,
    /// First words of relative phrases: the lookup is tried only after one of them.
    pub relative_first: WordSet,
    pub modifiers: HashMap<String, (Side, i32)>,
    pub date_units: WordSet,
    /// Words joining two days of one month ("du 6 au 9 mars").
    pub date_range: WordSet,
    /// Prepositions before a month named alone ("depuis mars", "in May").
    pub date_preps: WordSet,
    /// Articles that belong to a relative date, decade or century after them ("the 1990s").
    pub date_articles: WordSet,
    /// Suffixes of ordinal days ("1er", "3rd").
    pub ordinal_suffixes: WordSet,
    /// Parts of the day that extend a weekday ("Sunday night", "lundi soir").
    pub date_parts: WordSet,
    /// Words joining a day or month to the rest of its date ("the 5th of January").
    pub date_of: WordSet,
    /// Words of a count before a time unit ("three", "a few"), and the words linking them
    /// ("a year and a half"), which never open one.
    pub date_counts: WordSet,
    pub date_links: WordSet,
    /// Time units of "ago" phrases → calendar unit (`None`: no ISO value, as for decades).
    pub ago_units: HashMap<String, Option<Unit>>,
    /// Words closing a count and unit into a past date ("ago").
    pub date_ago: WordSet,
    /// Eras after a year or century ("BCE", "AD"): any number before one is a year.
    pub eras: WordSet,
    /// Month names are written in lower case in this language (French): a capitalised one
    /// ("Mars") is something else.
    pub months_lower: bool,
    /// Token-boundary prefixes of `names`, `titles`, `particles` and `relative`: n-gram
    /// look-ups stop at
    /// the first miss (see [`Prefixes`]).
    pub names_index: Prefixes,
    pub titles_index: Prefixes,
    pub particles_index: Prefixes,
    pub relative_index: Prefixes,
    /// What the per-token passes ask of every word, in one map (bits `W_*`): the entity context
    /// probes it once per token ([`Ctx`](super::Ctx)) instead of each pass probing its own sets.
    pub word_flags: HashMap<String, u32>,
    /// [`Lex::word_flags`] of each one-byte ASCII form (",", ".", "a"): about a quarter of a
    /// text's tokens, read from this table instead of probing the map.
    pub ascii_flags: Vec<u32>,
}

/// The lists for `lang`, parsed on first use.
pub fn get(lang: Lang) -> &'static Lex {
    static FR: OnceLock<Lex> = OnceLock::new();
    static EN: OnceLock<Lex> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| Lex::load(lang)),
        Lang::En => EN.get_or_init(|| Lex::load(lang)),
    }
}

/// Number of tokens of a phrase, as the tokenizer splits it.
fn token_len(s: &str) -> usize {
    tokenize(s).len()
}

/// Splits a data line into its first field and the rest (the optional attribute).
fn fields(line: &'static str) -> (&'static str, &'static str) {
    match line.split_once('\t') {
        Some((a, b)) => (a.trim(), b.trim()),
        None => (line, ""),
    }
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && s.chars().all(|c| !c.is_lowercase())
}

impl Lex {
    fn load(lang: Lang) -> Lex {
        let mut lex = Lex::default();
        let lang_file = |name: &str| lexicon::raw_lang(lang, name);
        let common = |name: &str| lexicon::raw(&format!("common/{name}"));
        for src in [
            common("cities.txt"),
            common("regions.txt"),
            lang_file("countries.txt"),
            lang_file("places.txt"),
        ] {
            lex.add_names(src, LOC);
        }
        for src in [common("orgs.txt"), lang_file("orgs.txt")] {
            lex.add_names(src, ORG);
        }
        lex.add_names(lang_file("holidays.txt"), DATE);
        lex.add_names(common("people.txt"), PER);
        for l in lines(common("first_names.tsv")) {
            let (name, g) = fields(l);
            lex.first_names
                .insert(lexicon::norm(name), g.chars().next().unwrap_or('u'));
        }
        for l in lines(lang_file("titles.txt")) {
            let (t, g) = fields(l);
            lex.max_title = lex.max_title.max(token_len(t));
            if t.starts_with(char::is_lowercase) {
                let first = t.split(' ').next().unwrap_or(t);
                lex.low_titles.insert(lexicon::norm(first));
            }
            lex.titles
                .insert(lexicon::norm(t), g.chars().next().unwrap_or('u'));
        }
        for l in lines(lang_file("org_words.txt")) {
            let (w, attr) = fields(l);
            let key = lexicon::norm(w);
            if attr == "low" {
                lex.org_low.insert(key.clone());
            }
            if attr == "suffix" {
                lex.org_suffixes.insert(key.clone());
            }
            lex.org_words.insert(key);
        }
        lex.road_prefixes = lines(lang_file("road_prefixes.txt"))
            .map(str::to_string)
            .collect();
        for l in lines(lang_file("loc_words.txt")) {
            let (w, attr) = fields(l);
            lex.loc_words.insert(lexicon::norm(w), attr == "low");
        }
        lex.org_cues = set(lang_file("org_cues.txt"));
        lex.name_articles = set(lang_file("name_articles.txt"));
        lex.demonym_determiners = set(lang_file("demonym_determiners.txt"));
        lex.list_joiners = set(lang_file("list_joiners.txt"));
        lex.vocatives = set(lang_file("vocatives.txt"));
        lex.sentence_openers = set(lang_file("sentence_openers.txt"));
        lex.citation_words = set(common("citations.txt"));
        lex.age_units = set(lang_file("age_units.txt"));
        lex.pronouns = lines(lang_file("pronouns.tsv"))
            .map(|l| lexicon::norm(fields(l).0))
            .collect();
        for l in lines(lang_file("particles.txt")) {
            let (w, attr) = fields(l);
            if attr == "before_head" {
                lex.head_conjunctions.insert(lexicon::norm(w));
            } else {
                lex.particles.insert(lexicon::norm(w), attr == "head");
            }
        }
        lex.name_prefixes = lines(common("name_prefixes.txt"))
            .map(lexicon::norm)
            .collect();
        let empty = lex.name_prefixes.iter().any(String::is_empty);
        lex.name_prefix_firsts = vec![empty; 256];
        for b in lex
            .name_prefixes
            .iter()
            .filter_map(|p| p.as_bytes().first())
        {
            lex.name_prefix_firsts[usize::from(*b)] = true;
        }
        lex.demonyms = set(lang_file("demonyms.txt"));
        lex.adjectives = set(lang_file("name_adjectives.txt"));
        lex.adjectives.extend(lex.demonyms.iter().cloned());
        lex.adjective_endings = lines(lang_file("adjective_endings.txt"))
            .map(lexicon::norm)
            .collect();
        lex.common = set(lang_file("common_words.txt"));
        lex.very_common = lines(lang_file("common_words.txt"))
            .take(VERY_COMMON)
            .map(lexicon::norm)
            .collect();
        lex.frequent = lines(lang_file("common_words.txt"))
            .take(FREQUENT)
            .map(lexicon::norm)
            .collect();
        lex.stop = set(lang_file("stopwords.txt"));
        lex.place_preps = set(lang_file("place_preps.txt"));
        for l in lines(lang_file("determiners.txt")) {
            let (w, attr) = fields(l);
            let w = lexicon::norm(w);
            if attr != "heads" {
                lex.acronym_determiners.insert(w.clone());
            }
            lex.determiners.insert(w);
        }
        for (file, map) in [
            ("months.tsv", &mut lex.months),
            ("weekdays.tsv", &mut lex.weekdays),
        ] {
            for l in lines(lang_file(file)) {
                let (w, n) = fields(l);
                if let Ok(n) = n.parse::<u8>() {
                    map.insert(lexicon::norm(w), n);
                }
            }
        }
        for l in lines(lang_file("date_relative.tsv")) {
            let mut f = l.split('\t').map(str::trim);
            let (Some(p), Some(u), Some(o)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let unit = match u {
                "day" => Unit::Day,
                "week" => Unit::Week,
                "weekend" => Unit::Weekend,
                "month" => Unit::Month,
                "year" => Unit::Year,
                "spring" => Unit::Season(3),
                "summer" => Unit::Season(6),
                "autumn" => Unit::Season(9),
                "winter" => Unit::Season(12),
                _ => continue,
            };
            let off = o.parse().unwrap_or(0);
            lex.max_relative = lex.max_relative.max(token_len(p));
            let key = lexicon::norm(p);
            if let Some(first) = key.split([' ', '\'']).next() {
                lex.relative_first.insert(first.to_string());
            }
            lex.relative.insert(key, (unit, off));
        }
        for l in lines(lang_file("date_modifiers.tsv")) {
            let mut f = l.split('\t').map(str::trim);
            let (Some(w), Some(side), Some(o)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let side = if side == "after" {
                Side::After
            } else {
                Side::Before
            };
            lex.modifiers
                .insert(lexicon::norm(w), (side, o.parse().unwrap_or(0)));
        }
        lex.date_units = set(lang_file("date_units.txt"));
        lex.date_range = set(lang_file("date_range.txt"));
        lex.date_preps = set(lang_file("date_preps.txt"));
        lex.date_articles = set(lang_file("date_articles.txt"));
        lex.ordinal_suffixes = set(lang_file("ordinal_suffixes.txt"));
        lex.load_date_words(lang_file("date_words.tsv"));
        lex.months_lower = lines(lang_file("months.tsv"))
            .next()
            .is_some_and(|l| l.starts_with(char::is_lowercase));
        lex.names_index = lex.names.keys().map(String::as_str).collect();
        lex.titles_index = lex.titles.keys().map(String::as_str).collect();
        lex.particles_index = lex.particles.keys().map(String::as_str).collect();
        lex.relative_index = lex.relative.keys().map(String::as_str).collect();
        let date_starts = (lex.weekdays.keys())
            .chain(lex.modifiers.keys())
            .chain(lex.months.keys())
            .chain(lex.relative_first.iter());
        let loc_low = lex.loc_words.iter().filter(|(_, &low)| low).map(|(w, _)| w);
        for (words, bit) in [
            (date_starts.collect::<Vec<_>>(), W_DATE_START),
            (lex.date_units.iter().collect(), W_DATE_UNIT),
            (lex.common.iter().collect(), W_COMMON),
            (lex.low_starts.iter().collect(), W_LOW_START),
            (loc_low.collect(), W_LOC_LOW),
            (lex.org_low.iter().collect(), W_ORG_LOW),
            (lex.place_preps.iter().collect(), W_PLACE_PREP),
            (lex.date_counts.iter().collect(), W_DATE_COUNT),
            (lex.first_names.keys().collect(), W_FIRST_NAME),
            (lex.date_ago.iter().collect(), W_DATE_AGO),
            (lex.date_links.iter().collect(), W_DATE_LINK),
            (lex.pronouns.iter().collect(), W_PRONOUN),
            (lex.titles_index.iter().collect(), W_TITLE_START),
            (lex.org_words.iter().collect(), W_ORG_WORD),
            (lex.loc_words.keys().collect(), W_LOC_WORD),
            (lex.stop.iter().collect(), W_STOP),
            (lex.particles.keys().collect(), W_PARTICLE),
            (lex.particles_index.iter().collect(), W_PARTICLE_START),
            (lex.very_common.iter().collect(), W_VERY_COMMON),
            (lex.frequent.iter().collect(), W_FREQUENT),
            (lex.relative_index.iter().collect(), W_RELATIVE_START),
            (lex.weekdays.keys().collect(), W_WEEKDAY),
            (lex.modifiers.keys().collect(), W_MODIFIER),
            (lex.months.keys().collect(), W_MONTH),
        ] {
            for w in words {
                *lex.word_flags.entry(w.clone()).or_default() |= bit;
            }
        }
        lex.ascii_flags = (0..128u8)
            .map(|b| {
                let w = char::from(b).to_string();
                lex.word_flags.get(&w).copied().unwrap_or(0)
            })
            .collect();
        lex
    }

    /// Reads `date_words.tsv`: word, kind (part, of, count, link, unit, ago), and a unit's
    /// calendar unit.
    fn load_date_words(&mut self, src: &'static str) {
        for l in lines(src) {
            let mut f = l.split('\t').map(str::trim);
            let (Some(w), Some(kind)) = (f.next(), f.next()) else {
                continue;
            };
            let w = lexicon::norm(w);
            match kind {
                "part" => self.date_parts.insert(w),
                "of" => self.date_of.insert(w),
                "count" => self.date_counts.insert(w),
                "link" => self.date_links.insert(w),
                "ago" => self.date_ago.insert(w),
                "era" => self.eras.insert(w),
                "unit" => {
                    let unit = match f.next() {
                        Some("day") => Some(Unit::Day),
                        Some("week") => Some(Unit::Week),
                        Some("month") => Some(Unit::Month),
                        Some("year") => Some(Unit::Year),
                        _ => None,
                    };
                    self.ago_units.insert(w, unit).is_none()
                }
                _ => false,
            };
        }
    }

    fn add_names(&mut self, src: &'static str, label: u8) {
        for l in lines(src) {
            let (name, _) = fields(l);
            let key = lexicon::norm(name);
            if key.is_empty() {
                continue;
            }
            let n = token_len(name);
            self.max_name = self.max_name.max(n);
            if name.chars().next().is_some_and(char::is_lowercase) {
                if let Some(first) = key.split([' ', '\'']).next() {
                    self.low_starts.insert(first.to_string());
                }
            }
            // A person's name ends on a capital ("Le Maire"): written "le maire" it is no name.
            // (Places and organisations are written both ways: "Maison blanche", "Republican
            // party".) Once one listing ends in lower case, the name may.
            let last_cap = n > 1
                && label == PER
                && name
                    .split_whitespace()
                    .last()
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase);
            if !self.names.contains_key(&key) && last_cap {
                self.cap_last.insert(key.clone());
            } else if !last_cap {
                self.cap_last.remove(&key);
            }
            // "INSEE" and "Insee": only a name listed solely in capitals needs capitals.
            let entry = self.names.entry(key).or_insert(EXACT);
            *entry |= label;
            if !is_acronym(name) {
                *entry &= !EXACT;
            }
        }
    }

    /// True for a road number: a listed prefix then digits only ("A7", "I-95").
    pub fn is_road(&self, word: &str) -> bool {
        self.road_prefixes.iter().any(|p| {
            word.strip_prefix(p.as_str()).is_some_and(|d| {
                (1..=4).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
            })
        })
    }

    /// Title gender if `key` (normalised) is a title, trying it also with a final dot ("Mr" + ".").
    pub fn title(&self, key: &str) -> Option<char> {
        self.titles.get(key).copied()
    }

    /// [`Lex::word_flags`] of `w` (0 when not listed).
    #[inline]
    pub fn flags_of(&self, w: &str) -> u32 {
        match w.as_bytes() {
            &[b] => self.ascii_flags.get(usize::from(b)).copied().unwrap_or(0),
            _ => self.word_flags.get(w).copied().unwrap_or(0),
        }
    }

    /// True for demonyms, trying the singular of plurals ("Américains" → "américain").
    pub fn is_demonym(&self, key: &str) -> bool {
        self.demonyms.contains(key) || strip_plural(key).is_some_and(|s| self.demonyms.contains(s))
    }

    /// True for name-closing adjectives ("nationale", "russes").
    pub fn is_adjective(&self, key: &str) -> bool {
        self.adjectives.contains(key)
            || strip_plural(key).is_some_and(|s| self.adjectives.contains(s))
            // Longer than its ending by three letters: "internationale", not "-ale".
            || lexicon::has_ending(&self.adjective_endings, key, 3) && !self.stop.contains(key)
    }
}

fn strip_plural(key: &str) -> Option<&str> {
    key.strip_suffix('s').or_else(|| key.strip_suffix('x'))
}

/// The first label in the bits, in the order ORG, LOC, PER, DATE (organisations first: a name
/// listed both as a company and a town, like "Orange", is a company unless the context says place).
pub fn label_of(bits: u8) -> Option<Label> {
    if bits & ORG != 0 {
        Some(Label::Org)
    } else if bits & LOC != 0 {
        Some(Label::Loc)
    } else if bits & PER != 0 {
        Some(Label::Per)
    } else if bits & DATE != 0 {
        Some(Label::Date)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_both_languages() {
        for lang in [Lang::Fr, Lang::En] {
            let l = get(lang);
            assert!(l.names.len() > 1000, "{lang:?} gazetteer too small");
            assert!(l.max_name >= 3);
            assert!(!l.titles.is_empty() && !l.months.is_empty() && !l.weekdays.is_empty());
        }
    }

    #[test]
    fn french_places_and_orgs() {
        let l = get(Lang::Fr);
        assert_eq!(label_of(l.names["moscou"]), Some(Label::Loc));
        assert_eq!(label_of(l.names["maison-blanche"]), Some(Label::Org));
        assert_eq!(label_of(l.names["états-unis"]), Some(Label::Loc));
        assert!(l.low_starts.contains("péninsule"));
        assert!(l.is_demonym("américains"));
        assert_eq!(l.relative["la semaine dernière"], (Unit::Week, -1));
    }

    #[test]
    fn acronyms_are_exact_case() {
        let l = get(Lang::En);
        assert!(l.names["who"] & EXACT != 0);
        assert_eq!(l.title("mr."), Some('m'));
    }
}
