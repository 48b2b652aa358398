//! Fuzzes `lede::analyse` (and the forced-language path) on arbitrary UTF-8, checking the span
//! invariants the renderer relies on: inside the text, on char boundaries, start <= end, layers
//! sorted, entities non-overlapping, quote words inside their marks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn check(text: &str, a: &lede::Analysis) {
    let ok = |s: lede::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for w in a.entities.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "entities overlap or unsorted");
    }
    for e in &a.entities {
        assert!(ok(e.span), "entity span {:?}", e.span);
    }
    for q in &a.quotes {
        assert!(ok(q.span) && ok(q.outer) && q.outer.contains(q.span), "quote {:?}", q.span);
        if let Some(s) = &q.speaker {
            assert!(ok(s.mention));
        }
    }
    for w in a.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "quotes unsorted");
    }
    for c in &a.claims {
        assert!(ok(c.span), "claim {:?}", c.span);
        if let Some(s) = &c.source {
            assert!(ok(s.mention));
        }
    }
    for w in a.claims.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "claims unsorted");
    }
    for p in &a.paragraphs {
        assert!(ok(*p));
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = lede::analyse(&text);
    check(&text, &a);
    if let Some((&first, _)) = data.split_first() {
        let lang = if first & 1 == 0 { lede::Lang::Fr } else { lede::Lang::En };
        check(&text, &lede::analyse_as(&text, Some(lang)));
    }
});
