//! `dossier merge`: fold `dossier extract` output into a store, without extracting again.
//!
//! Extraction is a pure JSONL → JSONL filter, so it can run anywhere (Spark `rdd.pipe`, Beam,
//! a shell loop over shards); this command brings the records home. Claim keys are computed
//! from the extraction alone (the same BLAKE3 keys `extract` prints and the store uses), and
//! statuses are computed from the ledger ordered by publication, so shards merged in any order
//! give the same claims, ledgers and statuses as one `dossier ingest` of the whole input.
//!
//! Each line is one extraction record (the `dossier extract` contract). The contract carries no
//! document text, so merged documents are stored without it (no full-text search, `dossier doc`
//! shows the facts only) unless the record also has a top-level `"text"` field holding the
//! normalised text, which is then checked against `document.id` and stored.

use crate::cli::MergeArgs;
use crate::pipeline::{self, Tally};
use anyhow::Result;
use dossier_core::{Document, Extraction};
use dossier_store::Incoming;
use serde::Deserialize;
use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// One line of input: an extraction record, optionally with the document text.
#[derive(Deserialize)]
struct Record {
    #[serde(flatten)]
    extraction: Extraction,
    #[serde(default)]
    text: Option<String>,
}

/// A parsed record waiting for its batch.
struct Pending {
    document: Document,
    extraction: Extraction,
    origin: String,
}

pub fn run(args: MergeArgs) -> Result<ExitCode> {
    let mut store = crate::open(&args.db.db)?;
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut batch: Vec<Pending> = Vec::with_capacity(pipeline::BATCH);
    let mut batches = 0usize;
    let mut flush = |batch: &mut Vec<Pending>, tally: &mut Tally| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let incoming: Vec<Incoming> = batch
            .iter()
            .map(|p| Incoming {
                document: &p.document,
                extraction: &p.extraction,
                origin: &p.origin,
            })
            .collect();
        let outcome = store.put_batch(&incoming)?;
        tally.new += outcome.new;
        tally.duplicates += outcome.duplicates;
        batch.clear();
        batches += 1;
        if !args.quiet && batches.is_multiple_of(20) {
            eprintln!(
                "merge: {} records read, {} new, {} duplicates, {} rejected",
                tally.read, tally.new, tally.duplicates, tally.rejected
            );
        }
        Ok(())
    };
    for input in &args.inputs {
        for_each_line(input, &mut |origin, line| {
            match line.and_then(parse) {
                Ok(p) => {
                    tally.read += 1;
                    batch.push(Pending {
                        document: p.0,
                        extraction: p.1,
                        origin,
                    });
                }
                Err(reason) => {
                    tally.rejected += 1;
                    eprintln!("{origin}: {reason}");
                }
            }
            if batch.len() >= pipeline::BATCH {
                flush(&mut batch, &mut tally)?;
            }
            Ok(())
        })?;
    }
    flush(&mut batch, &mut tally)?;
    if !args.quiet {
        eprintln!(
            "{}",
            pipeline::summary(&tally, started.elapsed()).replacen("documents", "records", 1)
        );
    }
    Ok(if tally.rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Parse one line into the document to store and its extraction.
fn parse(line: &[u8]) -> std::result::Result<(Document, Extraction), String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not UTF-8 ({e})"))?;
    let record: Record =
        serde_json::from_str(line).map_err(|e| format!("not a dossier extraction record: {e}"))?;
    let header = record.extraction.document.clone();
    if header.id.trim().is_empty() {
        return Err("not a dossier extraction record: document.id is empty".into());
    }
    let text = match record.text {
        Some(text) => {
            let id = dossier_core::text::document_id(&text);
            if id != header.id {
                return Err(format!(
                    "\"text\" does not match document.id (its hash is {id}); pass the normalised text or leave it out"
                ));
            }
            text
        }
        None => String::new(),
    };
    Ok((Document { header, text }, record.extraction))
}

/// Call `f(origin, line)` for each non-blank line of `input` (a file, a directory of files read
/// in name order, or `-`). An unreadable input is passed to `f` as an `Err` line, so it is
/// reported and counted like a broken line.
fn for_each_line(input: &str, f: &mut dyn FnMut(String, Line) -> Result<()>) -> Result<()> {
    if input == "-" {
        let stdin = std::io::stdin();
        return read_lines(dossier_ingest::STDIN_NAME, stdin.lock(), f);
    }
    let path = Path::new(input);
    if path.is_dir() {
        let mut entries: Vec<_> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
            Err(e) => return f(input.to_string(), unreadable(&e)),
        };
        entries.sort();
        for entry in entries {
            let name = entry
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Spark and Hadoop write `_SUCCESS` markers and `.part-*.crc` checksums beside the
            // part files.
            if name.starts_with('.') || name.starts_with('_') {
                continue;
            }
            for_each_line(&entry.to_string_lossy(), f)?;
        }
        return Ok(());
    }
    match std::fs::File::open(path) {
        Ok(file) => read_lines(input, std::io::BufReader::new(file), f),
        Err(e) => f(input.to_string(), unreadable(&e)),
    }
}

/// A line's bytes, or why the input could not be read there.
type Line<'a> = std::result::Result<&'a [u8], String>;

fn unreadable<'a>(e: &std::io::Error) -> Line<'a> {
    Err(format!("cannot read: {e}"))
}

fn read_lines(
    name: &str,
    mut reader: impl BufRead,
    f: &mut dyn FnMut(String, Line) -> Result<()>,
) -> Result<()> {
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        buf.clear();
        let n = match reader.read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(e) => return f(format!("{name}:{}", line_no + 1), unreadable(&e)),
        };
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        let line = buf.trim_ascii();
        if line.is_empty() {
            continue;
        }
        f(format!("{name}:{line_no}"), Ok(line))?;
    }
}
