//! Extraction throughput, per stage and whole, on news text.
//!
//! `cargo bench -p dossier-core --bench extract` — corpora: the bundled demo articles (always)
//! and the FNC-1 train bodies from `../shared/data/stance/fnc-1/train_bodies.csv` (skipped with
//! a message when absent). Each stage is timed on the output of the stages before it, so the
//! per-stage figures add up to roughly the whole `extract_with`. Throughput is in bytes of
//! normalised text.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text::{self, Offsets};
use dossier_core::{attribution, claims, events, Document, DocumentHeader, Extraction};
use std::hint::black_box;
use std::path::Path;

const DEMO: &str = include_str!("../../../data/demo/corpus.jsonl");
const FNC_BODIES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/stance/fnc-1/train_bodies.csv"
);

fn demo_docs() -> Vec<Document> {
    DEMO.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .map(|t| dossier_core::make_document(&t, DocumentHeader::default()))
        .collect()
}

fn fnc_docs() -> Option<Vec<Document>> {
    let path = Path::new(FNC_BODIES);
    if !path.exists() {
        eprintln!("SKIP FNC-1 corpus: {} not found", path.display());
        return None;
    }
    let mut rd = csv::Reader::from_path(path).ok()?;
    let docs = rd
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| r.get(1).map(str::to_string))
        .map(|t| dossier_core::make_document(&t, DocumentHeader::default()))
        .collect();
    Some(docs)
}

/// Everything each stage needs, computed once outside the timed loops.
struct Prepared<'a> {
    doc: &'a Document,
    offsets: Offsets,
    sentences: Vec<text::Sentence>,
    syn: dossier_core::syntax::Doc,
    actors: ActorLayer,
    statements: Vec<dossier_core::Statement>,
    extraction: Extraction,
}

fn prepare(doc: &Document) -> Prepared<'_> {
    let t = doc.text.as_str();
    let offsets = Offsets::new(t);
    let sentences = text::sentences(t);
    let actors = ActorLayer::recognise(t, &sentences, Lexicon::embedded());
    let statements = attribution::attribute(t, &sentences, &actors, &offsets);
    let extraction = dossier_core::extract(doc);
    let syn = dossier_core::syntax::parse(t);
    Prepared {
        doc,
        offsets,
        sentences,
        syn,
        actors,
        statements,
        extraction,
    }
}

fn stages(c: &mut Criterion, corpus: &str, docs: &[Document]) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let prep: Vec<Prepared> = docs.iter().map(prepare).collect();
    let lex = Lexicon::embedded();
    let mut g = c.benchmark_group(format!("extract/{corpus}"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("normalize", docs.len()), |b| {
        b.iter(|| {
            for d in docs {
                black_box(text::normalize(&d.text));
            }
        })
    });
    g.bench_function(BenchmarkId::new("sentences", docs.len()), |b| {
        b.iter(|| {
            for d in docs {
                black_box(text::sentences(&d.text));
            }
        })
    });
    g.bench_function(BenchmarkId::new("actors", docs.len()), |b| {
        b.iter(|| {
            for p in &prep {
                black_box(ActorLayer::recognise(&p.doc.text, &p.sentences, lex));
            }
        })
    });
    g.bench_function(BenchmarkId::new("attribution", docs.len()), |b| {
        b.iter(|| {
            for p in &prep {
                black_box(attribution::attribute(
                    &p.doc.text,
                    &p.sentences,
                    &p.actors,
                    &p.offsets,
                ));
            }
        })
    });
    g.bench_function(BenchmarkId::new("events", docs.len()), |b| {
        b.iter(|| {
            for p in &prep {
                black_box(events::extract(
                    &p.doc.text,
                    &p.syn,
                    &p.actors,
                    &p.statements,
                    events::EventLexicon::builtin(),
                ));
            }
        })
    });
    g.bench_function(BenchmarkId::new("claims", docs.len()), |b| {
        b.iter(|| {
            for p in &prep {
                black_box(claims::doc_claims(
                    &p.extraction,
                    claims::ClaimLexicon::embedded(),
                ));
            }
        })
    });
    g.bench_function(BenchmarkId::new("to_json", docs.len()), |b| {
        b.iter(|| {
            for p in &prep {
                black_box(serde_json::to_string(&p.extraction).ok());
            }
        })
    });
    g.bench_function(BenchmarkId::new("extract_with", docs.len()), |b| {
        b.iter(|| {
            for d in docs {
                black_box(dossier_core::extract_with(d, lex));
            }
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let demo = demo_docs();
    assert!(!demo.is_empty(), "the demo corpus has documents");
    stages(c, "demo", &demo);
    if let Some(fnc) = fnc_docs() {
        stages(c, "fnc1-train-bodies", &fnc);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
