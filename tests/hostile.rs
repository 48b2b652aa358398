//! Hostile inputs, through `analyse` and through the `lede` binary: each must finish with valid
//! output and the invariants of `span_checks`. No wall-clock assertion (a busy CI machine must not
//! fail the suite); instead the inputs are large enough that a quadratic stage would not finish
//! in any reasonable CI time. Timings are printed (`cargo test --test hostile -- --nocapture`)
//! and reported in BENCHMARKS.md. A debug build is slow on the 10 MB inputs; for a quick run use
//! `cargo test --profile fast --test hostile`.

mod span_checks;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// About `bytes` bytes of random Unicode: every plane, weighted towards what text code meets
/// (letters, spaces, quote marks, punctuation, line breaks), never a surrogate.
fn random_unicode(bytes: usize, seed: u64) -> String {
    let mut r = Rng(seed);
    let mut s = String::with_capacity(bytes + 8);
    const SPECIAL: &[char] = &[
        ' ', ' ', ' ', '\n', '«', '»', '“', '”', '"', '\'', '’', '.', ',', '-', '—', '(', ')', ':',
        '\u{a0}', '\u{202f}', '\r', '?', '!', '…',
    ];
    while s.len() < bytes {
        let c = match r.below(10) {
            0..=3 => char::from_u32(0x41 + r.below(58) as u32),
            4 => char::from_u32(0xC0 + r.below(0x180) as u32),
            5 | 6 => Some(SPECIAL[r.below(SPECIAL.len() as u64) as usize]),
            7 => char::from_u32(r.below(0x3_0000) as u32),
            8 => char::from_u32(0x1F300 + r.below(0x300) as u32),
            _ => char::from_u32(r.below(0x11_0000) as u32),
        };
        if let Some(c) = c {
            s.push(c);
        }
    }
    s
}

/// Runs `analyse`, checks the invariants and prints the time taken.
fn analyse_ok(name: &str, text: &str) {
    let t0 = Instant::now();
    let a = lede::analyse(text);
    let dt = t0.elapsed();
    if let Err(e) = span_checks::check(text, &a) {
        panic!("{name}: {e}");
    }
    eprintln!(
        "hostile {name}: {:.1} MB analysed in {:.3} s ({} entities, {} quotes, {} claims)",
        text.len() as f64 / 1e6,
        dt.as_secs_f64(),
        a.entities.len(),
        a.quotes.len(),
        a.claims.len()
    );
}

/// Feeds `text` to `lede analyse` (plain text on stdin) and to `lede analyse --jsonl`, and checks
/// the exit status and that every exported offset lies within the text.
fn cli_ok(name: &str, text: &str) {
    let n_chars = text.chars().count() as u64;
    let line = serde_json::to_string(&serde_json::json!({"id": name, "text": text})).unwrap();
    // The JSONL stream for every input; the plain-text mode too for inputs up to 1.6 MB (the two
    // modes share the analysis, and a debug build is slow on the 10 MB ones).
    let mut runs = vec![(vec!["analyse", "--jsonl"], line + "\n")];
    if text.len() <= 1_600_000 {
        runs.push((vec!["analyse"], text.to_string()));
    }
    for (args, input) in runs {
        let t0 = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name} {args:?}: {stderr}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{name} {args:?}: output is not one JSON value: {e}"));
        assert!(v.get("error").is_none(), "{name}: {v}");
        for layer in ["entities", "quotes", "claims"] {
            for item in v[layer].as_array().unwrap() {
                let (s, e) = (
                    item["start"].as_u64().unwrap(),
                    item["end"].as_u64().unwrap(),
                );
                assert!(
                    s <= e && e <= n_chars,
                    "{name} {layer}: {s}..{e} of {n_chars}"
                );
            }
        }
        eprintln!(
            "hostile {name}: lede {} in {:.3} s",
            args.join(" "),
            t0.elapsed().as_secs_f64()
        );
    }
}

fn both(name: &str, text: &str) {
    analyse_ok(name, text);
    cli_ok(name, text);
}

#[test]
fn ten_megabytes_of_random_unicode() {
    both("random-unicode-10MB", &random_unicode(10_000_000, 0x5eed));
}

#[test]
fn two_hundred_thousand_unclosed_guillemets() {
    both("unclosed-guillemets", &"« ".repeat(200_000));
    both("unclosed-guillemets-words", &"« Il a dit ".repeat(200_000));
    both("unclosed-english-quotes", &"“He said ".repeat(200_000));
}

#[test]
fn nul_control_characters_and_bidi_overrides() {
    let unit = "\0Le\u{7} ministre\u{202E} a déclaré\u{202C} « oui\u{2066} »\u{2069}, selon\u{1b}[31m l'AFP.\u{200D}\u{FEFF}\u{8}\n";
    both("control-and-bidi", &unit.repeat(20_000));
    let all_controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .chain(0x202a..0x202f)
        .chain(0x2066..0x206a)
        .filter_map(char::from_u32)
        .collect();
    both("all-controls", &all_controls.repeat(5_000));
}

#[test]
fn a_three_megabyte_word() {
    both("3MB-word", &"a".repeat(3_000_000));
    both("3MB-capital-word", &"É".repeat(1_500_000));
    both("3MB-hyphenated-word", &"Jean-".repeat(600_000));
    both("3MB-apostrophe-word", &"l'a".repeat(1_000_000));
    both("3MB-number", &"1,2".repeat(1_000_000));
    // Initials joined by dots ("U.S") are one token: a long chain must not be re-scanned.
    both("initial-chain", &"A.".repeat(400_000));
    both("initial-chain-spaced", &"U.S. ".repeat(200_000));
}

#[test]
fn a_hundred_thousand_capitalised_words() {
    both("capitalised-100k", &"Jean ".repeat(100_000));
    let mut r = Rng(42);
    let names: Vec<String> = (0..100_000)
        .map(|_| {
            let first = char::from_u32(0x41 + r.below(26) as u32).unwrap();
            format!(
                "{first}{}",
                "abcdefgh".get(..1 + r.below(7) as usize).unwrap()
            )
        })
        .collect();
    both("capitalised-100k-varied", &names.join(" "));
    both("titles-100k", &"M. Président Ministre ".repeat(34_000));
    // A surname (also a common word) opening every sentence after its full name: each one asks
    // whether the text writes it in lower case, which must not rescan the text each time.
    let surnames = format!(
        "Brock Holt joined. {}",
        "Holt was drafted. ".repeat(100_000)
    );
    both("surname-at-every-sentence-start", &surnames);
}

#[test]
fn crlf_and_mixed_line_ends() {
    let para = "« Nous sommes prêts », a déclaré lundi le ministre Jean Dupont.";
    let mixed = [
        para, "\r\n", para, "\r", para, "\n\r", para, "\u{2028}", para, "\u{2029}", para,
        "\r\n\r\n",
    ]
    .concat();
    both("crlf", &format!("{para}\r\n").repeat(20_000));
    both("mixed-line-ends", &mixed.repeat(5_000));
    both("only-line-ends", &"\r\n\r\r\n\n".repeat(200_000));
}

#[test]
fn emoji_zwj_sequences() {
    let unit = "👩‍👩‍👧‍👦 🏳️‍🌈 👨🏽‍💻 « 🇫🇷 » said 🧑‍🚀 Paris❤️‍🔥. ";
    both("emoji-zwj", &unit.repeat(50_000));
    both("zwj-run", &"\u{200D}".repeat(1_000_000));
    both(
        "combining-run",
        &format!("e{}", "\u{301}".repeat(1_000_000)),
    );
}
