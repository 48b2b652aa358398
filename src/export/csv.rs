//! The spreadsheet export: one row per speech quote and per claim ("who said what, where").
//!
//! RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted with
//! doubled quotes. Quotes and claims share one rectangular table (`type` tells them apart) so the
//! file opens as a single sheet; for claims the `speaker` column holds the source. Text cells that
//! a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a
//! leading `'`, the OWASP defence against CSV injection: an article is untrusted input.

use super::offsets::CharIndex;
use super::paragraph;
use crate::analysis::{Analysis, Cue, Span, Speaker};

const COLUMNS: &str = "type,paragraph,speaker,text,cue,kind,reason,start,end,rule";

/// The whole table for one article, header included.
pub fn to_csv(text: &str, a: &Analysis) -> String {
    header(false) + &rows(None, text, a)
}

/// The header line; `with_document` adds a first `document` column for multi-article tables.
pub fn header(with_document: bool) -> String {
    let doc = if with_document { "document," } else { "" };
    format!("{doc}{COLUMNS}\r\n")
}

/// The rows for one article; `document` fills the `document` column when given.
pub fn rows(document: Option<&str>, text: &str, a: &Analysis) -> String {
    let idx = CharIndex::new(text);
    let mut out = String::new();
    let mut row = |kind: &str,
                   span: Span,
                   who: Option<&Speaker>,
                   cue: Option<&Cue>,
                   ck: &str,
                   reason: &str,
                   rule: &str| {
        let mut cells: Vec<String> = Vec::with_capacity(11);
        if let Some(d) = document {
            cells.push(cell(d));
        }
        let para = paragraph::number(a, span.start).map_or(String::new(), |n| n.to_string());
        cells.extend([
            cell(kind),
            para,
            cell(who.map_or("", |s| s.name.as_str())),
            cell(span.text(text)),
            cell(cue.map_or("", |c| c.lemma.as_str())),
            cell(ck),
            cell(reason),
            idx.char_offset(span.start).to_string(),
            idx.char_offset(span.end).to_string(),
            cell(rule),
        ]);
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    for q in a.quotes.iter().filter(|q| q.speech) {
        row(
            "quote",
            q.span,
            q.speaker.as_ref(),
            q.cue.as_ref(),
            "",
            "",
            &q.rule,
        );
    }
    for c in &a.claims {
        let reason = c.reason.as_deref().unwrap_or("");
        row(
            "claim",
            c.span,
            c.source.as_ref(),
            c.cue.as_ref(),
            c.kind.as_str(),
            reason,
            &c.rule,
        );
    }
    out
}

/// One text cell: defused against formula injection, then quoted when RFC 4180 requires it.
fn cell(s: &str) -> String {
    let defused = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if defused.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4180_quoting() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\r\nlines"), "\"two\r\nlines\"");
        assert_eq!(cell("« déjà »"), "« déjà »");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2%"), "'-2%");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a=b"), "a=b");
    }

    #[test]
    fn document_column_is_optional() {
        assert_eq!(header(false), format!("{COLUMNS}\r\n"));
        assert!(header(true).starts_with("document,type,"));
        assert_eq!(rows(Some("a.txt"), "x", &Analysis::default()), "");
    }
}
