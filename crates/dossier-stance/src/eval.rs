//! Evaluation on the FNC-1 competition test set and on Emergent's test split.

use crate::data;
use crate::score::Confusion;
use crate::{Label, StanceModel};
use anyhow::Result;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::time::Instant;

/// Scores on FNC-1's competition test set.
#[derive(Debug, Clone)]
pub struct FncReport {
    pub confusion: Confusion,
    pub seconds: f64,
}

impl fmt::Display for FncReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.confusion;
        writeln!(f, "FNC-1 competition test: {} pairs", c.total())?;
        writeln!(
            f,
            "FNC score: {:.2} of {:.2} = {:.2} % (null baseline {:.2})",
            c.fnc_score(),
            c.max_score(),
            c.relative_score(),
            c.null_score()
        )?;
        writeln!(
            f,
            "macro-F1: {:.3}   accuracy: {:.3}",
            c.macro_f1(),
            c.accuracy()
        )?;
        writeln!(f)?;
        write!(f, "{c}")?;
        writeln!(
            f,
            "\n{:.1} s, {:.0} pairs/s",
            self.seconds,
            c.total() as f64 / self.seconds.max(1e-9)
        )
    }
}

/// Predict every pair of an FNC-1 split, preparing each body once.
pub fn confusion_on(model: &StanceModel, split: &data::Split) -> Confusion {
    let mut prepared = HashMap::new();
    let mut c = Confusion::default();
    for p in &split.pairs {
        let body = prepared
            .entry(p.body_id)
            .or_insert_with(|| model.prepare_body(&split.bodies[&p.body_id]));
        c.add(p.label, model.predict_prepared(&p.headline, body).label);
    }
    c
}

pub fn eval_fnc(model: &StanceModel, data_dir: &Path) -> Result<FncReport> {
    let split = data::read_fnc(data_dir, "competition_test")?;
    let t = Instant::now();
    let confusion = confusion_on(model, &split);
    Ok(FncReport {
        confusion,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// Accuracy on Emergent's test split (claim × article headline, for/against/observing mapped to
/// agree/disagree/discuss; all pairs are related; scored with [`StanceModel::predict_headline`]).
#[derive(Debug, Clone)]
pub struct EmergentReport {
    /// 3×3 confusion, rows gold, columns predicted, order agree/disagree/discuss.
    pub confusion: [[u64; 3]; 3],
}

impl EmergentReport {
    pub fn total(&self) -> u64 {
        self.confusion.iter().flatten().sum()
    }
    pub fn accuracy(&self) -> f64 {
        let ok: u64 = (0..3).map(|i| self.confusion[i][i]).sum();
        ok as f64 / self.total().max(1) as f64
    }
}

impl fmt::Display for EmergentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Emergent test: {} claim × headline pairs", self.total())?;
        writeln!(f, "accuracy: {:.2} %", 100.0 * self.accuracy())?;
        writeln!(f)?;
        writeln!(
            f,
            "| gold \\ predicted | for (agree) | against (disagree) | observing (discuss) |"
        )?;
        writeln!(f, "|---|---:|---:|---:|")?;
        for (i, name) in ["for", "against", "observing"].iter().enumerate() {
            let r = self.confusion[i];
            writeln!(f, "| {name} | {} | {} | {} |", r[0], r[1], r[2])?;
        }
        Ok(())
    }
}

/// `dir` is the Emergent directory; the test split file is read from it.
pub fn eval_emergent(model: &StanceModel, dir: &Path) -> Result<EmergentReport> {
    let rows = data::read_emergent(&dir.join("url-versions-2015-06-14-clean-test.csv"))?;
    let mut confusion = [[0u64; 3]; 3];
    for r in &rows {
        let pred = model.predict_headline(&r.claim, &r.headline).label;
        let g = r.label.index();
        let p = pred.index();
        if g < 3 && p < 3 {
            confusion[g][p] += 1;
        }
    }
    debug_assert!(Label::Unrelated.index() == 3);
    Ok(EmergentReport { confusion })
}
