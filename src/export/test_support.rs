//! Small builders shared by the exporters' unit tests.

use crate::analysis::{Analysis, Entity, Label, Span};

/// An analysis with one entity covering the first occurrence of `needle` in `text`.
pub fn one_entity(text: &str, needle: &str, label: Label) -> Analysis {
    let at = text.find(needle).expect("needle in text");
    Analysis {
        entities: vec![Entity {
            span: Span::new(at, at + needle.len()),
            label,
            rule: format!("ENT/TEST/{}", label.as_str()),
            cluster: None,
            value: None,
        }],
        ..Analysis::default()
    }
}
