//! Speaker noun phrases found from a cue, forwards or backwards, within a fixed number of tokens.
//!
//! Without a parser, a speaker is read as a run of name-like tokens: capitalised words, titles
//! ("M.", "Sen."), lower-case nouns ("sources", "porte-parole", "sécurité"), joined by
//! connectors ("de", "of", "for") and opened by a determiner ("le", "the", "a"). Stop-words,
//! boundary words ("qui", "which", "but"), auxiliaries and punctuation end it. A pronoun alone
//! is a complete speaker.

use super::cues::Ctx;
use super::lex::{
    Gender, C_ADJUNCT_PREP, C_AUX, C_BOUNDARY, C_COMPLEMENTIZER, C_CONNECTOR, C_DETERMINER,
    C_NON_SPEAKER, C_PRONOUN, C_STOPWORD, C_VERB,
};
use crate::analysis::segment::TokKind;
use crate::analysis::types::Span;

/// The longest speaker phrase considered, in tokens.
const MAX_NP: usize = 10;

/// A speaker mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Np {
    /// Token range `[start, end)`.
    pub toks: (usize, usize),
    /// Byte span of the mention (for an inverted pronoun, just the pronoun inside its token).
    pub span: Span,
    /// Set when the mention is a pronoun, with its gender.
    pub pronoun: Option<Gender>,
    pub plural: bool,
    /// For a relative pronoun ("which", "qui"): the phrase it stands for, before it.
    pub antecedent: Option<Box<Np>>,
    /// True when some word of the phrase is capitalised (a name rather than a description).
    pub capitalised: bool,
}

impl Np {
    pub(super) fn from_toks(ctx: &Ctx, a: usize, b: usize) -> Np {
        let t = &ctx.doc.tokens;
        let pron = (b == a + 1)
            .then(|| ctx.lex.pronouns.get(ctx.word(a)).copied())
            .flatten();
        Np {
            toks: (a, b),
            span: Span::new(t[a].span.start, t[b - 1].span.end),
            pronoun: pron,
            plural: pron.is_some() && ctx.lex.plural_pronouns.contains(ctx.word(a)),
            antecedent: None,
            capitalised: (a..b).any(|k| ctx.is_capitalised(k)),
        }
    }
}

/// How a token may take part in a speaker phrase.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Name,
    Noun,
    Connector,
    Determiner,
    /// "M" of "M.", with its full stop next.
    Title,
    Stop,
}

/// True for a lower-case content word that no list knows: not a function word, an auxiliary,
/// a listed cue, a pronoun or an adverb. After a quote it can only be an unlisted verb.
pub fn is_unlisted_word(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    ctx.kind(i) == Some(TokKind::Word)
        && role(ctx, i) == Role::Noun
        && ctx.raw(i).chars().next().is_some_and(char::is_lowercase)
        && w.chars().count() >= 3
        && !ctx.lex.is_manner_adverb(w)
        && !ctx.lex.verbs.contains_key(w)
}

/// [`role_of`] of token `i`, remembered in the context ([`Ctx::roles`]).
fn role(ctx: &Ctx, i: usize) -> Role {
    const ROLES: [Role; 6] = [
        Role::Name,
        Role::Noun,
        Role::Connector,
        Role::Determiner,
        Role::Title,
        Role::Stop,
    ];
    let Some(slot) = ctx.roles.get(i) else {
        return role_of(ctx, i);
    };
    if let Some(&r) = usize::from(slot.get())
        .checked_sub(1)
        .and_then(|k| ROLES.get(k))
    {
        return r;
    }
    let r = role_of(ctx, i);
    let code = ROLES.iter().position(|&x| x == r).map_or(0, |k| k + 1);
    slot.set(u8::try_from(code).unwrap_or(0));
    r
}

fn role_of(ctx: &Ctx, i: usize) -> Role {
    let lex = ctx.lex;
    let w = ctx.word(i);
    match ctx.kind(i) {
        Some(TokKind::Word) => {}
        Some(TokKind::Number) => return Role::Noun,
        Some(TokKind::Punct) => {
            // "9/11 widow Terry Strada", "the 46-year-old": a slash or hyphen written tight
            // between two tokens holds the phrase together.
            let t = &ctx.doc.tokens;
            let glued_left = i > 0 && t[i - 1].span.end == t[i].span.start;
            let tight = (w == "/" || w == "-")
                && glued_left
                && i + 1 < t.len()
                && t[i].span.end == t[i + 1].span.start
                && t[i + 1].kind != TokKind::Punct;
            // "OPEC+", "Canal+": a plus sign glued to a capitalised word ends its name.
            if w == "+" && glued_left && ctx.is_capitalised(i - 1) {
                return Role::Name;
            }
            // ("the drivers' group": `is_possessive` reads a plural's apostrophe too.)
            return if w == "&" || tight || super::cues::is_possessive(ctx, i) {
                Role::Connector
            } else {
                Role::Stop
            };
        }
        None => return Role::Stop,
    }
    if super::cues::is_possessive(ctx, i) {
        return Role::Connector;
    }
    if is_acronym(ctx, i) {
        return Role::Name; // "the WHO director": an acronym, not the pronoun
    }
    // "a person familiar with the matter", "people close to the talks", « une source au fait
    // du dossier »: a listed modifier joins its phrase as "of" does.
    if in_modifier(ctx, i) {
        return Role::Connector;
    }
    // (Token `i + 1` is ".": `norm_run` gives "w." without allocating.)
    if ctx.is_punct(i + 1, &["."]) && lex.titles.contains_key(ctx.doc.norm_run(i, i + 2)) {
        return Role::Title;
    }
    // A middle initial ("Elijah E. Cummings", "Paul D. Ryan") takes its full stop along, like
    // a title, so the name runs on past it.
    let raw = ctx.raw(i);
    if ctx.is_punct(i + 1, &["."])
        && raw.chars().count() == 1
        && raw.chars().all(char::is_uppercase)
        && i > 0
        && ctx.is_capitalised(i - 1)
    {
        return Role::Title;
    }
    // Every list below, in one probe.
    let class = lex.classes.of(w);
    let is = |bits: u32| class & bits != 0;
    // Inside a name, a capitalised particle is part of it: "Marine Le Pen", "Charles De
    // Gaulle" (between two capitalised words, not opening the sentence).
    if i > 0
        && ctx.is_capitalised(i)
        && ctx.is_capitalised(i - 1)
        && ctx.is_capitalised(i + 1)
        && is(C_DETERMINER | C_CONNECTOR)
        && !super::cues::sentence_initial(ctx, i)
    {
        return Role::Name;
    }
    // "Abdulaziz bin Salman", "Vincent van Gogh": a lower-case particle between two parts of
    // a name.
    // Two particles in a row too: "Ursula von der Leyen", "Rafael van der Vaart".
    let particle = |k: usize| !ctx.is_capitalised(k) && lex.particles.contains(ctx.word(k));
    if i > 0
        && particle(i)
        && (ctx.is_capitalised(i - 1) || i > 1 && particle(i - 1) && ctx.is_capitalised(i - 2))
        && (ctx.is_capitalised(i + 1) || particle(i + 1) && ctx.is_capitalised(i + 2))
    {
        return Role::Name;
    }
    if is(C_DETERMINER) {
        // "Sa numéro un, Nathalie Verdier": a determiner closing a listed title before an
        // apposition is part of the title.
        if i > 0
            && ctx.is_punct(i + 1, &[","])
            && lex.titles.contains_key(&format!("{} {w}", ctx.word(i - 1)))
        {
            return Role::Title;
        }
        return Role::Determiner;
    }
    if is(C_CONNECTOR) {
        return Role::Connector;
    }
    if ctx.is_capitalised(i) && !is(C_PRONOUN) {
        // A capitalised function word opens a sentence ("But", "As"), it is not a name.
        let function = is(C_STOPWORD | C_BOUNDARY | C_ADJUNCT_PREP | C_NON_SPEAKER)
            || is(C_VERB) && super::cues::sentence_initial(ctx, i)
            || opens_participle_clause(ctx, i);
        return if function && !name_like_function_word(ctx, i) {
            Role::Stop
        } else {
            Role::Name
        };
    }
    // A cue verb's form after a determiner is a noun: "l'accusé", "le juge", "the judge"
    // (the cue finder reads it so too).
    // ("Another tweeted", "Several said": a quantifier is the subject, the verb stays one.)
    let noun_slot = i > 0
        && lex.determiners.contains(ctx.word(i - 1))
        && !lex.bare_words.contains(ctx.word(i - 1));
    // An adjunct preposition ends the phrase: "a déclaré le ministre | à la presse".
    if is(C_STOPWORD
        | C_BOUNDARY
        | C_ADJUNCT_PREP
        | C_NON_SPEAKER
        | C_AUX
        | C_COMPLEMENTIZER
        | C_PRONOUN)
        || is(C_VERB) && !noun_slot
        || lex.adverbs.match_at(&ctx.words, i) == Some(1) && !adjective_slot(ctx, i, noun_slot)
        || names_verb(ctx, i)
    {
        return Role::Stop;
    }
    Role::Noun
}

/// « Son dernier propriétaire », "the last owner": a cue adverb (« dernier » in « mardi
/// dernier ») between a determiner and a person noun (a title or epithet) is an adjective of
/// the phrase. (Asked only of the rare words that are cue adverbs.)
fn adjective_slot(ctx: &Ctx, i: usize, noun_slot: bool) -> bool {
    let next = ctx.word(i + 1);
    noun_slot
        && ctx.kind(i + 1) == Some(TokKind::Word)
        && !ctx.is_capitalised(i + 1)
        && (ctx.lex.titles.contains_key(next) || ctx.lex.epithets.contains_key(next))
}

/// True when token `i` lies inside a phrase of `np_modifiers.txt` ("familiar with").
fn in_modifier(ctx: &Ctx, i: usize) -> bool {
    ctx.modifier.get(i).copied().unwrap_or(false)
}

/// True for a word of two to six capital letters set among words that are not in capitals:
/// "WHO", "US", "IT" name organisations and countries there. (A headline in capitals is
/// ordinary words.)
fn is_acronym(ctx: &Ctx, i: usize) -> bool {
    let caps = |k: usize| {
        let raw = ctx.raw(k);
        // (The capitals first: most words fail at their first or second letter.)
        ctx.kind(k) == Some(TokKind::Word)
            && raw.chars().all(|c| c.is_uppercase())
            && (2..=6).contains(&raw.chars().count())
    };
    let shouting = |k: Option<usize>| {
        k.filter(|&k| ctx.kind(k) == Some(TokKind::Word))
            .is_some_and(|k| {
                ctx.raw(k).chars().filter(|c| c.is_alphabetic()).count() > 1
                    && ctx.raw(k).chars().all(|c| !c.is_lowercase())
            })
    };
    caps(i) && !shouting(i.checked_sub(1)) && !shouting(Some(i + 1))
}

/// True for a past-tense verb right after a name, with its object's determiner next: "Smith
/// answered the question", "CREW filed a complaint". ("registered voters", "People briefed on
/// the plan" keep their participle: no determiner follows.)
fn names_verb(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && ctx.is_capitalised(i - 1)
        && ctx.lex.is_past_tense(ctx.word(i))
        && (ctx.lex.determiners.contains(ctx.word(i + 1)) || super::cues::is_possessive(ctx, i + 2))
}

/// True for a capitalised function word inside a name, by the first-name list: "said Will
/// Doyle" (a first name before another capitalised word), "said Theresa May" (after a first
/// name). Mid-sentence, a modal or a month is not written with a capital.
fn name_like_function_word(ctx: &Ctx, i: usize) -> bool {
    let names = super::lex::first_names();
    // (Not in all-capital headlines: "IN VIRTUAL REALITY".)
    !super::cues::sentence_initial(ctx, i)
        && ctx.raw(i).chars().any(char::is_lowercase)
        && (names.contains_key(ctx.word(i)) && ctx.is_capitalised(i + 1)
            || i > 0 && ctx.is_capitalised(i - 1) && names.contains_key(ctx.word(i - 1)))
}

/// "Reprising one of her lines, …", "Speaking at a rally, …": a capitalised participle opening
/// the sentence and followed by a determiner or a preposition heads a clause, it is not a name
/// ("Manning said" keeps its name: a verb follows it).
fn opens_participle_clause(ctx: &Ctx, i: usize) -> bool {
    let lex = ctx.lex;
    let next = ctx.word(i + 1);
    // "Interrogé par l'AFP, …", "Retenu à Oslo, l'écrivain …": a past participle too.
    let w = ctx.word(i);
    (lex.is_participle(w) || lex.is_past_participle(w))
        && super::cues::sentence_initial(ctx, i)
        && (lex.determiners.contains(next) || lex.adjunct_preps.contains(next))
}

/// A speaker phrase starting at `i` (after a cue or an introducer), ending before `hi`.
pub fn forward(ctx: &Ctx, i: usize, hi: usize) -> Option<Np> {
    if i >= hi || ctx.quoted.get(i).copied().unwrap_or(true) {
        return None;
    }
    if ctx.lex.pronouns.contains_key(ctx.word(i)) && ctx.kind(i) == Some(TokKind::Word) {
        return Some(Np::from_toks(ctx, i, i + 1));
    }
    if let Some(name) = partitive_apposition(ctx, i, hi) {
        return Some(name);
    }
    // « affirment 58 % des sondés », "said 4 in 10 voters": a quantity, then what it counts.
    if let Some(q) = super::quantity::at(ctx, i, hi) {
        let of = q < hi && role(ctx, q) == Role::Connector;
        let rest = forward_plain(ctx, q + usize::from(of), hi);
        return Some(Np::from_toks(ctx, i, rest.map_or(q, |n| n.toks.1)));
    }
    // "said one of the advisers", « a confié un des conseillers »: a partitive, then what it
    // counts.
    // (« l'un des conseillers »: an elided article may open it.)
    let partitive = super::quantity::partitive_at(ctx, i, hi).or_else(|| {
        super::quantity::partitive_at(ctx, i + 1, hi)
            .filter(|_| ctx.lex.determiners.contains(ctx.word(i)))
    });
    if let Some(rest) = partitive.and_then(|p| forward_plain(ctx, p, hi)) {
        return Some(Np::from_toks(ctx, i, rest.toks.1));
    }
    forward_plain(ctx, i, hi)
}

/// « a raconté l'un d'eux, Jacques Bertin, 68 ans », "said one of them, Jack Bertin": a
/// partitive pronoun (`partitives.txt`) has no content word of its own, so the phrase reader
/// found no speaker; the name apposed to it after a comma is the speaker.
fn partitive_apposition(ctx: &Ctx, i: usize, hi: usize) -> Option<Np> {
    let n = ctx.lex.partitives.match_at(ctx.words.get(..hi)?, i)?;
    let comma = i + n;
    if !ctx.is_punct(comma, &[","]) {
        return None;
    }
    forward_plain(ctx, comma + 1, hi).filter(|name| apposed_name(ctx, name, hi))
}

/// True when the phrase after an apposition's comma is a name and closes there: names, titles
/// and connectors only, opening with a name, then punctuation or the end ("…, Jacques Bertin,").
fn apposed_name(ctx: &Ctx, name: &Np, hi: usize) -> bool {
    let (a, b) = name.toks;
    let proper = (a..b).all(|k| {
        matches!(role(ctx, k), Role::Name | Role::Title | Role::Connector)
            || ctx.is_punct(k, &["."])
    });
    let closed = b >= hi || ctx.kind(b) == Some(TokKind::Punct);
    proper && closed && starts_with_name(ctx, a) && name.pronoun.is_none()
}

/// `forward` without the quantity reading.
fn forward_plain(ctx: &Ctx, i: usize, hi: usize) -> Option<Np> {
    forward_within(ctx, i, hi, MAX_NP)
}

/// The longest speaker phrase [`forward_long`] reads, in tokens.
const MAX_NP_LONG: usize = 18;

/// [`forward`] for an inverted speaker right after a quote, where a phrase reaches the end of
/// its clause: AFP style describes its speakers at length (« a estimé le président de la
/// commission des lois de l'Assemblée nationale, Florent Boudié »), and so does AP ("said
/// Professor Anne Whitfield of Ohio State University's law school"). Up to [`MAX_NP_LONG`]
/// tokens instead of [`MAX_NP`]; everywhere else a longer reach took in clauses (it changed
/// PolNeAR claim sources).
pub fn forward_long(ctx: &Ctx, i: usize, hi: usize) -> Option<Np> {
    forward_within(ctx, i, hi, MAX_NP_LONG)
}

/// `forward_plain` reading at most `max` tokens.
fn forward_within(ctx: &Ctx, i: usize, hi: usize, max: usize) -> Option<Np> {
    if i >= hi || ctx.quoted.get(i).copied().unwrap_or(true) {
        return None;
    }
    let mut k = i;
    let mut last_content = None;
    while k < hi && k < i + max {
        match role(ctx, k) {
            Role::Name | Role::Noun => last_content = Some(k),
            Role::Title => {
                k += 1; // its full stop
                last_content = Some(k);
            }
            Role::Determiner
                if k == i
                    || role(ctx, k - 1) == Role::Connector
                    || ctx.lex.source_links.contains(ctx.word(k - 1)) => {}
            // "a statement from the White House", "a report by the ministry": a document noun
            // reads on to its author.
            _ if last_content == Some(k.wrapping_sub(1))
                && ctx.lex.source_links.contains(ctx.word(k))
                && ctx.lex.source_nouns.contains(ctx.word(k - 1)) => {}
            // "l'avocat des familles": a word that is both a determiner and a connector joins
            // the phrase after a content word.
            Role::Determiner
                if last_content.is_some() && ctx.lex.connectors.contains(ctx.word(k)) => {}
            // « le député Les Républicains des Alpes-Maritimes »: an article written with a
            // capital inside the phrase belongs to the name after it (`name_articles.txt`).
            Role::Determiner
                if last_content.is_some()
                    && ctx.is_capitalised(k)
                    && ctx.lex.name_articles.contains(ctx.word(k))
                    && role(ctx, k + 1) == Role::Name => {}
            Role::Connector if last_content.is_some() => {}
            _ => break,
        }
        k += 1;
    }
    let end = last_content? + 1;
    let np = Np::from_toks(ctx, i, end);
    // "le porte-parole du Kremlin, Dmitri Peskov": the name in apposition is the speaker. A
    // short complement may come first: "la commissaire européenne au Climat, Teresa Ribera".
    let comma = if ctx.is_punct(end, &[","]) {
        Some(end)
    } else {
        // "le délégué du comité social et économique (CSE), Romain Tessier": an acronym in
        // brackets may close the description.
        bracket_after(ctx, end, hi)
            .filter(|&c| ctx.is_punct(c, &[","]))
            .or_else(|| complement_then_comma(ctx, end, hi))
    };
    // "the UN director, Hans Kluge": a name modifying a lower-case head is still a description.
    // (The head is the last word before any complement: "director" in "the UN director for
    // Europe".)
    let head_end = (np.toks.0 + 1..end)
        .find(|&k| role(ctx, k) == Role::Connector)
        .unwrap_or(end);
    let description = !starts_with_name(ctx, np.toks.0)
        || role(ctx, np.toks.0) == Role::Determiner
            && (!ctx.is_capitalised(head_end - 1) || titled(ctx, np.toks.0, head_end));
    if let (true, Some(comma)) = (description, comma) {
        // "les syndicats CGT, FO et Solidaires": after a name, a comma inside a list, not an
        // apposition ("ses avocats, Me Rey et Me Dumas" is one).
        let list = |n: &Np| {
            ctx.is_capitalised(end - 1)
                && (n.toks.0..n.toks.1).any(|k| ctx.lex.coordinators.contains(ctx.word(k)))
        };
        // « Selon le parc, la mère, Mei, arrivée … »: a second description with a name of its
        // own after it is the clause's subject, not an apposition to the first (the phrase
        // read after the comma must start there, not at a name further on).
        let own = |n: &Np| n.toks.0 == comma + 1;
        if let Some(name) = forward(ctx, comma + 1, hi).filter(|n| !list(n) && own(n)) {
            if apposed_name(ctx, &name, hi) {
                return Some(name);
            }
            let closed = name.toks.1 >= hi || ctx.kind(name.toks.1) == Some(TokKind::Punct);
            // "la présidente du jury, l'académicienne Françoise Delorme": the apposition has a
            // title of its own before the name; the name (two words at least) is the speaker.
            let (a, b) = name.toks;
            let mut run = (a..b)
                .rev()
                .take_while(|&k| role(ctx, k) == Role::Name)
                .last()
                .unwrap_or(b);
            // "le président du Conseil européen, le Portugais Rui Amaral": a nationality,
            // capitalised in French, is the apposition's title.
            let demonym = |k: usize| ctx.lex.demonyms.contains(ctx.word(k));
            if run == a + 1 && b >= run + 3 && demonym(run) {
                run += 1;
            }
            let titled_name = role(ctx, a) == Role::Determiner
                && b >= run + 2
                && run > a + 1
                && (!ctx.is_capitalised(run - 1) || demonym(run - 1));
            if titled_name && closed && name.pronoun.is_none() {
                return Some(Np::from_toks(ctx, run, b));
            }
        }
    }
    Some(np)
}

/// `k` opens a short complement ("au Climat", "of the panel") that ends at a comma: the
/// comma's index.
fn complement_then_comma(ctx: &Ctx, k: usize, hi: usize) -> Option<usize> {
    if k >= hi || !ctx.lex.adjunct_preps.contains(ctx.word(k)) {
        return None;
    }
    let c = forward_plain(ctx, k + 1, hi.min(k + 1 + ADJUNCT_MAX))?;
    // « sa coéquipière en équipe de France, Inès Boukhari, … »: the complement's reading
    // already took the name in apposition after it; the comma wanted is the one before that
    // name, not the one after it.
    let end = (k + 1..c.toks.0)
        .find(|&j| ctx.is_punct(j, &[","]))
        .unwrap_or(c.toks.1);
    ctx.is_punct(end, &[","]).then_some(end)
}

/// "Le syndicat majoritaire, la FNSEA, a appelé": an apposition that is a determiner and a
/// name (an organisation's, which French writes with its article), not a nationality ("le
/// Portugais").
fn determined_name(ctx: &Ctx, np: &Np) -> bool {
    let (a, b) = np.toks;
    role(ctx, a) == Role::Determiner
        && b > a + 1
        && (a + 1..b).all(|k| role(ctx, k) == Role::Name)
        && !ctx.lex.demonyms.contains(ctx.word(a + 1))
}

/// True when a phrase ends with a full name after its description, with no connector before
/// the name: "le député néerlandais Mohammed Chahim" (not "le conseiller de Joe Biden").
fn ends_with_full_name(ctx: &Ctx, np: &Np) -> bool {
    let (a, b) = np.toks;
    let Some(first) = (a..b)
        .rev()
        .take_while(|&k| role(ctx, k) == Role::Name)
        .last()
    else {
        return false;
    };
    b >= first + 2 && first > a && matches!(role(ctx, first - 1), Role::Noun | Role::Determiner)
}

/// True when the phrase can name someone: a pronoun, a relative with its antecedent, or a
/// phrase holding at least one word that is not a function word. Parsing slips ("During",
/// "All", "of whom", a lone number) are dropped, because a wrong speaker is worse than none.
pub fn plausible(ctx: &Ctx, np: &Np) -> bool {
    if np.pronoun.is_some() || np.antecedent.is_some() {
        return true;
    }
    if super::quantity::covers(ctx, np.toks.0, np.toks.1) {
        return true; // "4 in 10": no noun, still people
    }
    // A lone word: a listed quantifier or collective speaks ("Several said", "police said").
    // Otherwise, in lower case with no determiner or possessive before it, it speaks only as a
    // plural ("officials said") or right before a cue (a headline's "official says"); else it
    // is an adverb or a stray noun read as the subject ("ago" in "two weeks ago said", "month"
    // in "A month later, he explained").
    let (a, b) = np.toks;
    if b == a + 1 && ctx.lex.bare_words.contains(ctx.word(a)) {
        return true;
    }
    // "being described as", "hacked", "generally": a lone lower-case participle, past tense or
    // adverb is a misread clause, never someone.
    let w = ctx.word(a);
    if b == a + 1
        && ctx.kind(a) == Some(TokKind::Word)
        && !ctx.is_capitalised(a)
        && (ctx.lex.is_participle(w) || ctx.lex.is_past_tense(w) || ctx.lex.is_manner_adverb(w))
    {
        return false;
    }
    if b == a + 1
        && ctx.kind(a) == Some(TokKind::Word)
        && !ctx.is_capitalised(a)
        && (a == 0 || !matches!(role(ctx, a - 1), Role::Determiner | Role::Connector))
        && !ctx.lex.has_plural_ending(ctx.word(a))
        && (!ctx.lex.verbs.contains_key(ctx.word(b)) || object_modifier(ctx, a, b))
    {
        return false;
    }
    // A content word is what `role` reads as a name or a noun; a lone number is not one.
    (np.toks.0..np.toks.1).any(|k| {
        ctx.kind(k) == Some(TokKind::Word)
            && !ctx.lex.relatives.contains(ctx.word(k))
            && matches!(role(ctx, k), Role::Name | Role::Noun)
    })
}

/// "could not assign criminal blame": a lone lower-case word between a content word (no
/// function word, not capitalised) and a cue verb in its bare form is a modifier inside the
/// first word's object, and the "verb" a noun; a subject would have a determiner, a plural or
/// a cue that shows its tense ("official says"). ("each state say", after a quantifier, keeps
/// its subject.)
fn object_modifier(ctx: &Ctx, a: usize, b: usize) -> bool {
    let v = ctx.word(b);
    let bare_form = ctx
        .lex
        .verbs
        .get(v)
        .is_some_and(|forms| forms.iter().any(|f| f.lemma == v));
    if !bare_form || a == 0 || ctx.kind(a - 1) != Some(TokKind::Word) || ctx.is_capitalised(a - 1) {
        return false;
    }
    let function = C_STOPWORD
        | C_BOUNDARY
        | C_ADJUNCT_PREP
        | C_COMPLEMENTIZER
        | C_CONNECTOR
        | C_DETERMINER
        | C_PRONOUN
        | C_AUX;
    let prev = ctx.word(a - 1);
    ctx.lex.classes.of(prev) & function == 0 && !ctx.lex.bare_words.contains(prev)
}

/// True when the phrase's first content word (after a determiner or title) is capitalised.
fn starts_with_name(ctx: &Ctx, mut k: usize) -> bool {
    for _ in 0..3 {
        match role(ctx, k) {
            Role::Determiner => k += 1,
            Role::Title => k += 2,
            Role::Name => return true,
            _ => return false,
        }
    }
    false
}

/// True when a title or role word stands among tokens `a..b` ("The Prime Minister"): with a
/// determiner before it, capitals or not, the phrase describes someone rather than names them.
pub(super) fn titled(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).any(|j| ctx.lex.titles.contains_key(ctx.word(j)))
}

/// True when a clause may end at token `k`: punctuation, the sentence end, or a time/place
/// adjunct ("…, said Smith on Tuesday", "…, a déclaré le ministre dans un communiqué").
pub fn ends_clause(ctx: &Ctx, k: usize, hi: usize) -> bool {
    if k >= hi {
        return true;
    }
    // "said he’s proud": a contraction glued to the phrase goes on with its clause.
    let glued = ctx.doc.tokens.get(k).is_some_and(|t| !t.space_before);
    if glued && matches!(ctx.raw(k).chars().next(), Some('\'' | '’')) {
        return false;
    }
    if ctx.kind(k) == Some(TokKind::Punct) {
        // A quote opening right after the phrase is its content: "said Obama “understood …”".
        return !ctx.is_punct(k, &["«", "“", "\"", "„", "‘"]);
    }
    // "said Smith when asked": a subordinating word opens the next clause.
    adverbs_end_clause(ctx, k, hi)
        || ctx.lex.adjunct_preps.contains(ctx.word(k))
        || ctx.lex.boundaries.contains(ctx.word(k))
}

/// True when adverbs and time words at `k` close the clause ("said Smith last week.", "said
/// Smith on Tuesday, adding"): what follows them must end it too. Auxiliaries and adverbs
/// before a verb ("said Mrs. Roe had left", "said he also may run") make the phrase the
/// subject of the reported clause, not an inverted speaker.
fn adverbs_end_clause(ctx: &Ctx, k: usize, hi: usize) -> bool {
    if ctx.lex.adverbs.match_at(&ctx.words[..hi], k).is_none() {
        return false;
    }
    let j = ctx.skip_adverbs(k, hi);
    if (k..j).any(|m| ctx.lex.aux.contains(ctx.word(m))) {
        return false; // "has", "had" before a verb: "said Mrs. Roe had so far avoided …"
    }
    j >= hi
        || ctx.kind(j) == Some(TokKind::Punct)
        || ctx.lex.adjunct_preps.contains(ctx.word(j))
        || ctx.lex.boundaries.contains(ctx.word(j))
}

/// The phrase without its last token (a verb it ran into: "the governor demurred"), if any is left.
pub fn drop_last(ctx: &Ctx, np: &Np) -> Option<Np> {
    let (a, b) = np.toks;
    (b > a + 1).then(|| Np::from_toks(ctx, a, b - 1))
}

/// Skips a short prepositional adjunct at `i` ("à l'AFP", "dans un communiqué", "on CNN"):
/// the preposition, then a phrase of at most a few tokens. Returns the token after it.
pub fn skip_adjunct(ctx: &Ctx, i: usize, hi: usize) -> Option<usize> {
    skip_adjuncts(ctx, i, hi, MAX_ADJUNCTS)
}

/// The longest bracket after an adjunct that [`skip_adjunct`] reads past ("(ex-Twitter)").
const ADJUNCT_GLOSS_MAX: usize = 6;

/// How many adjunct phrases in a row [`skip_adjunct`] reads.
const MAX_ADJUNCTS: usize = 2;

/// [`skip_adjunct`], reading up to `depth` adjunct phrases.
fn skip_adjuncts(ctx: &Ctx, i: usize, hi: usize, depth: usize) -> Option<usize> {
    if i >= hi || !ctx.lex.adjunct_preps.contains(ctx.word(i)) {
        return None;
    }
    // "plaide au « Monde » la présidente", "dans un entretien au « Parisien » le ministre": a
    // newspaper's or programme's title in marks may be, or close, the adjunct.
    let title_end = |k: usize| -> Option<usize> {
        let quoted = |m: usize| ctx.quoted.get(m).copied().unwrap_or(false);
        if k >= hi || !quoted(k) || ctx.kind(k) != Some(TokKind::Punct) {
            return None;
        }
        (k + 1..hi.min(k + ADJUNCT_TITLE_MAX)).find(|&m| !quoted(m))
    };
    let after_preps = |k: usize| {
        (k + 1..hi.min(k + 3))
            .find(|&m| !ctx.lex.connectors.contains(ctx.word(m)))
            .unwrap_or(k + 1)
    };
    let first = after_preps(i);
    let np = match title_end(first) {
        Some(end) => Np::from_toks(ctx, first, end),
        None => adjunct_phrase(ctx, i, hi)?,
    };
    // The adjunct's phrase is short: "l'AFP", "un communiqué"; what follows must start a phrase.
    let mut next = np.toks.1;
    if next < hi && ctx.lex.adjunct_preps.contains(ctx.word(next)) {
        if let Some(end) = title_end(after_preps(next)) {
            next = end;
        }
    }
    // « a réagi sur X (ex-Twitter) le ministre »: a short bracket glossing the adjunct.
    if ctx.is_punct(next, &["("]) {
        if let Some(close) =
            (next + 1..hi.min(next + ADJUNCT_GLOSS_MAX)).find(|&k| ctx.is_punct(k, &[")"]))
        {
            next = close + 1;
        }
    }
    if next < hi && matches!(role(ctx, next), Role::Determiner | Role::Name | Role::Title) {
        return Some(next);
    }
    // « a indiqué à l'AFP sous couvert d'anonymat un conseiller »: a second adjunct may follow.
    if depth > 1 {
        if let Some(k) = skip_adjuncts(ctx, next, hi, depth - 1) {
            return Some(k);
        }
    }
    // "à l'AFP Karim Benali", "to CNN Jane Roe": the phrase ran on into the speaker's name; a
    // known first name followed by another capitalised word starts the speaker.
    let names = super::lex::first_names();
    let known_first = (np.toks.0 + 1..next.saturating_sub(1)).find(|&k| {
        ctx.is_capitalised(k) && ctx.is_capitalised(k + 1) && names.contains_key(ctx.word(k))
    });
    // "à l'AFP Oleksandr, un secouriste": a name right after an outlet's acronym, in
    // apposition, is the speaker too, first name known or not.
    known_first.or_else(|| {
        (np.toks.0..next.saturating_sub(1))
            .find(|&k| is_acronym(ctx, k) && ctx.is_capitalised(k + 1) && !is_acronym(ctx, k + 1))
            .map(|k| k + 1)
            .filter(|_| ctx.is_punct(next, &[","]))
    })
}

/// The phrase of the adjunct whose preposition is at `i`.
fn adjunct_phrase(ctx: &Ctx, i: usize, hi: usize) -> Option<Np> {
    // "auprès de l'AFP", "in front of the court": a preposition of several words.
    let mut j = i + 1;
    while j < i + 3 && j < hi && ctx.lex.connectors.contains(ctx.word(j)) {
        j += 1;
    }
    forward(ctx, j, hi.min(j + ADJUNCT_MAX))
}

/// The longest adjunct phrase skipped between a cue and its inverted speaker, in tokens.
const ADJUNCT_MAX: usize = 6;
/// The longest title in marks inside such an adjunct, in tokens with its marks.
const ADJUNCT_TITLE_MAX: usize = 8;

/// Skips an adjunct set between commas at `i` (", lors d'un déplacement à Lille,", ", in a
/// statement released Monday,"): a comma, a preposition, then words up to the closing comma,
/// at most [`INCISE_MAX`] tokens in all. Returns the token after the closing comma.
pub fn skip_incise(ctx: &Ctx, i: usize, hi: usize) -> Option<usize> {
    // A short adjunct may come first ("à l'AFP, lors d'un déplacement,").
    let i = if ctx.lex.adjunct_preps.contains(ctx.word(i)) {
        adjunct_phrase(ctx, i, hi)?.toks.1
    } else {
        i
    };
    if !ctx.is_punct(i, &[","]) || !ctx.lex.adjunct_preps.contains(ctx.word(i + 1)) {
        return None;
    }
    let close = (i + 2..hi.min(i + INCISE_MAX)).find(|&k| {
        ctx.kind(k) == Some(TokKind::Punct) || ctx.quoted.get(k).copied() != Some(false)
    })?;
    ctx.is_punct(close, &[","]).then_some(close + 1)
}

/// The longest comma-enclosed adjunct skipped by [`skip_incise`], in tokens.
const INCISE_MAX: usize = 12;

/// True when a phrase after a cue can be its inverted speaker: it opens with a determiner, a
/// title or a pronoun, or holds a name ("a annoncé le Kremlin", "said former Sen. Smith"), not
/// when it is bare lower-case words ("said he'd like…").
pub fn can_be_inverted_speaker(ctx: &Ctx, np: &Np) -> bool {
    if runs_into_clause(ctx, np) {
        return false;
    }
    if super::quantity::at(ctx, np.toks.0, np.toks.1 + 1).is_some()
        || super::quantity::partitive_at(ctx, np.toks.0, np.toks.1).is_some()
    {
        return true; // « affirment 58 % des sondés », « a confié l'un des conseillers »
    }
    np.pronoun.is_some()
        || np.capitalised
        || matches!(
            role(ctx, np.toks.0),
            Role::Determiner | Role::Title | Role::Name
        )
}

/// A capitalised name that the phrase reader ran on into an adjunct ("said Bobby Scott at the
/// time", "said Jane Roe at the rally"), cut before the adjunct's preposition; any other phrase
/// unchanged. (Uncut, the lower-case words after the name read as a reported clause: see
/// [`runs_into_clause`].)
pub fn name_before_adjunct(ctx: &Ctx, np: Np) -> Np {
    let (a, b) = np.toks;
    if np.pronoun.is_some() || !ctx.is_capitalised(a) {
        return np;
    }
    let cut = (a + 1..b)
        .find(|&k| !ctx.is_capitalised(k) && ctx.kind(k) == Some(TokKind::Word))
        .filter(|&k| ctx.lex.adjunct_preps.contains(ctx.word(k)));
    match cut {
        Some(k) => Np::from_toks(ctx, a, k),
        None => np,
    }
}

/// The longest source phrase [`object_to_break`] reads, in tokens.
const OBJECT_REACH: usize = 20;

/// The object of an introducer ("according to early returns", "according to early results of
/// exit polls conducted by Edison Research, …"): every token up to the next comma or sentence
/// end. After a preposition no verb can come, so words the subject reader takes for verbs
/// ("returns", "results", "polls") are nouns here. Kept only when it reads as a noun phrase: two
/// words or more, or one with a determiner or a plural ending; never across a quote mark or past
/// [`OBJECT_REACH`] tokens. ("according to plan" names no one.)
pub fn object_to_break(ctx: &Ctx, k: usize, hi: usize) -> Option<Np> {
    let limit = hi.min(k + OBJECT_REACH + 1);
    let end = (k..limit)
        .find(|&j| ctx.kind(j) == Some(TokKind::Punct) && role(ctx, j) != Role::Connector)
        .unwrap_or(limit);
    let closes = end == hi || ctx.is_punct(end, &[",", ".", ";", ":", "—", "–", ")"]);
    let words = (k..end)
        .filter(|&j| ctx.kind(j) == Some(TokKind::Word))
        .count();
    let nominal = words >= 2
        || words == 1 && (ctx.lex.has_plural_ending(ctx.word(k)) || ctx.is_capitalised(k));
    // (Not a clause: "according to what officials said", "according to whether …".)
    let opens = ctx.kind(k) != Some(TokKind::Punct)
        && ctx.lex.classes.of(ctx.word(k)) & (C_COMPLEMENTIZER | C_BOUNDARY) == 0
        && !ctx.lex.relatives.contains(ctx.word(k));
    (closes && end > k && nominal && opens).then(|| Np::from_toks(ctx, k, end))
}

/// The fewest lower-case words after a name for `runs_into_clause`: a shorter run is a
/// description ("said Clinton spokesman Brian Fallon", "said Smith campaign aides").
const CLAUSE_AFTER_NAME: usize = 3;

/// True when a phrase opening with a name runs on into lower-case words up to its end: "said
/// Clinton avoided tacking too far left" is a reported clause whose subject is Clinton, not an
/// inverted speaker (`forward` has no notion of verbs).
fn runs_into_clause(ctx: &Ctx, np: &Np) -> bool {
    let (a, b) = np.toks;
    if a >= b || !ctx.is_capitalised(a) || np.pronoun.is_some() {
        return false;
    }
    let tail = (a..b)
        .rev()
        .take_while(|&k| !ctx.is_capitalised(k))
        .filter(|&k| ctx.kind(k) == Some(TokKind::Word))
        .count();
    tail >= CLAUSE_AFTER_NAME
}

/// The subject ending just before `end` (exclusive), not before token `lo`.
pub fn backward(ctx: &Ctx, end: usize, lo: usize) -> Option<Np> {
    if end <= lo || end == 0 {
        return None;
    }
    let last = end - 1;
    if ctx.quoted.get(last).copied().unwrap_or(true) {
        return None;
    }
    // "About 4 in 10 said", "42% say": a share of people speaks.
    if let Some(a) = super::quantity::before(ctx, end, lo) {
        return Some(Np::from_toks(ctx, a, end));
    }
    if ctx.kind(last) == Some(TokKind::Word) && ctx.lex.pronouns.contains_key(ctx.word(last)) {
        return Some(Np::from_toks(ctx, last, end));
    }
    // "Several said", "Most say": a quantifier standing alone is its own subject.
    if ctx.kind(last) == Some(TokKind::Word)
        && ctx.lex.bare_words.contains(ctx.word(last))
        && role(ctx, last) == Role::Determiner
        && (last == lo || ctx.kind(last - 1) == Some(TokKind::Punct))
    {
        return Some(Np::from_toks(ctx, last, end));
    }
    if ctx.kind(last) == Some(TokKind::Word)
        && ctx.lex.relatives.contains(ctx.word(last))
        && !is_acronym(ctx, last)
    {
        // "the bank, which said": the mention is "which", the name that of "the bank".
        let mut np = Np::from_toks(ctx, last, end);
        let before = if last > lo && ctx.is_punct(last - 1, &[","]) {
            last - 1
        } else {
            last
        };
        let ante = relative_antecedent(ctx, before, before < last, lo);
        np.antecedent = ante.map(Box::new);
        return Some(np);
    }
    let mut k = end;
    let mut clean = false;
    let mut first_content = None;
    // (A bracketed acronym skipped below does not count against the phrase's length.)
    let mut skipped = 0;
    while k > lo && k + MAX_NP + skipped > end {
        let j = k - 1;
        let r = if ctx.is_punct(j, &["."]) && j > lo && role(ctx, j - 1) == Role::Title {
            Role::Title
        } else if j + 1 == end && super::cues::is_possessive(ctx, j) {
            // "Moody's warned": a name ending in 's right before the verb owns nothing.
            if ctx.is_capitalised(j) {
                Role::Name
            } else {
                Role::Noun
            }
        } else {
            role(ctx, j)
        };
        // "L'agence régionale de santé (ARS) des Pays de la Loire a confirmé": a complement
        // after a bracketed acronym still belongs to the noun before the bracket.
        if first_content.is_some() && ctx.lex.connectors.contains(ctx.word(j)) {
            if let Some(open) = bracket_before(ctx, j, lo) {
                skipped += j - open;
                k = open;
                continue;
            }
        }
        match r {
            Role::Name | Role::Noun => first_content = Some(j),
            Role::Title => {
                k -= 1; // skip the title word as well as its full stop
                first_content = Some(j - 1);
            }
            Role::Connector if first_content.is_some() => {}
            // "the mother of two said": a number word closing a complement is its noun.
            Role::Determiner
                if first_content.is_none()
                    && j + 1 == end
                    && j > lo
                    && role(ctx, j - 1) == Role::Connector
                    && super::quantity::is_number_word(ctx, j) =>
            {
                first_content = Some(j)
            }
            // "des", "du" after a noun or a name are "de" + article, joining a complement:
            // "la secrétaire nationale des Écologistes", "la fédération CGT des ports".
            Role::Determiner
                if first_content.is_some()
                    && j > lo
                    && ctx.lex.connectors.contains(ctx.word(j))
                    && matches!(role(ctx, j - 1), Role::Noun | Role::Name) => {}
            Role::Determiner if first_content.is_some() => {
                first_content = Some(j);
                // (« un des conseillers »: a partitive's link reads on to its head.)
                let continues = j > lo
                    && (role(ctx, j - 1) == Role::Connector
                        || super::quantity::partitive_at(ctx, j - 1, end) == Some(j + 1));
                if !continues {
                    clean = true;
                    break;
                }
            }
            // "one of those advisers said": a partitive's head opens the phrase.
            _ if first_content.is_some()
                && super::quantity::partitive_at(ctx, j, end) == Some(j + 2) =>
            {
                first_content = Some(j);
                k -= 1;
                clean = true;
                break;
            }
            _ => {
                clean =
                    ctx.kind(j) == Some(TokKind::Punct) || ctx.lex.boundaries.contains(ctx.word(j));
                break;
            }
        }
        k -= 1;
    }
    if k == lo {
        clean = true;
    }
    let mut a = first_content?;
    // Leading connectors never start a phrase.
    while a < end && role(ctx, a) == Role::Connector {
        a += 1;
    }
    if !clean {
        // The run may have started inside a clause ("the economy is growing and Smith"):
        // keep it from its first name on, or just its last word.
        a = (a..end).find(|&k| ctx.is_capitalised(k)).unwrap_or(last);
        if a == last && ctx.kind(last) == Some(TokKind::Number) {
            return None; // "who in 2010 said": a date, not a speaker
        }
    }
    // "… cut its annual profit forecast and its chief executive warned": a coordinated run
    // whose first part follows a verb (a lower-case word of no function list) is that verb's
    // object and a new subject; the subject is the part after the conjunction.
    if clean && a > lo && ctx.kind(a - 1) == Some(TokKind::Word) && !ctx.is_capitalised(a - 1) {
        let function = C_BOUNDARY
            | C_ADJUNCT_PREP
            | C_COMPLEMENTIZER
            | C_CONNECTOR
            | C_DETERMINER
            | C_STOPWORD
            | C_PRONOUN
            | C_AUX;
        let after_verb = ctx.lex.classes.of(ctx.word(a - 1)) & function == 0;
        // (The new subject opens with a determiner, "and its chief executive", or a name after
        // a common noun, "the investigation and Democrats accused"; "the Port Authority of New
        // York and New Jersey" is one name.)
        let conj = (a + 1..last)
            .rev()
            .find(|&k| ctx.lex.coordinators.contains(ctx.word(k)))
            .filter(|&k| {
                ctx.lex.determiners.contains(ctx.word(k + 1))
                    || ctx.is_capitalised(k + 1) && !ctx.is_capitalised(k - 1)
            });
        if let Some(c) = conj.filter(|_| after_verb) {
            a = c + 1;
        }
    }
    // "42% of voters said", « 58 % des sondés affirment »: the share and what it counts.
    let joined = if a < end && ctx.lex.connectors.contains(ctx.word(a)) {
        Some(a)
    } else {
        (a > lo && ctx.lex.connectors.contains(ctx.word(a - 1))).then(|| a - 1)
    };
    if let Some(q) = joined.and_then(|j| super::quantity::before(ctx, j, lo)) {
        a = q;
    }
    (a < end).then(|| Np::from_toks(ctx, a, end))
}

/// The longest bracketed acronym a phrase reads through, in tokens ("(ARS)", "(D-Ore.)" is not one).
const BRACKET_MAX: usize = 3;

/// The opening bracket of an acronym in brackets ending right before token `j`, when a noun or
/// name stands before the bracket: "santé (ARS)" before « des Pays de la Loire ».
fn bracket_before(ctx: &Ctx, j: usize, lo: usize) -> Option<usize> {
    let close = j.checked_sub(1).filter(|&c| ctx.is_punct(c, &[")"]))?;
    let open = (close.saturating_sub(BRACKET_MAX + 1)..close)
        .rev()
        .find(|&m| ctx.is_punct(m, &["("]))?;
    let after_noun = open > lo && matches!(role(ctx, open - 1), Role::Noun | Role::Name);
    (acronym_between(ctx, open, close) && after_noun).then_some(open)
}

/// True when the brackets at `open` and `close` hold an acronym: words, none in lower case.
fn acronym_between(ctx: &Ctx, open: usize, close: usize) -> bool {
    open + 1 < close
        && (open + 1..close).all(|m| {
            ctx.kind(m) == Some(TokKind::Word) && !ctx.raw(m).chars().any(char::is_lowercase)
        })
}

/// The closing bracket of a short bracket opening at `open` (at most [`BRACKET_MAX`] tokens
/// inside), before `hi`.
fn bracket_close(ctx: &Ctx, open: usize, hi: usize) -> Option<usize> {
    if !ctx.is_punct(open, &["("]) {
        return None;
    }
    (open + 1..hi.min(open + BRACKET_MAX + 2)).find(|&m| ctx.is_punct(m, &[")"]))
}

/// The token after an acronym in brackets opening at `open` ("(CSE)"), before `hi`.
fn bracket_after(ctx: &Ctx, open: usize, hi: usize) -> Option<usize> {
    let close = bracket_close(ctx, open, hi)?;
    acronym_between(ctx, open, close).then_some(close + 1)
}

/// The token after a party or place in brackets opening at `open` after a name ("(Renaissance)",
/// "(LR)", "(D-Ore.)"), before `hi`: a few tokens, every word capitalised.
fn party_after(ctx: &Ctx, open: usize, hi: usize) -> Option<usize> {
    let close = bracket_close(ctx, open, hi)?;
    let capitalised =
        (open + 1..close).all(|m| ctx.kind(m) != Some(TokKind::Word) || ctx.is_capitalised(m));
    (open + 1 < close && capitalised).then_some(close + 1)
}

/// The relative pronoun at token `k` as a mention, standing for the phrase that ends at the
/// comma `comma` ("…, pour qui …"); `None` when no phrase is there.
pub fn relative_at(ctx: &Ctx, k: usize, comma: usize, lo: usize) -> Option<Np> {
    let mut np = Np::from_toks(ctx, k, k + 1);
    np.antecedent = Some(Box::new(relative_antecedent(ctx, comma, true, lo)?));
    Some(np)
}

/// The phrase a relative pronoun stands for, ending at token `before` (the relative's comma
/// when `enclosed`). "Inger Andersen, sa directrice exécutive, qui juge …", "Sophie Binet, de
/// la CGT, pour qui …": a description in apposition stands for the name before it. (Both
/// commas: "the proposal, the groups who wrote" is no apposition.)
pub fn relative_antecedent(ctx: &Ctx, before: usize, enclosed: bool, lo: usize) -> Option<Np> {
    let ante = backward(ctx, before, lo);
    if let Some(a) = ante.as_ref().filter(|a| {
        // "McConnell, now the Senate majority leader, who": a determiner opens a
        // description even when a name follows it.
        // "Roch Wamytan, l'un des responsables du FLNKS, selon qui": a lower-case head too.
        let description = role(ctx, a.toks.0) == Role::Determiner || !ctx.is_capitalised(a.toks.0);
        enclosed && description && a.toks.0 > lo + 1
    }) {
        // "Dalton, now the county treasurer, who": adverbs may open the apposition, and a
        // connector a complement ("de la CGT"), or a share of a group ("l'un des", "one of
        // the") the phrase.
        let mut open = ctx.skip_adverbs_back(a.toks.0, lo);
        for _ in 0..APPOSITION_OPENERS {
            if open > lo + 1 && matches!(role(ctx, open - 1), Role::Connector | Role::Determiner) {
                open -= 1;
            } else {
                break;
            }
        }
        if open > lo && ctx.is_punct(open - 1, &[","]) {
            if let Some(name) = backward(ctx, open - 1, lo).filter(|n| {
                ctx.is_capitalised(n.toks.1 - 1) && n.pronoun.is_none() && n.antecedent.is_none()
            }) {
                return Some(name);
            }
        }
    }
    ante
}

/// How many determiners and connectors may open an apposition before its phrase ("l'un des").
const APPOSITION_OPENERS: usize = 3;

/// "Smith, a spokesman for the ministry, said": at the comma before the cue, the name before the
/// apposition is the subject.
/// True when the sentence `lo..comma` is exactly a noun phrase, a comma, and a second noun
/// phrase in apposition ("Le ministre du Logement, Patrice Vergnaud" before ", a annoncé").
pub fn opens_with_apposition(ctx: &Ctx, comma: usize, lo: usize) -> bool {
    let Some(inner) = (lo + 1..comma).rev().find(|&k| ctx.is_punct(k, &[","])) else {
        return false;
    };
    let covers = |a: usize, b: usize| forward(ctx, a, b).is_some_and(|np| np.toks == (a, b));
    // "Le délégué du comité social et économique (CSE), Romain Tessier,": an acronym in
    // brackets may close the description.
    let left = bracket_before(ctx, inner, lo).unwrap_or(inner);
    (covers(lo, left)
        || subject_with_complements(ctx, lo, left)
        || subject_with_relative(ctx, lo, left))
        && covers(inner + 1, comma)
}

/// The longest relative clause a sentence-opening subject may carry before its apposition.
const OPENING_RELATIVE: usize = 8;

/// True when tokens `lo..end` are a phrase opening the sentence and a short relative clause
/// with no punctuation: "The drivers' group that brought the case" before ", Ohio Rideshare
/// Workers United, hailed …" (the verb after the apposition is the predicate, not an
/// inversion).
fn subject_with_relative(ctx: &Ctx, lo: usize, end: usize) -> bool {
    let Some(head) = forward(ctx, lo, end) else {
        return false;
    };
    let rel = head.toks.1;
    head.toks.0 == lo
        && head.pronoun.is_none()
        && rel + 1 < end
        && end <= rel + OPENING_RELATIVE
        // ("that" is listed as a complementizer: it opens relatives too.)
        && (ctx.lex.relatives.contains(ctx.word(rel))
            || ctx.lex.complementizers.contains(ctx.word(rel)))
        && (rel..end).all(|k| ctx.kind(k) == Some(TokKind::Word))
}

/// True when tokens `lo..end` are a phrase opening the sentence followed only by its
/// complements, with no verb or punctuation: "Le président du groupe Les Républicains à
/// l'Assemblée" before its apposition.
fn subject_with_complements(ctx: &Ctx, lo: usize, end: usize) -> bool {
    let Some(head) = forward(ctx, lo, end) else {
        return false;
    };
    if head.toks.0 != lo || head.pronoun.is_some() {
        return false;
    }
    // « Le porte-parole de l'agence régionale de santé (ARS) de Nouvelle-Aquitaine »: an
    // acronym in brackets may stand between two complements.
    let mut k = head.toks.1;
    while k < end {
        if let Some(next) = bracket_after(ctx, k, end) {
            k = next;
            continue;
        }
        let r = role(ctx, k);
        let ok = (r != Role::Stop || ctx.lex.adjunct_preps.contains(ctx.word(k)))
            && (ctx.kind(k) != Some(TokKind::Punct) || r == Role::Connector);
        if !ok {
            return false;
        }
        k += 1;
    }
    true
}

pub fn appositive_subject(ctx: &Ctx, comma: usize, lo: usize) -> Option<Np> {
    // The apposition may hold a relative clause ("Podesta, a former adviser who backed it,"):
    // look back, within bounds, for an earlier comma with a name opening the clause before it.
    let floor = comma.saturating_sub(APPOSITION_REACH).max(lo);
    let mut k = comma;
    while k > floor + 1 {
        k -= 1;
        if ctx.quoted.get(k).copied().unwrap_or(true) || ctx.is_punct(k, &[".", ";", ":", "!", "?"])
        {
            return None;
        }
        if !ctx.is_punct(k, &[","]) {
            continue;
        }
        // (An acronym in brackets may close the phrase before the comma: "… (CSE), X,".)
        let left = bracket_before(ctx, k, lo).unwrap_or(k);
        let mut name = backward(ctx, left, lo)?;
        let a = name.toks.0;
        // (A complementizer opens a clause too: "It was in 2013 that Bloomberg, who …, said".)
        let opens_clause = a == lo
            || ctx.kind(a - 1) == Some(TokKind::Punct)
            || ctx.lex.complementizers.contains(ctx.word(a - 1));
        // A chain of appositions ("Roe, the state's attorney general, one of the plaintiffs,"):
        // the subject is the name that opens the chain, not the last description in it.
        let nearest = name.clone();
        for _ in 0..APPOSITION_CHAIN {
            let a = name.toks.0;
            if a <= floor + 1 || !ctx.is_punct(a - 1, &[","]) {
                break;
            }
            match backward(ctx, a - 1, lo) {
                // "Le président du groupe, Karim Benali, qui …, a dénoncé": a proper name in
                // apposition to a description is the person it describes; the walk stops there.
                // So does a name after its nationality (« Son entraîneur, le Serbe Dragan Ilić,
                // qui …, salue »).
                Some(prev)
                    if (proper_name(ctx, &name) || ends_with_full_name(ctx, &name))
                        && !starts_with_name(ctx, prev.toks.0) =>
                {
                    break
                }
                Some(prev)
                    if prev.capitalised
                        && prev.pronoun.is_none()
                        && (prev.toks.0 == lo
                            || ctx.kind(prev.toks.0 - 1) == Some(TokKind::Punct)) =>
                {
                    name = prev
                }
                _ => break,
            }
        }
        // "le ministre de l'Économie, Bruno Le Maire, a affirmé": a description followed by a
        // proper name in apposition; the name is the speaker.
        // The phrase may be the last complement of a longer subject ("Le président du groupe
        // LR à l'Assemblée, Laurent Wauquiez,"): the apposition still names the speaker.
        // So may a subject with a short relative clause ("The group that brought the case,
        // Workers United, hailed …").
        let complements = !opens_clause
            && (subject_with_complements(ctx, lo, left) || subject_with_relative(ctx, lo, left));
        // "Saudi Arabia's energy minister, Prince Abdulaziz," is a description despite its
        // opening name: the name is its possessor.
        // "Le Premier ministre, Paul Garnier,", "The Prime Minister, Paul Garnier,": capitals on
        // a title do not make a name; a phrase ending in a lower-case noun, or a determiner
        // and a title, is a description.
        // « Lundi, la maire, Hélène Quéré, a dénoncé »: the chain may have walked back to a
        // fronted adjunct; the description right before the name still makes it the speaker.
        // (Then only a name and nothing else: "Jean-Marc Ayrault, the foreign minister of
        // France, a permanent member of the Security Council, said" is Ayrault.)
        let own_description = is_description(ctx, &name);
        let description =
            own_description || nearest.toks != name.toks && is_description(ctx, &nearest);
        if (complements || description) && k + 1 < comma {
            if let Some(inner) = forward(ctx, k + 1, comma) {
                // A description ending in the name is the person too: "Son rapporteur, le
                // député néerlandais Mohammed Chahim, a prévenu".
                let only_name = (inner.toks.0..inner.toks.1).all(|j| {
                    matches!(role(ctx, j), Role::Name | Role::Title) || ctx.is_punct(j, &["."])
                });
                let proper = only_name
                    || (own_description || complements)
                        && (ends_with_full_name(ctx, &inner) || determined_name(ctx, &inner));
                let opens = opens_clause || complements;
                // « Le rapporteur du texte, Yannick Le Goff (Renaissance), a défendu »: a party
                // in brackets may follow the name.
                let ends =
                    inner.toks.1 == comma || party_after(ctx, inner.toks.1, comma) == Some(comma);
                if proper && ends && inner.pronoun.is_none() && opens {
                    return Some(inner);
                }
            }
        }
        // "la direction du groupe, détenu depuis 2021 par un fonds, évoque", "the company,
        // based in Ohio, said": a description before a participle or relative apposition.
        let f = k + 1;
        let clause_apposition = role(ctx, name.toks.0) == Role::Determiner
            && ctx.kind(f) == Some(TokKind::Word)
            && !ctx.is_capitalised(f)
            && (role(ctx, f) == Role::Noun || ctx.lex.relatives.contains(ctx.word(f)));
        let named = name.capitalised || clause_apposition;
        return (named && name.pronoun.is_none() && opens_clause).then_some(name);
    }
    None
}

/// True when an apposition's first phrase describes rather than names: it opens with no name,
/// holds a possessive ("Saudi Arabia's energy minister, Prince Abdulaziz,"), ends in a
/// lower-case noun, or is a determiner and a title.
fn is_description(ctx: &Ctx, np: &Np) -> bool {
    let possessed = (np.toks.0..np.toks.1).any(|j| super::cues::is_possessive(ctx, j));
    let last = np.toks.1 - 1;
    let common_head = ctx.kind(last) == Some(TokKind::Word) && !ctx.is_capitalised(last)
        || role(ctx, np.toks.0) == Role::Determiner && titled(ctx, np.toks.0, np.toks.1);
    !starts_with_name(ctx, np.toks.0) || possessed || common_head
}

/// True when the phrase is a proper name and nothing else ("Karim Benali", "Me Rougier"):
/// names and titles only, the first a name.
fn proper_name(ctx: &Ctx, np: &Np) -> bool {
    let (a, b) = np.toks;
    np.pronoun.is_none()
        && starts_with_name(ctx, a)
        && role(ctx, a) != Role::Determiner
        && (a..b)
            .all(|j| matches!(role(ctx, j), Role::Name | Role::Title) || ctx.is_punct(j, &["."]))
}

/// How many appositions in a row `appositive_subject` walks back over.
const APPOSITION_CHAIN: usize = 3;

/// How far back (in tokens) an apposition's opening comma may be.
const APPOSITION_REACH: usize = 25;

/// "“…,” Sen. Jane Roe (D-Ore.), a member of the panel, said": right after a closing quote,
/// the phrase opening the clause is the speaker, whatever apposition (between commas or
/// brackets, as wire copy puts party and state) separates it from the cue at `cue`. Returns
/// `None` unless the clause from the quote to the cue has exactly that shape.
pub fn after_quote_subject(ctx: &Ctx, cue: usize, lo: usize) -> Option<Np> {
    let floor = cue.saturating_sub(APPOSITION_REACH).max(lo);
    let mut k = cue;
    let close = loop {
        if k <= floor {
            return None;
        }
        k -= 1;
        if ctx.quoted.get(k).copied().unwrap_or(false) {
            break k;
        }
        // Full stops inside the sentence are abbreviations ("Rep.", "R-Fla."): only a clause
        // break stops the search.
        if ctx.is_punct(k, &[";", ":"]) {
            return None;
        }
    };
    let mut from = close + 1;
    if ctx.is_punct(from, &[",", "—", "–"]) {
        from += 1;
    }
    if from >= cue {
        return None;
    }
    let np = forward(ctx, from, cue)?;
    let named = np.pronoun.is_some() || np.capitalised || role(ctx, from) == Role::Determiner;
    if !named {
        return None;
    }
    let e = np.toks.1;
    let apposition = ctx.is_punct(e, &[",", "("]) && ctx.is_punct(cue - 1, &[",", ")"]);
    (e == cue || apposition && e < cue - 1).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;

    fn ctx(t: &str, lang: Lang) -> (Document<'_>, Lang) {
        (Document::new(t), lang)
    }

    #[test]
    fn backward_phrase_joins_connectors_and_determiners() {
        let (d, lang) = ctx("A spokesman for the ministry said it.", Lang::En);
        let c = Ctx::new(&d, lang, &[]);
        let roles: Vec<_> = (0..6).map(|k| role(&c, k)).collect();
        let np = backward(&c, 5, 0).expect("a phrase");
        assert_eq!(
            np.span.text(d.text),
            "A spokesman for the ministry",
            "{roles:?}"
        );
    }

    #[test]
    fn a_name_run_into_an_adjunct_is_cut_before_it() {
        let (d, lang) = ctx(
            "said Bobby Scott at the time. said the mayor of Dayton.",
            Lang::En,
        );
        let c = Ctx::new(&d, lang, &[]);
        let np = forward(&c, 1, 6).expect("a phrase");
        let cut = name_before_adjunct(&c, np);
        assert_eq!(cut.span.text(d.text), "Bobby Scott");
        // A description keeps its own prepositional phrase.
        let np = forward(&c, 8, 12).expect("a phrase");
        let kept = name_before_adjunct(&c, np);
        assert_eq!(kept.span.text(d.text), "the mayor of Dayton");
    }

    #[test]
    fn function_words_alone_are_not_speakers() {
        let (d, lang) = ctx(
            "During the hearing, none of whom cannot said it. The ministry said.",
            Lang::En,
        );
        let c = Ctx::new(&d, lang, &[]);
        let np = |a, b| Np::from_toks(&c, a, b);
        assert!(!plausible(&c, &np(0, 1)), "During");
        assert!(!plausible(&c, &np(5, 7)), "of whom");
        assert!(!plausible(&c, &np(7, 8)), "cannot");
        assert!(plausible(&c, &np(11, 13)), "The ministry");
    }

    #[test]
    fn a_lone_participle_past_tense_or_adverb_is_no_speaker() {
        // Tokens: 0 being, 1 described, 2 ",", 3 hacked, 4 said, 5 ",", 6 generally, 7 said.
        let (d, lang) = ctx("being described, hacked said, generally said.", Lang::En);
        let c = Ctx::new(&d, lang, &[]);
        let np = |a, b| Np::from_toks(&c, a, b);
        assert!(!plausible(&c, &np(0, 1)), "being");
        assert!(!plausible(&c, &np(3, 4)), "hacked");
        assert!(!plausible(&c, &np(6, 7)), "generally");
    }

    #[test]
    fn a_lone_lower_case_word_speaks_only_as_a_plural_or_after_a_determiner() {
        // Tokens: 0 A, 1 month, 2 later, 3 ",", 4 officials, 5 and, 6 police, 7 ",", 8 the,
        // 9 mayor, 10 and, 11 both, 12 explained, 13 ".", 14 report, 15 said, 16 ".".
        let t = "A month later, officials and police, the mayor and both explained. report said.";
        let (d, lang) = ctx(t, Lang::En);
        let c = Ctx::new(&d, lang, &[]);
        let np = |a, b| Np::from_toks(&c, a, b);
        assert!(!plausible(&c, &np(2, 3)), "later");
        assert!(plausible(&c, &np(4, 5)), "officials: a plural");
        assert!(plausible(&c, &np(6, 7)), "police: a collective noun");
        assert!(plausible(&c, &np(9, 10)), "mayor: after its determiner");
        assert!(plausible(&c, &np(11, 12)), "both: a quantifier");
        // Right before a cue verb, a bare noun is a headline's subject ("Official says …").
        assert!(plausible(&c, &np(14, 15)), "report said");
    }

    #[test]
    fn a_lone_modifier_before_a_bare_cue_form_is_no_speaker() {
        // Tokens: 0 They, 1 cannot, 2 assign, 3 criminal, 4 blame, 5 ".", 6 Voters, 7 in,
        // 8 each, 9 state, 10 say, 11 ".".
        let (d, lang) = ctx(
            "They cannot assign criminal blame. Voters in each state say.",
            Lang::En,
        );
        let c = Ctx::new(&d, lang, &[]);
        let np = |a, b| Np::from_toks(&c, a, b);
        assert!(
            !plausible(&c, &np(3, 4)),
            "criminal blame: inside the object of assign"
        );
        assert!(
            plausible(&c, &np(9, 10)),
            "each state say: after a quantifier"
        );
    }

    #[test]
    fn a_subject_with_complements_takes_its_apposition() {
        let t = "Le président du groupe LR à l'Assemblée, Laurent Wauquiez, a salué le courage.";
        let (d, lang) = ctx(t, Lang::Fr);
        let c = Ctx::new(&d, lang, &[]);
        let commas: Vec<_> = (0..d.tokens.len()).filter(|&k| c.word(k) == ",").collect();
        let roles: Vec<_> = (0..commas[0]).map(|k| (c.word(k), role(&c, k))).collect();
        assert!(subject_with_complements(&c, 0, commas[0]), "{roles:?}");
        assert!(opens_with_apposition(&c, commas[1], 0));
        let np = appositive_subject(&c, commas[1], 0).expect("a speaker");
        assert_eq!(np.span.text(t), "Laurent Wauquiez");
    }

    #[test]
    fn a_name_after_a_description_speaks_past_a_relative_clause() {
        for (t, lang, who) in [
            (
                "Le président du groupe socialiste, Karim Benali, qui avait défendu la motion, a dénoncé la loi.",
                Lang::Fr,
                "Karim Benali",
            ),
            (
                "The head of the union, Maria Lopez, who led the strike, called it a victory.",
                Lang::En,
                "Maria Lopez",
            ),
        ] {
            let (d, lang) = ctx(t, lang);
            let c = Ctx::new(&d, lang, &[]);
            let commas: Vec<_> = (0..d.tokens.len()).filter(|&k| c.word(k) == ",").collect();
            let np = appositive_subject(&c, commas[2], 0).expect("a speaker");
            assert_eq!(np.span.text(t), who);
        }
    }

    #[test]
    fn speaker_after_quote_skips_party_and_apposition() {
        let t = "\"We won,\" Rep. Jane Roe (D-Ore.), a panel member, said.";
        let (d, lang) = ctx(t, Lang::En);
        let q = crate::analysis::quotes::find(&d, lang);
        let c = Ctx::new(&d, lang, &q);
        let said = (0..d.tokens.len()).find(|&k| c.word(k) == "said").unwrap();
        let np = after_quote_subject(&c, said, 0).expect("a speaker");
        assert_eq!(np.span.text(t), "Rep. Jane Roe");
    }
}
