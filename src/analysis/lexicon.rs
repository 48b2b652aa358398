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
/// must not break analysis).
pub fn raw(path: &str) -> &'static str {
    DATA_FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, c)| *c)
        .unwrap_or("")
}

/// The raw contents of `data/<lang>/<name>`.
pub fn raw_lang(lang: Lang, name: &str) -> &'static str {
    let path = format!("{}/{}", lang.code(), name);
    raw(&path)
}

/// The meaningful lines of a data file: trimmed, without comments and blanks.
pub fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter_map(|l| {
        let l = match l.find('#') {
            Some(i) if i == 0 || l[..i].ends_with(char::is_whitespace) => &l[..i],
            _ => l,
        };
        let l = l.trim();
        (!l.is_empty()).then_some(l)
    })
}

/// A set of entries, normalised with [`norm`] so lookups are case- and apostrophe-insensitive
/// (a [`WordSet`]: most words not in it are ruled out without a hash probe).
pub fn word_set(src: &'static str) -> WordSet {
    lines(src).map(norm).collect()
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
            _ => out.extend(c.to_lowercase()),
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

    #[test]
    fn missing_file_is_empty() {
        assert_eq!(raw("xx/none.txt"), "");
    }
}
