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

impl Hasher for FxHasher {
    /// Words are short: the tail is taken 4, 2 and 1 bytes at a time (not byte by byte), so a
    /// typical key costs two or three multiplications.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut b = bytes;
        while let Some((c, rest)) = b.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*c));
            b = rest;
        }
        if let Some((c, rest)) = b.split_first_chunk::<4>() {
            self.add(u64::from(u32::from_le_bytes(*c)));
            b = rest;
        }
        if let Some((c, rest)) = b.split_first_chunk::<2>() {
            self.add(u64::from(u16::from_le_bytes(*c)));
            b = rest;
        }
        if let Some(&c) = b.first() {
            self.add(u64::from(c));
        }
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
