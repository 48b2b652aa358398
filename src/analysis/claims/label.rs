//! Speaker labels: a paragraph that opens with a person's name and a colon reports that person's
//! words ("Reid: Never underestimate Trump", transcript lines "FALLIN: I think …",
//! "Emmanuel Macron : « … »"). The name must be exactly one person entity, so topic labels
//! ("Covid : …", "Update: …") are not read as speakers.

use crate::analysis::segment::{Document, TokKind};
use crate::analysis::types::{Claim, ClaimKind, Cue, Entity, Label, Span, Speaker};

/// The longest label, in tokens, before its colon.
const MAX_LABEL_TOKENS: usize = 6;
/// The longest labelled content, in tokens.
const MAX_CONTENT_TOKENS: usize = 150;
/// The shortest labelled content, in words.
const MIN_CONTENT_WORDS: usize = 3;

/// Claims of paragraphs opened by "Person: …". `entities` are sorted by start.
pub(crate) fn find(doc: &Document, entities: &[Entity]) -> Vec<Claim> {
    let mut out = Vec::new();
    for para in &doc.paragraphs {
        let first = doc.token_at_or_after(para.start);
        let Some(colon) = (first..doc.tokens.len().min(first + MAX_LABEL_TOKENS + 1))
            .take_while(|&k| doc.tokens[k].span.start < para.end)
            .find(|&k| doc.tok_text(k) == ":")
        else {
            continue;
        };
        let (Some(t0), Some(tc)) = (doc.tokens.get(first), doc.tokens.get(colon)) else {
            continue;
        };
        if colon == first {
            continue;
        }
        let label = Span::new(t0.span.start, doc.tokens[colon - 1].span.end);
        let i = entities.partition_point(|e| e.span.start < label.start);
        let Some(person) = entities
            .get(i)
            .filter(|e| e.span == label && e.label == Label::Per)
        else {
            continue;
        };
        let mut end = colon + 1;
        let mut words = 0;
        while end < doc.tokens.len()
            && end < colon + 1 + MAX_CONTENT_TOKENS
            && doc.tokens[end].span.end <= para.end
        {
            words += usize::from(doc.tokens[end].kind == TokKind::Word);
            end += 1;
        }
        if words < MIN_CONTENT_WORDS {
            continue;
        }
        let span = Span::new(
            doc.tokens[colon + 1].span.start,
            doc.tokens[end - 1].span.end,
        );
        out.push(Claim {
            span,
            kind: ClaimKind::Reported,
            source: Some(Speaker {
                mention: person.span,
                name: label.text(doc.text).to_string(),
                cluster: person.cluster,
            }),
            cue: Some(Cue {
                span: tc.span,
                lemma: ":".to_string(),
            }),
            reason: None,
            rule: "CLAIM/REPORTED/LABEL".to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per(t: &str, name: &str) -> Entity {
        let s = t.find(name).unwrap();
        Entity {
            span: Span::new(s, s + name.len()),
            label: Label::Per,
            rule: String::new(),
            cluster: None,
            value: None,
        }
    }

    #[test]
    fn a_person_label_opens_a_claim() {
        let t = "Harry Reid: Never underestimate the man.\n\nOther news.";
        let c = find(&Document::new(t), &[per(t, "Harry Reid")]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].span.text(t), "Never underestimate the man.");
        assert_eq!(c[0].source.as_ref().unwrap().name, "Harry Reid");
    }

    #[test]
    fn a_topic_label_is_not_a_speaker() {
        let t = "Covid : le gouvernement annonce de nouvelles mesures.";
        assert!(find(&Document::new(t), &[]).is_empty());
        let t = "Jean Dupont, maire de Lyon : trois mots.";
        assert!(find(&Document::new(t), &[per(t, "Jean Dupont")]).is_empty());
    }
}
