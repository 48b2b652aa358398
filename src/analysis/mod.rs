//! The extraction core: plain Rust, no web dependencies, one entry point.
//!
//! ```
//! let a = lede::analyse("« Nous sommes prêts », a déclaré lundi le Kremlin.");
//! assert_eq!(a.lang, lede::Lang::Fr);
//! assert_eq!(a.quotes.len(), 1);
//! ```
//!
//! The pipeline runs once per keystroke in the browser, so every stage is linear in the text:
//! segment → language → dateline → entities → quote marks → speakers → claims.

pub mod types;

pub(crate) mod bytewords;
pub(crate) mod case;
pub(crate) mod claims;
pub(crate) mod dateline;
pub(crate) mod entities;
pub(crate) mod hashing;
pub(crate) mod lang;
pub mod lexicon;
pub(crate) mod packing;
pub(crate) mod prefixes;
pub(crate) mod quotes;
pub mod segment;
pub mod sorting;
pub(crate) mod speakers;
pub(crate) mod wordclass;

pub use types::*;

/// Analyses one article. Never panics and never changes the text: every span in the result is a
/// byte range into `text`.
pub fn analyse(text: &str) -> Analysis {
    analyse_as(text, None)
}

/// Like [`analyse`], with the language forced (the UI's manual override) instead of detected.
pub fn analyse_as(text: &str, lang: Option<Lang>) -> Analysis {
    let doc = segment::Document::new(text);
    let lang = lang.unwrap_or_else(|| lang::detect(&doc));
    let (dateline, byline) = dateline::find(&doc, lang);
    let (entities, clusters) = entities::extract(&doc, lang, dateline.as_ref());
    let mut quotes = quotes::find(&doc, lang);
    let found = speakers::attribute(&doc, lang, &entities, &clusters, &mut quotes);
    let mut claims = claims::extract(&doc, lang, &entities, &quotes, &found);
    if let Some(d) = &dateline {
        trim_dateline(text, d.span, &mut claims);
    }
    let mut a = Analysis {
        lang,
        dateline,
        byline,
        paragraphs: doc.paragraphs.clone(),
        entities,
        clusters,
        quotes,
        claims,
    };
    sort_layers(&mut a);
    a
}

/// A dateline ("(Washington)", "PARIS (AFP) -") is never part of what a source asserts: a claim
/// that starts inside it starts after it, and one lying wholly inside it is dropped.
fn trim_dateline(text: &str, dateline: Span, claims: &mut Vec<Claim>) {
    claims.retain_mut(|c| {
        if c.span.start >= dateline.end || c.span.end <= dateline.start {
            return true;
        }
        let rest = text.get(dateline.end..c.span.end).unwrap_or("");
        let skip = rest.len()
            - rest
                .trim_start_matches(|ch: char| {
                    ch.is_whitespace() || matches!(ch, '-' | '–' | '—' | ':')
                })
                .len();
        c.span.start = dateline.end + skip;
        c.span.start < c.span.end
    });
}

/// Layers are sorted by start (longest first on ties) so the renderer can nest them in one pass.
fn sort_layers(a: &mut Analysis) {
    sorting::sort_by_span(&mut a.quotes, |q| q.span);
    sorting::sort_by_span(&mut a.claims, |c| c.span);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_never_include_the_dateline() {
        let text = "(Washington) Les deux pays vont reprendre les discussions, a fait savoir la Maison-Blanche.";
        let a = analyse(text);
        let d = a.dateline.as_ref().expect("dateline");
        assert!(!a.claims.is_empty(), "expected a reported claim");
        for c in &a.claims {
            assert!(
                c.span.start >= d.span.end,
                "claim {:?} starts inside the dateline",
                c.span.text(text)
            );
            assert!(c.span.text(text).starts_with("Les deux pays"));
        }
    }
}
