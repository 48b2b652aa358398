//! The structural invariants every analysis must satisfy, whatever the input (shared by
//! `tests/invariants.rs` and `tests/hostile.rs`). Returns a description of the first violation.

use lede::{Analysis, Span};

fn span_ok(text: &str, s: Span, what: &str) -> Result<(), String> {
    if s.start > s.end || s.end > text.len() {
        return Err(format!(
            "{what}: span {s:?} out of the text (len {})",
            text.len()
        ));
    }
    if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
        return Err(format!("{what}: span {s:?} not on char boundaries"));
    }
    Ok(())
}

/// Checks: spans inside the text on char boundaries with start <= end; layers sorted; entities
/// non-overlapping; quote words inside their marks; claims disjoint or nested, never crossing;
/// cluster and mention indices valid.
pub fn check(text: &str, a: &Analysis) -> Result<(), String> {
    for (i, p) in a.paragraphs.iter().enumerate() {
        span_ok(text, *p, "paragraph")?;
        if i > 0 && a.paragraphs[i - 1].end > p.start {
            return Err(format!("paragraphs overlap or unsorted at {i}"));
        }
    }
    if let Some(d) = &a.dateline {
        span_ok(text, d.span, "dateline")?;
        if let Some(p) = d.place_span {
            span_ok(text, p, "dateline place")?;
        }
    }
    if let Some(b) = &a.byline {
        span_ok(text, b.span, "byline")?;
    }
    for (i, e) in a.entities.iter().enumerate() {
        span_ok(text, e.span, "entity")?;
        if e.span.is_empty() {
            return Err(format!("empty entity {e:?}"));
        }
        if let Some(c) = e.cluster {
            if c >= a.clusters.len() {
                return Err(format!("entity {i} points at missing cluster {c}"));
            }
        }
        if i > 0 {
            let prev = a.entities[i - 1].span;
            if prev.start > e.span.start {
                return Err(format!("entities unsorted at {i}"));
            }
            if prev.end > e.span.start {
                return Err(format!("entities overlap: {prev:?} and {:?}", e.span));
            }
        }
    }
    for c in &a.clusters {
        if c.mentions.iter().any(|&m| m >= a.entities.len()) {
            return Err(format!("cluster {} has a mention out of range", c.name));
        }
    }
    let speaker_ok = |s: &Option<lede::Speaker>, what: &str| -> Result<(), String> {
        if let Some(s) = s {
            span_ok(text, s.mention, what)?;
            if s.cluster.is_some_and(|c| c >= a.clusters.len()) {
                return Err(format!("{what}: missing cluster"));
            }
        }
        Ok(())
    };
    for (i, q) in a.quotes.iter().enumerate() {
        span_ok(text, q.span, "quote")?;
        span_ok(text, q.outer, "quote outer")?;
        if !q.outer.contains(q.span) {
            return Err(format!(
                "quote words {:?} outside marks {:?}",
                q.span, q.outer
            ));
        }
        speaker_ok(&q.speaker, "quote speaker")?;
        if let Some(c) = &q.cue {
            span_ok(text, c.span, "quote cue")?;
        }
        if i > 0 && a.quotes[i - 1].span.start > q.span.start {
            return Err(format!("quotes unsorted at {i}"));
        }
    }
    for (i, c) in a.claims.iter().enumerate() {
        span_ok(text, c.span, "claim")?;
        speaker_ok(&c.source, "claim source")?;
        if let Some(cue) = &c.cue {
            span_ok(text, cue.span, "claim cue")?;
        }
        if i > 0 && a.claims[i - 1].span.start > c.span.start {
            return Err(format!("claims unsorted at {i}"));
        }
    }
    // Claims nest or are disjoint: a sweep with a stack of open claims (sorted by start, longest
    // first) is linear.
    let mut open: Vec<Span> = Vec::new();
    for c in &a.claims {
        while open.last().is_some_and(|o| o.end <= c.span.start) {
            open.pop();
        }
        if let Some(o) = open.last() {
            if !o.contains(c.span) {
                return Err(format!("claims cross: {o:?} and {:?}", c.span));
            }
        }
        open.push(c.span);
    }
    Ok(())
}
