//! Paragraph numbers for exports: readers cite "paragraph 3", not byte offsets.

use crate::analysis::Analysis;

/// The 1-based number of the paragraph that contains byte `pos`, or the last paragraph that
/// starts before it (a span in the blank lines between two paragraphs belongs to the earlier
/// one). `None` when the analysis has no paragraphs or `pos` is before the first.
pub fn number(a: &Analysis, pos: usize) -> Option<usize> {
    // Paragraphs are sorted: binary search keeps exporting linear in the number of spans.
    match a.paragraphs.partition_point(|p| p.start <= pos) {
        0 => None,
        n => Some(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;

    #[test]
    fn numbers_are_one_based_and_gaps_go_to_the_earlier_paragraph() {
        let a = Analysis {
            paragraphs: vec![Span::new(2, 10), Span::new(12, 20)],
            ..Analysis::default()
        };
        assert_eq!(number(&a, 0), None);
        assert_eq!(number(&a, 2), Some(1));
        assert_eq!(number(&a, 11), Some(1));
        assert_eq!(number(&a, 12), Some(2));
        assert_eq!(number(&a, 99), Some(2));
        assert_eq!(number(&Analysis::default(), 5), None);
    }
}
