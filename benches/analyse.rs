//! Throughput of `lede::analyse` (criterion): short (1 KB), typical (5 KB) and long (100 KB)
//! articles in English and French, linear scaling (2 MB vs 8 MB), pathological inputs, and the
//! JSONL streaming path of the CLI (analyse + export + serialise) over many articles.
//!
//! Texts are our own (`benches/texts/`), never evaluation data; longer articles repeat the
//! paragraphs. Run: `cargo bench --bench analyse` (figures in BENCHMARKS.md).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

#[path = "support/article.rs"]
mod article;
use article::article;

/// The CLI's allocator (`src/main.rs`), so the benchmark measures what `lede` runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EN: &str = include_str!("texts/en.txt");
const FR: &str = include_str!("texts/fr.txt");

fn throughput(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyse");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (lang, src) in [("en", EN), ("fr", FR)] {
        for (size, bytes) in [("1KB", 1_000), ("5KB", 5_000), ("100KB", 100_000)] {
            let text = article(src, bytes);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(lang, size), &text, |b, t| {
                b.iter(|| lede::analyse(black_box(t)))
            });
        }
    }
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    for (size, bytes) in [("2MB", 2_000_000), ("8MB", 8_000_000)] {
        let text = article(EN, bytes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("en", size), &text, |b, t| {
            b.iter(|| lede::analyse(black_box(t)))
        });
    }
    g.finish();
}

fn pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let cases = [
        ("unclosed-guillemets-200k", "« ".repeat(200_000)),
        ("quote-pairs-1MB", "« Oui », a dit Paul. ".repeat(45_000)),
        ("capitalised-100k", "Jean ".repeat(100_000)),
        ("word-3MB", "a".repeat(3_000_000)),
        (
            "crlf-1MB",
            format!("{}\r\n", EN.lines().next().unwrap_or("")).repeat(5_000),
        ),
    ];
    for (name, text) in cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| lede::analyse(black_box(t)))
        });
    }
    g.finish();
}

/// What `lede analyse --jsonl` does per line: analyse, build the contract record (code-point
/// offsets), serialise. 200 typical articles per iteration.
fn cli_stream(c: &mut Criterion) {
    let mut g = c.benchmark_group("cli_stream");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let docs: Vec<String> = (0..200)
        .map(|i| article(if i % 2 == 0 { EN } else { FR }, 3_000 + 40 * i))
        .collect();
    let total: usize = docs.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("200-articles", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(total * 4);
            for (i, d) in docs.iter().enumerate() {
                let a = lede::analyse(d);
                let rec = lede::export::jsonl::record(&serde_json::json!(i), d, &a);
                serde_json::to_writer(&mut out, &rec).unwrap();
                out.push(b'\n');
            }
            black_box(out)
        })
    });
    g.finish();
}

criterion_group!(benches, throughput, scaling, pathological, cli_stream);
criterion_main!(benches);
