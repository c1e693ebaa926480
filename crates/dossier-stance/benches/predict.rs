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

/// CPU time of this (single-threaded) process in seconds, from /proc/self/schedstat on Linux;
/// the machine is shared, so wall time alone overstates the cost.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

fn report(what: &str, n: usize, wall: f64, cpu: Option<f64>) {
    let cpu = cpu.map_or(String::new(), |c| {
        format!(", {c:.2} s CPU = {:.0} pairs/s per core", n as f64 / c)
    });
    println!(
        "{what}: {n} pairs in {wall:.2} s wall = {:.0} pairs/s{cpu}",
        n as f64 / wall
    );
}

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
    let (t, c) = (Instant::now(), cpu_seconds());
    for p in &pairs {
        black_box(model.predict(&p.headline, &split.bodies[&p.body_id]));
    }
    let cpu = c.zip(cpu_seconds()).map(|(a, b)| b - a);
    report(
        "predict (body prepared per call)",
        pairs.len(),
        t.elapsed().as_secs_f64(),
        cpu,
    );
    println!("  ({:.1} MB of body text)", chars as f64 / 1e6);
    let (t, c) = (Instant::now(), cpu_seconds());
    let mut prepared = HashMap::new();
    for p in &split.pairs {
        let body = prepared
            .entry(p.body_id)
            .or_insert_with(|| model.prepare_body(&split.bodies[&p.body_id]));
        black_box(model.predict_prepared(&p.headline, body));
    }
    let cpu = c.zip(cpu_seconds()).map(|(a, b)| b - a);
    let what = format!(
        "predict_prepared (each of {} bodies prepared once)",
        prepared.len()
    );
    report(&what, split.pairs.len(), t.elapsed().as_secs_f64(), cpu);
}
