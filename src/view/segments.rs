//! Turns an [`Analysis`] and its text into a tree of render segments: plain text runs and marks,
//! nested claim ⊃ quote ⊃ entity, ready for the reading view to walk once.
//!
//! The layers overlap freely (a claim may start inside a quote and end after it, an entity may
//! straddle a quote mark), but HTML elements must nest. So the text is cut at every span boundary
//! into atoms; each atom knows which spans cover it, ordered outermost first (claims, then quotes,
//! then entities; longer before shorter). Walking the atoms with a stack of open marks nests the
//! marks, and a span that crosses an enclosing mark's edge is split into pieces whose `head` /
//! `tail` flags say which piece carries the real start and end (for rounded corners and chips).
//! Everything is linear in the number of spans times the (small) nesting depth.

use crate::{Analysis, Span};
use std::collections::BTreeSet;

/// The three highlight layers, in nesting order (outermost first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Claim,
    Quote,
    Entity,
}

impl Layer {
    /// The `data-kind` value of the foundation contract.
    pub fn kind(self) -> &'static str {
        match self {
            Layer::Claim => "claim",
            Layer::Quote => "quote",
            Layer::Entity => "entity",
        }
    }
}

/// One node of the render tree. Offsets are byte offsets into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// Plain text `text[start..end]`.
    Text { start: usize, end: usize },
    /// A highlight: `index` points into the layer's list in the [`Analysis`].
    Mark {
        layer: Layer,
        index: usize,
        start: usize,
        end: usize,
        /// This piece starts where the span starts (false for the continuation of a split span).
        head: bool,
        /// This piece ends where the span ends.
        tail: bool,
        children: Vec<Node>,
    },
    /// The speaker chip shown after quote `quote` (after its closing quotation mark).
    Chip { quote: usize },
}

/// Sort key of a span: outermost first. Equal keys cannot happen (the index breaks ties).
type Key = (Layer, usize, std::cmp::Reverse<usize>, usize);

struct Open {
    key: Key,
    start: usize,
    children: Vec<Node>,
}

/// True when `span` is a non-empty range of `text` on character boundaries.
fn valid(text: &str, s: Span) -> bool {
    s.start < s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

/// Builds the render tree for `text`. Invalid spans (out of range, not on char boundaries, empty)
/// are skipped rather than trusted: the analysis may come from an older or hostile source.
pub fn build(text: &str, a: &Analysis) -> Vec<Node> {
    let mut spans: Vec<(Key, Span)> = Vec::new();
    let mut push = |layer: Layer, index: usize, s: Span| {
        if valid(text, s) {
            spans.push(((layer, s.start, std::cmp::Reverse(s.end), index), s));
        }
    };
    for (i, c) in a.claims.iter().enumerate() {
        push(Layer::Claim, i, c.span);
    }
    for (i, q) in a.quotes.iter().enumerate() {
        push(Layer::Quote, i, q.span);
    }
    for (i, e) in a.entities.iter().enumerate() {
        push(Layer::Entity, i, e.span);
    }
    // Chips sit after the closing quotation mark (or after the quoted words if `outer` is odd).
    let mut chips: Vec<(usize, usize)> = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.speaker.is_some() && valid(text, q.span))
        .map(|(i, q)| {
            // After the closing mark, unless `outer` runs on past a line break (the chip would
            // open the next paragraph).
            let after = text.get(q.span.end..q.outer.end);
            let at = if valid(text, q.outer) && after.is_some_and(|t| !t.contains('\n')) {
                q.outer.end
            } else {
                q.span.end
            };
            (at, i)
        })
        .collect();
    crate::analysis::sorting::sort(&mut chips);

    // Boundary events: (position, is_start, key). Ends sort before starts at one position.
    let mut events: Vec<(usize, bool, Key)> = Vec::with_capacity(spans.len() * 2);
    for (key, s) in &spans {
        events.push((s.start, true, *key));
        events.push((s.end, false, *key));
    }
    crate::analysis::sorting::sort(&mut events);

    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut active: BTreeSet<Key> = BTreeSet::new();
    let mut ev = 0;
    let mut chip = 0;
    let mut pos = 0;
    loop {
        // Apply every event at `pos`.
        while ev < events.len() && events[ev].0 == pos {
            let (_, is_start, key) = events[ev];
            if is_start {
                active.insert(key);
            } else {
                active.remove(&key);
            }
            ev += 1;
        }
        let next = events.get(ev).map_or(text.len(), |e| e.0).max(pos);
        // Chip positions are boundaries too, so a chip lands exactly after its closing mark.
        let next = chips
            .iter()
            .skip(chip)
            .map(|c| c.0)
            .find(|&c| c > pos)
            .map_or(next, |c| c.min(next));
        // Close the open marks that do not continue into the next atom.
        let keep = stack
            .iter()
            .zip(active.iter())
            .take_while(|(o, k)| o.key == **k)
            .count();
        while stack.len() > keep {
            close(&mut stack, &mut root, pos);
        }
        while chip < chips.len() && chips[chip].0 <= pos {
            top(&mut stack, &mut root).push(Node::Chip {
                quote: chips[chip].1,
            });
            chip += 1;
        }
        if pos >= text.len() {
            break;
        }
        for key in active.iter().skip(keep) {
            stack.push(Open {
                key: *key,
                start: pos,
                children: Vec::new(),
            });
        }
        if next > pos {
            top(&mut stack, &mut root).push(Node::Text {
                start: pos,
                end: next,
            });
        }
        pos = next;
    }
    while !stack.is_empty() {
        close(&mut stack, &mut root, pos);
    }
    root
}

fn top<'a>(stack: &'a mut [Open], root: &'a mut Vec<Node>) -> &'a mut Vec<Node> {
    match stack.last_mut() {
        Some(o) => &mut o.children,
        None => root,
    }
}

fn close(stack: &mut Vec<Open>, root: &mut Vec<Node>, pos: usize) {
    let Some(o) = stack.pop() else { return };
    let (layer, start, std::cmp::Reverse(span_end), index) = o.key;
    let node = Node::Mark {
        layer,
        index,
        start: o.start,
        end: pos,
        head: o.start == start,
        tail: pos == span_end,
        children: o.children,
    };
    top(stack, root).push(node);
}

/// Cuts the top level of a long tree into chunks of about `size` nodes, each ending just after a
/// line break (a text node is split there if needed). The reading view renders each chunk as its
/// own block, one per frame: appending a block lays out only that block, while appending inline
/// content to one huge block re-lays the whole article every frame. Ending on a line break makes
/// the blocks render exactly as one flow would. A tree with no line break stays one chunk.
pub fn chunks(text: &str, nodes: &[Node], size: usize) -> Vec<Vec<Node>> {
    let mut out = Vec::new();
    let mut cur: Vec<Node> = Vec::new();
    for n in nodes {
        if cur.len() >= size.max(1) {
            if let Node::Text { start, end } = *n {
                let cut = text
                    .get(start..end)
                    .and_then(|t| t.rfind('\n'))
                    .map(|i| start + i + 1);
                if let Some(cut) = cut {
                    cur.push(Node::Text { start, end: cut });
                    out.push(std::mem::take(&mut cur));
                    if cut < end {
                        cur.push(Node::Text { start: cut, end });
                    }
                    continue;
                }
            }
        }
        cur.push(n.clone());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Flattens the tree back to the text it covers (used by tests and by the renderer's checks).
pub fn covered_text(text: &str, nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        match n {
            Node::Text { start, end } => out.push_str(text.get(*start..*end).unwrap_or("")),
            Node::Mark { children, .. } => out.push_str(&covered_text(text, children)),
            Node::Chip { .. } => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Claim, ClaimKind, Entity, Label, Quote, Speaker};

    fn ent(s: usize, e: usize) -> Entity {
        Entity {
            span: Span::new(s, e),
            label: Label::Per,
            rule: "ENT/TEST".into(),
            cluster: None,
            value: None,
        }
    }
    /// A quote of `s..e` whose marks are one byte wide (tests with guillemets set `outer`).
    fn quote(s: usize, e: usize, speaker: bool) -> Quote {
        Quote {
            span: Span::new(s, e),
            outer: Span::new(s - 1, e + 1),
            speech: true,
            speaker: speaker.then(|| Speaker {
                mention: Span::new(0, 1),
                name: "X".into(),
                cluster: None,
            }),
            cue: None,
            rule: "QUOTE/TEST".into(),
        }
    }
    fn claim(s: usize, e: usize) -> Claim {
        Claim {
            span: Span::new(s, e),
            kind: ClaimKind::Reported,
            source: None,
            cue: None,
            reason: None,
            rule: "CLAIM/TEST".into(),
        }
    }

    /// A compact picture of the tree: `[c:…]` claim, `[q:…]` quote, `[e:…]` entity, `^` chip,
    /// `<`/`>` mark a piece that is not the span's head/tail.
    fn show(text: &str, nodes: &[Node]) -> String {
        let mut out = String::new();
        for n in nodes {
            match n {
                Node::Text { start, end } => out.push_str(&text[*start..*end]),
                Node::Mark {
                    layer,
                    head,
                    tail,
                    children,
                    ..
                } => {
                    out.push('[');
                    if !head {
                        out.push('<');
                    }
                    out.push_str(&layer.kind()[..1]);
                    out.push(':');
                    out.push_str(&show(text, children));
                    if !tail {
                        out.push('>');
                    }
                    out.push(']');
                }
                Node::Chip { .. } => out.push('^'),
            }
        }
        out
    }

    #[test]
    fn entity_inside_quote_inside_claim_nests() {
        let text = "He said «Paris is big» today.";
        let q = text.find("Paris").unwrap();
        let close = text.find('»').unwrap();
        let mut quoted = quote(q, close, true);
        quoted.outer = Span::new(q - '«'.len_utf8(), close + '»'.len_utf8());
        let a = Analysis {
            claims: vec![claim(3, quoted.outer.end)],
            quotes: vec![quoted],
            entities: vec![ent(q, q + 5)],
            ..Default::default()
        };
        let t = build(text, &a);
        assert_eq!(show(text, &t), "He [c:said «[q:[e:Paris] is big]»]^ today.");
        assert_eq!(covered_text(text, &t), text);
    }

    #[test]
    fn crossing_spans_split_the_inner_layer() {
        // The entity crosses the claim's end: it is split, the claim stays whole.
        let text = "abcdefghij";
        let a = Analysis {
            claims: vec![claim(0, 5)],
            entities: vec![ent(3, 8)],
            ..Default::default()
        };
        let t = build(text, &a);
        assert_eq!(show(text, &t), "[c:abc[e:de>]][<e:fgh]ij");
        assert_eq!(covered_text(text, &t), text);
    }

    #[test]
    fn equal_spans_put_claim_outside_quote() {
        let text = "xx yy zz";
        let a = Analysis {
            claims: vec![claim(3, 5)],
            quotes: vec![quote(3, 5, false)],
            ..Default::default()
        };
        assert_eq!(show(text, &build(text, &a)), "xx [c:[q:yy]] zz");
    }

    #[test]
    fn bad_spans_are_skipped_not_trusted() {
        let text = "é et ü";
        let a = Analysis {
            // Inside a multi-byte char, past the end, and empty.
            entities: vec![ent(1, 3), ent(5, 99), ent(4, 4)],
            ..Default::default()
        };
        let t = build(text, &a);
        assert_eq!(show(text, &t), "é et ü");
    }

    #[test]
    fn chip_at_text_end_is_kept() {
        let text = "«oui»";
        let mut q = quote(2, 5, true);
        q.outer = Span::new(0, text.len());
        let a = Analysis {
            quotes: vec![q],
            ..Default::default()
        };
        assert_eq!(show(text, &build(text, &a)), "«[q:oui]»^");
    }

    #[test]
    fn chip_sits_right_after_the_closing_mark_in_plain_text() {
        let text = "«oui» dit-il, puis rien.";
        let mut q = quote(2, 5, true);
        q.outer = Span::new(0, 7);
        let a = Analysis {
            quotes: vec![q],
            ..Default::default()
        };
        assert_eq!(
            show(text, &build(text, &a)),
            "«[q:oui]»^ dit-il, puis rien."
        );
    }

    #[test]
    fn chip_stays_in_the_quote_paragraph() {
        let text = "«oui»\n\nNext";
        let mut q = quote(2, 5, true);
        q.outer = Span::new(0, 9);
        let a = Analysis {
            quotes: vec![q],
            ..Default::default()
        };
        assert_eq!(show(text, &build(text, &a)), "«[q:oui]^»\n\nNext");
    }

    #[test]
    fn chunks_end_on_line_breaks_and_keep_the_text() {
        let text = "aa\nbb\ncc\ndd";
        let a = Analysis {
            entities: vec![ent(0, 2), ent(3, 5), ent(6, 8), ent(9, 11)],
            ..Default::default()
        };
        let tree = build(text, &a);
        let parts = chunks(text, &tree, 2);
        assert!(parts.len() > 1);
        for p in &parts[..parts.len() - 1] {
            assert!(covered_text(text, p).ends_with('\n'));
        }
        let joined: String = parts.iter().map(|p| covered_text(text, p)).collect();
        assert_eq!(joined, text);
        assert_eq!(chunks(text, &tree, 100).len(), 1);
    }

    #[test]
    fn empty_text_gives_no_nodes() {
        assert!(build("", &Analysis::default()).is_empty());
    }

    #[test]
    fn real_analysis_covers_the_text_exactly() {
        let text = "« Nous sommes prêts », a déclaré lundi Vladimir Poutine à Moscou.\n\n\
                    \"We are ready,\" said Joe Biden, who met 3,000 people in Paris.";
        let a = crate::analyse(text);
        let t = build(text, &a);
        assert_eq!(covered_text(text, &t), text);
    }
}
