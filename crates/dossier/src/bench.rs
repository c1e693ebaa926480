//! `dossier bench`: throughput, memory, scaling and query latency on real news text (the FNC-1
//! article bodies), with the spaCy + textacy peer measured in the same run.
//!
//! What is measured, and how:
//! - extraction: `pipeline::extract_one` (the function `dossier extract` runs) over the corpus in
//!   rayon pools of 1 and N threads, wall and CPU time (getrusage), so a machine loaded by other
//!   work does not make dossier look slower than it is;
//! - scaling, ingest and peak memory: the real `dossier extract` and `dossier ingest` commands run
//!   as child processes on 1×, 4×, 16× the corpus (each body repeated with a replica marker line,
//!   so every copy has its own id); their CPU time and peak RSS come from `wait4`;
//! - queries: the claims board (first page, default filter) and a brief on a store of
//!   `--store-docs` documents built by replicating the extracted corpus (cached in `--out`);
//! - the peer: `bench/peers/peer.py` in its virtual environment, one process, same bodies.

use crate::cli::{BenchArgs, BenchFormat};
use anyhow::{bail, Context, Result};
use dossier_core::{make_document, Document, DocumentHeader, Extraction};
use dossier_store::{ClaimFilter, Incoming, Page, Store};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// The corpus files, relative to `--data`.
const BODIES: [&str; 2] = [
    "stance/fnc-1/train_bodies.csv",
    "stance/fnc-1/competition_test_bodies.csv",
];

/// Everything one run measured (the `--format json` output and `OUT/bench.json`).
#[derive(Debug, Serialize)]
pub struct Report {
    pub dossier: Versions,
    pub machine: Machine,
    pub quick: bool,
    pub corpus: Corpus,
    pub extraction: Vec<Throughput>,
    /// Wall-time speed-up from 1 thread to `threads` (the last extraction row).
    pub speedup: f64,
    pub scaling: Vec<ScalePoint>,
    pub queries: Queries,
    pub peer: Option<Peer>,
    pub targets: Vec<Target>,
    pub plot: String,
}

#[derive(Debug, Serialize)]
pub struct Versions {
    pub version: String,
    pub commit: Option<String>,
    pub rustc: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Machine {
    pub cpu: Option<String>,
    pub cores: usize,
    pub mem_total_mb: Option<u64>,
    /// 1-minute load average at the start and at the end of the run.
    pub load_start: Option<f64>,
    pub load_end: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct Corpus {
    pub files: Vec<String>,
    pub documents: usize,
    pub bytes: usize,
}

/// In-process extraction over the corpus with a pool of `threads`.
#[derive(Debug, Serialize)]
pub struct Throughput {
    pub threads: usize,
    pub documents: usize,
    pub bytes: usize,
    pub wall_s: f64,
    pub cpu_s: f64,
    pub mb_per_s: f64,
    pub docs_per_s: f64,
    /// MB per CPU-second: what one core does when it is not shared.
    pub mb_per_cpu_s: f64,
}

/// One child process: wall and CPU time, peak resident memory.
#[derive(Debug, Serialize, Clone, Copy)]
pub struct ChildRun {
    pub wall_s: f64,
    pub cpu_s: f64,
    pub max_rss_mb: f64,
    /// This process's resident set when the child started: a floor under `max_rss_mb`.
    pub parent_rss_mb: f64,
}

#[derive(Debug, Serialize)]
pub struct ScalePoint {
    pub factor: usize,
    pub documents: usize,
    pub bytes: usize,
    /// `dossier extract FILE.jsonl > /dev/null`
    pub extract: ChildRun,
    /// `dossier ingest FILE.jsonl --db NEW.db` (FTS, claims, status included)
    pub ingest: ChildRun,
    pub extract_mb_per_s: f64,
    pub ingest_docs_per_s: f64,
}

#[derive(Debug, Serialize)]
pub struct Queries {
    pub store_docs: usize,
    pub claims: usize,
    /// Seconds spent building the store (0 when a cached one was reused).
    pub build_s: f64,
    pub cached: bool,
    pub board: Latency,
    pub brief: Latency,
}

#[derive(Debug, Clone, Serialize)]
pub struct Latency {
    pub runs: usize,
    pub median_ms: f64,
    pub p95_ms: f64,
    pub max_ms: f64,
    /// CPU time of the querying thread (a loaded machine inflates wall time, not this).
    pub median_cpu_ms: f64,
    pub p95_cpu_ms: f64,
}

#[derive(Debug, Serialize)]
pub struct Peer {
    pub name: String,
    pub documents: usize,
    pub bytes: usize,
    /// Seconds in the peer's own extraction loop (model loading excluded).
    pub seconds: f64,
    pub mb_per_s: f64,
    pub docs_per_s: f64,
    /// The whole process (including start-up and model loading), from `wait4`.
    pub process: ChildRun,
    /// dossier single-thread MB/s ÷ peer MB/s (both wall time in the extraction loop).
    pub ratio_mb_per_s: f64,
    /// dossier peak RSS (`extract` at 1×) ÷ peer peak RSS.
    pub ratio_rss: f64,
}

#[derive(Debug, Serialize)]
pub struct Target {
    pub name: String,
    pub target: String,
    pub measured: String,
    pub met: Option<bool>,
}

pub fn run(args: BenchArgs) -> Result<ExitCode> {
    if let Some(n) = args.watch_soak {
        return crate::watch::soak::bench(&args, n);
    }
    if let Some(n) = args.grow {
        return grow(&args, n);
    }
    if let Some(k) = args.chunks {
        return chunks(&args, k);
    }
    let data = data_dir(args.data.as_deref())?;
    let out = args.out.clone();
    std::fs::create_dir_all(&out)
        .with_context(|| format!("{}: cannot create the output directory", out.display()))?;
    let cores = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let scales: Vec<usize> = match &args.scale {
        Some(s) => s.clone(),
        None if args.quick => vec![1, 4],
        None => vec![1, 4, 16],
    };
    anyhow::ensure!(
        !scales.is_empty() && scales.iter().all(|&k| k > 0),
        "--scale needs positive factors, e.g. --scale 1,4,16"
    );
    let store_docs = args
        .store_docs
        .unwrap_or(if args.quick { 1000 } else { 100_000 });
    let limit = args.limit.or(args.quick.then_some(200));
    let runs = args.runs.max(1);
    let peer_dir = args.peers.clone();
    let venv_python = peer_dir.join(".venv/bin/python");
    let with_peer = if args.no_peer {
        false
    } else if args.peer {
        anyhow::ensure!(
            venv_python.exists(),
            "{}: no peer environment; run bench/peers/setup.sh first (or drop --peer)",
            venv_python.display()
        );
        true
    } else {
        venv_python.exists()
    };

    let load_start = load_average();
    let files: Vec<PathBuf> = BODIES.iter().map(|f| data.join(f)).collect();
    let mut bodies = read_bodies(&files, limit)?;
    // FNC-1 repeats some bodies; keep one of each so every document of every run is distinct.
    let mut seen = std::collections::HashSet::new();
    let mut docs: Vec<Document> = Vec::with_capacity(bodies.len());
    bodies.retain(|b| {
        let d = replica_doc(b, 0, docs.len(), 1);
        let fresh = seen.insert(d.header.id.clone());
        if fresh {
            docs.push(d);
        }
        fresh
    });
    // Dates spread over the month by position, as for the replicas.
    for (i, d) in docs.iter_mut().enumerate() {
        d.header.published = Some(replica_date(0, i, bodies.len()));
    }
    let bytes: usize = bodies.iter().map(|b| b.len()).sum();
    progress(format!(
        "corpus: {} bodies, {:.2} MB from {}",
        bodies.len(),
        mb(bytes),
        data.display()
    ));

    // 1. Scaling, ingest and memory: the real commands in child processes. First, while this
    //    process is small: Linux counts the parent's resident set at spawn time into a child's
    //    ru_maxrss (it is recorded when the child execs), so a large parent would hide the
    //    child's own peak. `parent_rss_mb` records that floor for each child.
    let exe = std::env::current_exe().context("cannot find the dossier executable")?;
    let mut scaling = Vec::new();
    for &k in &scales {
        let jsonl = out.join(format!("corpus-{k}x.jsonl"));
        let (n, size) = write_replicas(&jsonl, &bodies, k)?;
        progress(format!(
            "{k}×: dossier extract on {n} documents ({:.1} MB)…",
            mb(size)
        ));
        let extract = run_child(
            Command::new(&exe)
                .args(["extract", "--input-format", "jsonl"])
                .arg(&jsonl)
                .stdout(Stdio::null()),
        )?;
        let db = out.join(format!("ingest-{k}x.db"));
        remove_db(&db);
        progress(format!("{k}×: dossier ingest…"));
        let ingest = run_child(
            Command::new(&exe)
                .args(["ingest", "--quiet", "--input-format", "jsonl", "--db"])
                .arg(&db)
                .arg(&jsonl)
                .env_remove("DOSSIER_DB")
                .stdout(Stdio::null()),
        )?;
        remove_db(&db);
        let _ = std::fs::remove_file(&jsonl);
        scaling.push(ScalePoint {
            factor: k,
            documents: n,
            bytes: size,
            extract,
            ingest,
            extract_mb_per_s: rate(mb(size), extract.wall_s),
            ingest_docs_per_s: rate(n as f64, ingest.wall_s),
        });
    }

    // 2. Extraction in-process, pools of 1 and N threads.
    let lexicon = dossier_core::lexicon::Lexicon::embedded();
    // Warm up: build the lexicon automata and load the stance model outside the timings.
    if let Some(d) = docs.first() {
        crate::pipeline::extract_one(d, lexicon);
    }
    let mut extraction = Vec::new();
    let mut extractions: Vec<Extraction> = Vec::new();
    let mut pools = vec![1];
    if cores > 1 {
        pools.push(cores);
    }
    for &threads in &pools {
        progress(format!("extraction with {threads} thread(s)…"));
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .context("cannot start a thread pool")?;
        let cpu0 = cpu_self();
        let t0 = Instant::now();
        let xs: Vec<Extraction> = pool.install(|| {
            docs.chunks(crate::pipeline::BATCH)
                .flat_map(|chunk| {
                    chunk
                        .par_iter()
                        .map(|d| crate::pipeline::extract_one(d, lexicon))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        let wall = t0.elapsed().as_secs_f64();
        let cpu = cpu_self() - cpu0;
        extraction.push(Throughput {
            threads,
            documents: docs.len(),
            bytes,
            wall_s: wall,
            cpu_s: cpu,
            mb_per_s: rate(mb(bytes), wall),
            docs_per_s: rate(docs.len() as f64, wall),
            mb_per_cpu_s: rate(mb(bytes), cpu),
        });
        extractions = xs;
    }
    let speedup = match (extraction.first(), extraction.last()) {
        (Some(a), Some(b)) if b.wall_s > 0.0 => a.wall_s / b.wall_s,
        _ => 1.0,
    };

    // 3. Claims board and brief on a large store.
    let queries = query_latency(&out, &docs, &extractions, store_docs, runs)?;

    drop(extractions);
    drop(docs);
    // 4. The peer on the same bodies.
    let peer = if with_peer {
        let dossier_rss = scaling.first().map_or(0.0, |s| s.extract.max_rss_mb);
        let single = extraction.first().map_or(0.0, |t| t.mb_per_s);
        Some(run_peer(
            &venv_python,
            &peer_dir.join("peer.py"),
            &files,
            args.peer_limit.or(limit),
            single,
            dossier_rss,
        )?)
    } else {
        progress(if args.no_peer {
            "peer: skipped (--no-peer)".into()
        } else {
            format!(
                "peer: skipped ({} missing; run bench/peers/setup.sh)",
                venv_python.display()
            )
        });
        None
    };

    let plot = out.join("bench.svg");
    std::fs::write(&plot, svg_plot(&scaling))
        .with_context(|| format!("{}: cannot write", plot.display()))?;
    let mut report = Report {
        dossier: versions(),
        machine: machine(cores, load_start),
        quick: args.quick,
        corpus: Corpus {
            files: files.iter().map(|f| f.display().to_string()).collect(),
            documents: bodies.len(),
            bytes,
        },
        extraction,
        speedup,
        scaling,
        queries,
        peer,
        targets: Vec::new(),
        plot: plot.display().to_string(),
    };
    report.targets = targets(&report);
    let json = serde_json::to_string_pretty(&report)?;
    let json_path = out.join("bench.json");
    std::fs::write(&json_path, format!("{json}\n"))
        .with_context(|| format!("{}: cannot write", json_path.display()))?;
    match args.format {
        BenchFormat::Json => println!("{json}"),
        BenchFormat::Table => print!("{}", render_table(&report)),
    }
    progress(format!(
        "wrote {} and {}",
        json_path.display(),
        plot.display()
    ));
    Ok(ExitCode::SUCCESS)
}

/// `dossier bench --grow N`: the store grown to N documents (see `bench_store`).
fn grow(args: &BenchArgs, n: usize) -> Result<ExitCode> {
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the output directory", args.out.display()))?;
    let spec = match &args.grow_db {
        Some(spec) => spec.clone(),
        None => {
            let db = args.out.join(format!("grow-{n}.db"));
            remove_db(&db);
            db.display().to_string()
        }
    };
    let report = crate::bench_store::grow(&spec, n, args.runs.max(1))?;
    let json = serde_json::to_string_pretty(&report)?;
    let path = args.out.join(format!("grow-{n}.json"));
    std::fs::write(&path, format!("{json}\n"))
        .with_context(|| format!("{}: cannot write", path.display()))?;
    println!("{json}");
    progress(format!("wrote {}", path.display()));
    Ok(ExitCode::SUCCESS)
}

/// `dossier bench --chunks K`: K chunks through `dossier ingest`, then `dossier claims`.
fn chunks(args: &BenchArgs, k: usize) -> Result<ExitCode> {
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the output directory", args.out.display()))?;
    let report = crate::bench_chunks::chunks(args, k, args.chunk_size)?;
    let json = serde_json::to_string_pretty(&report)?;
    let path = args
        .out
        .join(format!("chunks-{k}x{}.json", args.chunk_size));
    std::fs::write(&path, format!("{json}\n"))
        .with_context(|| format!("{}: cannot write", path.display()))?;
    println!("{json}");
    progress(format!("wrote {}", path.display()));
    Ok(ExitCode::SUCCESS)
}

fn progress(msg: String) {
    eprintln!("bench: {msg}");
}

/// `--data`, or `../shared/data` from the current directory; a clear error otherwise.
fn data_dir(given: Option<&Path>) -> Result<PathBuf> {
    let dir = given.map_or_else(|| PathBuf::from("../shared/data"), Path::to_path_buf);
    let missing: Vec<String> = BODIES
        .iter()
        .filter(|f| !dir.join(f).is_file())
        .map(|f| f.to_string())
        .collect();
    if !missing.is_empty() {
        bail!(
            "{}: benchmark data not found (missing {}); point --data at the folder holding \
             stance/fnc-1/ (e.g. --data ../shared/data)",
            dir.display(),
            missing.join(", ")
        );
    }
    Ok(dir)
}

/// The `articleBody` column of FNC-1 body files, in file order (at most `limit` bodies).
fn read_bodies(files: &[PathBuf], limit: Option<usize>) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for f in files {
        let mut reader =
            csv::Reader::from_path(f).with_context(|| format!("{}: cannot read", f.display()))?;
        let headers = reader
            .headers()
            .with_context(|| format!("{}: no CSV header", f.display()))?
            .clone();
        let col = headers
            .iter()
            .position(|h| h == "articleBody")
            .with_context(|| format!("{}: no \"articleBody\" column", f.display()))?;
        for (i, rec) in reader.records().enumerate() {
            if limit.is_some_and(|l| out.len() >= l) {
                return Ok(out);
            }
            let rec = rec.with_context(|| format!("{}:{}: bad CSV record", f.display(), i + 2))?;
            if let Some(body) = rec.get(col).filter(|b| !b.trim().is_empty()) {
                out.push(body.to_string());
            }
        }
    }
    anyhow::ensure!(!out.is_empty(), "no article bodies in the benchmark data");
    Ok(out)
}

/// Body `i` of `n` in replica `r`: replica 0 is the body itself; others end with a marker line
/// so each copy has its own id. Each replica gets its own month, so timelines have an order.
fn replica_text(body: &str, r: usize) -> String {
    if r == 0 {
        body.to_string()
    } else {
        format!("{body}\n\n[bench replica {r}]")
    }
}

fn replica_date(r: usize, i: usize, n: usize) -> String {
    let month = r % 12 + 1;
    let year = 2015 + r / 12;
    let day = 1 + i * 28 / n.max(1);
    format!("{year:04}-{month:02}-{day:02}")
}

fn replica_doc(body: &str, r: usize, i: usize, n: usize) -> Document {
    make_document(
        &replica_text(body, r),
        DocumentHeader {
            published: Some(replica_date(r, i, n)),
            ..Default::default()
        },
    )
}

/// Write `k` replicas of the corpus as JSONL; returns (documents, text bytes).
fn write_replicas(path: &Path, bodies: &[String], k: usize) -> Result<(usize, usize)> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create", path.display()))?;
    let mut w = BufWriter::new(file);
    let (mut n, mut size) = (0, 0);
    for r in 0..k {
        for (i, b) in bodies.iter().enumerate() {
            let text = replica_text(b, r);
            size += text.len();
            n += 1;
            let rec =
                serde_json::json!({"text": text, "published": replica_date(r, i, bodies.len())});
            serde_json::to_writer(&mut w, &rec)?;
            w.write_all(b"\n")?;
        }
    }
    w.flush()
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok((n, size))
}

pub(crate) fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn rate(amount: f64, secs: f64) -> f64 {
    if secs > 0.0 {
        amount / secs
    } else {
        0.0
    }
}

fn timeval(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

/// CPU seconds (user + system) used so far by this process, all threads.
pub(crate) fn cpu_self() -> f64 {
    // SAFETY: getrusage only writes into the zeroed struct we own.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } != 0 {
        return 0.0;
    }
    timeval(ru.ru_utime) + timeval(ru.ru_stime)
}

/// Run a child to completion, reaping it with `wait4` to read its own CPU time and peak RSS.
/// Its stdout, when piped, is returned.
pub(crate) fn run_child_output(cmd: &mut Command) -> Result<(ChildRun, String)> {
    let desc = format!("{cmd:?}");
    let parent_rss_mb = rss_self_mb();
    let t0 = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot run {desc}"))?;
    let mut stdout = String::new();
    if let Some(mut out) = child.stdout.take() {
        out.read_to_string(&mut stdout)
            .with_context(|| format!("cannot read the output of {desc}"))?;
    }
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: wait4 writes the status and the usage into locals we own; `child` is never waited
    // on by std afterwards (it is dropped without `wait`).
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err).with_context(|| format!("cannot wait for {desc}"));
        }
    }
    drop(child);
    let wall = t0.elapsed().as_secs_f64();
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        bail!("{desc} failed (wait status {status})");
    }
    Ok((
        ChildRun {
            wall_s: wall,
            cpu_s: timeval(ru.ru_utime) + timeval(ru.ru_stime),
            // Linux reports ru_maxrss in KiB.
            max_rss_mb: ru.ru_maxrss as f64 / 1024.0,
            parent_rss_mb,
        },
        stdout,
    ))
}

/// Current resident set of this process (VmRSS), in MB.
pub(crate) fn rss_self_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

pub(crate) fn run_child(cmd: &mut Command) -> Result<ChildRun> {
    Ok(run_child_output(cmd)?.0)
}

/// Build (or reuse) a store of `n` documents by replicating the extracted corpus, then time the
/// board and a brief `runs` times each.
fn query_latency(
    out: &Path,
    docs: &[Document],
    extractions: &[Extraction],
    n: usize,
    runs: usize,
) -> Result<Queries> {
    // Key the cache by size, version, schema and what the extractor produces today.
    let mut fp = String::new();
    for x in extractions.iter().take(50) {
        fp.push_str(&serde_json::to_string(x)?);
    }
    let fingerprint = &dossier_core::text::document_id(&fp)[..10];
    let path = out.join(format!(
        "store-{n}docs-v{}-{fingerprint}.db",
        env!("CARGO_PKG_VERSION")
    ));
    let mut cached = false;
    let mut build_s = 0.0;
    if path.exists() {
        match Store::open(&path).and_then(|s| s.stats()) {
            Ok(stats) if stats.documents == n => cached = true,
            _ => remove_db(&path),
        }
    }
    if !cached {
        progress(format!(
            "building a store of {n} documents (cached for reruns)…"
        ));
        let tmp = out.join("store-building.db");
        remove_db(&tmp);
        let t0 = Instant::now();
        {
            let mut store = Store::open(&tmp)?;
            let origin = "bench";
            let mut built = 0;
            let mut batch: Vec<(Document, Extraction)> = Vec::with_capacity(crate::pipeline::BATCH);
            'fill: for r in 0.. {
                for (i, (d, x)) in docs.iter().zip(extractions).enumerate() {
                    if built >= n {
                        break 'fill;
                    }
                    // Replica 0 is the corpus as extracted; later ones append a marker line
                    // after the text, so the extraction's spans stay valid.
                    let doc = if r == 0 {
                        d.clone()
                    } else {
                        replica_doc(&d.text, r, i, docs.len())
                    };
                    let mut x = x.clone();
                    x.document = doc.header.clone();
                    batch.push((doc, x));
                    built += 1;
                    if batch.len() == crate::pipeline::BATCH {
                        put(&mut store, &batch, origin)?;
                        batch.clear();
                    }
                }
                if r > 0 && r % 4 == 0 {
                    progress(format!("  {built} documents stored"));
                }
            }
            put(&mut store, &batch, origin)?;
        }
        build_s = t0.elapsed().as_secs_f64();
        remove_db(&path);
        std::fs::rename(&tmp, &path)
            .with_context(|| format!("{}: cannot rename", tmp.display()))?;
        remove_db(&tmp);
    }
    let store = Store::open(&path)?;
    let claims: usize = store.claim_counts()?.iter().map(|(_, c)| c).sum();
    progress(format!(
        "queries on {n} documents, {claims} claims, {runs} runs each…"
    ));
    let board_page = Page {
        limit: 50,
        offset: 0,
    };
    let mut board = Vec::with_capacity(runs);
    let mut top: Option<String> = None;
    for _ in 0..runs {
        // What `dossier claims` does: the page, then the counts per status.
        let ((rows, counts), t) = timed(|| {
            Ok((
                store.claims_board(&ClaimFilter::default(), board_page)?,
                store.claim_counts()?,
            ))
        })?;
        board.push(t);
        std::hint::black_box(&counts);
        top = rows.first().map(|c| c.id.clone());
    }
    let mut brief = Vec::with_capacity(runs);
    if let Some(id) = &top {
        for _ in 0..runs {
            // What `dossier brief ID` does.
            let (text, t) = timed(|| {
                let c = store
                    .claim_digest(id, crate::claims::BRIEF_LEDGER_ROWS)?
                    .context("the top claim disappeared")?;
                let related = store.related_claims(&c, 5)?;
                Ok(dossier_core::brief::brief(&c, &related).to_markdown())
            })?;
            brief.push(t);
            std::hint::black_box(text);
        }
    }
    Ok(Queries {
        store_docs: n,
        claims,
        build_s,
        cached,
        board: latency(board),
        brief: latency(brief),
    })
}

fn put(store: &mut Store, batch: &[(Document, Extraction)], origin: &str) -> Result<()> {
    store.put_batch(&Incoming::all(batch, origin))?;
    Ok(())
}

pub(crate) fn latency(timings: Vec<(f64, f64)>) -> Latency {
    let sorted = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v
    };
    let at = |v: &[f64], q: f64| {
        if v.is_empty() {
            0.0
        } else {
            v[((v.len() - 1) as f64 * q).round() as usize]
        }
    };
    let wall = sorted(timings.iter().map(|t| t.0).collect());
    let cpu = sorted(timings.iter().map(|t| t.1).collect());
    Latency {
        runs: wall.len(),
        median_ms: at(&wall, 0.5),
        p95_ms: at(&wall, 0.95),
        max_ms: wall.last().copied().unwrap_or(0.0),
        median_cpu_ms: at(&cpu, 0.5),
        p95_cpu_ms: at(&cpu, 0.95),
    }
}

/// CPU seconds used so far by the calling thread, to the nanosecond (`getrusage` counts in
/// scheduler ticks, 4 ms here: too coarse for a query of a few milliseconds).
fn cpu_thread() -> f64 {
    // SAFETY: clock_gettime only writes into the zeroed struct we own.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Run `f`, returning its result and (wall ms, thread CPU ms).
pub(crate) fn timed<T>(f: impl FnOnce() -> Result<T>) -> Result<(T, (f64, f64))> {
    let (c0, t0) = (cpu_thread(), Instant::now());
    let out = f()?;
    Ok((
        out,
        (t0.elapsed().as_secs_f64() * 1e3, (cpu_thread() - c0) * 1e3),
    ))
}

fn run_peer(
    python: &Path,
    script: &Path,
    files: &[PathBuf],
    limit: Option<usize>,
    dossier_mb_per_s: f64,
    dossier_rss_mb: f64,
) -> Result<Peer> {
    progress(format!(
        "peer: {} (one process; minutes on the full corpus)…",
        script.display()
    ));
    let mut cmd = Command::new(python);
    cmd.arg(script).args(files).stdout(Stdio::piped());
    if let Some(l) = limit {
        cmd.args(["--limit", &l.to_string()]);
    }
    let (process, stdout) = run_child_output(&mut cmd)?;
    let line = stdout.lines().last().unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(line)
        .with_context(|| format!("peer printed no JSON result: {stdout:?}"))?;
    let f = |k: &str| v[k].as_f64().unwrap_or(0.0);
    let mb_per_s = rate(mb(f("bytes") as usize), f("seconds"));
    Ok(Peer {
        name: v["peer"].as_str().unwrap_or("peer").to_string(),
        documents: f("documents") as usize,
        bytes: f("bytes") as usize,
        seconds: f("seconds"),
        mb_per_s,
        docs_per_s: f("docs_per_s"),
        process,
        ratio_mb_per_s: rate(dossier_mb_per_s, mb_per_s),
        ratio_rss: rate(dossier_rss_mb, process.max_rss_mb),
    })
}

fn versions() -> Versions {
    let run = |cmd: &str, args: &[&str]| {
        Command::new(cmd)
            .args(args)
            .stderr(Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|s| !s.is_empty())
    };
    Versions {
        version: env!("CARGO_PKG_VERSION").to_string(),
        commit: run("git", &["rev-parse", "--short", "HEAD"]),
        rustc: run("rustc", &["--version"]),
    }
}

fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn machine(cores: usize, load_start: Option<f64>) -> Machine {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|s| {
        s.lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split(':').nth(1))
            .map(|m| m.trim().to_string())
    });
    let mem_total_mb = std::fs::read_to_string("/proc/meminfo").ok().and_then(|s| {
        s.lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map(|kb| kb / 1024)
    });
    Machine {
        cpu,
        cores,
        mem_total_mb,
        load_start,
        load_end: load_average(),
    }
}

#[path = "bench_render.rs"]
mod render;
use render::{render_table, svg_plot, targets};
