//! The analysis data model: what `analyse` returns and what the UI renders.
//!
//! Every span is a pair of **byte** offsets into the untouched input text, so slicing the input with
//! it gives the highlighted words. Conversion to code-point offsets happens only at export time
//! (see [`crate::analysis::export`]). Every highlighted item carries a `rule` id saying why it was
//! found, in the style `QUOTE/PAIR/GUILLEMETS` or `ENT/TITLE/PER`, which the tooltip explains.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Number of bytes the two spans share.
    pub fn overlap(&self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
    /// The text this span covers; empty if the span is out of range or not on char boundaries.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The languages Lede analyses. Detection picks one per article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// Entity types. `PER`, `ORG`, `LOC` and `DATE` are scored; `MISC` is shown but not scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Label {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "MISC")]
    Misc,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Date => "DATE",
            Label::Misc => "MISC",
        }
    }
}

/// One entity mention: the name itself, without titles or articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub label: Label,
    /// Why it was found, e.g. `ENT/GAZ/LOC` or `ENT/TITLE/PER`.
    pub rule: String,
    /// Index into [`Analysis::clusters`]: all mentions of one referent share it.
    pub cluster: Option<usize>,
    /// For dates: the normalised value (ISO date, month or range) where the article date allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A within-document referent: "Joe Biden", "Biden" and "M. Biden" form one cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// The canonical (longest, most complete) name.
    pub name: String,
    pub label: Label,
    /// Indices into [`Analysis::entities`].
    pub mentions: Vec<usize>,
}

/// The word or phrase that signals speech: "a déclaré", "said", "selon".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub span: Span,
    /// The cue as written in the lexicon (its lemma or pattern), e.g. "faire savoir".
    pub lemma: String,
}

/// Who a quote or claim is attributed to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The words the attribution points at: a name, a description or a pronoun.
    pub mention: Span,
    /// The best name: the cluster's canonical name when the mention resolves to an entity.
    pub name: String,
    /// Index into [`Analysis::clusters`] when the speaker is a known entity.
    pub cluster: Option<usize>,
}

/// A direct quote. `span` covers the quoted words, without the marks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub span: Span,
    /// The quoted words including their opening and closing marks.
    pub outer: Span,
    /// False for scare quotes, titles, nicknames and mentioned words: shown, but not speech.
    pub speech: bool,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    /// The rule that attributed (or declined to attribute) the quote, e.g. `SPK/INVERSION`.
    pub rule: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Indirect or mixed speech with its source.
    Reported,
    /// An unattributed factual statement a fact-checker may want to verify.
    Checkworthy,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Reported => "reported",
            ClaimKind::Checkworthy => "checkworthy",
        }
    }
}

/// A claim: reported content with its source, or a check-worthy statement with its reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub span: Span,
    pub kind: ClaimKind,
    pub source: Option<Speaker>,
    pub cue: Option<Cue>,
    /// For check-worthy claims: `number`, `comparison`, `causal`, `prediction`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub rule: String,
}

/// The dateline that opens wire copy: "(Washington)", "PARIS, 12 mars (AFP) -".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    pub span: Span,
    pub place: Option<String>,
    pub place_span: Option<Span>,
    /// The article date, ISO (`2021-04-19` or `2021-04`), when the text gives one.
    pub date: Option<String>,
    /// The agency named in the dateline, e.g. "AFP".
    pub agency: Option<String>,
}

/// The byline or agency credit ("Agence France-Presse", "By Jane Doe").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Byline {
    pub span: Span,
    pub text: String,
}

/// Everything Lede finds in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub lang: Lang,
    pub dateline: Option<Dateline>,
    pub byline: Option<Byline>,
    /// Paragraph spans, in order (used for quote continuation and export paragraph numbers).
    pub paragraphs: Vec<Span>,
    /// Sorted by start, then longest first. Never overlapping (only the outermost entity is kept).
    pub entities: Vec<Entity>,
    pub clusters: Vec<Cluster>,
    /// Sorted by start.
    pub quotes: Vec<Quote>,
    /// Sorted by start.
    pub claims: Vec<Claim>,
}
