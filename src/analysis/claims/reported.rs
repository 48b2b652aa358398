//! Reported claims: indirect and mixed speech with its source.
//!
//! Built on the speakers' cue mechanism, so quotes and claims agree on who speaks. For each
//! attribution the content is, by pattern:
//! - `X a déclaré que …`, `X said (that) …`, `X told reporters …`: the clause after the cue (and
//!   after "que"/"that" or a colon), up to the sentence end or a clause break ("…, tout comme");
//! - `…, indique X`, `…, X said.`, `…, selon X.`: the sentence part before the cue;
//! - `selon X, …`, `according to X, …`: the sentence part after the source;
//! - `X s'est dit prêt à …` (stance cues): the whole clause, subject included.
//!
//! A content that is just a direct quote is listed as a claim only where the language's
//! convention says so (`claim_conventions.tsv`); then consecutive quotes of one speaker in a
//! paragraph make one claim. Claims inside or across an earlier one are dropped: the outermost
//! stay.

use super::lex::ClaimLex;
use super::marks::Marks;
use crate::analysis::segment::{Document, TokKind};
use crate::analysis::speakers::cues::{self, Attribution, Ctx};
use crate::analysis::speakers::lex::CueKind;
use crate::analysis::speakers::Attributions;
use crate::analysis::types::{Claim, ClaimKind, Cue, Lang, Quote, Span, Speaker};

/// How far after a cue "que"/"that" or a colon may come ("told reporters on Tuesday that").
const COMPLEMENTIZER_REACH: usize = 6;
/// Closing quote marks: an attribution right after one speaks for the quote before it.
const CLOSING_MARKS: &[&str] = &["”", "»", "\"", "’", "›", "'"];
/// How far back the opening '' of an archive-style quote is looked for.
const DOUBLED_REACH: usize = 400;
/// Quote attributions that make a direct quote a claim of its own; a quote attributed only by
/// sentence (a partial quote) is part of the indirect claim around it.
const DIRECT_RULES: &[&str] = &[
    "SPK/POST",
    "SPK/INVERSION",
    "SPK/PRE",
    "SPK/PRE_COLON",
    "SPK/PRONOUN",
    "SPK/SELON",
    "SPK/FOLLOWUP",
    "SPK/PARAGRAPH",
];
/// A comma this close to the content's start follows its subject ("said the decision, which
/// …, illustrates"): no clause break there.
const MIN_CLAUSE_BEFORE_BREAK: usize = 4;
/// How many attributions after a coordinated second cue are kept for ending its content.
const MAX_SECOND_NEXT: usize = 8;
/// The fewest words of a direct quote listed as a claim.
const MIN_DIRECT_WORDS: usize = 3;
/// The shortest content before its cue ("…, X said"), in tokens.
const MIN_AFTER_TOKENS: usize = 5;
/// The longest reported content, in tokens.
const MAX_CONTENT_TOKENS: usize = 150;
/// The fewest words after a parenthetical attribution for the sentence to be its content.
const MIN_CONTENT_TOKENS: usize = 3;
/// The shortest content after its cue, in tokens: one is enough ("endorsed Sanders", "called
/// for calm"); "said so" is left to the quote and cue filters.
const MIN_OBJECT_TOKENS: usize = 1;

/// Reported claims from the attributions the speakers stage found (`found`), plus direct quotes
/// where the language's convention counts them as claims, plus claims found by other patterns
/// (`extra`, e.g. speaker labels); all are kept nested or disjoint.
pub(crate) fn find(
    found: &Attributions,
    lang: Lang,
    quotes: &[Quote],
    extra: Vec<Claim>,
    marks: &Marks,
) -> Vec<Claim> {
    let (ctx, doc) = (&found.ctx, found.ctx.doc);
    let mut claims: Vec<Claim> = extra;
    let clex = super::lex::get(lang);
    // A finding whose content holds an attribution of its own ("In the poll, 4 in 10 said
    // …"): that attribution's claim is the finer one, and outer claims are the ones kept.
    let mut cues: Vec<usize> = found.atts.iter().map(|(a, _)| a.cue_span.start).collect();
    crate::analysis::sorting::sort(&mut cues);
    let holds_cue = |s: Span| {
        let i = cues.partition_point(|&c| c < s.start);
        cues.get(i).is_some_and(|&c| c < s.end)
    };
    claims.extend(
        super::evidence::find(ctx, clex)
            .into_iter()
            .filter(|c| !holds_cue(c.span)),
    );
    claims.extend(super::hedge::find(ctx, clex, marks));
    claims.extend(super::headline::find(ctx, clex));
    claims.extend(super::stance::find(ctx, clex, marks));
    claims.extend(super::followup::find(found));
    let questions = super::question::find(ctx, clex, marks);
    let mut used = vec![false; questions.len()];
    for (i, (a, s)) in found.atts.iter().enumerate() {
        // A question cue inside this attribution's cue: the embedded question is the content.
        let qi = questions.partition_point(|q| q.cue < a.cue.0);
        if let Some(q) = questions.get(qi).filter(|q| q.cue < a.cue.1) {
            used[qi] = true;
            claims.push(claim(token_span(doc, q.content), s, a, RULE_QUESTION));
            continue;
        }
        let mut next = found.atts.get(i + 1..).unwrap_or(&[]);
        // "X said A and argued B" with no attribution for the second verb: it shares X, and
        // joins the attributions after `a` (those of its sentence, in text order).
        let second = super::coordinated::second_cue(ctx, a, next);
        let with_second: Vec<(Attribution, Speaker)>;
        if let Some(b) = &second {
            let mut v: Vec<(Attribution, Speaker)> = next
                .iter()
                .take_while(|(n, _)| n.cue.0 < b.cue.0)
                .cloned()
                .collect();
            v.push((b.clone(), s.clone()));
            let after = next.partition_point(|(n, _)| n.cue.0 < b.cue.0);
            v.extend(next[after..].iter().take(MAX_SECOND_NEXT).cloned());
            with_second = v;
            next = &with_second;
        }
        if let Some((span, rule)) = content(ctx, clex, a, next, quotes) {
            claims.push(claim(span, s, a, rule));
        }
        if let Some(b) = &second {
            let k = next.partition_point(|(n, _)| n.cue.0 <= b.cue.0);
            let rest = next.get(k..).unwrap_or(&[]);
            if let Some((span, rule)) = content(ctx, clex, b, rest, quotes) {
                claims.push(claim(span, s, b, rule));
            }
        }
    }
    // "Smith, who runs the bakery, said …" with no attribution found: the opening phrase speaks.
    for b in super::coordinated::after_relative(ctx, &found.atts) {
        let k = found.atts.partition_point(|(n, _)| n.cue.0 <= b.cue.0);
        let rest = found.atts.get(k..).unwrap_or(&[]);
        if let Some((span, rule)) = content(ctx, clex, &b, rest, quotes) {
            let s = Speaker {
                mention: b.speaker.span,
                name: b.speaker.span.text(doc.text).to_string(),
                cluster: None,
            };
            claims.push(claim(span, &s, &b, rule));
        }
    }
    // Questions with no attribution ("Asked if …, she said"): the asker is not named.
    for (q, _) in questions.iter().zip(&used).filter(|(_, &u)| !u) {
        let cue = doc.tokens[q.cue].span;
        claims.push(Claim {
            span: token_span(doc, q.content),
            kind: ClaimKind::Reported,
            source: None,
            cue: Some(Cue {
                span: cue,
                lemma: ctx.word(q.cue).to_string(),
            }),
            reason: None,
            rule: RULE_QUESTION.to_string(),
        });
    }
    // A quote of a word or two ("“Low energy” Jeb") is a label or a fragment of a sentence,
    // not a statement of its own.
    // (Borrowed, and only the first words counted: nothing is copied for a language without
    // direct-quote claims.)
    let statements: Vec<&Quote> = quotes
        .iter()
        .filter(|q| {
            let words = q.span.text(doc.text).split_whitespace();
            words.take(MIN_DIRECT_WORDS).count() >= MIN_DIRECT_WORDS
        })
        .collect();
    if clex.direct_quotes {
        direct_quote_claims(doc, &statements, &mut claims);
    }
    crate::analysis::sorting::sort_by_span(&mut claims, |c| c.span);
    keep_outermost(&mut claims);
    if clex.direct_quotes {
        let extra = uncovered_quotes(&statements, &claims);
        if !extra.is_empty() {
            claims.extend(extra);
            crate::analysis::sorting::sort_by_span(&mut claims, |c| c.span);
        }
    }
    claims
}

/// Speech quotes with a speaker that no claim touches (attributed by sentence or paragraph,
/// say): each is what its speaker asserts, so it is a direct claim. `claims` are sorted by
/// start, so [`super::Reach`] answers "does any claim overlap?".
fn uncovered_quotes(quotes: &[&Quote], claims: &[Claim]) -> Vec<Claim> {
    let reach = super::Reach::new(claims);
    let mut out: Vec<Claim> = Vec::new();
    for q in quotes.iter().filter(|q| q.speech) {
        let Some(s) = &q.speaker else { continue };
        let touched = reach.reaches(q.outer.end, q.outer.start);
        let nested = out.last().is_some_and(|c| c.span.end > q.outer.start);
        if touched || nested || q.outer.is_empty() {
            continue;
        }
        out.push(Claim {
            span: q.outer,
            kind: ClaimKind::Reported,
            source: Some(s.clone()),
            cue: q.cue.clone(),
            reason: None,
            rule: "CLAIM/REPORTED/DIRECT".to_string(),
        });
    }
    out
}

const RULE_QUESTION: &str = "CLAIM/REPORTED/QUESTION";

/// The byte span of tokens `a..b` (non-empty).
fn token_span(doc: &Document, (a, b): (usize, usize)) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)
}

fn claim(span: Span, s: &Speaker, a: &Attribution, rule: &str) -> Claim {
    Claim {
        span,
        kind: ClaimKind::Reported,
        source: Some(s.clone()),
        cue: Some(a.cue()),
        reason: None,
        rule: rule.to_string(),
    }
}

/// The reported content of one attribution, as a byte span, with the rule that delimited it.
/// `next` are the attributions after `a`, in text order.
fn content(
    ctx: &Ctx,
    clex: &ClaimLex,
    a: &Attribution,
    next: &[(Attribution, Speaker)],
    quotes: &[Quote],
) -> Option<(Span, &'static str)> {
    let doc = ctx.doc;
    let si = doc.sentence_at(doc.tokens.get(a.cue.0)?.span.start)?;
    let (lo, hi) = doc.sentences[si].tokens;
    let (s, e) = a.extent();
    // "WASHINGTON (AP) — “…,” X said": the dateline is no part of what was said.
    let lo = cues::after_dateline(ctx, lo, s);
    let (mut from, mut to, rule);
    let mut doubled = false;
    let mut quote_after_object = false;
    // Right after a closing quote mark, or after a comma when nothing follows the attribution:
    // the content is what came before ("…, indique X", "…,” X said", "…, selon X.").
    // The mark must close speech (or an archive-style '' quote): after a title in quotes
    // ("on Fox's “Hannity,” Gingrich said if …") the content follows the cue.
    let closes = |k: usize| ctx.is_punct(k, CLOSING_MARKS) && (ctx.quoted[k] || is_doubled(ctx, k));
    // French puts the comma after the mark: « … », a déclaré X.
    let prev_close =
        s > lo && (closes(s - 1) || s > lo + 1 && ctx.is_punct(s - 1, &[","]) && closes(s - 2));
    // "Binet, de la CGT, pour qui …": the relative's introducer opens its content after it.
    let relative_intro = a.introducer && a.speaker.antecedent.is_some();
    let prev_comma = s > lo && ctx.is_punct(s - 1, &[",", "—", "–"]) && !relative_intro;
    // (An inverted stance cue after a quote, "« … », s'est félicitée X", reports the quote,
    // like any cue there.)
    let object = cues::object_quote(ctx, a);
    // « D'après l'intersyndicale, plus de 80 % des personnels se sont déclarés grévistes »: a
    // stance inside what a sentence-opening introducer reports is the source's claim, not
    // the stance holder's (the introducer's own claim covers it).
    if a.kind == CueKind::Stance && !a.introducer && opens_with_introducer(ctx, lo, s) {
        return None;
    }
    if a.kind == CueKind::Stance && !(a.inverted && prev_close) {
        (from, to, rule) = (a.speaker.toks.0.min(a.cue.0), hi, "CLAIM/REPORTED/STANCE");
    } else if prev_comma
        && !prev_close
        && !participle(ctx, a)
        && parenthetical(ctx, s, e, lo, hi)
        && !(a.inverted
            && (apposition_follows(ctx, e, hi) || narrator_clause(ctx, clex, e + 1, hi)))
    {
        // "The goal, he said, is to …", "Prices, according to X, rose": the attribution sits
        // inside its content, which is the whole sentence.
        (from, to, rule) = (lo, hi, "CLAIM/REPORTED/PARENTHETICAL");
    } else if (prev_close || prev_comma) && object.is_some() {
        // "« … », l'opposition dénonce un « matraquage »": the cue's own quote (with its
        // determiner) is its content, not the clause before it.
        (from, to, rule) = (ctx.skip_adverbs(e, hi), hi, "CLAIM/REPORTED/OBJECT");
    } else if prev_close
        || prev_comma
            // ("Asked whether …, she said: “…”": a colon after the cue opens its content.)
            && !ctx.is_punct(e, &[":"])
            && (a.inverted
                || !participle(ctx, a)
                    && (clause_ends(ctx, e, hi)
                        || only_object(ctx, clex, a, e, hi, !fronted_adjunct(ctx, lo))))
    {
        let from_mark = doubled_apostrophe_opener(ctx, s - 1);
        doubled = from_mark.is_some();
        (from, to, rule) = (from_mark.unwrap_or(lo), s - 1, "CLAIM/REPORTED/AFTER");
    } else if a.introducer && s > lo && source_closes(ctx, a, hi) {
        // "… 46 percent to 39 percent according to a CBS poll.": no comma before the
        // introducer, its source ends the sentence: the content is what came before.
        (from, to, rule) = (lo, s, "CLAIM/REPORTED/AFTER");
    } else if a.introducer {
        // "selon X, …", "according to X, …"
        let mut k = a.speaker.toks.1.max(a.cue.1);
        // "Selon un sondage publié lundi, 62 % …": time words after the source belong to it,
        // up to its comma.
        let after_time = ctx.skip_adverbs(k, hi);
        if after_time > k && ctx.is_punct(after_time, &[","]) {
            k = after_time;
        }
        // "According to results of exit polls by the AP and the networks, …": a sentence that
        // opens with its introducer names the source up to its comma, however long the phrase.
        if s == lo {
            k = source_comma(ctx, k, hi).map_or(k, |c| c + 1);
        }
        while ctx.is_punct(k, &[","]) {
            k += 1;
        }
        (from, to, rule) = (k, hi, "CLAIM/REPORTED/SELON");
    } else if a.inverted {
        return None;
    } else {
        let (k, marked) = after_complementizer(ctx, a.cue.1, hi);
        // "to" before a verb, not before a phrase ("added to his portfolio").
        let infinitive = ctx.lex.infinitive_markers.contains(ctx.word(k))
            && ctx.kind(k + 1) == Some(TokKind::Word)
            && !ctx.is_capitalised(k + 1)
            && !ctx.lex.determiners.contains(ctx.word(k + 1));
        // A belief cue reports a clause, not a plain object ("believes the polls"), unless it
        // is listed as an object cue ("called for a recount"). A speech cue listed as
        // clause-only needs "that", an infinitive or a pronoun subject ("maintained a lead" is
        // no claim, "maintained he was innocent" is).
        let plain = !marked && !infinitive;
        let no_clause = if clex.clause_only_cues.contains(a.lemma) {
            !ctx.lex.pronouns.contains_key(ctx.word(k))
        } else {
            a.kind == CueKind::Think && !clex.object_cues.contains(a.lemma) && !opens_clause(ctx, k)
        };
        if plain && no_clause {
            return None;
        }
        // "told the Post, “…”": what is said is the quote after the object.
        let quote = (!marked).then(|| object_then_quote(ctx, k, hi)).flatten();
        // "Trump said on Twitter.", "Smith told reporters on Monday.": only adjuncts (and a
        // listener) follow the cue; what was said is elsewhere, in a quote or the next sentence.
        let listener = clex.listener_cues.contains(a.lemma);
        // An object cue's object may follow a preposition (« appelle à une grève »).
        let object_cue = clex.object_cues.contains(a.lemma);
        // (A plain clause or object right after the cue, no quote: what it says is there.)
        let bare = plain && quote.is_none() && !object_cue;
        if bare && only_phrases(ctx, clex, a.cue.1, hi, listener) {
            return None;
        }
        // "said in a statement it would appeal": adjunct phrases between the cue and a clause
        // opening with a pronoun subject are the narrator's, not part of what was said. (A
        // name or a determiner there is as often the adjunct running on: "in an interview on
        // Fox News' On the Record".)
        let k = if bare {
            phrases_end(ctx, k, hi, false)
                .filter(|&j| {
                    j < hi
                        && ctx.kind(j) == Some(TokKind::Word)
                        && ctx.lex.pronouns.contains_key(ctx.word(j))
                })
                .unwrap_or(k)
        } else {
            k
        };
        quote_after_object = quote.is_some();
        (from, to, rule) = (
            quote.unwrap_or(k),
            hi,
            if marked {
                "CLAIM/REPORTED/THAT"
            } else {
                "CLAIM/REPORTED/OBJECT"
            },
        );
    }
    // Bounded content: a claim is a clause, not a run-on paragraph (keeps this linear).
    if rule == "CLAIM/REPORTED/AFTER" {
        from = from.max(to.saturating_sub(MAX_CONTENT_TOKENS));
        if !doubled {
            from = after_last_joint(ctx, from, to);
        }
    } else {
        to = to.min(from + MAX_CONTENT_TOKENS);
    }
    // A content before its cue runs from the sentence start: a clause break inside it ("…, which
    // …, according to X") is part of what X says. After the cue, a break or a second attribution
    // joined by a conjunction ends it.
    if rule != "CLAIM/REPORTED/AFTER" {
        // A parenthetical attribution's own comma is no clause break: search after it.
        to = clause_break(ctx, from.max(e.min(to)), to);
        to = appositive_break(ctx, clex, from.max(e.min(to)), to);
        // "Ruiz, who called the response “unacceptable,” said …": a cue inside a relative
        // clause reports only up to the clause's end.
        let relative = a.speaker.antecedent.is_some();
        to = coordinated_end(ctx, next, from, to, relative);
    }
    to = sentence_end(ctx, from, to);
    while to > from && ctx.is_punct(to - 1, &[".", ",", ";", ":", "!", "?", "—", "–"]) {
        to -= 1;
    }
    while from < to && ctx.is_punct(from, &[",", ":", "—", "–"]) {
        from += 1;
    }
    // A content before its cue needs a clause's worth of words: a short one is a fragment of
    // something else ("…, in Iowa, officials said").
    let min = if rule == "CLAIM/REPORTED/AFTER" {
        MIN_AFTER_TOKENS
    } else {
        MIN_OBJECT_TOKENS
    };
    if to < from + min {
        return None;
    }
    let mut span = Span::new(doc.tokens[from].span.start, doc.tokens[to - 1].span.end);
    if doubled {
        // "''A,'' said X. ''B.''": the quote goes on after the attribution, and so does the claim.
        if let Some(end) = doubled_continuation(ctx, a.extent().1) {
            span.end = span.end.max(end);
        }
    }
    // A content that is one direct quote is the quote's business, not an indirect claim, when
    // that quote is listed as a direct claim of its own ("said in a statement: “…”" is not:
    // its quote is attributed by sentence, so this claim stands for it).
    // Quotes are sorted by start and (outside nesting) disjoint: look at the few before the end.
    let upto = quotes.partition_point(|q| q.outer.start < span.end);
    if !quote_after_object
        && quotes[..upto]
            .iter()
            .rev()
            .take(4)
            .filter(|q| q.speech && (is_direct_claim(q) || !clex.direct_quotes))
            .any(|q| q.outer.overlap(span) * 10 >= span.len() * 9)
    {
        return None;
    }
    Some((span, rule))
}

/// In a content before its cue (`from..to`), the clause after the last semicolon or colon
/// ("The tax did not drive firms away: London stayed the financial capital, a study found"):
/// the narrator's clause before it is not what the source says. A content holding a quote is
/// left whole (the marks may be the speaker's own, or a title's).
fn after_last_joint(ctx: &Ctx, from: usize, to: usize) -> usize {
    let marks = |k: usize| ctx.is_punct(k, CLOSING_MARKS) || ctx.is_punct(k, &["“", "«", "‘"]);
    if (from..to).any(|k| ctx.quoted[k] || marks(k)) {
        return from;
    }
    (from..to.saturating_sub(MIN_AFTER_TOKENS))
        .rev()
        .find(|&k| ctx.is_punct(k, &[";", ":"]))
        .map_or(from, |k| k + 1)
}

/// How far past the parsed source of a sentence-opening introducer its comma may come.
const SOURCE_COMMA_REACH: usize = 16;

/// The comma ending an opening introducer's source, from token `k` (where the parsed phrase
/// stopped) within bounds: plain narration only, no quote, no other punctuation but hyphens.
fn source_comma(ctx: &Ctx, k: usize, hi: usize) -> Option<usize> {
    // Brackets ("la direction départementale des territoires (DDT),") and the stops of an
    // abbreviation of single letters ("in U.S. Bankruptcy Court") stay inside the phrase.
    let inside = |j: usize| {
        ctx.is_punct(j, &[",", "-", "(", ")"])
            || ctx.is_punct(j, &["."]) && j > k && ctx.word(j - 1).chars().count() == 1
    };
    let comma = (k..hi.min(k + SOURCE_COMMA_REACH))
        .take_while(|&j| !ctx.quoted[j] && (ctx.kind(j) != Some(TokKind::Punct) || inside(j)))
        .find(|&j| ctx.is_punct(j, &[","]))?;
    // "According to the Academic Staff Association, which represents most lecturers, 61 …": a
    // relative clause after the source is part of it, up to its own comma.
    if ctx.lex.relatives.contains(ctx.word(comma + 1)) {
        return source_comma(ctx, comma + 2, hi).or(Some(comma));
    }
    Some(comma)
}

/// True when the sentence part `lo..end` opens with an introducer (« Selon … », "According to
/// …") whose phrase ends at a comma before `end`.
fn opens_with_introducer(ctx: &Ctx, lo: usize, end: usize) -> bool {
    let n = ctx.lex.introducer_at(&ctx.words, lo);
    n.is_some_and(|n| source_comma(ctx, lo + n, end).is_some())
}

/// True when an introducer's source (and any time words after it) closes its sentence
/// `..hi`: "… according to a CBS poll released Monday."
fn source_closes(ctx: &Ctx, a: &Attribution, hi: usize) -> bool {
    let e = a.speaker.toks.1.max(a.cue.1);
    let k = ctx.skip_adverbs(e, hi);
    a.speaker.toks.1 > a.cue.0 && closes_sentence(ctx, k, hi)
}

/// Archive copy types quotes as '' … '' (not paired as quotes, see `quotes`): when `close` ends
/// such a pair, the token after the opening '' in the same paragraph, found within bounds.
fn doubled_apostrophe_opener(ctx: &Ctx, close: usize) -> Option<usize> {
    let doc = ctx.doc;
    let is_pair = |k: usize| {
        k > 0
            && ctx.is_punct(k, &["'"])
            && ctx.is_punct(k - 1, &["'"])
            && doc.tokens[k - 1].span.end == doc.tokens[k].span.start
    };
    if !is_pair(close) {
        return None;
    }
    let para = doc
        .paragraphs
        .get(doc.paragraph_at(doc.tokens[close].span.start)?)?;
    let floor = close.saturating_sub(DOUBLED_REACH);
    let mut k = close.saturating_sub(2);
    while k > floor && doc.tokens[k].span.start >= para.start {
        if is_pair(k)
            && (k < 2
                || doc.tokens[k - 1].space_before
                || doc.tokens[k - 1].span.start == para.start)
        {
            return Some(k + 1);
        }
        k -= 1;
    }
    None
}

/// Ends a content before a second attribution joined to it by a conjunction ("said A, and
/// added B", "said A but Y said B") or a comma ("says A, another says B"): the first claim is
/// A alone.
fn coordinated_end(
    ctx: &Ctx,
    next: &[(Attribution, Speaker)],
    from: usize,
    to: usize,
    relative: bool,
) -> usize {
    for (b, _) in next.iter().take_while(|(b, _)| b.cue.0 < to) {
        if b.cue.0 <= from || b.introducer || b.inverted {
            continue;
        }
        // The main verb after a relative clause and its comma (a closing mark may follow the
        // comma): the clause, and the content, end there.
        if relative {
            let mut j = b.cue.0;
            while j > from + 1 && ctx.is_punct(j - 1, CLOSING_MARKS) {
                j -= 1;
            }
            if ctx.is_punct(j - 1, &[","]) && b.speaker.toks.1 <= from {
                return b.cue.0;
            }
        }
        // The second clause starts at its own subject when that sits right before its cue.
        let sp = b.speaker.toks;
        let mut k = if sp.1 > sp.0 && sp.0 > from && sp.1 <= b.cue.0 {
            sp.0
        } else {
            b.cue.0
        };
        if k <= from {
            continue;
        }
        // "…, another says …": a new subject and cue after a comma open a new clause, unless
        // the attribution is a parenthetical one ("…, analysts say, …").
        let spliced = k == sp.0
            && ctx.is_punct(k - 1, &[",", ";"])
            && ctx.kind(b.cue.1).is_some_and(|t| t != TokKind::Punct);
        // "criticized the plan, citing a report": a participle cue after a comma reports
        // something else, with the same subject.
        let follow_up = ctx.is_punct(b.cue.0 - 1, &[","]) && participle(ctx, b);
        if follow_up {
            k = b.cue.0;
        }
        if !spliced && !follow_up && !ctx.lex.coordinators.contains(ctx.word(k - 1)) {
            continue;
        }
        k -= 1;
        while k > from && ctx.is_punct(k - 1, &[",", ";"]) {
            k -= 1;
        }
        return k;
    }
    to
}

/// True for tokens `k - 1` and `k` forming an archive-style '' mark (two adjacent apostrophes).
fn is_doubled(ctx: &Ctx, k: usize) -> bool {
    let doc = ctx.doc;
    k > 0
        && ctx.is_punct(k, &["'"])
        && ctx.is_punct(k - 1, &["'"])
        && doc.tokens.get(k).map(|t| t.span.start) == doc.tokens.get(k - 1).map(|t| t.span.end)
}

/// After an attribution ending at token `e` ("''A,'' said X."), a '' quote that opens the next
/// sentence of the same paragraph continues the speaker's words: the byte end of its closing
/// mark, found within bounds.
fn doubled_continuation(ctx: &Ctx, e: usize) -> Option<usize> {
    let doc = ctx.doc;
    let para = doc.paragraph_at(doc.tokens.get(e.checked_sub(1)?)?.span.start)?;
    let para_end = doc.paragraphs.get(para)?.end;
    let limit = (e + DOUBLED_REACH).min(doc.tokens.len());
    let within = |k: usize| k < limit && doc.tokens[k].span.end <= para_end;
    // The rest of the attribution's sentence ("said X, smiling.") belongs to the passage; the
    // first stop must be followed by the opening mark, with a space before it.
    let mut k = e;
    let open = loop {
        if !within(k + 2) {
            return None;
        }
        let opens = is_doubled(ctx, k + 2) && doc.tokens[k + 1].space_before;
        if ctx.kind(k) == Some(TokKind::Punct) && opens {
            break k + 2;
        }
        if is_full_stop(ctx, k) || ctx.quoted[k] {
            return None;
        }
        k += 1;
    };
    let mut k = open + 2;
    while within(k) {
        if is_doubled(ctx, k) && !doc.tokens[k - 1].space_before {
            return Some(doc.tokens[k].span.end);
        }
        k += 1;
    }
    None
}

/// When a short object phrase after a cue is followed by a comma or colon and a quote
/// ("told the Washington Post, “…”"): what is said is the quote, not the object.
/// Returns the quote's first token.
fn object_then_quote(ctx: &Ctx, k: usize, hi: usize) -> Option<usize> {
    let e = crate::analysis::speakers::np::forward(ctx, k, hi)?.toks.1;
    (ctx.is_punct(e, &[",", ":"]) && ctx.quoted.get(e + 1).copied().unwrap_or(false))
        .then_some(e + 1)
}

/// True when token `k` can open a clause with its subject ("believes he can win", "thinks the
/// plan works", "the poll shows Smith ahead"): a pronoun, a name or a determiner. A belief cue
/// with such an object reports a belief even without "that".
fn opens_clause(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.kind(k) == Some(TokKind::Word)
        && !ctx.quoted.get(k).copied().unwrap_or(true)
        && (ctx.lex.pronouns.contains_key(w)
            || ctx.lex.determiners.contains(w)
            || ctx.is_capitalised(k))
}

/// True for an attribution `s..e` set off by commas (or dashes) inside its sentence `lo..hi`,
/// with words on both sides, the clause going on after it ("The goal, he said, is …"), not a
/// new clause ("…, he said, adding that …").
fn parenthetical(ctx: &Ctx, s: usize, e: usize, lo: usize, hi: usize) -> bool {
    let words = |a: usize, b: usize| {
        (a..b)
            .filter(|&k| ctx.kind(k) == Some(TokKind::Word))
            .count()
    };
    s > lo
        && ctx.is_punct(e, &[",", "—", "–"])
        && ctx.raw(e) == ctx.raw(s - 1)
        && words(lo, s - 1) >= 1
        && words(e + 1, hi) >= MIN_CONTENT_TOKENS
        && ctx
            .lex
            .clause_breaks
            .match_at(&ctx.words[..hi], e + 1)
            .is_none()
        && !ctx.quoted.get(e + 1).copied().unwrap_or(true)
}

/// True when a clause of the narrator's opens at token `k` (before the sentence end `hi`): a
/// clause-break phrase ("while", « alors que »), a subordinator ("because", « quand »), a
/// participle ("citing", « estimant »), or a conjunction of `claim_narrator_conjunctions.txt`
/// followed by a subject and a finite verb ("as talks stalled"). After the comma that ends an
/// attribution's adjuncts it adds the circumstances ("…, officials said Tuesday, while talks
/// stalled", "…, the bank warned on Monday, citing costs"): the attribution closes its
/// content's clause there.
fn narrator_clause(ctx: &Ctx, clex: &ClaimLex, k: usize, hi: usize) -> bool {
    let w = ctx.word(k);
    k < hi
        && (ctx
            .lex
            .clause_breaks
            .match_at(&ctx.words[..hi], k)
            .is_some()
            || ctx.lex.subordinators.contains(w)
            || ctx.lex.is_participle(w)
            || clex.narrator_conjunctions.contains(w) && subject_and_verb(ctx, k + 1, hi))
}

/// True when a subject and a verb with a tense ending start at token `k`: a word, then, within a
/// few words and no punctuation, one with a tense ending ("talks stalled", "the search for a
/// buyer continues"; « l'avait annoncé »). ("as well as a measure" has none.)
fn subject_and_verb(ctx: &Ctx, k: usize, hi: usize) -> bool {
    let tensed = |j: usize| {
        let w = ctx.word(j);
        ctx.lex.is_past_tense(w) || ctx.lex.is_present_tense(w)
    };
    // (The first word may look tensed: a plural noun, "talks".)
    if k >= hi || ctx.kind(k) != Some(TokKind::Word) {
        return false;
    }
    (k + 1..hi.min(k + 1 + NARRATOR_SUBJECT_WORDS))
        .take_while(|&j| ctx.kind(j) == Some(TokKind::Word))
        .any(tensed)
}

/// How many words after its first may come before the verb of a narrator's clause.
const NARRATOR_SUBJECT_WORDS: usize = 5;

/// True when the words after the comma at `e` are a phrase closing the sentence `..hi`:
/// "…, said Steve Elmendorf, deputy campaign manager for Kerry." is an apposition to the
/// inverted speaker, not the rest of a content around a parenthetical attribution.
fn apposition_follows(ctx: &Ctx, e: usize, hi: usize) -> bool {
    crate::analysis::speakers::np::forward(ctx, e + 1, hi)
        .is_some_and(|n| closes_sentence(ctx, n.toks.1, hi))
}

/// True for a participle cue ("…, referring to X", "…, citing the report"): its subject is the
/// sentence's, and what it reports is its object after it, never the clause before the comma.
/// An introducer ("according to") reads like a participle but names its source after it.
fn participle(ctx: &Ctx, a: &Attribution) -> bool {
    !a.introducer && (a.cue.0..a.cue.1).any(|k| ctx.lex.is_participle(ctx.word(k)))
}

/// True when only an object phrase and adjuncts end the sentence after the cue: "…, he told
/// reporters.", "…, EgyptAir said on Thursday.". Then the content is what came before.
/// Only a cue that takes a listener ("tell") has an object; after "says" a phrase is the
/// subject of the content ("…, the council says the roads need money").
/// With `narrator`, they may also end at a comma before a clause of the narrator's ("…, two
/// officials said Tuesday, as talks stalled").
fn only_object(
    ctx: &Ctx,
    clex: &ClaimLex,
    a: &Attribution,
    e: usize,
    hi: usize,
    narrator: bool,
) -> bool {
    phrases_end(ctx, e, hi, ctx.lex.no_inversion.contains(a.lemma)).is_some_and(|k| {
        closes_sentence(ctx, k, hi) || narrator && narrator_comma(ctx, clex, k, hi)
    })
}

/// True when adjunct phrases (and one object phrase, if `takes_object`) run from token `e` to
/// the sentence end `hi`, or to a comma before a clause of the narrator's ("Smith told
/// reporters on Monday, as the search went on.": nothing said follows the cue).
fn only_phrases(ctx: &Ctx, clex: &ClaimLex, e: usize, hi: usize, takes_object: bool) -> bool {
    phrases_end(ctx, e, hi, takes_object)
        .is_some_and(|k| closes_sentence(ctx, k, hi) || narrator_comma(ctx, clex, k, hi))
}

/// Where adjunct phrases (and one object phrase, if `takes_object`) that start at token `e`
/// end, if there is at least one.
fn phrases_end(ctx: &Ctx, e: usize, hi: usize, takes_object: bool) -> Option<usize> {
    use crate::analysis::speakers::np;
    // "on" is a time word too ("said on Tuesday"): a preposition is read as one first.
    let mut k = if ctx.lex.adjunct_preps.contains(ctx.word(e)) {
        e
    } else {
        ctx.skip_adverbs(e, hi)
    };
    let mut object = !takes_object;
    for _ in 0..ONLY_OBJECT_PHRASES {
        let prep = ctx.lex.adjunct_preps.contains(ctx.word(k));
        if !prep && object {
            break;
        }
        match np::forward(ctx, k + usize::from(prep), hi) {
            Some(n) => k = ctx.skip_adverbs(n.toks.1, hi),
            None => break,
        }
        // "in a note to clients", "in an interview with CNN": the adjunct's noun takes a
        // complement (`adjunct_complements.txt`).
        if prep && ctx.lex.adjunct_complements.contains(ctx.word(k)) {
            if let Some(n) = np::forward(ctx, k + 1, hi) {
                k = ctx.skip_adverbs(n.toks.1, hi);
            }
        }
        object |= !prep;
    }
    (k > e).then_some(k)
}

/// True for a comma at token `k` followed by a clause of the narrator's.
fn narrator_comma(ctx: &Ctx, clex: &ClaimLex, k: usize, hi: usize) -> bool {
    ctx.is_punct(k, &[","]) && narrator_clause(ctx, clex, k + 1, hi)
}

/// True when the sentence opens with an adjunct, not a clause: a preposition, a subordinator
/// or a participle ("During a speech on Monday, Trump attacked …", "Citing a report, …").
/// The part before its first comma is no content of a cue after it.
fn fronted_adjunct(ctx: &Ctx, lo: usize) -> bool {
    let w = ctx.word(lo);
    ctx.lex.adjunct_preps.contains(w)
        || ctx.lex.subordinators.contains(w)
        || ctx.lex.is_participle(w)
}

/// True when token `k` is the end of its sentence `..hi`, or its final stop.
fn closes_sentence(ctx: &Ctx, k: usize, hi: usize) -> bool {
    k >= hi || ctx.is_punct(k, &[".", "!", "?"]) && k + 1 >= hi
}

/// How many phrases (an object, adjuncts) `only_object` reads after a cue.
const ONLY_OBJECT_PHRASES: usize = 3;

/// True when nothing but punctuation or adjuncts follows token `e` in its clause.
fn clause_ends(ctx: &Ctx, e: usize, hi: usize) -> bool {
    e >= hi || ctx.kind(e) == Some(TokKind::Punct) && !ctx.is_punct(e, cues::OPENING_MARKS)
}

/// Skips to the start of the reported clause: after "que"/"that" or a colon within a few tokens
/// (returns true when one was found), else right after the cue.
fn after_complementizer(ctx: &Ctx, start: usize, hi: usize) -> (usize, bool) {
    let lex = ctx.lex;
    for k in start..hi.min(start + COMPLEMENTIZER_REACH) {
        if lex.complementizers.contains(ctx.word(k)) || ctx.is_punct(k, &[":"]) {
            return (k + 1, true);
        }
        if ctx.kind(k) == Some(TokKind::Punct) && !ctx.is_punct(k, &[","]) {
            break;
        }
    }
    // « a indiqué à l'AFP sous couvert d'anonymat que … », "said in a statement on its website
    // that …": adjunct phrases may run past that reach; "que"/"that" right after them still
    // opens the content.
    if let Some(k) = phrases_end(ctx, start, hi, false) {
        let k = if ctx.is_punct(k, &[","]) { k + 1 } else { k };
        if k >= start + COMPLEMENTIZER_REACH && k < hi && lex.complementizers.contains(ctx.word(k))
        {
            return (k + 1, true);
        }
    }
    (ctx.skip_adverbs(start, hi), false)
}

/// Ends the content at a full stop that the segmenter kept inside the sentence (before an
/// archive-style '' quote, say): a stop followed by a capital or a quote mark, not after a title.
fn sentence_end(ctx: &Ctx, from: usize, to: usize) -> usize {
    (from + 2..to)
        .find(|&k| is_full_stop(ctx, k))
        .map(|k| k + 1)
        .unwrap_or(to)
}

/// True for a stop at token `k` that ends a sentence: followed by a capital or a quote mark,
/// and not the stop of a title ("Mrs.") or an initial ("B.").
fn is_full_stop(ctx: &Ctx, k: usize) -> bool {
    k > 0
        && ctx.is_punct(k, &[".", "!", "?"])
        && ctx.doc.tokens.get(k + 1).is_some_and(|n| n.space_before)
        && (ctx.is_capitalised(k + 1) || ctx.is_punct(k + 1, &["'", "\"", "“", "«", "‘"]))
        && !ctx.lex.titles.contains_key(&*dotted_word(ctx, k - 1))
        && ctx.word(k - 1).chars().count() > 1
}

/// Token `i`'s form with a full stop after it ("mr."): borrowed from the document when token
/// `i + 1` is that full stop.
fn dotted_word<'a>(ctx: &Ctx<'a>, i: usize) -> std::borrow::Cow<'a, str> {
    if ctx.word(i + 1) == "." {
        ctx.doc.norm_run(i, i + 2).into()
    } else {
        format!("{}.", ctx.word(i)).into()
    }
}

/// Ends the content at a comma followed by a clause-break phrase ("…, tout comme …"), outside
/// quotes: a break inside quoted words is the speaker's, not the narrator's.
fn clause_break(ctx: &Ctx, from: usize, to: usize) -> usize {
    let words = &ctx.words[..to];
    (from + MIN_CLAUSE_BEFORE_BREAK..to)
        .find(|&k| {
            ctx.is_punct(k, &[","])
                && !ctx.quoted[k]
                && ctx.lex.clause_breaks.match_at(words, k + 1).is_some()
        })
        .unwrap_or(to)
}

/// Ends the content at a comma followed by an apposition's opening word ("…, a decision the
/// court upheld"), outside quotes: the narrator comments on what was said.
fn appositive_break(ctx: &Ctx, clex: &ClaimLex, from: usize, to: usize) -> usize {
    (from + MIN_CLAUSE_BEFORE_BREAK..to)
        .find(|&k| {
            ctx.is_punct(k, &[","])
                && !ctx.quoted[k]
                && clex.appositive_openers.contains(ctx.word(k + 1))
        })
        .unwrap_or(to)
}

/// True for a speech quote whose attribution makes it a direct claim of its own.
fn is_direct_claim(q: &Quote) -> bool {
    q.speech && q.speaker.is_some() && DIRECT_RULES.contains(&q.rule.as_str())
}

/// Direct quotes with a speaker, as claims: consecutive quotes of one speaker in a paragraph
/// (`"A," he said. "B."`) make one claim from the first to the last.
fn direct_quote_claims(doc: &Document, quotes: &[&Quote], claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i < quotes.len() {
        let q = &quotes[i];
        let Some(s) = q.speaker.as_ref().filter(|_| is_direct_claim(q)) else {
            i += 1;
            continue;
        };
        let mut last_para = doc.paragraph_at(q.outer.start);
        let mut j = i + 1;
        let mut end = q.outer.end;
        while let Some(n) = quotes.get(j) {
            // A quote inside the run's last quote ("“… say, ‘Feel the Bern,’ but …”") is part
            // of what the speaker says: it does not interrupt the run.
            if n.outer.start < end {
                j += 1;
                continue;
            }
            let np = doc.paragraph_at(n.outer.start);
            // A quote going on in the next paragraph, given to the same speaker as a follow-up.
            let next_para =
                n.rule == "SPK/FOLLOWUP" && np.zip(last_para).is_some_and(|(a, b)| a == b + 1);
            let same = n.speech
                && (np == last_para || next_para)
                && n.speaker.as_ref().is_some_and(|ns| ns.mention == s.mention);
            if !same {
                break;
            }
            end = n.outer.end;
            last_para = np;
            j += 1;
        }
        claims.push(Claim {
            span: Span::new(q.outer.start, end),
            kind: ClaimKind::Reported,
            source: Some(s.clone()),
            cue: q.cue.clone(),
            reason: None,
            rule: "CLAIM/REPORTED/DIRECT".to_string(),
        });
        i = j;
    }
}

/// Keeps the outermost claims, disjoint: one that starts inside an earlier kept claim is dropped,
/// whether it crosses it or nests in it. A reported claim inside another's content is part of
/// what the outer source reports ("Smith said voters want change"): listing it again mostly
/// adds an object cue's fragment ("expressed interest in …"), and news annotation counts one
/// attribution there. Direct quotes inside a claim are still shown, as quotes. `claims` are
/// sorted by start, longest first.
fn keep_outermost(claims: &mut Vec<Claim>) {
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    // The end of the last outermost claim kept.
    let mut outer_end = 0;
    for c in claims.drain(..) {
        if outer_end > c.span.start {
            // A participle's follow-up inside a quote run ("“A,” X said, noting that B. “C.”")
            // is a second thing said, with its own cue: kept, nested.
            if c.rule == super::followup::RULE && c.span.end <= outer_end {
                kept.push(c);
            }
            continue;
        }
        outer_end = c.span.end;
        kept.push(c);
    }
    *claims = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{quotes, speakers};

    fn claims(t: &str, lang: Lang) -> Vec<(String, String)> {
        let d = Document::new(t);
        let mut q = quotes::find(&d, lang);
        let found = speakers::attribute(&d, lang, &[], &[], &mut q);
        let marks = Marks::new(&found.ctx.words, super::super::lex::get(lang));
        find(&found, lang, &q, Vec::new(), &marks)
            .into_iter()
            .map(|c| {
                (
                    c.span.text(t).to_string(),
                    c.source.map(|s| s.name).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn que_clause_after_subject_and_cue() {
        assert_eq!(
            claims(
                "Le ministre a affirmé que la réforme sera votée en mai.",
                Lang::Fr
            ),
            [("la réforme sera votée en mai".into(), "ministre".into())]
        );
    }

    /// Asserts the reported claims of `t` as (content, source) pairs.
    fn assert_claims(t: &str, lang: Lang, want: &[(&str, &str)]) {
        let got = claims(t, lang);
        let got: Vec<(&str, &str)> = got.iter().map(|(c, s)| (c.as_str(), s.as_str())).collect();
        assert_eq!(got, want, "{t}");
    }

    #[test]
    fn adjuncts_then_a_narrator_clause_close_the_attribution() {
        // The clause after the comma is the narrator's circumstance, not what was said.
        assert_claims(
            "The ceasefire will hold through the weekend, two officials said Tuesday, while talks \
             stalled in Cairo.",
            Lang::En,
            &[("The ceasefire will hold through the weekend", "officials")],
        );
        // (The participle's own claim follows.)
        let got = claims(
            "Consumer prices will keep rising this year, the central bank warned on Monday, \
             citing higher energy costs.",
            Lang::En,
        );
        let first = got.first().map(|(c, s)| (c.as_str(), s.as_str()));
        assert_eq!(
            first,
            Some(("Consumer prices will keep rising this year", "central bank"))
        );
    }

    #[test]
    fn que_after_long_adjuncts_opens_the_content() {
        assert_claims(
            "Le ministre a indiqué à l'AFP sous couvert d'anonymat que la réforme serait reportée.",
            Lang::Fr,
            &[("la réforme serait reportée", "ministre")],
        );
        assert_claims(
            "The mayor said at a news conference in Denver last week that the budget was balanced.",
            Lang::En,
            &[("the budget was balanced", "mayor")],
        );
    }

    #[test]
    fn adjuncts_before_a_pronoun_subject_are_not_content() {
        assert_claims(
            "The company said in a statement on Friday it would appeal the ruling.",
            Lang::En,
            &[("it would appeal the ruling", "company")],
        );
    }

    #[test]
    fn as_with_a_clause_is_the_narrator_s_and_as_well_as_is_not() {
        assert_claims(
            "The ceasefire will hold through the weekend, two officials said Tuesday, as talks \
             stalled in Cairo.",
            Lang::En,
            &[("The ceasefire will hold through the weekend", "officials")],
        );
        let got = claims(
            "The bill will pass the Senate next week, the senator said Monday, as well as a \
             second measure on taxes.",
            Lang::En,
        );
        assert!(
            got.iter().all(|(c, _)| !c.starts_with("The bill")),
            "{got:?}"
        );
    }

    #[test]
    fn learning_reports_a_que_clause_not_an_object() {
        // « apprendre » is a clause-only cue: "learned that …" is a belief, "learned the piano"
        // is no claim.
        assert_claims(
            "Elle a appris que son fils avait été arrêté.",
            Lang::Fr,
            &[("son fils avait été arrêté", "Elle")],
        );
        assert_claims("Il a appris le piano à six ans.", Lang::Fr, &[]);
    }

    #[test]
    fn a_dateline_is_no_content() {
        assert_claims(
            "WASHINGTON (AP) — \"We are not going to back down,\" Chuck Schumer told reporters.",
            Lang::En,
            &[("\"We are not going to back down,\"", "Chuck Schumer")],
        );
    }

    #[test]
    fn an_adjunct_noun_keeps_its_complement() {
        // "in a note to clients": nothing said follows the cue, so the content is before it.
        assert_claims(
            "The bank would cut rates, analysts wrote in a note to clients.",
            Lang::En,
            &[("The bank would cut rates", "analysts")],
        );
    }

    #[test]
    fn a_fronted_adjunct_is_no_content() {
        // "During …," opens the sentence with an adjunct: the cue's object is what it reports.
        let got = claims(
            "During a speech on Monday, the senator attacked the governor for his budget, \
             saying it would close schools.",
            Lang::En,
        );
        assert!(got.iter().all(|(c, _)| !c.starts_with("During")), "{got:?}");
    }

    #[test]
    fn inverted_cue_after_content() {
        assert_eq!(
            claims(
                "Le sommet aura lieu en juin, a annoncé le Kremlin.",
                Lang::Fr
            ),
            [("Le sommet aura lieu en juin".into(), "Kremlin".into())]
        );
    }

    #[test]
    fn according_to_and_said_that() {
        assert_eq!(
            claims("According to the ministry, prices rose sharply.", Lang::En),
            [("prices rose sharply".into(), "ministry".into())]
        );
        assert_eq!(
            claims("Smith said that the plan would fail.", Lang::En),
            [("the plan would fail".into(), "Smith".into())]
        );
    }

    #[test]
    fn a_coordinated_second_attribution_ends_the_first_claim() {
        assert_eq!(
            claims(
                "Smith said the plan would fail, and added that the vote was rigged.",
                Lang::En
            ),
            [
                ("the plan would fail".into(), "Smith".into()),
                ("the vote was rigged".into(), "Smith".into())
            ]
        );
    }

    #[test]
    fn a_clause_break_before_the_cue_stays_in_the_claim() {
        assert_eq!(
            claims(
                "The tax, which rose sharply, cut emissions by a tenth, according to a study.",
                Lang::En
            ),
            [(
                "The tax, which rose sharply, cut emissions by a tenth".into(),
                "study".into()
            )]
        );
    }

    #[test]
    fn archive_quotes_continue_after_the_attribution() {
        let t = "''We are ready,'' Jones said, smiling. ''The rest will come. Soon.''\n\nNext.";
        assert_eq!(
            claims(t, Lang::En),
            [(
                "We are ready,'' Jones said, smiling. ''The rest will come. Soon.''".into(),
                "Jones".into()
            )]
        );
    }

    #[test]
    fn a_title_stop_does_not_end_the_attribution_before_an_archive_quote() {
        let t = "''It is over,'' said Tom Hale, an aide to Mrs. Clinton. ''We lost.''";
        assert_eq!(
            claims(t, Lang::En),
            [(
                "It is over,'' said Tom Hale, an aide to Mrs. Clinton. ''We lost.''".into(),
                "Tom Hale".into()
            )]
        );
    }

    #[test]
    fn an_attributed_quote_no_claim_touches_becomes_a_direct_claim() {
        let spk = Speaker {
            mention: Span::new(0, 3),
            name: "Roe".into(),
            cluster: None,
        };
        let quote = |a, b, speaker: Option<Speaker>| Quote {
            span: Span::new(a + 1, b - 1),
            outer: Span::new(a, b),
            speech: true,
            speaker,
            cue: None,
            rule: "SPK/SENTENCE".into(),
        };
        let covering = Claim {
            span: Span::new(5, 30),
            kind: ClaimKind::Reported,
            source: None,
            cue: None,
            reason: None,
            rule: String::new(),
        };
        let quotes = [
            quote(10, 20, Some(spk.clone())), // inside a claim: left to it
            quote(40, 50, Some(spk.clone())), // untouched: a claim of its own
            quote(60, 70, None),              // no speaker: no source to give
        ];
        let got = uncovered_quotes(&quotes.iter().collect::<Vec<_>>(), &[covering]);
        let spans: Vec<_> = got.iter().map(|c| (c.span.start, c.span.end)).collect();
        assert_eq!(spans, [(40, 50)]);
        assert_eq!(got[0].source.as_ref().map(|s| s.name.as_str()), Some("Roe"));
    }

    #[test]
    fn nested_and_crossing_claims_are_dropped() {
        let mk = |a, b| Claim {
            span: Span::new(a, b),
            kind: ClaimKind::Reported,
            source: None,
            cue: None,
            reason: None,
            rule: String::new(),
        };
        let mut v = vec![mk(0, 10), mk(2, 5), mk(4, 12), mk(10, 20)];
        keep_outermost(&mut v);
        let spans: Vec<_> = v.iter().map(|c| (c.span.start, c.span.end)).collect();
        assert_eq!(spans, [(0, 10), (10, 20)]);
    }
}
