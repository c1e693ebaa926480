//! `dossier train syntax` and `dossier eval syntax`: the tagger/parser bundle of
//! `dossier-syntax`, trained and scored on the UD English treebanks.

use anyhow::{bail, Context, Result};
use clap::Args;
use dossier_syntax::conllu::{self, GoldSentence};
use dossier_syntax::{eval, train, Model};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The treebanks, as folder suffix and file stem under the data directory.
const TREEBANKS: [&str; 2] = ["ewt", "gum-open"];

#[derive(Args, Debug)]
pub struct TrainSyntaxArgs {
    /// The syntax data folder (ud-english-ewt/, ud-english-gum-open/).
    #[arg(long, default_value = "../shared/data/syntax")]
    pub data: PathBuf,
    /// Random seed (shuffling, exploration); same data and seed give the same bytes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Where to write the model bundle.
    #[arg(long, default_value = "data/models/syntax-en-ud.bin")]
    pub out: PathBuf,
    /// Training treebanks, comma-separated (ewt, gum-open).
    #[arg(long, default_value = "ewt,gum-open", value_delimiter = ',')]
    pub treebanks: Vec<String>,
    /// Tagger epochs (default: the shipped model's setting).
    #[arg(long)]
    pub tagger_epochs: Option<usize>,
    /// Parser epochs.
    #[arg(long)]
    pub parser_epochs: Option<usize>,
    /// Labeller epochs.
    #[arg(long)]
    pub label_epochs: Option<usize>,
    /// Jackknife folds for the tags the parser trains on (0: gold tags).
    #[arg(long)]
    pub jackknife: Option<usize>,
}

#[derive(Args, Debug)]
pub struct EvalSyntaxArgs {
    /// The syntax data folder (ud-english-ewt/, ud-english-gum-open/).
    #[arg(long, default_value = "../shared/data/syntax")]
    pub data: PathBuf,
    /// Split to score: dev for development, test for the shipped model's one report.
    #[arg(long, default_value = "test", value_parser = ["dev", "test"])]
    pub split: String,
    /// Model bundle to score (default: the embedded model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

fn read_split(data: &Path, tb: &str, split: &str) -> Result<Vec<GoldSentence>> {
    let p = data.join(format!("ud-english-{tb}/en_{tb}-ud-{split}.conllu"));
    let src = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
    conllu::parse(&src).with_context(|| format!("in {}", p.display()))
}

/// CPU time of the calling thread, in seconds (speed figures on a shared machine).
fn thread_cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

pub fn train_syntax(args: TrainSyntaxArgs) -> Result<ExitCode> {
    let mut opt = train::TrainOptions {
        seed: args.seed,
        ..Default::default()
    };
    if let Some(e) = args.tagger_epochs {
        opt.tagger_epochs = e;
    }
    if let Some(e) = args.parser_epochs {
        opt.parser_epochs = e;
    }
    if let Some(e) = args.label_epochs {
        opt.label_epochs = e;
    }
    if let Some(j) = args.jackknife {
        opt.jackknife = j;
    }
    let mut sents = Vec::new();
    for tb in &args.treebanks {
        if !TREEBANKS.contains(&tb.as_str()) {
            bail!("unknown treebank {tb:?} (known: {})", TREEBANKS.join(", "));
        }
        sents.extend(read_split(&args.data, tb, "train")?);
    }
    let t0 = Instant::now();
    let c0 = thread_cpu();
    eprintln!("{opt:?}");
    let model = train::train(&sents, &opt, &mut |s| {
        eprintln!("[{:6.1}s] {s}", t0.elapsed().as_secs_f64())
    });
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes); training took {:.0} s CPU, {:.0} s wall",
        args.out.display(),
        bytes.len(),
        thread_cpu() - c0,
        t0.elapsed().as_secs_f64()
    );
    let model = Model::from_bytes(&bytes).map_err(anyhow::Error::msg)?;
    for tb in TREEBANKS {
        let dev = read_split(&args.data, tb, "dev")?;
        println!(
            "en_{tb} dev (gold tokens): {}",
            eval::eval_gold_tokens(&model, &dev, &thread_cpu).line()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The two hand-checked news checks, embedded (no data needed): UPOS on wire-style sentences and
/// the arcs dossier's stages lean on. They judge a candidate model beside the treebank scores.
fn news_checks(model: &Model) -> Result<()> {
    use dossier_syntax::{newsarcs, newscheck};
    let sents = newscheck::read(newscheck::FIXTURE).map_err(anyhow::Error::msg)?;
    let (right, total, _) = newscheck::score(model, &sents);
    println!(
        "news check ({} sentences, gold tokens): UPOS {:.2} ({right}/{total})",
        sents.len(),
        100.0 * right as f64 / total.max(1) as f64
    );
    let sents = newsarcs::read(newsarcs::FIXTURE).map_err(anyhow::Error::msg)?;
    let sc = newsarcs::score(model, &sents);
    println!(
        "news arcs ({} sentences, gold tokens): {}",
        sents.len(),
        sc.line()
    );
    for m in &sc.misses {
        println!("  miss: want `{}`, got `{}`", m.want, m.got);
    }
    Ok(())
}

pub fn eval_syntax(args: EvalSyntaxArgs) -> Result<ExitCode> {
    let owned;
    let model: &Model = match &args.model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            owned = Model::from_bytes(&bytes)
                .map_err(anyhow::Error::msg)
                .with_context(|| format!("loading {}", p.display()))?;
            &owned
        }
        None => dossier_syntax::model::embedded(),
    };
    news_checks(model)?;
    for tb in TREEBANKS {
        let gold = read_split(&args.data, tb, &args.split)?;
        let g = eval::eval_gold_tokens(model, &gold, &thread_cpu);
        println!("en_{tb} {} (gold tokens): {}", args.split, g.line());
        let r = eval::eval_raw_text(model, &gold, &thread_cpu);
        println!("en_{tb} {} (raw text): {}", args.split, r.line());
    }
    Ok(ExitCode::SUCCESS)
}
