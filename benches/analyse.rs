//! Throughput benchmarks of `lede::analyse` (filled in below).
use criterion::{criterion_group, criterion_main, Criterion};

fn short(c: &mut Criterion) {
    c.bench_function("placeholder", |b| b.iter(|| lede::analyse("Le président a parlé.")));
}

criterion_group!(benches, short);
criterion_main!(benches);
