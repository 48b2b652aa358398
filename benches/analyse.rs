//! Throughput of `lede::analyse` (criterion): short (1 KB), typical (5 KB) and long (100 KB)
//! articles in English and French, linear scaling (2 MB vs 8 MB), pathological inputs, and the
//! JSONL streaming path of the CLI (analyse + export + serialise) over many articles, and varied
//! articles (our wire fixtures, each once per iteration).
//!
//! Texts are our own (`benches/texts/`; `tests/fixtures/` for the varied group), never
//! evaluation data; longer bench articles repeat the paragraphs. Run: `cargo bench --bench analyse` (figures in BENCHMARKS.md).

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

/// Varied articles: every dispatch of `tests/fixtures/` in one language (our own wire copy),
/// analysed one after the other. The bench articles above cycle eight paragraphs and are
/// analysed again and again, so the processor's branch predictors learn them; here each article
/// comes once per iteration, as in a batch of different articles. (What the typing reader
/// gets is closer to the repeated case: the same article, analysed again at each keystroke.)
fn varied(c: &mut Criterion) {
    let mut g = c.benchmark_group("varied");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for lang in ["en", "fr"] {
        let mut names: Vec<_> = std::fs::read_dir("tests/fixtures")
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.starts_with(&format!("wire_{lang}_")) && name.ends_with(".txt")
            })
            .collect();
        names.sort();
        let docs: Vec<String> = names
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        let total: usize = docs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_function(format!("{lang}-fixtures-{}", docs.len()), |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(lede::analyse(black_box(d)));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    throughput,
    scaling,
    pathological,
    cli_stream,
    varied
);
criterion_main!(benches);
