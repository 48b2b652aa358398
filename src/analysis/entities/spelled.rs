//! Organisation names that run on in lower case up to the acronym that spells them:
//! « l'Agence française de lutte contre le dopage (AFLD) », « l'Agence mondiale antidopage (AMA) »,
//! "the Committee to Protect Journalists (CPJ)". The candidate finder stops at the first
//! lower-case word, which cut these names short (« Agence française »); the bracketed acronym
//! right after says where the name really ends, when its letters are the initials of the words
//! in between (function words may be skipped: "to", « de », « contre le »).

use super::gazetteer::{W_PARTICLE, W_STOP, W_VERY_COMMON};
use super::{Ctx, Mention};
use crate::analysis::types::Label;

/// How many tokens may stand between a name and its bracketed acronym.
const REACH: usize = 8;

/// The rule of a name extended to its acronym.
pub(crate) const RULE: &str = "ENT/ACRONYM/SPELLED";

/// Extends every organisation mention that its bracketed acronym spells out further.
pub(crate) fn extend(ctx: &Ctx, ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.label == Some(Label::Org)) {
        let limit = (m.e + REACH).min(ctx.len());
        let Some(open) = (m.e..limit).find(|&k| !ctx.is_word(k)) else {
            continue;
        };
        let acronym = open + 1;
        let bracketed = open > m.e && ctx.text(open) == "(" && ctx.text(acronym + 1) == ")";
        // (The acronym test of coreference, which links « ONU » to its expansion.)
        let letters = bracketed
            .then(|| super::clusters::acronym_letters(ctx.text(acronym)))
            .flatten();
        if letters.is_some_and(|l| spells(ctx, m.s, open, &l)) {
            m.e = open;
            m.rule = RULE;
        }
    }
}

/// True when the acronym's `letters` are, in order, the initials of the words `s..e`, each word
/// either giving the next letter or being a lower-case function or very common word that gives
/// none (« contre », "to").
fn spells(ctx: &Ctx, s: usize, e: usize, letters: &str) -> bool {
    // (Lower-cased with the crate's own case tables: std's `to_lowercase` would bring its
    // tables into the wasm, about 7 KB gzipped; `ctx.low` is lower case already.)
    let lower = crate::analysis::case::lower_str(letters);
    let mut letters = lower.chars().map(fold);
    let mut next = letters.next();
    for k in s..e {
        let initial = ctx.low(k).chars().next().map(fold);
        if next.is_some() && initial == next {
            next = letters.next();
        } else if ctx.is_cap(k) || !ctx.has(k, W_STOP | W_PARTICLE | W_VERY_COMMON) {
            // (A capitalised word is part of the name and gives its letter: "PT et le Parti
            // Démocratique Travailliste (PDT)" is two names.)
            return false;
        }
    }
    next.is_none()
}

/// A lower-case letter without its accent, for comparing initials (« économie » gives e).
fn fold(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::labelled;
    use crate::analysis::types::Lang;

    #[test]
    fn a_name_runs_on_to_the_acronym_that_spells_it() {
        let got = labelled(
            "L'Agence française de lutte contre le dopage (AFLD) a ouvert une enquête.",
            Lang::Fr,
        );
        assert!(
            got.contains(&(
                "Agence française de lutte contre le dopage".to_string(),
                "ORG"
            )),
            "{got:?}"
        );
        let got = labelled(
            "The Committee to Protect Journalists (CPJ) condemned it.",
            Lang::En,
        );
        assert!(
            got.contains(&("Committee to Protect Journalists".to_string(), "ORG")),
            "{got:?}"
        );
    }

    #[test]
    fn two_names_before_one_acronym_stay_two() {
        let got = labelled(
            "Les demandes présentées par le PT et le Parti Démocratique Travailliste (PDT) ont été rejetées.",
            Lang::Fr,
        );
        assert!(!got.iter().any(|(t, _)| t.starts_with("PT et")), "{got:?}");
    }

    #[test]
    fn an_acronym_that_spells_something_else_extends_nothing() {
        let got = labelled(
            "L'Agence française a reçu le rapport de lutte (ONU) hier.",
            Lang::Fr,
        );
        assert!(!got.iter().any(|(t, _)| t.contains("rapport")), "{got:?}");
    }
}
