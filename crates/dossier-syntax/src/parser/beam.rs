//! Beam-search decoding and global training for the arc-hybrid parser (Zhang & Clark 2008;
//! Zhang & Nivre 2011; Huang, Fayong & Guo 2012): the greedy parser's features and transitions,
//! a beam of `k` transition sequences ranked by the sum of the perceptron's scores of their
//! transitions, trained as a structured perceptron with the max-violation update against the
//! oracle's sequence (averaged weights).

use super::{gold_arcs, PWord, ParseSentence, Parser, ParserOptions, State, LEFT, RIGHT, SHIFT};
use crate::doc::NO_HEAD;
use crate::perceptron::{Rng, Trainer};
use std::cmp::Ordering;

/// The beam's buffers, kept across sentences (scores `S`: i64 when decoding with quantised
/// weights, f64 when training).
pub(super) struct Beam<S> {
    cur: Vec<State>,
    next: Vec<State>,
    scores: Vec<S>,
    next_scores: Vec<S>,
    /// Candidates of one step: (score, parent item, transition).
    cands: Vec<(S, u32, u8)>,
    /// Training: each step's kept items as (parent item, transition), in rank order.
    trail: Vec<Vec<(u32, u8)>>,
    /// Decoding: the last step's kept items.
    kept: Vec<(u32, u8)>,
}

impl<S> Default for Beam<S> {
    fn default() -> Self {
        Beam {
            cur: Vec::new(),
            next: Vec::new(),
            scores: Vec::new(),
            next_scores: Vec::new(),
            cands: Vec::new(),
            trail: Vec::new(),
            kept: Vec::new(),
        }
    }
}

/// The decoder's buffers in [`super::ParseScratch`].
pub(super) type BeamScratch = Beam<i64>;

impl State {
    /// Become a copy of `o`, reusing this state's buffers.
    fn copy_from(&mut self, o: &State) {
        self.n = o.n;
        self.stack.clone_from(&o.stack);
        self.b = o.b;
        self.heads.clone_from(&o.heads);
        self.lc1.clone_from(&o.lc1);
        self.lc2.clone_from(&o.lc2);
        self.rc1.clone_from(&o.rc1);
        self.rc2.clone_from(&o.rc2);
        self.nl.clone_from(&o.nl);
        self.nr.clone_from(&o.nr);
        self.extended = o.extended;
        self.fin_before.clone_from(&o.fin_before);
        self.punct_before.clone_from(&o.punct_before);
    }
}

impl<S: Copy + PartialOrd + std::ops::Add<Output = S>> Beam<S> {
    /// Start a sentence of the words `w`: one empty configuration scored `zero`.
    fn start(&mut self, w: &[PWord], extended: u8, zero: S) {
        if self.cur.is_empty() {
            self.cur.push(State::default());
        }
        self.cur.truncate(1);
        let st = &mut self.cur[0];
        st.reset(w.len());
        st.extended = extended;
        st.prepare(w);
        self.scores.clear();
        self.scores.push(zero);
    }

    /// One step: every item extended by each of its valid transitions, the best `k` kept (ties:
    /// the better-ranked parent, then SHIFT, LEFT, RIGHT — the greedy decoder's order). Returns
    /// the kept items' (parent, transition), best first, in `kept`.
    fn step(
        &mut self,
        k: usize,
        w: &[PWord],
        feats: &mut Vec<u64>,
        score: &mut dyn FnMut(&[u64]) -> [S; 3],
        kept: &mut Vec<(u32, u8)>,
    ) {
        self.cands.clear();
        for (i, st) in self.cur.iter().enumerate() {
            st.features(w, feats);
            let s = score(feats);
            let valid = st.valid();
            for t in 0..3 {
                if valid[t] {
                    self.cands.push((self.scores[i] + s[t], i as u32, t as u8));
                }
            }
        }
        self.cands.sort_by(|a, b| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(Ordering::Equal)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        self.cands.truncate(k.max(1));
        while self.next.len() < self.cands.len() {
            self.next.push(State::default());
        }
        self.next.truncate(self.cands.len());
        self.next_scores.clear();
        kept.clear();
        for (j, &(s, p, t)) in self.cands.iter().enumerate() {
            self.next[j].copy_from(&self.cur[p as usize]);
            self.next[j].apply(t as usize);
            self.next_scores.push(s);
            kept.push((p, t));
        }
        std::mem::swap(&mut self.cur, &mut self.next);
        std::mem::swap(&mut self.scores, &mut self.next_scores);
    }
}

/// The unlabelled tree of one sentence by beam search of `p.beam` items (`NO_HEAD` root).
pub(super) fn heads_into(
    p: &Parser,
    w: &[PWord],
    feats: &mut Vec<u64>,
    beam: &mut BeamScratch,
    out: &mut Vec<u32>,
) {
    out.clear();
    let n = w.len();
    if n == 0 {
        return;
    }
    beam.start(w, p.extended, 0);
    let mut kept = std::mem::take(&mut beam.kept);
    let mut score = |f: &[u64]| {
        let mut s = [0i32; 3];
        p.weights.score(f, &mut s);
        s.map(i64::from)
    };
    // Every sequence takes exactly 2n transitions, so the items end together.
    while !beam.cur[0].terminal() {
        beam.step(p.beam as usize, w, feats, &mut score, &mut kept);
    }
    beam.kept = kept;
    out.extend(
        beam.cur[0]
            .heads
            .iter()
            .map(|&h| if h >= n as u32 { NO_HEAD } else { h }),
    );
}

/// The oracle's transition sequence for the gold tree (`gold`, `gold_kids` from
/// [`gold_arcs`]): at each step the valid transition losing fewest gold arcs, a reduction
/// (LEFT, then RIGHT) before SHIFT. For a non-projective tree, a best reachable tree.
fn oracle_sequence(gold: &[u32], gold_kids: &[Vec<u32>], out: &mut Vec<u8>) {
    out.clear();
    let n = gold.len();
    let mut st = State::new(n);
    let mut in_stack = vec![false; n];
    while !st.terminal() {
        let c = st.costs(gold, gold_kids, &in_stack);
        let v = st.valid();
        let mut t = usize::MAX;
        for m in [LEFT, RIGHT, SHIFT] {
            if v[m] && (t == usize::MAX || c[m] < c[t]) {
                t = m;
            }
        }
        match t {
            SHIFT => in_stack[st.b as usize] = true,
            _ => in_stack[*st.stack.last().expect("valid pop") as usize] = false,
        }
        st.apply(t);
        out.push(t as u8);
    }
}

/// Add `delta` to the weights of each transition of `seq` from the step `from` on, at the
/// configurations the sequence passes through from the start (`st`: any state with the
/// model's extended features set).
fn replay(
    t: &mut Trainer,
    st: &mut State,
    w: &[PWord],
    seq: &[u8],
    from: usize,
    delta: f32,
    feats: &mut Vec<u64>,
) {
    st.reset(w.len());
    st.prepare(w);
    for (i, &m) in seq.iter().enumerate() {
        if i >= from {
            st.features(w, feats);
            t.add(feats, m as usize, delta);
        }
        st.apply(m as usize);
    }
}

/// Train the transition model as a structured perceptron with a beam of `opt.beam` and the
/// max-violation update (Huang, Fayong & Guo 2012): decode each sentence with the current
/// weights while scoring the oracle's sequence alongside; at the step where the beam's best
/// prefix outscores the oracle's prefix by most (the oracle's not best), reward the oracle's
/// prefix and penalise the best one. One averaging tick per sentence.
pub(super) fn train_transitions(
    sents: &[ParseSentence],
    opt: &ParserOptions,
    rng: &mut Rng,
    order: &mut [usize],
    log: &mut dyn FnMut(String),
) -> Trainer {
    let k = opt.beam.max(1);
    let mut t = Trainer::new(3);
    let mut feats = Vec::new();
    let mut beam: Beam<f64> = Beam::default();
    let (mut oracle, mut pred) = (Vec::new(), Vec::new());
    let mut gold_st = State::default();
    for epoch in 0..opt.epochs {
        rng.shuffle(order);
        let (mut exact, mut updates, mut total) = (0usize, 0usize, 0usize);
        for &si in order.iter() {
            let s = &sents[si];
            let n = s.words.len();
            if n == 0 {
                continue;
            }
            total += 1;
            let (gold, gold_kids) = gold_arcs(&s.heads);
            oracle_sequence(&gold, &gold_kids, &mut oracle);
            beam.start(&s.words, opt.extended, 0.0);
            gold_st.reset(n);
            gold_st.extended = opt.extended;
            gold_st.prepare(&s.words);
            let mut gold_score = 0f64;
            let mut gold_at = Some(0u32);
            let mut worst: Option<(f64, usize)> = None;
            let mut trail = std::mem::take(&mut beam.trail);
            trail.resize_with(oracle.len(), Vec::new);
            let mut sc3 = |f: &[u64]| {
                let mut s = [0f32; 3];
                t.score(f, &mut s);
                s.map(f64::from)
            };
            for (step, &g) in oracle.iter().enumerate() {
                beam.step(k, &s.words, &mut feats, &mut sc3, &mut trail[step]);
                gold_st.features(&s.words, &mut feats);
                gold_score += sc3(&feats)[g as usize];
                gold_st.apply(g as usize);
                gold_at = gold_at.and_then(|a| {
                    trail[step]
                        .iter()
                        .position(|&(p, m)| p == a && m == g)
                        .map(|j| j as u32)
                });
                if gold_at != Some(0) {
                    let v = beam.scores[0] - gold_score;
                    if worst.is_none_or(|(w, _)| v > w) {
                        worst = Some((v, step + 1));
                    }
                }
            }
            t.tick();
            match worst {
                None => exact += 1,
                Some((_, m)) => {
                    // The beam's best prefix of m transitions, backwards through the trail.
                    pred.clear();
                    let mut j = 0u32;
                    for step in (0..m).rev() {
                        let (p, tr) = trail[step][j as usize];
                        pred.push(tr);
                        j = p;
                    }
                    pred.reverse();
                    let from = pred
                        .iter()
                        .zip(&oracle)
                        .position(|(a, b)| a != b)
                        .unwrap_or(m);
                    let (w, st) = (&s.words, &mut gold_st);
                    replay(&mut t, st, w, &oracle[..m], from, 1.0, &mut feats);
                    replay(&mut t, st, w, &pred, from, -1.0, &mut feats);
                    updates += 1;
                }
            }
            beam.trail = trail;
        }
        log(format!(
            "parser epoch {} (beam {k}): {:.2}% sentences decoded as the oracle, {} updates ({} features)",
            epoch + 1,
            100.0 * exact as f64 / total.max(1) as f64,
            updates,
            t.n_features()
        ));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::super::NONE;
    use super::*;

    #[test]
    fn the_oracle_sequence_rebuilds_the_gold_tree() {
        // "Rebels said the convoy was attacked near Aleppo": a projective tree.
        let heads = [1u32, NO_HEAD, 3, 6, 6, 6, 1, 8, 6];
        let (gold, kids) = gold_arcs(&heads);
        let mut seq = Vec::new();
        oracle_sequence(&gold, &kids, &mut seq);
        assert_eq!(seq.len(), 2 * heads.len());
        let mut st = State::new(heads.len());
        for &t in &seq {
            st.apply(t as usize);
        }
        assert_eq!(st.heads, gold);
        assert!(st.heads.iter().all(|&h| h != NONE));
    }

    /// Sentences as (word, tag, head) with 1-based heads (0: the root), as in CoNLL-U.
    fn sentence(words: &[(&str, u64, u32)]) -> ParseSentence {
        ParseSentence {
            words: words
                .iter()
                .map(|&(w, t, _)| PWord {
                    lower: crate::perceptron::hash_bytes(w.to_lowercase().as_bytes()),
                    tag: t,
                    flags: 0,
                })
                .collect(),
            heads: words
                .iter()
                .map(|&(_, _, h)| if h == 0 { NO_HEAD } else { h - 1 })
                .collect(),
            rels: vec![crate::doc::Rel::Dep; words.len()],
        }
    }

    fn news() -> Vec<ParseSentence> {
        // Tags: 1 noun, 2 proper noun, 3 verb, 4 determiner, 5 adposition, 6 punctuation,
        // 7 adjective.
        vec![
            sentence(&[
                ("Rebels", 1, 2),
                ("attacked", 3, 0),
                ("the", 4, 4),
                ("convoy", 1, 2),
                ("near", 5, 6),
                ("Aleppo", 2, 2),
                (".", 6, 2),
            ]),
            sentence(&[
                ("The", 4, 2),
                ("minister", 1, 3),
                ("said", 3, 0),
                ("talks", 1, 5),
                ("failed", 3, 3),
                (".", 6, 3),
            ]),
            sentence(&[
                ("Syrian", 7, 2),
                ("troops", 1, 3),
                ("shelled", 3, 0),
                ("villages", 1, 3),
                ("in", 5, 6),
                ("Idlib", 2, 4),
                (".", 6, 3),
            ]),
            sentence(&[
                ("Officials", 1, 2),
                ("denied", 3, 0),
                ("the", 4, 4),
                ("report", 1, 2),
                (".", 6, 2),
            ]),
        ]
    }

    #[test]
    fn a_beam_trained_parser_learns_its_training_trees_and_its_width_survives_the_bundle() {
        let sents = news();
        let opt = ParserOptions {
            epochs: 12,
            label_epochs: 1,
            explore_from: 0,
            explore_p: 0.0,
            seed: 1,
            extended: 0,
            ensemble: 1,
            beam: 4,
        };
        let p = super::super::train(&sents, &opt, &mut |_| {});
        assert_eq!(p.beam, 4);
        let mut bytes = Vec::new();
        p.write(&mut bytes);
        let q = Parser::read(&mut crate::perceptron::Reader::new(&bytes)).expect("reads back");
        assert_eq!((q.beam, q.extended), (4, 0));
        let mut feats = Vec::new();
        for s in &sents {
            assert_eq!(q.heads(&s.words, &mut feats), s.heads);
        }
        // The same weights decoded greedily (a bundle written before the width existed).
        let greedy = Parser { beam: 0, ..q };
        let mut bytes = Vec::new();
        greedy.write(&mut bytes);
        let g = Parser::read(&mut crate::perceptron::Reader::new(&bytes)).expect("reads back");
        assert_eq!(g.beam, 0);
        assert_eq!(g.heads(&[], &mut feats), Vec::<u32>::new());
    }
}
