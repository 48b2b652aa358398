//! Eight bytes at a time: the word tests behind the byte scans that must skip most of a text
//! (paragraph breaks, ASCII tokens, JSON escapes). A `u64` read little-endian holds eight bytes;
//! the tests answer for all eight at once, with no branch per byte.

/// One in each byte of a word.
pub const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte of a word.
pub const HI: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `i` as one word, or `None` when fewer than eight are left
/// (the caller's byte loop takes over there).
#[inline]
pub fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The classic zero-byte test (on `w ^ b…b`, "which bytes of `w` equal `b`"): a high bit set
/// in the bytes of `x` that may be zero, none missed. The lowest one set marks the first zero
/// byte exactly (only bytes above a zero can be false positives), so `trailing_zeros() / 8` is
/// its index.
#[inline]
pub fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(LO) & !x & HI
}

/// [`zero_bytes`] of the bytes of `w` equal to `b`.
#[inline]
pub fn bytes_equal(w: u64, b: u8) -> u64 {
    zero_bytes(w ^ (LO * u64::from(b)))
}

/// A high bit set in the bytes of `w` that may be below `n` (at most 0x80), none missed; zero
/// when no byte is ("has a byte less than n").
#[inline]
pub fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(LO * u64::from(n)) & !w & HI
}

/// The high bit set in each byte of `w` whose low seven bits lie in `lo..=hi` (both below
/// 0x80), exactly: the bytes' own high bits are cleared first, so no sum carries into the next
/// byte. A byte of 0x80 or more is tested on its low bits: callers that must reject such bytes
/// mask them out (`& !w`).
#[inline]
pub fn bytes_within(w: u64, lo: u8, hi: u8) -> u64 {
    let t = w & !HI;
    let at_least = t + LO * u64::from(0x80 - lo);
    let above = t + LO * u64::from(0x7f - hi);
    at_least & !above & HI
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_position_is_seen() {
        for at in 0..8 {
            let mut b = *b"abcdefgh";
            b[at] = b'"';
            let w = word_at(&b, 0).unwrap();
            assert_eq!((bytes_equal(w, b'"').trailing_zeros() / 8) as usize, at);
            assert_eq!(bytes_equal(w, b'\\'), 0);
            b[at] = 0x1f;
            let w = word_at(&b, 0).unwrap();
            assert_ne!(bytes_below(w, 0x20), 0);
        }
        assert_eq!(bytes_below(word_at(b"ABC \xc3\xa9xy", 0).unwrap(), 0x20), 0);
        // Every byte value against a few ranges, at every position.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"........";
                bytes[at] = b;
                let w = word_at(&bytes, 0).unwrap();
                for (lo, hi) in [(b'0', b'9'), (b'A', b'Z'), (b'_', b'_'), (0x21, 0x7e)] {
                    let inside = (lo..=hi).contains(&(b & 0x7f));
                    let got = bytes_within(w, lo, hi) >> (8 * at + 7) & 1 == 1;
                    assert_eq!(got, inside, "{b:#x} at {at} in {lo:#x}..={hi:#x}");
                }
            }
        }
        assert_eq!(word_at(b"1234567", 0), None);
        assert_eq!(word_at(b"12345678", usize::MAX), None);
    }
}
