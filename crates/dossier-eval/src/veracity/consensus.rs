//! The weight of independent outlets (`dossier eval veracity`): a claim that no voice denies and
//! no party confirms is true by the journalists' verdict when enough outlets headline it plainly
//! as fact ("Sugarhill Gang rapper Big Bank Hank dies at 57", on fourteen sites) and at least
//! twice as many do so as hedge it ("… reportedly …", "… may …"). The ledger keeps such a claim
//! `reported` (outlets repeat each other; its rules read no count of them), so this is the
//! evaluation's reading of the verdict, not a status: how many outlets it takes, and how sure
//! the stance model must be that a headline without cue words states the claim, are chosen on
//! the train claims ([`choose`], with a five-fold check, [`cross_validate`]).

use super::{truth_of, Cue, Headline, Scores};
use dossier_core::ledger::{ClaimStatus, LedgerEntry};
use dossier_core::Sourcing;
use dossier_stance::Label;
use std::collections::BTreeMap;

/// How many outlets must state a claim plainly (0: the rule is off), and the stance model's
/// confidence that a headline without cue words agrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Consensus {
    pub outlets: usize,
    pub confidence: f32,
}

/// The rule off: the verdict is the status alone.
pub const OFF: Consensus = Consensus {
    outlets: 0,
    confidence: 0.0,
};

/// The numbers of outlets tried on the train claims (0: off, tried first, so the rule is only
/// chosen when it does better).
pub const OUTLETS: [usize; 6] = [0, 3, 4, 5, 6, 8];
/// The model confidences tried.
pub const CONFIDENCES: [f32; 2] = [0.0, 0.7];

/// What one headline tells the count: its outlet, whether it states the claim in the outlet's
/// own voice with no cue word (and the model's confidence that it agrees), whether a cue word
/// hedges it.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    pub host: String,
    /// The model's confidence that a plain headline in the outlet's own voice agrees; `None`
    /// for any other headline.
    pub plain: Option<f32>,
    pub hedged: bool,
}

/// The vote of headline `h` read as ledger entry `e` with cue `cue` and the model's related
/// label and its probability.
pub fn vote(h: &Headline, e: &LedgerEntry, cue: Option<Cue>, label: Label, prob: f32) -> Vote {
    let own_voice = e.sourcing == Sourcing::Outlet && e.speaker.id.starts_with("OUTLET.");
    Vote {
        host: h.host.trim().trim_start_matches("www.").to_lowercase(),
        plain: (own_voice && cue.is_none() && label == Label::Agree).then_some(prob),
        hedged: matches!(cue, Some(Cue::Hedge | Cue::Claim)),
    }
}

/// Do the outlets of `votes` state the claim with the weight `c` asks: at least `c.outlets`
/// outlets headline it plainly (and never hedge it), and at least twice as many as hedge it?
pub fn outlets_agree(votes: &[Vote], c: Consensus) -> bool {
    if c.outlets == 0 {
        return false;
    }
    let mut by_host: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
    for v in votes {
        let e = by_host.entry(v.host.as_str()).or_default();
        e.0 |= v.plain.is_some_and(|p| p >= c.confidence);
        e.1 |= v.hedged;
    }
    let states = by_host.values().filter(|(s, h)| *s && !*h).count();
    let hedges = by_host.values().filter(|(_, h)| *h).count();
    states >= c.outlets && 2 * hedges <= states
}

/// The journalists' verdict: the status's truth ([`truth_of`]), except that a claim nobody
/// confirmed or denied (unverified or reported) is true when its outlets agree with weight `c`.
pub fn verdict(status: ClaimStatus, votes: &[Vote], c: Consensus) -> &'static str {
    match status {
        ClaimStatus::Unverified | ClaimStatus::Reported if outlets_agree(votes, c) => "true",
        s => truth_of(s),
    }
}

/// One claim's gold truth, computed status and votes.
pub type Judged = (String, ClaimStatus, Vec<Vote>);

/// The scores of `claims` with weight `c`.
pub fn score(claims: &[&Judged], c: Consensus) -> Scores {
    let mut s = Scores::default();
    for (gold, st, votes) in claims {
        s.add(gold, verdict(*st, votes, c));
    }
    s
}

/// Every weight tried, with its macro-F1 on `claims`.
pub fn tried(claims: &[&Judged]) -> Vec<(Consensus, f64)> {
    let mut out = Vec::new();
    for outlets in OUTLETS {
        for confidence in CONFIDENCES {
            if outlets == 0 && confidence > 0.0 {
                continue;
            }
            let c = Consensus {
                outlets,
                confidence,
            };
            out.push((c, score(claims, c).macro_f1()));
        }
    }
    out
}

/// The best weight on `claims` (ties go to the weight tried first: the rule off, then fewer
/// outlets).
pub fn choose(claims: &[&Judged]) -> Consensus {
    tried(claims)
        .into_iter()
        .fold(
            (OFF, -1.0),
            |best, (c, f)| {
                if f > best.1 + 1e-12 {
                    (c, f)
                } else {
                    best
                }
            },
        )
        .0
}

/// One fold of [`cross_validate`]: the weight chosen on the other folds, and the held fold's
/// macro-F1 with it and with the rule off.
#[derive(Debug, Clone, PartialEq)]
pub struct Fold {
    pub chosen: Consensus,
    pub held: f64,
    pub held_off: f64,
}

/// Five-fold cross-validation of [`choose`] over `claims` (claim `i` in fold `i % 5`): per
/// fold, the weight chosen on the other four and the held fold's scores; and the pooled scores
/// of the held folds.
pub fn cross_validate(claims: &[Judged]) -> (Vec<Fold>, Scores) {
    let mut folds = Vec::new();
    let mut pooled = Scores::default();
    for k in 0..5 {
        let in_fold = |i: usize| i % 5 == k;
        let held: Vec<&Judged> = claims
            .iter()
            .enumerate()
            .filter(|(i, _)| in_fold(*i))
            .map(|(_, j)| j)
            .collect();
        let rest: Vec<&Judged> = claims
            .iter()
            .enumerate()
            .filter(|(i, _)| !in_fold(*i))
            .map(|(_, j)| j)
            .collect();
        let chosen = choose(&rest);
        for (gold, st, votes) in &held {
            pooled.add(gold, verdict(*st, votes, chosen));
        }
        folds.push(Fold {
            chosen,
            held: score(&held, chosen).macro_f1(),
            held_off: score(&held, OFF).macro_f1(),
        });
    }
    (folds, pooled)
}
