//! `claims`, `claim`, `brief`, `contradictions`, `changes`: reading the claims ledger.

use crate::cli::{self, BriefFormat, OutputFormat, StatusArg};
use crate::output::{opt, print_rows, table};
use anyhow::{Context, Result};
use dossier_core::brief::brief;
use dossier_core::dates::Shown;
use dossier_core::ledger::{ClaimRecord, ClaimStatus};
use dossier_store::{Backend, ClaimFilter, Page};
use std::process::ExitCode;

pub fn status(s: StatusArg) -> ClaimStatus {
    match s {
        StatusArg::Unverified => ClaimStatus::Unverified,
        StatusArg::Reported => ClaimStatus::Reported,
        StatusArg::Disputed => ClaimStatus::Disputed,
        StatusArg::Denied => ClaimStatus::Denied,
        StatusArg::Confirmed => ClaimStatus::Confirmed,
    }
}

fn page(l: &cli::ListArgs) -> Page {
    Page {
        limit: l.limit,
        offset: l.offset,
    }
}

pub fn claims(args: cli::ClaimsArgs) -> Result<ExitCode> {
    let store = crate::open(&args.list.db.db)?;
    let filter = ClaimFilter {
        status: args.status.map(status),
        actor: args.actor.clone(),
        since: args.since.clone(),
    };
    if args.list.format == OutputFormat::Table {
        // The board shows no ledger rows: its lines come from the claim rows alone.
        let rows = store.claims_board(&filter, page(&args.list))?;
        print_board(&*store, &rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows = store.claims(&filter, page(&args.list))?;
    print_rows(args.list.format, &rows, &[], |_| vec![])?;
    Ok(ExitCode::SUCCESS)
}

/// The claims board: counts per status, then one line per claim.
pub fn print_board(store: &dyn Backend, rows: &[ClaimRecord]) -> Result<()> {
    let counts = store.claim_counts()?;
    let summary: Vec<String> = counts
        .iter()
        .map(|(s, n)| format!("{n} {}", s.as_str()))
        .collect();
    println!(
        "Claims: {}",
        if summary.is_empty() {
            "none yet".to_string()
        } else {
            summary.join(" · ")
        }
    );
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|c| {
            vec![
                c.id[..10].to_string(),
                c.status.as_str().to_uppercase(),
                c.claim.clone(),
                c.ledger_total.unwrap_or(c.ledger.len()).to_string(),
                c.timeline
                    .last()
                    .and_then(|t| t.published.clone())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    print!(
        "{}",
        table(&["ID", "STATUS", "CLAIM", "LEDGER", "SINCE"], &body)
    );
    Ok(())
}

pub fn claim(args: cli::ClaimArgs) -> Result<ExitCode> {
    let store = crate::open(&args.db.db)?;
    let ledger = Page {
        limit: args.ledger_limit,
        offset: args.ledger_offset,
    };
    let c = store.claim_page(&args.id, ledger)?.with_context(|| {
        format!(
            "no claim with id {:?} in {}",
            args.id,
            crate::db_name(&args.db.db)
        )
    })?;
    let mut c = c;
    let hidden = hide_low_confidence(&*store, &mut c, args.min_confidence)?;
    if hidden > 0 {
        eprintln!(
            "{hidden} ledger row(s) below confidence {:.2} hidden (status counts every row)",
            args.min_confidence
        );
    }
    match args.format {
        OutputFormat::Table => print_claim(&c),
        _ => println!("{}", serde_json::to_string_pretty(&c)?),
    }
    Ok(ExitCode::SUCCESS)
}

/// A claim as a reader wants it: status and why, the ledger, the timeline. Dates are the
/// text's where it gives one, else the publication date, and say which.
pub fn print_claim(c: &ClaimRecord) {
    println!("{}  [{}]", c.claim, c.status.as_str().to_uppercase());
    println!("id {}", c.id);
    println!("{}\n", c.explanation);
    match c.ledger_total {
        Some(total) if total > c.ledger.len() => println!(
            "Ledger ({} of {total} rows; --ledger-offset for more)",
            c.ledger.len()
        ),
        _ => println!("Ledger"),
    }
    let rows: Vec<Vec<String>> = c
        .ledger
        .iter()
        .map(|e| {
            let mut speaker = e.speaker.name.clone();
            if !e.via.is_empty() {
                let chain: Vec<&str> = e.via.iter().map(|v| v.name.as_str()).collect();
                speaker = format!("{speaker} via {}", chain.join(" → "));
            }
            vec![
                Shown::new(e.date.as_ref(), e.published.as_deref()).to_string(),
                opt(&e.outlet),
                speaker,
                if e.source == dossier_core::ledger::EntrySource::Model {
                    format!("{} (model)", crate::output::snake(&e.stance))
                } else {
                    crate::output::snake(&e.stance)
                },
                crate::output::snake(&e.sourcing),
                e.evidence.text.clone(),
            ]
        })
        .collect();
    print!(
        "{}",
        table(
            &["DATE", "OUTLET", "SPEAKER", "STANCE", "SOURCING", "EVIDENCE"],
            &rows
        )
    );
    if !c.notes.is_empty() {
        println!("\nNotes (do not bear on status)");
        let rows: Vec<Vec<String>> = c
            .notes
            .iter()
            .map(|n| {
                vec![
                    opt(&n.published),
                    n.speaker.name.clone(),
                    crate::output::snake(&n.kind),
                    n.evidence.text.clone(),
                ]
            })
            .collect();
        print!(
            "{}",
            table(&["PUBLISHED", "SPEAKER", "KIND", "EVIDENCE"], &rows)
        );
    }
    println!("\nTimeline");
    for t in &c.timeline {
        println!(
            "  {}  {} → {}  ({})",
            Shown::new(t.date.as_ref(), t.published.as_deref()),
            t.from.map_or("–", |s| s.as_str()),
            t.to.as_str(),
            &t.document[..t.document.len().min(12)]
        );
    }
}

/// A brief quotes the whole ledger up to this many rows; a longer one is briefed from its first
/// row and the latest word of each voice (see `Backend::claim_digest`).
pub const BRIEF_LEDGER_ROWS: usize = 200;

/// `dossier repair`: rebuild claim aggregates from the ledger, report what differed.
pub fn repair(args: cli::RepairArgs) -> Result<ExitCode> {
    let mut store = crate::open(&args.db.db)?;
    let report = store.repair(args.dry_run)?;
    for d in &report.differences {
        eprintln!("claim {}: {} differed from its ledger", d.claim, d.field);
    }
    println!(
        "{} claims checked, {} {} ({} differences){}",
        report.claims,
        report.repaired,
        if args.dry_run {
            "would be repaired"
        } else {
            "repaired"
        },
        report.differences.len(),
        if args.dry_run {
            " — dry run, nothing written"
        } else {
            ""
        }
    );
    Ok(if args.dry_run && report.repaired > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn brief_cmd(args: cli::BriefArgs) -> Result<ExitCode> {
    let store = crate::open(&args.db.db)?;
    let claims: Vec<ClaimRecord> = match (&args.id, &args.actor) {
        (Some(id), _) => vec![store
            .claim_digest(id, BRIEF_LEDGER_ROWS)?
            .with_context(|| {
                format!("no claim with id {id:?} in {}", crate::db_name(&args.db.db))
            })?],
        (None, Some(actor)) => {
            let found = store.claims(
                &ClaimFilter {
                    actor: Some(actor.clone()),
                    ..Default::default()
                },
                Page {
                    limit: 100,
                    offset: 0,
                },
            )?;
            anyhow::ensure!(
                !found.is_empty(),
                "no claim about actor {actor:?} in {}",
                crate::db_name(&args.db.db)
            );
            let mut digests = Vec::new();
            for c in found {
                digests.extend(store.claim_digest(&c.id, BRIEF_LEDGER_ROWS)?);
            }
            digests
        }
        (None, None) => unreachable!("clap requires an id or --actor"),
    };
    let mut claims = claims;
    let mut hidden = 0;
    for c in &mut claims {
        hidden += hide_low_confidence(&*store, c, args.min_confidence)?;
    }
    if hidden > 0 {
        eprintln!(
            "{hidden} ledger row(s) below confidence {:.2} left out of the brief",
            args.min_confidence
        );
    }
    let mut briefs = Vec::new();
    for c in &claims {
        let related = store.related_claims(c, 5)?;
        briefs.push(brief(c, &related));
    }
    match args.format {
        BriefFormat::Md => {
            let texts: Vec<String> = briefs.iter().map(|b| b.to_markdown()).collect();
            print!("{}", texts.join("\n---\n\n"));
        }
        BriefFormat::Json => {
            if briefs.len() == 1 {
                println!("{}", serde_json::to_string_pretty(&briefs[0])?);
            } else {
                println!("{}", serde_json::to_string_pretty(&briefs)?);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn contradictions(args: cli::ListArgs) -> Result<ExitCode> {
    let store = crate::open(&args.db.db)?;
    let rows = store.contradictions(page(&args))?;
    print_rows(
        args.format,
        &rows,
        &["CLAIM", "STATUS", "ASSERTS", "DENIES"],
        |c| {
            vec![
                c.text.clone(),
                c.status.as_str().to_string(),
                format!("{} ({})", c.asserts.speaker.name, opt(&c.asserts.published)),
                format!("{} ({})", c.denies.speaker.name, opt(&c.denies.published)),
            ]
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

pub fn changes(args: cli::ChangesArgs) -> Result<ExitCode> {
    use crate::watch::alert::{Alert, WatchList};
    let store = crate::open(&args.list.db.db)?;
    let list = WatchList {
        claims: args.claims.clone(),
        actor: args.actor.clone(),
    };
    // A watch list filters after the query, so it pages over every change since the date.
    let rows = if list.is_empty() {
        store.changes(&args.since, page(&args.list))?
    } else {
        let all = store.changes(
            &args.since,
            Page {
                limit: 1_000_000,
                offset: 0,
            },
        )?;
        let mut records: std::collections::BTreeMap<String, Option<ClaimRecord>> =
            Default::default();
        let mut kept = Vec::new();
        for c in all {
            if !records.contains_key(&c.claim) {
                records.insert(c.claim.clone(), store.claim(&c.claim)?);
            }
            if records[&c.claim].as_ref().is_some_and(|r| list.follows(r)) {
                kept.push(c);
            }
        }
        kept.into_iter()
            .skip(args.list.offset)
            .take(args.list.limit)
            .collect()
    };
    if args.list.format != OutputFormat::Table {
        // The alert objects `dossier watch` prints, with the evidence of each change.
        let mut alerts = Vec::with_capacity(rows.len());
        let mut last: Option<ClaimRecord> = None;
        for c in &rows {
            if last.as_ref().is_none_or(|r| r.id != c.claim) {
                last = store.claim(&c.claim)?;
            }
            if let Some(r) = &last {
                alerts.push(Alert::new(r, &c.change));
            }
        }
        print_rows(args.list.format, &alerts, &[], |_| Vec::new())?;
        return Ok(ExitCode::SUCCESS);
    }
    print_rows(
        args.list.format,
        &rows,
        &["PUBLISHED", "CLAIM", "FROM", "TO", "WHY"],
        |c| {
            vec![
                opt(&c.change.published),
                c.text.clone(),
                c.change.from.map_or("–", |s| s.as_str()).to_string(),
                c.change.to.as_str().to_string(),
                c.change.explanation.clone(),
            ]
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Hide the ledger rows of `c` whose statement's confidence is below `min`, reading each
/// document's statements from the store (`dossier_core::attribution::confidence`).
pub fn hide_low_confidence(
    store: &dyn dossier_store::Backend,
    c: &mut ClaimRecord,
    min: f32,
) -> Result<usize> {
    anyhow::ensure!(
        (0.0..=1.0).contains(&min),
        "--min-confidence must be between 0 and 1, got {min}"
    );
    let mut failed = None;
    let hidden = dossier_core::attribution::confidence::hide_low_confidence(c, min, |doc| {
        match store.document(doc) {
            Ok(d) => d.map(|d| d.extraction.statements),
            Err(e) => {
                failed.get_or_insert(e);
                None
            }
        }
    });
    if let Some(e) = failed {
        return Err(e.into());
    }
    Ok(hidden)
}
