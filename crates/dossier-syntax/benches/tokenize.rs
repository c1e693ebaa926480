//! Tokeniser + sentence splitter and lemmatiser throughput.
//!
//! `cargo bench -p dossier-syntax --bench tokenize` — corpora: news paragraphs written for the
//! tests (always), and the raw text rebuilt from the UD English train treebanks in
//! `../shared/data/syntax` (skipped with a message when absent). Throughput is in tokens
//! (criterion reports elements/s).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dossier_syntax::align::gold_raw_text;
use dossier_syntax::conllu;
use dossier_syntax::lemma::Lemmatizer;
use dossier_syntax::tokenize::tokenize;
use std::hint::black_box;

const NEWS: &str = "The U.S.-led coalition said it didn't strike Al Qaim on Jan. 5, Gen. Lloyd \
Austin's office said. \"We won't back down,\" said Sen. Lindsey Graham, R-S.C. \"They can't make \
us.\"\n\nIraq's ambassador to the U.N. didn't comment. The talks, held at 10:30 a.m. in Geneva, \
cost $5bn (about 2.5% of GDP). Read more at https://www.reuters.com/world/iraq-2024/.\n\n\
Russia’s foreign ministry said Kyiv’s forces weren’t “ready” — a claim Ukraine rejected…\n\
Explosions reported in Kharkiv\nOfficials said 1,000.50 tonnes of aid arrived on Tuesday, the \
state-owned firm's co-founder, a well-known ex-minister, told reporters in Washington, D.C.\n\n";

#[path = "../tests/common/mod.rs"]
mod common;
use common::shared_syntax;

fn bench(c: &mut Criterion) {
    let news = NEWS.repeat(200);
    let mut corpora = vec![("news", news)];
    let mut gold = Vec::new();
    if let Some(dir) = shared_syntax() {
        for f in [
            "ud-english-ewt/en_ewt-ud-train.conllu",
            "ud-english-gum-open/en_gum-open-ud-train.conllu",
        ] {
            if let Ok(src) = std::fs::read_to_string(dir.join(f)) {
                if let Ok(s) = conllu::parse(&src) {
                    corpora.push((
                        if f.contains("ewt") {
                            "ewt-train"
                        } else {
                            "gum-train"
                        },
                        gold_raw_text(&s).0,
                    ));
                    gold.extend(s);
                }
            }
        }
    }
    let mut g = c.benchmark_group("tokenize");
    for (name, text) in &corpora {
        let n = tokenize(text).0.len() as u64;
        g.throughput(Throughput::Elements(n));
        g.bench_function(*name, |b| b.iter(|| tokenize(black_box(text))));
    }
    g.finish();
    if !gold.is_empty() {
        let words: Vec<_> = gold.iter().flat_map(|s| s.words.iter()).collect();
        let lem = Lemmatizer::train(
            words
                .iter()
                .map(|w| (w.form.as_str(), w.upos, w.xpos.as_str(), w.lemma.as_str())),
        );
        let mut g = c.benchmark_group("lemma");
        g.throughput(Throughput::Elements(words.len() as u64));
        g.bench_function("train-words", |b| {
            b.iter(|| {
                words
                    .iter()
                    .map(|w| lem.lemma(black_box(&w.form), w.upos, &w.xpos).len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
