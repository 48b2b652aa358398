//! Check-worthy statements: unattributed factual assertions. (Filled in by the claims work.)
use crate::analysis::segment::Document;
use crate::analysis::types::{Claim, Entity, Lang, Quote};

pub fn find(_doc: &Document, _lang: Lang, _entities: &[Entity], _quotes: &[Quote]) -> Vec<Claim> {
    Vec::new()
}
