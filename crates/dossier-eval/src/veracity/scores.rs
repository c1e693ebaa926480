//! The scores of `dossier eval veracity`: a confusion matrix over the three truth classes.

use super::CLASSES;

/// Scores of one run (one split, one way of reading stance).
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// `confusion[gold][predicted]`, in [`CLASSES`] order.
    pub confusion: [[usize; 3]; 3],
}

impl Scores {
    pub(super) fn add(&mut self, gold: &str, pred: &str) {
        let i = |s: &str| CLASSES.iter().position(|c| *c == s).unwrap_or(2);
        self.confusion[i(gold)][i(pred)] += 1;
    }
    pub fn total(&self) -> usize {
        self.confusion.iter().flatten().sum()
    }
    pub fn accuracy(&self) -> f64 {
        let ok: usize = (0..3).map(|i| self.confusion[i][i]).sum();
        ratio(ok, self.total())
    }
    /// (precision, recall, F1) of class `k`.
    pub fn class(&self, k: usize) -> (f64, f64, f64) {
        let tp = self.confusion[k][k];
        let pred: usize = (0..3).map(|g| self.confusion[g][k]).sum();
        let gold: usize = self.confusion[k].iter().sum();
        let (p, r) = (ratio(tp, pred), ratio(tp, gold));
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
    pub fn macro_f1(&self) -> f64 {
        (0..3).map(|k| self.class(k).2).sum::<f64>() / 3.0
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
