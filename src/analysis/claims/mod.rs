//! Claims: reported speech with its source (`reported`), and unattributed check-worthy statements
//! (`checkworthy`). The two finders run independently and are merged here so claims never overlap
//! inconsistently: a check-worthy sentence already covered by a reported claim is dropped.
use super::segment::Document;
use super::speakers::Attributions;
use super::types::{Claim, Entity, Lang, Quote};

mod checkworthy;
mod coordinated;
mod evidence;
mod followup;
mod headline;
mod hedge;
mod label;
mod lex;
mod marks;
mod question;
mod reported;
mod stance;
mod toks;

pub(crate) fn extract(
    doc: &Document,
    lang: Lang,
    entities: &[Entity],
    quotes: &[Quote],
    found: &Attributions,
) -> Vec<Claim> {
    let marks = marks::Marks::new(&found.ctx.words, lex::get(lang));
    let mut claims = reported::find(found, lang, quotes, label::find(doc, entities), &marks);
    let extra = checkworthy::find(doc, lang, entities, quotes, &marks);
    let reach = Reach::new(&claims);
    for c in extra {
        // A reported claim starting before the sentence and reaching into it covers or crosses
        // it: dropped. Reported claims inside the sentence nest in it ("I think …" in a debate
        // is still a check-worthy statement), unless one runs past its end.
        let first = reach.starting_before(c.span.start);
        let before = reach.reaches(c.span.start, c.span.start);
        let crossing = claims[first..]
            .iter()
            .take_while(|r| r.span.start < c.span.end)
            .any(|r| r.span.end > c.span.end || r.span == c.span);
        if !before && !crossing && !c.span.is_empty() {
            claims.push(c);
        }
    }
    crate::analysis::sorting::sort_by_span(&mut claims, |c| c.span);
    claims
}

/// Claims sorted by start, with the running maximum of their ends: "does a claim starting
/// before `pos` reach past `at`?" by binary search, so merges stay near-linear.
pub(super) struct Reach {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Reach {
    pub(super) fn new(sorted: &[Claim]) -> Reach {
        let mut max_end: Vec<usize> = Vec::with_capacity(sorted.len());
        for c in sorted {
            max_end.push(c.span.end.max(max_end.last().copied().unwrap_or(0)));
        }
        Reach {
            starts: sorted.iter().map(|c| c.span.start).collect(),
            max_end,
        }
    }

    /// How many claims start before `pos`.
    pub(super) fn starting_before(&self, pos: usize) -> usize {
        self.starts.partition_point(|&s| s < pos)
    }

    /// True when a claim starting before `pos` ends after `at`.
    pub(super) fn reaches(&self, pos: usize, at: usize) -> bool {
        let i = self.starting_before(pos);
        i > 0 && self.max_end[i - 1] > at
    }
}
