//! Legend filters: which highlight kinds and labels are shown. They travel in share links as
//! `&f=<hidden keys, comma-separated>` (e.g. `f=claim,ORG`), and become CSS classes on the reading
//! view (`hide-claim hide-ORG`) so toggling one never re-renders the text.

use std::collections::BTreeSet;

/// Every key a filter can hide: the three kinds, the entity labels, the two claim kinds.
pub const KEYS: [&str; 10] = [
    "entity",
    "quote",
    "claim",
    "PER",
    "ORG",
    "LOC",
    "DATE",
    "MISC",
    "reported",
    "checkworthy",
];

/// The kind a sub-key belongs to (a label belongs to `entity`, a claim kind to `claim`).
fn parent(key: &str) -> Option<&'static str> {
    match key {
        "PER" | "ORG" | "LOC" | "DATE" | "MISC" => Some("entity"),
        "reported" | "checkworthy" => Some("claim"),
        _ => None,
    }
}

/// The set of hidden keys. Empty: everything shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    hidden: BTreeSet<&'static str>,
}

impl Filters {
    /// Reads the `f=` value of a link; unknown keys (from newer versions) are ignored.
    pub fn parse(s: &str) -> Filters {
        let hidden = s
            .split(',')
            .filter_map(|k| KEYS.iter().copied().find(|known| *known == k.trim()))
            .collect();
        Filters { hidden }
    }

    /// The `f=` value, or None when nothing is hidden (links stay short).
    pub fn encode(&self) -> Option<String> {
        (!self.hidden.is_empty()).then(|| self.hidden.iter().copied().collect::<Vec<_>>().join(","))
    }

    pub fn is_shown(&self, key: &str) -> bool {
        !self.hidden.contains(key)
    }

    pub fn toggle(&mut self, key: &str) {
        if let Some(k) = KEYS.iter().copied().find(|k| *k == key) {
            if !self.hidden.remove(k) {
                self.hidden.insert(k);
            }
        }
    }

    /// Shows only `key` (and the kind it belongs to): "only quotes", "only PER".
    pub fn only(&mut self, key: &str) {
        let mine = parent(key);
        // Hide the other kinds, and the siblings of a sub-key; keep `key`, its kind, its sub-keys.
        self.hidden = KEYS
            .iter()
            .copied()
            .filter(|k| *k != key && Some(*k) != mine && parent(k) != Some(key))
            .filter(|k| parent(k).is_none() || parent(k) == mine)
            .collect();
    }

    pub fn show_all(&mut self) {
        self.hidden.clear();
    }

    /// CSS classes for the reading view, e.g. `hide-quote hide-PER`.
    pub fn classes(&self) -> String {
        self.hidden
            .iter()
            .map(|k| format!("hide-{k}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_a_link() {
        let mut f = Filters::default();
        assert_eq!(f.encode(), None);
        f.toggle("claim");
        f.toggle("ORG");
        let s = f.encode().expect("something hidden");
        assert_eq!(Filters::parse(&s), f);
        assert_eq!(f.classes(), "hide-ORG hide-claim");
    }

    #[test]
    fn unknown_keys_are_ignored() {
        let f = Filters::parse("quote,<script>,FUTURE");
        assert!(!f.is_shown("quote"));
        assert_eq!(f.encode().as_deref(), Some("quote"));
    }

    #[test]
    fn only_quotes_hides_the_other_kinds() {
        let mut f = Filters::default();
        f.only("quote");
        assert!(f.is_shown("quote"));
        assert!(!f.is_shown("entity"));
        assert!(!f.is_shown("claim"));
        // Sub-keys stay as they were, so turning entities back on shows every label.
        assert!(f.is_shown("PER"));
    }

    #[test]
    fn only_per_keeps_entities_but_hides_other_labels() {
        let mut f = Filters::default();
        f.only("PER");
        assert!(f.is_shown("entity") && f.is_shown("PER"));
        assert!(!f.is_shown("ORG") && !f.is_shown("DATE"));
        assert!(!f.is_shown("quote") && !f.is_shown("claim"));
    }

    #[test]
    fn toggle_twice_restores() {
        let mut f = Filters::default();
        f.toggle("PER");
        f.toggle("PER");
        assert_eq!(f, Filters::default());
        f.toggle("nonsense");
        assert_eq!(f, Filters::default());
    }
}
