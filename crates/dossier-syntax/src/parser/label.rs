//! The arc labeller: one relation per arc of a finished tree, read off the words, the head,
//! the grandparent, the dependent's children and its siblings (averaged perceptron).

use super::{PWord, ParseSentence, H_NONE, H_ROOT, NONE};
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
    let mut feats = Vec::new();
    let mut labels: Vec<Rel> = sents.iter().flat_map(|s| s.rels.iter().copied()).collect();
    labels.sort_unstable();
    labels.dedup();
    let label_of = |r: Rel| labels.binary_search(&r).expect("label seen in training");
    let mut lt = Trainer::new(labels.len());
    let mut scores = vec![0f32; labels.len()];
    for epoch in 0..epochs {
        rng.shuffle(order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in order.iter() {
            let s = &sents[si];
            let heads: Vec<u32> = s
                .heads
                .iter()
                .map(|&h| if h == NO_HEAD { NONE } else { h })
                .collect();
            let kids = children(&heads);
            for d in 0..s.words.len() {
                if heads[d] == NONE {
                    continue;
                }
                label_features(&s.words, &heads, &kids, d, &mut feats);
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
        log(format!(
            "labeller epoch {}: train accuracy {:.2}% ({} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            lt.n_features()
        ));
    }
    (labels, lt.finish(0))
}
