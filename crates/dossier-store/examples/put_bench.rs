//! Time the store alone: extract a JSONL file once (not timed), then write it to a store in
//! batches and time the writes, the claims board and a full claims export.
//!
//! ```text
//! cargo run --release -p dossier-store --example put_bench -- news.jsonl dossier-bench.db
//! scripts/with-pg.sh sh -c 'cargo run --release -p dossier-store --example put_bench -- news.jsonl "$DATABASE_URL"'
//! ```
//!
//! Each input line is a JSON object with `text` and optional `title`, `outlet`, `published`.

use dossier_core::{make_document, DocumentHeader};
use dossier_store::{ClaimFilter, Incoming, Page};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(db)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: put_bench INPUT.jsonl DB (a SQLite path or a postgres:// URL) [BATCH]");
        std::process::exit(2);
    };
    let batch_size: usize = args.get(3).map_or(Ok(32), |s| s.parse())?;
    let mut docs = Vec::new();
    for line in std::fs::read_to_string(input)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let d = make_document(
            &field("text").unwrap_or_default(),
            DocumentHeader {
                title: field("title"),
                outlet: field("outlet"),
                published: field("published"),
                ..Default::default()
            },
        );
        let x = dossier_core::extract(&d);
        docs.push((d, x));
    }
    let mut store = dossier_store::open(db)?;
    let start = Instant::now();
    let mut new = 0;
    for chunk in docs.chunks(batch_size) {
        let batch: Vec<Incoming> = chunk
            .iter()
            .map(|(d, x)| Incoming {
                document: d,
                extraction: x,
                origin: input,
            })
            .collect();
        new += store.put_batch(&batch)?.new;
    }
    let write = start.elapsed();
    let start = Instant::now();
    let board = store.claims(
        &ClaimFilter::default(),
        Page {
            limit: 50,
            offset: 0,
        },
    )?;
    let board_time = start.elapsed();
    let start = Instant::now();
    let n = store.export_claims_csv(&mut std::io::sink())?;
    let export = start.elapsed();
    println!(
        "{}: wrote {new} new of {} documents in {:.2} s ({:.0} docs/s, batches of {batch_size}); \
         claims board ({} rows) {:.0} ms; CSV export of {n} claims {:.0} ms",
        store.location(),
        docs.len(),
        write.as_secs_f64(),
        new as f64 / write.as_secs_f64().max(1e-9),
        board.len(),
        board_time.as_secs_f64() * 1000.0,
        export.as_secs_f64() * 1000.0,
    );
    Ok(())
}
