//! Claims: reported speech with its source (`reported`), and unattributed check-worthy statements
//! (`checkworthy`). The two finders run independently and are merged here so claims never overlap
//! inconsistently: a check-worthy sentence already covered by a reported claim is dropped.
use super::segment::Document;
use super::types::{Claim, Cluster, Entity, Lang, Quote};

mod checkworthy;
mod reported;

pub fn extract(
    doc: &Document,
    lang: Lang,
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &[Quote],
) -> Vec<Claim> {
    let mut claims = reported::find(doc, lang, entities, clusters, quotes);
    let extra = checkworthy::find(doc, lang, entities, quotes);
    for c in extra {
        if !claims.iter().any(|r| r.span.overlap(c.span) > 0) {
            claims.push(c);
        }
    }
    claims.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    claims
}
