//! The read → extract → (store | print) loop shared by `ingest`, `extract` and `demo`.
//!
//! Documents stream from a reader thread into batches; each batch is extracted in parallel
//! (rayon) and handed to a sink in input order as soon as it is extracted (`ingest`: written
//! into a group's open transaction, committed once per group), the sink writing while later
//! batches are extracted.
//! Memory is bounded by the batch and group sizes, not the input.

use crate::cli::{InputFormat, ReadArgs};
use anyhow::{Context, Result};
use dossier_core::lexicon::Lexicon;
use dossier_core::{Document, Extraction};
use dossier_ingest::{Item, Options, Origin};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::VecDeque;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Documents extracted together (one rayon `par_iter`), and the unit of `extract`'s output.
pub const BATCH: usize = 256;

/// Documents `ingest` writes in one transaction (group commit: the sink is handed several
/// extracted batches at once). A larger transaction shares more B-tree leaves and claim rows
/// between its documents and commits less often: store CPU per document at 100k–300k
/// documents, batches of 256 / 1,024 / 4,096, 4,581–4,773 / 5,027–5,125 / 5,991–6,324 docs per
/// CPU s (`dossier bench --grow` with `DOSSIER_GROW_BATCH`, BENCHMARKS.md, session 11).
/// `DOSSIER_INGEST_GROUP` overrides it.
pub const GROUP: usize = 4096;

/// A group is handed to the sink early once its documents' text passes this many bytes, so
/// long articles do not hold thousands of extractions in memory.
const GROUP_BYTES: usize = 32 << 20;

/// A group is handed to the sink early once its oldest batch has waited this long, so a slow
/// input (a feed piped in) is not held back uncommitted for long (checked as batches arrive),
/// and a killed ingest redoes at most this much work.
const GROUP_WAIT: Duration = Duration::from_secs(5);

/// Batches extracting ahead of the sink at most, whatever the group (memory).
const AHEAD_MAX: usize = 8;

/// [`GROUP`], or `DOSSIER_INGEST_GROUP` (1 to 65,536 documents; rounded up to whole batches).
pub fn group() -> usize {
    std::env::var("DOSSIER_INGEST_GROUP")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| (1..=65_536).contains(n))
        .unwrap_or(GROUP)
}

/// Counters for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub read: usize,
    pub new: usize,
    pub duplicates: usize,
    pub rejected: usize,
    pub warnings: usize,
}

/// One document read from an input, ready for extraction.
pub struct Read {
    pub origin: Origin,
    pub document: Document,
}

pub fn ingest_options(args: &ReadArgs) -> Options {
    Options {
        max_doc_bytes: args.max_doc_bytes,
        format: args.input_format.map(|f| match f {
            InputFormat::Text => dossier_ingest::Format::Text,
            InputFormat::Markdown => dossier_ingest::Format::Markdown,
            InputFormat::Html => dossier_ingest::Format::Html,
            InputFormat::Jsonl => dossier_ingest::Format::Jsonl,
            InputFormat::Feed => dossier_ingest::Format::Feed,
            InputFormat::Warc => dossier_ingest::Format::Warc,
        }),
    }
}

/// Configure the rayon pool once (`--jobs`).
pub fn set_jobs(jobs: Option<usize>) {
    if let Some(n) = jobs.filter(|&n| n > 0) {
        // Only fails if a pool exists already, which is fine.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
}

/// What the sink is handed each time a batch is extracted: the group so far (`reads` and
/// `extractions`, in input order), of which `reads[new..]` came in this call, and whether the
/// group ends here (`end`: commit it). A group is up to `group` documents; `extract` (groups of
/// one batch) prints each part, `ingest` writes each part into the group's open transaction as
/// it comes (SQLite) or the whole group at `end` (PostgreSQL).
pub struct Part<'a> {
    pub reads: &'a [Read],
    pub extractions: &'a [Extraction],
    pub new: usize,
    pub end: bool,
}

/// How long the input may stall while documents are on their way (read into a batch not yet
/// full, extracting, or written but not committed) before they are all extracted, written and
/// committed anyway, so a slow input (a feed piped in) neither holds the store's write lock
/// nor leaves what it sent unstored while it waits.
const STALL: Duration = Duration::from_secs(1);

/// Documents read ahead of the loop (the reader thread's channel).
const READ_AHEAD: usize = BATCH;

/// Read every input, extract each document with `lexicon`, and hand `sink` the documents in
/// input order, one extracted batch at a time, in groups of up to `group` documents (whole
/// batches: [`BATCH`] for `extract`, [`GROUP`] for `ingest`'s group commit; a group ends early
/// when its text passes [`GROUP_BYTES`], when its oldest batch has waited [`GROUP_WAIT`], when
/// the input stalls for [`STALL`], and at the end of the input). See [`Part`].
///
/// Three kinds of thread overlap: a reader thread reads and parses the inputs (documents
/// normalised and hashed there); each full batch extracts on its own thread (rayon
/// underneath); this thread drops known documents (`skip`), starts extractions and hands each
/// extracted batch to the sink as soon as it is extracted and every earlier one was handed, so
/// the sink writes while later batches extract — a group's writes are spread over its batches
/// instead of waiting for the whole group (issue 19). [`AHEAD`] batches (or half a group's, up
/// to [`AHEAD_MAX`]) extract at most (see [`ahead`]); with the group and [`READ_AHEAD`]
/// documents read, memory stays bounded by the batch and group sizes. A sink error stops the
/// loop at once (the batches in flight are dropped).
///
/// `skip` lets the caller drop documents before extraction (e.g. already stored); it runs on
/// this thread, between sink calls. Rejections and warnings are printed to stderr as
/// `file[:line]: reason` in input order.
#[allow(clippy::too_many_arguments)] // the loop's whole configuration, passed once
pub fn run(
    inputs: &[String],
    options: &Options,
    lexicon: &Lexicon,
    progress: &Progress,
    tally: &mut Tally,
    group: usize,
    mut skip: impl FnMut(&Document) -> bool,
    mut sink: impl FnMut(Part<'_>, &mut Tally) -> Result<()>,
) -> Result<()> {
    let trace = Trace::from_env();
    let stats = Stats::from_env();
    let group_batches = group.div_ceil(BATCH).max(1);
    // Enough batches extracting to cover a group's end (its claims brought up to date, the
    // commit), so extraction does not idle while the sink finishes one.
    let ahead = ahead().max((group_batches / 2).min(AHEAD_MAX));
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Item>(READ_AHEAD);
        let reader = scope.spawn(move || {
            dossier_ingest::read_inputs(inputs, options, &mut |item| {
                // The loop stopped (a sink error): the rest of the input is read and dropped.
                let _ = tx.send(item);
            });
            cpu_thread()
        });
        let mut flow = Flow {
            trace,
            stats,
            lexicon,
            scope,
            in_flight: VecDeque::with_capacity(ahead + 1),
            ahead,
            group_batches,
            batches: 0,
            written: 0,
            pending: (Vec::new(), Vec::new()),
            pending_batches: 0,
            pending_since: Instant::now(),
            pending_bytes: 0,
            handed: 0,
        };
        let mut batch: Vec<Read> = Vec::with_capacity(BATCH);
        loop {
            // Wait for input; while a group is open or batches extract, not for longer than
            // STALL: then the group is finished (written, committed) before waiting on.
            let busy = flow.pending_batches > 0 || !flow.in_flight.is_empty() || !batch.is_empty();
            let item = if busy {
                match rx.recv_timeout(STALL) {
                    Ok(item) => item,
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                        // Everything read so far is extracted, written and committed.
                        let part = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        if !part.is_empty() {
                            flow.hand_off(part, tally, &mut sink)?;
                        }
                        flow.hand_off(Vec::new(), tally, &mut sink)?;
                        continue;
                    }
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                }
            } else {
                match rx.recv() {
                    Ok(item) => item,
                    Err(_) => break,
                }
            };
            match item {
                Item::Doc { origin, doc } => {
                    tally.read += 1;
                    progress.tick(tally);
                    if skip(&doc) {
                        tally.duplicates += 1;
                        continue;
                    }
                    batch.push(Read {
                        origin,
                        document: doc,
                    });
                    if batch.len() >= BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        flow.hand_off(full, tally, &mut sink)?;
                    }
                }
                Item::Rejected { origin, reason } => {
                    tally.rejected += 1;
                    progress.println(format!("{origin}: {reason}"));
                }
                Item::Warning { origin, reason } => {
                    tally.warnings += 1;
                    progress.println(format!("{origin}: warning: {reason}"));
                }
            }
        }
        // The last (partial) batch starts; then every batch still in flight is written.
        flow.hand_off(batch, tally, &mut sink)?;
        flow.hand_off(Vec::new(), tally, &mut sink)?;
        let reader_cpu = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        flow.stats.report(reader_cpu);
        Ok(())
    })
}

/// The loop's state between the reader and the sink: batches extracting, and the group
/// handed to the sink so far.
struct Flow<'scope, 'env> {
    trace: Trace,
    stats: Stats,
    lexicon: &'env Lexicon,
    scope: &'scope std::thread::Scope<'scope, 'env>,
    in_flight: VecDeque<std::thread::ScopedJoinHandle<'scope, (Extracted, Span)>>,
    ahead: usize,
    group_batches: usize,
    /// Batches started, and groups ended.
    batches: usize,
    written: usize,
    /// The group so far (every batch of it handed to the sink), when its first batch came, its
    /// text's bytes.
    pending: Extracted,
    pending_batches: usize,
    pending_since: Instant,
    pending_bytes: usize,
    /// Documents of `pending` the sink has seen.
    handed: usize,
}

/// When a batch's extraction started and ended.
type Span = (Instant, Instant);

impl<'scope, 'env> Flow<'scope, 'env> {
    /// Start extracting `full` (if any); hand the sink the batches whose turn it is (the oldest
    /// must go once too many are extracting, or at the end: `full` empty; else at most one
    /// already extracted); end the group when it is full, old, or the input ended.
    fn hand_off(
        &mut self,
        full: Vec<Read>,
        tally: &mut Tally,
        sink: &mut impl FnMut(Part<'_>, &mut Tally) -> Result<()>,
    ) -> Result<()> {
        let last = full.is_empty();
        if !last {
            let n = self.batches;
            self.batches += 1;
            let (trace, lexicon) = (self.trace, self.lexicon);
            self.in_flight.push_back(self.scope.spawn(move || {
                let t0 = Instant::now();
                let out = extract_batch(full, lexicon);
                trace.span("extract", n, Some(t0));
                (out, (t0, Instant::now()))
            }));
        }
        // One batch extracted early is written per call (per batch started), not every one
        // that is: writing them all in a row would leave the cores without a batch to
        // extract while the writer works through them.
        let mut early = false;
        loop {
            let must = self.in_flight.len() > self.ahead || (last && !self.in_flight.is_empty());
            let ready = !early && self.in_flight.front().is_some_and(|h| h.is_finished());
            early |= ready && !must;
            if must || ready {
                if let Some(oldest) = self.in_flight.pop_front() {
                    let t0 = Instant::now();
                    let ((reads, extractions), span) = oldest
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    self.trace.span("wait", self.written, Some(t0));
                    self.stats.waited(t0, span);
                    if self.pending_batches == 0 {
                        self.pending_since = Instant::now();
                    }
                    self.pending_bytes +=
                        reads.iter().map(|r| r.document.text.len()).sum::<usize>();
                    self.pending.0.extend(reads);
                    self.pending.1.extend(extractions);
                    self.pending_batches += 1;
                }
            }
            let end = self.pending_batches > 0
                && (self.pending_batches >= self.group_batches
                    || self.pending_bytes >= GROUP_BYTES
                    || (last && self.in_flight.is_empty())
                    || self.pending_since.elapsed() >= GROUP_WAIT);
            if end || self.handed < self.pending.0.len() {
                let (t0, c0) = (Instant::now(), cpu_thread());
                sink(
                    Part {
                        reads: &self.pending.0,
                        extractions: &self.pending.1,
                        new: self.handed,
                        end,
                    },
                    tally,
                )?;
                self.trace
                    .span(if end { "sink" } else { "part" }, self.written, Some(t0));
                self.stats.sank(t0, cpu_thread() - c0);
                self.handed = self.pending.0.len();
                if end {
                    self.pending.0.clear();
                    self.pending.1.clear();
                    (self.pending_batches, self.pending_bytes, self.handed) = (0, 0, 0);
                    self.written += 1;
                }
            }
            if !(must || ready) {
                break;
            }
        }
        Ok(())
    }
}

/// Batches extracting while the sink writes an older one. Two: when one batch's extraction
/// ends before the write of the batch before it, the other keeps the cores busy, so neither
/// the writer nor extraction waits for the other over a batch's time (issue 19).
const AHEAD: usize = 2;

/// [`AHEAD`], or `DOSSIER_PIPELINE_AHEAD` (1 to 8) to compare depths on one binary.
fn ahead() -> usize {
    std::env::var("DOSSIER_PIPELINE_AHEAD")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| (1..=8).contains(n))
        .unwrap_or(AHEAD)
}

/// `DOSSIER_TRACE_PIPELINE=1`: one stderr line per stage of each batch (`extract`, the sink's
/// `wait` for it, `sink`), with start and end in ms since the loop began, to see where the wall
/// time goes.
#[derive(Clone, Copy)]
struct Trace(Option<Instant>);

impl Trace {
    fn from_env() -> Trace {
        Trace(std::env::var_os("DOSSIER_TRACE_PIPELINE").map(|_| Instant::now()))
    }

    fn span(&self, stage: &str, batch: usize, from: Option<Instant>) {
        if let (Some(origin), Some(from)) = (self.0, from) {
            let ms = |t: Instant| t.duration_since(origin).as_secs_f64() * 1e3;
            eprintln!(
                "pipeline: {stage} batch {batch} {:.1} {:.1}",
                ms(from),
                ms(Instant::now())
            );
        }
    }
}

/// `DOSSIER_PIPELINE_STATS=1`: one stderr line at the end of the loop saying where its time
/// went — wall and process CPU (cores busy), this thread's CPU and how much of it and of the
/// wall the sink took (the writer busy; the rest it waited for extraction or input), the
/// reader thread's CPU, and how long no batch was extracting (the other core idle unless the
/// writer used it), of which after the last extraction (the serial tail).
struct Stats(Option<Box<StatsData>>);

struct StatsData {
    started: Instant,
    process_cpu: f64,
    thread_cpu: f64,
    sink_wall: Duration,
    sink_cpu: f64,
    wait_wall: Duration,
    spans: Vec<Span>,
}

impl Stats {
    fn from_env() -> Stats {
        Stats(std::env::var_os("DOSSIER_PIPELINE_STATS").map(|_| {
            Box::new(StatsData {
                started: Instant::now(),
                process_cpu: crate::bench::cpu_self(),
                thread_cpu: cpu_thread(),
                sink_wall: Duration::ZERO,
                sink_cpu: 0.0,
                wait_wall: Duration::ZERO,
                spans: Vec::new(),
            })
        }))
    }

    /// This thread waited from `from` for a batch extracted over `span`.
    fn waited(&mut self, from: Instant, span: Span) {
        if let Some(d) = &mut self.0 {
            d.wait_wall += from.elapsed();
            d.spans.push(span);
        }
    }

    /// The sink ran from `from` to now, using `cpu` seconds of this thread.
    fn sank(&mut self, from: Instant, cpu: f64) {
        if let Some(d) = &mut self.0 {
            d.sink_wall += from.elapsed();
            d.sink_cpu += cpu;
        }
    }

    fn report(&self, reader_cpu: f64) {
        let Some(d) = &self.0 else { return };
        let end = Instant::now();
        let wall = end.duration_since(d.started).as_secs_f64();
        let cpu = crate::bench::cpu_self() - d.process_cpu;
        // Time with at least one batch extracting: the union of the spans (they start in order).
        let mut spans = d.spans.clone();
        spans.sort_by_key(|s| s.0);
        let (mut busy, mut reach) = (0.0, d.started);
        for &(a, b) in &spans {
            let a = a.max(reach);
            if b > a {
                busy += b.duration_since(a).as_secs_f64();
                reach = b;
            }
        }
        let tail = end.duration_since(reach.max(d.started)).as_secs_f64();
        let sink = d.sink_wall.as_secs_f64();
        eprintln!(
            "pipeline: {wall:.2} s wall, {cpu:.2} s CPU ({:.2} cores busy); writer thread {:.2} s CPU: sink {sink:.2} s wall / {:.2} s CPU, idle {:.2} s (waiting for extraction {:.2} s); reader thread {reader_cpu:.2} s CPU; no batch extracting {:.2} s, of which {tail:.2} s after the last",
            cpu / wall.max(1e-9),
            cpu_thread() - d.thread_cpu,
            d.sink_cpu,
            wall - sink,
            d.wait_wall.as_secs_f64(),
            wall - busy,
        );
    }
}

/// CPU seconds used so far by the calling thread.
fn cpu_thread() -> f64 {
    // SAFETY: clock_gettime only writes into the zeroed struct we own.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// A batch and its extractions, in the same order.
type Extracted = (Vec<Read>, Vec<Extraction>);

fn extract_batch(batch: Vec<Read>, lexicon: &Lexicon) -> Extracted {
    let extractions = batch
        .par_iter()
        .map(|r| extract_one(&r.document, lexicon))
        .collect();
    (batch, extractions)
}

/// Everything dossier extracts from one document: core's facts plus the article stances.
pub fn extract_one(doc: &Document, lexicon: &Lexicon) -> Extraction {
    let mut x = dossier_core::extract_with(doc, lexicon);
    dossier_stance::annotate(doc, &mut x);
    x
}

/// A spinner on stderr when it is a terminal and not `--quiet`; silent otherwise.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
        }
    }

    fn tick(&self, t: &Tally) {
        if let Some(bar) = &self.bar {
            if t.read.is_multiple_of(64) {
                bar.set_message(format!(
                    "{} read, {} new, {} duplicates, {} rejected",
                    t.read, t.new, t.duplicates, t.rejected
                ));
            }
        }
    }

    /// Print a line without tearing the spinner.
    pub fn println(&self, line: String) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    pub fn finish(&self) -> Duration {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        self.started.elapsed()
    }
}

/// The closing line of an ingest: counts, time and rate.
pub fn summary(t: &Tally, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    let rate = if secs > 0.0 {
        t.read as f64 / secs
    } else {
        0.0
    };
    format!(
        "{} documents read: {} new, {} duplicates, {} rejected{} in {:.2} s ({:.0} docs/s)",
        t.read,
        t.new,
        t.duplicates,
        t.rejected,
        if t.warnings > 0 {
            format!(", {} warnings", t.warnings)
        } else {
            String::new()
        },
        secs,
        rate
    )
}

/// The lexicon to extract with: the embedded one, or it overlaid with the `*.tsv` files of
/// `--lexicon DIR` (same names and format as `data/lexicon/`; errors as `file:line: reason`).
/// An overlay lives for the whole process, so it is leaked once rather than reference-counted.
pub fn lexicon(args: &ReadArgs) -> Result<&'static Lexicon> {
    let lex = overlay_lexicon(args)?;
    let Some(path) = &args.attribution_model else {
        return Ok(lex);
    };
    // The learned attribution cue model rides with the lexicon into core (decoded here).
    let model = dossier_eval::attribution_model::load(path)?;
    let mut with_model = lex.clone();
    with_model.attribution_model = Some(std::sync::Arc::new(model));
    Ok(Box::leak(Box::new(with_model)))
}

fn overlay_lexicon(args: &ReadArgs) -> Result<&'static Lexicon> {
    let Some(dir) = &args.lexicon else {
        return Ok(Lexicon::embedded());
    };
    let mut files: Vec<(String, String)> = Vec::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read lexicon directory", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "tsv") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("{}: cannot read", path.display()))?;
            files.push((name, text));
        }
    }
    files.sort();
    anyhow::ensure!(
        !files.is_empty(),
        "{}: no .tsv lexicon files in this directory",
        dir.display()
    );
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let lex = Lexicon::with_overlay(&refs).map_err(|e| anyhow::anyhow!("{}/{e}", dir.display()))?;
    Ok(Box::leak(Box::new(lex)))
}
