//! The printed report of `dossier eval veracity`: the header naming the reading chosen on
//! train, the per-setting train lines, then each split's accuracy, per-class scores and
//! confusion matrix.

use super::*;

fn write_scores(f: &mut fmt::Formatter<'_>, name: &str, s: &Scores) -> fmt::Result {
    writeln!(
        f,
        "{name}: {} claims  accuracy {:.3}  macro-F1 {:.3}",
        s.total(),
        s.accuracy(),
        s.macro_f1()
    )?;
    for (k, c) in CLASSES.iter().enumerate() {
        let (p, r, f1) = s.class(k);
        writeln!(f, "  {c:<8} precision {p:.3} recall {r:.3} F1 {f1:.3}")?;
    }
    writeln!(
        f,
        "  confusion (rows gold, columns computed): true false unknown"
    )?;
    for (k, c) in CLASSES.iter().enumerate() {
        let r = s.confusion[k];
        writeln!(f, "  {c:<8} {:>4} {:>5} {:>7}", r[0], r[1], r[2])?;
    }
    Ok(())
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "veracity — Emergent claims, status from the ledger (confirmed → true, denied → false, else unknown)"
        )?;
        writeln!(
            f,
            "stance of each headline from its cue words (headline_cues.tsv), else dossier's stance model; \
             speaker from dossier's extraction (recognised as a party of the claim by name), else the outlet"
        )?;
        // Per threshold, the best train macro-F1 over the party thresholds tried.
        let tried = |cues: bool, reports: bool| -> String {
            THRESHOLDS
                .iter()
                .map(|&t| {
                    let best = self
                        .tuning
                        .iter()
                        .filter(|(h, _)| {
                            h.discuss_reports == reports && h.cues == cues && h.threshold == t
                        })
                        .map(|(_, m)| *m)
                        .fold(0.0, f64::max);
                    format!("{t:.2}→{best:.3}")
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        writeln!(
            f,
            "tuned on the {} train claims: agree/disagree confidence ≥ {:.2} (≥ {:.2} when a party of the claim speaks), officials with direct knowledge {}, undated headlines take effect {}, other headlines {}, cue words {}, headlines without cue words {}",
            self.train_claims,
            self.reading.threshold,
            self.reading.party_threshold,
            if self.reading.authorities { "read" } else { "ignored" },
            if self.reading.resolutions_last {
                "hedges first, assertions and denials last"
            } else {
                "in file order"
            },
            if self.reading.discuss_reports {
                "report"
            } else {
                "hedge"
            },
            if self.reading.cues { "read" } else { "ignored" },
            if self.reading.plain_asserts {
                "assert (the outlet's own voice)"
            } else {
                "take the model's stance"
            },
        )?;
        for cues in [false, true] {
            writeln!(
                f,
                "  train macro-F1 by threshold (best party threshold), cue words {} — as hedges: {}; as reports: {}",
                if cues { "read" } else { "ignored" },
                tried(cues, false),
                tried(cues, true)
            )?;
        }
        // The best train macro-F1 among the settings that read cue words and satisfy `pick`.
        let best = |pick: &dyn Fn(&Reading) -> bool| {
            self.tuning
                .iter()
                .filter(|(h, _)| h.cues && pick(h))
                .map(|(_, m)| *m)
                .fold(0.0, f64::max)
        };
        writeln!(
            f,
            "  best train macro-F1 with cue words, headlines without cue words asserting: {:.3}; taking the model's stance: {:.3}",
            best(&|h| h.plain_asserts),
            best(&|h| !h.plain_asserts)
        )?;
        writeln!(
            f,
            "  best train macro-F1 with cue words, officials with direct knowledge read: {:.3}; ignored: {:.3}",
            best(&|h| h.authorities),
            best(&|h| !h.authorities)
        )?;
        writeln!(
            f,
            "  best train macro-F1 with cue words, undated headlines hedges first: {:.3}; in file order: {:.3}",
            best(&|h| h.resolutions_last),
            best(&|h| !h.resolutions_last)
        )?;
        let w = |c: &consensus::Consensus| {
            if c.outlets == 0 {
                "off".to_string()
            } else {
                format!("{}/{:.2}", c.outlets, c.confidence)
            }
        };
        writeln!(
            f,
            "weight of outlets (an unverified or reported claim is true when at least N outlets headline it plainly as fact, the model agreeing with confidence ≥ c, and at least twice as many as hedge it), N/c chosen on train: {}; train macro-F1 by N/c: {}; status alone: {:.3}",
            w(&self.consensus),
            self.consensus_tried
                .iter()
                .map(|(c, m)| format!("{}→{m:.3}", w(c)))
                .collect::<Vec<_>>()
                .join(" "),
            self.train.macro_f1()
        )?;
        writeln!(
            f,
            "  five-fold check on train (claim i in fold i mod 5; N/c chosen on the other four): {}; pooled held folds macro-F1 {:.3} (status alone {:.3})",
            self.consensus_folds
                .iter()
                .enumerate()
                .map(|(k, d)| format!("fold {k} {} → {:.3} (off {:.3})", w(&d.chosen), d.held, d.held_off))
                .collect::<Vec<_>>()
                .join(", "),
            self.consensus_cv.macro_f1(),
            self.train.macro_f1()
        )?;
        write_scores(f, "train (ledger status)", &self.train)?;
        write_scores(f, "test (ledger status)", &self.test)?;
        write_scores(
            f,
            "train with the weight of outlets (the evaluation's reading, not a status)",
            &self.weighted_train,
        )?;
        write_scores(
            f,
            "test with the weight of outlets (the evaluation's reading, not a status)",
            &self.weighted_test,
        )?;
        let st: Vec<String> = self
            .test_statuses
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        writeln!(f, "test statuses: {}", st.join(", "))?;
        writeln!(
            f,
            "baseline always unknown (test): accuracy {:.3} macro-F1 {:.3}",
            self.always_unknown.accuracy(),
            self.always_unknown.macro_f1()
        )?;
        write_scores(
            f,
            "ORACLE (gold Emergent stance labels, not dossier's reading; test)",
            &self.oracle_test,
        )
    }
}
