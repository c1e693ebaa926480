//! `dossier enqueue` and `dossier worker`: concurrent ingest over a PostgreSQL queue.
//!
//! `enqueue` reads inputs exactly like `ingest` (same readers, same `file:line` rejections, exit
//! 1 if any) but only queues the normalised documents. Each `worker` process then claims
//! batches with `FOR UPDATE SKIP LOCKED`, extracts them with the same function as `ingest`
//! ([`pipeline::extract_one`], article stances included), writes them with the store's
//! `put_batch`, and deletes the claimed rows in the claim's transaction.
//!
//! At-least-once delivery + idempotent store = exactly-once effect: a worker killed mid-batch
//! loses its connection and with it the transaction and row locks, so another worker claims the
//! batch again; a worker killed between the store's commit and the queue's commit leaves rows
//! that are processed again, and the store counts those documents as duplicates without
//! changing anything (see `dossier_store::queue`).

use crate::cli::{DbArg, EnqueueArgs, QueueArg, ReadArgs, WorkerArgs};
use crate::pipeline;
use anyhow::{bail, Context, Result};
use dossier_core::lexicon::Lexicon;
use dossier_core::Extraction;
use dossier_ingest::Item;
use dossier_store::queue::{Job, Queue};
use dossier_store::{is_postgres_url, Backend, BatchOutcome, Incoming};
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Test-only hook: milliseconds a worker sleeps right after claiming a batch (while it holds
/// the row locks), so a test can kill it mid-batch. Not for production use.
pub const PAUSE_ENV: &str = "DOSSIER_WORKER_PAUSE_MS";

/// Longest sleep between polls of an empty queue.
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// The queue's URL: `--queue`, else `--db` when it is a PostgreSQL URL.
fn queue_url(queue: &QueueArg, db: &DbArg) -> Result<String> {
    if let Some(url) = queue.queue.as_ref().filter(|u| !u.trim().is_empty()) {
        return Ok(url.clone());
    }
    let db = &db.db;
    if is_postgres_url(db) {
        return Ok(db.clone());
    }
    bail!(
        "the queue lives in PostgreSQL: pass --db postgres://user@host/db (or --queue postgres://…); got --db {db}"
    )
}

/// `dossier enqueue`: read inputs, queue their documents (no extraction), print a summary.
pub fn enqueue(args: EnqueueArgs) -> Result<ExitCode> {
    let url = queue_url(&args.queue, &args.db)?;
    let mut queue = Queue::connect(&url)?;
    let options = pipeline::ingest_options(&args.read);
    let started = Instant::now();
    let (mut read, mut added, mut rejected, mut warnings) = (0usize, 0usize, 0usize, 0usize);
    let mut batch: Vec<(dossier_core::Document, String)> = Vec::with_capacity(pipeline::BATCH);
    let mut failure: Option<anyhow::Error> = None;
    let mut flush = |batch: &mut Vec<(dossier_core::Document, String)>| -> Result<usize> {
        let refs: Vec<(&dossier_core::Document, &str)> =
            batch.iter().map(|(d, o)| (d, o.as_str())).collect();
        let n = queue.push(&refs)?;
        batch.clear();
        Ok(n)
    };
    dossier_ingest::read_inputs(&args.read.inputs, &options, &mut |item| {
        if failure.is_some() {
            return;
        }
        match item {
            Item::Doc { origin, doc } => {
                read += 1;
                batch.push((doc, origin.to_string()));
                if batch.len() >= pipeline::BATCH {
                    match flush(&mut batch) {
                        Ok(n) => added += n,
                        Err(e) => failure = Some(e),
                    }
                }
            }
            Item::Rejected { origin, reason } => {
                rejected += 1;
                eprintln!("{origin}: {reason}");
            }
            Item::Warning { origin, reason } => {
                warnings += 1;
                eprintln!("{origin}: warning: {reason}");
            }
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    if !batch.is_empty() {
        added += flush(&mut batch)?;
    }
    if !args.quiet {
        let counts = queue.counts()?;
        eprintln!(
            "{read} documents read: {added} queued, {} already queued, {rejected} rejected{} in {:.2} s; queue: {} pending, {} failed",
            read - added,
            if warnings > 0 { format!(", {warnings} warnings") } else { String::new() },
            started.elapsed().as_secs_f64(),
            counts.pending,
            counts.failed
        );
    }
    Ok(if rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What one worker did.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    batches: usize,
    /// Time spent extracting and storing (the rest is claiming, committing and waiting).
    extracting: Duration,
    storing: Duration,
    claimed: usize,
    new: usize,
    duplicates: usize,
    failed: usize,
}

/// `dossier worker`: claim, extract, store, delete, commit — until stopped, or until the queue
/// is empty with `--exit-when-empty`.
pub fn run(args: WorkerArgs) -> Result<ExitCode> {
    pipeline::set_jobs(args.jobs);
    let lexicon = pipeline::lexicon(&ReadArgs {
        inputs: Vec::new(),
        input_format: None,
        max_doc_bytes: dossier_ingest::DEFAULT_MAX_DOC_BYTES,
        lexicon: args.lexicon.clone(),
        attribution_model: None,
        jobs: args.jobs,
    })?;
    let url = queue_url(&args.queue, &args.db)?;
    let mut queue = Queue::connect(&url)?;
    let mut store = crate::open(&args.db.db)?;
    let pause = std::env::var(PAUSE_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_millis);
    let who = format!("worker {}", std::process::id());
    let started = Instant::now();
    let mut busy = Duration::ZERO;
    let mut tally = Tally::default();
    let mut backoff = Duration::from_millis(50);
    let mut lost = 0u32;
    loop {
        let step = one_batch(
            &mut queue,
            store.as_mut(),
            lexicon,
            args.batch,
            pause,
            &who,
            &mut tally,
        );
        match step {
            Ok(Some(took)) => {
                lost = 0;
                backoff = Duration::from_millis(50);
                busy += took;
                if !args.quiet {
                    eprintln!(
                        "{who}: batch {}: {} documents so far ({} new, {} duplicates, {} failed), {:.1} docs/s (extract {:.1} s, store {:.1} s)",
                        tally.batches,
                        tally.claimed,
                        tally.new,
                        tally.duplicates,
                        tally.failed,
                        rate(tally.claimed, busy),
                        tally.extracting.as_secs_f64(),
                        tally.storing.as_secs_f64()
                    );
                }
            }
            Ok(None) => {
                let counts = queue.counts()?;
                if args.exit_when_empty && counts.pending == 0 {
                    break;
                }
                // Nothing claimable: the queue is empty, or other workers hold what is left
                // (they may die, and then their rows come back). Poll with backoff.
                std::thread::sleep(backoff);
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
            Err(e) if connection_lost(&e) && lost < RECONNECTS => {
                // The server closed one of the two connections (restart, admin, network):
                // the claim's transaction is gone or rolled back, so its rows are pending again
                // and documents already stored come back as duplicates. Reconnect both and go on.
                lost += 1;
                eprintln!(
                    "{who}: lost a database connection ({e:#}); the batch goes back to the queue; reconnecting ({lost} of {RECONNECTS})"
                );
                std::thread::sleep(Duration::from_millis(200) * lost);
                queue = Queue::connect(&url).context("reconnecting to the queue")?;
                store = crate::open(&args.db.db).context("reconnecting to the store")?;
            }
            Err(e) => return Err(e),
        }
    }
    if !args.quiet {
        let elapsed = started.elapsed();
        eprintln!(
            "{who}: done: {} documents in {} batches: {} new, {} duplicates, {} failed in {:.2} s ({:.1} docs/s; extracting {:.2} s, storing {:.2} s)",
            tally.claimed,
            tally.batches,
            tally.new,
            tally.duplicates,
            tally.failed,
            elapsed.as_secs_f64(),
            rate(tally.claimed, elapsed),
            tally.extracting.as_secs_f64(),
            tally.storing.as_secs_f64()
        );
    }
    Ok(if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// How many times in a row a worker reconnects after losing a connection before giving up.
const RECONNECTS: u32 = 5;

/// Whether `e` says a database connection was closed under the worker (not a refused
/// statement): the batch can be retried on a new connection.
fn connection_lost(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<dossier_store::StoreError>()
            .is_some_and(|e| e.is_connection_lost())
            || c.downcast_ref::<dossier_store::queue::QueueError>()
                .is_some_and(|e| e.is_connection_lost())
    })
}

/// Claim one batch, extract and store it, and commit the claim. `Ok(None)`: nothing to claim;
/// `Ok(Some(time))`: a batch done. The tally counts a batch only once its claim is committed,
/// so a batch retried after an error is not counted twice.
fn one_batch(
    queue: &mut Queue,
    store: &mut dyn Backend,
    lexicon: &Lexicon,
    batch: usize,
    pause: Option<Duration>,
    who: &str,
    tally: &mut Tally,
) -> Result<Option<Duration>> {
    let claimed = queue.claim(batch).context("claiming a batch")?;
    if claimed.is_empty() {
        return Ok(None);
    }
    let batch_started = Instant::now();
    if let Some(p) = pause {
        std::thread::sleep(p);
    }
    let mut times = Tally::default();
    let (failed, outcome) = process(store, lexicon, &claimed.jobs, &mut times)?;
    for (id, reason) in &claimed.broken {
        eprintln!("{who}: queued document {id} failed: {reason}");
    }
    for (id, reason) in &failed {
        let origin = claimed
            .jobs
            .iter()
            .find(|j| &j.document.header.id == id)
            .map_or("?", |j| j.origin.as_str());
        eprintln!("{origin}: {reason} (document {id} marked failed in the queue)");
    }
    let (jobs, broken) = (claimed.jobs.len(), claimed.broken.len());
    claimed
        .finish(&failed)
        .context("committing the claimed batch")?;
    tally.batches += 1;
    tally.claimed += jobs + broken;
    tally.failed += broken + failed.len();
    tally.new += outcome.new;
    tally.duplicates += outcome.duplicates;
    tally.extracting += times.extracting;
    tally.storing += times.storing;
    Ok(Some(batch_started.elapsed()))
}

fn rate(n: usize, d: Duration) -> f64 {
    let s = d.as_secs_f64();
    if s > 0.0 {
        n as f64 / s
    } else {
        0.0
    }
}

/// Extract and store one claimed batch. Returns the documents to mark failed (id, reason) and
/// what the store did. An error means nothing could be stored (e.g. the store is unreachable):
/// the caller then lets the claim roll back so the batch is retried.
fn process(
    store: &mut dyn Backend,
    lexicon: &Lexicon,
    jobs: &[Job],
    tally: &mut Tally,
) -> Result<(Vec<(String, String)>, BatchOutcome)> {
    let mut outcome = BatchOutcome::default();
    // Documents the store already has need no extraction (a retried batch, or the same text
    // queued under two origins).
    let mut todo: Vec<&Job> = Vec::with_capacity(jobs.len());
    for job in jobs {
        if store.contains(&job.document.header.id)? {
            outcome.duplicates += 1;
        } else {
            todo.push(job);
        }
    }
    let extract_started = Instant::now();
    let results: Vec<std::result::Result<Extraction, String>> = todo
        .par_iter()
        .map(|job| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                pipeline::extract_one(&job.document, lexicon)
            }))
            .map_err(|panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                format!("extraction failed: {what}")
            })
        })
        .collect();
    tally.extracting += extract_started.elapsed();
    let mut failed: Vec<(String, String)> = Vec::new();
    let mut ok: Vec<(&Job, Extraction)> = Vec::with_capacity(todo.len());
    for (job, result) in todo.into_iter().zip(results) {
        match result {
            Ok(x) => ok.push((job, x)),
            Err(reason) => failed.push((job.document.header.id.clone(), reason)),
        }
    }
    let incoming: Vec<Incoming> = ok
        .iter()
        .map(|(job, x)| Incoming {
            document: &job.document,
            extraction: x,
            origin: &job.origin,
        })
        .collect();
    if incoming.is_empty() {
        return Ok((failed, outcome));
    }
    let store_started = Instant::now();
    let stored = store.put_batch(&incoming);
    tally.storing += store_started.elapsed();
    match stored {
        Ok(o) => {
            outcome.new += o.new;
            outcome.duplicates += o.duplicates;
        }
        Err(batch_error) => {
            // One document the store refuses must not hold back the others: store them one by
            // one and give up only on those refused alone. If every one is refused, the store
            // itself is failing: report it and let the batch be retried later.
            let mut refused = Vec::new();
            for item in &incoming {
                match store.put_batch(std::slice::from_ref(item)) {
                    Ok(o) => {
                        outcome.new += o.new;
                        outcome.duplicates += o.duplicates;
                    }
                    Err(e) => refused.push((
                        item.document.header.id.clone(),
                        format!("the store refused it: {e}"),
                    )),
                }
            }
            if refused.len() == incoming.len() {
                return Err(anyhow::Error::new(batch_error).context("storing a claimed batch"));
            }
            failed.extend(refused);
        }
    }
    Ok((failed, outcome))
}
