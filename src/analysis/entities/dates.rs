//! Dates: absolute ("25 mars 2017", "Sept. 11, 2001", "March 2017", "2021-04", "1990s",
//! "XIXe siècle"), weekdays ("lundi", "last Monday") and relative phrases ("la semaine dernière",
//! "cet été", "yesterday"). Clock times and durations are not dates.
//!
//! Each date is normalised to ISO in `value` when it is absolute, or when the article date is
//! known (from the dateline) for a relative one. Rule ids: `ENT/DATE/ABS` (absolute, with a
//! day or month), `ENT/DATE/YEAR`, `ENT/DATE/ISO`, `ENT/DATE/WEEKDAY` and `ENT/DATE/REL` for the
//! relative kinds, which the product shows but some gold sets (absolute-only) do not count.

use super::calendar::{self, add_months, days_from_civil, iso_range, Ymd};
use super::gazetteer::{
    HashMap, Lex, Side, Unit, W_DATE_AGO, W_DATE_COUNT, W_DATE_LINK, W_DATE_START, W_DATE_UNIT,
    W_MODIFIER, W_MONTH, W_RELATIVE_START, W_STOP, W_WEEKDAY,
};
use super::Ctx;
use crate::analysis::segment::{Document, TokKind};

/// A date found at tokens `[s, e)`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub s: usize,
    pub e: usize,
    pub rule: &'static str,
    pub value: Option<String>,
}

/// All dates of the document, in order and disjoint.
pub(crate) fn find(ctx: &Ctx, reference: Option<Ymd>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.len() {
        let found = if may_start(ctx, i) {
            find_at(ctx, i, reference)
        } else if ctx.flags(i) & W_DATE_COUNT != 0 {
            // A count word opens no other kind of date: only "ago" phrases are tried.
            ago(ctx, i, reference)
        } else {
            i += 1;
            continue;
        };
        match found {
            Some(mut f) if f.e > i => {
                let free = out.last().is_none_or(|p: &Found| p.e < f.s);
                if free && f.s > 0 && takes_article(ctx, &f) {
                    f.s -= 1;
                }
                i = f.e;
                out.push(f);
            }
            _ => i += 1,
        }
    }
    out
}

/// A relative date with a date article right before it, which belongs to the date: "the last
/// week", "the next day" (the article list is data; French relative phrases list theirs: "la
/// semaine dernière"). Decades and centuries keep theirs out, as GUM does: "the 1990s".
fn takes_article(ctx: &Ctx, f: &Found) -> bool {
    f.rule == "ENT/DATE/REL" && ctx.lex.date_articles.contains(ctx.low(f.s - 1))
}

/// The date starting at token `i`, if any (a finder's date always starts where it was tried).
pub(crate) fn find_at(ctx: &Ctx, i: usize, reference: Option<Ymd>) -> Option<Found> {
    ago(ctx, i, reference)
        .or_else(|| era_year(ctx, i))
        .or_else(|| iso(ctx, i))
        .or_else(|| absolute(ctx, i, reference))
        .or_else(|| relative(ctx, i, reference))
        .or_else(|| weekday(ctx, i, reference))
        .or_else(|| century(ctx, i))
        .or_else(|| year(ctx, i))
}

/// False when none of the finders below can match at token `i`: every one needs a number or a
/// word starting with a digit, a weekday, modifier, month or relative-phrase word at `i` (maybe
/// with its glued dot), or a date unit right after it ("XIXe siècle"). Ordinary words are ruled
/// out by the context's per-token flags, without the finders' eight probes.
fn may_start(ctx: &Ctx, i: usize) -> bool {
    opens_date(ctx.doc, ctx.lex, i, |k| ctx.flags(k))
}

/// [`may_start`] on a document without its [`Ctx`]: `flags(k)` gives token `k`'s word flags
/// ([`Ctx::flags`], or a probe of the lexicon). [`super::leading_date`] asks it first, so a
/// paragraph whose first word opens no date costs no context.
#[inline]
pub(crate) fn opens_date(
    doc: &Document,
    lex: &Lex,
    i: usize,
    flags: impl Fn(usize) -> u32,
) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let start = |k: &str| lex.flags_of(k) & W_DATE_START != 0;
    let low = doc.norm(i);
    // The part before an apostrophe ("l'" of "l'an dernier"), when there is one.
    let first = || low.bytes().position(|b| b == b'\'').map(|k| &low[..k]);
    // A full stop glued to the word ("Sept."), as [`Ctx::dotted`].
    let dotted = || {
        doc.tokens
            .get(i + 1)
            .is_some_and(|t| !t.space_before && t.span.text(doc.text) == ".")
    };
    // (The per-token flags first: they cost no look-up.)
    t.kind == TokKind::Number
        || low.starts_with(|c: char| c.is_ascii_digit())
        || flags(i) & W_DATE_START != 0
        || flags(i + 1) & W_DATE_UNIT != 0
        || (flags(i + 2) & W_DATE_UNIT != 0 && lex.ordinal_suffixes.contains(doc.norm(i + 1)))
        || first().is_some_and(start)
        || (dotted() && start(doc.norm_run(i, i + 2)))
}

fn number(ctx: &Ctx, i: usize) -> Option<u32> {
    let t = ctx.doc.tokens.get(i)?;
    if t.kind != TokKind::Number {
        return None;
    }
    let s = ctx.text(i);
    if s.len() > 4 {
        return None;
    }
    s.parse().ok()
}

fn glued(ctx: &Ctx, i: usize, text: &str) -> bool {
    ctx.doc
        .tokens
        .get(i)
        .is_some_and(|t| !t.space_before && t.span.text(ctx.doc.text) == text)
}

/// A line break between token `i` and the next one.
fn line_break_after(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.doc.tokens;
    match (t.get(i), t.get(i + 1)) {
        (Some(a), Some(b)) => ctx
            .doc
            .text
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| gap.contains('\n')),
        _ => false,
    }
}

/// "2021-04", "2021-04-19".
fn iso(ctx: &Ctx, i: usize) -> Option<Found> {
    let y = number(ctx, i).filter(|_| ctx.text(i).len() == 4)?;
    if !glued(ctx, i + 1, "-") || ctx.text(i + 2).len() != 2 {
        return None;
    }
    let m = number(ctx, i + 2).filter(|m| (1..=12).contains(m))?;
    let mut e = i + 3;
    let mut d = None;
    if glued(ctx, i + 3, "-") && ctx.text(i + 4).len() == 2 {
        if let Some(day) = number(ctx, i + 4).filter(|d| (1..=31).contains(d)) {
            d = Some(day as u8);
            e = i + 5;
        }
    }
    let v = Ymd {
        y: y as i32,
        m: Some(m as u8),
        d,
    };
    Some(Found {
        s: i,
        e,
        rule: "ENT/DATE/ISO",
        value: Some(v.iso()),
    })
}

/// A day of the month: "25", "1er", "1st", "3rd".
fn day(ctx: &Ctx, i: usize) -> Option<u8> {
    if let Some(n) = number(ctx, i) {
        return (1..=31).contains(&n).then_some(n as u8);
    }
    let low = ctx.low(i);
    let digits = &low[..low.bytes().take_while(u8::is_ascii_digit).count()];
    let suffix = &low[digits.len()..];
    if digits.is_empty() || !ctx.lex.ordinal_suffixes.contains(suffix) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A day of the month and its token length: 1, or 2 when its ordinal suffix stands apart
/// ("1 er mars", as text copied from a page with a superscript "1<sup>er</sup>" reads).
fn day_len(ctx: &Ctx, i: usize) -> Option<(u8, usize)> {
    let d = day(ctx, i)?;
    let apart = number(ctx, i).is_some()
        && ctx.is_word(i + 1)
        && ctx.lex.ordinal_suffixes.contains(ctx.low(i + 1))
        && month(ctx, i + 2).is_some();
    Some((d, 1 + usize::from(apart)))
}

/// `map`'s value for token `i`'s form, probed only when the form's flags say it is a key
/// (`bit`, [`Ctx::has`]): most words the date finders try are none.
fn keyed<'m, V>(ctx: &Ctx, i: usize, bit: u32, map: &'m HashMap<String, V>) -> Option<&'m V> {
    if ctx.has(i, bit) {
        map.get(ctx.low(i))
    } else {
        None
    }
}

/// Month at token `i`: its number and token length ("sept" + "." is two tokens).
fn month(ctx: &Ctx, i: usize) -> Option<(u8, usize)> {
    if !ctx.is_word(i) {
        return None;
    }
    let low = ctx.low(i);
    if ctx.dotted(i) {
        if let Some(&m) = ctx.lex.months.get(ctx.low_dotted(i)) {
            return Some((m, 2));
        }
    }
    let m = *keyed(ctx, i, W_MONTH, &ctx.lex.months)?;
    // Where months are capitalised (English), a lower-case month that is a frequent word is that
    // word: "this may be", "this august body".
    let word = !ctx.lex.months_lower && !ctx.is_cap(i) && ctx.lex.very_common.contains(low);
    (!word).then_some((m, 1))
}

fn year_at(ctx: &Ctx, i: usize) -> Option<i32> {
    number(ctx, i)
        .filter(|y| ctx.text(i).len() == 4 && (1000..=2100).contains(y))
        .map(|y| y as i32)
}

/// Day-month-year in either order, month-year, and month alone after a date preposition.
fn absolute(ctx: &Ctx, i: usize, reference: Option<Ymd>) -> Option<Found> {
    let lex = ctx.lex;
    let mut s = i;
    let mut j = i;
    // Optional weekday ("lundi 25 mars", "Monday, March 1"), on the same line as the date (a
    // title ending "mercredi" is not the next line's date).
    if ctx.has(j, W_WEEKDAY) && !line_break_after(ctx, j) {
        j += 1;
        if ctx.text(j) == "," {
            j += 1;
        }
    }
    // Optional "early", "fin", "mi-" before a month.
    let mut had_modifier = false;
    if let Some(&(Side::Before, 0)) = keyed(ctx, j, W_MODIFIER, &lex.modifiers) {
        if month(ctx, j + 1).is_some() || (glued(ctx, j + 1, "-") && month(ctx, j + 2).is_some()) {
            had_modifier = true;
            j += if glued(ctx, j + 1, "-") { 2 } else { 1 };
        }
    }
    // "du 6 au 9 mars": the first day of a range takes the month of the second.
    if let Some(d) = day(ctx, j).filter(|_| j == i) {
        if lex.date_range.contains(ctx.low(j + 1)) && day(ctx, j + 2).is_some() {
            if let Some((m, _)) = month(ctx, j + 3) {
                let y = year_at(ctx, j + 3 + month(ctx, j + 3).map_or(1, |x| x.1))
                    .or(reference.map(|r| r.y));
                return Some(Found {
                    s: i,
                    e: j + 1,
                    rule: "ENT/DATE/ABS",
                    value: y.map(|y| {
                        Ymd {
                            y,
                            m: Some(m),
                            d: Some(d),
                        }
                        .iso()
                    }),
                });
            }
        }
    }
    let (d, m, mut e) = if let Some((d, dl)) = day_len(ctx, j) {
        // "the 5th of January": a joining word between the day and its month.
        let of =
            usize::from(lex.date_of.contains(ctx.low(j + dl)) && month(ctx, j + dl + 1).is_some());
        let (m, ml) = month(ctx, j + dl + of)?;
        (Some(d), m, j + dl + of + ml)
    } else {
        let (m, ml) = month(ctx, j)?;
        let mut e = j + ml;
        // "March 1", "Sept. 11," (English order), unless the day opens the next date: "en
        // novembre 26 décembre 2016" is two dates.
        let d = day(ctx, e).filter(|_| year_at(ctx, e).is_none() && month(ctx, e + 1).is_none());
        if d.is_some() {
            e += 1;
        }
        (d, m, e)
    };
    let month_token = if d.is_some() && day(ctx, j).is_some() {
        j + 1 + usize::from(lex.date_of.contains(ctx.low(j + 1)))
    } else {
        j
    };
    let mut y = None;
    // "March 1, 2021", "September of 1976".
    let comma =
        (ctx.text(e) == "," || lex.date_of.contains(ctx.low(e))) && year_at(ctx, e + 1).is_some();
    if let Some(yy) = year_at(ctx, e + usize::from(comma)) {
        y = Some(yy);
        e += 1 + usize::from(comma);
    }
    // A month alone is ambiguous ("May", "mars" the planet when capitalised in French, "Mars");
    // keep it when a day, a year, a modifier or a date preposition stands with it.
    if d.is_none() && y.is_none() && !had_modifier {
        let prev = s.checked_sub(1).map(|p| ctx.low(p)).unwrap_or("");
        let low_month = ctx.low(month_token);
        let capitalised = ctx.is_cap(month_token);
        if capitalised && lex.months_lower {
            return None;
        }
        // In languages that capitalise months, a month alone is a date unless it is also a very
        // common word ("May", "March").
        let unambiguous = capitalised && !lex.very_common.contains(low_month);
        // Two months joined by a range word date each other: "between June and October".
        let range = (lex.date_range.contains(prev) && s >= 2 && month(ctx, s - 2).is_some())
            || (lex.date_range.contains(ctx.low(e)) && month(ctx, e + 1).is_some());
        let prep = range
            || lex.date_preps.contains(prev)
            || lex.place_preps.contains(prev)
            || lex
                .modifiers
                .get(ctx.low(e))
                .is_some_and(|m| m.0 == Side::After);
        if !prep && !unambiguous {
            return None;
        }
    }
    let mut dir = 0;
    if let Some(&(Side::After, off)) = keyed(ctx, e, W_MODIFIER, &lex.modifiers) {
        dir = off;
        e += 1;
    }
    if s > 0 && ctx.has(s, W_WEEKDAY) && s == i {
        s = i;
    }
    let year = y.or_else(|| {
        let r = reference?;
        // "29 décembre dernier" in a January article is last year's December.
        let rm = r.m.unwrap_or(m);
        Some(if dir < 0 && m > rm {
            r.y - 1
        } else if dir > 0 && m < rm {
            r.y + 1
        } else {
            r.y
        })
    });
    let value = year.map(|y| {
        Ymd {
            y,
            m: Some(m),
            d: if had_modifier { None } else { d },
        }
        .iso()
    });
    Some(Found {
        s,
        e,
        rule: "ENT/DATE/ABS",
        value,
    })
}

/// Relative phrases from the data ("la semaine dernière", "last year").
fn relative(ctx: &Ctx, i: usize, reference: Option<Ymd>) -> Option<Found> {
    let lex = ctx.lex;
    let first = ctx.low(i).split('\'').next().unwrap_or("");
    // (No phrase starts with the word itself: the look-up below would find none.)
    if !ctx.is_word(i) || !ctx.has(i, W_RELATIVE_START) || !lex.relative_first.contains(first) {
        return None;
    }
    let max = lex.max_relative.min(ctx.len().saturating_sub(i));
    let (n, &(unit, off)) = ctx.longest_entry(i, max, &lex.relative_index, &lex.relative)?;
    // "tomorrow night": a day takes a part of the day after it.
    let part = unit == Unit::Day && lex.date_parts.contains(ctx.low(i + n));
    Some(Found {
        s: i,
        e: i + n + usize::from(part),
        rule: "ENT/DATE/REL",
        value: reference.and_then(|r| resolve(r, unit, off)),
    })
}

/// Longest count of an "ago" phrase, in tokens: "a couple of", "three", "5,000", "a year and a
/// half" is a count, a unit and a fraction, which [`ago`] reads as count + unit + link words.
const MAX_AGO_COUNT: usize = 6;

/// "three weeks ago", "a couple of years ago", "10 months ago", "a year and a half ago": a
/// count, a time unit and a word pointing back. Resolved against the article date when the
/// count is a plain number ("3 years ago" in a 2021 article is 2018).
fn ago(ctx: &Ctx, i: usize, reference: Option<Ymd>) -> Option<Found> {
    let lex = ctx.lex;
    let is_number = |k: usize| {
        ctx.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number)
    };
    if !(is_number(i) || ctx.flags(i) & W_DATE_COUNT != 0) {
        return None;
    }
    // No closing word close enough: nothing to read (flags only, no look-ups).
    let reach = i + MAX_AGO_COUNT + 4;
    if !(i + 1..reach).any(|k| ctx.flags(k) & W_DATE_AGO != 0) {
        return None;
    }
    let count_word = |k: usize| is_number(k) || ctx.flags(k) & (W_DATE_COUNT | W_DATE_LINK) != 0;
    let mut j = i + 1;
    while j < i + MAX_AGO_COUNT && count_word(j) {
        j += 1;
    }
    let unit = *lex.ago_units.get(ctx.low(j))?;
    let mut e = j + 1;
    // "a year and a half ago": a fraction after the unit.
    let is_ago = |k: usize| ctx.flags(k) & W_DATE_AGO != 0;
    while e < j + 4 && !is_ago(e) && count_word(e) {
        e += 1;
    }
    if !is_ago(e) {
        return None;
    }
    let n = (j == i + 1).then(|| number(ctx, i)).flatten();
    let value = match (reference, unit, n) {
        (Some(r), Some(u), Some(n)) => resolve(r, u, -(n.min(10_000) as i32)),
        _ => None,
    };
    Some(Found {
        s: i,
        e: e + 1,
        rule: "ENT/DATE/REL",
        value,
    })
}

/// The ISO value of a relative date against the article date.
fn resolve(r: Ymd, unit: Unit, off: i32) -> Option<String> {
    let off64 = i64::from(off);
    match unit {
        Unit::Year => Some(format!("{:04}", r.y + off)),
        Unit::Month => {
            let (y, m) = add_months(r.y, r.m?, off);
            Some(
                Ymd {
                    y,
                    m: Some(m),
                    d: None,
                }
                .iso(),
            )
        }
        Unit::Season(first) => {
            // Winter belongs to the year it starts in; "cet hiver" in February is last December's.
            let mut y = r.y + off;
            if first == 12 && r.m.is_some_and(|m| m <= 2) {
                y -= 1;
            }
            let a = days_from_civil(y, first, 1);
            let (ey, em) = add_months(y, first, 3);
            let b = days_from_civil(ey, em, 1) - 1;
            Some(iso_range(a, b))
        }
        Unit::Day => Some(calendar::iso_day(r.days()? + off64)),
        Unit::Week | Unit::Weekend => {
            let d = r.days()?;
            let monday = d - i64::from(calendar::weekday(d)) + 1 + 7 * off64;
            if unit == Unit::Week {
                Some(iso_range(monday, monday + 6))
            } else {
                Some(iso_range(monday + 5, monday + 6))
            }
        }
    }
}

/// A weekday, with its modifier ("lundi dernier", "last Monday"), resolved to the nearest such
/// day: the past one by default (news reports what happened), the next one with "prochain"/"next".
fn weekday(ctx: &Ctx, i: usize, reference: Option<Ymd>) -> Option<Found> {
    let lex = ctx.lex;
    let (mut s, mut e, mut dir) = (i, i, 0);
    if let Some(&(Side::Before, off)) = keyed(ctx, i, W_MODIFIER, &lex.modifiers) {
        if off != 0 && ctx.has(i + 1, W_WEEKDAY) {
            dir = off;
            e = i + 1;
        }
    }
    let wd = if ctx.dotted(e) {
        lex.weekdays
            .get(ctx.low_dotted(e))
            .map(|&w| (w, 2))
            .or_else(|| keyed(ctx, e, W_WEEKDAY, &lex.weekdays).map(|&w| (w, 1)))
    } else {
        keyed(ctx, e, W_WEEKDAY, &lex.weekdays).map(|&w| (w, 1))
    };
    let (wd, len) = wd?;
    // Abbreviations ("Sun", "Sat") only with their dot and a capital.
    if len == 2 && !ctx.is_cap(e) {
        return None;
    }
    if ctx.dotted(e) && len == 1 && ctx.text(e).len() <= 4 {
        return None;
    }
    e += len;
    // "samedi 21", "lundi 3 à mardi 4": the day of the month after its weekday, when no noun
    // follows the number ("lundi 3 blessés" is a count).
    if number(ctx, e).is_some_and(|d| (1..=31).contains(&d)) {
        let next = ctx.low(e + 1);
        let free = !ctx.is_word(e + 1) && !matches!(ctx.text(e + 1), ":" | "%" | "/" | "-" | "h")
            || ctx.has(e + 1, W_STOP)
            || ctx.lex.date_range.contains(next);
        if free {
            e += 1;
        }
    }
    // "Sunday night", "lundi matin".
    if lex.date_parts.contains(ctx.low(e)) {
        e += 1;
    }
    if let Some(&(Side::After, off)) = keyed(ctx, e, W_MODIFIER, &lex.modifiers) {
        dir = off;
        e += 1;
    }
    if s > e {
        s = e;
    }
    let value = reference.and_then(|r| r.days()).map(|d| {
        let today = i64::from(calendar::weekday(d));
        let w = i64::from(wd);
        let delta = if dir > 0 {
            (w - today - 1).rem_euclid(7) + 1
        } else {
            -((today - w).rem_euclid(7))
        };
        calendar::iso_day(d + delta)
    });
    Some(Found {
        s,
        e,
        rule: "ENT/DATE/WEEKDAY",
        value,
    })
}

/// "XIXe siècle", "17th century", and "XX e siècle" with its suffix apart.
fn century(ctx: &Ctx, i: usize) -> Option<Found> {
    let t = ctx.text(i);
    let apart = ctx.lex.ordinal_suffixes.contains(ctx.low(i + 1))
        && !ctx.text(i).ends_with(|c: char| c.is_lowercase());
    let u = i + 1 + usize::from(apart);
    let unit = ctx.lex.date_units.contains(ctx.low(u));
    if !unit || !ctx.is_word(i) && ctx.doc.tokens.get(i)?.kind != TokKind::Number {
        return None;
    }
    // (A roman numeral needs a letter before its suffix: "e siècle" alone is no date.)
    let roman = t.trim_end_matches(['e', 'è', 'm']);
    let ordinal = t.starts_with(|c: char| c.is_ascii_digit())
        || !roman.is_empty() && roman.chars().all(|c| "IVXLC".contains(c));
    // "the 7th century BC".
    let era = ctx.is_upper(u + 1) && ctx.lex.eras.contains(ctx.low(u + 1));
    ordinal.then_some(Found {
        s: i,
        e: u + 1 + usize::from(era),
        rule: "ENT/DATE/ABS",
        value: None,
    })
}

/// A number and an era, written in capitals: "776 BCE", "347 AD" (any number of up to four
/// digits; a year alone must be 1000 to 2100).
fn era_year(ctx: &Ctx, i: usize) -> Option<Found> {
    number(ctx, i)?;
    let era = ctx.is_upper(i + 1) && ctx.lex.eras.contains(ctx.low(i + 1));
    era.then_some(Found {
        s: i,
        e: i + 2,
        rule: "ENT/DATE/YEAR",
        value: None,
    })
}

/// A year alone ("en 2014", "in 1998,") or a decade ("the 1990s"). A four-digit number followed
/// by a noun is a quantity ("2000 personnes"), not a year.
fn year(ctx: &Ctx, i: usize) -> Option<Found> {
    let t = ctx.text(i);
    if ctx.is_word(i) {
        // "1990s"
        let digits = t.strip_suffix('s')?;
        let y: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
        return (1000..=2100).contains(&y).then(|| Found {
            s: i,
            e: i + 1,
            rule: "ENT/DATE/YEAR",
            value: None,
        });
    }
    let y = year_at(ctx, i)?;
    let next = ctx.low(i + 1);
    let prev = i.checked_sub(1).map(|p| ctx.text(p)).unwrap_or("");
    if matches!(prev, "$" | "€" | "£" | "n°" | "No" | "#") || next == "%" {
        return None;
    }
    // A plural noun after the number makes it a quantity: "2000 personnes", "1500 soldiers".
    let noun_after = ctx.is_word(i + 1)
        && !ctx.has(i + 1, W_STOP)
        && !ctx.is_cap(i + 1)
        && (next.ends_with('s') || next.ends_with('x'))
        && ctx.sentence_end(i) > i + 1;
    if noun_after {
        return None;
    }
    Some(Found {
        s: i,
        e: i + 1,
        rule: "ENT/DATE/YEAR",
        value: Some(format!("{y:04}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::Document;
    use crate::analysis::types::Lang;

    fn dates(t: &str, lang: Lang, reference: Option<&str>) -> Vec<(String, Option<String>)> {
        let doc = Document::new(t);
        let ctx = Ctx::new(&doc, lang);
        find(&ctx, reference.and_then(Ymd::parse))
            .into_iter()
            .map(|f| (ctx.span(f.s, f.e).text(t).to_string(), f.value))
            .collect()
    }

    #[test]
    fn french_absolute_and_relative() {
        let got = dates("du 6 au 9 mars 2021", Lang::Fr, None);
        assert_eq!(got[0], ("6".to_string(), Some("2021-03-06".to_string())));
        assert_eq!(got[1].0, "9 mars 2021");
        let got = dates(
            "Le 25 mars 2017, puis lundi et la semaine dernière, depuis le 29 décembre dernier, \
             en 2014 ; 2000 personnes.",
            Lang::Fr,
            Some("2021-04-19"),
        );
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "25 mars 2017",
                "lundi",
                "la semaine dernière",
                "29 décembre dernier",
                "2014"
            ]
        );
        assert_eq!(got[0].1.as_deref(), Some("2017-03-25"));
        assert_eq!(got[1].1.as_deref(), Some("2021-04-19"));
        assert_eq!(got[2].1.as_deref(), Some("2021-04-12/2021-04-18"));
        assert_eq!(got[3].1.as_deref(), Some("2020-12-29"));
    }

    #[test]
    fn english_forms_and_no_times() {
        let got = dates(
            "On Sept. 11, 2001, and last Monday, in March and the 1990s; at 14h30 for two years.",
            Lang::En,
            None,
        );
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, ["Sept. 11, 2001", "last Monday", "March", "1990s"]);
        assert_eq!(got[0].1.as_deref(), Some("2001-09-11"));
    }

    #[test]
    fn english_ago_parts_of_day_and_eras() {
        let got = dates(
            "Three weeks ago, a couple of years ago and 3 years ago; on Sunday night, the 5th of \
             January, in September of 1976, between June and October, in 776 BCE. One of the \
             two years passed. I wrote to April.",
            Lang::En,
            Some("2021-04-19"),
        );
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Three weeks ago",
                "a couple of years ago",
                "3 years ago",
                "Sunday night",
                "5th of January",
                "September of 1976",
                "June",
                "October",
                "776 BCE"
            ]
        );
        assert_eq!(got[2].1.as_deref(), Some("2018"));
        assert_eq!(got[5].1.as_deref(), Some("1976-09"));
    }

    #[test]
    fn ordinal_suffixes_apart_and_weekday_days() {
        let got = dates(
            "Le 1 er décembre dernier, au XX e siècle, samedi 21 au matin, de lundi 3 à mardi 4 \
             décembre, mais lundi 3 blessés et mardi 14 h.",
            Lang::Fr,
            Some("2018-12-10"),
        );
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1 er décembre dernier",
                "XX e siècle",
                "samedi 21",
                "lundi 3",
                "mardi 4 décembre",
                "lundi",
                "mardi"
            ]
        );
        assert_eq!(got[0].1.as_deref(), Some("2018-12-01"));
        // A day before a month belongs to that month; a weekday on the line before is apart.
        let got = dates(
            "en novembre 26 décembre 2016, puis mercredi\n\n22 avril 2017",
            Lang::Fr,
            None,
        );
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            ["novembre", "26 décembre 2016", "mercredi", "22 avril 2017"]
        );
        // A suffix alone is no century.
        assert!(dates("la lettre e siècle", Lang::Fr, None).is_empty());
    }

    #[test]
    fn iso_and_seasons() {
        let got = dates("date 2021-04 et cet été", Lang::Fr, Some("2021-04"));
        assert_eq!(got[0], ("2021-04".to_string(), Some("2021-04".to_string())));
        assert_eq!(got[1].0, "cet été");
        assert_eq!(got[1].1.as_deref(), Some("2021-06-01/2021-08-31"));
    }
}
