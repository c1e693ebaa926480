//! Train and evaluate the stance model without the full CLI.
//!
//! ```text
//! cargo run --release -p dossier-stance --example stance -- train ../shared/data/stance/fnc-1 data/models/stance-fnc1.bin
//! cargo run --release -p dossier-stance --example stance -- eval ../shared/data/stance [weights]
//! ```
//! Environment overrides for experiments: STANCE_EPOCHS, STANCE_HIDDEN, STANCE_VOCAB, STANCE_LR,
//! STANCE_DROPOUT, STANCE_L2, STANCE_BATCH, STANCE_SEED, STANCE_LIMIT, STANCE_REFIT=0.

use anyhow::{bail, Context, Result};
use dossier_stance::{eval, train, StanceModel};
use std::path::Path;

fn env<T: std::str::FromStr>(k: &str) -> Option<T> {
    std::env::var(k).ok().and_then(|v| v.parse().ok())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("train") if args.len() >= 3 => {
            let d = train::TrainOptions::default();
            let opts = train::TrainOptions {
                seed: env("STANCE_SEED").unwrap_or(d.seed),
                limit: env("STANCE_LIMIT"),
                progress: true,
                max_epochs: env("STANCE_EPOCHS").unwrap_or(d.max_epochs),
                hidden: env("STANCE_HIDDEN").unwrap_or(d.hidden),
                vocab_size: env("STANCE_VOCAB").unwrap_or(d.vocab_size),
                lr: env("STANCE_LR").unwrap_or(d.lr),
                l2: env("STANCE_L2").unwrap_or(d.l2),
                dropout: env("STANCE_DROPOUT").unwrap_or(d.dropout),
                batch: env("STANCE_BATCH").unwrap_or(d.batch),
                refit: env::<u8>("STANCE_REFIT").unwrap_or(1) == 1,
                headline_head: env::<u8>("STANCE_HEAD").unwrap_or(1) == 1,
                class_weights: match std::env::var("STANCE_CW") {
                    Ok(v) => {
                        let w: Vec<f32> =
                            v.split(',').filter_map(|x| x.trim().parse().ok()).collect();
                        if w.len() != 4 {
                            bail!("STANCE_CW needs four weights, e.g. 1,3,1,1");
                        }
                        [w[0], w[1], w[2], w[3]]
                    }
                    Err(_) => d.class_weights,
                },
                holdout: match std::env::var("STANCE_HOLDOUT").as_deref() {
                    Ok("baseline") => train::Holdout::BaselineBodies,
                    _ => train::Holdout::Claims,
                },
            };
            let (model, report) = train::train(Path::new(&args[1]), &opts)?;
            println!("{report}");
            let bytes = model.to_bytes();
            std::fs::write(&args[2], &bytes)
                .with_context(|| format!("{}: cannot write", args[2]))?;
            println!("wrote {} ({} bytes)", args[2], bytes.len());
        }
        Some("head") if args.len() >= 4 => {
            // retrain only the Emergent headline stage of an existing weights file
            let b = std::fs::read(&args[1]).with_context(|| format!("{}: cannot read", args[1]))?;
            let mut model = StanceModel::from_bytes(&b)?;
            let opts = train::TrainOptions {
                progress: true,
                ..Default::default()
            };
            let (e, acc) = train::fit_headline_head(&mut model, Path::new(&args[2]), &opts)?;
            println!(
                "headline stage: {e} epochs, {:.2} % on held-out claims",
                100.0 * acc
            );
            std::fs::write(&args[3], model.to_bytes())?;
        }
        Some("eval") if args.len() >= 2 => {
            let owned;
            let model: &StanceModel = match args.get(2) {
                Some(p) => {
                    let b = std::fs::read(p).with_context(|| format!("{p}: cannot read"))?;
                    owned = StanceModel::from_bytes(&b).with_context(|| p.to_string())?;
                    &owned
                }
                None => StanceModel::embedded(),
            };
            let root = Path::new(&args[1]);
            println!("{}", eval::eval_fnc(model, &root.join("fnc-1"))?);
            println!("{}", eval::eval_emergent(model, &root.join("emergent"))?);
        }
        _ => bail!("usage: stance train FNC_DIR OUT | stance eval STANCE_DIR [WEIGHTS]"),
    }
    Ok(())
}
