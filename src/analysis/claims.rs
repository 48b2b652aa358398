//! Reported and check-worthy claims. (First version: filled in by the claims work.)
use super::segment::Document;
use super::types::{Claim, Cluster, Entity, Lang, Quote};

pub fn extract(
    _doc: &Document,
    _lang: Lang,
    _entities: &[Entity],
    _clusters: &[Cluster],
    _quotes: &[Quote],
) -> Vec<Claim> {
    Vec::new()
}
