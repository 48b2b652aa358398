//! Quotation-mark pairing: finds direct quotes in every newsroom style, in one linear pass.
//!
//! Marks are read from the punctuation tokens of each paragraph and paired with a stack:
//! « », ‹ ›, “ ”, „ “, straight " (opening or closing decided by the spaces around it and by
//! what is open), and ‘ ’ / ' when they flank words rather than sit inside them (apostrophes).
//! A closing mark only looks a few entries down the stack, so sloppy text with thousands of
//! unclosed marks stays linear. Quotes never cross paragraphs, except the wire convention where
//! each paragraph of a long quote reopens the mark and only the last one closes it: each
//! paragraph then gives one segment (rule `QUOTE/CONTINUED`). A quote left open at the end of a
//! paragraph runs to the paragraph end (`QUOTE/UNCLOSED`). A quote inside another is kept as
//! non-speech (`QUOTE/NESTED`): it is words the speaker cites, not the speaker's own.
//!
//! Whether a quote is speech (and who said it) is decided later, by the speakers stage.

use super::segment::{Document, TokKind};
use super::types::{Lang, Quote, Span};

/// How far down the stack a closing mark looks for its opener: deeper nesting is not news style,
/// and a fixed bound keeps pathological input linear.
const MAX_DEPTH: usize = 4;

/// Rule ids set here; the speakers stage reads them before replacing `rule` with its own.
pub const RULE_CONTINUED: &str = "QUOTE/CONTINUED";
pub const RULE_UNCLOSED: &str = "QUOTE/UNCLOSED";
pub const RULE_NESTED: &str = "QUOTE/NESTED";

/// Mark families: a closer pairs with an opener of a compatible family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Guillemet,
    Chevron,
    Double,
    Straight,
    Single,
    StraightSingle,
    /// '' … '': paired for nesting only, never reported.
    Doubled,
}

impl Family {
    fn rule(self) -> &'static str {
        match self {
            Family::Guillemet => "QUOTE/PAIR/GUILLEMETS",
            Family::Chevron => "QUOTE/PAIR/CHEVRONS",
            Family::Double => "QUOTE/PAIR/CURLY",
            Family::Straight => "QUOTE/PAIR/STRAIGHT",
            Family::Single | Family::StraightSingle => "QUOTE/PAIR/SINGLE",
            Family::Doubled => "QUOTE/PAIR/DOUBLED",
        }
    }
    /// Single marks are too often apostrophes to trust when left unclosed.
    fn may_run_unclosed(self) -> bool {
        !matches!(
            self,
            Family::Single | Family::StraightSingle | Family::Doubled
        )
    }
    /// Sloppy text mixes “ with " : let a double closer take either double opener.
    fn closes(self, opener: Family) -> bool {
        self == opener
            || matches!(
                (self, opener),
                (Family::Double, Family::Straight) | (Family::Straight, Family::Double)
            )
    }
}

#[derive(Clone, Copy, Debug)]
struct Opener {
    family: Family,
    mark: Span,
}

enum Role {
    Open(Family),
    Close(Family),
}

/// Finds every quote in the document, sorted by start. `speech` is provisional (false only for
/// nested quotes); the speakers stage decides the rest.
pub fn find(doc: &Document, _lang: Lang) -> Vec<Quote> {
    let mut out = Vec::new();
    let text = doc.text;
    let mut ti = 0;
    let mut stack: Vec<Opener> = Vec::new();
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        stack.clear();
        while ti < doc.tokens.len() && doc.tokens[ti].span.start < para.start {
            ti += 1;
        }
        while ti < doc.tokens.len() && doc.tokens[ti].span.end <= para.end {
            let tok = doc.tokens[ti];
            ti += 1;
            if tok.kind != TokKind::Punct {
                continue;
            }
            let Some(c) = tok.span.text(text).chars().next() else {
                continue;
            };
            // Doubled apostrophes ('' … '', an archive transcription of typewriter quotes) are
            // not in the newsroom mark set: they are paired but never reported, so that the
            // single quotes inside them read as nested citations, not as the speaker's words.
            if matches!(c, '\'' | '`')
                && doc.tokens.get(ti).is_some_and(|n| {
                    n.span.start == tok.span.end && n.span.text(text).starts_with(c)
                })
            {
                let second = doc.tokens[ti].span;
                ti += 1;
                let prev = text[..tok.span.start].chars().next_back();
                let next = text[second.start + c.len_utf8()..].chars().next();
                let mark = Span::new(tok.span.start, second.start + c.len_utf8());
                pair_doubled(&mut stack, mark, prev, next);
                continue;
            }
            let prev = text[..tok.span.start].chars().next_back();
            let next = text[tok.span.end..].chars().next();
            match classify(c, prev, next, &stack) {
                Some(Role::Open(f)) => stack.push(Opener {
                    family: f,
                    mark: tok.span,
                }),
                Some(Role::Close(f)) => {
                    let floor = stack.len().saturating_sub(MAX_DEPTH);
                    if let Some(k) = (floor..stack.len())
                        .rev()
                        .find(|&k| f.closes(stack[k].family))
                    {
                        let o = stack[k];
                        let cited = inside_doubled(&stack[..k]);
                        stack.truncate(k);
                        let close = (tok.span.start, tok.span.end);
                        push_quote(&mut out, text, o, close, None, cited);
                    }
                }
                None => {}
            }
        }
        // Left open at the paragraph end: a continued quote if the next paragraph reopens the
        // same mark, otherwise a sloppy unclosed quote running to the paragraph end.
        if let Some(i) = stack.iter().position(|o| o.family.may_run_unclosed()) {
            let o = stack[i];
            let cited = inside_doubled(&stack[..i]);
            let reopens = doc
                .paragraphs
                .get(pi + 1)
                .and_then(|n| text.get(n.start..))
                .and_then(|s| s.chars().next())
                .is_some_and(|c| text[o.mark.start..].starts_with(c));
            let rule = if reopens {
                RULE_CONTINUED
            } else {
                RULE_UNCLOSED
            };
            push_quote(&mut out, text, o, (para.end, para.end), Some(rule), cited);
        }
    }
    crate::analysis::sorting::sort_by_span(&mut out, |q: &Quote| q.outer);
    mark_nested(&mut out);
    out
}

/// Opens or closes a doubled-apostrophe pair, deciding as for a straight " : it closes an open
/// pair when it ends a word or is followed by a space or punctuation, otherwise it opens.
/// Closing drops everything opened inside it (unclosed singles were apostrophes).
fn pair_doubled(stack: &mut Vec<Opener>, mark: Span, prev: Option<char>, next: Option<char>) {
    let left_flank = prev.is_none_or(|p| p.is_whitespace() || is_opening_context(p));
    let right_flank = next.is_none_or(|n| n.is_whitespace() || is_closing_context(n));
    let floor = stack.len().saturating_sub(MAX_DEPTH);
    let open = (floor..stack.len())
        .rev()
        .find(|&k| stack[k].family == Family::Doubled);
    match open {
        Some(k) if right_flank || !left_flank => stack.truncate(k),
        _ if left_flank || !right_flank => stack.push(Opener {
            family: Family::Doubled,
            mark,
        }),
        _ => {}
    }
}

/// Whether a doubled-apostrophe pair is open below this point of the stack.
fn inside_doubled(below: &[Opener]) -> bool {
    below.iter().any(|o| o.family == Family::Doubled)
}

/// A quote inside another (or inside a doubled-apostrophe pair) is cited words: non-speech.
fn cite(q: &mut Quote) {
    q.speech = false;
    q.rule = RULE_NESTED.to_string();
}

/// Decides whether a quote-mark character opens, closes or is an apostrophe / stray mark here.
fn classify(c: char, prev: Option<char>, next: Option<char>, stack: &[Opener]) -> Option<Role> {
    let open_in = |f: Family| {
        stack
            .iter()
            .rev()
            .take(MAX_DEPTH)
            .any(|o| o.family.closes(f) || o.family == f)
    };
    let left_flank = prev.is_none_or(|p| p.is_whitespace() || is_opening_context(p));
    let right_flank = next.is_none_or(|n| n.is_whitespace() || is_closing_context(n));
    let word_next = next.is_some_and(char::is_alphanumeric);
    match c {
        '«' => Some(Role::Open(Family::Guillemet)),
        '»' => Some(Role::Close(Family::Guillemet)),
        '‹' => Some(Role::Open(Family::Chevron)),
        '›' => Some(Role::Close(Family::Chevron)),
        '„' => Some(Role::Open(Family::Double)),
        '‚' => Some(Role::Open(Family::Single)),
        '“' => {
            // „…“ (German style) closes with “; otherwise “ opens.
            let low_open = stack
                .last()
                .is_some_and(|o| o.family == Family::Double && right_flank);
            if low_open && !left_flank {
                Some(Role::Close(Family::Double))
            } else {
                Some(Role::Open(Family::Double))
            }
        }
        '”' => {
            if open_in(Family::Double) || !left_flank || right_flank {
                Some(Role::Close(Family::Double))
            } else {
                Some(Role::Open(Family::Double))
            }
        }
        '"' => {
            let open = stack
                .iter()
                .rev()
                .take(MAX_DEPTH)
                .any(|o| matches!(o.family, Family::Straight | Family::Double));
            if open && (right_flank || !left_flank) {
                Some(Role::Close(Family::Straight))
            } else if left_flank || !right_flank {
                Some(Role::Open(Family::Straight))
            } else {
                None
            }
        }
        '‘' => {
            if left_flank && !right_flank {
                Some(Role::Open(Family::Single))
            } else if open_in(Family::Single) {
                Some(Role::Close(Family::Single))
            } else {
                None
            }
        }
        '’' => (open_in(Family::Single) && !word_next).then_some(Role::Close(Family::Single)),
        '\'' => {
            if open_in(Family::StraightSingle) && !word_next && !left_flank {
                Some(Role::Close(Family::StraightSingle))
            } else if left_flank && word_next {
                Some(Role::Open(Family::StraightSingle))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Characters after which a mark reads as opening: brackets, dashes, colons, other marks.
fn is_opening_context(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | ':' | '/' | '«' | '“' | '„' | '‘' | '‹' | '"' | '\''
    )
}

/// Characters before which a mark reads as closing: sentence punctuation and closing brackets.
fn is_closing_context(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '…' | '»' | '”' | '’'
    ) || c == '"'
        || c == '\''
}

fn is_inner_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{200b}')
}

/// Records the quote between an opener and a closing position (`(close_start, close_end)` is
/// the closing mark, empty for quotes that run to the paragraph end); `cited` when it stands
/// inside a doubled-apostrophe pair.
fn push_quote(
    out: &mut Vec<Quote>,
    text: &str,
    o: Opener,
    (close_start, close_end): (usize, usize),
    rule: Option<&str>,
    cited: bool,
) {
    let inner = text.get(o.mark.end..close_start).unwrap_or("");
    let lead = inner.len() - inner.trim_start_matches(is_inner_space).len();
    let trail = inner.len() - inner.trim_end_matches(is_inner_space).len();
    if lead >= inner.len() {
        return;
    }
    let span = Span::new(o.mark.end + lead, close_start - trail);
    out.push(Quote {
        span,
        outer: Span::new(o.mark.start, close_end.max(span.end)),
        speech: true,
        speaker: None,
        cue: None,
        rule: rule.unwrap_or(o.family.rule()).to_string(),
    });
    if cited {
        out.last_mut().into_iter().for_each(cite);
    }
}

/// Quotes inside another quote are cited words, not the speaker's own: non-speech. Input is sorted
/// by start, outermost first, so one running "enclosing end" suffices (linear).
fn mark_nested(quotes: &mut [Quote]) {
    let mut enclosing_end = 0;
    for q in quotes.iter_mut() {
        if q.outer.end <= enclosing_end && q.outer.start > 0 {
            cite(q);
        } else {
            enclosing_end = q.outer.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(String, String)> {
        let d = Document::new(t);
        find(&d, Lang::Fr)
            .into_iter()
            .map(|q| (q.span.text(t).to_string(), q.rule))
            .collect()
    }

    fn texts(t: &str) -> Vec<String> {
        quotes(t).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn guillemets_with_any_space() {
        assert_eq!(texts("Il a dit « oui » hier."), ["oui"]);
        assert_eq!(texts("Il a dit «\u{a0}oui\u{a0}» hier."), ["oui"]);
        assert_eq!(texts("Il a dit «\u{202f}oui\u{202f}» hier."), ["oui"]);
        assert_eq!(texts("Il a dit «oui» hier."), ["oui"]);
    }

    #[test]
    fn curly_straight_low_and_chevrons() {
        assert_eq!(texts("He said “yes” and left."), ["yes"]);
        assert_eq!(texts("He said \"yes\" and \"no\"."), ["yes", "no"]);
        assert_eq!(texts("Er sagte „ja“ dann."), ["ja"]);
        assert_eq!(texts("Il a dit ‹ oui › hier."), ["oui"]);
    }

    #[test]
    fn single_quotes_versus_apostrophes() {
        assert_eq!(
            texts("He called it ‘nonsense’ in Biden’s office, didn’t he?"),
            ["nonsense"]
        );
        assert_eq!(texts("The 'deal' isn't Jones' idea."), ["deal"]);
        assert_eq!(texts("L’Autriche et l’Italie."), Vec::<String>::new());
        assert_eq!(texts("''It's done,'' he said."), Vec::<String>::new());
    }

    #[test]
    fn quotes_inside_doubled_apostrophes_are_cited() {
        let t = "''He said, 'No deal.'.'' she recalled. Then 'yes' came.";
        let q = quotes(t);
        assert_eq!(
            q,
            [
                ("No deal.".to_string(), RULE_NESTED.to_string()),
                ("yes".to_string(), "QUOTE/PAIR/SINGLE".to_string()),
            ]
        );
        let t = "''I told them, 'Go home.' And they did";
        assert_eq!(
            quotes(t),
            [("Go home.".to_string(), RULE_NESTED.to_string())]
        );
    }

    #[test]
    fn nested_quotes_are_not_speech() {
        let t = "« Il m’a dit “jamais” », raconte-t-elle.";
        let d = Document::new(t);
        let q = find(&d, Lang::Fr);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].span.text(t), "Il m’a dit “jamais”");
        assert!(q[0].speech);
        assert_eq!(q[1].span.text(t), "jamais");
        assert!(!q[1].speech);
        assert_eq!(q[1].rule, RULE_NESTED);
    }

    #[test]
    fn multi_paragraph_quote_gives_one_segment_per_paragraph() {
        let t = "« Premier paragraphe.\n« Deuxième paragraphe.\n« Dernier. »\nFin.";
        let q = quotes(t);
        assert_eq!(
            q,
            [
                (
                    "Premier paragraphe.".to_string(),
                    RULE_CONTINUED.to_string()
                ),
                (
                    "Deuxième paragraphe.".to_string(),
                    RULE_CONTINUED.to_string()
                ),
                ("Dernier.".to_string(), "QUOTE/PAIR/GUILLEMETS".to_string()),
            ]
        );
    }

    #[test]
    fn outer_includes_marks() {
        let t = "dit « oui ».";
        let d = Document::new(t);
        let q = &find(&d, Lang::Fr)[0];
        assert_eq!(q.outer.text(t), "« oui »");
    }

    #[test]
    fn unbalanced_and_mixed_marks_do_their_best() {
        assert_eq!(texts("He said “yes\" to it."), ["yes"]);
        let q = quotes("Il a dit « oui et puis rien");
        assert_eq!(
            q,
            [("oui et puis rien".to_string(), RULE_UNCLOSED.to_string())]
        );
        assert_eq!(texts("»» oui «"), Vec::<String>::new());
    }

    #[test]
    fn many_unclosed_marks_are_fast() {
        let t = "« ".repeat(200_000);
        let start = std::time::Instant::now();
        let d = Document::new(&t);
        let q = find(&d, Lang::Fr);
        assert!(q.len() <= 1);
        assert!(start.elapsed().as_secs() < 5);
    }
}
