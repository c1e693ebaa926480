//! The read → extract → (store | print) loop shared by `ingest`, `extract` and `demo`.
//!
//! Documents stream from the readers into batches; each batch is extracted in parallel (rayon)
//! and handed to a sink in input order (`ingest`: several batches per transaction), the sink
//! writing while later batches are extracted.
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

/// Read every input, extract each document with `lexicon`, and call `sink` with the documents
/// in input order, `group` documents at a time (whole batches: [`BATCH`] for `extract`,
/// [`GROUP`] for `ingest`'s group commit; fewer at the end, when the group's text passes
/// [`GROUP_BYTES`] or when its oldest batch has waited [`GROUP_WAIT`]).
///
/// Extraction and the sink overlap: when a batch is full it starts extracting on its own thread
/// (rayon underneath) while the sink is handed the oldest batches extracted, on this thread, once
/// [`AHEAD`] batches (or half a group's, up to [`AHEAD_MAX`]) are extracting (see [`ahead`]). At most that
/// many batches plus a group plus one being read are alive, so memory stays bounded by the
/// batch and group sizes. The sink still sees every document once, in input order, and a sink
/// error stops reading at once (the batches in flight are dropped, as unread input was before).
///
/// `skip` lets the caller drop documents before extraction (e.g. already stored); it runs on
/// this thread, between sink calls. Rejections and warnings are printed to stderr as
/// `file[:line]: reason` as they happen.
#[allow(clippy::too_many_arguments)] // the loop's whole configuration, passed once
pub fn run(
    inputs: &[String],
    options: &Options,
    lexicon: &Lexicon,
    progress: &Progress,
    tally: &mut Tally,
    group: usize,
    mut skip: impl FnMut(&Document) -> bool,
    mut sink: impl FnMut(&[Read], &[Extraction], &mut Tally) -> Result<()>,
) -> Result<()> {
    let trace = Trace::from_env();
    let group_batches = group.div_ceil(BATCH).max(1);
    // Enough batches extracting to cover a group's write (half a group: writing a document
    // costs about half what extracting it does), so extraction does not idle while the sink
    // writes one.
    let ahead = ahead().max((group_batches / 2).min(AHEAD_MAX));
    std::thread::scope(|scope| {
        let mut in_flight: VecDeque<std::thread::ScopedJoinHandle<'_, Extracted>> =
            VecDeque::with_capacity(ahead + 1);
        let (mut batches, mut written) = (0usize, 0usize);
        // The extracted batches not yet handed to the sink, and when the oldest was.
        let mut pending: Extracted = (Vec::new(), Vec::new());
        let (mut pending_batches, mut pending_since, mut pending_bytes) =
            (0usize, Instant::now(), 0usize);
        // Start extracting `full` (if any); once `ahead` batches are extracting, or at the end
        // (`full` empty), move the oldest to the group; hand the group to the sink when it is
        // full, old, or the input ended.
        let mut hand_off = |full: Vec<Read>, tally: &mut Tally| -> Result<()> {
            let last = full.is_empty();
            if !last {
                let n = batches;
                batches += 1;
                in_flight.push_back(scope.spawn(move || {
                    let t0 = trace.now();
                    let out = extract_batch(full, lexicon);
                    trace.span("extract", n, t0);
                    out
                }));
            }
            loop {
                // The oldest batch must go once too many are extracting (or at the end); it may
                // go as soon as it is extracted, so a group fills while later batches extract.
                let must = in_flight.len() > ahead || (last && !in_flight.is_empty());
                let ready = in_flight.front().is_some_and(|h| h.is_finished());
                if must || ready {
                    if let Some(oldest) = in_flight.pop_front() {
                        let t0 = trace.now();
                        let (reads, extractions) = oldest
                            .join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                        trace.span("wait", written, t0);
                        if pending_batches == 0 {
                            pending_since = Instant::now();
                        }
                        pending_bytes += reads.iter().map(|r| r.document.text.len()).sum::<usize>();
                        pending.0.extend(reads);
                        pending.1.extend(extractions);
                        pending_batches += 1;
                    }
                }
                let flush = pending_batches > 0
                    && (pending_batches >= group_batches
                        || pending_bytes >= GROUP_BYTES
                        || (last && in_flight.is_empty())
                        || pending_since.elapsed() >= GROUP_WAIT);
                if flush {
                    let t0 = trace.now();
                    sink(&pending.0, &pending.1, tally)?;
                    trace.span("sink", written, t0);
                    pending.0.clear();
                    pending.1.clear();
                    (pending_batches, pending_bytes) = (0, 0);
                    written += 1;
                }
                if !(must || ready) {
                    break;
                }
            }
            Ok(())
        };
        let mut batch: Vec<Read> = Vec::with_capacity(BATCH);
        let mut failure: Option<anyhow::Error> = None;
        dossier_ingest::read_inputs(inputs, options, &mut |item| {
            if failure.is_some() {
                return;
            }
            match item {
                Item::Doc { origin, doc } => {
                    tally.read += 1;
                    progress.tick(tally);
                    if skip(&doc) {
                        tally.duplicates += 1;
                        return;
                    }
                    batch.push(Read {
                        origin,
                        document: doc,
                    });
                    if batch.len() >= BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        if let Err(e) = hand_off(full, tally) {
                            failure = Some(e);
                        }
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
        });
        if let Some(e) = failure {
            return Err(e);
        }
        // The last (partial) batch starts; then every batch still in flight is written.
        hand_off(batch, tally)?;
        hand_off(Vec::new(), tally)
    })
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

    fn now(&self) -> Option<Instant> {
        self.0.map(|_| Instant::now())
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
