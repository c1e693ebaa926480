//! `dossier bench --chunks K --chunk-size N`: issue 19's three-chunk measurement, end to end.
//! One new SQLite store is fed K equal JSONL chunks of N short news documents whose claims recur
//! (the `--grow` stream: a handful of states sending arms to each other, each report answered
//! by denials), each chunk by a real `dossier ingest` child (extraction, FTS, claims, status),
//! whose CPU time and peak RSS come from `wait4`; then `dossier claims` (the board, table
//! output) is run `--runs` times as a child and timed. The issue measured 8.5 s → 17.7 s →
//! 26.5 s CPU for three chunks of 15,000 and `dossier claims` at 1.2 s; targets: last chunk
//! ≤ 1.3× the first, `dossier claims` < 50 ms.

use crate::bench::{latency, run_child, run_child_output, ChildRun, Latency};
use crate::bench_store::{synthetic, Rng};
use crate::cli::BenchArgs;
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::{Command, Stdio};

#[derive(Debug, Serialize)]
pub struct ChunkRun {
    pub chunk: usize,
    pub documents: usize,
    pub ingest: ChildRun,
    /// `dossier extract` on the same file (output discarded): the extraction share of ingest.
    pub extract: ChildRun,
    /// This chunk's ingest CPU over the first chunk's.
    pub cpu_vs_first: f64,
}

#[derive(Debug, Serialize)]
pub struct ChunksReport {
    pub chunk_size: usize,
    pub chunks: Vec<ChunkRun>,
    /// `dossier claims` as a child process (start-up included), wall and child CPU.
    pub claims_command: Latency,
    pub db_mb: f64,
}

/// Write documents `from..from + n` of the synthetic stream as JSONL.
fn write_chunk(path: &Path, rng: &mut Rng, from: usize, n: usize, tail: usize) -> Result<()> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create", path.display()))?;
    let mut w = BufWriter::new(file);
    for i in from..from + n {
        let (doc, _) = synthetic(i, rng, tail);
        let rec = serde_json::json!({
            "text": doc.text,
            "published": doc.header.published,
            "outlet": doc.header.outlet,
        });
        serde_json::to_writer(&mut w, &rec)?;
        w.write_all(b"\n")?;
    }
    w.flush()
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

pub fn chunks(args: &BenchArgs, k: usize, size: usize) -> Result<ChunksReport> {
    let exe = std::env::current_exe().context("cannot find the dossier executable")?;
    let db = args.out.join(format!("chunks-{k}x{size}.db"));
    crate::bench::remove_db(&db);
    let mut rng = Rng::new();
    let tail = (k * size / 40).max(50);
    let mut runs: Vec<ChunkRun> = Vec::new();
    for c in 0..k {
        let file = args.out.join(format!("chunk-{c}.jsonl"));
        write_chunk(&file, &mut rng, c * size, size, tail)?;
        let mut cmd = Command::new(&exe);
        cmd.arg("ingest")
            .arg(&file)
            .arg("--db")
            .arg(&db)
            .arg("--quiet")
            .env_remove("DOSSIER_DB");
        if let Some(j) = args.jobs {
            cmd.arg("-j").arg(j.to_string());
        }
        let run = run_child(&mut cmd)?;
        // The same file through extraction alone: ingest minus this is the store's share.
        let mut cmd = Command::new(&exe);
        cmd.arg("extract").arg(&file).stdout(Stdio::null());
        if let Some(j) = args.jobs {
            cmd.arg("-j").arg(j.to_string());
        }
        let extract = run_child(&mut cmd)?;
        let _ = std::fs::remove_file(&file);
        let first = runs.first().map_or(run.cpu_s, |r| r.ingest.cpu_s);
        eprintln!(
            "bench: chunk {} of {k}: {size} documents, {:.2} s CPU ({:.2}× the first), {:.1} s wall, peak RSS {:.0} MB; extract alone {:.2} s CPU (store ≈ {:.2} s: {:.0} docs per store CPU s)",
            c + 1,
            run.cpu_s,
            run.cpu_s / first.max(1e-9),
            run.wall_s,
            run.max_rss_mb,
            extract.cpu_s,
            run.cpu_s - extract.cpu_s,
            size as f64 / (run.cpu_s - extract.cpu_s).max(1e-9)
        );
        runs.push(ChunkRun {
            chunk: c + 1,
            documents: size,
            cpu_vs_first: run.cpu_s / first.max(1e-9),
            ingest: run,
            extract,
        });
    }
    let mut timings = Vec::new();
    for _ in 0..args.runs.max(1) {
        let mut cmd = Command::new(&exe);
        cmd.arg("claims")
            .arg("--db")
            .arg(&db)
            .env_remove("DOSSIER_DB")
            .stdout(Stdio::piped());
        let (run, out) = run_child_output(&mut cmd)?;
        std::hint::black_box(out);
        timings.push((run.wall_s * 1e3, run.cpu_s * 1e3));
    }
    let claims_command = latency(timings);
    eprintln!(
        "bench: dossier claims: median {:.1} ms, p95 {:.1} ms wall ({:.1} / {:.1} ms CPU)",
        claims_command.median_ms,
        claims_command.p95_ms,
        claims_command.median_cpu_ms,
        claims_command.p95_cpu_ms
    );
    let db_mb = std::fs::metadata(&db).map_or(0.0, |m| m.len() as f64 / 1e6);
    Ok(ChunksReport {
        chunk_size: size,
        chunks: runs,
        claims_command,
        db_mb,
    })
}
