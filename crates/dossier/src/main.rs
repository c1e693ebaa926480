//! `dossier`: a thin binary that parses arguments and wires the library crates together.

/// mimalloc: extraction and store reads allocate many small strings; measured faster than the
/// system allocator on both (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod bench;
mod bench_chunks;
mod bench_store;
mod claims;
mod cli;
mod demo;
mod eval_cmd;
mod merge;
mod output;
mod pipeline;
mod serve;
mod syntax_cmd;
mod watch;
mod worker;

use anyhow::{Context, Result};
use clap::Parser;
use cli::{Cli, Command, OutputFormat};
use dossier_store::{Backend, Incoming, Page};
use output::{opt, print_rows};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Like other Unix filters, end quietly when the reader goes away (`dossier brief … | head`)
    // instead of panicking in `println!` on a broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of one signal at start-up, before any thread
    // exists; no Rust state depends on SIGPIPE being ignored.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // One line, with its causes, no backtrace.
            let mut msg = format!("dossier: {e}");
            for cause in e.chain().skip(1) {
                msg.push_str(&format!(": {cause}"));
            }
            eprintln!("{msg}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest(args) => ingest(args),
        Command::Extract(args) => extract(args),
        Command::Docs(args) => {
            let store = open(&args.db.db)?;
            let rows = store.documents(Page {
                limit: args.limit,
                offset: args.offset,
            })?;
            print_rows(
                args.format,
                &rows,
                &["ID", "PUBLISHED", "OUTLET", "TITLE", "STMTS", "EVENTS"],
                |d| {
                    vec![
                        d.id[..12].to_string(),
                        opt(&d.published),
                        opt(&d.outlet),
                        opt(&d.title),
                        d.statements.to_string(),
                        d.events.to_string(),
                    ]
                },
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Doc(args) => show_document(args),
        Command::Search(args) => {
            let store = open(&args.list.db.db)?;
            let hits = store.search(
                &args.query,
                Page {
                    limit: args.list.limit,
                    offset: args.list.offset,
                },
            )?;
            if hits.is_empty() && args.list.format == OutputFormat::Table {
                eprintln!("no document matches {:?}", args.query);
            }
            print_rows(
                args.list.format,
                &hits,
                &["ID", "PUBLISHED", "OUTLET", "TITLE", "SNIPPET"],
                |h| {
                    vec![
                        h.id[..12].to_string(),
                        opt(&h.published),
                        opt(&h.outlet),
                        opt(&h.title),
                        h.snippet.clone(),
                    ]
                },
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats(args) => {
            let store = open(&args.db.db)?;
            let stats = store.stats()?;
            match args.format {
                OutputFormat::Table => {
                    let outlets = store.outlets()?;
                    println!("database      {}", store.location());
                    println!("documents     {}", stats.documents);
                    println!("characters    {}", stats.chars);
                    println!("outlets       {}", stats.outlets);
                    println!("actors        {}", stats.actors);
                    println!("statements    {}", stats.statements);
                    println!("events        {}", stats.events);
                    println!(
                        "published     {} … {}",
                        opt(&stats.first_published),
                        opt(&stats.last_published)
                    );
                    println!("schema        v{}", stats.schema_version);
                    for (outlet, n) in outlets {
                        println!("  {n:>6}  {outlet}");
                    }
                }
                _ => println!("{}", serde_json::to_string_pretty(&stats)?),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Actors(args) => {
            let store = open(&args.db.db)?;
            let rows = store.actors(Page {
                limit: args.limit,
                offset: args.offset,
            })?;
            print_rows(
                args.format,
                &rows,
                &["ID", "NAME", "KIND", "COUNTRY", "DOCS", "MENTIONS", "STMTS"],
                |a| {
                    vec![
                        a.id.clone(),
                        a.name.clone(),
                        a.kind.clone(),
                        opt(&a.country),
                        a.documents.to_string(),
                        a.mentions.to_string(),
                        a.statements.to_string(),
                    ]
                },
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims(args) => claims::claims(args),
        Command::Claim(args) => claims::claim(args),
        Command::Brief(args) => claims::brief_cmd(args),
        Command::Contradictions(args) => claims::contradictions(args),
        Command::Changes(args) => claims::changes(args),
        Command::Graph(args) => graph(args),
        Command::Export(args) => export(args),
        Command::Demo(args) => demo::run(args),
        Command::Eval(cli::EvalCommand::Attribution(args)) => {
            let model = args
                .attribution_model
                .as_deref()
                .map(dossier_eval::attribution_model::load)
                .transpose()?;
            let report = match &args.polnear {
                Some(dir) if args.misses => {
                    let m = dossier_eval::attribution_misses::polnear_misses(dir, &args.split)?;
                    println!("{m}");
                    return Ok(ExitCode::SUCCESS);
                }
                Some(dir) if !args.confidence_sweep.is_empty() => {
                    let reps = dossier_eval::attribution::sweep_polnear_with(
                        dir,
                        &args.split,
                        &args.confidence_sweep,
                        model.as_ref(),
                    )?;
                    for (t, rep) in reps {
                        println!(
                            "min confidence {t:.2}: P {:.3} R {:.3} F1 {:.3} source accuracy {:.3}",
                            rep.precision(),
                            rep.recall(),
                            rep.f1(),
                            rep.speaker_accuracy()
                        );
                    }
                    return Ok(ExitCode::SUCCESS);
                }
                Some(dir) => {
                    dossier_eval::attribution::eval_polnear_with(dir, &args.split, model.as_ref())?
                }
                None => dossier_eval::attribution::eval_fixtures(&args.fixtures)?,
            };
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(cli::EvalCommand::Stance(args)) => eval_stance(args),
        Command::Eval(cli::EvalCommand::Claims(args)) => eval_cmd::claims(args),
        Command::Eval(cli::EvalCommand::Veracity(args)) => eval_cmd::veracity(args),
        Command::Eval(cli::EvalCommand::Events(args)) => {
            let (report, listings) =
                dossier_eval::events::eval_all_listed(&args.data, args.verbose)?;
            for l in &listings {
                println!("== {}\n{}", l.name, l.lines);
            }
            for l in &listings {
                print!("{}", l.summary());
            }
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Train(cli::TrainCommand::Stance(args)) => train_stance(args),
        Command::Train(cli::TrainCommand::Syntax(args)) => syntax_cmd::train_syntax(args),
        Command::Train(cli::TrainCommand::Attribution(args)) => eval_cmd::train_attribution(args),
        Command::Eval(cli::EvalCommand::Syntax(args)) => syntax_cmd::eval_syntax(args),
        Command::Serve(args) => serve::run(args),
        Command::Enqueue(args) => worker::enqueue(args),
        Command::Worker(args) => worker::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Repair(args) => claims::repair(args),
        Command::Watch(args) => watch::run(args),
    }
}

/// Open the store `--db` names: a SQLite file path or a `postgres://` URL.
pub fn open(spec: &str) -> Result<Box<dyn Backend>> {
    Ok(dossier_store::open(spec)?)
}

/// How to name a `--db` value in messages (a URL's password replaced by `***`).
pub fn db_name(spec: &str) -> String {
    dossier_store::redact_url(spec)
}

/// `dossier ingest`: read, extract, store; print a summary line.
fn ingest(args: cli::IngestArgs) -> Result<ExitCode> {
    pipeline::set_jobs(args.read.jobs);
    let lexicon = pipeline::lexicon(&args.read)?;
    let mut store = open(&args.db.db)?;
    let (tally, elapsed) = ingest_into(&mut *store, lexicon, &args.read, args.quiet)?;
    if !args.quiet {
        eprintln!("{}", pipeline::summary(&tally, elapsed));
    }
    Ok(exit_code(&tally))
}

/// Ingest `inputs` into an open store. Documents already stored are skipped before extraction.
pub fn ingest_into(
    store: &mut dyn Backend,
    lexicon: &dossier_core::lexicon::Lexicon,
    read: &cli::ReadArgs,
    quiet: bool,
) -> Result<(pipeline::Tally, std::time::Duration)> {
    let options = pipeline::ingest_options(read);
    let progress = pipeline::Progress::new(quiet);
    let mut tally = pipeline::Tally::default();
    let store_cell = std::cell::RefCell::new(store);
    let result = pipeline::run(
        &read.inputs,
        &options,
        lexicon,
        &progress,
        &mut tally,
        pipeline::group(),
        |doc| {
            store_cell
                .borrow()
                .contains(&doc.header.id)
                .unwrap_or(false)
        },
        |part, tally| {
            let mut store = store_cell.borrow_mut();
            // SQLite writes each part into the group's open transaction; PostgreSQL takes the
            // whole group at its end (see `Backend::streams_groups`).
            let streams = store.streams_groups();
            if !streams && !part.end {
                return Ok(());
            }
            let from = if streams { part.new } else { 0 };
            let origins: Vec<String> = part.reads[from..]
                .iter()
                .map(|r| r.origin.to_string())
                .collect();
            let incoming: Vec<Incoming> = part.reads[from..]
                .iter()
                .zip(&part.extractions[from..])
                .zip(&origins)
                .map(|((r, x), origin)| Incoming {
                    document: &r.document,
                    extraction: x,
                    origin,
                })
                .collect();
            let outcome = if streams {
                store.put_part(&incoming, part.end)?
            } else {
                store.put_batch(&incoming)?
            };
            tally.new += outcome.new;
            tally.duplicates += outcome.duplicates;
            Ok(())
        },
    );
    if result.is_err() {
        // A group left open by the error is not kept (as a kill would leave it).
        store_cell.borrow_mut().abort_group();
    }
    result?;
    Ok((tally, progress.finish()))
}

/// `dossier extract`: one JSON record per document on stdout, in input order.
fn extract(args: cli::ExtractArgs) -> Result<ExitCode> {
    pipeline::set_jobs(args.read.jobs);
    let lexicon = pipeline::lexicon(&args.read)?;
    let options = pipeline::ingest_options(&args.read);
    let progress = pipeline::Progress::new(true);
    let mut tally = pipeline::Tally::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let pretty = args.format == cli::ExtractFormat::Pretty;
    let result = pipeline::run(
        &args.read.inputs,
        &options,
        lexicon,
        &progress,
        &mut tally,
        pipeline::BATCH,
        |_| false,
        |part, _| {
            for x in &part.extractions[part.new..] {
                if pretty {
                    serde_json::to_writer_pretty(&mut out, x)?;
                } else {
                    serde_json::to_writer(&mut out, x)?;
                }
                out.write_all(b"\n")?;
            }
            Ok(())
        },
    );
    result.and_then(|()| Ok(out.flush()?))?;
    Ok(exit_code(&tally))
}

fn exit_code(t: &pipeline::Tally) -> ExitCode {
    if t.rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `dossier doc ID`: the text and its facts.
fn show_document(args: cli::DocArgs) -> Result<ExitCode> {
    let store = open(&args.db.db)?;
    let stored = store.document(&args.id)?.with_context(|| {
        format!(
            "no document with id {:?} in {}",
            args.id,
            db_name(&args.db.db)
        )
    })?;
    match args.format {
        OutputFormat::Table => {
            let h = &stored.document.header;
            println!("id         {}", h.id);
            println!("title      {}", opt(&h.title));
            println!("outlet     {}", opt(&h.outlet));
            println!("published  {}", opt(&h.published));
            println!("url        {}", opt(&h.url));
            println!("origin     {}", opt(&stored.origin));
            println!();
            println!("{}", stored.document.text);
            let x = &stored.extraction;
            if !x.actors.is_empty() {
                println!("\nActors");
                for a in &x.actors {
                    println!(
                        "  {:<28} {:<32} {} mentions",
                        a.id,
                        a.name,
                        a.mentions.len()
                    );
                }
            }
            if !x.statements.is_empty() {
                println!("\nStatements");
                for s in &x.statements {
                    println!(
                        "  {} {} [{}, {}, {}] “{}”",
                        s.speaker.name,
                        s.cue.text,
                        output::snake(&s.mode),
                        output::snake(&s.stance),
                        output::snake(&s.sourcing),
                        s.content.text
                    );
                }
            }
        }
        _ => println!("{}", serde_json::to_string_pretty(&stored.extraction)?),
    }
    Ok(ExitCode::SUCCESS)
}

/// `dossier graph`: edges as JSON, CSV or Graphviz dot.
fn graph(args: cli::GraphArgs) -> Result<ExitCode> {
    let store = open(&args.db.db)?;
    let edges = store.graph(args.from.as_deref(), args.to.as_deref())?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        cli::GraphFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &edges)?;
            writeln!(out)?;
        }
        cli::GraphFormat::Csv => {
            writeln!(
                out,
                "source,target,month,events,mean_goldstein,strongest_document,strongest"
            )?;
            for e in &edges {
                writeln!(
                    out,
                    "{},{},{},{},{:.2},{},\"{}\"",
                    e.source,
                    e.target,
                    e.month,
                    e.events,
                    e.mean_goldstein,
                    e.strongest_document,
                    e.strongest.replace('"', "\"\"")
                )?;
            }
        }
        cli::GraphFormat::Dot => {
            writeln!(out, "digraph relations {{\n  rankdir=LR;")?;
            for e in &edges {
                let colour = if e.mean_goldstein < 0.0 {
                    "firebrick"
                } else {
                    "forestgreen"
                };
                writeln!(
                    out,
                    "  \"{}\" -> \"{}\" [label=\"{} · {}× · {:+.1}\", color={colour}];",
                    e.source_name.replace('"', "'"),
                    e.target_name.replace('"', "'"),
                    e.month,
                    e.events,
                    e.mean_goldstein
                )?;
            }
            writeln!(out, "}}")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `dossier export`: to stdout or `--output FILE`; prints the record count on stderr.
fn export(args: cli::ExportArgs) -> Result<ExitCode> {
    let store = open(&args.db.db)?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = match args.format {
        cli::ExportFormat::Jsonl => store.export_jsonl(&mut out)?,
        cli::ExportFormat::Csv => store.export_claims_csv(&mut out)?,
        cli::ExportFormat::Claimreview => store.export_claimreview(&mut out)?,
        cli::ExportFormat::Gdelt => store.export_gdelt(&mut out)?,
        cli::ExportFormat::Plover => store.export_plover(&mut out)?,
    };
    out.flush()?;
    eprintln!("{n} records exported");
    Ok(ExitCode::SUCCESS)
}

/// `dossier eval stance`: FNC-1 competition test and Emergent test, with the embedded model or
/// `--model FILE`.
fn eval_stance(args: cli::EvalStanceArgs) -> Result<ExitCode> {
    use dossier_stance::StanceModel;
    let owned;
    let model: &StanceModel = match &args.model {
        Some(p) => {
            let bytes =
                std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?;
            owned = StanceModel::from_bytes(&bytes)
                .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            &owned
        }
        None => StanceModel::embedded(),
    };
    let fnc = dossier_stance::eval::eval_fnc(model, &args.data.join("fnc-1"))?;
    println!("{fnc}");
    let emergent = dossier_stance::eval::eval_emergent(model, &args.data.join("emergent"))?;
    println!("{emergent}");
    Ok(ExitCode::SUCCESS)
}

/// `dossier train stance`: train, write the weights, print the training report.
fn train_stance(args: cli::TrainStanceArgs) -> Result<ExitCode> {
    let opts = dossier_stance::train::TrainOptions {
        seed: args.seed,
        limit: args.limit,
        progress: true,
        ..Default::default()
    };
    let (model, report) = dossier_stance::train::train(&args.data, &opts)?;
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("{}: cannot write", args.out.display()))?;
    println!("{report}");
    eprintln!("wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(ExitCode::SUCCESS)
}
