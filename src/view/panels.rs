//! The side panels' data: who said what (speakers with their quotes and claims) and entities
//! grouped by cluster with their aliases. Pure, so the grouping is tested natively.

use super::describe::speaker_key;
use super::segments::Layer;
use crate::{Analysis, Label};
use std::collections::HashMap;

/// One speaker (or "Unattributed") and what they said, in article order.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerGroup {
    pub name: String,
    pub cluster: Option<usize>,
    /// Quotes and claims: (layer, index into the analysis list).
    pub items: Vec<(Layer, usize)>,
}

/// Speakers in order of first appearance; quotes with no speaker come last, as "Unattributed".
/// Non-speech quotes (scare quotes, titles) are left out: nobody said them.
pub fn who_said_what(a: &Analysis) -> Vec<SpeakerGroup> {
    // Hash lookups keep this linear: a megabyte of text has thousands of quotes.
    let mut groups: Vec<(SpeakerGroup, usize)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut orphans = Vec::new();
    let mut add = |layer: Layer, i: usize, at: usize, s: Option<&crate::Speaker>| match s {
        Some(s) => match index.get(&speaker_key(s)) {
            Some(&g) => {
                groups[g].0.items.push((layer, i));
                groups[g].1 = groups[g].1.min(at);
            }
            None => {
                index.insert(speaker_key(s), groups.len());
                groups.push((
                    SpeakerGroup {
                        name: s.name.clone(),
                        cluster: s.cluster,
                        items: vec![(layer, i)],
                    },
                    at,
                ));
            }
        },
        None => orphans.push((at, layer, i)),
    };
    for (i, q) in a.quotes.iter().enumerate().filter(|(_, q)| q.speech) {
        add(Layer::Quote, i, q.span.start, q.speaker.as_ref());
    }
    for (i, c) in a.claims.iter().enumerate() {
        if c.kind == crate::ClaimKind::Reported || c.source.is_some() {
            add(Layer::Claim, i, c.span.start, c.source.as_ref());
        }
    }
    let start = |a: &Analysis, (l, i): (Layer, usize)| match l {
        Layer::Quote => a.quotes.get(i).map_or(0, |q| q.span.start),
        Layer::Claim => a.claims.get(i).map_or(0, |c| c.span.start),
        Layer::Entity => a.entities.get(i).map_or(0, |e| e.span.start),
    };
    crate::analysis::sorting::sort_by_key(&mut groups, |(_, first)| *first);
    let mut out: Vec<SpeakerGroup> = groups
        .into_iter()
        .map(|(mut g, _)| {
            crate::analysis::sorting::sort_by_key(&mut g.items, |it| start(a, *it));
            g
        })
        .collect();
    if !orphans.is_empty() {
        crate::analysis::sorting::sort(&mut orphans);
        out.push(SpeakerGroup {
            name: "Unattributed".into(),
            cluster: None,
            items: orphans.into_iter().map(|(_, l, i)| (l, i)).collect(),
        });
    }
    out
}

/// One referent: its best name, label, the distinct ways it is written, and its mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityGroup {
    pub name: String,
    pub label: Label,
    pub cluster: Option<usize>,
    pub aliases: Vec<String>,
    /// Indices into `Analysis::entities`.
    pub mentions: Vec<usize>,
}

/// Entities grouped by cluster (unclustered mentions grouped by their text), most mentioned first.
pub fn entity_groups(text: &str, a: &Analysis) -> Vec<EntityGroup> {
    let mut out: Vec<EntityGroup> = Vec::new();
    // Group key: the cluster, or the written name and label of an unclustered mention.
    let mut index: HashMap<(Option<usize>, String, Label), usize> = HashMap::new();
    for (i, e) in a.entities.iter().enumerate() {
        let written = e.span.text(text).to_string();
        let key = match e.cluster {
            Some(c) => (Some(c), String::new(), Label::Misc),
            None => (None, written.clone(), e.label),
        };
        let g = match index.get(&key) {
            Some(&g) => g,
            None => {
                let name = e
                    .cluster
                    .and_then(|c| a.clusters.get(c))
                    .map_or(written.clone(), |c| c.name.clone());
                index.insert(key, out.len());
                out.push(EntityGroup {
                    name,
                    label: e.label,
                    cluster: e.cluster,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                });
                out.len() - 1
            }
        };
        let g = &mut out[g];
        g.mentions.push(i);
        // Few aliases per referent, so this scan stays short.
        if !written.is_empty() && !g.aliases.contains(&written) {
            g.aliases.push(written);
        }
    }
    // Stable: ties keep article order.
    crate::analysis::sorting::sort_by_key(&mut out, |g| std::cmp::Reverse(g.mentions.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_quotes_by_speaker_in_article_order() {
        let text = "« Oui », a déclaré Emmanuel Macron. « Non », a répondu Olaf Scholz. \
                    « Peut-être », a ajouté Emmanuel Macron.";
        let a = crate::analyse(text);
        let g = who_said_what(&a);
        let total: usize = g.iter().map(|g| g.items.len()).sum();
        let speech = a.quotes.iter().filter(|q| q.speech).count();
        assert!(total >= speech, "every spoken quote is listed once");
        if let Some(m) = g.iter().find(|g| g.name.contains("Macron")) {
            assert!(m
                .items
                .windows(2)
                .all(|w| w[0].1 <= w[1].1 || w[0].0 != w[1].0));
        }
    }

    #[test]
    fn unattributed_quotes_come_last() {
        let text = "« Bonjour » et « au revoir ».";
        let a = crate::analyse(text);
        let g = who_said_what(&a);
        if let Some(last) = g.last() {
            if a.quotes.iter().any(|q| q.speech && q.speaker.is_none()) {
                assert_eq!(last.name, "Unattributed");
            }
        }
    }

    #[test]
    fn entity_groups_count_every_mention_once() {
        let text = "Joe Biden a parlé. Biden a ensuite appelé Paris. Joe Biden est reparti.";
        let a = crate::analyse(text);
        let g = entity_groups(text, &a);
        let total: usize = g.iter().map(|g| g.mentions.len()).sum();
        assert_eq!(total, a.entities.len());
        assert!(g
            .windows(2)
            .all(|w| w[0].mentions.len() >= w[1].mentions.len()));
    }
}
