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
    let mut claims = reported::find(found, lang, quotes, label::find(doc, entities));
    let extra = checkworthy::find(doc, lang, entities, quotes);
    // Reported claims come sorted by start: a running maximum of their ends answers "does any
    // reported claim overlap this span?" by binary search, so the merge stays near-linear.
    let mut max_end = Vec::with_capacity(claims.len());
    for r in &claims {
        let prev = max_end.last().copied().unwrap_or(0);
        max_end.push(r.span.end.max(prev));
    }
    let reported_starts: Vec<usize> = claims.iter().map(|r| r.span.start).collect();
    for c in extra {
        // A reported claim starting before the sentence and reaching into it covers or crosses
        // it: dropped. Reported claims inside the sentence nest in it ("I think …" in a debate
        // is still a check-worthy statement), unless one runs past its end.
        let first = reported_starts.partition_point(|&s| s < c.span.start);
        let before = first > 0 && max_end[first - 1] > c.span.start;
        let crossing = claims[first..]
            .iter()
            .take_while(|r| r.span.start < c.span.end)
            .any(|r| r.span.end > c.span.end || r.span == c.span);
        if !before && !crossing && !c.span.is_empty() {
            claims.push(c);
        }
    }
    claims.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    claims
}
