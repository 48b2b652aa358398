//! Who said each quote, and whether a quote is speech at all.
//!
//! One cue mechanism ([`cues`]) finds every attribution in the text; each quote then takes, in
//! order of preference: the attribution right after it (`« … », a annoncé le Kremlin`,
//! `"…," Smith said`), the one right before it (`X a déclaré : « … »`, `explique-t-il, « … »`),
//! one in the same sentence (partial quotes), one in the same paragraph, or the speaker of the
//! quote just before it (follow-up paragraphs, continued quotes). Quotes after naming cues
//! ("intitulé", "dubbed"), titles of works, and short unattributed quotes are marked non-speech.

pub(crate) mod cues;
mod describe;
pub(crate) mod lex;
pub(crate) mod np;
mod quantity;
mod resolve;

use super::quotes::{RULE_CONTINUED, RULE_NESTED};
use super::segment::{Document, TokKind};
use super::types::{Cluster, Cue, Entity, Lang, Quote, Span, Speaker};
use cues::{Attribution, Ctx};
use lex::CueKind;

/// How far (in tokens) a same-paragraph attribution may be from a quote it did not touch.
const PARAGRAPH_REACH: usize = 40;
/// How far (in tokens) from a quote an attribution is looked for at all.
const QUOTE_REACH: usize = 80;
/// Quotes of at most this many words, with no attribution of their own, read as scare quotes.
const SCARE_MAX_WORDS: usize = 3;

/// Every attribution of a document with its resolved speaker, in text order, and the token
/// context they were found in. [`attribute`] returns it so the claims stage reuses it: the cue
/// mechanism runs once per analysis.
pub(crate) struct Attributions<'a> {
    pub ctx: Ctx<'a>,
    pub atts: Vec<(Attribution, Speaker)>,
}

/// What [`compute`] finds for each quote besides the attributions, by quote index. None of it
/// is an attribution: the claims stage does not see it.
struct QuoteSources {
    /// The subject of the sentence a quote opens inside of, when that sentence has no cue
    /// ("Rubio also bemoaned a climate in which people “literally hate each other”").
    subjects: Vec<Option<Speaker>>,
    /// The subject is someone for sure (a pronoun, a role word, or linked to an entity), so
    /// even a short quote of theirs is speech ("a préféré retenir « les progrès »").
    subject_linked: Vec<bool>,
    /// The agent of a passive right after the quote ("jugée « irresponsable » par le
    /// président"), with the agent's preposition as cue: the clause before it is no claim of
    /// the agent's.
    agents: Vec<Option<(Speaker, Cue)>>,
}

fn compute<'a>(
    doc: &'a Document<'a>,
    lang: Lang,
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &[Quote],
) -> (Attributions<'a>, QuoteSources) {
    let ctx = Ctx::new(doc, lang, quotes);
    let found = cues::find_all(&ctx);
    let embedded = cues::embedded_subjects(&ctx, quotes, &found);
    let mut agent_atts = cues::passive_agents(&ctx, quotes).into_iter().peekable();
    let mut agents = vec![None; quotes.len()];
    // Mentions are resolved in text order, so that pronouns find the latest antecedent.
    let mut res = resolve::Resolver::new(entities, clusters);
    let mut subjects = vec![None; quotes.len()];
    let mut subject_linked = vec![false; quotes.len()];
    let mut pending = embedded.into_iter().peekable();
    let mut out = Vec::with_capacity(found.len());
    let mut take = |res: &mut resolve::Resolver, qi: usize, np: &np::Np| {
        let s = res.speaker(&ctx, np, false);
        subject_linked[qi] =
            np.pronoun.is_some() || resolve::names_a_role(&ctx, np) || s.cluster.is_some();
        subjects[qi] = Some(s);
    };
    let mut agent = |res: &mut resolve::Resolver, qi: usize, a: &Attribution| {
        let s = res.speaker(&ctx, &a.speaker, false);
        if let Some(slot) = agents.get_mut(qi) {
            *slot = Some((s, a.cue()));
        }
    };
    for a in found {
        while let Some((qi, np)) = pending.next_if(|(_, np)| np.toks.0 < a.cue.0) {
            take(&mut res, qi, &np);
        }
        while let Some((qi, ag)) = agent_atts.next_if(|(_, ag)| ag.cue.0 < a.cue.0) {
            agent(&mut res, qi, &ag);
        }
        // "Inondations dans le Gard : « … »": a headline's topic is no speaker; a name is
        // ("Macron : « … »"), and common-word lists hold frequent names, so entities decide.
        if a.lemma == ":" && cues::headline_topic(&ctx, &a) {
            let start = a.speaker.span.start;
            let at = entities.partition_point(|e| e.span.end <= start);
            let named = entities.get(at).is_some_and(|e| e.span.start <= start);
            if !named {
                continue;
            }
        }
        let s = res.speaker(&ctx, &a.speaker, a.introducer);
        out.push((a, s));
    }
    for (qi, np) in pending {
        take(&mut res, qi, &np);
    }
    for (qi, ag) in agent_atts {
        agent(&mut res, qi, &ag);
    }
    let sources = QuoteSources {
        subjects,
        subject_linked,
        agents,
    };
    (Attributions { ctx, atts: out }, sources)
}

/// Fills `speaker`, `cue`, `rule` and `speech` of every quote, and returns the attributions for
/// the claims stage.
pub(crate) fn attribute<'a>(
    doc: &'a Document<'a>,
    lang: Lang,
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &mut [Quote],
) -> Attributions<'a> {
    let (Attributions { ctx, atts }, sources) = compute(doc, lang, entities, clusters, quotes);
    let pairing: Vec<String> = quotes.iter().map(|q| q.rule.clone()).collect();
    let mut last: Option<(usize, usize, Speaker, Option<Cue>)> = None;
    for (qi, q) in quotes.iter_mut().enumerate() {
        if pairing[qi] == RULE_NESTED {
            continue;
        }
        let para = doc.paragraph_at(q.outer.start).unwrap_or(0);
        if let Some((s, cue)) = transcript_label(&ctx, q) {
            // The label names the speaker outright; it outranks any cue around the quote.
            last = Some((para, q.outer.start, s.clone(), Some(cue.clone())));
            q.speaker = Some(s);
            q.cue = Some(cue);
            q.rule = "SPK/TRANSCRIPT".to_string();
            q.speech = true;
            continue;
        }
        // "“…”" alone in its paragraph, signed "- Sanders." in the next: the signature names
        // the speaker. (A quote inside a sentence is the sentence's: "… called him “my
        // African American.”" then "— Reuters", a credit line.)
        let close = doc.token_at_or_after(q.outer.end);
        let alone = doc.paragraphs.get(para).is_some_and(|p| {
            doc.token_at_or_after(p.start) == doc.token_at_or_after(q.outer.start)
        });
        // (Attributions are in text order: the one at `close`, if any, by binary search.)
        let signed = alone
            .then(|| atts.partition_point(|(a, _)| a.cue.0 < close))
            .filter(|&k| {
                atts.get(k)
                    .is_some_and(|(a, _)| a.cue.0 == close && a.lemma == cues::SIGNATURE)
            });
        if let Some(k) = signed {
            let (a, s) = &atts[k];
            last = Some((para, q.outer.start, s.clone(), Some(a.cue())));
            q.speaker = Some(s.clone());
            q.cue = Some(a.cue());
            q.rule = a.rule().to_string();
            q.speech = true;
            continue;
        }
        let (speaker, cue, rule) = match sources.agents.get(qi).cloned().flatten() {
            // The agent right after the marks names the speaker; no cue around outranks it.
            Some((s, cue)) => (Some(s), Some(cue), RULE_AGENT),
            None => match choose(&ctx, &atts, q, para) {
                // A cue from another sentence of the paragraph yields to the subject of the
                // sentence the quote opens inside of.
                Some((ai, rule))
                    if rule != "SPK/PARAGRAPH"
                        || sources.subjects.get(qi).is_none_or(Option::is_none) =>
                {
                    let (a, s) = &atts[ai];
                    (Some(s.clone()), Some(a.cue()), rule)
                }
                _ => unattributed(
                    &ctx,
                    &atts,
                    &sources,
                    qi,
                    para,
                    q.outer.start,
                    last.as_ref(),
                ),
            },
        };
        q.speaker = speaker;
        q.cue = cue;
        q.rule = rule.to_string();
        q.speech = is_speech(&ctx, q, &pairing[qi]);
        if !q.speech {
            q.speaker = None;
            q.cue = None;
        } else if let Some(s) = &q.speaker {
            last = Some((para, q.outer.start, s.clone(), q.cue.clone()));
        }
    }
    // A quote continued over paragraphs is one speaker's: fill earlier segments from later ones.
    for qi in (0..quotes.len().saturating_sub(1)).rev() {
        // A follow-up guess from an earlier paragraph yields to the quote's own attribution,
        // given after its last segment (« … \n « … », a prévenu le ministre).
        let weak = quotes[qi].speaker.is_none() || quotes[qi].rule == "SPK/FOLLOWUP";
        if pairing[qi] == RULE_CONTINUED && weak && quotes[qi].speech {
            if let Some(s) = quotes[qi + 1].speaker.clone() {
                quotes[qi].cue = quotes[qi + 1].cue.clone();
                quotes[qi].speaker = Some(s);
                quotes[qi].rule = "SPK/FOLLOWUP".to_string();
            }
        }
    }
    Attributions { ctx, atts }
}

/// The speaker of a quote no attribution around it names: the subject of the sentence it opens
/// inside of, else a follow-up of the speaker before (`last`: paragraph, position, speaker and
/// cue of the latest quote with one), else none.
fn unattributed(
    ctx: &Ctx,
    atts: &[(Attribution, Speaker)],
    sources: &QuoteSources,
    qi: usize,
    para: usize,
    start: usize,
    last: Option<&(usize, usize, Speaker, Option<Cue>)>,
) -> (Option<Speaker>, Option<Cue>, &'static str) {
    // A quote inside a sentence with its own subject is that subject's, not a follow-up of an
    // earlier speaker. A subject that is no one for sure (not a pronoun, a role word or an
    // entity) is as often a parsing slip ("Good information", "comments came") as a speaker:
    // the quote keeps no speaker, since a wrong one is worse.
    if let Some(subject) = sources.subjects.get(qi).cloned().flatten() {
        return if sources.subject_linked.get(qi).copied().unwrap_or(false) {
            (Some(subject), None, RULE_EMBEDDED)
        } else {
            (None, None, RULE_EMBEDDED_UNLINKED)
        };
    }
    // Follow-up: the speaker of the quote just before, or of the attribution that closes the
    // previous paragraph ("Howard continued his remarks." + quote), whichever comes later.
    let from_quote = last.filter(|(lp, _, _, _)| para <= lp + 1 && !paragraph_has_own(atts, para));
    // An attribution's speaker carries over only when it is someone: a name, a pronoun or a
    // role ("the senator"). A common noun the phrase reader took for a subject ("Citing … as a
    // wake-up call", "the biases shown in the report") is too often no speaker at all: on
    // PolNeAR train, 1 such follow-up was right and 12 wrong.
    let from_att = previous_paragraph_attribution(atts, para, start)
        .filter(|&k| {
            let (a, s) = &atts[k];
            let np = &a.speaker;
            s.cluster.is_some()
                || s.name.chars().next().is_some_and(char::is_uppercase)
                || np.pronoun.is_some()
                || resolve::names_a_role(ctx, np)
        })
        .map(|k| {
            let (a, s) = &atts[k];
            (a.cue_span.start, s.clone(), Some(a.cue()))
        });
    match (from_quote, from_att) {
        (Some(fq), Some(fa)) if fa.0 > fq.1 => (Some(fa.1), fa.2, "SPK/FOLLOWUP"),
        (Some((_, _, s, c)), _) => (Some(s.clone()), c.clone(), "SPK/FOLLOWUP"),
        (None, Some(fa)) => (Some(fa.1), fa.2, "SPK/FOLLOWUP"),
        (None, None) => (None, None, "SPK/NONE"),
    }
}

/// The rule of a quote given to the agent of the passive right after it.
const RULE_AGENT: &str = "SPK/AGENT";

/// The rule of a quote given to the subject of the sentence it opens inside of.
const RULE_EMBEDDED: &str = "SPK/EMBEDDED";
/// The same, when the subject is linked to no entity: the quote gets no speaker, and a short one
/// stays a scare quote.
const RULE_EMBEDDED_UNLINKED: &str = "SPK/EMBEDDED/UNLINKED";

/// The last speech attribution of the paragraph before `para`, when `para` has none of its own.
fn previous_paragraph_attribution(
    atts: &[(Attribution, Speaker)],
    para: usize,
    before: usize,
) -> Option<usize> {
    if para == 0 || paragraph_has_own(atts, para) {
        return None;
    }
    let end = atts.partition_point(|(a, _)| a.paragraph < para);
    let k = end.checked_sub(1)?;
    let (a, _) = &atts[k];
    (a.paragraph + 1 == para && a.cue_span.start < before && a.kind == CueKind::Say).then_some(k)
}

/// The longest transcript label, in words ("SEN. JOHN SMITH:").
const LABEL_MAX: usize = 4;

/// Transcripts quoted in news give each turn as `"WALLACE: …"` or `« M. DUPONT : … »`: a
/// quote opening with a short all-capitals label and a colon names its own speaker.
fn transcript_label(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let first = doc.token_at_or_after(q.span.start);
    let mut k = first;
    let mut letters = 0;
    while k < first + 2 * LABEL_MAX && doc.tokens.get(k)?.span.end <= q.span.end {
        let raw = ctx.raw(k);
        if ctx.is_punct(k, &[":"]) {
            break;
        }
        let upper = raw.chars().any(char::is_alphabetic) && !raw.chars().any(char::is_lowercase);
        if !(upper || ctx.is_punct(k, &["."])) {
            return None;
        }
        letters += raw.chars().filter(|c| c.is_alphabetic()).count();
        k += 1;
    }
    if k == first || letters < 2 || !ctx.is_punct(k, &[":"]) {
        return None;
    }
    let mention = Span::new(doc.tokens[first].span.start, doc.tokens[k - 1].span.end);
    let colon = doc.tokens[k].span;
    Some((
        Speaker {
            mention,
            name: mention.text(doc.text).to_string(),
            cluster: None,
        },
        Cue {
            span: colon,
            lemma: ":".to_string(),
        },
    ))
}

/// True when the paragraph has an attribution of its own (outside quotes).
fn paragraph_has_own(atts: &[(Attribution, Speaker)], para: usize) -> bool {
    let i = atts.partition_point(|(a, _)| a.paragraph < para);
    atts.get(i).is_some_and(|(a, _)| a.paragraph == para)
}

/// Picks the attribution for a quote: (index into `atts`, rule id).
fn choose(
    ctx: &Ctx,
    atts: &[(Attribution, Speaker)],
    q: &Quote,
    para: usize,
) -> Option<(usize, &'static str)> {
    let doc = ctx.doc;
    let open = doc.token_at_or_after(q.outer.start);
    let close = doc.token_at_or_after(q.outer.end);
    // Candidates: attributions of this paragraph (binary search, then a bounded walk).
    // Candidates: attributions of this paragraph whose cue lies within a fixed number of tokens
    // of the quote (binary search, then a bounded walk: linear on pathological paragraphs).
    let lo_tok = open.saturating_sub(QUOTE_REACH);
    let first = atts.partition_point(|(a, _)| a.paragraph < para || a.cue.0 < lo_tok);
    let cands = atts[first..]
        .iter()
        .enumerate()
        .take_while(|(_, (a, _))| a.paragraph == para && a.cue.0 <= close + QUOTE_REACH)
        .map(|(k, (a, _))| (first + k, a));
    // 1. Right after the closing mark ("», a déclaré X", "," X said").
    let mut after = close;
    while after < close + 3 && ctx.is_punct(after, &[",", "—", "–", "-", "("]) {
        after += 1;
    }
    // 2. Right before the opening mark ("X a déclaré :", "explique-t-il, «").
    let mut before = open;
    let mut colon = false;
    while before > 0 && before + 3 > open && ctx.is_punct(before - 1, &[":", ",", "—", "–"]) {
        colon |= ctx.is_punct(before - 1, &[":"]);
        before -= 1;
    }
    // "X a prévenu :" closing the previous paragraph introduces a quote opening this one.
    if para > 0 && open > 0 && ctx.is_punct(open - 1, &[":"]) {
        let prev = atts.partition_point(|(a, _)| a.paragraph < para - 1);
        let hit = atts[prev..]
            .iter()
            .take_while(|(a, _)| a.paragraph == para - 1)
            .position(|(a, _)| a.extent().1 == open - 1 || a.content_start == open);
        if let Some(k) = hit {
            return Some((prev + k, "SPK/PRE_COLON"));
        }
    }
    let sent_lo = doc.sentence_at(q.outer.start);
    let sent_hi = doc.sentence_at(q.outer.end.saturating_sub(1));
    let mut best_after = None;
    let mut best_before = None;
    let mut best_object = None;
    let mut best_sentence: Option<(usize, usize)> = None;
    let mut best_para: Option<(usize, usize)> = None;
    // A quote that closes its sentence with a full stop and is followed, with no comma, by a
    // new sentence ('… a "charade." Rep. Jayapal, D-Wash., said she …') is not attributed by
    // that sentence's verb: AP style puts a comma, not a stop, before an attribution.
    let closes_sentence = after == close
        && q.span.text(doc.text).trim_end().ends_with('.')
        && doc.sentence_at(q.outer.end.saturating_sub(1)) != doc.sentence_at(q.outer.end + 1);
    // The first subordinator after the quote ("“…” when he said"), looked for once.
    let subordinator = (close..close + QUOTE_REACH)
        .take_while(|&k| k < doc.tokens.len())
        .find(|&k| ctx.lex.subordinators.contains(ctx.word(k)));
    for (k, a) in cands {
        let (s, e) = a.extent();
        // A later cue with a quote of its own as object ("…, l'opposition dénonce un
        // « matraquage »") is that quote's, not this one's.
        let object = cues::object_quote(ctx, a);
        if s >= close && object.is_some() {
            continue;
        }
        // "A Annecy, dont le maire a plaidé pour ce texte, l'adjointe … parle d'une « … »": a
        // cue in a relative clause with a subject of its own speaks for no quote outside it.
        if relative_clause_end(ctx, a).is_some_and(|c| open > c || close <= s) {
            continue;
        }
        // 'rated "poor," a grade that officials said was outdated': a cue after the quote in a
        // relative clause on a noun phrase speaks about that noun, not the quote.
        if s >= close && relative_on_noun(ctx, a) {
            continue;
        }
        if s == after && !closes_sentence {
            best_after.get_or_insert(k);
        }
        if e == before || a.content_start == open && s < open || object == Some(open) {
            best_before = Some(k);
        }
        if object == Some(open) && s < open {
            best_object = Some(k);
        }
        let dist = if e <= open {
            open - e
        } else {
            s.saturating_sub(close)
        };
        // Within a sentence, a speech cue outranks a belief cue ("said that Obama shows “…”").
        let sent_dist = dist + if a.kind == CueKind::Say { 0 } else { 1000 };
        // A cue after the quote and a subordinator ("“absolutely right” when he said") opens
        // a statement of its own; any cue before the quote outranks it.
        let subordinate = s > close && subordinator.is_some_and(|k| k < s);
        // (Above a belief cue's handicap: "Moscou a qualifié ces accusations de « mensonges »,
        // tandis que Kiev réclame …" is Moscou's.)
        let sent_dist = sent_dist + if subordinate { 2000 } else { 0 };
        // "Selon un investisseur …, qui a requis l'anonymat, la levée « n'a jamais abouti »", "A
        // person …, who spoke on condition of anonymity, said": a cue in a relative clause set
        // between commas describes its speaker; any other cue of the sentence outranks it.
        let sent_dist = sent_dist + if relative_incise(ctx, a) { 500 } else { 0 };
        let a_sent = doc.sentence_at(a.cue_span.start);
        // "The mayor did not suggest the road was \"safe\"", « n'a pas qualifié la situation
        // de « critique » »: words a subject is said not to have used are not its speech.
        if a_sent.is_some()
            && !negated(ctx, a)
            && a_sent >= sent_lo
            && a_sent <= sent_hi
            && best_sentence.is_none_or(|(_, d)| sent_dist < d)
        {
            best_sentence = Some((k, sent_dist));
        }
        // Across the paragraph too: a belief cue between two quotes ("Greene added that the
        // Fed wants to …. “They don't …”", "a host on the TV show") does not take them over.
        // A denied statement ("He did not suggest retaliation.") speaks for no quote nearby.
        // A cue in a relative clause ("said Luis Ortega, a driver who testified at trial.")
        // describes its speaker; it attributes no quote of another sentence.
        if dist <= PARAGRAPH_REACH
            && best_para.is_none_or(|(_, d)| sent_dist < d)
            && !negated(ctx, a)
            && a.speaker.antecedent.is_none()
        {
            best_para = Some((k, sent_dist));
        }
    }
    let rule_of = |k: usize, fallback: &'static str| -> &'static str {
        let a = &atts[k].0;
        match a.rule() {
            "SPK/SUBJECT" => fallback,
            r => r,
        }
    };
    // "Kiev dénonce une « escalade », Moscou dément …": a quote that is an earlier cue's object
    // is that cue's; the clause after the comma is a new one.
    if let Some(k) = best_object {
        return Some((k, rule_of(k, "SPK/PRE")));
    }
    // "X a interpellé le ministre : « Combien … ? » Le ministre a répondu que …": a question or
    // exclamation that ends its sentence yields the next sentence's cue to the colon before it,
    // and to the clause that cue opens ("répondu que", "said that"). ('"…?" Hannity pressed'
    // keeps its cue: nothing follows it.)
    let ends_own_sentence = after == close
        && q.span.text(doc.text).trim_end().ends_with(['?', '!'])
        && doc.sentence_at(q.outer.end.saturating_sub(1)) != doc.sentence_at(q.outer.end + 1);
    let yields = |k: usize| {
        let end = atts[k].0.extent().1;
        colon && best_before.is_some()
            || ctx.lex.complementizers.contains(ctx.word(end))
            || ctx.is_punct(end, &[":"])
    };
    let yielded = best_after.filter(|&k| ends_own_sentence && yields(k));
    if let Some(k) = best_after.filter(|_| yielded.is_none()) {
        return Some((k, rule_of(k, "SPK/POST")));
    }
    if let Some(k) = best_before {
        let k = reporting_speech(ctx, atts, k).unwrap_or(k);
        return Some((
            k,
            rule_of(k, if colon { "SPK/PRE_COLON" } else { "SPK/PRE" }),
        ));
    }
    // '"…," said Professor X of Y's law school.': a cue verb right after a quote that opens
    // its sentence, whose speaker could not be read, is still this quote's attribution; a cue
    // further away is someone else's, and a wrong speaker is worse than none. (Mid-sentence,
    // the verb after the marks may be the clause's own: 'X, who called it "a giveaway," spoke'.)
    let verb = |k: usize| {
        ctx.kind(k) == Some(TokKind::Word)
            && !ctx.quoted.get(k).copied().unwrap_or(true)
            && ctx.lex.verbs.contains_key(ctx.word(k))
    };
    let aux_verb = ctx.lex.aux.contains(ctx.word(after)) && verb(after + 1);
    let opens_sentence = sent_lo
        .and_then(|i| doc.sentences.get(i))
        .is_some_and(|s| s.tokens.0 == open);
    if opens_sentence && !ctx.is_capitalised(after) && (verb(after) || aux_verb) && !closes_sentence
    {
        return None;
    }
    if let Some((k, _)) = best_sentence {
        return Some((k, rule_of(k, "SPK/SENTENCE")));
    }
    best_para
        .filter(|(k, _)| Some(*k) != yielded)
        .map(|(k, _)| (k, "SPK/PARAGRAPH"))
}

/// True when the attribution's subject opens a relative clause ("that", "which", « que »)
/// right after a noun phrase with its determiner ("a grade that officials said"); not after a
/// verb ("adding that officials said").
fn relative_on_noun(ctx: &Ctx, a: &Attribution) -> bool {
    let k = a.speaker.toks.0;
    if a.inverted || a.introducer || k < 3 {
        return false;
    }
    let rel = ctx.word(k - 1);
    let lex = ctx.lex;
    let noun = k - 2;
    (lex.relatives.contains(rel) || lex.complementizers.contains(rel))
        && ctx.kind(noun) == Some(TokKind::Word)
        && !ctx.is_capitalised(noun)
        // ("a rating that": a verb form right after its determiner is a noun.)
        && (!lex.verbs.contains_key(ctx.word(noun)) || lex.determiners.contains(ctx.word(noun - 1)))
        && !lex.aux.contains(ctx.word(noun))
        && !lex.coordinators.contains(ctx.word(noun))
        && !lex.stopwords.contains(ctx.word(noun))
        && (noun.saturating_sub(RELATIVE_NOUN_REACH)..noun)
            .any(|j| lex.determiners.contains(ctx.word(j)))
}

/// How many words may stand between a determiner and the noun a relative clause follows.
const RELATIVE_NOUN_REACH: usize = 3;

/// 'Carla Benson told the board the plant supported "…"': a belief or stance cue (not speech)
/// inside the clause an earlier speech cue of its sentence reports is part of what that
/// speaker said; the quote is the speaker's, not the inner subject's. The speech attribution,
/// if any. ("X said the company called it \"Y\"": a speech cue inside is left alone.)
fn reporting_speech(ctx: &Ctx, atts: &[(Attribution, Speaker)], k: usize) -> Option<usize> {
    let a = &atts.get(k)?.0;
    if a.kind == CueKind::Say {
        return None;
    }
    let doc = ctx.doc;
    let si = doc.sentence_at(a.cue_span.start);
    (k.saturating_sub(REPORTING_REACH)..k).rev().find(|&j| {
        let b = &atts[j].0;
        b.kind == CueKind::Say
            && b.paragraph == a.paragraph
            && !b.inverted
            && !negated(ctx, b)
            && b.extent().1 <= a.extent().0
            && doc.sentence_at(b.cue_span.start) == si
    })
}

/// How many attributions before a belief cue are searched for the speech cue reporting it.
const REPORTING_REACH: usize = 3;

/// True when the attribution's speaker is a relative pronoun right after a comma and its
/// clause ends at another comma before any quote ("…, qui a requis l'anonymat, …").
fn relative_incise(ctx: &Ctx, a: &Attribution) -> bool {
    let k = a.speaker.toks.0;
    if a.speaker.antecedent.is_none() || k == 0 || !ctx.is_punct(k - 1, &[","]) {
        return false;
    }
    let end = a.extent().1;
    (end..end + INCISE_REACH)
        .take_while(|&j| !ctx.quoted.get(j).copied().unwrap_or(true))
        .any(|j| ctx.is_punct(j, &[","]))
}

/// The comma closing a relative clause that opens with a word of `relative_determiners.txt`
/// right before the cue's subject (« dont le maire a plaidé …, »), if the attribution sits in
/// one and the comma is near.
fn relative_clause_end(ctx: &Ctx, a: &Attribution) -> Option<usize> {
    let k = a.speaker.toks.0;
    if a.inverted || k == 0 || !ctx.lex.relative_determiners.contains(ctx.word(k - 1)) {
        return None;
    }
    let end = a.extent().1;
    (end..end + INCISE_REACH)
        .take_while(|&j| !ctx.quoted.get(j).copied().unwrap_or(true))
        .find(|&j| ctx.is_punct(j, &[","]))
}

/// How far after a relative clause's cue its closing comma may stand, in tokens.
const INCISE_REACH: usize = 8;

/// True when a negation stands in the cue or just before it ("did not say", « n'a pas dit »).
fn negated(ctx: &Ctx, a: &Attribution) -> bool {
    (a.cue.0.saturating_sub(1)..a.cue.1).any(|k| ctx.lex.negations.contains(ctx.word(k)))
}

/// Decides whether a quote is reported speech; sets `rule` when it is not.
fn is_speech(ctx: &Ctx, q: &mut Quote, pairing: &str) -> bool {
    let open = ctx.doc.token_at_or_after(q.outer.start);
    let lex = ctx.lex;
    // A naming cue just before, possibly with a comma: "titled, “Scam.”", "baptisé « Ulysse »".
    let cue_end = if open > 0 && ctx.is_punct(open - 1, &[","]) {
        open - 1
    } else {
        open
    };
    // "a appelé « au calme »": a quote opening with a preposition is what was called for, not
    // a name.
    let first_word = ctx.word(open + 1);
    let names_something =
        !lex.adjunct_preps.contains(first_word) && !lex.connectors.contains(first_word);
    let naming = (cue_end > 0 && names_something)
        .then(|| lex.naming.match_before(&ctx.words[..cue_end], cue_end))
        .flatten();
    // "s'est dit « satisfait »", "s'est de son côté dit « … »": the reflexive verb declares
    // a stance. "a dit « entendre l'inquiétude »": a naming word after an active auxiliary
    // is a finite verb of speech ("le groupe dit « des cinq »", "est dit « … »" still name).
    let reflexive = naming.is_some_and(|n| {
        let at = ctx.skip_adverbs_back(cue_end - n, 0);
        let before = |k: usize| at.checked_sub(k).map_or("", |i| ctx.word(i));
        lex.reflexives.contains(before(1))
            || lex.aux.contains(before(1)) && lex.reflexives.contains(before(2))
            || n == 1 && lex.aux.contains(before(1)) && !lex.passive_aux.contains(before(1))
    });
    if naming.is_some() && !reflexive || named_by_participle(ctx, cue_end) {
        q.rule = "QUOTE/NAMING".to_string();
        return false;
    }
    // `author="@smith"`, `date="2016-03-10"`: a mark right after `=` opens a markup attribute
    // value (tweets and embeds pasted with their tags), never reported words.
    if ctx.doc.text[..q.outer.start].ends_with('=') {
        q.rule = "QUOTE/MARKUP".to_string();
        return false;
    }
    let text = q.span.text(ctx.doc.text);
    let words = text.split_whitespace().take(12).count();
    if nickname(ctx, open, q, text, words) {
        q.rule = "QUOTE/NICKNAME".to_string();
        return false;
    }
    // "13th", "60 Minutes": a title may open with a number.
    let titled = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let prev = if open > 0 { ctx.word(open - 1) } else { "" };
    // "Ouisa Davis' commentary, “Melania, tell your story,” is thoughtful": a work noun and a
    // comma before the marks name the work.
    let prev_work = lex.work_nouns.contains(prev)
        || open > 1 && prev == "," && lex.work_nouns.contains(ctx.word(open - 2))
        || prev == "," && work_with_complement(ctx, open - 1) && followed_by_comma(ctx, q);
    // "CNN's “State of the Union”", "his “Keepin' It Real” radio show": a Title-Case phrase
    // owned by a name or followed by a work noun is a programme or a book, not speech.
    let possessed = open > 0 && cues::is_possessive(ctx, open - 1);
    let close = ctx.doc.token_at_or_after(q.outer.end);
    let next_is_work = (close..close + 2).any(|k| lex.work_nouns.contains(ctx.word(k)))
        || apposed_work(ctx, close);
    if titled
        && words <= 10
        && (prev_work
            || (lex.title_contexts.contains(prev) || possessed || next_is_work)
                && title_case(ctx, text))
    {
        q.rule = "QUOTE/TITLE".to_string();
        return false;
    }
    if titled && words <= NAME_MAX_WORDS && !ends_sentence(text) && names_the_subject(ctx, q) {
        q.rule = "QUOTE/NAME".to_string();
        return false;
    }
    // "Les « gilets jaunes » ont manifesté", 'The "experts" have said': a short quote after a
    // determiner and before its verb is the clause's subject, words named, not said.
    // (A cue verb there attributes the quote instead: 'This is a "raw time," said X'.)
    if words <= SCARE_MAX_WORDS && !ends_sentence(text) && lex.subject_determiners.contains(prev) {
        let hi = ctx.doc.tokens.len().min(close + 4);
        // (English lists "have" among the adverbs it skips: "has also said".)
        let verb = if lex.aux.contains(ctx.word(close)) {
            close
        } else {
            ctx.skip_adverbs(close, hi)
        };
        let w = ctx.word(verb);
        if verb < hi && lex.aux.contains(w) && !lex.verbs.contains_key(w) {
            q.rule = "QUOTE/SUBJECT".to_string();
            return false;
        }
    }
    // Single marks in news copy quote inside headlines and summaries; they count as speech
    // only with an attribution right beside them.
    let adjacent = matches!(
        q.rule.as_str(),
        "SPK/POST" | "SPK/INVERSION" | "SPK/PRE" | "SPK/PRE_COLON" | "SPK/PRONOUN"
    );
    let first_para = ctx.doc.paragraph_at(q.outer.start) == Some(0);
    if pairing == "QUOTE/PAIR/SINGLE" && (!adjacent || first_para) {
        q.rule = "QUOTE/SINGLE".to_string();
        return false;
    }
    let weak = matches!(
        q.rule.as_str(),
        "SPK/NONE" | "SPK/FOLLOWUP" | "SPK/PARAGRAPH" | RULE_EMBEDDED_UNLINKED
    );
    // "« Je démissionne »", "“We won”": words in the first person are someone's own (asked
    // last: only short quotes get that far).
    let first_person = || (open + 1..close).any(|k| lex.first_person.contains(ctx.word(k)));
    if weak && words <= SCARE_MAX_WORDS && !ends_sentence(text) && !first_person() {
        q.rule = "QUOTE/SCARE".to_string();
        return false;
    }
    true
}

/// "a book called “Women Who Work”", "une opération baptisée « Horizon »": a naming participle
/// right after a common noun with its determiner (an article may follow the participle) names
/// that noun; the quote opening at `open` is the name. A name, a pronoun or a bare plural before
/// the verb makes it a finite verb of speech instead ("Bush called …", "what lawmakers called").
fn named_by_participle(ctx: &Ctx, open: usize) -> bool {
    let lex = ctx.lex;
    let mut v = open;
    if v > 0 && lex.determiners.contains(ctx.word(v - 1)) {
        v -= 1;
    }
    let Some(v) = v.checked_sub(1) else {
        return false;
    };
    if v < 2 || !lex.naming_participles.contains(ctx.word(v)) {
        return false;
    }
    let noun = v - 1;
    let w = ctx.word(noun);
    ctx.kind(noun) == Some(TokKind::Word)
        && !ctx.is_capitalised(noun)
        && !lex.pronouns.contains_key(w)
        && !lex.aux.contains(w)
        && !lex.stopwords.contains(w)
        && !lex.is_manner_adverb(w)
        && !lex.relatives.contains(w)
        && (noun.saturating_sub(2)..noun).any(|k| lex.determiners.contains(ctx.word(k)))
}

/// `Marcia "Cia" Price`, `Jean « Bébel » Belmondo`: one or two capitalised words in marks set
/// between a capitalised word before and a capitalised word after, with nothing but spaces in
/// between, are a nickname inside a name, not speech.
fn nickname(ctx: &Ctx, open: usize, q: &Quote, text: &str, words: usize) -> bool {
    if words == 0 || words > 2 || ends_sentence(text) || open == 0 {
        return false;
    }
    let all_caps_initial = text
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    let close = ctx.doc.token_at_or_after(q.outer.end);
    // Only spaces between the names and the marks: no comma, colon or full stop.
    let before = ctx.doc.text[..q.outer.start].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let after = ctx.doc.text[q.outer.end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    all_caps_initial
        && ctx.is_capitalised(open - 1)
        && ctx.is_capitalised(close)
        && ctx
            .doc
            .tokens
            .get(open - 1)
            .is_some_and(|t| t.span.end == before.len())
        && ctx
            .doc
            .tokens
            .get(close)
            .is_some_and(|t| t.span.start == ctx.doc.text.len() - after.len())
}

/// A short Title-Case phrase ("Meet the Press", "Face the Nation."): every longer word
/// capitalised. American style puts the sentence's full stop inside the marks, so a final stop
/// is allowed; a sentence ("I Will Win.") rarely capitalises every word. Where
/// `title_style.txt` says a title capitalises its first word only (« Les Heures creuses »),
/// that first word is all there is to check, and the caller has.
fn title_case(ctx: &Ctx, text: &str) -> bool {
    let text = text.trim_end_matches(['.', ',', ' ']);
    let longer_words_capitalised = || {
        text.split_whitespace().next().is_some()
            && text
                .split_whitespace()
                .filter(|w| {
                    w.chars().count() > 3 && !ctx.lex.stopwords.contains(&super::case::lower_str(w))
                })
                .all(|w| {
                    w.chars()
                        .find(|c| c.is_alphanumeric())
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                })
    };
    !ends_sentence(text) && (ctx.lex.first_word_titles || longer_words_capitalised())
}

/// The longest name in marks set after the subject it names, in words (« Parents vigilants »).
const NAME_MAX_WORDS: usize = 4;

/// « Une association de familles, « Parents vigilants », a annoncé … », "A group of families,
/// “Vigilant Parents,” announced …": a quote right after the phrase opening its sentence (a
/// description with its determiner, a comma between at most), and right before a verb, is that
/// phrase's name; the verb is the phrase's, no inversion whose speaker follows it.
fn names_the_subject(ctx: &Ctx, q: &Quote) -> bool {
    let doc = ctx.doc;
    let open = doc.token_at_or_after(q.outer.start);
    let Some(lo) = doc
        .sentence_at(q.outer.start)
        .and_then(|i| doc.sentences.get(i))
        .map(|s| s.tokens.0)
    else {
        return false;
    };
    let lo = cues::after_dateline(ctx, lo, open);
    let end = if open > 0 && ctx.is_punct(open - 1, &[","]) {
        open - 1
    } else {
        open
    };
    let Some(subject) = np::backward(ctx, end, lo) else {
        return false;
    };
    if subject.toks.0 != lo || !ctx.lex.determiners.contains(ctx.word(lo)) {
        return false;
    }
    let close = doc.token_at_or_after(q.outer.end);
    let verb = if ctx.is_punct(close, &[","]) {
        close + 1
    } else {
        close
    };
    let w = ctx.word(verb);
    ctx.kind(verb) == Some(TokKind::Word)
        && (ctx.lex.aux.contains(w) || ctx.lex.verbs.contains_key(w))
}

/// '“Songs of the Dissenting North,” a choral piece by …', « « La Mer », un tableau de … »: a
/// determiner and a work noun (a word or two of description between) in apposition right after
/// the quote (and its comma) name the work.
fn apposed_work(ctx: &Ctx, close: usize) -> bool {
    let lex = ctx.lex;
    let det = if ctx.is_punct(close, &[","]) {
        close + 1
    } else {
        close
    };
    if !lex.determiners.contains(ctx.word(det)) {
        return false;
    }
    (det + 1..det + 4)
        .take_while(|&k| ctx.kind(k) == Some(TokKind::Word) && !ctx.is_capitalised(k))
        .any(|k| lex.work_nouns.contains(ctx.word(k)))
}

/// How many words a work noun's complement may run before the comma of a title in apposition.
const WORK_COMPLEMENT: usize = 8;

/// « un livre-enquête d'un journaliste local, « Montclar, la ville aux deux visages », qui … »,
/// "a book by a local reporter, “…,” that …": a work noun whose complement (opening with a
/// connector, "by"/"from", or a preposition) runs up to the comma before the quote; the quote
/// names the work. Only words stand between them: a clause would have punctuation or a verb
/// ending the phrase.
fn work_with_complement(ctx: &Ctx, comma: usize) -> bool {
    let lex = ctx.lex;
    let is_work = |w: &str| {
        lex.work_nouns.contains(w)
            || w.rsplit('-')
                .next()
                .is_some_and(|t| lex.work_nouns.contains(t))
    };
    let lo = comma.saturating_sub(WORK_COMPLEMENT + 1);
    for k in (lo..comma).rev() {
        if ctx.kind(k) != Some(TokKind::Word) || ctx.quoted.get(k).copied().unwrap_or(true) {
            return false;
        }
        if k + 1 < comma && is_work(ctx.word(k)) {
            let next = ctx.word(k + 1);
            return lex.connectors.contains(next)
                || lex.source_links.contains(next)
                || lex.adjunct_preps.contains(next);
        }
    }
    false
}

/// True when a comma follows the quote's closing mark (an apposition closing: "…», qui").
fn followed_by_comma(ctx: &Ctx, q: &Quote) -> bool {
    let close = ctx.doc.token_at_or_after(q.outer.end);
    ctx.is_punct(close, &[","]) || q.span.text(ctx.doc.text).trim_end().ends_with(',')
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// Word tokens of a sentence range, for tests and claims.
#[allow(dead_code)]
pub(crate) fn is_word(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::quotes;

    fn run(t: &str, lang: Lang) -> Vec<(String, Option<String>, String)> {
        let d = Document::new(t);
        let mut q = quotes::find(&d, lang);
        attribute(&d, lang, &[], &[], &mut q);
        q.into_iter()
            .filter(|q| q.speech)
            .map(|q| {
                (
                    q.span.text(t).to_string(),
                    q.speaker.map(|s| s.name),
                    q.rule,
                )
            })
            .collect()
    }

    fn spk(t: &str, lang: Lang) -> Vec<Option<String>> {
        run(t, lang).into_iter().map(|x| x.1).collect()
    }

    #[test]
    fn a_cue_in_a_relative_with_its_own_subject_speaks_for_no_quote_outside_it() {
        let fr = "À Quimper, dont le préfet a annoncé mardi des restrictions, l'adjointe \
                  chargée de l'eau parle d'une « décision brutale pour tous ».";
        let got = spk(fr, Lang::Fr);
        assert!(
            got.iter().all(|s| s.as_deref() != Some("préfet")),
            "{got:?}"
        );
        let en = "In Ludlow, whose mayor announced restrictions on Tuesday, the water official \
                  spoke of a \"brutal decision for everyone.\"";
        let got = spk(en, Lang::En);
        assert!(got.iter().all(|s| s.as_deref() != Some("mayor")), "{got:?}");
        // Inside the relative, the cue still speaks for its quote.
        let inside = "À Quimper, dont le préfet a dénoncé « une sécheresse historique », la \
                      mairie se tait.";
        assert_eq!(spk(inside, Lang::Fr), vec![Some("préfet".to_string())]);
    }

    #[test]
    fn a_follow_up_carries_someone_over_but_no_common_noun() {
        let quote = "\n\n“Samples with more weighting did better.”";
        let noun = format!("The biases shown in the report say little about the panels.{quote}");
        assert_eq!(spk(&noun, Lang::En), vec![None]);
        let role = format!("The senator said little about the panels.{quote}");
        assert_eq!(spk(&role, Lang::En), vec![Some("senator".to_string())]);
    }

    #[test]
    fn french_inversion_after_quote() {
        let r = run(
            "« Nous sommes prêts », a annoncé lundi le Kremlin.",
            Lang::Fr,
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1.as_deref(), Some("Kremlin"));
        assert_eq!(r[0].2, "SPK/INVERSION");
    }

    #[test]
    fn a_sentence_subject_speaks_only_when_it_is_someone() {
        let t = "Marco Rubio also bemoaned a climate in which people “literally hate each other.”";
        assert_eq!(spk(t, Lang::En), [Some("Marco Rubio".to_string())]);
        let t = "Good information can still win, but only when “the truth is sexier than the lie.”";
        let r = run(t, Lang::En);
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].1.as_deref(), r[0].2.as_str()),
            (None, RULE_EMBEDDED_UNLINKED)
        );
    }

    #[test]
    fn french_pronoun_inversion_in_the_middle() {
        let t = "Jean Dupont est arrivé. « C’est fini », explique-t-il, « vraiment fini ».";
        let r = run(t, Lang::Fr);
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|x| x.2 == "SPK/PRONOUN"), "{r:?}");
    }

    #[test]
    fn english_patterns() {
        assert_eq!(
            spk("\"We will win,\" said John Smith.", Lang::En),
            [Some("John Smith".into())]
        );
        assert_eq!(
            spk("\"We will win,\" John Smith said.", Lang::En),
            [Some("John Smith".into())]
        );
        assert_eq!(
            spk("The White House said: \"We will not back down.\"", Lang::En),
            [Some("White House".into())]
        );
    }

    #[test]
    fn attribute_returns_the_attributions_it_used() {
        let t =
            "« Nous sommes prêts », a annoncé le Kremlin. Le ministre a dit que tout allait bien.";
        let d = Document::new(t);
        let mut q = quotes::find(&d, Lang::Fr);
        let found = attribute(&d, Lang::Fr, &[], &[], &mut q);
        let (fresh, _) = compute(&d, Lang::Fr, &[], &[], &q);
        assert_eq!(found.atts.len(), 2);
        let names = |v: &[(Attribution, Speaker)]| {
            v.iter().map(|(_, s)| s.name.clone()).collect::<Vec<_>>()
        };
        assert_eq!(names(&found.atts), names(&fresh.atts));
    }

    #[test]
    fn short_unattributed_quotes_are_scare_quotes() {
        assert!(run("The so-called \"experts\" were wrong.", Lang::En).is_empty());
        assert!(run("Les « casseurs » sont partis.", Lang::Fr).is_empty());
    }

    #[test]
    fn short_quotes_in_the_first_person_stay_speech() {
        let t = "Le maire a quitté la salle sous les huées.\n« Je démissionne »";
        assert_eq!(run(t, Lang::Fr).len(), 1);
        let t = "The coach left the field.\n“We lost it”";
        assert_eq!(run(t, Lang::En).len(), 1);
    }

    #[test]
    fn nicknames_inside_names_are_not_speech() {
        let t = "State Del. Ann \"Annie\" Lowe said the vote was close.";
        assert!(run(t, Lang::En).is_empty());
        let t = "Le chanteur Paul « Polo » Martin a dit qu'il viendrait.";
        assert!(run(t, Lang::Fr).is_empty());
        // A quote followed by a capitalised speaker after a comma is speech, not a nickname.
        let got = run("\"Never,\" Lowe said.", Lang::En);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_quote_whose_own_cue_has_no_readable_speaker_takes_no_other() {
        // The phrase after "said" is too long to read; the paragraph's other cue is not it.
        let t = "Experts said the case could go far. \"It is the kind of split the justices \
                 like,\" said Professor Anne Whitfield of Ohio State University's law school.";
        let r = run(t, Lang::En);
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].1.as_deref(), r[0].2.as_str()), (None, "SPK/NONE"));
    }

    #[test]
    fn markup_attribute_values_are_not_speech() {
        let t = "<post author=\"@janedoe\" date=\"May 2, 2016\">Doe said \"We will win the vote.\"</post>";
        let got = run(t, Lang::En);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "We will win the vote.");
    }
}
