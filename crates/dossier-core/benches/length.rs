//! Time against document length: the whole extraction and attribution alone on one document of
//! growing size. Linear time shows as a flat throughput (bytes/s) across sizes.
//!
//! `cargo bench -p dossier-core --bench length` — inputs: N copies of "Iran said. " (the case of
//! issue 18) and k copies of the first 50 FNC-1 train bodies joined into one document (real
//! news; skipped with a message when `../shared/data` is absent).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text::{self, Offsets};
use dossier_core::{attribution, DocumentHeader};
use std::hint::black_box;
use std::path::Path;

const FNC_BODIES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/stance/fnc-1/train_bodies.csv"
);

fn fnc_unit() -> Option<String> {
    let path = Path::new(FNC_BODIES);
    if !path.exists() {
        eprintln!("SKIP length/fnc-joined: {} not found", path.display());
        return None;
    }
    let mut rd = csv::Reader::from_path(path).ok()?;
    let bodies: Vec<String> = rd
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| r.get(1).map(str::to_string))
        .take(50)
        .collect();
    Some(bodies.join("\n\n") + "\n\n")
}

fn scaling(c: &mut Criterion, name: &str, unit: &str, copies: &[usize]) {
    let mut g = c.benchmark_group(format!("length/{name}"));
    g.sample_size(10);
    for &n in copies {
        let doc = dossier_core::make_document(&unit.repeat(n), DocumentHeader::default());
        let t = doc.text.as_str();
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", t.len()), &doc, |b, d| {
            b.iter(|| black_box(dossier_core::extract(d)))
        });
        let offsets = Offsets::new(t);
        let sentences = text::sentences(t);
        let actors = ActorLayer::recognise(t, &sentences, Lexicon::embedded());
        g.bench_with_input(BenchmarkId::new("attribution", t.len()), &t, |b, t| {
            b.iter(|| black_box(attribution::attribute(t, &sentences, &actors, &offsets)))
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    scaling(c, "iran-said", "Iran said. ", &[12_500, 25_000, 50_000]);
    if let Some(unit) = fnc_unit() {
        scaling(c, "fnc-joined", &unit, &[1, 2, 4]);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
