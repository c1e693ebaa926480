//! The arc labeller: one relation per arc of a finished tree, read off the words, the head,
//! the grandparent, the dependent's children and its siblings (averaged perceptron).

use super::{PWord, ParseSentence, ParserOptions, H_NONE, H_ROOT, NONE};
use crate::doc::{Rel, NO_HEAD};
use crate::perceptron::{f1, f2, f3, Rng, Trainer, Weights};

/// Labeller features for the arc `h → d` in a complete tree (`heads[d]` = head or NONE).
pub(super) fn label_features(
    w: &[PWord],
    heads: &[u32],
    kids: &Kids,
    d: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = w.len();
    let word = |i: u32| -> (u64, u64) {
        if i == NONE {
            (H_ROOT, H_ROOT)
        } else {
            (w[i as usize].lower, w[i as usize].tag)
        }
    };
    let h = heads[d];
    let (dw, dt) = word(d as u32);
    let (hw, ht) = word(h);
    let g = if h == NONE { NONE } else { heads[h as usize] };
    let (_, gt) = word(g);
    let dir = if h == NONE {
        0
    } else if (h as usize) < d {
        1
    } else {
        2
    };
    let dist = if h == NONE {
        0
    } else {
        ((h as i64 - d as i64).unsigned_abs()).min(8)
    };
    let (_, pt) = if d > 0 {
        word(d as u32 - 1)
    } else {
        (H_NONE, H_NONE)
    };
    let (nw, nt) = if d + 1 < n {
        word(d as u32 + 1)
    } else {
        (H_NONE, H_NONE)
    };
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, dw),
        f1(2, dt),
        f2(3, dw, dt),
        f1(4, hw),
        f1(5, ht),
        f2(6, hw, ht),
        f2(7, dt, ht),
        f2(8, dw, ht),
        f2(9, dt, hw),
        f2(10, dw, hw),
        f2(11, dir, dist),
        f3(12, dt, ht, dir),
        f3(13, dt, ht, dist),
        f3(14, gt, ht, dt),
        f2(15, pt, dt),
        f2(16, dt, nt),
        f2(17, dw, nw),
        f3(18, dt, ht, kids[d].len().min(4) as u64),
    ]);
    for &c in kids[d].iter().take(8) {
        let (cw, ct) = word(c);
        let side = (c as usize) < d;
        out.push(f3(20, dt, ct, side as u64));
        out.push(f2(21, cw, side as u64));
        out.push(f3(22, cw, ct, dt));
    }
    if h != NONE {
        let sibs = &kids[h as usize];
        for &s in sibs.iter().filter(|&&s| s as usize != d).take(8) {
            let (sw, st) = word(s);
            let side = (s as usize) < d;
            out.push(f3(30, st, side as u64, dir));
            out.push(f3(31, sw, side as u64, dir));
            out.push(f3(32, st, dt, ht));
        }
    }
}

/// Dependents of every word in text order, as one flat list (buffers reused across sentences).
#[derive(Default)]
pub(super) struct Kids {
    start: Vec<u32>,
    list: Vec<u32>,
    fill: Vec<u32>,
}

impl std::ops::Index<usize> for Kids {
    type Output = [u32];
    fn index(&self, i: usize) -> &[u32] {
        &self.list[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

fn children(heads: &[u32]) -> Kids {
    let mut kids = Kids::default();
    kids.fill_from(heads);
    kids
}

impl Kids {
    /// The dependents of the tree `heads` (`NONE` for the root).
    pub(super) fn fill_from(&mut self, heads: &[u32]) {
        let n = heads.len();
        let Kids { start, list, fill } = self;
        start.clear();
        start.resize(n + 1, 0);
        for &h in heads {
            if h != NONE {
                start[h as usize + 1] += 1;
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        fill.clear();
        fill.extend_from_slice(start);
        list.clear();
        list.resize(start[n] as usize, 0);
        for (d, &h) in heads.iter().enumerate() {
            if h != NONE {
                list[fill[h as usize] as usize] = d as u32;
                fill[h as usize] += 1;
            }
        }
    }
}

/// Train the arc labeller alone on the gold trees of `sents`: the label classes and the
/// weights. `order` is the sentence order (a permutation of the sentences' indices, shuffled
/// with `rng` each epoch).
pub fn train_labeller(
    sents: &[ParseSentence],
    epochs: usize,
    rng: &mut Rng,
    order: &mut [usize],
    log: &mut dyn FnMut(String),
) -> (Vec<Rel>, Weights) {
    train_labeller_on(sents, &LabelTrees::Gold, epochs, rng, order, log)
}

/// The trees a labeller learns from.
pub enum LabelTrees<'a> {
    /// The gold trees.
    Gold,
    /// Predicted trees (one per sentence, heads as in [`ParseSentence::heads`]), e.g. a
    /// parser's jackknifed output, so that the labeller learns the trees it will label. Each
    /// dependent's target is its gold relation; `skip_wrong` leaves out dependents whose
    /// predicted head is not the gold one, `gold_too` also trains on the gold tree.
    Predicted {
        trees: &'a [Vec<u32>],
        skip_wrong: bool,
        gold_too: bool,
    },
}

/// [`train_labeller`] on the trees `on`.
pub fn train_labeller_on(
    sents: &[ParseSentence],
    on: &LabelTrees,
    epochs: usize,
    rng: &mut Rng,
    order: &mut [usize],
    log: &mut dyn FnMut(String),
) -> (Vec<Rel>, Weights) {
    let mut feats = Vec::new();
    let mut labels: Vec<Rel> = sents.iter().flat_map(|s| s.rels.iter().copied()).collect();
    labels.sort_unstable();
    labels.dedup();
    let label_of = |r: Rel| labels.binary_search(&r).expect("label seen in training");
    let mut lt = Trainer::new(labels.len());
    let mut scores = vec![0f32; labels.len()];
    let as_tree = |h: &[u32]| -> Vec<u32> {
        h.iter()
            .map(|&h| if h == NO_HEAD { NONE } else { h })
            .collect()
    };
    for epoch in 0..epochs {
        rng.shuffle(order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in order.iter() {
            let s = &sents[si];
            let gold = as_tree(&s.heads);
            // (tree, whether a dependent whose head differs from the gold one is left out)
            let mut trees = Vec::with_capacity(2);
            match on {
                LabelTrees::Gold => trees.push((gold.clone(), false)),
                LabelTrees::Predicted {
                    trees: pred,
                    skip_wrong,
                    gold_too,
                } => {
                    if *gold_too {
                        trees.push((gold.clone(), false));
                    }
                    match pred.get(si) {
                        Some(p) if p.len() == s.words.len() => {
                            trees.push((as_tree(p), *skip_wrong))
                        }
                        _ => trees.push((gold.clone(), false)),
                    }
                }
            }
            for (heads, skip_wrong) in &trees {
                let kids = children(heads);
                for d in 0..s.words.len() {
                    if heads[d] == NONE
                        || s.rels[d] == Rel::Root
                        || (*skip_wrong && heads[d] != gold[d])
                    {
                        continue;
                    }
                    label_features(&s.words, heads, &kids, d, &mut feats);
                    scores.iter_mut().for_each(|x| *x = 0.0);
                    lt.score(&feats, &mut scores);
                    let mut g = 0;
                    for c in 0..labels.len() {
                        if scores[c] > scores[g] {
                            g = c;
                        }
                    }
                    let y = label_of(s.rels[d]);
                    lt.tick();
                    lt.update(&feats, y, g);
                    right += (g == y) as usize;
                    total += 1;
                }
            }
        }
        log(format!(
            "labeller epoch {}: train accuracy {:.2}% ({} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            lt.n_features()
        ));
    }
    (labels, lt.finish(0))
}

/// Jackknifed trees for [`LabelTrees::Predicted`]: the sentences of each of `folds` folds
/// (sentence `i` in fold `i % folds`) parsed by a transition model trained as `opt` says on
/// the other folds (its labeller not trained). Heads as in [`ParseSentence::heads`].
pub fn jackknifed_trees(
    sents: &[ParseSentence],
    opt: &ParserOptions,
    folds: usize,
    log: &mut dyn FnMut(String),
) -> Vec<Vec<u32>> {
    let k = folds.max(2);
    let mut out = vec![Vec::new(); sents.len()];
    let mut feats = Vec::new();
    for f in 0..k {
        let rest: Vec<ParseSentence> = sents
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != f)
            .map(|(_, s)| s.clone())
            .collect();
        let p = super::train(
            &rest,
            &ParserOptions {
                label_epochs: 0,
                ..*opt
            },
            log,
        );
        let (mut right, mut total) = (0usize, 0usize);
        for (i, s) in sents.iter().enumerate().filter(|(i, _)| i % k == f) {
            let h = p.heads(&s.words, &mut feats);
            right += h.iter().zip(&s.heads).filter(|(a, b)| a == b).count();
            total += h.len();
            out[i] = h;
        }
        log(format!(
            "tree jackknife fold {}/{k}: held-out UAS {:.2}%",
            f + 1,
            100.0 * right as f64 / total.max(1) as f64
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::hash_bytes;

    /// A sentence as (word, tag, head, relation), heads 1-based (0: the root) as in CoNLL-U.
    /// Tags: 1 noun, 2 proper noun, 3 verb, 4 determiner, 5 adposition, 6 punctuation.
    fn labelled(words: &[(&str, u64, u32, Rel)]) -> ParseSentence {
        ParseSentence {
            words: words
                .iter()
                .map(|&(w, t, _, _)| PWord {
                    lower: hash_bytes(w.to_lowercase().as_bytes()),
                    tag: t,
                    flags: 0,
                })
                .collect(),
            heads: words
                .iter()
                .map(|&(_, _, h, _)| if h == 0 { NO_HEAD } else { h - 1 })
                .collect(),
            rels: words.iter().map(|&(_, _, _, r)| r).collect(),
        }
    }

    fn label(l: &(Vec<Rel>, Weights), s: &ParseSentence, heads: &[u32], d: usize) -> Rel {
        let p = super::super::Parser {
            weights: Weights::default(),
            labels: l.0.clone(),
            label_weights: l.1.clone(),
            extended: 0,
            beam: 0,
        };
        p.label(&s.words, heads, &mut Vec::new())[d]
    }

    #[test]
    fn a_labeller_trained_on_predicted_trees_learns_them_and_can_leave_out_their_wrong_arcs() {
        use Rel::*;
        let sents = vec![
            labelled(&[
                ("Rebels", 1, 2, Nsubj),
                ("attacked", 3, 0, Root),
                ("the", 4, 4, Det),
                ("convoy", 1, 2, Obj),
                ("near", 5, 6, Case),
                ("Aleppo", 2, 2, Obl),
                (".", 6, 2, Punct),
            ]),
            labelled(&[
                ("The", 4, 2, Det),
                ("report", 1, 5, Nsubj),
                ("on", 5, 4, Case),
                ("Aleppo", 2, 2, Nmod),
                ("angered", 3, 0, Root),
                ("officials", 1, 5, Obj),
                (".", 6, 5, Punct),
            ]),
            labelled(&[
                ("Officials", 1, 2, Nsubj),
                ("visited", 3, 0, Root),
                ("the", 4, 4, Det),
                ("town", 1, 2, Obj),
                ("near", 5, 6, Case),
                ("Homs", 2, 4, Nmod),
                (".", 6, 2, Punct),
            ]),
        ];
        // The parser hung "near Aleppo" on "convoy" in the first sentence.
        let mut first = sents[0].heads.clone();
        first[5] = 3;
        let trees = vec![
            first.clone(),
            sents[1].heads.clone(),
            sents[2].heads.clone(),
        ];
        let train = |on: &LabelTrees| {
            let mut order: Vec<usize> = (0..sents.len()).collect();
            train_labeller_on(&sents, on, 8, &mut Rng::new(1), &mut order, &mut |_| {})
        };
        let every = train(&LabelTrees::Predicted {
            trees: &trees,
            skip_wrong: false,
            gold_too: false,
        });
        let skip = train(&LabelTrees::Predicted {
            trees: &trees,
            skip_wrong: true,
            gold_too: false,
        });
        // Trained on the predicted trees, the wrongly attached word keeps its gold relation …
        assert_eq!(label(&every, &sents[0], &first, 5), Obl);
        // … unless wrong arcs are left out: then "Aleppo" is labelled as the one place under a
        // noun it was trained on (the second sentence). The right arcs are learnt either way.
        assert_eq!(label(&skip, &sents[0], &first, 5), Nmod);
        for l in [&every, &skip] {
            assert_eq!(label(l, &sents[0], &first, 0), Nsubj);
            assert_eq!(label(l, &sents[0], &first, 3), Obj);
            assert_eq!(label(l, &sents[1], &sents[1].heads, 3), Nmod);
        }
    }
}
