//! The readable report: who said what, the claims, and who is named — for a newsletter, a wiki
//! or an editor's note. Article text is escaped so a quote can never turn into markup, links or
//! raw HTML in the reader's Markdown viewer.

use super::paragraph;
use crate::analysis::{Analysis, ClaimKind, Label, Lang, Quote, Span};
use std::collections::HashMap;
use std::fmt::Write;

/// The report under the default title.
pub fn to_markdown(text: &str, a: &Analysis) -> String {
    to_markdown_titled("Who said what", text, a)
}

/// The report under a given title (the CLI puts the file name there).
pub fn to_markdown_titled(title: &str, text: &str, a: &Analysis) -> String {
    let mut out = format!("# {}\n\n{}\n", inline(title), summary(a));
    quotes_section(&mut out, text, a);
    claims_section(&mut out, text, a);
    entities_section(&mut out, text, a);
    out
}

fn summary(a: &Analysis) -> String {
    let lang = match a.lang {
        Lang::En => "English",
        Lang::Fr => "French",
    };
    let mut parts = vec![format!("Language: {lang}")];
    if let Some(d) = &a.dateline {
        let bits: Vec<&str> = [&d.place, &d.date, &d.agency]
            .into_iter()
            .filter_map(|x| x.as_deref())
            .collect();
        if !bits.is_empty() {
            parts.push(format!("dateline: {}", inline(&bits.join(", "))));
        }
    }
    let speech = a.quotes.iter().filter(|q| q.speech).count();
    parts.push(format!("{speech} quotes, {} claims", a.claims.len()));
    format!("*{}*", parts.join(" · "))
}

/// Quotes grouped by speaker, speakers in order of first appearance, unattributed ones last.
fn quotes_section(out: &mut String, text: &str, a: &Analysis) {
    out.push_str("\n## Quotes by speaker\n");
    let speech: Vec<&Quote> = a.quotes.iter().filter(|q| q.speech).collect();
    if speech.is_empty() {
        out.push_str("\nNo quotes found.\n");
        return;
    }
    // A map from speaker to group keeps this linear however many speakers hostile text yields.
    let mut groups: Vec<(Option<&str>, Vec<&Quote>)> = Vec::new();
    let mut slot: HashMap<Option<&str>, usize> = HashMap::new();
    for q in speech {
        let who = q.speaker.as_ref().map(|s| s.name.as_str());
        let i = *slot.entry(who).or_insert_with(|| {
            groups.push((who, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(q);
    }
    // Stable sort: attributed groups keep their order, the unattributed group goes last.
    crate::analysis::sorting::sort_by_key(&mut groups, |(w, _)| w.is_none());
    for (who, list) in groups {
        let _ = writeln!(out, "\n### {}\n", who.map_or("Unattributed".into(), inline));
        for q in list {
            let words = if q.outer.is_empty() || q.outer.text(text).is_empty() {
                format!("“{}”", inline(q.span.text(text)))
            } else {
                inline(q.outer.text(text))
            };
            let cue = q
                .cue
                .as_ref()
                .map_or(String::new(), |c| format!(" — *{}*", inline(&c.lemma)));
            let _ = writeln!(out, "- {words}{cue}{}", where_(a, q.span));
        }
    }
}

fn claims_section(out: &mut String, text: &str, a: &Analysis) {
    out.push_str("\n## Claims\n");
    if a.claims.is_empty() {
        out.push_str("\nNo claims found.\n");
        return;
    }
    for (kind, heading) in [
        (ClaimKind::Reported, "Reported"),
        (ClaimKind::Checkworthy, "Check-worthy"),
    ] {
        let list: Vec<_> = a.claims.iter().filter(|c| c.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {heading}\n");
        for c in list {
            let source = c
                .source
                .as_ref()
                .map_or(String::new(), |s| format!("**{}**: ", inline(&s.name)));
            // A check-worthy claim's reason says more than its trigger word.
            let why = match (&c.reason, &c.cue) {
                (Some(r), _) => format!(" — *{}*", inline(r)),
                (None, Some(cue)) => format!(" — *{}*", inline(&cue.lemma)),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "- {source}{}{why}{}",
                inline(c.span.text(text)),
                where_(a, c.span)
            );
        }
    }
}

/// Named people, organisations and places (dates are left out: they are not "who"), one row per
/// referent with its mention count.
fn entities_section(out: &mut String, text: &str, a: &Analysis) {
    out.push_str("\n## Named in the article\n");
    let mut rows: Vec<(&str, Label, usize)> = Vec::new();
    let mut slot: HashMap<(&str, Label), usize> = HashMap::new();
    for e in a.entities.iter().filter(|e| e.label != Label::Date) {
        let name = match e.cluster.and_then(|c| a.clusters.get(c)) {
            Some(c) => c.name.as_str(),
            None => e.span.text(text),
        };
        let i = *slot.entry((name, e.label)).or_insert_with(|| {
            rows.push((name, e.label, 0));
            rows.len() - 1
        });
        rows[i].2 += 1;
    }
    if rows.is_empty() {
        out.push_str("\nNo names found.\n");
        return;
    }
    out.push_str("\n| Name | Type | Mentions |\n| --- | --- | --: |\n");
    for (name, label, n) in rows {
        let _ = writeln!(out, "| {} | {} | {n} |", inline(name), label.as_str());
    }
}

/// " (¶3)" — where to find the passage in the article.
fn where_(a: &Analysis, span: Span) -> String {
    paragraph::number(a, span.start).map_or(String::new(), |n| format!(" (¶{n})"))
}

/// Article text as inert inline Markdown: line breaks become spaces, ASCII punctuation that
/// Markdown or HTML would act on is backslash-escaped, and a leading list or heading marker is
/// defused.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if "\\`*_[]<>#|~&!{}".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    // "- x", "+ x", "1. x" at the start of a list item would open a nested list.
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if let Some(i) = out.find(|c: char| !c.is_ascii_digit()).filter(|&i| i > 0) {
        if out[i..].starts_with(['.', ')']) {
            out.insert(i, '\\');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markup_and_joins_lines() {
        assert_eq!(inline("a *b*\r\n_c_"), "a \\*b\\* \\_c\\_");
        assert_eq!(inline("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(inline("[a](http://x)"), "\\[a\\](http://x)");
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("1. not a list"), "1\\. not a list");
        assert_eq!(inline("1,5 million"), "1,5 million");
        assert_eq!(inline("« déjà »"), "« déjà »");
    }

    #[test]
    fn empty_analysis_says_so() {
        let md = to_markdown("", &Analysis::default());
        assert!(md.starts_with("# Who said what\n\n*Language: English · 0 quotes, 0 claims*\n"));
        assert!(md.contains("No quotes found.") && md.contains("No claims found."));
        assert!(md.contains("No names found."));
    }
}
