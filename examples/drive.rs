//! A driver for measuring `lede::analyse` on the bench articles, call by call: instruction counts
//! under valgrind, and wall-clock time as the best of many rounds. (Criterion's medians include
//! the machine's load; these two do not, or much less.)
//!
//! ```sh
//! cargo build --release --example drive
//! # instructions per call: (N = 11) minus (N = 1), divided by 10
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/drive iters en 5000 11
//! # best wall-clock time per call over ROUNDS rounds of about 1 MB each (run it on an idle core)
//! target/release/examples/drive best en 5000 15
//! # where the time goes, per call (set-up excluded)
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*drive::measured*' \
//!     target/release/examples/drive profile en 5000 10
//! ```
//!
//! The profile-guided figures of BENCHMARKS.md build it with the CLI's profile:
//! `RUSTFLAGS=-Cprofile-use=$PWD/target/pgo/lede.profdata cargo build --release --example drive
//! --target-dir target/pgo/drive` after `make release-cli-pgo`.

#[path = "../benches/support/article.rs"]
mod support;

use std::hint::black_box;

/// The CLI's allocator (`src/main.rs`), so the driver measures what `lede` runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

const EN: &str = include_str!("../benches/texts/en.txt");
const FR: &str = include_str!("../benches/texts/fr.txt");

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("files") {
        files(&args[2..]);
        return;
    }
    let (Some(mode), Some(lang), Some(bytes)) = (args.get(1), args.get(2), args.get(3)) else {
        eprintln!("usage: drive iters|best|profile en|fr BYTES [N] | drive files ROUNDS FILE...");
        std::process::exit(2);
    };
    let src = if lang == "fr" { FR } else { EN };
    let text = support::article(src, bytes.parse().unwrap_or(5000));
    let n: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(11);
    match mode.as_str() {
        // N calls in all; the first pays the one-time set-up (lexicons, models).
        "iters" => {
            for _ in 0..n {
                black_box(lede::analyse(black_box(&text)));
            }
            eprintln!("{} bytes, {n} calls", text.len());
        }
        "best" => {
            black_box(lede::analyse(&text));
            let calls = (1_000_000 / text.len().max(1)).max(5);
            let best = (0..n)
                .map(|_| {
                    let t = Instant::now();
                    for _ in 0..calls {
                        black_box(lede::analyse(black_box(&text)));
                    }
                    t.elapsed().as_secs_f64() / calls as f64
                })
                .fold(f64::MAX, f64::min);
            println!(
                "{lang} {} B: {:.1} us per call, {:.2} MB/s",
                text.len(),
                best * 1e6,
                text.len() as f64 / best / 1e6
            );
        }
        // One set-up call, then N measured calls inside `measured`, for a per-call profile:
        // `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*drive::measured*'`.
        "profile" => {
            black_box(lede::analyse(&text));
            for _ in 0..n {
                measured(&text);
            }
        }
        _ => {
            eprintln!("unknown mode {mode}: use iters, best or profile");
            std::process::exit(2);
        }
    }
}

/// Best wall-clock time of ROUNDS rounds, each analysing every FILE once, in order: varied
/// articles, unlike the bench texts' cycled paragraphs, which the branch predictors learn within
/// one call. Prints MB/s over all the files' bytes.
fn files(args: &[String]) {
    let rounds: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(0);
    let texts: Vec<String> = args
        .iter()
        .skip(1)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if rounds == 0 || texts.is_empty() {
        eprintln!("usage: drive files ROUNDS FILE...");
        std::process::exit(2);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    black_box(lede::analyse(&texts[0]));
    let best = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for text in &texts {
                measured(text);
            }
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    println!(
        "{} files, {bytes} B: {:.1} us per file, {:.2} MB/s",
        texts.len(),
        best * 1e6 / texts.len() as f64,
        bytes as f64 / best / 1e6
    );
}

/// One analysis call, kept out of line so that callgrind can collect inside it only.
#[inline(never)]
fn measured(text: &str) {
    black_box(lede::analyse(black_box(text)));
}
