//! Definite descriptions as speakers, linked to the person they stand for.
//!
//! Wire copy names a person once, then refers back with a description: "Le Premier ministre,
//! François Bayrou, a exclu …" and later "a martelé le Premier ministre"; "Sophie Binet" and then
//! "pour la syndicaliste". Readers (and the gold of the seed article) want the name. Two ways,
//! the first preferred:
//! - **The text said so.** A description written next to a person's name, in apposition or as
//!   a title ("le ministre de l'Intérieur Gérald Darmanin", "Joe Biden, the president,", "Gov.
//!   Ann Wells" for "the governor": `title_abbreviations.tsv`), is remembered; the same words
//!   later resolve to that person.
//! - **An epithet.** A definite phrase headed by a word of `epithets.txt` ("la syndicaliste",
//!   "the retired neurosurgeon"), with no complement, is the person the sentences just before
//!   introduced, when introduced after the latest speaker spoke ("Marcel Dubreuil, 71 ans, est
//!   venu … « … », soupire le retraité"), else the latest person to have spoken, in its
//!   paragraph or the one before, if the gender agrees (`resolve.rs`, `described`). (Any one
//!   person named nearby was tried earlier: on PolNeAR it linked "the actor" to his
//!   interviewer about as often as it was right; the introduced person must be the one the
//!   previous narrative sentence names, or a sentence subject.)
//!
//! Offices are left out of the epithet list on purpose: "le ministre" with no earlier
//! apposition often introduces someone new, and a wrong speaker is worse than none.

use super::cues::Ctx;
use super::lex::Gender;
use super::np::{self, Np};
use crate::analysis::hashing::HashMap;
use crate::analysis::segment::TokKind;
use crate::analysis::types::{Entity, Label};

/// How many tokens a remembered description may span.
const DESCRIPTION_REACH: usize = 10;

/// Descriptions written next to a person's name, indexed by their words: each list holds
/// (byte offset, index of the PER entity) in text order, so a look-up is a binary search
/// however long the text.
#[derive(Default)]
pub(super) struct RoleMemory {
    by_key: HashMap<String, Vec<(usize, usize)>>,
    /// The same, by the description's first word ("ministre" for "ministre du travail").
    by_head: HashMap<String, Vec<(usize, usize)>>,
    /// The words of every description remembered for a cluster.
    by_cluster: HashMap<usize, Vec<String>>,
}

impl RoleMemory {
    /// Reads every PER entity's neighbourhood once: a definite description right before it
    /// (with or without a comma) or right after it between commas.
    pub fn build(ctx: &Ctx, entities: &[Entity]) -> RoleMemory {
        let doc = ctx.doc;
        let mut memory = RoleMemory::default();
        for (ei, e) in entities.iter().enumerate() {
            if e.label != Label::Per {
                continue;
            }
            let after = doc.token_at_or_after(e.span.end);
            // (Not in a list: « ses avocats, Me Rey et Me Dumas » describes neither alone.)
            let listed = ctx.lex.coordinators.contains(ctx.word(after));
            let name = doc.token_at_or_after(e.span.start);
            let first = if listed {
                name
            } else {
                honorific_start(ctx, name)
            };
            let comma = first > 0 && ctx.is_punct(first - 1, &[","]);
            let end = if comma { first - 1 } else { first };
            // After a comma, the name must close its clause: "Selon le ministre, Paul Roux
            // a …" is no apposition.
            // A phrase holding another person's name ("Gov. Ann Wells and Florida Sen.")
            // describes this one only after that name and its connector.
            let after_other = |d: Np| -> Option<Np> {
                let n = entities.partition_point(|x| x.span.end <= d.span.start);
                let other = entities[n..]
                    .iter()
                    .take_while(|x| x.span.start < d.span.end)
                    .filter(|x| x.label == Label::Per)
                    .last();
                let Some(x) = other else { return Some(d) };
                let mut a = doc.token_at_or_after(x.span.end);
                while a < d.toks.1 && ctx.lex.connectors.contains(ctx.word(a)) {
                    a += 1;
                }
                (a < d.toks.1).then(|| Np::from_toks(ctx, a, d.toks.1))
            };
            let before = (!comma || closes_apposition(ctx, after))
                .then(|| np::backward(ctx, end, end.saturating_sub(DESCRIPTION_REACH)))
                .flatten()
                .filter(|d| d.toks.1 == end)
                .and_then(after_other);
            let behind = ctx.is_punct(after, &[","]).then(|| {
                np::forward(ctx, after + 1, after + 1 + DESCRIPTION_REACH)
                    .filter(|d| closes_apposition(ctx, d.toks.1))
            });
            for d in [before, behind.flatten()].into_iter().flatten() {
                let Some(key) = key(ctx, &d)
                    .or_else(|| bare_title(ctx, &d))
                    .or_else(|| possessed(ctx, &d))
                else {
                    continue;
                };
                // "Gov." is remembered as "governor" too, "Florida Sen." as "florida senator"
                // (title_abbreviations.tsv).
                let mut expanded: Vec<String> = expansions(ctx, &key).map(str::to_string).collect();
                // « le procès du négociant en vins Bernard Castaing »: the person noun in the
                // last complement describes the name; a later « le négociant » is that person.
                expanded.extend(complement_person(ctx, &key));
                if expanded.is_empty() {
                    if let Some((lead, last)) = key.rsplit_once(' ') {
                        expanded = expansions(ctx, last)
                            .map(|f| format!("{lead} {f}"))
                            .collect();
                    }
                }
                for k in std::iter::once(&key).chain(&expanded) {
                    let words: Vec<&str> = k.split(' ').collect();
                    let first_word = words.first().copied().unwrap_or("");
                    // English compounds end in their head ("fire chief"): a key without a
                    // connector is found by its last word as well as its first.
                    let last = words.last().copied().filter(|_| {
                        words.len() > 1 && !words.iter().any(|w| ctx.lex.connectors.contains(w))
                    });
                    for head in std::iter::once(first_word).chain(last) {
                        memory
                            .by_head
                            .entry(head.to_string())
                            .or_default()
                            .push((e.span.start, ei));
                    }
                    memory
                        .by_key
                        .entry(k.clone())
                        .or_default()
                        .push((e.span.start, ei));
                    if let Some(c) = e.cluster {
                        memory.by_cluster.entry(c).or_default().push(k.clone());
                    }
                }
            }
        }
        memory
    }

    /// True when the text described the person of `cluster` with words of its own, none of
    /// them `word` ("président marseillais" for the man a later "le joueur" is not).
    pub fn described_otherwise(&self, cluster: usize, word: &str) -> bool {
        self.by_cluster
            .get(&cluster)
            .is_some_and(|keys| !keys.iter().any(|k| k.split(' ').any(|w| w == word)))
    }

    /// The entity the text last named with these words before `pos`. A one-word title ("le
    /// ministre") also matches a longer remembered one ("le ministre du Travail") when only one
    /// person was so described.
    ///
    /// With `any_word`, any other one-word description ("l'astronaute" after « L'astronaute
    /// française Sophie Aubertin ») matches the same way: the words were written next to a
    /// name, so they describe a person, and only one was so described. An age is no part of
    /// the words (« le négociant de 61 ans » is « le négociant »).
    pub fn lookup(&self, ctx: &Ctx, key: &str, pos: usize, any_word: bool) -> Option<usize> {
        let key = without_age(ctx, key);
        let before = |list: &'_ Vec<(usize, usize)>| -> Vec<usize> {
            let n = list.partition_point(|(p, _)| *p < pos);
            list[n.saturating_sub(AMBIGUITY_REACH)..n]
                .iter()
                .map(|(_, ei)| *ei)
                .collect()
        };
        if let Some(&ei) = self
            .by_key
            .get(key)
            .map(before)
            .as_deref()
            .and_then(<[_]>::last)
        {
            return Some(ei);
        }
        if key.contains(' ') {
            return self.shortened(ctx, key, pos);
        }
        if !any_word && !ctx.lex.titles.contains_key(key) {
            return None;
        }
        let heads = self.by_head.get(key).map(before)?;
        let (&first, rest) = heads.split_first()?;
        rest.iter().all(|&ei| ei == first).then_some(first)
    }
}

impl RoleMemory {
    /// « le chef de division » after « le chef de la division de Caen de l'ASN, Laurent
    /// Mercadier »: a description with a complement, written shorter the second time, is the
    /// person described earlier with the same first word and all its content words in order,
    /// when only one person was. (The complement must be there: « le chef de l'État » is not
    /// « le chef de la diplomatie ».) Looked up per description resolved, not per token.
    fn shortened(&self, ctx: &Ctx, key: &str, pos: usize) -> Option<usize> {
        let content = |w: &&str| {
            !ctx.lex.connectors.contains(w) && !ctx.lex.determiners.contains(w) && !w.is_empty()
        };
        let mut wanted: Vec<&str> = key.split(' ').filter(content).collect();
        // "the union president" after "president of the students' union": an English compound
        // (no connector) ends in its head; the words before it are then its complement's.
        let compound = !key.split(' ').any(|w| ctx.lex.connectors.contains(w));
        let last_is_title = wanted
            .last()
            .is_some_and(|w| ctx.lex.titles.contains_key(*w));
        let first_is_title = wanted
            .first()
            .is_some_and(|w| ctx.lex.titles.contains_key(*w));
        if compound && last_is_title && !first_is_title {
            wanted.rotate_right(1);
        }
        let (&head, rest) = wanted.split_first()?;
        if rest.is_empty() || !ctx.lex.titles.contains_key(head) {
            return None;
        }
        let mut found = None;
        for (k, list) in &self.by_key {
            let mut words = k.split(' ');
            if k == key || words.next() != Some(head) {
                continue;
            }
            let mut words = words.filter(content);
            if !rest.iter().all(|w| words.any(|x| x == *w)) {
                continue;
            }
            let n = list.partition_point(|(p, _)| *p < pos);
            for &(_, ei) in &list[n.saturating_sub(AMBIGUITY_REACH)..n] {
                match found {
                    None => found = Some(ei),
                    Some(other) if other != ei => return None,
                    _ => {}
                }
            }
        }
        found
    }
}

/// The words of a description from a person noun (`epithets.txt`) or title opening its last
/// complement: "négociant" for « procès du négociant », "chanteuse" for « avocat de la
/// chanteuse », before a name. `None` when no complement opens with one.
fn complement_person(ctx: &Ctx, key: &str) -> Option<String> {
    let lex = ctx.lex;
    let person = |w: &str| listed(lex, w).is_some() || lex.titles.contains_key(w);
    let words: Vec<&str> = key.split(' ').collect();
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if !lex.connectors.contains(w) || lex.coordinators.contains(w) {
            continue;
        }
        let mut j = i + 1;
        if words.get(j).is_some_and(|d| lex.determiners.contains(d)) && j + 1 < words.len() {
            j += 1;
        }
        if words.get(j).is_some_and(|p| person(p)) {
            found = Some(j);
        }
    }
    found
        .and_then(|j| words.get(j..))
        .map(|rest| rest.join(" "))
}

/// The words an abbreviated title stands for (`title_abbreviations.tsv`).
fn expansions<'l>(ctx: &Ctx<'l>, abbr: &'l str) -> impl Iterator<Item = &'static str> + 'l {
    ctx.lex
        .title_abbreviations
        .iter()
        .filter(move |(a, _)| a == abbr)
        .map(|(_, full)| full.as_str())
}

/// « son avocat, Me Olivier Sarrazin »: an honorific written between an apposition's comma and
/// the name (the entity leaves it out) belongs to the name, so the description before the comma
/// is remembered rather than the honorific. Returns the token the name starts at, honorific
/// included when there is one after a comma.
fn honorific_start(ctx: &Ctx, name: usize) -> usize {
    let honorific = |a: usize, b: usize| {
        ctx.is_capitalised(a) && ctx.lex.titles.contains_key(ctx.doc.norm_run(a, b))
    };
    let start = match name.checked_sub(1) {
        // "M." is two tokens.
        Some(k) if ctx.is_punct(k, &["."]) && k >= 1 && honorific(k - 1, k + 1) => k - 1,
        Some(k) if honorific(k, k + 1) => k,
        _ => return name,
    };
    if start >= 1 && ctx.is_punct(start - 1, &[","]) {
        start
    } else {
        name
    }
}

/// How many earlier descriptions with the same first word are compared to call a one-word
/// title unambiguous.
const AMBIGUITY_REACH: usize = 32;

/// True when token `k` ends an apposition: punctuation that closes a clause, or the end.
fn closes_apposition(ctx: &Ctx, k: usize) -> bool {
    ctx.kind(k).is_none() || ctx.is_punct(k, &[",", ".", ";", ":", ")", "!", "?"])
}

/// The words of a singular definite description from its head on ("premier ministre" for "le
/// Premier ministre"); `None` for anything else (names, pronouns, "un conseiller", "les élus").
pub(super) fn key(ctx: &Ctx, d: &Np) -> Option<String> {
    let (a, b) = d.toks;
    if d.pronoun.is_some() || b <= a + 1 || !ctx.lex.definite.contains(ctx.word(a)) {
        return None;
    }
    let glued = |k: usize| ctx.doc.tokens.get(k).is_some_and(|t| !t.space_before);
    let mut key = String::new();
    for k in a + 1..b {
        // "the 46-year-old": a hyphen written tight stays inside its word.
        let tight = ctx.is_punct(k, &["-"]) && glued(k) && k + 1 < b && glued(k + 1);
        if ctx.kind(k) == Some(TokKind::Punct) && !tight {
            return None;
        }
        let after_hyphen = k > a + 1 && ctx.is_punct(k - 1, &["-"]);
        if !(key.is_empty() || tight || after_hyphen) {
            key.push(' ');
        }
        key.push_str(ctx.word(k));
    }
    Some(key)
}

/// The words of a description with a possessive determiner written next to a name (« son fils
/// Mathieu », « sa consœur Nadia Benali », "his lawyer, Tom Reyes,"): a later « le fils », "the
/// lawyer" is that person. (Only next to a name: « son avocat » alone is nobody yet.)
fn possessed(ctx: &Ctx, d: &Np) -> Option<String> {
    let (a, b) = d.toks;
    if d.pronoun.is_some() || b <= a + 1 || !ctx.lex.possessives.contains(ctx.word(a)) {
        return None;
    }
    let mut key = String::new();
    for k in a + 1..b {
        if ctx.kind(k) != Some(TokKind::Word) {
            return None;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(ctx.word(k));
    }
    Some(key)
}

/// The words of a title phrase written with no determiner before a name ("Former Vice
/// President Joe Biden", "White House press secretary Dana Ortiz"), lower-cased as a later
/// "the former vice president" has them.
fn bare_title(ctx: &Ctx, d: &Np) -> Option<String> {
    let (a, b) = d.toks;
    if d.pronoun.is_some() || ctx.lex.determiners.contains(ctx.word(a)) {
        return None;
    }
    // An abbreviation keeps its full stop: "Gov." is "gov.", read with title_abbreviations.tsv.
    let mut key = String::new();
    for k in a..b {
        let glued = ctx.doc.tokens.get(k).is_some_and(|t| !t.space_before);
        if ctx.kind(k) == Some(TokKind::Punct) {
            // ("president of the students' union": a possessive's apostrophe is no break, and
            // no word of the key.)
            if glued && k > a && ctx.is_punct(k, &["'", "’"]) {
                continue;
            }
            if !(ctx.is_punct(k, &["."]) && glued && k > a) {
                return None;
            }
        } else if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(ctx.word(k));
    }
    (!key.is_empty()).then_some(key)
}

/// True when a description's words are an epithet with no complement: "syndicaliste", "leader
/// insoumis", "retired neurosurgeon", "jeune femme" (not "secrétaire nationale des Verts").
pub(super) fn is_epithet(ctx: &Ctx, key: &str) -> bool {
    let lex = ctx.lex;
    let key = without_age(ctx, key);
    let words = || key.split(' ');
    if words().any(|w| lex.connectors.contains(w)) {
        return false;
    }
    words().any(|w| listed(lex, w).is_some())
        || lex
            .epithets
            .keys()
            .any(|e| e.contains(' ') && key.contains(e.as_str()))
}

/// True when a phrase's head, the words before its first connector, holds a listed epithet:
/// "un ancien ingénieur de la centrale", "a former engineer at the plant" name a person even
/// when indefinite, which [`is_epithet`] (for definite keys) does not ask.
pub(super) fn heads_with_epithet(ctx: &Ctx, np: &Np) -> bool {
    (np.toks.0..np.toks.1)
        .map(|k| ctx.word(k))
        .take_while(|w| !ctx.lex.connectors.contains(w))
        .any(|w| listed(ctx.lex, w).is_some())
}

/// A description without a closing age ("joueuse de 22 ans" is "joueuse"): a connector, a
/// number and one word end it; an age is no complement naming someone else.
fn without_age<'k>(ctx: &Ctx, key: &'k str) -> &'k str {
    let mut tail = key.rsplitn(4, ' ');
    let (Some(_unit), Some(number), Some(connector), Some(rest)) =
        (tail.next(), tail.next(), tail.next(), tail.next())
    else {
        return key;
    };
    let is_number = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit());
    if is_number && ctx.lex.connectors.contains(connector) {
        rest
    } else {
        key
    }
}

/// The gender an epithet's words mark ("the former congressman"), if any.
pub(super) fn epithet_gender(ctx: &Ctx, key: &str) -> Gender {
    key.split(' ')
        .filter_map(|w| listed(ctx.lex, w))
        .find(|g| *g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

/// The listed epithet a word is, with its gender; a compound counts by its end
/// ("46-year-old" is a "year-old").
fn listed(lex: &super::lex::Lex, w: &str) -> Option<Gender> {
    lex.epithets.get(w).copied().or_else(|| {
        w.match_indices('-')
            .find_map(|(i, _)| lex.epithets.get(&w[i + 1..]).copied())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;

    fn memory_of(t: &str, lang: Lang) -> Vec<(String, String)> {
        let d = Document::new(t);
        let (entities, _) = crate::analysis::entities::extract(&d, lang, None);
        let c = Ctx::new(&d, lang, &[]);
        let m = RoleMemory::build(&c, &entities);
        m.by_key
            .iter()
            .flat_map(|(k, list)| list.iter().map(move |(_, ei)| (k.clone(), *ei)))
            .map(|(k, ei)| (k, entities[ei].span.text(t).to_string()))
            .collect()
    }

    #[test]
    fn appositions_and_titles_are_remembered() {
        let m = memory_of(
            "Le Premier ministre, François Bayrou, a parlé. Le ministre de l'Intérieur Gérald \
             Darmanin est venu.",
            Lang::Fr,
        );
        let has = |k: &str, n: &str| m.iter().any(|(a, b)| a == k && b == n);
        assert!(has("premier ministre", "François Bayrou"), "{m:?}");
        assert!(has("ministre de l' intérieur", "Gérald Darmanin"), "{m:?}");
    }

    #[test]
    fn english_appositions_are_remembered() {
        let m = memory_of("Joe Biden, the president, spoke.", Lang::En);
        assert!(
            m.iter().any(|(k, n)| k == "president" && n == "Joe Biden"),
            "{m:?}"
        );
    }

    #[test]
    fn bare_titles_before_names_are_remembered() {
        let m = memory_of("Former Vice President Joe Biden spoke.", Lang::En);
        assert!(
            m.iter()
                .any(|(k, n)| k == "former vice president" && n == "Joe Biden"),
            "{m:?}"
        );
    }

    #[test]
    fn abbreviated_titles_are_remembered_in_full() {
        let m = memory_of("Gov. Ann Wells and Florida Sen. Tom Hale spoke.", Lang::En);
        let has = |k: &str, n: &str| m.iter().any(|(a, b)| a == k && b == n);
        assert!(has("governor", "Ann Wells"), "{m:?}");
        assert!(has("florida senator", "Tom Hale"), "{m:?}");
    }

    #[test]
    fn a_name_that_opens_a_clause_is_no_apposition() {
        let m = memory_of("Selon le ministre, Paul Roux a menti.", Lang::Fr);
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn epithets_have_no_complement() {
        let d = Document::new("x");
        let c = Ctx::new(&d, Lang::Fr, &[]);
        assert!(is_epithet(&c, "syndicaliste"));
        assert!(is_epithet(&c, "leader insoumis"));
        assert!(!is_epithet(&c, "secrétaire nationale des verts"));
        assert!(!is_epithet(&c, "ministre"));
        let d = Document::new("x");
        let c = Ctx::new(&d, Lang::En, &[]);
        assert!(is_epithet(&c, "46-year-old"));
        assert_eq!(epithet_gender(&c, "former congressman"), Gender::Male);
    }
}
