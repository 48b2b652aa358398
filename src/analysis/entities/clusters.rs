//! Within-document coreference: which mentions name the same referent.
//!
//! Three links, all linear or near-linear with hash maps:
//! - the same name twice ("Moscou" … "Moscou") — this also lends a label to an unlabelled
//!   mention (a sentence-initial "Valence" labelled by a later "à Valence");
//! - a surname alone after (or before) the full name ("Biden" → "Joe Biden", "M. Biden");
//! - an acronym and its expansion, either written "Organisation des Nations unies (ONU)" or with
//!   matching initials anywhere in the document.
//!
//! Each cluster's canonical name is its most complete mention (most tokens, then longest).

use super::gazetteer::{HashMap, W_COMMON, W_ORG_WORD, W_PARTICLE, W_STOP, W_VERY_COMMON};
use super::{Ctx, Mention};
use crate::analysis::types::{Cluster, Entity, Label};

/// Labels what coreference can label, and sets each mention's `group` (cluster id).
// Mention indices double as union-find ids, so index loops read better than iterators here.
#[allow(clippy::needless_range_loop)]
pub(crate) fn resolve(ctx: &Ctx, mut ms: Vec<Mention>) -> Vec<Mention> {
    // Every mention's key ([`Ctx::key`]), written one after the other into one buffer.
    let mut all = String::new();
    let bounds: Vec<(usize, usize)> = ms
        .iter()
        .map(|m| {
            let a = all.len();
            ctx.push_keys(&mut all, m.s, m.e);
            (a, all.len())
        })
        .collect();
    let keys: Vec<&str> = bounds
        .iter()
        .map(|&(a, b)| all.get(a..b).unwrap_or(""))
        .collect();
    let mut uf = UnionFind::new(ms.len());
    // Each distinct key numbered once: the per-name tables below are vectors indexed by that
    // number instead of maps probed with the key again and again.
    let (ids, names) = key_ids(&keys);

    let mut counts = vec![0u8; names];
    for &id in &ids {
        counts[id] = counts[id].saturating_add(1).min(3);
    }
    for (m, &id) in ms.iter_mut().zip(&ids) {
        m.seen = counts[id];
    }

    lend_same_name(&mut ms, &keys, &ids, names);

    // Surnames of multi-word person names.
    let mut surnames: HashMap<&str, Vec<(usize, bool)>> = HashMap::default();
    for (i, m) in ms.iter().enumerate() {
        let last = ctx.low(m.e - 1);
        let surname_like = last.chars().count() >= 2
            && !ctx.has(m.e - 1, W_STOP | W_VERY_COMMON)
            && ctx.lex.title(last).is_none()
            && !ctx.is_upper(m.e - 1);
        if m.label == Some(Label::Per) && m.e - m.s >= 2 && surname_like {
            // Only strong full names may turn a listed place into a person ("Hollande").
            let strong = matches!(
                m.rule,
                "ENT/FIRSTNAME/PER" | "ENT/TITLE/PER" | "ENT/GAZ/PER"
            );
            surnames.entry(last).or_default().push((i, strong));
        }
    }
    for i in 0..ms.len() {
        let m = &ms[i];
        // A one-word place or organisation name that is the surname of a person named in the
        // document is that person ("François Hollande" … "Hollande").
        let gaz_name = m.rule.starts_with("ENT/GAZ/")
            && m.title.is_none()
            && m.label != Some(Label::Date)
            && !ctx.is_upper(m.s);
        if m.e - m.s != 1 || !(matches!(m.label, None | Some(Label::Per)) || gaz_name) {
            continue;
        }
        if let Some(full) = surnames.get(ctx.low(m.s)) {
            if gaz_name && !full.iter().any(|&(_, strong)| strong) {
                continue;
            }
            // The nearest full name before the mention, else the first one after it.
            let j = full
                .iter()
                .rev()
                .find(|&&(j, _)| j < i)
                .or(full.first())
                .map(|&(j, _)| j);
            if let Some(j) = j {
                if ms[i].label != Some(Label::Per) {
                    ms[i].label = Some(Label::Per);
                    ms[i].rule = "ENT/COREF/PER";
                }
                uf.union(i, j);
            }
        }
    }

    link_acronyms(ctx, &mut ms, &mut uf);
    lend_same_name(&mut ms, &keys, &ids, names);
    if lend_coordinated(ctx, &mut ms) {
        lend_same_name(&mut ms, &keys, &ids, names);
    }
    follow_evidence(&mut ms, &ids, names);

    // Same name, same label: one referent (the first mention of each name and label).
    let mut first = vec![[usize::MAX; LABEL_SLOTS]; names];
    for i in 0..ms.len() {
        let slot = &mut first[ids[i]][label_slot(ms[i].label)];
        if *slot == usize::MAX {
            *slot = i;
        }
        uf.union(i, *slot);
    }

    for i in 0..ms.len() {
        ms[i].group = uf.find(i);
    }
    ms
}

/// Numbers the distinct keys in order of first appearance: each mention's number, and how
/// many there are.
fn key_ids(keys: &[&str]) -> (Vec<usize>, usize) {
    let mut seen: HashMap<&str, usize> = HashMap::default();
    seen.reserve(keys.len());
    let ids = keys
        .iter()
        .map(|k| {
            let next = seen.len();
            *seen.entry(k).or_insert(next)
        })
        .collect();
    (ids, seen.len())
}

/// One slot per `Option<Label>` value.
const LABEL_SLOTS: usize = 6;

fn label_slot(l: Option<Label>) -> usize {
    match l {
        None => 0,
        Some(Label::Per) => 1,
        Some(Label::Org) => 2,
        Some(Label::Loc) => 3,
        Some(Label::Date) => 4,
        Some(Label::Misc) => 5,
    }
}

/// Same name: the first labelled mention of each name lends its label to unlabelled ones.
/// (`ids` numbers the `keys`, `names` of them: [`key_ids`].)
fn lend_same_name(ms: &mut [Mention], keys: &[&str], ids: &[usize], names: usize) {
    let mut by_key = vec![usize::MAX; names];
    for (i, (m, &id)) in ms.iter().zip(ids).enumerate() {
        if m.label.is_some() && by_key[id] == usize::MAX {
            by_key[id] = i;
        }
    }
    for i in 0..ms.len() {
        if ms[i].label.is_none() && keys[i].chars().count() >= 2 {
            let j = by_key[ids[i]];
            if j != usize::MAX {
                ms[i].label = ms[j].label;
                ms[i].rule = "ENT/COREF/SAME";
            }
        }
    }
}

/// Rules whose label is a guess from the shape or neighbourhood of the name ("Socotra's" as a
/// person, a capitalised pair as a person), not evidence about the name itself.
fn weak_rule(rule: &str) -> bool {
    matches!(
        rule,
        "ENT/SHAPE/PER" | "ENT/POSS/PER" | "ENT/CITE/PER" | "ENT/COREF/SAME" | "ENT/COORD"
    )
}

/// Same name, one referent: mentions labelled by a weak guess take the label that the
/// mentions with evidence give the name most often ("in Socotra" … "Socotra's coast").
fn follow_evidence(ms: &mut [Mention], ids: &[usize], names: usize) {
    // Per name: votes of the evidence-backed mentions for PER, ORG, LOC (none: no such vote).
    let mut votes: Vec<Option<[u16; 3]>> = vec![None; names];
    let mut voted = false;
    let slot = |l: Option<Label>| match l {
        Some(Label::Per) => Some(0),
        Some(Label::Org) => Some(1),
        Some(Label::Loc) => Some(2),
        _ => None,
    };
    let mut any_weak = false;
    for (m, &id) in ms.iter().zip(ids) {
        if weak_rule(m.rule) {
            any_weak = true;
        } else if let Some(x) = slot(m.label) {
            let v = votes[id].get_or_insert_default();
            v[x] = v[x].saturating_add(1);
            voted = true;
        }
    }
    if !any_weak || !voted {
        return;
    }
    for (m, &id) in ms.iter_mut().zip(ids) {
        if !weak_rule(m.rule) || slot(m.label).is_none() {
            continue;
        }
        let Some(v) = votes[id] else { continue };
        let best = (0..3).max_by_key(|&x| v[x]).unwrap_or(0);
        // A clear winner only: a tie leaves the guess.
        let clear = (0..3).all(|x| x == best || v[x] < v[best]);
        let label = [Label::Per, Label::Org, Label::Loc][best];
        if clear && m.label != Some(label) {
            m.label = Some(label);
            m.rule = "ENT/COREF/SAME";
        }
    }
}

/// Items of one list share a label: an unlabelled name joined by a comma or a list conjunction
/// to a labelled one takes its label ("in Mosul, Baiji, and Tuz", "Craig and Nate"). Forward
/// then backward, so a label runs along a whole list. Returns whether any label was lent.
fn lend_coordinated(ctx: &Ctx, ms: &mut [Mention]) -> bool {
    if ctx.lex.list_joiners.iter().next().is_none() || ms.len() < 2 {
        return false;
    }
    let mut lent = false;
    for forward in [true, false] {
        for step in 1..ms.len() {
            let (i, j) = if forward {
                (step, step - 1)
            } else {
                (ms.len() - 1 - step, ms.len() - step)
            };
            let label = ms[j].label;
            let (a, b) = if forward {
                (&ms[j], &ms[i])
            } else {
                (&ms[i], &ms[j])
            };
            if ms[i].label.is_none()
                && matches!(label, Some(Label::Per | Label::Org | Label::Loc))
                && joined(ctx, a.e, b.s)
                && list_item(ctx, &ms[i])
            {
                ms[i].label = label;
                ms[i].rule = "ENT/COORD";
                lent = true;
            }
        }
    }
    lent
}

/// Tokens `[e, s)` join two list items: ",", a list conjunction, or both (", and").
fn joined(ctx: &Ctx, e: usize, s: usize) -> bool {
    let conj = |i: usize| ctx.lex.list_joiners.contains(ctx.low(i));
    match s.checked_sub(e) {
        Some(1) => ctx.text(e) == "," || conj(e),
        Some(2) => ctx.text(e) == "," && conj(e + 1),
        _ => false,
    }
}

/// A mention that may be a list item: not opening a sentence, in a mixed-case sentence, with no
/// common first word, no pronoun ("Laura and I") and no title ("Kelly Cloud, Senior Vice
/// President").
fn list_item(ctx: &Ctx, m: &Mention) -> bool {
    use super::gazetteer::W_PRONOUN;
    !ctx.initial.get(m.s).copied().unwrap_or(true)
        && !ctx.shouting.get(m.s).copied().unwrap_or(true)
        && !ctx.has(m.s, W_COMMON)
        && !(m.s..m.e).any(|i| {
            ctx.low(i).bytes().any(|b| b.is_ascii_digit())
                || ctx.flags(i) & W_PRONOUN != 0
                || ctx
                    .low(i)
                    .split_once('\'')
                    .is_some_and(|(p, _)| ctx.lex.pronouns.contains(p))
                || ctx.title_at(i, m.e).is_some()
        })
}

/// Upper-case letters of an acronym, without dots: "U.N" → "UN".
pub(super) fn acronym_letters(s: &str) -> Option<String> {
    // Checked before anything is allocated: most names are no acronym.
    let mut n = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        n += 1;
        if n > 8 || !c.is_uppercase() {
            return None;
        }
    }
    (n >= 2).then(|| s.chars().filter(|c| c.is_alphabetic()).collect())
}

/// Initials of a multi-word name's content words: "Organisation des Nations unies" → "ONU".
fn initials(ctx: &Ctx, m: &Mention) -> String {
    (m.s..m.e)
        .filter(|&i| ctx.is_word(i) && !ctx.has(i, W_PARTICLE))
        .filter(|&i| !ctx.has(i, W_STOP))
        .filter_map(|i| ctx.text(i).chars().next())
        // Exactly `char::to_uppercase`, from smaller tables (`case`).
        .fold(String::new(), |mut s, c| {
            crate::analysis::case::push_upper(&mut s, c);
            s
        })
}

fn link_acronyms(ctx: &Ctx, ms: &mut [Mention], uf: &mut UnionFind) {
    let mut by_initials: HashMap<String, usize> = HashMap::default();
    for (i, m) in ms.iter().enumerate() {
        if m.e - m.s >= 2 && matches!(m.label, Some(Label::Org) | Some(Label::Loc) | None) {
            let ini = initials(ctx, m);
            if ini.chars().count() >= 2 {
                by_initials.entry(ini).or_insert(i);
            }
        }
    }
    for i in 0..ms.len() {
        if ms[i].e - ms[i].s != 1 {
            continue;
        }
        let Some(acr) = acronym_letters(ctx.text(ms[i].s)) else {
            continue;
        };
        // "Organisation des Nations unies (ONU)": the mention right before the parenthesis.
        // Not a dateline's agency after its place ("WASHINGTON (AP)").
        let paren = i > 0
            && ms[i].s >= 1
            && ctx.text(ms[i].s - 1) == "("
            && ms[i - 1].e + 1 == ms[i].s
            && ms[i - 1].rule != super::model::RULE_DATELINE;
        // (Its initials must start alike: "Chuck Schumer (D-N.Y.)" is no acronym's expansion.)
        let j = if paren {
            let first = |w: &str| w.chars().next();
            Some(i - 1).filter(|_| first(&initials(ctx, &ms[i - 1])) == first(&acr))
        } else {
            by_initials.get(&acr).copied()
        };
        if let Some(j) = j.filter(|&j| j != i) {
            // An expansion made of common words only names a term, not an organisation:
            // "Global Positioning System (GPS)", "Compact Fluorescent Light (CFL)".
            if ms[j].label.is_none() && ms[i].label.is_none() && all_common(ctx, &ms[j]) {
                continue;
            }
            // Matching initials far apart prove little when neither side has a label: a term
            // and its abbreviation ("Digital Humanities" … "DH"), not an organisation.
            if !paren && ms[j].label.is_none() && ms[i].label.is_none() {
                continue;
            }
            if ms[j].label.is_none() {
                ms[j].label = Some(Label::Org);
                ms[j].rule = "ENT/COREF/ACRONYM";
            }
            if ms[i].label != Some(Label::Loc) || ms[j].label == Some(Label::Loc) {
                if ms[i].label != ms[j].label {
                    ms[i].rule = "ENT/COREF/ACRONYM";
                }
                ms[i].label = ms[j].label;
            }
            uf.union(i, j);
        }
    }
}

/// True when every word of `m` is a common word that is no organisation head.
fn all_common(ctx: &Ctx, m: &Mention) -> bool {
    (m.s..m.e).all(|i| {
        !ctx.is_word(i) || ctx.has(i, W_PARTICLE) || ctx.has(i, W_COMMON) && !ctx.has(i, W_ORG_WORD)
    })
}

/// Builds the cluster list for the final (sorted, disjoint) entities: renumbers their group ids
/// densely and names each cluster by its most complete mention.
pub(crate) fn attach(ctx: &Ctx, entities: &mut [Entity]) -> Vec<Cluster> {
    // Group ids are mention indices (union-find roots): a table indexed by them. Each cluster's
    // best mention and size are found first, so its name is copied and its mention list
    // allocated once.
    let groups = entities
        .iter()
        .filter_map(|e| e.cluster)
        .max()
        .map_or(0, |g| g + 1);
    let mut ids = vec![usize::MAX; groups];
    // Per cluster: the entity naming it, that entity's score, its number of mentions.
    let mut best: Vec<(usize, (usize, usize), usize)> = Vec::new();
    for (ei, e) in entities.iter_mut().enumerate() {
        let Some(id) = e.cluster.and_then(|g| ids.get_mut(g)) else {
            continue;
        };
        let text = e.span.text(ctx.doc.text);
        let score = (text.split_whitespace().count(), text.len());
        if *id == usize::MAX {
            // The first mention names the cluster until a more complete one comes.
            *id = best.len();
            best.push((ei, (0, 0), 0));
        }
        let b = &mut best[*id];
        if score > b.1 {
            *b = (ei, score, b.2);
        }
        b.2 += 1;
        e.cluster = Some(*id);
    }
    let mut clusters: Vec<Cluster> = best
        .iter()
        .map(|&(ei, _, n)| Cluster {
            name: entities[ei].span.text(ctx.doc.text).to_string(),
            label: entities[ei].label,
            mentions: Vec::with_capacity(n),
        })
        .collect();
    for (ei, e) in entities.iter().enumerate() {
        if let Some(c) = e.cluster.and_then(|id| clusters.get_mut(id)) {
            c.mentions.push(ei);
        }
    }
    clusters
}

/// Minimal union-find with path halving.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::extract;
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;

    fn clusters_of(t: &str, lang: Lang) -> Vec<(String, Vec<String>)> {
        let doc = Document::new(t);
        let (ents, cl) = extract(&doc, lang, None);
        cl.iter()
            .map(|c| {
                let ms = c
                    .mentions
                    .iter()
                    .map(|&i| ents[i].span.text(t).to_string())
                    .collect();
                (c.name.clone(), ms)
            })
            .collect()
    }

    #[test]
    fn surname_links_to_full_name() {
        let c = clusters_of(
            "Joe Biden a parlé. Selon Biden, rien n'est fait. M. Biden est parti.",
            Lang::Fr,
        );
        assert_eq!(
            c,
            [(
                "Joe Biden".to_string(),
                vec!["Joe Biden".into(), "Biden".into(), "Biden".into()]
            )]
        );
    }

    #[test]
    fn terms_made_of_common_words_are_no_organisations() {
        let doc = Document::new("The Global Positioning System (GPS) works. The GPS is cheap.");
        let (ents, _) = extract(&doc, Lang::En, None);
        assert!(ents.is_empty(), "{ents:?}");
    }

    #[test]
    fn list_items_share_a_label() {
        let got = crate::analysis::entities::labelled(
            "Clashes left people dead in Mosul, Baiji, and Tuz. We met Craig and Bosco there. \
             The grid A1, B2 and C3 is new.",
            Lang::En,
        );
        for (name, label) in [("Baiji", "LOC"), ("Tuz", "LOC"), ("Bosco", "PER")] {
            assert!(got.contains(&(name.to_string(), label)), "{name}: {got:?}");
        }
        // Codes with digits are no names, whatever their neighbours.
        assert!(!got.iter().any(|(t, _)| t == "B2" || t == "C3"), "{got:?}");
    }

    #[test]
    fn acronym_links_to_expansion() {
        let c = clusters_of(
            "L'Organisation des Nations unies (ONU) a voté. Plus tard, l'ONU a publié un texte.",
            Lang::Fr,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "Organisation des Nations unies");
        assert_eq!(c[0].1.len(), 3);
    }
}
