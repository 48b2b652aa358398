//! The native `lede` command: the same core as the browser, for batch work, evaluation and
//! benchmarks. Argument parsing is hand-written to keep the dependency tree (and build time) small.

mod analyse;
mod eval;
mod train;

use std::process::ExitCode;

const USAGE: &str = "\
lede: find people, places, organisations, dates, quotes with their speakers, and claims in news text.

Usage:
  lede analyse [--lang fr|en] [FILE...]   analyse plain-text files (stdin when none) and print JSON
  lede analyse --jsonl [--lang fr|en]     read JSON Lines {\"id\",\"text\"} on stdin, write one result per line
  lede analyse --format json|csv|md|wa [--lang fr|en] [FILE...]
                                          export as the UI does: full JSON (lede/1, one line per
                                          file), CSV of quotes and claims, a Markdown report, or
                                          W3C Web Annotation JSON-LD
  lede eval GOLD.jsonl [--pred PRED.jsonl] [--gold-lang] [--json]
                                          score Lede (or PRED) against annotated articles
  lede train --lang fr|en [--out FILE] [--heldout PRED.jsonl] [--epochs N] [--margin M] [--prune P] GOLD.jsonl...
                                          train the entity re-labeller (data/models/)
  lede help                               show this help

Offsets in the output are Unicode code points (Python str indices), end-exclusive.";

/// Entry point of the native binary.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    run(&args)
}

/// Runs the CLI on parsed arguments (without the program name). Kept separate from `main` so the
/// argument handling is testable.
pub fn run(args: &[String]) -> ExitCode {
    match args.first().map(String::as_str) {
        Some("analyse") | Some("analyze") => analyse::run(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("train") => train::run(&args[1..]),
        Some("help") | Some("--help") | Some("-h") | None => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("--version") | Some("-V") => {
            println!("lede {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("lede: unknown command '{other}'\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
