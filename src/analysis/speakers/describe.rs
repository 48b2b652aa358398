//! Definite descriptions as speakers, linked to the person they stand for.
//!
//! Wire copy names a person once, then refers back with a description: "Le Premier ministre,
//! François Bayrou, a exclu …" and later "a martelé le Premier ministre"; "Sophie Binet" and then
//! "pour la syndicaliste". Readers (and the gold of the seed article) want the name. Two ways,
//! the first preferred:
//! - **The text said so.** A description written next to a person's name, in apposition or as
//!   a title ("le ministre de l'Intérieur Gérald Darmanin", "Joe Biden, the president,"), is
//!   remembered; the same words later resolve to that person.
//! - **An epithet.** A definite phrase headed by a word of `epithets.txt` ("la syndicaliste",
//!   "the retired neurosurgeon"), with no complement, is the latest person to have spoken, in
//!   its paragraph or the one before, if the gender agrees. Offices are left out of that list on purpose: "le ministre" with no earlier
//!   apposition often introduces someone new, and a wrong speaker is worse than none.

use super::cues::Ctx;
use super::np::{self, Np};
use crate::analysis::segment::TokKind;
use crate::analysis::types::{Entity, Label};

/// How many tokens a remembered description may span.
const DESCRIPTION_REACH: usize = 10;

/// Descriptions written next to a person's name, in text order.
pub(super) struct RoleMemory {
    /// (the description's words from its head on, byte offset, index of the PER entity).
    entries: Vec<(String, usize, usize)>,
}

impl RoleMemory {
    /// Reads every PER entity's neighbourhood once: a definite description right before it
    /// (with or without a comma) or right after it between commas.
    pub fn build(ctx: &Ctx, entities: &[Entity]) -> RoleMemory {
        let doc = ctx.doc;
        let mut entries = Vec::new();
        for (ei, e) in entities.iter().enumerate() {
            if e.label != Label::Per {
                continue;
            }
            let first = doc.token_at_or_after(e.span.start);
            let after = doc.token_at_or_after(e.span.end);
            let comma = first > 0 && ctx.is_punct(first - 1, &[","]);
            let end = if comma { first - 1 } else { first };
            // After a comma, the name must close its clause: "Selon le ministre, Paul Roux
            // a …" is no apposition.
            let before = (!comma || closes_apposition(ctx, after))
                .then(|| np::backward(ctx, end, end.saturating_sub(DESCRIPTION_REACH)))
                .flatten()
                .filter(|d| d.toks.1 == end);
            let behind = ctx.is_punct(after, &[","]).then(|| {
                np::forward(ctx, after + 1, after + 1 + DESCRIPTION_REACH)
                    .filter(|d| closes_apposition(ctx, d.toks.1))
            });
            for d in [before, behind.flatten()].into_iter().flatten() {
                if let Some(key) = key(ctx, &d).or_else(|| bare_title(ctx, &d)) {
                    entries.push((key, e.span.start, ei));
                }
            }
        }
        RoleMemory { entries }
    }

    /// The entity the text last named with these words before `pos`. A one-word title ("le
    /// ministre") also matches a longer remembered one ("le ministre du Travail") when only one
    /// person was so described.
    pub fn lookup(&self, ctx: &Ctx, key: &str, pos: usize) -> Option<usize> {
        let earlier = || self.entries.iter().filter(|(_, p, _)| *p < pos);
        if let Some((_, _, ei)) = earlier().rfind(|(k, _, _)| k == key) {
            return Some(*ei);
        }
        if key.contains(' ') || !ctx.lex.titles.contains_key(key) {
            return None;
        }
        let mut heads = earlier().filter(|(k, _, _)| k.split(' ').next() == Some(key));
        let (_, _, ei) = heads.next()?;
        heads.all(|(_, _, other)| other == ei).then_some(*ei)
    }
}

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
    let mut key = String::new();
    for k in a + 1..b {
        if ctx.kind(k) == Some(TokKind::Punct) {
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
    let words: Vec<&str> = (a..b).map(|k| ctx.word(k)).collect();
    (!words.is_empty() && (a..b).all(|k| ctx.kind(k) != Some(TokKind::Punct)))
        .then(|| words.join(" "))
}

/// True when a description's words are an epithet with no complement: "syndicaliste", "leader
/// insoumis", "retired neurosurgeon", "jeune femme" (not "secrétaire nationale des Verts").
pub(super) fn is_epithet(ctx: &Ctx, key: &str) -> bool {
    let lex = ctx.lex;
    let words = || key.split(' ');
    if words().any(|w| lex.connectors.contains(w)) {
        return false;
    }
    words().any(|w| lex.epithets.contains(w))
        || lex
            .epithets
            .iter()
            .any(|e| e.contains(' ') && key.contains(e.as_str()))
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
        m.entries
            .iter()
            .map(|(k, _, ei)| (k.clone(), entities[*ei].span.text(t).to_string()))
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
    }
}
