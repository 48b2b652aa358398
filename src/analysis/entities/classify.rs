//! A label for each candidate, from the strongest evidence available:
//! gazetteer name > title before it > organisation / place head word > first name > acronym >
//! context (place preposition, organisation noun) > shape (several capitalised words: a person).
//! A single capitalised word with no evidence stays unlabelled; coreference may label it later.

use super::candidates::Cand;
use super::gazetteer::{
    label_of, EXACT, LOC, ORG, W_COMMON, W_FIRST_NAME, W_LOC_WORD, W_ORG_WORD, W_PARTICLE,
    W_PLACE_PREP, W_PRONOUN, W_VERY_COMMON,
};
use super::{Ctx, Mention};
use crate::analysis::segment::TokKind;
use crate::analysis::types::Label;

pub(crate) fn classify(ctx: &Ctx, c: &Cand) -> Mention {
    let (label, rule) = decide(ctx, c);
    Mention {
        s: c.s,
        e: c.e,
        label,
        rule,
        title: c.title,
        gaz: c.gaz,
        group: 0,
        seen: 0,
    }
}

fn decide(ctx: &Ctx, c: &Cand) -> (Option<Label>, &'static str) {
    let lex = ctx.lex;
    let prev = c.s.checked_sub(1).map(|p| ctx.low(p)).unwrap_or("");
    // (The flags of `prev`: past the start, those of "", as past the end.)
    let after_place_prep = ctx.has(c.s.checked_sub(1).unwrap_or(usize::MAX), W_PLACE_PREP);
    let after_org_cue = lex.org_cues.contains(prev);
    // "Dear Richard", "Thanks, Kam", "Regards Swetha": a name right after a greeting or
    // sign-off is a person's, unless it is a listed organisation.
    // (Not a pronoun, a title or a common word: "Hey I just", "Dear Mr. …", "Dear Friends".)
    let first_word = ctx.low(c.s);
    let plain = !ctx.has(c.s, W_COMMON) || ctx.has(c.s, W_FIRST_NAME);
    if c.e - c.s <= 3
        && c.gaz & ORG == 0
        && plain
        && !ctx.is_upper(c.s)
        && ctx.flags(c.s) & W_PRONOUN == 0
        && !first_word.contains('\'')
        && ctx.title_at(c.s, c.e).is_none()
        && after_vocative(ctx, c.s)
    {
        return (Some(Label::Per), "ENT/VOCATIVE/PER");
    }
    if c.gaz != 0 {
        let both = c.gaz & LOC != 0 && c.gaz & ORG != 0;
        if c.title.is_some() && c.e - c.s == 1 {
            return (Some(Label::Per), "ENT/TITLE/PER");
        }
        if both && after_place_prep {
            return (Some(Label::Loc), "ENT/GAZ/LOC");
        }
        let l = label_of(c.gaz);
        let rule = match l {
            Some(Label::Org) => "ENT/GAZ/ORG",
            Some(Label::Loc) => "ENT/GAZ/LOC",
            Some(Label::Date) => "ENT/GAZ/DATE",
            _ => "ENT/GAZ/PER",
        };
        return (l, rule);
    }
    let len = c.e - c.s;
    let first = ctx.low(c.s);
    // A title alone ("President", "Dr") is no name.
    if ctx.title_at(c.s, c.e).is_some_and(|(n, _)| c.s + n >= c.e) {
        return (None, "ENT/TITLE");
    }
    if c.title.is_some() {
        return (Some(Label::Per), "ENT/TITLE/PER");
    }
    if after_demonym_noun(ctx, c.s) {
        return (Some(Label::Per), "ENT/DEMONYM/PER");
    }
    if len == 1 && lex.is_road(ctx.text(c.s)) {
        return (Some(Label::Loc), "ENT/ROAD/LOC");
    }
    if ctx.has(c.s, W_LOC_WORD) && len > 1 {
        return (Some(Label::Loc), "ENT/HEAD/LOC");
    }
    // "Marine Le Pen": a first name followed by capitalised words is a person even when the
    // first name is also an organisation word.
    // ("Austin Texas" is two places, not a person.)
    // A name's own article is no first name: "Les Compagnons" is not "Les" (Leslie).
    let first_name = !(len > 1 && lex.name_articles.contains(first)) && ctx.has(c.s, W_FIRST_NAME);
    let is_place = |k: &str| lex.names.get(k).is_some_and(|b| b & LOC != 0);
    let place_pair = len == 2 && is_place(first) && is_place(ctx.low(c.s + 1));
    if len > 1
        && !place_pair
        && first_name
        && !(c.s + 1..c.e).any(|i| is_org_word(ctx, i) || ctx.has(i, W_LOC_WORD))
    {
        return (Some(Label::Per), "ENT/FIRSTNAME/PER");
    }
    if len > 1 && (c.s..c.e).any(|i| is_org_word(ctx, i)) {
        return (Some(Label::Org), "ENT/HEAD/ORG");
    }
    if (c.s..c.e).any(|i| ctx.has(i, W_LOC_WORD)) && len > 1 {
        return (Some(Label::Loc), "ENT/HEAD/LOC");
    }
    // A first name alone must not be a very common word ("My", "Art", "OK"), an acronym, or a
    // common word opening a sentence.
    // (A very common one inside a sentence is a name when the text never writes it in lower
    // case: "ask Bill", not "pay the Bill" in a text about bills.)
    let inside_name = !ctx.initial[c.s] && ctx.name_only(c.s);
    let alone_ok = (!ctx.has(c.s, W_VERY_COMMON) || inside_name)
        && !ctx.is_upper(c.s)
        && (!ctx.initial[c.s] || !ctx.has(c.s, W_COMMON) || ctx.name_at_start(c.s));
    if first_name && !place_pair && (len > 1 || alone_ok) {
        return (Some(Label::Per), "ENT/FIRSTNAME/PER");
    }
    if after_org_cue && ctx.text(c.s).chars().count() >= 2 {
        return (Some(Label::Org), "ENT/CUE/ORG");
    }
    if len == 1
        && lex.acronym_determiners.contains(prev)
        && ctx.is_upper(c.s)
        && ctx.text(c.s).chars().count() <= 8
        && !ctx.has(c.s, W_COMMON)
        && !ctx.shouting[c.s]
        && !ctx.text(c.s).chars().any(|c| c.is_ascii_digit())
    {
        return (Some(Label::Org), "ENT/ACRONYM/ORG");
    }
    // A known place inside a longer unknown name: "Valence (Drôme)" is two candidates, but
    // "Grand Paris Express" is not a place; only the last word's gazetteer entry counts.
    // "au Parlement": an organisation word after a place preposition is an organisation. (After
    // a mere article it is too often a common noun: "l'Église", "les Forces".)
    if len == 1 && is_org_word(ctx, c.s) && after_place_prep {
        return (Some(Label::Org), "ENT/HEAD/ORG");
    }
    // Inside a sentence, "the Senate", "the Court": a capitalised head alone after an article
    // names the institution or place the text is about.
    let inside = !ctx.initial.get(c.s).copied().unwrap_or(true);
    if len == 1 && inside && lex.determiners.contains(prev) && !ctx.is_upper(c.s) {
        if is_org_word(ctx, c.s) {
            return (Some(Label::Org), "ENT/HEAD/ORG");
        }
        if ctx.has(c.s, W_LOC_WORD) {
            return (Some(Label::Loc), "ENT/HEAD/LOC");
        }
    }
    // A lone unknown name before a possessive or in a citation is a person: "in Higuchi's
    // fiction", "Brieber (2014)", "(Prensky, 2005)", "Makel et al.".
    if len == 1 && inside && !ctx.is_upper(c.s) && !ctx.has(c.s, W_COMMON) {
        // ... but "the Confederacy's" is no person's.
        let person_slot = !lex.determiners.contains(prev);
        if person_slot && possessive_after(ctx, c.e) {
            return (Some(Label::Per), "ENT/POSS/PER");
        }
        if citation_after(ctx, c.s, c.e) {
            return (Some(Label::Per), "ENT/CITE/PER");
        }
    }
    // All-capital words are seldom places ("à l'AMISOM"); listed ones were found above.
    // ... but a lone common word after "in" is a title or a term ("in Figure 3", "at Ghost").
    if after_place_prep && !ctx.is_upper(c.s) && !(len == 1 && ctx.has(c.s, W_COMMON)) {
        return (Some(Label::Loc), "ENT/PREP/LOC");
    }
    // "Tayib Rauf, 21, Birmingham", "John Reyes, 45, of Dayton", « Léa Morel, 34 ans, »: an age
    // between commas after a name is a person's.
    // (Words of a name only: no digits as in a postcode, no all-capital token as "§ VI, 67".)
    let name_words = (c.s..c.e).all(|i| {
        !ctx.low(i).bytes().any(|b| b.is_ascii_digit()) && (!ctx.is_upper(i) || !ctx.is_word(i))
    });
    if name_words && age_after(ctx, c.e) {
        return (Some(Label::Per), "ENT/AGE/PER");
    }
    // Person-shaped: capitalised words, the first one a first name or no common word, the last
    // one no common word ("Nikolaï Patrouchev", not "Grand Prix", "Tour de France" or "Kodak
    // Camera": surnames that are common words come with a first name, found above).
    let name_word = |i: usize| {
        !ctx.is_word(i)
            || is_particle(ctx, i)
            || ctx.is_cap(i) && !ctx.low(i).chars().any(|c| c.is_ascii_digit())
    };
    let first_ok = first_name || !ctx.has(c.s, W_COMMON);
    let last_ok = !ctx.has(c.e - 1, W_COMMON) || first_name;
    if len >= 2 && first_ok && last_ok && !ctx.shouting[c.s] && (c.s..c.e).all(name_word) {
        return (Some(Label::Per), "ENT/SHAPE/PER");
    }
    (None, "ENT/CAP")
}

/// A weakly labelled multi-word candidate that starts with a known name (not a first name) is
/// split after it: "London St Pancras" → "London" + "St Pancras".
pub(crate) fn split_known_prefix(ctx: &Ctx, c: &Cand) -> Option<(Cand, Cand)> {
    let lex = ctx.lex;
    if c.e - c.s < 2 || lex.first_names.contains_key(ctx.low(c.s)) || c.title.is_some() {
        return None;
    }
    // "Buyukcekmece d'Istanbul": a known name after a final particle; the longest such name
    // ("SLBM de la Corée du Nord" → "SLBM" + "Corée du Nord", not "Nord"), whatever the
    // particle's length ("de la").
    let suffix = (c.s + 1..c.e).find_map(|k| {
        let n = [2, 1]
            .into_iter()
            .find(|&n| ctx.lex.particles.get(&*ctx.key(k, k + n)) == Some(&false))?;
        let bits = *lex.names.get(&*ctx.key(k + n, c.e))?;
        (k + n < c.e && bits & (LOC | ORG) != 0)
            .then(|| (Cand::part(c.s, k, 0), Cand::part(k + n, c.e, bits)))
    });
    if suffix.is_some() {
        return suffix;
    }
    (1..c.e - c.s).rev().find_map(|n| {
        let bits = *lex.names.get(&*ctx.key(c.s, c.s + n))?;
        // A lower-case head is no name of its own ("gare de Salez" is not the town "Gare").
        let ok = (bits & EXACT == 0 || ctx.is_upper(c.s)) && ctx.is_cap(c.s + n) && ctx.is_cap(c.s);
        ok.then(|| (Cand::part(c.s, c.s + n, bits), Cand::part(c.s + n, c.e, 0)))
    })
}

/// The name at `s` follows a capitalised demonym used as a noun, after one of the language's
/// `demonym_determiners` (« la Néerlandaise Fenna de Wit », « l'Américain Sam Drew »): the
/// demonym names one person, and the name is theirs, as after a title. (The candidate finder
/// has already trimmed the demonym off the name.)
fn after_demonym_noun(ctx: &Ctx, s: usize) -> bool {
    let Some(d) = s.checked_sub(1) else {
        return false;
    };
    // (Not a category or a company: « le Néerlandais U23 », « le Français EDF ».)
    let plain = !ctx.is_upper(s) && !ctx.text(s).bytes().any(|b| b.is_ascii_digit());
    d >= 1
        && plain
        && ctx.is_cap(d)
        && ctx.lex.is_demonym(ctx.low(d))
        && ctx.lex.demonym_determiners.contains(ctx.low(d - 1))
}

/// A greeting or sign-off right before token `s`, or before a comma there ("Thanks, Dawn").
fn after_vocative(ctx: &Ctx, s: usize) -> bool {
    let cue = |k: Option<usize>| k.is_some_and(|k| ctx.lex.vocatives.contains(ctx.low(k)));
    let prev = s.checked_sub(1);
    cue(prev) || (prev.is_some_and(|p| ctx.text(p) == ",") && cue(s.checked_sub(2)))
}

/// An age apposition at token `e`: a comma, a number of one to three digits up to 120, an
/// optional unit (`age_units.txt`: « ans »), then a comma, a full stop or a closing bracket.
fn age_after(ctx: &Ctx, e: usize) -> bool {
    let is_age = ctx
        .doc
        .tokens
        .get(e + 1)
        .is_some_and(|t| t.kind == TokKind::Number)
        && ctx
            .text(e + 1)
            .parse::<u32>()
            .is_ok_and(|n| (1..=120).contains(&n));
    if ctx.text(e) != "," || !is_age {
        return false;
    }
    let mut k = e + 2;
    if ctx.lex.age_units.contains(ctx.low(k)) {
        k += 1;
    }
    matches!(ctx.text(k), "," | "." | ")")
}

/// A possessive "'s" at token `e` ("Higuchi's": the tokenizer splits "'" and "s").
fn possessive_after(ctx: &Ctx, e: usize) -> bool {
    matches!(ctx.text(e), "'" | "’") && ctx.low(e + 1) == "s" && ctx.is_word(e + 1)
}

/// An author-year citation after a name: "(2014)", ", 2005)" or ", 2005;" (not after a place
/// preposition: "in Hadibo, 2005)"), or "et al." (the Latin of citations in both languages).
fn citation_after(ctx: &Ctx, s: usize, e: usize) -> bool {
    let year = |k: usize| {
        ctx.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number)
            && ctx.text(k).len() == 4
    };
    let prev = s.checked_sub(1).map_or("", |p| ctx.low(p));
    (ctx.text(e) == "(" && year(e + 1) && matches!(ctx.text(e + 2), ")" | "," | ";"))
        || (ctx.text(e) == ","
            && year(e + 1)
            && matches!(ctx.text(e + 2), ")" | ";")
            && !ctx.lex.place_preps.contains(prev))
        || (e + 2 <= ctx.len() && ctx.lex.citation_words.contains(&ctx.key(e, e + 2)))
}

/// A weak multi-word candidate whose opening words are common words and which goes on with a
/// first name and more of a name is split before the first name: "Administrator Mike Griffin"
/// → "Administrator" + "Mike Griffin" (a job title the title list does not know).
pub(crate) fn split_before_first_name(ctx: &Ctx, c: &Cand) -> Option<(Cand, Cand)> {
    let k = (c.s + 1..c.e.saturating_sub(1)).find(|&k| ctx.has(k, W_FIRST_NAME))?;
    let prefix_common = (c.s..k).all(|i| ctx.has(i, W_COMMON) && !is_org_word(ctx, i));
    (prefix_common && ctx.is_cap(k + 1)).then(|| {
        let name = Cand {
            title: c.title,
            ..Cand::part(k, c.e, 0)
        };
        (Cand::part(c.s, k, 0), name)
    })
}

fn is_org_word(ctx: &Ctx, i: usize) -> bool {
    // (The dotted key is the form and its glued full stop, "corp" + ".", read from the document.)
    ctx.has(i, W_ORG_WORD) || (ctx.dotted(i) && ctx.lex.org_words.contains(ctx.low_dotted(i)))
}

fn is_particle(ctx: &Ctx, i: usize) -> bool {
    ctx.has(i, W_PARTICLE)
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::labelled;
    use crate::analysis::types::Lang;

    #[test]
    fn labels_from_evidence() {
        let got = labelled(
            "Selon Mme Dupont, le Ministère de la Santé et l'OMS ont envoyé des médecins à Bron.",
            Lang::Fr,
        );
        assert_eq!(
            got,
            [
                ("Dupont".to_string(), "PER"),
                ("Ministère de la Santé".to_string(), "ORG"),
                ("OMS".to_string(), "ORG"),
                ("Bron".to_string(), "LOC"),
            ]
        );
    }

    #[test]
    fn possessives_citations_and_unknown_job_titles() {
        let got = labelled(
            "A theme in Higuchi's fiction, see Brieber (2014) and (Prensky, 2005; Makel et al.). \
             The letter was signed by NASA Administrator Mike Griffin. The Police's view stands.",
            Lang::En,
        );
        for (name, label) in [
            ("Higuchi", "PER"),
            ("Brieber", "PER"),
            ("Prensky", "PER"),
            ("Makel", "PER"),
            ("Mike Griffin", "PER"),
        ] {
            assert!(got.contains(&(name.to_string(), label)), "{name}: {got:?}");
        }
        // A common word before a possessive is no person.
        assert!(!got.contains(&("Police".to_string(), "PER")), "{got:?}");
    }

    #[test]
    fn first_names_opening_sentences() {
        let got = labelled(
            "Linda was here. Chuck and Gretchen were positive. Grace, please call.",
            Lang::En,
        );
        assert!(got.contains(&("Linda".to_string(), "PER")), "{got:?}");
        assert!(got.contains(&("Chuck".to_string(), "PER")), "{got:?}");
        // The document writes "grace" as a word elsewhere: no evidence of a name.
        let got = labelled("Grace is free. By grace alone we live.", Lang::En);
        assert!(got.is_empty(), "{got:?}");
        // Inside a sentence, a very common first name is a name unless the text uses the word.
        let got = labelled("We asked Bill about it.", Lang::En);
        assert_eq!(got, [("Bill".to_string(), "PER")]);
        let got = labelled("We paid the Bill because the bill was due.", Lang::En);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn greetings_and_sign_offs_name_people() {
        let got = labelled(
            "Thanks, Kam. Regards Swetha. Good Morning Debra - the file is attached. \
             Dear Friends, hey I just wrote. Dear Mr. Gorbachev, hello.",
            Lang::En,
        );
        for name in ["Kam", "Swetha", "Debra", "Gorbachev"] {
            assert!(got.contains(&(name.to_string(), "PER")), "{name}: {got:?}");
        }
        // A common word or a pronoun after a greeting is no name.
        assert!(
            !got.iter().any(|(t, _)| t == "Friends" || t == "I"),
            "{got:?}"
        );
    }

    #[test]
    fn a_known_name_after_a_particle_is_taken_whole() {
        let got = labelled(
            "Le tir du SLBM de la Corée du Nord inquiète les Compagnons.",
            Lang::Fr,
        );
        assert!(
            got.contains(&("Corée du Nord".to_string(), "LOC")),
            "{got:?}"
        );
        assert!(!got.iter().any(|(t, _)| t == "Nord"), "{got:?}");
    }

    #[test]
    fn company_versus_town() {
        let got = labelled(
            "L'opérateur Orange a ouvert une boutique à Orange.",
            Lang::Fr,
        );
        assert_eq!(
            got,
            [("Orange".to_string(), "ORG"), ("Orange".to_string(), "LOC")]
        );
    }
}
