//! Name candidates: runs of capitalised words and known gazetteer names.
//!
//! A run starts at a capitalised word (or a name prefix like "al-Assad", or a lower-case place head
//! like "mer Noire") and extends over further capitalised words, initials ("John F. Kennedy"),
//! particles between capitals ("Charles de Gaulle", "University of Portsmouth") and, after an
//! organisation head, the lower-case words of its name ("Conseil de sécurité russe"). The longest
//! gazetteer match at the same start wins when longer. Then leading articles, titles, demonyms and
//! sentence-initial common words are trimmed off, and runs are split at titles inside them
//! ("US President Joe Biden" → "US", "Joe Biden"). Every loop is bounded, so the pass is linear.

use super::gazetteer::{
    EXACT, LOC, ORG, W_COMMON, W_FIRST_NAME, W_FREQUENT, W_LOC_LOW, W_LOC_WORD, W_LOW_START,
    W_ORG_LOW, W_ORG_WORD, W_PARTICLE, W_PARTICLE_START, W_PLACE_PREP, W_PRONOUN, W_STOP,
    W_VERY_COMMON,
};
use super::Ctx;

/// Longest run of capitalised words considered as one name (longer runs are cut).
const MAX_RUN: usize = 12;
/// Lower-case words an organisation head may pull in ("de sécurité", "des droits de l'homme").
const MAX_HEAD_TAIL: usize = 5;

/// A candidate name: tokens `[s, e)`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Cand {
    pub s: usize,
    pub e: usize,
    /// Title that stood right before the name, with its gender.
    pub title: Option<char>,
    /// Label bits when the whole span is a gazetteer name.
    pub gaz: u8,
}

impl Cand {
    /// Tokens `[s, e)` with no title: one side of a split candidate.
    pub(crate) fn part(s: usize, e: usize, gaz: u8) -> Cand {
        Cand {
            s,
            e,
            title: None,
            gaz,
        }
    }
}

/// Candidates of the whole document, in order, disjoint, skipping tokens already `taken` (dates).
pub(crate) fn find(ctx: &Ctx, taken: &[bool]) -> Vec<Cand> {
    let mut out = Vec::new();
    let n = ctx.len();
    let mut i = 0;
    let mut limit = 0;
    while i < n {
        if taken.get(i).copied().unwrap_or(true) || !ctx.is_word(i) {
            i += 1;
            continue;
        }
        if i >= limit {
            limit = ctx.sentence_end(i).min(n).max(i + 1);
        }
        let (gaz_len, gaz_bits) = gazetteer_match(ctx, i, limit, taken);
        // In an all-caps headline only gazetteer names count.
        let shouting = ctx.shouting.get(i).copied().unwrap_or(false);
        let run = if !shouting && starts_name(ctx, i) {
            run_end(ctx, i, limit, taken) - i
        } else {
            0
        };
        if gaz_len == 0 && run == 0 {
            i += 1;
            continue;
        }
        // "New Jersey Gov. Chris Christie": a listed name right before a title ends there, even
        // where a sentence-initial common word would be trimmed ("New").
        let run = if gaz_len > 0 && run > gaz_len && ctx.title_at(i + gaz_len, i + run).is_some() {
            gaz_len
        } else {
            run
        };
        let e = i + gaz_len.max(run);
        let gaz = if gaz_len >= run { gaz_bits } else { 0 };
        split_and_trim(ctx, i, e, gaz, &mut out);
        i = e;
    }
    out
}

/// True when a name may start at token `i`.
fn starts_name(ctx: &Ctx, i: usize) -> bool {
    if ctx.is_cap(i) {
        return !headline_word(ctx, i);
    }
    // A lower-case place or organisation head right before a capitalised word, a demonym, or a
    // particle and a capitalised word: "mer Noire", "armée syrienne", "place de la République".
    let head = ctx.flags(i) & (W_LOC_LOW | W_ORG_LOW) != 0;
    head && (ctx.is_cap(i + 1)
        || ctx.lex.is_adjective(ctx.low(i + 1))
        || particle_at(ctx, i + 1, true).is_some_and(|p| ctx.is_cap(i + 1 + p)))
}

/// A capitalised common word in a title-case headline, where only its case made it a capital:
/// "Hillary Clinton Was Headed", "Voters Abandon Republican Party". Not a listed name, a
/// title ("Président des États-Unis"), a head word or a word before one ("Hebrew University"), a surname after a first name that is
/// no listed name ("Jill Stein", not "Clinton Speaks"), nor a first name that is no very
/// common word or comes before more of a name ("Rush Limbaugh", not "Will Tell").
fn headline_word(ctx: &Ctx, j: usize) -> bool {
    if !ctx.title_case.get(j).copied().unwrap_or(false) || ctx.flags(j) & W_COMMON == 0 {
        return false;
    }
    // A piece of a hyphenated word goes with it ("États-Unis").
    if ctx.doc.tokens.get(j).is_some_and(|t| !t.space_before) {
        return false;
    }
    let listed = |k: usize| ctx.lex.names.contains_key(ctx.low(k));
    let first_name = |k: usize| ctx.flags(k) & W_FIRST_NAME != 0 && ctx.is_cap(k);
    let very_common = |k: usize| ctx.lex.very_common.contains(ctx.low(k));
    let namey = |k: usize| ctx.is_cap(k) && (!very_common(k) || listed(k));
    !is_head(ctx, j)
        && ctx.lex.title(ctx.low(j)).is_none()
        && !(ctx.is_cap(j + 1) && is_head(ctx, j + 1) && !very_common(j))
        && !(j > 0 && first_name(j - 1) && !listed(j - 1))
        && !(first_name(j) && (namey(j + 1) || !very_common(j)))
        && !listed(j)
}

/// Longest gazetteer name starting at `i` (in tokens) and its label bits.
fn gazetteer_match(ctx: &Ctx, i: usize, limit: usize, taken: &[bool]) -> (usize, u8) {
    let lex = ctx.lex;
    if !ctx.is_word(i) {
        return (0, 0);
    }
    let cap = ctx.is_cap(i);
    // Lower-case text ("chicago") may still name a place when the word is no common word.
    let low = ctx.low(i);
    let rare = !cap && low.len() >= 5 && ctx.flags(i) & W_COMMON == 0;
    // In a text written without capitals, any listed name that is not a frequent word or a
    // first name counts ("where can i eat in chicago", "enron is blowing up").
    let casual = !cap
        && ctx.lower_case
        && low.len() >= 3
        && ctx.flags(i) & W_FIRST_NAME == 0
        && !ctx.has(i, W_FREQUENT)
        && !in_address(ctx, i);
    // After a place preposition, a lower-case listed place may also be a frequent word ("in
    // chicago"), unless it is one of the most frequent words or a first name ("in nice weather",
    // "in george's car").
    // (The flag of the word before is checked first: it costs no look-up.)
    let after_prep = !cap
        && i > 0
        && ctx.flags(i - 1) & W_PLACE_PREP != 0
        && low.chars().count() >= 4
        && !ctx.has(i, W_FREQUENT | W_FIRST_NAME);
    let low_start = || match low.strip_suffix('\'') {
        Some(_) => lex.low_starts.contains(low.trim_end_matches('\'')),
        None => ctx.flags(i) & W_LOW_START != 0,
    };
    if !cap && !rare && !casual && !after_prep && !low_start() {
        return (0, 0);
    }
    // No listed name starts with this word: skip building the n-gram keys at all.
    if !lex.names_index.may_start(low) {
        return (0, 0);
    }
    let shouting = ctx.shouting.get(i).copied().unwrap_or(false);
    let mut key = ctx.take_buf();
    let mut best = (0, 0);
    for j in i..limit.min(i + lex.max_name) {
        if taken.get(j).copied().unwrap_or(true) {
            break;
        }
        if j > i && ctx.doc.tokens[j].space_before {
            key.push(' ');
        }
        key.push_str(ctx.low(j));
        // No listed name starts with this n-gram: none is longer either.
        if !lex.names_index.may_start(&key) {
            break;
        }
        let mut try_key = |k: &str, end: usize| {
            if let Some(&bits) = lex.names.get(k) {
                let exact_ok = bits & EXACT == 0 || shouting || ctx.is_upper(i);
                // A name must end on a word that is capitalised, or listed in lower case.
                // (Its last word, not a full stop: "U.S.", "Washington D.C.")
                let last = (i..i + end).rev().find(|&t| ctx.is_word(t)).unwrap_or(i);
                let case_ok = end == 1
                    || last == i
                    || ctx.is_cap(last)
                    || shouting
                    || ctx.lower_case
                    || !lex.cap_last.contains(k);
                if exact_ok && case_ok && end > best.0 {
                    best = (end, bits);
                }
            }
        };
        try_key(&key, j + 1 - i);
        if ctx.dotted(j) {
            key.push('.');
            try_key(&key, j + 2 - i);
            key.pop();
        }
    }
    ctx.give_buf(key);
    // Lower-case words alone are names only when rare and listed as places ("chicago", not
    // "total" or "orange").
    if best.0 == 1
        && !cap
        && !((rare || after_prep) && best.1 & LOC != 0 && best.1 & EXACT == 0)
        && !(casual && best.1 & (LOC | ORG) != 0 && best.1 & EXACT == 0)
    {
        return (0, 0);
    }
    // Names found only thanks to the preposition must be places ("in san francisco").
    if !cap && after_prep && !rare && !casual && !low_start() && best.1 & LOC == 0 {
        return (0, 0);
    }
    best
}

/// Token `i` is part of a web or e-mail address ("www.google.com", "org.mozilla:en"): glued
/// to a dot, slash, colon or at sign on either side.
fn in_address(ctx: &Ctx, i: usize) -> bool {
    let glue = |k: usize| matches!(ctx.text(k), "." | "/" | ":" | "@" | "=");
    let tokens = &ctx.doc.tokens;
    let before = i > 0 && tokens.get(i).is_some_and(|t| !t.space_before) && glue(i - 1);
    let after = tokens.get(i + 1).is_some_and(|t| !t.space_before)
        && glue(i + 1)
        && tokens.get(i + 2).is_some_and(|t| !t.space_before);
    before || after
}

/// Particle (one or two tokens) at `j` joining two name parts: returns its token length.
fn particle_at(ctx: &Ctx, j: usize, head_seen: bool) -> Option<usize> {
    // Both keys start with the token's own form: one probe rules most tokens out.
    if !ctx.has(j, W_PARTICLE_START) {
        return None;
    }
    for n in [2, 1] {
        let key = ctx.key(j, j + n);
        if let Some(&head_only) = ctx.lex.particles.get(&*key) {
            if !head_only || head_seen {
                return Some(n);
            }
        }
    }
    None
}

fn is_head(ctx: &Ctx, i: usize) -> bool {
    ctx.has(i, W_ORG_WORD | W_LOC_WORD)
}

/// End (exclusive) of the capitalised run starting at `i`.
fn run_end(ctx: &Ctx, i: usize, limit: usize, taken: &[bool]) -> usize {
    let free = |j: usize| j < limit && !taken.get(j).copied().unwrap_or(true);
    let mut head_seen = is_head(ctx, i);
    let mut j = i + 1;
    // Twice at most: a head's lower-case tail may be followed by more of the name
    // ("Conseil de sécurité des Nations unies").
    for _ in 0..2 {
        j = cap_run(ctx, i, j, limit, taken, &mut head_seen);
        if !head_seen {
            break;
        }
        let tail = head_tail(ctx, j, limit, taken);
        let more = tail > j
            && particle_at(ctx, tail, true)
                .is_some_and(|p| ctx.is_cap(tail + p) && free(tail + p) && tail + p - i < MAX_RUN);
        j = tail;
        if !more {
            break;
        }
        j += particle_at(ctx, j, true).unwrap_or(0);
    }
    j + mail_domain(ctx, i, j, limit, taken)
}

/// "Becky Stephens@ENRON 06/12/2000 10:20 AM": in a mail header, a person's full name glued to
/// "@" and a domain is the person's address, one name. Returns the tokens to add (0 or 2).
fn mail_domain(ctx: &Ctx, i: usize, j: usize, limit: usize, taken: &[bool]) -> usize {
    let glued = |k: usize| ctx.doc.tokens.get(k).is_some_and(|t| !t.space_before);
    let free = |k: usize| k < limit && !taken.get(k).copied().unwrap_or(true);
    let person = j >= i + 2 && ctx.flags(i) & W_FIRST_NAME != 0;
    let address =
        ctx.text(j) == "@" && glued(j) && free(j + 1) && ctx.is_word(j + 1) && glued(j + 1);
    if person && address {
        2
    } else {
        0
    }
}

/// Extends a capitalised run from `j` over capitals, initials and particles between capitals.
fn cap_run(
    ctx: &Ctx,
    i: usize,
    mut j: usize,
    limit: usize,
    taken: &[bool],
    head_seen: &mut bool,
) -> usize {
    let free = |j: usize| j < limit && !taken.get(j).copied().unwrap_or(true);
    while free(j) && j - i < MAX_RUN {
        if ctx.is_cap(j) {
            if pronoun_ends_name(ctx, j) || opens_sentence(ctx, j) || headline_word(ctx, j) {
                break;
            }
            *head_seen |= is_head(ctx, j);
            j += 1;
            continue;
        }
        let t = ctx.text(j);
        // Initials and abbreviations: "John F. Kennedy", "St. Louis", "Apple Inc.".
        if t == "." && !ctx.doc.tokens[j].space_before {
            let prev = ctx.text(j - 1);
            let initial = prev.chars().count() == 1 && ctx.is_cap(j - 1);
            let abbr = {
                let k = ctx.low_dotted(j - 1);
                ctx.lex.org_words.contains(k) || ctx.lex.loc_words.contains_key(k)
            };
            if (initial && ctx.is_cap(j + 1) && free(j + 1)) || abbr {
                j += 1;
                continue;
            }
            break;
        }
        if t == "&" && ctx.is_cap(j + 1) && free(j + 1) {
            j += 2;
            continue;
        }
        // "Food and Agriculture Organization": a conjunction joins capitalised words that a
        // head word ends, when the words before it had none.
        if !*head_seen && ctx.lex.head_conjunctions.contains(ctx.low(j)) {
            let mut k = j + 1;
            while free(k) && ctx.is_cap(k) && k - i < MAX_RUN && !is_head(ctx, k) {
                k += 1;
            }
            if k > j + 1 && free(k) && ctx.is_cap(k) && k - i < MAX_RUN {
                j += 1;
                continue;
            }
            break;
        }
        // A legal form after a comma ends the name: "First Union Securities, Inc.".
        if t == "," && free(j + 1) && ctx.lex.org_suffixes.contains(ctx.low(j + 1)) {
            let dot = ctx.dotted(j + 1) && ctx.lex.org_suffixes.contains(ctx.low_dotted(j + 1));
            return j + 2 + usize::from(dot && free(j + 2));
        }
        // Particles, possibly chained ("von der Leyen"), then a capitalised word.
        let mut k = j;
        while k - j < 3 {
            match particle_at(ctx, k, *head_seen) {
                Some(p) => k += p,
                None => break,
            }
        }
        // A complete known name does not take a particle tail: "Royaume-Uni de l'Union …".
        // (A lower-case head is no complete name: "gare de Salez", not the town "Gare".)
        let known = || ctx.is_cap(i) && ctx.lex.names.contains_key(&*ctx.key(i, j));
        if k > j && ctx.is_cap(k) && free(k) && !known() {
            j = k + 1;
            continue;
        }
        break;
    }
    j
}

/// A greeting, sign-off or sentence opener inside a capitalised run starts a new sentence that
/// lost its line break: "Sean Here you go", "Vince Dear Dr. …", "Jeff Well, he …".
fn opens_sentence(ctx: &Ctx, j: usize) -> bool {
    let low = ctx.low(j);
    ctx.lex.sentence_openers.contains(low) || ctx.lex.vocatives.contains(low)
}

/// A capitalised pronoun ("I", "I'm") ends a name: "in Mallorca I had", "South Africa I'm".
/// After a first name, a bare "I" is a regnal number ("Elizabeth I"), unless a lower-case word
/// follows it as its verb ("Dan I for one", "Linda I would").
fn pronoun_ends_name(ctx: &Ctx, j: usize) -> bool {
    let low = ctx.low(j);
    // The per-token flag first; the contracted form is looked up only when there is an apostrophe.
    let bare = ctx.flags(j) & W_PRONOUN != 0;
    let contracted = || {
        low.split_once('\'')
            .is_some_and(|(p, rest)| !rest.is_empty() && ctx.lex.pronouns.contains(p))
    };
    let verb_after = ctx.is_word(j + 1) && !ctx.is_cap(j + 1);
    let regnal = bare && j > 0 && ctx.has(j - 1, W_FIRST_NAME) && !verb_after;
    (bare && !regnal) || contracted()
}

/// After an organisation or place head, the lower-case rest of its name: at most one
/// "particle + noun" group, then closing adjectives ("Conseil de sécurité russe").
fn head_tail(ctx: &Ctx, mut j: usize, limit: usize, taken: &[bool]) -> usize {
    let free = |j: usize| j < limit && !taken.get(j).copied().unwrap_or(true);
    let start = j;
    for _ in 0..2 {
        while free(j)
            && j - start < MAX_HEAD_TAIL
            && ctx.is_word(j)
            && ctx.lex.is_adjective(ctx.low(j))
        {
            j += 1;
        }
        let Some(p) = particle_at(ctx, j, true) else {
            break;
        };
        let w = j + p;
        let low = ctx.low(w);
        let noun = free(w)
            && ctx.is_word(w)
            && !ctx.is_cap(w)
            && !ctx.has(w, W_STOP)
            && low.chars().count() > 2
            && ctx.lex.particles.get(&*ctx.key(j, j + p)) == Some(&false)
            && (ctx.lex.is_adjective(ctx.low(w + 1))
                || !ctx.is_word(w + 1)
                || ctx.has(w + 1, W_STOP));
        if !noun || w - start >= MAX_HEAD_TAIL {
            break;
        }
        j = w + 1;
    }
    j
}

/// Trims a run and splits it at inner titles, pushing the resulting candidates.
fn split_and_trim(ctx: &Ctx, s: usize, e: usize, gaz: u8, out: &mut Vec<Cand>) {
    if gaz != 0 {
        // "Sens. Jon Tester": a listed name (the town of Sens) that is also a title, before a
        // name, is the title.
        let title_only = ctx
            .title_at(s, e + 1)
            .is_some_and(|(n, _)| n >= e - s && ctx.is_cap(s + n));
        if title_only {
            return;
        }
        out.push(Cand {
            s,
            e,
            title: title_before(ctx, s),
            gaz,
        });
        return;
    }
    let mut s = s;
    let mut title = title_before(ctx, s);
    // A title begun before the run may end inside it: "procureur de la République | de Lyon"
    // leaves "Lyon", the title's place, not its holder (and the title alone leaves nothing).
    if let Some(end) = title_into(ctx, s, e) {
        s = end;
    }
    while s < e {
        // Leading title: "Président Biden", "Mr. Smith", "Premier ministre Jean Castex".
        if let Some((n, g)) = ctx.title_at(s, e) {
            if s + n < e && !has_org_word(ctx, s + n, e) {
                title = Some(g);
                s += n;
                continue;
            }
        }
        let low = ctx.low(s);
        let lex = ctx.lex;
        let initial = ctx.initial.get(s).copied().unwrap_or(false) || s == 0;
        // "M. Le Maire", "Marine Le Pen": a capitalised article after a title is part of the name,
        // and so is one inside a sentence where the language says so ("à La Courneuve").
        // (After a word or a comma: a dash or a bracket may open a sentence the segmenter
        // joined, as after a dateline "BRUXELLES (AFP) - La Commission …".)
        let after_word = s > 0 && (ctx.is_word(s - 1) || ctx.text(s - 1) == ",");
        let name_article = (title.is_some() || lex.name_articles.contains(low) && after_word)
            && !initial
            && ctx.is_cap(s)
            && ctx.is_cap(s + 1);
        let drop = ctx.has(s, W_STOP | W_PLACE_PREP) && !name_article
            // A nationality opens an organisation's name ("Israeli Defense Forces"), not a
            // person's ("Russian President Vladimir Putin").
            || lex.is_demonym(low) && !has_org_word(ctx, s + 1, e)
            || !ctx.is_cap(s) && !ctx.has(s, W_LOC_WORD) && !lex.org_low.contains(low)
            || (initial
                && ctx.has(s, W_COMMON)
                && !ctx.name_at_start(s)
                && !(s + 1 == e && ctx.known_surname(s))
                // "Fort Lee is …", "Lake Tahoe was …": a head word opening the sentence stays
                // when a capitalised word of the name follows.
                && !((ctx.has(s, W_FIRST_NAME) || is_head(ctx, s))
                    && ctx.is_cap(s + 1)
                    && s + 1 < e)
                // "Ohio Sen. Rob Portman": a listed place or organisation before a title.
                && !(lex.names.get(low).is_some_and(|b| b & (LOC | ORG) != 0)
                    && ctx.title_at(s + 1, e).is_some()))
            || ctx.text(s) == "."
            // "Thanks Kam", "Good Morning Debra": a greeting before a name is no part of it.
            || lex.vocatives.contains(low)
            // "11:37 AM Richard": a capitalised common word after a number (a clock time).
            || (ctx.is_upper(s) && ctx.has(s, W_COMMON) && after_number(ctx, s));
        if !drop {
            break;
        }
        s += 1;
        // Re-check the gazetteer on the shorter span: "Les Échos" stays, "En France" → "France".
        if s < e {
            let k = ctx.key(s, e);
            if let Some(&bits) = lex.names.get(&*k) {
                out.push(Cand {
                    s,
                    e,
                    title,
                    gaz: bits,
                });
                return;
            }
        }
    }
    let mut e = e;
    while e > s && {
        ctx.has(e - 1, W_STOP | W_PARTICLE) || !ctx.is_word(e - 1) && ctx.text(e - 1) != "."
    } {
        e -= 1;
    }
    if s >= e {
        return;
    }
    // "le député LFI Éric Coquerel", "RN Jordan Bardella": a party acronym written before a
    // first name and a surname is a name of its own; the person starts at the first name.
    if e - s >= 3
        && ctx.is_upper(s)
        && !ctx.shouting[s]
        && ctx.text(s).chars().all(char::is_alphabetic)
        && ctx.has(s + 1, W_FIRST_NAME)
        && ctx.is_cap(s + 2)
    {
        push_piece(ctx, s, s + 1, None, out);
        let mut rest = Vec::new();
        split_and_trim(ctx, s + 1, e, 0, &mut rest);
        if let Some(first) = rest.first_mut() {
            first.title = first.title.or(title);
        }
        out.extend(rest);
        return;
    }
    // Inner titles split the run: "US President Joe Biden".
    let mut k = s + 1;
    while k < e {
        if let Some((n, g)) = ctx.title_at(k, e) {
            if k + n < e && ctx.is_cap(k) && !has_org_word(ctx, k + n, e) {
                push_piece(ctx, s, k, title, out);
                let mut rest = Vec::new();
                split_and_trim(ctx, k + n, e, 0, &mut rest);
                if let Some(first) = rest.first_mut() {
                    first.title = first.title.or(Some(g));
                }
                out.extend(rest);
                return;
            }
        }
        k += 1;
    }
    push_piece(ctx, s, e, title, out);
}

/// Splits a run that holds several people's names written without punctuation, as in signatures
/// and lists: "Debra Perlingiere Jackie Taylor" → two names; "Vince Dear All" → "Vince".
/// A new name starts at a first name after at least two words; a very common word ends a name.
fn split_people(ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    let lex = ctx.lex;
    if !ctx.has(s, W_FIRST_NAME) {
        return None;
    }
    // "Vince Traci, Thanks.", "Debra Perlingiere Tammi, Attached is …": a signature run into the
    // next message's greeting, a first name before a comma and a new sentence.
    let greeting = || {
        let next = ctx.low(e + 1);
        matches!(ctx.text(e), "," | ":")
            && ctx.is_cap(e + 1)
            && (ctx.flags(e + 1) & W_PRONOUN != 0
                || lex.sentence_openers.contains(next)
                || lex.vocatives.contains(next)
                || ctx.has(e + 1, W_STOP))
    };
    (s + 1..e).find(|&k| {
        let low = ctx.low(k);
        let first = ctx.has(k, W_FIRST_NAME);
        let sentence_start = ctx.initial.get(s).copied().unwrap_or(false);
        if first && k + 1 == e && (k >= s + 2 || sentence_start) && greeting() {
            return true;
        }
        // A listed organisation after the person: "Hilary Ackermann Goldman Sachs".
        let org_after = k >= s + 2
            && ctx.text(k - 1) != "@"
            && (1..=2).any(|n| {
                k + n <= e
                    && lex
                        .names
                        .get(&*ctx.key(k, k + n))
                        .is_some_and(|b| b & ORG != 0)
            });
        if org_after {
            return true;
        }
        (first && k >= s + 2 && k + 1 < e && !ctx.has(k - 1, W_PARTICLE))
            || (first && low == ctx.low(s))
            || (!first
                && ctx.has(k, W_VERY_COMMON)
                // A two-word name ends with its surname, however common: "Adam Smith"
                // (not "Vince Dear All", where a trimmed capital follows).
                && (k > s + 1 || k + 1 < e || ctx.is_cap(e))
                && !is_head(ctx, k)
                && !lex.names.contains_key(low)
                && !ctx.has(k, W_PARTICLE | W_STOP)
                && !ctx.has(k - 1, W_STOP))
    })
}

fn push_piece(ctx: &Ctx, s: usize, e: usize, title: Option<char>, out: &mut Vec<Cand>) {
    match split_people(ctx, s, e) {
        Some(k) => {
            push_one(ctx, s, k, title, out);
            let mut rest = Vec::new();
            split_and_trim(ctx, k, e, 0, &mut rest);
            out.extend(rest);
        }
        None => push_one(ctx, s, e, title, out),
    }
}

fn push_one(ctx: &Ctx, s: usize, mut e: usize, title: Option<char>, out: &mut Vec<Cand>) {
    // Trailing demonyms stay out: "Joe Biden American" does not happen, "the Kremlin Russian" neither,
    // but a headline's "US President" leaves "US". After a particle the demonym is the name's
    // own word: "boulevard des Italiens", "Promenade des Anglais".
    while e > s
        && ctx.lex.is_demonym(ctx.low(e - 1))
        && ctx.is_cap(e - 1)
        && !(e >= s + 2 && ctx.has(e - 2, W_PARTICLE))
    {
        e -= 1;
    }
    if s < e {
        let gaz = ctx
            .lex
            .names
            .get(&*ctx.key(s, e))
            .copied()
            .filter(|b| b & EXACT == 0 || ctx.is_upper(s))
            .filter(|_| ctx.is_cap(s) || e - s > 1)
            .unwrap_or(0);
        out.push(Cand { s, e, title, gaz });
    }
}

/// Token `s` follows a number ("10:20 AM").
fn after_number(ctx: &Ctx, s: usize) -> bool {
    s.checked_sub(1)
        .and_then(|p| ctx.doc.tokens.get(p))
        .is_some_and(|t| t.kind == crate::analysis::segment::TokKind::Number)
}

fn has_org_word(ctx: &Ctx, s: usize, e: usize) -> bool {
    (s..e).any(|i| ctx.has(i, W_ORG_WORD))
}

/// The end of a title that starts before token `s` and ends inside `[s, e]`.
fn title_into(ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    (1..=ctx.lex.max_title.min(s)).find_map(|k| {
        let a = s - k;
        ctx.title_at(a, e)
            .map(|(n, _)| a + n)
            .filter(|&end| end > s)
    })
}

/// A title right before token `s` ("le président Joe Biden", "Mme Dupont").
fn title_before(ctx: &Ctx, s: usize) -> Option<char> {
    let max = ctx.lex.max_title + 1;
    (1..=max.min(s)).find_map(|n| {
        let a = s - n;
        ctx.title_at(a, s)
            .filter(|&(len, _)| a + len == s)
            .filter(|_| ctx.is_cap(a) || ctx.lex.low_titles.contains(ctx.low(a)))
            .map(|(_, g)| g)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;

    fn cands(t: &str, lang: Lang) -> Vec<String> {
        let doc = Document::new(t);
        let ctx = Ctx::new(&doc, lang);
        let taken = vec![false; doc.tokens.len()];
        find(&ctx, &taken)
            .iter()
            .map(|c| ctx.span(c.s, c.e).text(t).to_string())
            .collect()
    }

    #[test]
    fn trims_articles_titles_and_sentence_starts() {
        assert_eq!(
            cands(
                "Le président Joe Biden a parlé à la Maison-Blanche.",
                Lang::Fr
            ),
            ["Joe Biden", "Maison-Blanche"]
        );
        assert_eq!(
            cands("Russian President Vladimir Putin spoke.", Lang::En),
            ["Vladimir Putin"]
        );
    }

    #[test]
    fn joins_particles_and_org_heads() {
        assert_eq!(
            cands(
                "Il a vu Charles de Gaulle et le Conseil de sécurité russe.",
                Lang::Fr
            ),
            ["Charles de Gaulle", "Conseil de sécurité russe"]
        );
        assert_eq!(
            cands(
                "She studied at the University of Portsmouth with Bashar al-Assad.",
                Lang::En
            ),
            ["University of Portsmouth", "Bashar al-Assad"]
        );
    }

    #[test]
    fn conjunctions_join_names_that_a_head_ends() {
        assert_eq!(
            cands(
                "It met the Food and Agriculture Organization, Bill Barrett and Bob Nix, and a \
                 hub for American Airlines and Southwest Airlines.",
                Lang::En
            ),
            [
                "Food and Agriculture Organization",
                "Bill Barrett",
                "Bob Nix",
                "American Airlines",
                "Southwest Airlines"
            ]
        );
    }

    #[test]
    fn a_pronoun_ends_a_name() {
        assert_eq!(
            cands(
                "I knew that in Mallorca I had escaped, and in Costa Rica I'm happy.",
                Lang::En
            ),
            ["Mallorca", "I", "Costa Rica", "I'm"]
        );
    }

    #[test]
    fn signatures_run_into_the_next_line() {
        assert_eq!(
            cands(
                "Thanks, Sean Here you go. Dan I for one agree. Under Elizabeth I, at 10:20 AM \
                 Richard wrote.",
                Lang::En
            ),
            ["Sean", "Here", "Dan", "I", "Elizabeth I", "Richard"]
        );
    }

    #[test]
    fn a_signature_runs_into_the_next_greeting() {
        assert_eq!(
            cands(
                "Call me. Vince Traci, Thanks for the note. Best regards, Debra Perlingiere \
                 Tammi, Attached is the draft. Paul Allen, Microsoft co-founder, spoke.",
                Lang::En
            ),
            [
                "Vince",
                "Traci",
                "Debra Perlingiere",
                "Tammi",
                "Attached",
                "Paul Allen",
                "Microsoft"
            ]
        );
    }

    #[test]
    fn a_header_address_names_its_person() {
        assert_eq!(
            cands(
                "Becky Stephens@ENRON 06/12/2000 10:20 AM wrote to Rudwell Johnson/ENRON@enronXgate \
                 and to Bob@home.",
                Lang::En
            ),
            ["Becky Stephens@ENRON", "Rudwell Johnson", "ENRON", "Bob"]
        );
    }

    #[test]
    fn texts_without_capitals_name_listed_places_in_lower_case() {
        assert_eq!(
            cands(
                "i am from mexico. i want to go to chicago. see www.google.com now.",
                Lang::En
            ),
            ["mexico", "chicago"]
        );
        // Written with capitals, a lower-case word is no name.
        assert!(cands("The mobile app works. Enron said mexico.", Lang::En) == ["Enron"]);
    }

    #[test]
    fn a_capitalised_article_inside_a_sentence_is_the_names() {
        assert_eq!(
            cands(
                "Il vit à La Courneuve et lit Le Monde. La ville de Paris répond.",
                Lang::Fr
            ),
            ["La Courneuve", "Le Monde", "Paris"]
        );
        // English lists no such article: "The" stays out.
        assert_eq!(cands("He met The Hoggetts daily.", Lang::En), ["Hoggetts"]);
    }

    #[test]
    fn lower_case_gazetteer_names() {
        assert_eq!(
            cands("Les essais sur la péninsule coréenne inquiètent.", Lang::Fr),
            ["péninsule coréenne"]
        );
    }

    #[test]
    fn title_case_headlines_end_names_at_common_words() {
        assert_eq!(
            cands(
                "Voters Abandon Republican Party for Jill Stein After Heavy Rain.",
                Lang::En
            ),
            ["Republican Party", "Jill Stein"]
        );
        // The same words in a sentence: capitals there are evidence ("Heavy Rain").
        assert_eq!(
            cands(
                "Voters met at Republican Party offices after the Heavy Rain.",
                Lang::En
            ),
            ["Republican Party", "Heavy Rain"]
        );
        // A signature or a list of names has no function words: no headline.
        let t = "Sara Shackleton Enron Wholesale Services Smith Street Houston";
        let doc = Document::new(t);
        assert!(!Ctx::new(&doc, Lang::En).title_case.contains(&true));
    }
}
