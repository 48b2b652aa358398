//! Reported claims: indirect and mixed speech with its source. (Filled in by the quotes/speakers work.)
use crate::analysis::segment::Document;
use crate::analysis::types::{Claim, Cluster, Entity, Lang, Quote};

pub fn find(
    _doc: &Document,
    _lang: Lang,
    _entities: &[Entity],
    _clusters: &[Cluster],
    _quotes: &[Quote],
) -> Vec<Claim> {
    Vec::new()
}
