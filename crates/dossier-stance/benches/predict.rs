//! Inference throughput on FNC-1 competition-test pairs, one thread.
//!
//! `cargo bench -p dossier-stance --bench predict` — prints pairs/s for `predict` (body
//! tokenised on every call) and for `predict_prepared` (each body prepared once, as the ledger
//! does when one document is scored against many claims).

use dossier_stance::{data, StanceModel};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    // ../shared next to the workspace; DOSSIER_SHARED_DATA overrides it (e.g. in a worktree)
    let shared = std::env::var("DOSSIER_SHARED_DATA")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data").into());
    let d = PathBuf::from(shared).join("stance/fnc-1");
    let dir = d.as_path();
    if !dir.join("competition_test_stances.csv").exists() {
        eprintln!("SKIP: FNC-1 data not found at {}", dir.display());
        return;
    }
    let split = data::read_fnc(dir, "competition_test").expect("FNC-1 test set");
    let model = StanceModel::embedded();
    let pairs: Vec<_> = split.pairs.iter().take(5000).collect();
    let chars: usize = pairs.iter().map(|p| split.bodies[&p.body_id].len()).sum();
    // warm-up
    for p in pairs.iter().take(200) {
        black_box(model.predict(&p.headline, &split.bodies[&p.body_id]));
    }
    let t = Instant::now();
    for p in &pairs {
        black_box(model.predict(&p.headline, &split.bodies[&p.body_id]));
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "predict (body prepared per call): {} pairs in {:.2} s = {:.0} pairs/s ({:.1} MB of body text/s)",
        pairs.len(),
        s,
        pairs.len() as f64 / s,
        chars as f64 / s / 1e6
    );
    let t = Instant::now();
    let mut prepared = HashMap::new();
    for p in &split.pairs {
        let body = prepared
            .entry(p.body_id)
            .or_insert_with(|| model.prepare_body(&split.bodies[&p.body_id]));
        black_box(model.predict_prepared(&p.headline, body));
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "predict_prepared (each of {} bodies prepared once): {} pairs in {:.2} s = {:.0} pairs/s",
        prepared.len(),
        split.pairs.len(),
        s,
        split.pairs.len() as f64 / s
    );
}
