//! Hash maps and sets with a fast, non-cryptographic hasher, for every word-list look-up.
//!
//! The analysis looks words up in the lexicons several times per token on every keystroke; with
//! std's SipHash those look-ups were about 30% of the time. The keys are our own list entries and
//! the user's words, so SipHash's resistance to hash flooding buys nothing here.

use std::collections::{HashMap as StdMap, HashSet as StdSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (as in rustc): one multiply and rotate per 8 bytes.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

/// Up to 7 bytes as one number, with at most one branch on the length: 4 to 7 bytes as two
/// overlapping 4-byte loads, 1 to 3 as the first, middle and last bytes (which are all of them).
#[inline]
fn short_word(b: &[u8]) -> u64 {
    match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(lo), Some(hi)) => {
            u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << 32
        }
        _ => match (b.first(), b.get(b.len() / 2), b.last()) {
            (Some(&x), Some(&y), Some(&z)) => u64::from(x) | u64::from(y) << 8 | u64::from(z) << 16,
            _ => 0,
        },
    }
}

impl Hasher for FxHasher {
    /// Words are short, and their lengths vary from one token to the next, so a loop over the
    /// bytes mispredicts its exit on varied text. Up to 16 bytes (nearly every word) the bytes
    /// are read in two loads, overlapping, with the length mixed in so that the overlap cannot
    /// make two words alike; longer keys take 8 bytes at a time, then the same tail. (On real
    /// news this hashing runs 2-3 % faster per article than 8-4-2-1-byte steps, for the same
    /// instruction count.)
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if let (Some(lo), Some(hi), true) = (bytes.first_chunk(), bytes.last_chunk(), n <= 16) {
            // 8 to 16 bytes: two loads, overlapping when shorter than 16.
            self.add(u64::from_le_bytes(*lo));
            self.add(u64::from_le_bytes(*hi) ^ (n as u64) << 59);
            return;
        }
        let mut b = bytes;
        while let Some((c, rest)) = b.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*c));
            b = rest;
        }
        self.add(short_word(b) ^ (b.len() as u64) << 59);
    }
    // The terminator `str` hashes after its bytes, and the length of slices and tuples.
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type HashMap<K, V> = StdMap<K, V, BuildHasherDefault<FxHasher>>;
pub type HashSet<K> = StdSet<K, BuildHasherDefault<FxHasher>>;

/// A bit table answering "may this word be in the set?" from its shape alone (first two bytes,
/// last byte and length): no hashing of the whole word, no pointer to follow, a few
/// instructions. Most words of a text are in none of the small lists a stage asks about per
/// token, and the table rules out nearly all of them before the hash probe; a word it lets
/// through is probed as before, so a set behind the filter answers exactly as without it.
#[derive(Debug, Clone)]
pub struct ShapeFilter {
    bits: Vec<u64>,
    /// `32 - log2(number of bits)`: the slot is the top bits of a multiplicative hash.
    shift: u32,
    len: usize,
}

impl Default for ShapeFilter {
    fn default() -> Self {
        ShapeFilter {
            bits: vec![0; Self::MIN_BITS / 64],
            shift: 32 - Self::MIN_BITS.trailing_zeros(),
            len: 0,
        }
    }
}

impl ShapeFilter {
    const MIN_BITS: usize = 1024;
    /// Bits per word: about 1 word in 16 not in the set gets through.
    const BITS_PER_KEY: usize = 16;

    #[inline]
    fn slot(&self, w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let (first, second) = (b.first().copied(), b.get(1).copied());
        let last = n.checked_sub(1).and_then(|k| b.get(k)).copied();
        let x = u32::from_le_bytes([
            first.unwrap_or(0),
            second.unwrap_or(0),
            last.unwrap_or(0),
            n.min(255) as u8,
        ]);
        (x.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// Marks `w` (nothing to do in a pass-all table). The caller rebuilds a larger table with [`ShapeFilter::with_keys`] when
    /// [`ShapeFilter::full`] says so.
    pub fn insert(&mut self, w: &str) {
        let k = self.slot(w);
        if let Some(b) = self.bits.get_mut(k / 64) {
            *b |= 1 << (k % 64);
            self.len += 1;
        }
    }

    /// True when the table holds too many words to rule most others out.
    pub fn full(&self) -> bool {
        !self.bits.is_empty() && self.len * Self::BITS_PER_KEY > self.bits.len() * 64
    }

    /// A table sized for `keys` (all marked).
    pub fn with_keys<'k>(keys: impl ExactSizeIterator<Item = &'k str>) -> Self {
        let nbits = (keys.len() * Self::BITS_PER_KEY * 2)
            .next_power_of_two()
            .max(Self::MIN_BITS);
        let mut f = ShapeFilter {
            bits: vec![0; nbits / 64],
            shift: 32 - nbits.trailing_zeros(),
            len: 0,
        };
        for k in keys {
            f.insert(k);
        }
        f
    }

    /// A table that lets every word through (no filtering).
    pub fn pass_all() -> Self {
        ShapeFilter {
            bits: Vec::new(),
            shift: 0,
            len: 0,
        }
    }

    /// False when `w` is certainly not one of the marked words.
    #[inline]
    pub fn may_contain(&self, w: &str) -> bool {
        if self.bits.is_empty() {
            return true;
        }
        let k = self.slot(w);
        self.bits
            .get(k / 64)
            .is_some_and(|b| b >> (k % 64) & 1 != 0)
    }
}

impl ShapeFilter {
    /// After an insert into a collection of `len` words: a full table is rebuilt, larger, from
    /// `keys`, or gives up filtering (always "may contain") past [`WordSet::MAX_FILTERED`].
    fn refit<'k, I>(&mut self, len: usize, keys: impl FnOnce() -> I)
    where
        I: ExactSizeIterator<Item = &'k str>,
    {
        if self.full() {
            *self = if len > WordSet::MAX_FILTERED {
                ShapeFilter::pass_all()
            } else {
                ShapeFilter::with_keys(keys())
            };
        }
    }
}

/// A set of words behind a [`ShapeFilter`]: the same answers as a `HashSet<String>`, with most
/// misses found without hashing the word.
#[derive(Debug, Default, Clone)]
pub struct WordSet {
    set: HashSet<String>,
    filter: ShapeFilter,
}

impl WordSet {
    /// Above this many words (the common-word lists) most probes are hits and the table would
    /// outgrow the processor's first cache: such sets are probed directly.
    pub(crate) const MAX_FILTERED: usize = 4096;

    pub fn insert(&mut self, w: String) -> bool {
        if self.set.contains(&w) {
            return false;
        }
        self.filter.insert(&w);
        self.set.insert(w);
        self.filter
            .refit(self.set.len(), || self.set.iter().map(String::as_str));
        true
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_contain(w) && self.set.contains(w)
    }

    pub fn iter(&self) -> std::collections::hash_set::Iter<'_, String> {
        self.set.iter()
    }
}

/// A map from words behind a [`ShapeFilter`], as [`WordSet`] is for sets: the same answers as a
/// `HashMap<String, V>`, with most misses found without hashing the word. For short lists
/// asked about every token (most tokens being in none of them).
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    filter: ShapeFilter,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: HashMap::default(),
            filter: ShapeFilter::default(),
        }
    }
}

impl<V> WordMap<V> {
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if !self.filter.may_contain(w) {
            return None;
        }
        self.map.get(w)
    }

    pub fn insert(&mut self, w: String, v: V) -> Option<V> {
        if let Some(old) = self.map.get_mut(w.as_str()) {
            return Some(std::mem::replace(old, v));
        }
        self.filter.insert(&w);
        self.map.insert(w, v);
        self.filter
            .refit(self.map.len(), || self.map.keys().map(String::as_str));
        None
    }

    /// The value of `w`, inserted as `V::default()` when absent (as `entry(w).or_default()`).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    pub fn entry_or_default(&mut self, w: String) -> &mut V
    where
        V: Default,
    {
        if !self.map.contains_key(w.as_str()) {
            self.insert(w.clone(), V::default());
        }
        self.map.entry(w).or_default()
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(pairs: I) -> Self {
        let mut m = WordMap::default();
        for (k, v) in pairs {
            m.insert(k, v);
        }
        m
    }
}

impl IntoIterator for WordSet {
    type Item = String;
    type IntoIter = std::collections::hash_set::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.set.into_iter()
    }
}

impl<'a> IntoIterator for &'a WordSet {
    type Item = &'a String;
    type IntoIter = std::collections::hash_set::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.set.iter()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let mut s = WordSet::default();
        s.extend(words);
        s
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_find_what_was_inserted() {
        let s: HashSet<String> = ["maison-blanche", "kremlin", "é"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert!(s.contains("kremlin") && s.contains("é") && !s.contains("elysée"));
    }

    #[test]
    fn word_sets_answer_as_hash_sets() {
        // Enough words to make the filter grow several times.
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}x")).collect();
        let set: WordSet = words.iter().cloned().collect();
        assert_eq!(set.iter().count(), 3000);
        for w in &words {
            assert!(set.contains(w), "{w}");
        }
        for miss in ["", "w", "w3000x", "x", "the", "w12", "é", "w1x "] {
            assert!(!set.contains(miss), "{miss}");
        }
        let mut m: WordMap<u8> = words.iter().map(|w| (w.clone(), 1)).collect();
        *m.entry_or_default("w1x".into()) += 1;
        *m.entry_or_default("new".into()) += 5;
        assert_eq!(m.insert("new".into(), 7), Some(5));
        assert_eq!(
            (m.get("w1x"), m.get("new"), m.get("w3000x")),
            (Some(&2), Some(&7), None)
        );
        let big: WordSet = (0..10_000).map(|i| i.to_string()).collect();
        assert!(big.contains("9999") && !big.contains("10000"));
        let mut f = ShapeFilter::default();
        assert!(!f.may_contain("said"));
        f.insert("said");
        assert!(f.may_contain("said") && !f.full());
    }

    #[test]
    fn every_tail_length_hashes_differently() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<FxHasher>::default();
        let word = "abcdefghijklmnopq";
        let hashes: HashSet<u64> = (0..=word.len())
            .map(|n| build.hash_one(&word[..n]))
            .collect();
        assert_eq!(hashes.len(), word.len() + 1);
    }
}
