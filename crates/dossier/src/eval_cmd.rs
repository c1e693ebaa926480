//! `dossier eval claims` and `dossier eval veracity`: arguments and glue (the scoring lives in
//! `dossier-eval`).

use anyhow::Result;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct EvalClaimsArgs {
    /// The shared data folder the gold articles are read from (FNC-1 train bodies, PolNeAR
    /// train/dev texts).
    #[arg(long, env = "DOSSIER_SHARED_DATA", default_value = "../shared/data")]
    pub data: PathBuf,
    /// The gold set (tune.jsonl, heldout.jsonl, GUIDE.md).
    #[arg(long, default_value = "tests/fixtures/gold")]
    pub gold: PathBuf,
    /// Which half to score: tune, heldout, or all (both, reported separately).
    #[arg(long, default_value = "all", value_parser = ["tune", "heldout", "all"])]
    pub split: String,
    /// List every false positive, miss and wrong speaker.
    #[arg(long)]
    pub verbose: bool,
    /// Count the claim misses and false positives by cause, and the event misses and false
    /// positives by cause (the miss taxonomies); with --verbose, each item's cause too.
    #[arg(long)]
    pub misses: bool,
}

#[derive(Args, Debug)]
pub struct EvalVeracityArgs {
    /// The Emergent folder (edata_all.csv, url-versions-2015-06-14-clean-test.csv).
    #[arg(long, default_value = "../shared/data/stance/emergent")]
    pub data: PathBuf,
    /// Also print up to N train claims (never test) whose computed status misses the label,
    /// with the ledger entry read from each headline.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub explain_train: usize,
    /// Also print every train claim (never test), hit or miss, the same way.
    #[arg(long)]
    pub list_train: bool,
}

/// `dossier eval claims`.
pub fn claims(args: EvalClaimsArgs) -> Result<ExitCode> {
    let report = dossier_eval::claims::eval_claims(&dossier_eval::claims::ClaimsOptions {
        gold: args.gold,
        data: args.data,
        split: args.split,
        verbose: args.verbose,
        misses: args.misses,
    })?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}

/// `dossier eval veracity`.
pub fn veracity(args: EvalVeracityArgs) -> Result<ExitCode> {
    let report =
        dossier_eval::veracity::eval_veracity(&args.data, dossier_stance::StanceModel::embedded())?;
    print!("{report}");
    for m in report
        .train_listing
        .iter()
        .filter(|m| !m.hit)
        .take(args.explain_train)
    {
        print!("{}", m.text);
    }
    if args.list_train {
        for m in &report.train_listing {
            print!("{} {}", if m.hit { "HIT " } else { "MISS" }, m.text);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `dossier train attribution`: the cue model on PolNeAR train, threshold chosen on dev.
pub fn train_attribution(args: crate::cli::TrainAttributionArgs) -> Result<ExitCode> {
    let t =
        dossier_eval::attribution_model::train_polnear(&args.data, "train", "dev", args.epochs)?;
    let r = &t.rules_only;
    eprintln!(
        "examples {} (positive {}), epochs {}",
        t.examples, t.positives, args.epochs
    );
    eprintln!(
        "dev, rules only:      P {:.3} R {:.3} F1 {:.3} source {:.3}",
        r.precision(),
        r.recall(),
        r.f1(),
        r.speaker_accuracy()
    );
    for (thr, r) in &t.sweep {
        eprintln!(
            "dev, threshold {thr:>4}: P {:.3} R {:.3} F1 {:.3} source {:.3}",
            r.precision(),
            r.recall(),
            r.f1(),
            r.speaker_accuracy()
        );
    }
    std::fs::write(&args.out, t.model.to_text())
        .map_err(|e| anyhow::anyhow!("{}: cannot write model: {e}", args.out.display()))?;
    eprintln!(
        "wrote {} (threshold {}; local use only: PolNeAR has no data licence)",
        args.out.display(),
        t.model.threshold
    );
    Ok(ExitCode::SUCCESS)
}
