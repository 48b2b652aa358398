//! Span and string normalisation, exactly as the reference scorer (`score.py`) does it, so that
//! `lede eval` and the Python script agree item for item.
//!
//! All offsets here are **code points** (Python `str` indices), the unit of the gold files.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Characters trimmed from both edges of quote and claim spans before comparing them: whitespace,
/// quotation marks, dashes and light punctuation (score.py's `TRIM`).
const TRIM: &[char] = &[
    ' ', '\t', '\n', '\r', '\u{a0}', '\u{202f}', '«', '»', '“', '”', '"', '„', '‘', '’', '\'', '‹',
    '›', '—', '–', '-', ',', '.', ';', ':',
];

/// Gold speakers that are pronouns (scored separately: "accuracy excluding pronoun gold").
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "his", "their",
    "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "lui", "eux", "celui-ci", "celle-ci",
];

/// Tokens ignored when comparing speaker names as token sets ("Mr Trump" vs "Trump").
const STOP: &[&str] = &[
    "the", "a", "an", "of", "mr", "mrs", "ms", "dr", "le", "la", "les", "l", "de", "du", "des",
    "m", "mme", "and", "et", "s",
];

/// Clamps `[s, e)` to the text and trims [`TRIM`] characters from both edges
/// (score.py's `norm_span`). The result may be empty (`e <= s`).
pub fn norm_span(chars: &[char], s: i64, e: i64) -> (i64, i64) {
    let mut s = s.max(0);
    let mut e = e.min(chars.len() as i64);
    while s < e && TRIM.contains(&chars[s as usize]) {
        s += 1;
    }
    while e > s && TRIM.contains(&chars[(e - 1) as usize]) {
        e -= 1;
    }
    (s, e)
}

/// Folds a name for comparison: compatibility decomposition, accents dropped, lower case, every
/// non-alphanumeric character a space, runs of spaces collapsed (score.py's `norm_str`).
pub fn norm_str(s: &str) -> String {
    let folded: String = s
        .nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when the folded speaker is a personal pronoun ("he", "elle", "celui-ci").
pub fn is_pronoun(s: &str) -> bool {
    let n = norm_str(s);
    // `norm_str` turns the hyphen of "celui-ci" into a space; score.py compares the same way, so
    // those two entries can never match there either. Keep the behaviour identical.
    PRONOUNS.contains(&n.as_str())
}

/// The content tokens of a folded name (stop words removed).
pub fn content_tokens(folded: &str) -> std::collections::BTreeSet<&str> {
    folded
        .split(' ')
        .filter(|t| !t.is_empty() && !STOP.contains(t))
        .collect()
}

/// Number of positions two half-open ranges share.
pub fn overlap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_lose_marks_dashes_and_edge_punctuation() {
        let t: Vec<char> = "« Nous sommes prêts. », dit-il".chars().collect();
        let (s, e) = norm_span(&t, 0, 22);
        let got: String = t[s as usize..e as usize].iter().collect();
        assert_eq!(got, "Nous sommes prêts");
        assert_eq!(norm_span(&t, -4, 999).1, t.len() as i64);
        assert_eq!(norm_span(&t, 0, 2), (2, 2));
    }

    #[test]
    fn names_fold_accents_case_and_punctuation() {
        assert_eq!(norm_str("  Émile  Zola-Dupré! "), "emile zola dupre");
        assert_eq!(norm_str("ﬁnance"), "finance");
        assert!(is_pronoun("He"));
        assert!(is_pronoun("Elle,"));
        assert!(!is_pronoun("Hélène"));
    }

    #[test]
    fn content_tokens_drop_titles_and_articles() {
        let f = norm_str("Mr. Donald Trump");
        let t: Vec<_> = content_tokens(&f).into_iter().collect();
        assert_eq!(t, ["donald", "trump"]);
    }
}
