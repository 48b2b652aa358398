//! One sort for every list Lede orders, so the browser build carries one copy of sorting code.
//!
//! `slice::sort_by_key` and `sort_unstable` are generic: each element type and each key closure
//! gets its own copy of the standard library's sort (driftsort, ipnsort and their small-sort
//! networks), 1-8 KB of wasm each. Twenty-one of them made up 25 KB of the gzipped download,
//! more than the whole share-link compressor. Here the sorting itself is one non-generic merge
//! sort over element *indices*, asking a `dyn` comparator "is element i ≤ element j?"; the
//! generic part per call site is only that comparator and a few swaps. Span sorts (the hot ones)
//! have a second copy that compares span keys directly.
//!
//! The sort is stable (equal elements keep their order) and O(n log n) comparisons, with one
//! O(n) pass when the input is already sorted, the common case. Where callers used
//! `sort_unstable`, the result is the same: their elements are equal only when identical.

use super::types::Span;

/// Sorts `v` by `key`, stably: a drop-in for `slice::sort_by_key` (same order, same ties).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by_le(v, |a, b| key(a) <= key(b));
}

/// Sorts `v` by span in document order: by start, the longer span first at the same start
/// (`sort_by_key` on `(start, Reverse(end))`), so a renderer can nest layers in one pass.
pub fn sort_by_span<T>(v: &mut [T], span: impl Fn(&T) -> Span) {
    let key = |x: &T| {
        let s = span(x);
        (s.start, usize::MAX - s.end)
    };
    if v.windows(2)
        .all(|w| matches!(w, [a, b] if key(a) <= key(b)))
    {
        return;
    }
    // The pipeline's hottest sorts (entities, claims): keys taken once and compared directly,
    // in the one copy of the merge sort that every span sort shares.
    let keys: Vec<(usize, usize)> = v.iter().map(key).collect();
    if let Some(order) = span_order(&keys) {
        permute(order, &mut |i, j| v.swap(i, j));
    }
}

/// [`stable_order`] of span keys.
fn span_order(keys: &[(usize, usize)]) -> Option<Vec<usize>> {
    stable_order(
        keys.len(),
        &|i: usize, j: usize| matches!((keys.get(i), keys.get(j)), (Some(a), Some(b)) if a <= b),
    )
}

/// Sorts `v` in ascending order, stably: a drop-in for `slice::sort` and, for elements that
/// are equal only when identical (numbers, spans, tuples of them, strings), `sort_unstable`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by_le(v, |a, b| a <= b);
}

/// Sorts `v` stably with `le(a, b)` meaning "a may come before b" (a ≤ b).
fn sort_by_le<T>(v: &mut [T], le: impl Fn(&T, &T) -> bool) {
    // The usual case, a list already in order, costs one pass of direct comparisons.
    if v.windows(2).all(|w| matches!(w, [a, b] if le(a, b))) {
        return;
    }
    let order = {
        let at = |i: usize, j: usize| match (v.get(i), v.get(j)) {
            (Some(a), Some(b)) => le(a, b),
            _ => true,
        };
        stable_order(v.len(), &at as &dyn Fn(usize, usize) -> bool)
    };
    if let Some(order) = order {
        permute(order, &mut |i, j| v.swap(i, j));
    }
}

/// The sorted order of `n` elements as a list of their indices (position k holds the index of
/// the element that goes there), or `None` when they are already in order. A natural merge
/// sort: the ascending runs already in the input are found in one pass, then merged pairwise
/// (the left run winning ties, for stability) until one is left, so nearly sorted lists, the
/// usual case here, cost little more than that pass.
fn stable_order<L: Fn(usize, usize) -> bool + ?Sized>(n: usize, le: &L) -> Option<Vec<usize>> {
    let first_descent = (1..n).find(|&k| !le(k - 1, k))?;
    // Run boundaries: 0, each descent, n.
    let mut bounds = vec![0, first_descent];
    bounds.extend((first_descent + 1..n).filter(|&k| !le(k - 1, k)));
    bounds.push(n);
    let mut src: Vec<usize> = (0..n).collect();
    let mut dst = vec![0; n];
    while bounds.len() > 2 {
        let mut merged = Vec::with_capacity(bounds.len() / 2 + 2);
        // Runs 0+1, 2+3, …; an odd last run is merged with nothing (copied).
        for p in (0..bounds.len() - 1).step_by(2) {
            let (start, mid) = (bounds.get(p), bounds.get(p + 1));
            let (Some(&start), Some(&mid)) = (start, mid) else {
                break;
            };
            let end = bounds.get(p + 2).copied().unwrap_or(mid);
            if let (Some(left), Some(right), Some(out)) = (
                src.get(start..mid),
                src.get(mid..end),
                dst.get_mut(start..end),
            ) {
                merge(left, right, out, le);
            }
            merged.push(start);
        }
        merged.push(n);
        bounds = merged;
        std::mem::swap(&mut src, &mut dst);
    }
    Some(src)
}

/// Merges two sorted runs of indices into `out` (as long as both together).
fn merge<L: Fn(usize, usize) -> bool + ?Sized>(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    le: &L,
) {
    let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
    for slot in out {
        let next = match (l.peek(), r.peek()) {
            (Some(&&a), Some(&&b)) if !le(a, b) => r.next(),
            (Some(_), _) => l.next(),
            (None, _) => r.next(),
        };
        *slot = next.copied().unwrap_or_default();
    }
}

/// Rearranges a sequence so that position k receives the element now at `order[k]`, calling
/// `swap(i, j)` along each cycle of the permutation (n swaps at most).
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut k = start;
        // Follow the cycle through `start`: each swap puts one element in its final place;
        // positions already placed are marked with their own index.
        while let Some(&src) = order.get(k) {
            order[k] = k;
            if src == start || src == k {
                break;
            }
            swap(k, src);
            k = src;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Reverse;

    /// A small deterministic generator (no dependency): xorshift.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn matches_the_standard_stable_sort_ties_included() {
        for (seed, n, modulo) in [(1, 0, 5), (2, 1, 5), (3, 2, 2), (4, 17, 3), (5, 1000, 10)] {
            // (key, original position): ties on the key must keep their positions in order.
            let items: Vec<(u64, usize)> = numbers(seed, n, modulo)
                .into_iter()
                .enumerate()
                .map(|(i, k)| (k, i))
                .collect();
            let mut want = items.clone();
            want.sort_by_key(|it| Reverse(it.0));
            let mut got = items;
            sort_by_key(&mut got, |it| Reverse(it.0));
            assert_eq!(got, want, "n={n}");
        }
    }

    #[test]
    fn sorts_like_sort_unstable_on_total_orders() {
        let mut got: Vec<String> = ["b", "a", "c", "a", "", "ab"].map(String::from).to_vec();
        let mut want = got.clone();
        want.sort_unstable();
        sort(&mut got);
        assert_eq!(got, want);
        let mut spans: Vec<(usize, bool)> = numbers(9, 300, 40)
            .into_iter()
            .map(|k| (k as usize / 2, k % 2 == 0))
            .collect();
        let mut want = spans.clone();
        want.sort_unstable();
        sort(&mut spans);
        assert_eq!(spans, want);
    }

    #[test]
    fn spans_sort_by_start_then_longest_first() {
        let sp = |start, end| Span { start, end };
        let mut v = vec![sp(5, 6), sp(0, 2), sp(0, 9), sp(5, 6), sp(3, 4)];
        sort_by_span(&mut v, |s| *s);
        assert_eq!(v, vec![sp(0, 9), sp(0, 2), sp(3, 4), sp(5, 6), sp(5, 6)]);
    }

    #[test]
    fn already_sorted_and_reversed_inputs() {
        let mut up: Vec<u64> = (0..100).collect();
        sort(&mut up);
        assert_eq!(up, (0..100).collect::<Vec<_>>());
        let mut down: Vec<u64> = (0..100).rev().collect();
        sort(&mut down);
        assert_eq!(down, up);
    }

    #[test]
    fn permute_places_each_element() {
        let mut v = vec!['a', 'b', 'c', 'd', 'e'];
        permute(vec![3, 0, 4, 1, 2], &mut |i, j| v.swap(i, j));
        assert_eq!(v, vec!['d', 'a', 'e', 'b', 'c']);
    }
}
