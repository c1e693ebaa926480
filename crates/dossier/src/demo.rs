//! `dossier demo`: ingest the bundled sample corpus into a fresh database and show what dossier
//! knows about it.

use crate::cli::DemoArgs;
use crate::output::{opt, table};
use crate::pipeline::{self, Progress, Tally};
use anyhow::{bail, Context, Result};
use dossier_store::{Incoming, Page, Store};
use std::path::Path;
use std::process::ExitCode;

/// The sample corpus (see data/demo/README.md: illustrative texts, not reporting).
const CORPUS: &[u8] = include_bytes!("../../../data/demo/corpus.jsonl");

pub fn run(args: DemoArgs) -> Result<ExitCode> {
    fresh_database(&args.db)?;
    let mut store = Store::open(&args.db)?;
    let progress = Progress::new(true);
    let mut tally = Tally::default();
    let options = dossier_ingest::Options::default();
    let mut rejected = Vec::new();
    let mut batch = Vec::new();
    dossier_ingest::read_bytes(
        "demo/corpus.jsonl",
        CORPUS,
        &options,
        &mut |item| match item {
            dossier_ingest::Item::Doc { origin, doc } => batch.push((origin.to_string(), doc)),
            dossier_ingest::Item::Rejected { origin, reason }
            | dossier_ingest::Item::Warning { origin, reason } => {
                rejected.push(format!("{origin}: {reason}"))
            }
        },
    );
    if !rejected.is_empty() {
        bail!(
            "the bundled corpus has bad records: {}",
            rejected.join("; ")
        );
    }
    tally.read = batch.len();
    let extractions: Vec<_> = batch
        .iter()
        .map(|(_, d)| pipeline::extract_one(d, dossier_core::lexicon::Lexicon::embedded()))
        .collect();
    let incoming: Vec<Incoming> = batch
        .iter()
        .zip(&extractions)
        .map(|((origin, d), x)| Incoming {
            document: d,
            extraction: x,
            origin,
        })
        .collect();
    let outcome = store.put_batch(&incoming)?;
    tally.new = outcome.new;
    tally.duplicates = outcome.duplicates;
    let elapsed = progress.finish();

    println!("dossier demo — {}", pipeline::summary(&tally, elapsed));
    println!(
        "database: {} (explore it with --db {0})\n",
        args.db.display()
    );

    let stats = store.stats()?;
    println!(
        "{} articles from {} outlets, {} … {}: {} actors, {} attributed statements, {} events\n",
        stats.documents,
        stats.outlets,
        opt(&stats.first_published),
        opt(&stats.last_published),
        stats.actors,
        stats.statements,
        stats.events
    );

    println!("Articles");
    let docs = store.documents(Page {
        limit: 100,
        offset: 0,
    })?;
    let mut rows: Vec<Vec<String>> = docs
        .iter()
        .map(|d| {
            vec![
                opt(&d.published),
                opt(&d.outlet),
                opt(&d.title),
                d.statements.to_string(),
            ]
        })
        .collect();
    rows.reverse();
    print!(
        "{}",
        table(&["PUBLISHED", "OUTLET", "TITLE", "STMTS"], &rows)
    );

    let actors = store.actors(Page {
        limit: 12,
        offset: 0,
    })?;
    if !actors.is_empty() {
        println!("\nMost mentioned actors");
        let rows: Vec<Vec<String>> = actors
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    a.name.clone(),
                    a.kind.clone(),
                    a.documents.to_string(),
                    a.mentions.to_string(),
                ]
            })
            .collect();
        print!(
            "{}",
            table(&["ID", "NAME", "KIND", "DOCS", "MENTIONS"], &rows)
        );
    }

    // One article read closely: the first whose statements carry a relay chain.
    let mut chosen: Option<dossier_core::Extraction> = None;
    store.for_each_extraction(|x| {
        if chosen.is_none() && x.statements.iter().any(|s| !s.via.is_empty()) {
            chosen = Some(x);
        }
    })?;
    if let Some(x) = chosen {
        println!(
            "\nWho said what in “{}” ({}, {})",
            opt(&x.document.title),
            opt(&x.document.outlet),
            opt(&x.document.published)
        );
        let rows: Vec<Vec<String>> = x
            .statements
            .iter()
            .map(|s| {
                let via: Vec<&str> = s.via.iter().map(|v| v.name.as_str()).collect();
                vec![
                    format!(
                        "{} “{}”",
                        s.speaker.name,
                        s.speaker.mention.as_ref().map_or("", |m| m.text.as_str())
                    ),
                    s.cue.text.clone(),
                    crate::output::snake(&s.mode),
                    crate::output::snake(&s.stance),
                    crate::output::snake(&s.sourcing),
                    via.join(" → "),
                    s.content.text.clone(),
                ]
            })
            .collect();
        print!(
            "{}",
            table(
                &[
                    "SPEAKER “MENTION”",
                    "CUE",
                    "MODE",
                    "STANCE",
                    "SOURCING",
                    "VIA",
                    "CONTENT"
                ],
                &rows
            )
        );
    }
    let claims = store.claims(
        &Default::default(),
        Page {
            limit: 20,
            offset: 0,
        },
    )?;
    println!("\nThe claims board");
    crate::claims::print_board(&store, &claims)?;
    if let Some(top) = claims.first() {
        let related = store.related_claims(top, 5)?;
        println!(
            "\nBrief of the most documented claim (dossier brief {})\n",
            &top.id[..10]
        );
        print!(
            "{}",
            dossier_core::brief::brief(top, &related).to_markdown()
        );
    }
    println!("\nNext: dossier docs --db {0} · dossier search --db {0} missiles · dossier actors --db {0}", args.db.display());
    Ok(ExitCode::SUCCESS)
}

/// Remove an earlier demo database at `path`; refuse to touch a file that is not one.
fn fresh_database(path: &Path) -> Result<()> {
    if path.exists() {
        let is_store = Store::open(path).is_ok();
        if !is_store {
            bail!(
                "{}: exists and is not a dossier database; choose another --db",
                path.display()
            );
        }
        for suffix in ["", "-wal", "-shm"] {
            let p = format!("{}{suffix}", path.display());
            if Path::new(&p).exists() {
                std::fs::remove_file(&p).with_context(|| format!("{p}: cannot remove"))?;
            }
        }
    }
    Ok(())
}
