//! Quantities as speakers: poll copy gives a share of people as the subject of a cue ("About 4
//! in 10 said …", "Two in three say …", "42% say …", « … », affirment 58 % des sondés). The
//! noun-phrase reader takes numbers for nouns and stops at "in", "%" or "sur", so such a subject
//! gave no speaker at all. A quantity is a number, a ratio word and a number ("4 in 10",
//! « six sur dix »), or a number and a unit ("42 %", "58 percent"), after optional modifiers
//! ("about", "nearly", « près de »). The words are data: `data/<lang>/quantity_words.tsv`.

use super::cues::Ctx;
use super::lex::Phrases;
use crate::analysis::hashing::{HashSet, WordSet};
use crate::analysis::lexicon;
use crate::analysis::segment::TokKind;

/// How many modifier phrases may open a quantity ("only about 4 in 10").
const MAX_MODIFIERS: usize = 2;

/// The quantity words of one language, kept in the speakers' lexicon ([`Lex::quantity`]).
///
/// [`Lex::quantity`]: super::lex::Lex::quantity
#[derive(Debug, Default)]
pub struct Words {
    /// Number words ("four", « six »); digits are number tokens already.
    numbers: HashSet<String>,
    /// Words between two numbers ("in", "out of", « sur »).
    ratios: Phrases,
    /// Units after a number ("%", "percent", « pour cent »).
    units: Phrases,
    /// Words before a quantity ("about", "nearly", « près de »).
    modifiers: Phrases,
    /// Heads of a partitive besides the number words ("some", "most", « plusieurs »). (Not
    /// `Lex::partitives`: those are whole pronouns, « l'un d'eux », with a name apposed.)
    heads: HashSet<String>,
    /// Words between a partitive's head and what it counts ("of", « des », « d'entre »): probed
    /// at every token, behind a shape filter.
    links: WordSet,
}

impl Words {
    /// Rows `words<TAB>kind`, kind one of number, ratio, unit, modifier.
    pub(crate) fn parse(src: &'static str) -> Words {
        let mut w = Words::default();
        for l in lexicon::lines(src) {
            let mut f = l.split('\t');
            let (words, kind) = (f.next().unwrap_or(""), f.next().map(str::trim));
            match kind {
                Some("number") => {
                    w.numbers.insert(lexicon::norm(words));
                }
                Some("ratio") => w.ratios.add(words),
                Some("unit") => w.units.add(words),
                Some("modifier") => w.modifiers.add(words),
                Some("partitive") => {
                    w.heads.insert(lexicon::norm(words));
                }
                Some("link") => {
                    w.links.insert(lexicon::norm(words));
                }
                _ => {}
            }
        }
        w
    }
}

/// The quantity words for the language whose speaker lexicon `ctx` uses.
fn words(ctx: &Ctx) -> &'static Words {
    &ctx.lex.quantity
}

/// True for a number word ("two", « trois »), as in "the mother of two said".
pub fn is_number_word(ctx: &Ctx, k: usize) -> bool {
    ctx.kind(k) == Some(TokKind::Word) && words(ctx).numbers.contains(ctx.word(k))
}

/// A partitive opening at `i` ("one of the advisers", "some of his aides", « un des
/// conseillers », « plusieurs d'entre eux »): a number word or a listed head, then a link word,
/// before `hi`. Returns where what it counts starts. (The heads are found once per document:
/// [`Ctx::partitive`], by [`partitive_heads`].)
pub fn partitive_at(ctx: &Ctx, i: usize, hi: usize) -> Option<usize> {
    (i + 1 < hi && ctx.partitive.get(i).copied().unwrap_or(false)).then_some(i + 2)
}

/// Marks each token that heads a partitive ([`partitive_at`]). The link words are probed at
/// every token, the head only before a link: two set probes per token in all.
pub fn partitive_heads(w: &Words, words: &[&str], kinds: impl Fn(usize) -> bool) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    for k in 1..words.len() {
        if w.links.contains(words[k]) {
            let head = words[k - 1];
            out[k - 1] = kinds(k - 1) && (w.numbers.contains(head) || w.heads.contains(head));
        }
    }
    out
}

fn is_number(ctx: &Ctx, w: &Words, k: usize) -> bool {
    ctx.kind(k) == Some(TokKind::Number)
        || ctx.kind(k) == Some(TokKind::Word) && w.numbers.contains(ctx.word(k))
}

/// The first token of a quantity ending just before `end` (not before `lo`): "about 4 in 10",
/// "42 %", "Two in three".
pub fn before(ctx: &Ctx, end: usize, lo: usize) -> Option<usize> {
    let w = words(ctx);
    let words = ctx.words.get(lo..end)?;
    let n = end - lo;
    let start = if let Some(u) = w.units.match_before(words, n) {
        // "42 %", "58 percent"
        let k = (end - u).checked_sub(1).filter(|&k| k >= lo)?;
        is_number(ctx, w, k).then_some(k)?
    } else {
        // "4 in 10", "two out of three"
        let last = end
            .checked_sub(1)
            .filter(|&k| k >= lo && is_number(ctx, w, k))?;
        let r = w.ratios.match_before(words, last - lo)?;
        let k = (last - r).checked_sub(1).filter(|&k| k >= lo)?;
        is_number(ctx, w, k).then_some(k)?
    };
    let mut a = start;
    for _ in 0..MAX_MODIFIERS {
        match w.modifiers.match_before(&ctx.words[lo..a], a - lo) {
            Some(m) => a -= m,
            None => break,
        }
    }
    Some(a)
}

/// The token after a quantity starting at `i` (before `hi`): « 58 % », "six in 10".
pub fn at(ctx: &Ctx, i: usize, hi: usize) -> Option<usize> {
    let w = words(ctx);
    let words = ctx.words.get(..hi)?;
    let mut k = i;
    for _ in 0..MAX_MODIFIERS {
        match w.modifiers.match_at(words, k) {
            Some(m) => k += m,
            None => break,
        }
    }
    if k >= hi || !is_number(ctx, w, k) {
        return None;
    }
    if let Some(u) = w.units.match_at(words, k + 1) {
        return Some(k + 1 + u);
    }
    let r = w.ratios.match_at(words, k + 1)?;
    let last = k + 1 + r;
    (last < hi && is_number(ctx, w, last)).then_some(last + 1)
}

/// True when tokens `a..b` are exactly a quantity.
pub fn covers(ctx: &Ctx, a: usize, b: usize) -> bool {
    b > a && before(ctx, b, a) == Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;

    fn check(t: &str, lang: Lang, want: &[&str]) {
        let d = Document::new(t);
        let ctx = Ctx::new(&d, lang, &[]);
        let n = d.tokens.len();
        let found: Vec<&str> = (0..=n)
            .filter_map(|end| {
                let a = before(&ctx, end, 0)?;
                // The forward reading finds the same phrase.
                assert_eq!(at(&ctx, a, n), Some(end), "{t}");
                Some(&t[d.tokens[a].span.start..d.tokens[end - 1].span.end])
            })
            .collect();
        assert_eq!(found, want, "{t}");
    }

    #[test]
    fn ratios_and_percentages_in_both_languages() {
        check("About four in 10 said no.", Lang::En, &["About four in 10"]);
        check("Two in three voters agree.", Lang::En, &["Two in three"]);
        check("In 2016, 42% said yes.", Lang::En, &["42%"]);
        check(
            "Nearly 58 percent said yes.",
            Lang::En,
            &["Nearly 58 percent"],
        );
        check("Six sur dix le pensent.", Lang::Fr, &["Six sur dix"]);
        check("Près de 58 % des sondés.", Lang::Fr, &["Près de 58 %"]);
    }

    #[test]
    fn a_bare_number_or_word_is_no_quantity() {
        check("He won in 2016 with 10 votes.", Lang::En, &[]);
        check("Il a gagné en 2016.", Lang::Fr, &[]);
    }
}
