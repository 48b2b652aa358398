//! Access to the embedded language data files (`data/<lang>/<name>.txt`).
//!
//! Files are plain UTF-8: one entry per line, `#` starts a comment, blank lines are ignored. A line
//! may hold tab-separated fields (`.tsv` style) when a list needs attributes, e.g. a gazetteer entry
//! and its label. Modules parse the lists they need once, into their own `OnceLock`, so the cost is
//! paid on first use and never again on the keystroke path.

use super::types::Lang;
use crate::analysis::hashing::WordSet;

include!(concat!(env!("OUT_DIR"), "/data_files.rs"));

/// The raw contents of `data/<path>`, or "" when there is no such file (a missing optional list
/// must not break analysis). The big lists are stored front-coded (see `build.rs`) and decoded
/// here on first use, once.
pub fn raw(path: &str) -> &'static str {
    let Some(k) = DATA_FILES.iter().position(|(p, ..)| *p == path) else {
        return "";
    };
    let Some(&(_, start, end, coded)) = DATA_FILES.get(k) else {
        return "";
    };
    let stored = DATA.get(start..end).unwrap_or("");
    match (coded, DECODED.get(k)) {
        (true, Some(cell)) => cell.get_or_init(|| front_decode(stored)).as_str(),
        _ => stored,
    }
}

/// Undoes `build.rs`'s front coding: each line starts with one byte `@` + n, meaning "the first n
/// bytes of the previous line", followed by the rest of the line. Malformed input (never produced
/// by `build.rs`) decodes to something, never panics.
fn front_decode(stored: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(stored.len() * 2);
    let mut prev = 0..0;
    for (k, line) in stored.as_bytes().split(|&b| b == b'\n').enumerate() {
        if k > 0 {
            out.push(b'\n');
        }
        let start = out.len();
        let (n, rest) = line.split_first().unwrap_or((&b'@', &[][..]));
        let n = usize::from(n.saturating_sub(b'@')).min(prev.len());
        out.extend_from_within(prev.start..prev.start + n);
        out.extend_from_slice(rest);
        prev = start..out.len();
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The bytes of `data/models/<name>` as the file holds them, or empty when there is no such file.
/// Weights files are stored re-encoded (see `build.rs`); they are decoded here, on each call
/// (callers parse them once).
pub fn model(name: &str) -> Vec<u8> {
    match MODEL_FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, stored, 1)) => super::packing::model_unresidual(stored),
        Some((_, stored, _)) => stored.to_vec(),
        None => Vec::new(),
    }
}

/// A plain decimal number of a data file ("1.5", "-0.25", "2"), as `str::parse::<f32>` reads it,
/// without the standard library's float parser: its Eisel-Lemire tables (a 10 KB power-of-five
/// table that gzip cannot shrink, plus code) were the browser build's largest constant after
/// the data. At most 15 digits, no exponent; anything else is `None`. The tests check that
/// every weight in `data/` reads exactly as `parse::<f32>` reads it.
pub fn decimal(s: &str) -> Option<f32> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all = || int.bytes().chain(frac.bytes());
    if int.len() + frac.len() > 15 || all().any(|b| !b.is_ascii_digit()) || all().next().is_none() {
        return None;
    }
    // Both below 2^53, so exact in f64; the quotient is rounded once to f64, then to f32.
    let mantissa = all().fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
    let scale = (0..frac.len()).fold(1u64, |p, _| p * 10);
    let v = (mantissa as f64 / scale as f64) as f32;
    Some(if negative { -v } else { v })
}

/// The raw contents of `data/<lang>/<name>`.
pub fn raw_lang(lang: Lang, name: &str) -> &'static str {
    let path = format!("{}/{}", lang.code(), name);
    raw(&path)
}

/// The meaningful lines of a data file: trimmed, without comments and blanks.
pub fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter_map(super::packing::entry)
}

/// A set of entries, normalised with [`norm`] so lookups are case- and apostrophe-insensitive
/// (a [`WordSet`]: most words not in it are ruled out without a hash probe).
pub fn word_set(src: &'static str) -> WordSet {
    lines(src).map(norm).collect()
}

/// True when `word` ends with one of `endings` and keeps at least `stem` bytes before it: the
/// one test behind every ending list (`participle_endings.txt`, `adverb_endings.txt`, …), so a
/// short word is never read as an ending ("ing" is no participle).
pub fn has_ending(endings: &[String], word: &str, stem: usize) -> bool {
    endings
        .iter()
        .any(|e| word.len() >= e.len() + stem && word.ends_with(e.as_str()))
}

/// The lookup key for a word or phrase: lower case, typographic apostrophes made straight,
/// runs of whitespace folded to one space.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    norm_into(s, &mut out);
    out
}

/// [`norm`] of `s`, appended to `out` (no allocation when `out` has room): the per-token path.
pub fn norm_into(s: &str, out: &mut String) {
    // Fast path, same result: plain ASCII without whitespace only needs lower case.
    if s.bytes()
        .all(|b| b.is_ascii() && !char::from(b).is_whitespace())
    {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    let start = out.len();
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = out.len() > start;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            // Exactly `c.to_lowercase()`, from smaller tables (`case`).
            _ => super::case::push_lower(out, c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_skip_comments_and_blanks() {
        let got: Vec<_> = lines("# header\n\nfoo\n  bar  # note\nC#\n").collect();
        assert_eq!(got, vec!["foo", "bar", "C#"]);
    }

    #[test]
    fn norm_folds_case_apostrophes_and_space() {
        assert_eq!(norm("  L’Autriche  a\u{a0}dit "), "l'autriche a dit");
    }

    #[test]
    fn norm_into_appends_the_same_form() {
        let mut buf = String::from("x");
        for s in [
            "Biden",
            "  L’Autriche  a\u{a0}dit ",
            "ÉTATS-UNIS",
            "a\tb",
            "İ",
        ] {
            let at = buf.len();
            norm_into(s, &mut buf);
            assert_eq!(&buf[at..], norm(s));
        }
    }

    /// The text file under `data/` as it is in the repository.
    fn text_file(path: &str) -> String {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        std::fs::read_to_string(file.join(path)).unwrap()
    }

    #[test]
    fn front_coded_lists_decode_to_their_text_files() {
        let stored: Vec<_> = DATA_FILES.iter().filter(|f| f.3).map(|f| f.0).collect();
        assert!(stored.contains(&"common/cities.txt"), "{stored:?}");
        for path in ["common/cities.txt", "common/first_names.tsv"] {
            let want = super::super::packing::entries_only(&text_file(path));
            assert_eq!(raw(path), want, "{path}");
        }
    }

    /// Comments are not embedded, but every file reads as the same entries.
    #[test]
    fn stored_files_keep_every_entry() {
        let mut stripped = 0;
        for (path, ..) in DATA_FILES {
            let text: &'static str = Box::leak(text_file(path).into());
            let (got, want): (Vec<_>, Vec<_>) = (lines(raw(path)).collect(), lines(text).collect());
            if !path.ends_with("common_words.txt") {
                assert_eq!(got, want, "{path}");
            }
            stripped += usize::from(raw(path).len() < text.len());
        }
        assert!(stripped > 50, "{stripped}");
    }

    /// The ranked lists keep their order for the first 2000 entries (build.rs `RANKED_HEAD`;
    /// the entity lexicon takes the 1500 most frequent words), and the same entries overall.
    #[test]
    fn ranked_lists_keep_their_head_and_their_entries() {
        for lang in ["en", "fr"] {
            let path = format!("{lang}/common_words.txt");
            let text: &'static str = Box::leak(text_file(&path).into());
            let want: Vec<_> = lines(text).collect();
            let got: Vec<_> = lines(raw(&path)).collect();
            assert_eq!(got[..2000], want[..2000], "{path}");
            let (mut got, mut want) = (got, want);
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{path}");
        }
    }

    #[test]
    fn front_decode_reuses_prefixes_and_survives_garbage() {
        assert_eq!(front_decode("@Paris\nCe\nA\n@"), "Paris\nPare\nP\n");
        assert_eq!(front_decode("\u{7f}x\n\n"), "x\n\n");
    }

    #[test]
    fn models_decode_to_their_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/models");
        for name in ["entities_fr.bin", "entities_en.bin"] {
            assert_eq!(
                model(name),
                std::fs::read(dir.join(name)).unwrap(),
                "{name}"
            );
        }
        assert!(model("none.bin").is_empty());
    }

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for s in [
            "1",
            "1.5",
            "-0.25",
            "+2",
            "0.1",
            "-0",
            ".5",
            "5.",
            "123456789.012345",
        ] {
            assert_eq!(decimal(s), Some(s.parse::<f32>().unwrap()), "{s}");
        }
        for s in ["", ".", "-", "1e5", "inf", "1,5", " 1", "1234567890123456"] {
            assert_eq!(decimal(s), None, "{s:?}");
        }
        // Every number field of every data file.
        for (path, ..) in DATA_FILES {
            for field in lines(raw(path)).flat_map(|l| l.split('\t')).map(str::trim) {
                if let Ok(want) = field.parse::<f32>() {
                    if field
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b"+-.".contains(&b))
                    {
                        assert_eq!(
                            decimal(field).map(f32::to_bits),
                            Some(want.to_bits()),
                            "{path}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn missing_file_is_empty() {
        assert_eq!(raw("xx/none.txt"), "");
    }
}
