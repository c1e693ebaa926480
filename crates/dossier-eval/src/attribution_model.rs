//! Training the learned attribution cue decision (`dossier train attribution`).
//!
//! Examples are the candidate predicates of [`dossier_core::attribution::model::candidate`]
//! the rules do not read themselves: positive when the candidate's cue word lies in a gold cue
//! of the corpus. An averaged perceptron is trained on one split (PolNeAR `train`) and its
//! threshold chosen by content F1 on another (`dev`). PolNeAR has no licence for its data: a
//! model trained on it is for local use only, never committed or shipped (its default path is
//! in `.gitignore`).

use crate::attribution::{polnear_docs, GoldAttr, Report};
use anyhow::{Context, Result};
use dossier_core::attribution::model::{candidate, features, ruled, CueModel};
use std::path::Path;

/// The examples of one document: features of every candidate, labelled by the gold cues.
pub(crate) fn examples(text: &str, gold: &[GoldAttr]) -> Vec<(Vec<u64>, bool)> {
    let doc = dossier_core::syntax::parse(text);
    let offsets = dossier_core::text::Offsets::new(text);
    let mut cues: Vec<(usize, usize)> = gold.iter().flat_map(|g| g.cue_spans.clone()).collect();
    cues.sort_unstable();
    let mut out = Vec::new();
    for ci in 0..doc.tokens.len() {
        if ruled(&doc, ci) {
            continue;
        }
        let Some(c) = candidate(&doc, text, ci) else {
            continue;
        };
        let t = &doc.tokens[ci];
        let (s, e) = (
            offsets.char_offset(t.start as usize),
            offsets.char_offset(t.end as usize),
        );
        let i = cues.partition_point(|&(_, ce)| ce <= s);
        let yes = cues.get(i).is_some_and(|&(cs, _)| cs < e);
        out.push((features(&doc, text, &c), yes));
    }
    out
}

/// A training run's outcome: the model and what was measured on the way.
pub struct Trained {
    pub model: CueModel,
    pub examples: usize,
    pub positives: usize,
    /// (threshold, tuning-split report) for every threshold tried.
    pub sweep: Vec<(f32, Report)>,
    /// The tuning split's report without a model.
    pub rules_only: Report,
}

/// Thresholds tried on the tuning split.
const THRESHOLDS: &[f32] = &[0.0, 0.5, 1.0, 2.0, 4.0];

/// Train on PolNeAR `train_split` under `dir`, choose the threshold on `tune_split`.
pub fn train_polnear(
    dir: &Path,
    train_split: &str,
    tune_split: &str,
    epochs: usize,
) -> Result<Trained> {
    anyhow::ensure!(
        train_split != "test" && tune_split != "test",
        "PolNeAR's test split is for final scores only"
    );
    let mut ex = Vec::new();
    for (_, text, gold) in polnear_docs(dir, train_split)? {
        ex.extend(examples(&text, &gold));
    }
    train_from(ex, epochs, |m| {
        crate::attribution::eval_polnear_with(dir, tune_split, m)
    })
}

/// Train on `ex`, choosing the threshold with `score` (a report of the tuning data for a model,
/// or for rules alone with `None`): the highest content F1, the rules' own when no threshold
/// beats them.
pub fn train_from(
    ex: Vec<(Vec<u64>, bool)>,
    epochs: usize,
    score: impl Fn(Option<&CueModel>) -> Result<Report>,
) -> Result<Trained> {
    let positives = ex.iter().filter(|e| e.1).count();
    let mut model = CueModel::train(&ex, epochs);
    let rules_only = score(None)?;
    let mut sweep = Vec::new();
    for &t in THRESHOLDS {
        model.threshold = t;
        sweep.push((t, score(Some(&model))?));
    }
    let best = sweep
        .iter()
        .max_by(|a, b| a.1.f1().total_cmp(&b.1.f1()).then(b.0.total_cmp(&a.0)))
        .map_or(f32::INFINITY, |b| b.0);
    model.threshold = best;
    Ok(Trained {
        model,
        examples: ex.len(),
        positives,
        sweep,
        rules_only,
    })
}

/// Load a model file written by `dossier train attribution`.
pub fn load(path: &Path) -> Result<CueModel> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read attribution model", path.display()))?;
    CueModel::from_text(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::attribution::model::{candidate, features};

    fn fixture() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/brat")
    }

    /// Trains on a tiny self-written brat corpus (not PolNeAR): "X accused Y of …" and "X
    /// criticized …" are attributions, "X repaired …" and "X painted …" are not.
    #[test]
    fn trains_on_a_brat_corpus_and_decides_unseen_sentences() {
        let mut ex = Vec::new();
        for (_, text, gold) in polnear_docs(&fixture(), "train").expect("fixture reads") {
            ex.extend(examples(&text, &gold));
        }
        let pos = ex.iter().filter(|e| e.1).count();
        assert!(pos >= 4 && ex.len() > pos, "{pos} of {}", ex.len());
        let dir = fixture();
        let t = train_from(ex.clone(), 5, |m| {
            crate::attribution::eval_polnear_with(&dir, "dev", m)
        })
        .expect("trains");
        // Deterministic: the same examples give the same bytes.
        let again = train_from(ex, 5, |m| {
            crate::attribution::eval_polnear_with(&dir, "dev", m)
        })
        .expect("trains");
        assert_eq!(t.model.to_text(), again.model.to_text());
        // Unseen sentences: the learned lemma decides.
        let text =
            "The council accused the police of hiding evidence. The city has repaired the road.";
        let doc = dossier_core::syntax::parse(text);
        let decide = |lemma: &str| {
            let ci = (0..doc.tokens.len())
                .find(|&i| doc.tokens[i].lemma == lemma)
                .unwrap_or_else(|| panic!("no {lemma}"));
            let c = candidate(&doc, text, ci).unwrap_or_else(|| panic!("{lemma}: no candidate"));
            t.model.accepts(&features(&doc, text, &c))
        };
        assert!(decide("accuse"));
        assert!(!decide("repair"));
        // The model is used by extraction: with it, the dev fixture's recall is no lower.
        let best = t
            .sweep
            .iter()
            .map(|(_, r)| r.recall())
            .fold(0.0f64, f64::max);
        assert!(
            best >= t.rules_only.recall(),
            "{best} < {}",
            t.rules_only.recall()
        );
    }
}
