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
}

#[derive(Args, Debug)]
pub struct EvalVeracityArgs {
    /// The Emergent folder (edata_all.csv, url-versions-2015-06-14-clean-test.csv).
    #[arg(long, default_value = "../shared/data/stance/emergent")]
    pub data: PathBuf,
}

/// `dossier eval claims`.
pub fn claims(args: EvalClaimsArgs) -> Result<ExitCode> {
    let report = dossier_eval::claims::eval_claims(&dossier_eval::claims::ClaimsOptions {
        gold: args.gold,
        data: args.data,
        split: args.split,
        verbose: args.verbose,
    })?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}

/// `dossier eval veracity`.
pub fn veracity(args: EvalVeracityArgs) -> Result<ExitCode> {
    let report =
        dossier_eval::veracity::eval_veracity(&args.data, dossier_stance::StanceModel::embedded())?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}
