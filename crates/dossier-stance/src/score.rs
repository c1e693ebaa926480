//! FNC-1 scoring (the official `scorer.py` rule), confusion matrices and F1. Pure.

use crate::Label;
use std::fmt;

/// A 4×4 confusion matrix, rows = gold, columns = predicted, in [`Label::ALL`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    pub m: [[u64; 4]; 4],
}

impl Confusion {
    pub fn add(&mut self, gold: Label, pred: Label) {
        self.m[gold.index()][pred.index()] += 1;
    }

    pub fn total(&self) -> u64 {
        self.m.iter().flatten().sum()
    }

    fn gold(&self, c: usize) -> u64 {
        self.m[c].iter().sum()
    }

    fn predicted(&self, c: usize) -> u64 {
        self.m.iter().map(|r| r[c]).sum()
    }

    /// The official FNC-1 score: +0.25 when relatedness is right (both unrelated, or both among
    /// agree/disagree/discuss), +0.75 more when a related gold label is matched exactly.
    pub fn fnc_score(&self) -> f64 {
        let mut s = 0.0;
        for g in 0..4 {
            for p in 0..4 {
                let n = self.m[g][p] as f64;
                let g_rel = g != Label::Unrelated.index();
                let p_rel = p != Label::Unrelated.index();
                if g_rel == p_rel {
                    s += 0.25 * n;
                }
                if g_rel && g == p {
                    s += 0.75 * n;
                }
            }
        }
        s
    }

    /// The best possible FNC-1 score on these gold labels.
    pub fn max_score(&self) -> f64 {
        (0..4)
            .map(|g| {
                self.gold(g) as f64
                    * if g == Label::Unrelated.index() {
                        0.25
                    } else {
                        1.0
                    }
            })
            .sum()
    }

    /// The score of predicting "unrelated" for every pair.
    pub fn null_score(&self) -> f64 {
        0.25 * self.gold(Label::Unrelated.index()) as f64
    }

    /// FNC-1 score as a percentage of the maximum (the figure leaderboards quote).
    pub fn relative_score(&self) -> f64 {
        let max = self.max_score();
        if max > 0.0 {
            100.0 * self.fnc_score() / max
        } else {
            0.0
        }
    }

    pub fn precision(&self, c: Label) -> f64 {
        ratio(self.m[c.index()][c.index()], self.predicted(c.index()))
    }

    pub fn recall(&self, c: Label) -> f64 {
        ratio(self.m[c.index()][c.index()], self.gold(c.index()))
    }

    pub fn f1(&self, c: Label) -> f64 {
        let (p, r) = (self.precision(c), self.recall(c));
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// Unweighted mean of the four per-class F1 scores.
    pub fn macro_f1(&self) -> f64 {
        Label::ALL.iter().map(|c| self.f1(*c)).sum::<f64>() / 4.0
    }

    pub fn accuracy(&self) -> f64 {
        ratio((0..4).map(|i| self.m[i][i]).sum(), self.total())
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl fmt::Display for Confusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "| gold \\ predicted | agree | disagree | discuss | unrelated |"
        )?;
        writeln!(f, "|---|---:|---:|---:|---:|")?;
        for l in Label::ALL {
            let r = self.m[l.index()];
            writeln!(f, "| {} | {} | {} | {} | {} |", l, r[0], r[1], r[2], r[3])?;
        }
        writeln!(f)?;
        writeln!(f, "| class | precision | recall | F1 |")?;
        writeln!(f, "|---|---:|---:|---:|")?;
        for l in Label::ALL {
            writeln!(
                f,
                "| {} | {:.3} | {:.3} | {:.3} |",
                l,
                self.precision(l),
                self.recall(l),
                self.f1(l)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hold-out confusion matrix printed in the official FNC-1 baseline README
    /// (FakeNewsChallenge/fnc-1-baseline), whose score the README gives as 3538.0 of 4448.5
    /// (79.53 %). Hand check: related-correct rows give 0.25·(all related predicted related)
    /// + 0.75·diagonal; unrelated gold predicted unrelated gives 0.25 each.
    #[test]
    fn official_baseline_holdout_matrix() {
        let c = Confusion {
            m: [
                [118, 3, 556, 85],
                [14, 3, 130, 15],
                [58, 5, 1527, 210],
                [5, 1, 98, 6794],
            ],
        };
        assert_eq!(c.total(), 9622);
        assert_eq!(c.max_score(), 4448.5);
        assert_eq!(c.fnc_score(), 3538.0);
        assert!((c.relative_score() - 79.53).abs() < 0.01);
        assert_eq!(c.null_score(), 0.25 * 6898.0);
    }

    #[test]
    fn small_matrix_by_hand() {
        let mut c = Confusion::default();
        c.add(Label::Agree, Label::Agree); // 1.0
        c.add(Label::Agree, Label::Discuss); // 0.25
        c.add(Label::Disagree, Label::Unrelated); // 0
        c.add(Label::Unrelated, Label::Unrelated); // 0.25
        c.add(Label::Unrelated, Label::Disagree); // 0
        assert_eq!(c.fnc_score(), 1.5);
        assert_eq!(c.max_score(), 3.0 + 0.5);
        // agree: P = 1/1, R = 1/2 → F1 = 2/3; disagree: P = 0/1, R = 0 → 0;
        // discuss: P = 0/1 → 0; unrelated: P = 1/2, R = 1/2 → 0.5
        assert!((c.f1(Label::Agree) - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(c.f1(Label::Disagree), 0.0);
        assert!((c.f1(Label::Unrelated) - 0.5).abs() < 1e-12);
        assert!((c.macro_f1() - (2.0 / 3.0 + 0.5) / 4.0).abs() < 1e-12);
        assert!((c.accuracy() - 0.4).abs() < 1e-12);
    }
}
