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

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
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
}
