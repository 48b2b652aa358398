//! Case mapping, exactly `char::to_lowercase` / `char::to_uppercase`, from compact tables.
//!
//! Why not std's: its two tables (one entry per code point that changes case, 24 KB) were a
//! sizeable part of the browser download. `build.rs` takes the same mappings from std at build
//! time (so the same Unicode version) and stores them as runs of code points that map with the
//! same offset (`a`..`z` is one run; Latin Extended-A's alternating pairs are one run with a
//! stride of 2): about 3 KB. The `tests` below compare every code point with std.

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// Appends the lower-case form of `c`: `out.extend(c.to_lowercase())`.
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, c, &LOWER_RUNS, &LOWER_MULTI);
    }
}

/// Appends the upper-case form of `c`: `out.extend(c.to_uppercase())`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, &UPPER_RUNS, &UPPER_MULTI);
    }
}

/// `s` with every char lower-cased one by one. Unlike `str::to_lowercase`, a capital sigma is
/// always `σ`, never the word-final `ς` (that rule needs two more Unicode tables): the same
/// result wherever the text has no `Σ`, and the same membership in a word list without Greek.
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c);
    }
    out
}

/// Non-ASCII `c` through one direction's tables (ASCII maps to ASCII, as std's fast path does).
fn push_mapped(out: &mut String, c: char, runs: &[(u32, u32, i32)], multi: &[(char, [char; 3])]) {
    let u = u32::from(c);
    // The last run starting at or before `c`.
    let i = runs.partition_point(|r| r.0 <= u);
    if let Some(&(start, len_stride, delta)) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let (len, stride) = (len_stride >> 8, len_stride & 0xff);
        let off = u - start;
        if off % stride == 0 && off / stride < len {
            if let Some(m) = u.checked_add_signed(delta).and_then(char::from_u32) {
                out.push(m);
                return;
            }
        }
    }
    if let Ok(k) = multi.binary_search_by_key(&c, |m| m.0) {
        if let Some((_, m)) = multi.get(k) {
            out.extend(m.iter().filter(|&&m| m != '\0'));
            return;
        }
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point maps as std maps it, both ways.
    #[test]
    fn every_code_point_maps_as_std() {
        let (mut mine, mut std) = (String::new(), String::new());
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            mine.clear();
            std.clear();
            push_lower(&mut mine, c);
            std.extend(c.to_lowercase());
            assert_eq!(mine, std, "lower {c:?} U+{:04X}", u32::from(c));
            mine.clear();
            std.clear();
            push_upper(&mut mine, c);
            std.extend(c.to_uppercase());
            assert_eq!(mine, std, "upper {c:?} U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn tables_are_small() {
        assert!(LOWER_RUNS.len() + UPPER_RUNS.len() < 600);
        assert!(LOWER_MULTI.len() + UPPER_MULTI.len() < 150);
    }

    /// The speakers' stop-word lists, which [`lower_str`]'s output is looked up in, hold no
    /// Greek sigma: there, a word lower-cased by `lower_str` or by `str::to_lowercase` is a stop
    /// word in the same cases.
    #[test]
    fn stopword_lists_hold_no_sigma() {
        for lang in [crate::Lang::Fr, crate::Lang::En] {
            let list = crate::analysis::lexicon::raw_lang(lang, "stopwords.txt");
            assert!(!list.is_empty() && !list.contains(['σ', 'ς', 'Σ']));
        }
    }

    #[test]
    fn strings_lower_as_std_except_final_sigma() {
        for s in ["", "PARIS", "L’Élysée", "İSTANBUL ǅ ẞ Ꭰ 𐐀", "ΟΔΥΣΣΕΥΣ"] {
            let std = s.to_lowercase();
            if s.contains('Σ') {
                assert_eq!(lower_str(s), std.replace('ς', "σ"));
            } else {
                assert_eq!(lower_str(s), std, "{s}");
            }
        }
    }
}
