//! Store benchmarks: batch writes, the claims board, a brief's reads, and full-text search.
//!
//! `cargo bench -p dossier-store --bench store` (criterion; reports in target/criterion).
//! The documents are short wire-style stories written for this bench, extracted once with the
//! real pipeline and replicated with distinct ids (a marker line after the text), so the store
//! holds realistic statements, events, claims and ledgers.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dossier_core::{make_document, Document, DocumentHeader, Extraction};
use dossier_store::{ClaimFilter, Incoming, Page, Store};
use std::hint::black_box;

const STORIES: &[&str] = &[
    "Iran has transferred short-range ballistic missiles to Russia, CNN reported, citing unnamed \
     sources. Brigadier General Fazlollah Nozari dismissed the claims. \"No missile was sent to \
     Russia,\" he told the Iranian Labour News Agency.",
    "Kremlin spokesman Dmitry Peskov declined to comment on the reports. Ukraine's foreign \
     ministry said any transfer would be a significant escalation and called for new sanctions \
     on Tehran.",
    "The United States accused Iran of supplying drones to Russia. Iran's foreign ministry denied \
     the accusation, saying Tehran supports no party in the war.",
    "Ukraine's air force said it had shot down 37 Shahed drones overnight. Officials in Kyiv said \
     the drones were made in Iran.",
    "China called for a ceasefire and urged both sides to return to talks, the foreign ministry \
     spokesperson said on Tuesday.",
    "NATO Secretary General Jens Stoltenberg said the alliance would increase its support for \
     Ukraine. Russia warned that the move would prolong the conflict.",
    "According to Reuters, Turkey offered to mediate between Russia and Ukraine. A Turkish \
     official said Ankara had held talks with both governments.",
    "Israel struck targets in Syria, the Syrian state news agency SANA reported. The Israeli \
     military declined to comment.",
];

/// `n` documents with their extractions: the stories, then replicas of them with distinct ids
/// and dates one day apart per replica.
fn corpus(n: usize) -> Vec<(Document, Extraction)> {
    let base: Vec<(Document, Extraction)> = STORIES
        .iter()
        .map(|s| {
            let d = make_document(s, DocumentHeader::default());
            let x = dossier_core::extract(&d);
            (d, x)
        })
        .collect();
    (0..n)
        .map(|i| {
            let (d, x) = &base[i % base.len()];
            let r = i / base.len();
            let mut doc = make_document(
                &format!("{}\n\n[replica {r}]", d.text),
                DocumentHeader {
                    published: Some(format!(
                        "20{:02}-{:02}-{:02}",
                        20 + r / 336,
                        1 + r / 28 % 12,
                        1 + r % 28
                    )),
                    outlet: Some(format!("Outlet {}", i % 17)),
                    ..Default::default()
                },
            );
            doc.header.title = Some(format!("Story {i}"));
            let mut x = x.clone();
            x.document = doc.header.clone();
            (doc, x)
        })
        .collect()
}

fn put_all(store: &mut Store, docs: &[(Document, Extraction)]) {
    for chunk in docs.chunks(256) {
        let incoming = Incoming::all(chunk, "bench");
        store.put_batch(&incoming).expect("put_batch");
    }
}

fn put_batch(c: &mut Criterion) {
    let docs = corpus(256);
    let mut g = c.benchmark_group("put_batch");
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.sample_size(20);
    g.bench_function("256 docs into a new file store", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("tempdir");
                let store = Store::open(&dir.path().join("b.db")).expect("open");
                (dir, store)
            },
            |(dir, mut store)| {
                put_all(&mut store, &docs);
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn queries(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("q.db")).expect("open");
    put_all(&mut store, &corpus(4000));
    let top = store
        .claims(&ClaimFilter::default(), Page::default())
        .expect("claims");
    let top = top.first().expect("the stories make claims").id.clone();

    let mut g = c.benchmark_group("queries on 4000 docs");
    g.bench_function("claims board (first page + counts)", |b| {
        b.iter(|| {
            let rows = store
                .claims(&ClaimFilter::default(), Page::default())
                .expect("claims");
            let counts = store.claim_counts().expect("counts");
            black_box((rows, counts))
        })
    });
    g.bench_function("claims board, --status disputed", |b| {
        let filter = ClaimFilter {
            status: Some(dossier_core::ledger::ClaimStatus::Disputed),
            ..Default::default()
        };
        b.iter(|| black_box(store.claims(&filter, Page::default()).expect("claims")))
    });
    g.bench_function("brief reads (claim + related)", |b| {
        b.iter(|| {
            let c = store.claim(&top).expect("claim").expect("exists");
            let related = store.related_claims(&c, 5).expect("related");
            black_box(dossier_core::brief::brief(&c, &related).to_markdown())
        })
    });
    g.bench_function("search \"drones\"", |b| {
        b.iter(|| black_box(store.search("drones", Page::default()).expect("search")))
    });
    g.bench_function("search \"ballistic missiles\" AND Iran", |b| {
        b.iter(|| {
            black_box(
                store
                    .search("\"ballistic missiles\" AND Iran", Page::default())
                    .expect("search"),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, put_batch, queries);
criterion_main!(benches);
