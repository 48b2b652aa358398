//! Byte offsets to Unicode code-point offsets (Python `str` indices), for export.
//!
//! Internally every span is a byte range; exported JSON uses code points. A checkpoint every
//! [`BLOCK`] bytes makes each conversion O(BLOCK) with memory of text.len() / BLOCK words, so
//! converting all spans of a long article stays linear.

const BLOCK: usize = 64;

pub struct CharIndex<'a> {
    text: &'a str,
    /// `checkpoints[k]` = number of chars in `text[..k * BLOCK]` (block starts snapped back to a char boundary).
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
        let (mut byte, mut chars) = (0usize, 0usize);
        checkpoints.push((0, 0));
        let mut next = BLOCK;
        for (i, _) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, chars));
                next = i + BLOCK;
            }
            chars += 1;
            byte = i;
        }
        let _ = byte;
        CharIndex { text, checkpoints }
    }

    /// The code-point offset of byte offset `b` (clamped to the text, snapped down to a char boundary).
    pub fn char_offset(&self, b: usize) -> usize {
        let mut b = b.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        let k = self.checkpoints.partition_point(|&(cb, _)| cb <= b) - 1;
        let (cb, cc) = self.checkpoints[k];
        cc + self.text[cb..b].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_naive_count_on_mixed_text() {
        let t = "é«»😀a\u{301}".repeat(200);
        let idx = CharIndex::new(&t);
        for (b, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            assert_eq!(idx.char_offset(b), t[..b].chars().count());
        }
    }

    #[test]
    fn clamps_out_of_range_and_mid_char() {
        let t = "aé";
        let idx = CharIndex::new(t);
        assert_eq!(idx.char_offset(99), 2);
        assert_eq!(idx.char_offset(2), 1); // inside 'é' → its start
    }
}
