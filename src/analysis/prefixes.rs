//! Prefix sets of multi-token lexicon keys, so n-gram look-ups stop as soon as no entry can match.
//!
//! Gazetteer names and titles are looked up over token n-grams: the key of tokens `[s, s + n)` is
//! their normalised forms, joined by a space where the text has one. Without an index every start
//! token would build and probe all n-grams up to the longest entry (about ten tokens), although
//! almost no word begins a listed name. A [`Prefixes`] set holds every prefix of every entry that
//! ends where a token may end, so "`key` is in the set" is a necessary condition for `key`, or any
//! longer n-gram starting with it, to be an entry: the look-up loop breaks on the first miss, with
//! exactly the same result as trying every length.
//!
//! Where may a token end inside an entry? The tokenizer never splits two adjacent word characters
//! without a separator, so a token boundary not at a space has a non-word character (apostrophe,
//! hyphen, dot, punctuation) on one side. To stay exact with any Unicode, every position that does
//! not lie between two ASCII letters or digits counts as a possible boundary (a few more prefixes
//! than needed, never fewer).

use super::hashing::WordSet;

/// The token-boundary prefixes of a set of normalised keys.
#[derive(Debug, Default)]
pub struct Prefixes(WordSet);

impl Prefixes {
    /// Adds the prefixes of `key` (normalised with `lexicon::norm`), `key` itself included.
    pub fn insert(&mut self, key: &str) {
        let mut prev: Option<char> = None;
        for (i, c) in key.char_indices() {
            let inside_word =
                prev.is_some_and(|p| p.is_ascii_alphanumeric()) && c.is_ascii_alphanumeric();
            if !inside_word && !self.0.contains(&key[..i]) {
                self.0.insert(key[..i].to_string());
            }
            prev = Some(c);
        }
        if !self.0.contains(key) {
            self.0.insert(key.to_string());
        }
    }

    /// False when no key starts with `prefix` at a token boundary: then neither `prefix` nor any
    /// longer n-gram beginning with it is a key.
    pub fn may_start(&self, prefix: &str) -> bool {
        self.0.contains(prefix)
    }

    /// Every prefix in the set: a word is one exactly when [`Prefixes::may_start`] holds for it
    /// (so a per-word flag built from them answers the same without a probe).
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }
}

impl<'k> FromIterator<&'k str> for Prefixes {
    fn from_iter<I: IntoIterator<Item = &'k str>>(keys: I) -> Self {
        let mut p = Prefixes::default();
        for k in keys {
            p.insert(k);
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lexicon::norm;
    use crate::analysis::segment::Document;

    #[test]
    fn prefixes_end_at_token_boundaries() {
        let p: Prefixes = ["new york city", "l'autriche", "mr."].into_iter().collect();
        for yes in [
            "",
            "new",
            "new york",
            "new york city",
            "l'",
            "l'autriche",
            "mr",
            "mr.",
        ] {
            assert!(p.may_start(yes), "{yes}");
        }
        for no in ["ne", "new yo", "york", "l'autr", "m", "city"] {
            assert!(!p.may_start(no), "{no}");
        }
    }

    /// Every n-gram key the documents can build over an entry's tokens is found as a prefix.
    #[test]
    fn every_document_ngram_of_an_entry_is_a_prefix() {
        for entry in [
            "L’Autriche-Hongrie",
            "Bande de Gaza",
            "U.S. Senator",
            "Côte d’Ivoire",
            "St. John's",
            "3\u{a0}000 Ö_x",
        ] {
            let key = norm(entry);
            let p: Prefixes = [key.as_str()].into_iter().collect();
            let doc = Document::new(entry);
            let mut k = String::new();
            for (i, t) in doc.tokens.iter().enumerate() {
                if i > 0 && t.space_before {
                    k.push(' ');
                }
                k.push_str(doc.norm(i));
                assert!(p.may_start(&k), "{entry}: {k}");
            }
            assert_eq!(k, key);
        }
    }
}
