//! Membership of a word in several word lists at once, as bits: one hash probe answers "is it a
//! determiner, a connector, a stop word, …" where a test per list cost one probe each.
//!
//! A stage that asks many lists about the same word (the noun-phrase reader asks up to ten per
//! token) builds one [`WordClasses`] from its lists, once, next to them in its `OnceLock`.

use super::hashing::HashMap;

/// Words mapped to the bits of the lists holding them (absent words have no bit).
#[derive(Debug, Default)]
pub struct WordClasses(HashMap<Box<str>, u32>);

impl WordClasses {
    /// Marks every word of `words` with `bit`.
    pub fn add<'w, I: IntoIterator<Item = &'w String>>(&mut self, words: I, bit: u32) {
        for w in words {
            match self.0.get_mut(w.as_str()) {
                Some(bits) => *bits |= bit,
                None => {
                    self.0.insert(w.as_str().into(), bit);
                }
            }
        }
    }

    /// The bits of the lists holding `word` (0 when none does).
    #[inline]
    pub fn of(&self, word: &str) -> u32 {
        self.0.get(word).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_bits_of_every_list_holding_it() {
        let dets: Vec<String> = ["the", "a"].iter().map(|s| s.to_string()).collect();
        let stops: Vec<String> = ["the", "of"].iter().map(|s| s.to_string()).collect();
        let mut c = WordClasses::default();
        c.add(&dets, 1);
        c.add(&stops, 4);
        assert_eq!(c.of("the"), 5);
        assert_eq!(c.of("a"), 1);
        assert_eq!(c.of("of"), 4);
        assert_eq!(c.of("cat"), 0);
        assert_eq!(c.of(""), 0);
    }
}
