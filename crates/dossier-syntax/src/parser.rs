//! Dependency parser: greedy arc-hybrid transition system (Kuhlmann et al. 2011) with the
//! sentence root at the end of the buffer, an averaged perceptron trained with a dynamic oracle
//! (Goldberg & Nivre 2012/2013), and a separate arc labeller that sees the whole predicted tree.
//!
//! Transitions: SHIFT (push b0), LEFT (s0 ← b0, pop s0), RIGHT (s1 → s0, pop s0). LEFT with the
//! root as b0 is allowed only when the stack holds one word, so every sentence gets exactly one
//! root and the result is always a projective tree; parsing takes exactly 2n transitions.

use crate::doc::{Rel, Upos, NO_HEAD};
use crate::perceptron::{f1, f2, f3, put_u32, Reader, Rng, Trainer, Weights};
use crate::tagger::WordInfo;

mod beam;
mod label;

pub use label::{jackknifed_trees, train_labeller, train_labeller_on, LabelTrees};
use label::{label_features, Kids};

const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
const NONE: u32 = u32::MAX;

const H_NONE: u64 = 0x6e6f_6e65_0000_0001;
const H_ROOT: u64 = 0x726f_6f74_0000_0002;

/// What the parser sees of a word: its lower-case hash, its tag class and a few bits read off
/// the tag ([`FINITE`], [`PUNCT`]) for the extended features.
#[derive(Clone, Copy)]
pub struct PWord {
    pub lower: u64,
    pub tag: u64,
    pub flags: u8,
}

/// [`PWord::flags`]: a finite verb or auxiliary (XPOS VBD, VBZ, VBP, MD).
pub const FINITE: u8 = 1;
/// [`PWord::flags`]: punctuation.
pub const PUNCT: u8 = 2;

/// The flags of a tag class (XPOS, UPOS).
pub fn tag_flags(xpos: &str, upos: Upos) -> u8 {
    let finite =
        matches!(upos, Upos::Verb | Upos::Aux) && matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD");
    (finite as u8 * FINITE) | ((upos == Upos::Punct) as u8 * PUNCT)
}

/// The parser's view of tagged words; `classes` is the tagger's class id → (XPOS, UPOS).
pub fn pwords(words: &[WordInfo], tags: &[u16], classes: &[(String, Upos)]) -> Vec<PWord> {
    let mut out = Vec::with_capacity(words.len());
    pwords_into(words, tags, classes, &mut out);
    out
}

/// [`pwords`] into a reused buffer (cleared first).
pub fn pwords_into(
    words: &[WordInfo],
    tags: &[u16],
    classes: &[(String, Upos)],
    out: &mut Vec<PWord>,
) {
    out.clear();
    out.extend(words.iter().zip(tags).map(|(w, &t)| PWord {
        lower: w.lower,
        tag: t as u64 + 1,
        flags: classes.get(t as usize).map_or(0, |(x, u)| tag_flags(x, *u)),
    }));
}

#[derive(Default, Clone)]
struct State {
    n: u32,
    stack: Vec<u32>,
    b: u32,
    heads: Vec<u32>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Which extended feature groups are read ([`Parser::extended`]); 0 for models trained
    /// without them.
    extended: u8,
    /// Finite verbs before word i (capped at 3), punctuation tokens before word i.
    fin_before: Vec<u8>,
    punct_before: Vec<u32>,
}

impl State {
    fn new(n: usize) -> State {
        let mut st = State::default();
        st.reset(n);
        st
    }

    /// Counts read by the extended features, for the words `w` (after [`State::reset`]).
    fn prepare(&mut self, w: &[PWord]) {
        self.fin_before.clear();
        self.punct_before.clear();
        if self.extended == 0 {
            return;
        }
        let (mut f, mut p) = (0u8, 0u32);
        for x in w {
            self.fin_before.push(f);
            self.punct_before.push(p);
            f = (f + (x.flags & FINITE != 0) as u8).min(3);
            p += (x.flags & PUNCT != 0) as u32;
        }
        self.fin_before.push(f);
        self.punct_before.push(p);
    }

    /// The initial configuration for a sentence of `n` words, reusing the buffers.
    fn reset(&mut self, n: usize) {
        self.n = n as u32;
        self.stack.clear();
        self.b = 0;
        self.heads.clear();
        self.heads.resize(n, NONE);
        for v in [&mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(n + 1, 0);
        }
    }

    fn terminal(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    fn valid(&self) -> [bool; 3] {
        let k = self.stack.len();
        [
            self.b < self.n,
            k >= 1 && (self.b < self.n || k == 1),
            k >= 2,
        ]
    }

    fn add_arc(&mut self, h: u32, d: u32) {
        self.heads[d as usize] = h;
        let h = h as usize;
        if d < h as u32 {
            // Left dependent: d is further left than any previous left dependent (arc-hybrid
            // attaches left dependents of b0 from the nearest outwards).
            if self.lc1[h] == NONE || d < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d;
            } else if self.lc2[h] == NONE || d < self.lc2[h] {
                self.lc2[h] = d;
            }
            self.nl[h] = self.nl[h].saturating_add(1);
        } else {
            if self.rc1[h] == NONE || d > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d;
            } else if self.rc2[h] == NONE || d > self.rc2[h] {
                self.rc2[h] = d;
            }
            self.nr[h] = self.nr[h].saturating_add(1);
        }
    }

    fn apply(&mut self, t: usize) {
        match t {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                let s0 = self.stack.pop().expect("LEFT on an empty stack");
                self.add_arc(self.b, s0);
            }
            _ => {
                let s0 = self.stack.pop().expect("RIGHT on a short stack");
                let s1 = *self.stack.last().expect("RIGHT on a short stack");
                self.add_arc(s1, s0);
            }
        }
    }

    fn features(&self, w: &[PWord], out: &mut Vec<u64>) {
        out.clear();
        let n = self.n;
        let word = |i: u32| -> (u64, u64) {
            if i == NONE {
                (H_NONE, H_NONE)
            } else if i == n {
                (H_ROOT, H_ROOT)
            } else {
                (w[i as usize].lower, w[i as usize].tag)
            }
        };
        let get = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
        let k = self.stack.len();
        let s0 = if k >= 1 { self.stack[k - 1] } else { NONE };
        let s1 = if k >= 2 { self.stack[k - 2] } else { NONE };
        let s2 = if k >= 3 { self.stack[k - 3] } else { NONE };
        let b0 = self.b;
        let b1 = if b0 < n { b0 + 1 } else { NONE };
        let b2 = if b0 + 1 < n { b0 + 2 } else { NONE };
        let (s0w, s0t) = word(s0);
        let (s1w, s1t) = word(s1);
        let (_, s2t) = word(s2);
        let (b0w, b0t) = word(b0);
        let (b1w, b1t) = word(b1);
        let (b2w, b2t) = word(b2);
        let (s0lw, s0lt) = word(get(&self.lc1, s0));
        let (_, s0l2t) = word(get(&self.lc2, s0));
        let (s0rw, s0rt) = word(get(&self.rc1, s0));
        let (_, s0r2t) = word(get(&self.rc2, s0));
        let (b0lw, b0lt) = word(get(&self.lc1, b0));
        let (_, b0l2t) = word(get(&self.lc2, b0));
        let (_, s1lt) = word(get(&self.lc1, s1));
        let (s1rw, s1rt) = word(get(&self.rc1, s1));
        let d = if s0 != NONE {
            (b0 - s0).min(10) as u64
        } else {
            0
        };
        let d1 = if s1 != NONE {
            (s0 - s1).min(10) as u64
        } else {
            0
        };
        let val = |v: &Vec<u8>, i: u32| if i == NONE { 99 } else { v[i as usize] as u64 };
        let (s0vl, s0vr, b0vl) = (val(&self.nl, s0), val(&self.nr, s0), val(&self.nl, b0));
        let s0wt = f1(s0w, s0t);
        let s1wt = f1(s1w, s1t);
        let b0wt = f1(b0w, b0t);
        let b1wt = f1(b1w, b1t);
        out.extend_from_slice(&[
            f1(0, 0),
            f1(1, s0w),
            f1(2, s0t),
            f1(3, s0wt),
            f1(4, s1w),
            f1(5, s1t),
            f1(6, s1wt),
            f1(7, b0w),
            f1(8, b0t),
            f1(9, b0wt),
            f1(10, b1w),
            f1(11, b1t),
            f1(12, b1wt),
            f1(13, b2w),
            f1(14, b2t),
            f1(15, s2t),
            f2(16, s0wt, b0wt),
            f2(17, s0wt, b0w),
            f2(18, s0w, b0wt),
            f2(19, s0wt, b0t),
            f2(20, s0t, b0wt),
            f2(21, s0w, b0w),
            f2(22, s0t, b0t),
            f2(23, b0t, b1t),
            f2(24, s1w, s0w),
            f2(25, s1t, s0t),
            f2(26, s1t, s0w),
            f2(27, s1w, s0t),
            f2(28, s1wt, s0wt),
            f3(29, b0t, b1t, b2t),
            f3(30, s0t, b0t, b1t),
            f3(31, s1t, s0t, b0t),
            f3(32, s2t, s1t, s0t),
            f3(33, s0t, s0lt, b0t),
            f3(34, s0t, s0rt, b0t),
            f3(35, s0t, b0t, b0lt),
            f3(36, s0t, s0lt, s0l2t),
            f3(37, s0t, s0rt, s0r2t),
            f3(38, b0t, b0lt, b0l2t),
            f3(39, s1t, s1lt, s0t),
            f3(40, s1t, s1rt, s0t),
            f3(41, s1t, s0t, s0lt),
            f3(42, s1t, s0t, s0rt),
            f1(43, s0lw),
            f1(44, s0lt),
            f1(45, s0rw),
            f1(46, s0rt),
            f1(47, b0lw),
            f1(48, b0lt),
            f1(49, s1lt),
            f1(50, s1rt),
            f1(51, s1rw),
            f2(52, s0w, d),
            f2(53, s0t, d),
            f2(54, b0w, d),
            f2(55, b0t, d),
            f3(56, s0w, b0w, d),
            f3(57, s0t, b0t, d),
            f3(58, s1t, s0t, d1),
            f2(59, s0w, s0vr),
            f2(60, s0t, s0vr),
            f2(61, s0w, s0vl),
            f2(62, s0t, s0vl),
            f2(63, b0w, b0vl),
            f2(64, b0t, b0vl),
            f2(65, s1t, b0t),
            f2(66, s1w, b0w),
            f2(67, b0wt, b1wt),
            f3(68, s0t, b0t, (k.min(3)) as u64),
        ]);
        let ext = self.extended;
        if ext == 0 || self.fin_before.len() != n as usize + 1 {
            return;
        }
        // Finite verbs already seen left of s0 / b0: a finite verb right after a noun phrase
        // with none before it is the main verb, not a clause on the noun.
        let fin = |i: u32| {
            if i == NONE {
                9
            } else {
                self.fin_before[i as usize] as u64
            }
        };
        let punct = if s0 != NONE {
            (self.punct_before[b0 as usize] - self.punct_before[s0 as usize + 1]).min(2) as u64
        } else {
            9
        };
        let (s1vl, s1vr) = (val(&self.nl, s1), val(&self.nr, s1));
        let (s0l2w, _) = word(get(&self.lc2, s0));
        let (s0r2w, _) = word(get(&self.rc2, s0));
        let (b0l2w, _) = word(get(&self.lc2, b0));
        let b0fin = (b0 < n && w[b0 as usize].flags & FINITE != 0) as u64;
        if ext & EXT_FINITE != 0 {
            out.extend_from_slice(&[
                f3(69, s0t, b0t, fin(s0)),
                f3(70, b0t, b0fin, fin(b0)),
                f3(71, s0t, b0w, fin(s0).min(1)),
                f3(84, s1t, s0t, fin(s0)),
            ]);
        }
        if ext & EXT_PUNCT != 0 {
            out.extend_from_slice(&[f3(72, s0t, b0t, punct), f2(73, s0w, punct)]);
        }
        if ext & EXT_S1_VALENCY != 0 {
            out.extend_from_slice(&[
                f2(74, s1w, s1vl),
                f2(75, s1t, s1vl),
                f2(76, s1w, s1vr),
                f2(77, s1t, s1vr),
            ]);
        }
        if ext & EXT_SECOND_CHILD != 0 {
            out.extend_from_slice(&[
                f1(78, s0l2w),
                f1(79, s0r2w),
                f1(80, b0l2w),
                f1(81, s0l2t),
                f1(82, s0r2t),
                f1(83, b0l2t),
            ]);
        }
    }

    /// Cost (gold arcs lost) of each transition, given gold heads (`n` = root).
    fn costs(&self, gold: &[u32], gold_kids: &[Vec<u32>], in_stack: &[bool]) -> [u32; 3] {
        let k = self.stack.len();
        let b = self.b;
        let mut c = [u32::MAX; 3];
        let valid = self.valid();
        if k >= 1 {
            let s0 = self.stack[k - 1];
            let h = gold[s0 as usize];
            let kids_in_buffer = gold_kids[s0 as usize].iter().filter(|&&d| d >= b).count() as u32;
            if valid[LEFT] {
                let s1_head = k >= 2 && h == self.stack[k - 2];
                c[LEFT] = s1_head as u32 + (h > b) as u32 + kids_in_buffer;
            }
            if valid[RIGHT] {
                c[RIGHT] = (h >= b) as u32 + kids_in_buffer;
            }
        }
        if valid[SHIFT] {
            let s0 = if k >= 1 { self.stack[k - 1] } else { NONE };
            let kids = gold_kids[b as usize]
                .iter()
                .filter(|&&d| in_stack[d as usize])
                .count() as u32;
            let h = gold[b as usize];
            let head_lost = h != s0 && (h as usize) < in_stack.len() && in_stack[h as usize];
            c[SHIFT] = kids + head_lost as u32;
        }
        c
    }
}

fn best_valid_i32(scores: &[i32; 3], valid: &[bool; 3]) -> usize {
    let mut best = usize::MAX;
    for t in 0..3 {
        if valid[t] && (best == usize::MAX || scores[t] > scores[best]) {
            best = t;
        }
    }
    best
}

/// The unlabelled parser and the labeller.
pub struct Parser {
    pub weights: Weights,
    /// Label class id → relation.
    pub labels: Vec<Rel>,
    pub label_weights: Weights,
    /// The extended feature groups the transition model reads ([`EXT_FINITE`] …; 0: none).
    /// Stored in the bundle in the top byte of the label count, so bundles written before it
    /// read as 0.
    pub extended: u8,
    /// Beam width of the decoder (0 or 1: greedy). Stored in bits 16–23 of the label count,
    /// so bundles written before it read as greedy.
    pub beam: u8,
}

/// Extended features: finite verbs already seen left of s0 / b0 (a finite verb right after a
/// noun phrase with none before it is the main verb, not a clause on the noun).
pub const EXT_FINITE: u8 = 1;
/// Extended features: punctuation between s0 and b0.
pub const EXT_PUNCT: u8 = 2;
/// Extended features: s1's left and right valency (Zhang & Nivre 2011).
pub const EXT_S1_VALENCY: u8 = 4;
/// Extended features: second-leftmost/rightmost children's words and tags (Zhang & Nivre 2011).
pub const EXT_SECOND_CHILD: u8 = 8;

/// Buffers for [`Parser::parse_into`], kept across sentences so that parsing a sentence
/// allocates nothing once they have grown to the longest sentence seen.
#[derive(Default)]
pub struct ParseScratch {
    state: State,
    kids: Kids,
    scores: Vec<i32>,
    beam: beam::BeamScratch,
}

impl Parser {
    /// Parse one sentence: heads (`NO_HEAD` for the root) and relations.
    pub fn parse(&self, w: &[PWord], feats: &mut Vec<u64>) -> (Vec<u32>, Vec<Rel>) {
        let (mut heads, mut rels) = (Vec::new(), Vec::new());
        let mut scratch = ParseScratch::default();
        self.parse_into(w, feats, &mut scratch, &mut heads, &mut rels);
        (heads, rels)
    }

    /// [`Parser::parse`] into `heads` and `rels` (cleared first), with reused buffers.
    pub fn parse_into(
        &self,
        w: &[PWord],
        feats: &mut Vec<u64>,
        scratch: &mut ParseScratch,
        heads: &mut Vec<u32>,
        rels: &mut Vec<Rel>,
    ) {
        self.tree_into(w, feats, scratch, heads);
        self.label_into(w, heads, feats, scratch, rels);
    }

    /// The unlabelled tree of one sentence: heads (`NO_HEAD` for the root).
    pub fn heads(&self, w: &[PWord], feats: &mut Vec<u64>) -> Vec<u32> {
        let mut heads = Vec::new();
        self.tree_into(w, feats, &mut ParseScratch::default(), &mut heads);
        heads
    }

    /// The unlabelled tree by the bundle's decoder: a beam of [`Parser::beam`] items, or greedy.
    fn tree_into(
        &self,
        w: &[PWord],
        feats: &mut Vec<u64>,
        sc: &mut ParseScratch,
        out: &mut Vec<u32>,
    ) {
        if self.beam > 1 {
            beam::heads_into(self, w, feats, &mut sc.beam, out);
        } else {
            self.heads_into(w, feats, &mut sc.state, out);
        }
    }

    fn heads_into(&self, w: &[PWord], feats: &mut Vec<u64>, st: &mut State, out: &mut Vec<u32>) {
        out.clear();
        let n = w.len();
        if n == 0 {
            return;
        }
        st.reset(n);
        st.extended = self.extended;
        st.prepare(w);
        while !st.terminal() {
            st.features(w, feats);
            let mut s = [0i32; 3];
            self.weights.score(feats, &mut s);
            let t = best_valid_i32(&s, &st.valid());
            st.apply(t);
        }
        out.extend(
            st.heads
                .iter()
                .map(|&h| if h >= n as u32 { NO_HEAD } else { h }),
        );
    }

    /// Relations for a tree from [`Parser::heads`] (`NO_HEAD` root gets `Rel::Root`).
    pub fn label(&self, w: &[PWord], heads: &[u32], feats: &mut Vec<u64>) -> Vec<Rel> {
        let mut rels = Vec::new();
        self.label_into(w, heads, feats, &mut ParseScratch::default(), &mut rels);
        rels
    }

    fn label_into(
        &self,
        w: &[PWord],
        heads: &[u32],
        feats: &mut Vec<u64>,
        scratch: &mut ParseScratch,
        out: &mut Vec<Rel>,
    ) {
        // NO_HEAD and the parser's NONE are the same value.
        const _: () = assert!(NO_HEAD == NONE);
        out.clear();
        let ParseScratch { kids, scores, .. } = scratch;
        kids.fill_from(heads);
        scores.clear();
        scores.resize(self.labels.len(), 0);
        out.extend((0..w.len()).map(|d| {
            if heads[d] == NONE {
                return Rel::Root;
            }
            label_features(w, heads, kids, d, feats);
            scores.iter_mut().for_each(|s| *s = 0);
            self.label_weights.score(feats, scores);
            let mut best = usize::MAX;
            for (c, &s) in scores.iter().enumerate() {
                if self.labels[c] != Rel::Root && (best == usize::MAX || s > scores[best]) {
                    best = c;
                }
            }
            self.labels.get(best).copied().unwrap_or(Rel::Dep)
        }));
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        self.weights.write(out);
        let (ext, beam) = ((self.extended as u32) << 24, (self.beam as u32) << 16);
        put_u32(out, self.labels.len() as u32 | ext | beam);
        for l in &self.labels {
            crate::perceptron::put_str(out, l.as_str());
        }
        self.label_weights.write(out);
    }

    pub fn read(r: &mut Reader) -> Result<Parser, String> {
        let weights = Weights::read(r)?;
        if weights.n_classes != 3 {
            return Err("parser weights must have 3 classes".into());
        }
        let n = r.u32()?;
        let (extended, beam) = ((n >> 24) as u8, (n >> 16) as u8);
        let n = (n & 0xffff) as usize;
        if n == 0 || n > 1024 {
            return Err(format!("bad label count {n}"));
        }
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            labels.push(Rel::parse(r.str()?));
        }
        let label_weights = Weights::read(r)?;
        if label_weights.n_classes as usize != n {
            return Err("labeller weights do not match its labels".into());
        }
        Ok(Parser {
            weights,
            labels,
            label_weights,
            extended,
            beam,
        })
    }
}

/// One training sentence for the parser: words (with the tags the parser will see) and gold
/// heads (0-based, `NO_HEAD` for the root) and relations.
#[derive(Clone)]
pub struct ParseSentence {
    pub words: Vec<PWord>,
    pub heads: Vec<u32>,
    pub rels: Vec<Rel>,
}

#[derive(Clone, Copy)]
pub struct ParserOptions {
    pub epochs: usize,
    pub label_epochs: usize,
    /// First epoch (0-based) from which the dynamic oracle explores.
    pub explore_from: usize,
    /// Probability of following the model's (possibly wrong) transition when exploring.
    pub explore_p: f64,
    pub seed: u64,
    /// Train with these extended feature groups ([`Parser::extended`]).
    pub extended: u8,
    /// Transition models trained with different seeds whose weights are averaged (0 or 1: one).
    pub ensemble: usize,
    /// Beam width (0 or 1: greedy training with the dynamic oracle; k > 1: a structured
    /// perceptron with max-violation updates and a beam of k, decoded with the same width).
    pub beam: usize,
}

/// Whether a tree (heads 0-based, `NO_HEAD` root) is projective.
pub fn is_projective(heads: &[u32]) -> bool {
    let n = heads.len();
    for d in 0..n {
        let h = heads[d];
        if h == NO_HEAD {
            continue;
        }
        let (a, b) = if (h as usize) < d {
            (h as usize, d)
        } else {
            (d, h as usize)
        };
        for k in a + 1..b {
            // Every word strictly between must be dominated by h.
            let mut x = k;
            let mut ok = false;
            for _ in 0..=n {
                let hx = heads[x];
                if hx == NO_HEAD {
                    break;
                }
                if hx == h {
                    ok = true;
                    break;
                }
                x = hx as usize;
            }
            if !ok {
                return false;
            }
        }
    }
    true
}

pub fn train(sents: &[ParseSentence], opt: &ParserOptions, log: &mut dyn FnMut(String)) -> Parser {
    let mut rng = Rng::new(opt.seed);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let members: Vec<Trainer> = (0..opt.ensemble.max(1) as u64)
        .map(|m| {
            // The first member draws from the labeller's generator and sentence order as a
            // single model does; the others from their own.
            let train = if opt.beam > 1 {
                beam::train_transitions
            } else {
                train_transitions
            };
            if m == 0 {
                train(sents, opt, &mut rng, &mut order, log)
            } else {
                let mut own: Vec<usize> = (0..sents.len()).collect();
                let mut r = Rng::new(opt.seed + 1000 * m);
                train(sents, opt, &mut r, &mut own, log)
            }
        })
        .collect();
    let weights = if members.len() == 1 {
        members[0].finish(0)
    } else {
        Trainer::finish_mean(&members.iter().collect::<Vec<_>>(), 0)
    };
    let (labels, label_weights) =
        train_labeller(sents, opt.label_epochs, &mut rng, &mut order, log);
    Parser {
        weights,
        labels,
        label_weights,
        extended: opt.extended,
        beam: if opt.beam > 1 {
            opt.beam.min(255) as u8
        } else {
            0
        },
    }
}

/// Gold heads with the root as `n` (the buffer's last position), and each word's gold
/// dependents (index `n`: the root's).
fn gold_arcs(heads: &[u32]) -> (Vec<u32>, Vec<Vec<u32>>) {
    let n = heads.len();
    let gold: Vec<u32> = heads
        .iter()
        .map(|&h| if h == NO_HEAD { n as u32 } else { h })
        .collect();
    let mut kids = vec![Vec::new(); n + 1];
    for (d, &h) in gold.iter().enumerate() {
        kids[h as usize].push(d as u32);
    }
    (gold, kids)
}

/// Train the transition model's perceptron with the dynamic oracle (sentence order and
/// exploration drawn from `rng`).
fn train_transitions(
    sents: &[ParseSentence],
    opt: &ParserOptions,
    rng: &mut Rng,
    order: &mut [usize],
    log: &mut dyn FnMut(String),
) -> Trainer {
    let mut t = Trainer::new(3);
    let mut feats = Vec::new();
    for epoch in 0..opt.epochs {
        rng.shuffle(order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in order.iter() {
            let s = &sents[si];
            let n = s.words.len();
            if n == 0 {
                continue;
            }
            let (gold, gold_kids) = gold_arcs(&s.heads);
            let mut in_stack = vec![false; n];
            let mut st = State::new(n);
            st.extended = opt.extended;
            st.prepare(&s.words);
            while !st.terminal() {
                st.features(&s.words, &mut feats);
                let mut sc = [0f32; 3];
                t.score(&feats, &mut sc);
                let valid = st.valid();
                let costs = st.costs(&gold, &gold_kids, &in_stack);
                let min = *costs.iter().min().expect("three costs");
                let mut pred = usize::MAX;
                let mut best = usize::MAX;
                for m in 0..3 {
                    if !valid[m] {
                        continue;
                    }
                    if pred == usize::MAX || sc[m] > sc[pred] {
                        pred = m;
                    }
                    if costs[m] == min && (best == usize::MAX || sc[m] > sc[best]) {
                        best = m;
                    }
                }
                t.tick();
                if costs[pred] > min {
                    t.update(&feats, best, pred);
                } else {
                    right += 1;
                }
                total += 1;
                let next =
                    if costs[pred] > min && epoch >= opt.explore_from && rng.unit() < opt.explore_p
                    {
                        pred
                    } else {
                        best
                    };
                match next {
                    SHIFT => in_stack[st.b as usize] = true,
                    _ => {
                        let s0 = *st.stack.last().expect("valid pop");
                        in_stack[s0 as usize] = false;
                    }
                }
                st.apply(next);
            }
        }
        log(format!(
            "parser epoch {}: {:.2}% transitions optimal ({} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            t.n_features()
        ));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projectivity() {
        // 0 <- 1 -> 2 : projective
        assert!(is_projective(&[1, NO_HEAD, 1]));
        // arcs 0->2 and 1->3 cross
        assert!(!is_projective(&[NO_HEAD, 3, 0, 0]));
    }

    #[test]
    fn static_oracle_path_rebuilds_a_projective_tree() {
        // "The minister said talks failed": The<-minister<-said->failed, talks<-failed
        let gold_heads = [1u32, 2, NO_HEAD, 4, 2];
        let n = gold_heads.len();
        let (gold, gold_kids) = gold_arcs(&gold_heads);
        let mut in_stack = vec![false; n];
        let mut st = State::new(n);
        let mut steps = 0;
        while !st.terminal() {
            let c = st.costs(&gold, &gold_kids, &in_stack);
            let v = st.valid();
            let t = (0..3)
                .find(|&m| v[m] && c[m] == 0)
                .expect("a zero-cost move");
            match t {
                SHIFT => in_stack[st.b as usize] = true,
                _ => in_stack[*st.stack.last().unwrap() as usize] = false,
            }
            st.apply(t);
            steps += 1;
        }
        assert_eq!(steps, 2 * n);
        assert_eq!(st.heads, gold);
    }
}
