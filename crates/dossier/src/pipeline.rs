//! The read → extract → (store | print) loop shared by `ingest`, `extract` and `demo`.
//!
//! Documents stream from the readers into batches; each batch is extracted in parallel (rayon)
//! and handed to a sink in input order, the sink writing batch N while batch N + 1 is extracted.
//! Memory is bounded by the batch size (three batches at most), not the input.

use crate::cli::{InputFormat, ReadArgs};
use anyhow::{Context, Result};
use dossier_core::lexicon::Lexicon;
use dossier_core::{Document, Extraction};
use dossier_ingest::{Item, Options, Origin};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Documents extracted together and written in one transaction.
pub const BATCH: usize = 256;

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

/// Read every input, extract each document with `lexicon`, and call `sink` with each batch in
/// input order.
///
/// Extraction and the sink overlap: when a batch is full it starts extracting on its own thread
/// (rayon underneath) while the sink is handed the batch extracted before it, on this thread. At
/// most three batches are alive (one being read, one extracting, one in the sink), so memory
/// stays bounded by the batch size. The sink still sees every batch once, in input order, and a
/// sink error stops reading at once (the batch in flight is dropped, as unread input was before).
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
    mut skip: impl FnMut(&Document) -> bool,
    mut sink: impl FnMut(&[Read], &[Extraction], &mut Tally) -> Result<()>,
) -> Result<()> {
    std::thread::scope(|scope| {
        let mut in_flight: Option<std::thread::ScopedJoinHandle<'_, Extracted>> = None;
        // Start extracting `full` (if any), then pass the batch extracted before it to the sink.
        let mut hand_off = |full: Vec<Read>, tally: &mut Tally| -> Result<()> {
            let next =
                (!full.is_empty()).then(|| scope.spawn(move || extract_batch(full, lexicon)));
            match std::mem::replace(&mut in_flight, next) {
                Some(previous) => {
                    let (reads, extractions) = previous
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    sink(&reads, &extractions, tally)
                }
                None => Ok(()),
            }
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
        // The last (partial) batch starts; the one before it is written; then the last.
        hand_off(batch, tally)?;
        hand_off(Vec::new(), tally)
    })
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
