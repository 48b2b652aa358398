//! Check-worthy statements: unattributed factual assertions a fact-checker would want to verify
//! (figures, comparisons, records, causes, trends, predictions, voting records).
//!
//! Why a weighted cue sum rather than one pattern per sentence: a single weak cue (a bare number, a
//! trend verb) marks far too many sentences, and precision matters more than recall here (the UI
//! must not paint every sentence). So each cue of `data/<lang>/checkworthy.tsv` carries a weight,
//! the weights of the distinct cues found in a sentence are summed, and the sentence is a claim
//! only when the sum reaches [`THRESHOLD`]: one strong cue ("12 percent", "$3 billion") or two
//! weaker ones ("jobs" + "fell"). Negative weights veto questions, thanks and opinions.
//!
//! Sentences holding a direct quote are attributed speech, not unattributed assertions, and are
//! skipped; reported claims are merged in by the parent module. One pass over the tokens, with
//! patterns of at most [`MAX_PATTERN`] tokens: linear in the text.

use super::marks::{Marks, M_CHECK};
use crate::analysis::hashing::WordMap;
use crate::analysis::lexicon;
use crate::analysis::segment::{tokenize, Document, TokKind};
use crate::analysis::types::{Claim, ClaimKind, Cue, Entity, Lang, Quote, Span};
use std::sync::OnceLock;

/// Minimum summed cue weight for a sentence to be check-worthy.
const THRESHOLD: f32 = 1.5;
/// Sentences shorter than this (in word and number tokens) are headlines, answers or fragments.
const MIN_WORDS: usize = 5;
/// Longest pattern kept from the data file, so matching stays O(tokens).
const MAX_PATTERN: usize = 5;

/// One element of a cue pattern.
#[derive(Debug, Clone, PartialEq)]
enum Pat {
    /// Any number token (`<num>` in the data file).
    Num,
    /// A word starting with this (normalised) prefix (`word*`).
    Prefix(String),
    /// This exact (normalised) token.
    Word(String),
}

#[derive(Debug)]
struct CueDef {
    pattern: Vec<Pat>,
    /// The line as written, shown as the claim's cue.
    source: &'static str,
    reason: &'static str,
    weight: f32,
}

/// The cues of one language, indexed by their first element so each token looks up only the
/// patterns that can start with it.
#[derive(Debug, Default)]
struct Cues {
    defs: Vec<CueDef>,
    by_word: WordMap<Vec<usize>>,
    /// Patterns starting with `<num>` or a prefix, by the token kind their first element needs
    /// (file order kept): number tokens try the `<num>` ones, words the prefix ones.
    num_first: Vec<usize>,
    prefix_first: Vec<usize>,
}

fn parse(src: &'static str) -> Cues {
    let mut cues = Cues::default();
    for line in lexicon::lines(src) {
        let mut f = line.split('\t').map(str::trim);
        let (Some(pat), Some(reason), Some(weight)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let Some(weight) = lexicon::decimal(weight) else {
            continue;
        };
        let mut pattern = Vec::new();
        for piece in pat.split_whitespace() {
            if piece == "<num>" {
                pattern.push(Pat::Num);
            } else if let Some(p) = piece.strip_suffix('*').filter(|p| !p.is_empty()) {
                pattern.push(Pat::Prefix(lexicon::norm(p)));
            } else {
                // Tokenise the piece as the text will be: "d'ici" gives "d'" + "ici".
                for t in tokenize(piece) {
                    pattern.push(Pat::Word(lexicon::norm(t.text(piece))));
                }
            }
        }
        if pattern.is_empty() || pattern.len() > MAX_PATTERN {
            continue;
        }
        let i = cues.defs.len();
        match &pattern[0] {
            Pat::Word(w) => cues.by_word.entry_or_default(w.clone()).push(i),
            Pat::Num => cues.num_first.push(i),
            Pat::Prefix(_) => cues.prefix_first.push(i),
        }
        cues.defs.push(CueDef {
            pattern,
            source: pat,
            reason,
            weight,
        });
    }
    cues
}

fn cues(lang: Lang) -> &'static Cues {
    static EN: OnceLock<Cues> = OnceLock::new();
    static FR: OnceLock<Cues> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    cell.get_or_init(|| parse(lexicon::raw_lang(lang, "checkworthy.tsv")))
}

/// The words a cue pattern of `lang` can start with (its first element, when a word): the only
/// tokens [`judge`] looks patterns up for, besides numbers.
pub(super) fn first_words(lang: Lang) -> impl Iterator<Item = &'static str> {
    cues(lang)
        .defs
        .iter()
        .filter_map(|d| match d.pattern.first() {
            Some(Pat::Word(w)) => Some(w.as_str()),
            _ => None,
        })
}

/// Does pattern element `p` match token `i` (whose normalised text is `doc.norm(i)`)?
fn element_matches(doc: &Document, p: &Pat, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|tok| token_matches(p, tok.kind, doc.norm(i)))
}

/// Does pattern element `p` match a token of kind `kind` whose normalised text is `key`?
fn token_matches(p: &Pat, kind: TokKind, key: &str) -> bool {
    match p {
        Pat::Num => kind == TokKind::Number,
        Pat::Prefix(pre) => kind == TokKind::Word && key.starts_with(pre.as_str()),
        Pat::Word(w) => key == w,
    }
}

/// The best cue of a sentence and its summed weight.
struct Verdict {
    score: f32,
    best: Option<(usize, Span)>,
}

/// Sums the weights of the distinct cues in tokens `[a, b)`.
fn judge(doc: &Document, cues: &Cues, marks: &Marks, a: usize, b: usize) -> Verdict {
    let mut seen: Vec<usize> = Vec::new();
    let mut v = Verdict {
        score: 0.0,
        best: None,
    };
    for (i, tok) in doc.tokens.iter().enumerate().take(b).skip(a) {
        // (A word no pattern starts with is not looked up, and its form not read.)
        let starting = if marks.has(i, M_CHECK) {
            cues.by_word.get(doc.norm(i)).map_or(&[][..], Vec::as_slice)
        } else {
            &[]
        };
        let others: &[usize] = match tok.kind {
            TokKind::Number => &cues.num_first,
            TokKind::Word => &cues.prefix_first,
            TokKind::Punct => &[],
        };
        if starting.is_empty() && others.is_empty() {
            continue;
        }
        let key = doc.norm(i);
        // Patterns indexed by this very word match their first element; the others are tested.
        let candidates = starting.iter().map(|ci| (ci, true));
        for (&ci, first_ok) in candidates.chain(others.iter().map(|ci| (ci, false))) {
            let def = &cues.defs[ci];
            let n = def.pattern.len();
            // The first element is the cheapest test (a token kind for `<num>` patterns).
            if i + n > b
                || !(first_ok || token_matches(&def.pattern[0], tok.kind, key))
                || seen.contains(&ci)
            {
                continue;
            }
            if !def
                .pattern
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, p)| element_matches(doc, p, i + k))
            {
                continue;
            }
            seen.push(ci);
            v.score += def.weight;
            let span = Span::new(doc.tokens[i].span.start, doc.tokens[i + n - 1].span.end);
            let better = match v.best {
                Some((bi, _)) => def.weight > cues.defs[bi].weight,
                None => def.weight > 0.0,
            };
            if better {
                v.best = Some((ci, span));
            }
        }
    }
    v
}

/// Finds check-worthy sentences. `quotes` must be sorted by start (as the pipeline keeps them).
pub fn find(
    doc: &Document,
    lang: Lang,
    _entities: &[Entity],
    quotes: &[Quote],
    marks: &Marks,
) -> Vec<Claim> {
    let cues = cues(lang);
    let mut speech: Vec<Span> = quotes
        .iter()
        .filter(|q| q.speech)
        .map(|q| q.outer)
        .collect();
    crate::analysis::sorting::sort(&mut speech);
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (a, b) = s.tokens;
        let words = doc.tokens[a..b.min(doc.tokens.len())]
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .count();
        if words < MIN_WORDS || has_quote(&speech, s.span) {
            continue;
        }
        let v = judge(doc, cues, marks, a, b);
        let Some((ci, cue_span)) = v.best else {
            continue;
        };
        if v.score < THRESHOLD {
            continue;
        }
        let def = &cues.defs[ci];
        out.push(Claim {
            span: s.span,
            kind: ClaimKind::Checkworthy,
            source: None,
            cue: Some(Cue {
                span: cue_span,
                lemma: def.source.to_string(),
            }),
            reason: Some(def.reason.to_string()),
            rule: format!("CLAIM/CHECK/{}", def.reason.to_ascii_uppercase()),
        });
    }
    out
}

/// True when a speech quote overlaps the sentence (quote spans sorted by start).
fn has_quote(speech: &[Span], sentence: Span) -> bool {
    // Quotes starting before the sentence's end; only the last few can reach into it, but a long
    // quote may start far earlier, so look at the one with the furthest end among those.
    let k = speech.partition_point(|q| q.start < sentence.end);
    speech[..k]
        .iter()
        .rev()
        .take(8)
        .any(|q| q.overlap(sentence) > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`find`] with the document's own marks.
    fn find_in(doc: &Document, lang: Lang, quotes: &[Quote]) -> Vec<Claim> {
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.norm(i)).collect();
        let marks = Marks::new(&words, super::super::lex::get(lang));
        find(doc, lang, &[], quotes, &marks)
    }

    fn claims(text: &str, lang: Lang) -> Vec<(String, String)> {
        let doc = Document::new(text);
        find_in(&doc, lang, &[])
            .into_iter()
            .map(|c| (c.span.text(text).to_string(), c.reason.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn data_files_parse_in_both_languages() {
        for lang in [Lang::En, Lang::Fr] {
            let c = cues(lang);
            assert!(c.defs.len() > 40, "{lang:?}");
            assert!(c.defs.iter().any(|d| d.pattern == [Pat::Num]));
            assert!(c.defs.iter().any(|d| d.weight < 0.0));
        }
        // "d'ici <num>" is tokenised like the text: "d'" + "ici" + number.
        let fr = cues(Lang::Fr);
        assert!(fr
            .defs
            .iter()
            .any(|d| d.pattern == [Pat::Word("d'".into()), Pat::Word("ici".into()), Pat::Num]));
    }

    #[test]
    fn english_table() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Unemployment in the county fell to 4.2 percent last spring.",
                Some("number"),
            ),
            (
                "The new bridge cost the city $450 million over six years.",
                Some("number"),
            ),
            (
                "The plant now employs more than twice as many workers as before.",
                Some("comparison"),
            ),
            (
                "The river reached the highest level on record this week, officials noted.",
                Some("superlative"),
            ),
            (
                "The refinery closure caused long queues at the pump because of low stocks.",
                Some("causal"),
            ),
            (
                "Did the council really spend 3 million on the new stadium?",
                None,
            ),
            (
                "I think the weather will be lovely for the parade tomorrow.",
                None,
            ),
            (
                "The committee met in the afternoon to discuss the agenda.",
                None,
            ),
            ("Only 12 people.", None),
        ];
        for (s, want) in cases {
            let got = claims(s, Lang::En);
            match want {
                Some(r) => {
                    assert_eq!(got.len(), 1, "{s}");
                    assert_eq!(got[0].0, *s);
                    assert_eq!(got[0].1, *r, "{s}");
                }
                None => assert!(got.is_empty(), "{s}: {got:?}"),
            }
        }
    }

    #[test]
    fn french_table() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Le chômage a reculé à 7,4 % au troisième trimestre dans la région.",
                Some("number"),
            ),
            (
                "La commune a dépensé 2 millions d'euros pour rénover la piscine.",
                Some("number"),
            ),
            (
                "Les inscriptions ont doublé et dépassent désormais le niveau de 2019.",
                Some("comparison"),
            ),
            (
                "La crue a atteint un niveau record à cause de pluies sans précédent.",
                Some("superlative"),
            ),
            (
                "Le conseil municipal se réunira mardi dans la salle des fêtes.",
                None,
            ),
            (
                "Combien de lits l'hôpital compte-t-il vraiment en 2024 ?",
                None,
            ),
        ];
        for (s, want) in cases {
            let got = claims(s, Lang::Fr);
            match want {
                Some(r) => {
                    assert_eq!(got.len(), 1, "{s}");
                    assert_eq!(got[0].1, *r, "{s}");
                }
                None => assert!(got.is_empty(), "{s}: {got:?}"),
            }
        }
    }

    #[test]
    fn sentences_with_a_direct_quote_are_attributed_not_checkworthy() {
        let t = "« Le chômage a baissé de 12 % en un an », a affirmé le ministre.";
        let doc = Document::new(t);
        let q = Quote {
            span: Span::new(3, t.find(" »").unwrap()),
            outer: Span::new(0, t.find("»").unwrap() + "»".len()),
            speech: true,
            speaker: None,
            cue: None,
            rule: "TEST".into(),
        };
        assert!(find_in(&doc, Lang::Fr, &[]).len() == 1);
        assert!(find_in(&doc, Lang::Fr, &[q]).is_empty());
    }

    #[test]
    fn claims_carry_rule_and_cue() {
        let t = "Exports to Asia grew by 18 percent in the first half of the year.";
        let doc = Document::new(t);
        let c = find_in(&doc, Lang::En, &[]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].rule, "CLAIM/CHECK/NUMBER");
        let cue = c[0].cue.as_ref().unwrap();
        assert_eq!(cue.span.text(t), "18 percent");
        assert_eq!(cue.lemma, "<num> percent");
        assert!(c[0].source.is_none());
    }
}
