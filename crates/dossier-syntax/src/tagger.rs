//! Part-of-speech tagger: greedy left-to-right averaged perceptron over hashed features.
//!
//! One class per (XPOS, UPOS) pair seen in training, so both tags come from one decision.
//! Features: the word, its lower case, prefixes and suffixes, shape, ±2 words, the previous two
//! predicted tags, and the *ambiguity class* (the set of tags seen with a word in training) of
//! the word and of the two words after it, which gives the greedy tagger a look at the right
//! context's likely tags.
//!
//! Headlines (Title Case or ALL CAPS, [`sentence_style`]) are read in running-text case before
//! tagging ([`truecase`]): a word written in lower case inside training sentences is lower-cased
//! ("Turkey Launches Offensive" reads "launches" as the verb it is), so that web-text training
//! does not read every capitalised headline word as a name. Each word's capitalisation profile
//! rides in the low bits of its ambiguity-class value; words too rare for an ambiguity class
//! are kept for their profile only ([`RARE_CLASS`], read as "no class" by the features).

use crate::clusters::{lowercase_into, Clusters};
use crate::doc::{Atom, Upos};
use crate::perceptron::{f1, f2, f3, hash_bytes, put_str, put_u32, Reader, Rng, Trainer, Weights};
use crate::tagsets::{argmax_margin_masked, TagSets};
use rustc_hash::FxHashMap;

/// Hashes of one word's surface properties, computed once per token.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    pub form: u64,
    pub lower: u64,
    pub pre1: u64,
    pub pre3: u64,
    pub suf1: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    pub shape: u64,
    /// Ambiguity class (0 = unseen word).
    pub amb: u64,
    /// How the lower-cased word is written inside sentences in training: [`CAP_UNSEEN`],
    /// [`CAP_NEVER`], [`CAP_MIXED`] or [`CAP_MOSTLY`] (see [`ambiguity_classes`]).
    pub cap: u64,
    /// This token's case: 0 no capital, 1 initial capital, 2 ALL CAPS (two letters or more).
    pub case: u64,
    /// Letters in the token (saturating at 255).
    pub letters: u8,
    /// The word's fine and coarse distributional classes plus one ([`Clusters`]; 0 = none).
    pub fine: u64,
    pub coarse: u64,
}

/// What the tagger knows of words besides its weights: ambiguity classes (with capitalisation
/// profiles) from the treebank, distributional classes from unlabeled text, and the tag
/// classes each known word may take (the last two empty in bundles without them).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Lower-case word hash → ambiguity class hash.
    pub amb: FxHashMap<u64, u64>,
    pub clusters: Clusters,
    pub tagsets: TagSets,
}

/// Capitalisation profiles of a word (low bits of its ambiguity-class value).
pub const CAP_NEVER: u64 = 1;
pub const CAP_MIXED: u64 = 2;
pub const CAP_MOSTLY: u64 = 3;
pub const CAP_UNSEEN: u64 = 7;
/// The bits of an ambiguity-class value that hold the capitalisation profile.
const CAP_BITS: u64 = 0b1110;

const PAD_L: u64 = 0x5f5f_3c73_3e5f_5f01;
const PAD_R: u64 = 0x5f5f_3c2f_733e_5f02;

impl WordInfo {
    fn pad(h: u64) -> WordInfo {
        WordInfo {
            form: h,
            lower: h,
            pre1: h,
            pre3: h,
            suf1: h,
            suf2: h,
            suf3: h,
            suf4: h,
            shape: h,
            amb: h,
            cap: h,
            case: h,
            letters: 0,
            fine: h,
            coarse: h,
        }
    }
}

/// Reusable buffers so that computing word features allocates nothing per token.
#[derive(Default)]
pub struct Scratch {
    lower: String,
    shape: String,
}

/// Compute a word's feature hashes from its form and the tagger's word tables.
pub fn word_info(form: &str, lex: &Lexicon, s: &mut Scratch) -> WordInfo {
    lowercase_into(form, &mut s.lower);
    // Digits are normalised so that numbers share statistics.
    s.shape.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 0;
            last = k;
        }
        if run < 3 {
            s.shape.push(k);
        }
    }
    let lower = s.lower.as_str();
    let n = lower.chars().count();
    let suffix = |k: usize| -> &str {
        if n <= k {
            return lower;
        }
        let b = lower.char_indices().nth(n - k).map_or(0, |(i, _)| i);
        &lower[b..]
    };
    let prefix = |k: usize| -> &str {
        let b = lower.char_indices().nth(k).map_or(lower.len(), |(i, _)| i);
        &lower[..b]
    };
    let lower_h = hash_bytes(lower.as_bytes());
    let amb_v = lex.amb.get(&lower_h).copied().unwrap_or(0);
    let (fine, coarse) = match lex.clusters.get(lower_h) {
        Some((f, c)) => (f as u64 + 1, c as u64 + 1),
        None => (0, 0),
    };
    WordInfo {
        form: hash_bytes(form.as_bytes()),
        lower: lower_h,
        pre1: hash_bytes(prefix(1).as_bytes()),
        pre3: hash_bytes(prefix(3).as_bytes()),
        suf1: hash_bytes(suffix(1).as_bytes()),
        suf2: hash_bytes(suffix(2).as_bytes()),
        suf3: hash_bytes(suffix(3).as_bytes()),
        suf4: hash_bytes(suffix(4).as_bytes()),
        shape: hash_bytes(s.shape.as_bytes()),
        amb: match amb_v & !CAP_BITS {
            RARE_CLASS => 0,
            a => a,
        },
        cap: if amb_v == 0 {
            CAP_UNSEEN
        } else {
            (amb_v & CAP_BITS) >> 1
        },
        case: case_of(form),
        letters: form.chars().filter(|c| c.is_alphabetic()).count().min(255) as u8,
        fine,
        coarse,
    }
}

/// Headlines (Title Case or ALL CAPS, see [`sentence_style`]) are read in the case running text
/// would use: a capitalised word whose lower-cased form is written in lower case inside
/// sentences in training ([`CAP_NEVER`]) is lower-cased (kept capitalised if first); an
/// unseen word in ALL CAPS in an ALL CAPS sentence is capitalised ("KABUL" → "Kabul"). Other
/// words keep their case. Only the case-sensitive parts of `words` change (form, shape, case);
/// the lower-cased form the parser reads stays the same. Running text is left alone.
pub fn truecase<'a>(
    form: impl Fn(usize) -> &'a str,
    words: &mut [WordInfo],
    lex: &Lexicon,
    s: &mut Scratch,
) {
    let style = sentence_style(words);
    if style == 0 {
        return;
    }
    let mut buf = String::new();
    for (i, slot) in words.iter_mut().enumerate() {
        let w = *slot;
        let lower = w.case > 0 && w.cap == CAP_NEVER;
        let title = style == 2 && w.case == 2 && w.cap == CAP_UNSEEN;
        if !lower && !title {
            continue;
        }
        let f = form(i);
        buf.clear();
        for (k, c) in f.chars().enumerate() {
            if k == 0 && (i == 0 || title) {
                buf.extend(c.to_uppercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        }
        if buf != f {
            *slot = word_info(&buf, lex, s);
        }
    }
}

/// 0 no capital first letter, 1 initial capital, 2 ALL CAPS (at least two letters, none lower).
pub fn case_of(form: &str) -> u64 {
    let mut chars = form.chars().filter(|c| c.is_alphabetic());
    match chars.next() {
        Some(c) if c.is_uppercase() => {
            let (mut letters, mut lower) = (1, false);
            for c in chars {
                letters += 1;
                lower |= c.is_lowercase();
            }
            if letters >= 2 && !lower {
                2
            } else {
                1
            }
        }
        _ => 0,
    }
}

/// Tokens after which a capital letter says nothing about the word (a quote, colon, bracket,
/// dash).
fn is_opener(form: &str) -> bool {
    matches!(
        form,
        "\"" | "“" | "”" | "‘" | "'" | "``" | "''" | ":" | "(" | "[" | "--" | "—" | "–"
    )
}

/// Sentence style from its words' case: 0 running text, 1 Title Case headline (at least 80%
/// of its words of four letters or more capitalised, and at least three such words), 2 ALL
/// CAPS (at least 80% of its words of two letters or more in capitals, at least three).
pub fn sentence_style(words: &[WordInfo]) -> u64 {
    style_of(words.iter().map(|w| (w.case, w.letters as usize)))
}

/// [`sentence_style`] over (case, letters) pairs.
fn style_of(words: impl Iterator<Item = (u64, usize)>) -> u64 {
    let (mut n_long, mut cap_long, mut n_any, mut caps) = (0, 0, 0, 0);
    for (case, letters) in words {
        if letters >= 4 {
            n_long += 1;
            cap_long += (case > 0) as usize;
        }
        if letters >= 2 {
            n_any += 1;
            caps += (case == 2) as usize;
        }
    }
    if n_any >= 3 && caps * 5 >= n_any * 4 {
        2
    } else if n_long >= 3 && cap_long * 5 >= n_long * 4 {
        1
    } else {
        0
    }
}

pub struct Tagger {
    /// Class id → (XPOS, UPOS).
    pub classes: Vec<(String, Upos)>,
    /// Ambiguity classes and word clusters.
    pub lex: Lexicon,
    /// Frequent words that (case-sensitive) nearly always take one class: tagged by look-up,
    /// without features ("the", ",", "said").
    pub dict: FxHashMap<u64, u16>,
    pub weights: Weights,
    /// The second pass (absent in older bundles): re-tags the sentence left to right seeing the
    /// first pass's tags on both sides ([`features2`]).
    pub second: Option<Weights>,
    /// Which tokens the second pass re-tags: those whose first-pass score margin (best minus
    /// runner-up, in averaged-perceptron units) is below this; the others keep their first-pass
    /// tag. `f32::INFINITY` re-tags every token (bundles written before the margin existed).
    pub second_margin: f32,
    /// Each class's XPOS, interned (what a token holds).
    xpos: Vec<Atom>,
}

/// The first pass's tags and score margins when a second pass follows.
#[derive(Default)]
struct FirstPass {
    tags: Vec<u16>,
    margins: Vec<i32>,
}

thread_local! {
    static FIRST: std::cell::RefCell<FirstPass> = std::cell::RefCell::new(FirstPass::default());
}

/// A word enters the tag dictionary when seen at least this often…
const DICT_MIN_COUNT: usize = 20;
/// …with one class in at least this share of its occurrences.
const DICT_MIN_SHARE: f64 = 0.995;

/// The tag dictionary: case-sensitive form hash → class.
pub fn tag_dictionary(words: &[(u64, u16)]) -> FxHashMap<u64, u16> {
    let mut counts: FxHashMap<u64, FxHashMap<u16, usize>> = FxHashMap::default();
    for &(f, c) in words {
        *counts.entry(f).or_default().entry(c).or_default() += 1;
    }
    let mut out = FxHashMap::default();
    for (f, m) in counts {
        let total: usize = m.values().sum();
        if total < DICT_MIN_COUNT {
            continue;
        }
        let (&c, &n) = m
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .expect("non-empty");
        if n as f64 >= DICT_MIN_SHARE * total as f64 {
            out.insert(f, c);
        }
    }
    out
}

const NO_TAG: u64 = 0xffff;
/// The ambiguity-class value of words seen too rarely for a class (their capitalisation profile
/// in bits 1–3): features read it as "no class", like an unseen word.
pub const RARE_CLASS: u64 = 0x7261_7265_0000_0011;

/// The features of word `i` given the two previous tags; with `clusters`, also the
/// distributional classes of the word and its neighbours ([`cluster_features`]).
fn features(w: &[WordInfo], i: usize, p1: u64, p2: u64, clusters: bool, out: &mut Vec<u64>) {
    out.clear();
    let at = |k: isize| -> WordInfo {
        let j = i as isize + k;
        if j < 0 {
            WordInfo::pad(PAD_L)
        } else if j as usize >= w.len() {
            WordInfo::pad(PAD_R)
        } else {
            w[j as usize]
        }
    };
    let (m2, m1, c, n1, n2) = (at(-2), at(-1), w[i], at(1), at(2));
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, c.lower),
        f1(2, c.form),
        f1(3, c.suf3),
        f1(4, c.suf2),
        f1(5, c.suf1),
        f1(6, c.pre1),
        f1(7, c.pre3),
        f1(8, c.suf4),
        f1(9, c.shape),
        f1(10, c.amb),
        f1(11, p1),
        f1(12, p2),
        f2(13, p1, p2),
        f2(14, p1, c.lower),
        f1(15, m1.lower),
        f1(16, m1.suf3),
        f1(17, m2.lower),
        f1(18, n1.lower),
        f1(19, n1.suf3),
        f1(20, n2.lower),
        f1(21, n1.amb),
        f1(22, n2.amb),
        f2(23, c.amb, n1.amb),
        f2(24, p1, n1.amb),
        f2(25, (i == 0) as u64, c.shape),
        f2(26, c.lower, n1.lower),
        f2(27, m1.lower, c.lower),
        f3(28, p1, c.amb, n1.amb),
        f2(29, c.suf3, n1.amb),
        f1(30, m1.amb),
        f2(33, p1, c.suf3),
        f2(34, c.shape, n1.shape),
        f2(35, c.lower, n1.amb),
        f2(36, c.lower, m1.amb),
        f1(37, n2.suf3),
    ]);
    if clusters {
        cluster_features(&[m2, m1, c, n1, n2], p1, out);
    }
}

/// Distributional-class features of the window `[t−2, t−1, t, t+1, t+2]`: fine and coarse
/// class of the word, the fine class of its neighbours, the coarse class two away, the class
/// with the previous tag, with the word's suffix and with the next word's class.
///
/// The word's own class is read only when the treebanks saw the word too rarely for an
/// ambiguity class (`amb == 0`: unseen or under 3 times), as Owoputi et al. (2013) use clusters
/// for rare words: a word the treebanks know is tagged from that evidence, not from the class
/// its raw-text uses put it in ("claim" shares a class with "reports, confirms" and read VBP
/// after "the senator's"; "shot" after "is" read NN). Its neighbours' classes are always read.
/// A known word emits no own-class features at all (session 17 emitted them with class 0,
/// extra bias features that flipped low-margin tags such as "police failed" VBD → VBN).
fn cluster_features(win: &[WordInfo; 5], p1: u64, out: &mut Vec<u64>) {
    let [m2, m1, c, n1, n2] = win;
    out.extend_from_slice(&[
        f1(62, m1.fine),
        f1(63, n1.fine),
        f1(64, m2.coarse),
        f1(65, n2.coarse),
    ]);
    if c.amb == 0 {
        out.extend_from_slice(&[
            f1(60, c.fine),
            f1(61, c.coarse),
            f2(66, p1, c.fine),
            f2(67, c.fine, c.suf2),
            f2(68, c.coarse, n1.coarse),
            f2(69, m1.coarse, c.coarse),
        ]);
    }
}

fn argmax_f32(s: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
}

/// Features of the second pass: those of the first, plus the first pass's tags around `i`
/// (`first`), so that the word sees its right context's likely tags, not only their ambiguity
/// classes.
fn features2(
    w: &[WordInfo],
    i: usize,
    (p1, p2): (u64, u64),
    first: &[u16],
    clusters: bool,
    out: &mut Vec<u64>,
) {
    features(w, i, p1, p2, clusters, out);
    let t = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            NO_TAG + 1
        } else {
            first.get(j as usize).map_or(NO_TAG + 2, |&c| c as u64)
        }
    };
    let (c, n1) = (w[i], w.get(i + 1).copied());
    let n1_lower = n1.map_or(PAD_R, |n| n.lower);
    let (f0, r1, r2) = (t(0), t(1), t(2));
    out.extend_from_slice(&[
        f1(40, r1),
        f1(41, r2),
        f2(42, r1, r2),
        f2(43, p1, r1),
        f2(44, c.lower, r1),
        f2(45, c.amb, r1),
        f3(46, p1, c.amb, r1),
        f2(47, c.suf3, r1),
        f2(48, n1_lower, r1),
        f1(49, f0),
        f2(50, c.shape, r1),
        f3(51, p2, p1, r1),
    ]);
}

fn xpos_atoms(classes: &[(String, Upos)]) -> Vec<Atom> {
    classes.iter().map(|(x, _)| Atom::new(x)).collect()
}

impl Tagger {
    /// The XPOS of tag class `class` ("" for an unknown class).
    pub fn xpos(&self, class: u16) -> Atom {
        self.xpos.get(class as usize).copied().unwrap_or_default()
    }

    /// Tag one sentence; class ids into `out`.
    pub fn tag(&self, words: &[WordInfo], out: &mut Vec<u16>, feats: &mut Vec<u64>) {
        let Some(second) = &self.second else {
            self.pass(&self.weights, None, words, out, None, feats);
            return;
        };
        // Margins in the quantised units of the first pass's weights; a dictionary word has
        // i32::MAX (never re-tagged).
        let limit = self.second_margin * self.weights.scale;
        let limit = if limit.is_finite() && limit < i32::MAX as f32 {
            limit.max(0.0) as i32
        } else {
            i32::MAX
        };
        FIRST.with(|cell| {
            let mut owned = FirstPass::default();
            let mut guard = cell.try_borrow_mut();
            let first = match guard.as_mut() {
                Ok(f) => &mut **f,
                Err(_) => &mut owned,
            };
            first.margins.clear();
            self.pass(
                &self.weights,
                None,
                words,
                &mut first.tags,
                Some(&mut first.margins),
                feats,
            );
            let FirstPass { tags, margins } = &*first;
            self.pass(
                second,
                Some((tags, margins, limit)),
                words,
                out,
                None,
                feats,
            );
        });
    }

    /// One greedy left-to-right pass with `weights`. The first pass may record each token's
    /// score margin; the second pass (`first` = the first pass's tags, margins and the margin
    /// below which a token is re-tagged) keeps the first pass's tag elsewhere.
    fn pass(
        &self,
        weights: &Weights,
        first: Option<(&[u16], &[i32], i32)>,
        words: &[WordInfo],
        out: &mut Vec<u16>,
        mut margins: Option<&mut Vec<i32>>,
        feats: &mut Vec<u64>,
    ) {
        out.clear();
        // The class scores live on the stack for any tag set of ordinary size.
        let mut small = [0i32; 256];
        let mut large = Vec::new();
        let scores: &mut [i32] = match small.get_mut(..self.classes.len()) {
            Some(s) => s,
            None => {
                large.resize(self.classes.len(), 0);
                &mut large
            }
        };
        let (mut p1, mut p2) = (NO_TAG, NO_TAG);
        let cl = !self.lex.clusters.is_empty();
        for i in 0..words.len() {
            let mut margin = i32::MAX;
            let c = match self.dict.get(&words[i].form) {
                Some(&c) => c as usize,
                None => match first {
                    Some((tags, m, limit)) if m.get(i).is_some_and(|&m| m >= limit) => {
                        tags[i] as usize
                    }
                    _ => {
                        match first {
                            Some((f, _, _)) => features2(words, i, (p1, p2), f, cl, feats),
                            None => features(words, i, p1, p2, cl, feats),
                        }
                        scores.iter_mut().for_each(|s| *s = 0);
                        weights.score(feats, scores);
                        let mask = self.lex.tagsets.allowed(&words[i]);
                        let (best, m) = argmax_margin_masked(scores, mask);
                        margin = m;
                        best
                    }
                },
            };
            if let Some(m) = margins.as_deref_mut() {
                m.push(margin);
            }
            out.push(c as u16);
            p2 = p1;
            p1 = c as u64;
        }
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.classes.len() as u32);
        for (x, u) in &self.classes {
            put_str(out, x);
            put_str(out, u.as_str());
        }
        let mut amb: Vec<(u64, u64)> = self.lex.amb.iter().map(|(&a, &b)| (a, b)).collect();
        amb.sort_unstable();
        put_u32(out, amb.len() as u32);
        for (a, b) in amb {
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        let mut dict: Vec<(u64, u16)> = self.dict.iter().map(|(&a, &b)| (a, b)).collect();
        dict.sort_unstable();
        put_u32(out, dict.len() as u32);
        for (a, b) in dict {
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        self.weights.write(out);
        if let Some(w) = &self.second {
            w.write(out);
            if self.second_margin.is_finite() {
                out.extend_from_slice(&self.second_margin.to_le_bytes());
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Tagger, String> {
        let n = r.u32()? as usize;
        if n == 0 || n > 4096 {
            return Err(format!("bad tag class count {n}"));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            let x = r.str()?.to_string();
            let u = r.str()?;
            let u = Upos::parse(u).ok_or_else(|| format!("unknown UPOS {u:?}"))?;
            classes.push((x, u));
        }
        let m = r.u32()? as usize;
        let mut amb = FxHashMap::default();
        amb.reserve(m.min(1 << 22));
        for _ in 0..m {
            let a = r.u64()?;
            let b = r.u64()?;
            amb.insert(a, b);
        }
        let m = r.u32()? as usize;
        let mut dict = FxHashMap::default();
        dict.reserve(m.min(1 << 20));
        for _ in 0..m {
            let a = r.u64()?;
            let b = u16::from_le_bytes(r.take(2)?.try_into().map_err(|_| "short")?);
            if b as usize >= n {
                return Err(format!("tag dictionary class {b} out of range"));
            }
            dict.insert(a, b);
        }
        let weights = Weights::read(r)?;
        if weights.n_classes as usize != n {
            return Err("tagger weights do not match its classes".into());
        }
        let second = if r.pos < r.buf.len() {
            let w = Weights::read(r)?;
            if w.n_classes as usize != n {
                return Err("second-pass weights do not match the tag classes".into());
            }
            Some(w)
        } else {
            None
        };
        let second_margin = if r.pos < r.buf.len() {
            let m = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| "short")?);
            if m.is_nan() || m < 0.0 {
                return Err(format!("bad second-pass margin {m}"));
            }
            m
        } else {
            f32::INFINITY
        };
        Ok(Tagger {
            second,
            second_margin,
            xpos: xpos_atoms(&classes),
            classes,
            // The clusters live in their own section of the bundle (`model.rs`).
            lex: Lexicon {
                amb,
                clusters: Clusters::default(),
                tagsets: TagSets::default(),
            },
            dict,
            weights,
        })
    }
}

/// One training sentence for the tagger: forms and gold (XPOS, UPOS).
pub struct TagSentence<'a> {
    pub forms: Vec<&'a str>,
    pub tags: Vec<(&'a str, Upos)>,
}

/// The sentences outside fold `fold` of `k` (sentence `i` is in fold `i % k`): the training
/// data of one jackknife round, for the parser's predicted tags and the second tagging pass.
pub fn outside_fold<'a>(sents: &[TagSentence<'a>], k: usize, fold: usize) -> Vec<TagSentence<'a>> {
    sents
        .iter()
        .enumerate()
        .filter(|(i, _)| i % k != fold)
        .map(|(_, s)| TagSentence {
            forms: s.forms.clone(),
            tags: s.tags.clone(),
        })
        .collect()
}

/// Ambiguity classes from training data: for each lower-case word seen at least `min_count`
/// times, the set of XPOS tags making up at least 5% of its occurrences. The value's bits 1–3
/// hold the word's capitalisation profile inside running sentences (not first, not after a
/// quote or colon, not in a headline): 0 never seen there, [`CAP_NEVER`] (under 5%
/// capitalised), [`CAP_MOSTLY`] (over 95%), else [`CAP_MIXED`].
pub fn ambiguity_classes(sents: &[TagSentence], min_count: usize) -> FxHashMap<u64, u64> {
    #[derive(Default)]
    struct Count<'a> {
        tags: FxHashMap<&'a str, usize>,
        inside: usize,
        capitalised: usize,
    }
    let mut counts: FxHashMap<String, Count> = FxHashMap::default();
    for s in sents {
        let style = style_of(s.forms.iter().map(|f| (case_of(f), letters(f))));
        for (i, (f, (x, _))) in s.forms.iter().zip(&s.tags).enumerate() {
            let c = counts.entry(f.to_lowercase()).or_default();
            *c.tags.entry(x).or_default() += 1;
            if style == 0 && i > 0 && !is_opener(s.forms[i - 1]) {
                c.inside += 1;
                c.capitalised += (case_of(f) > 0) as usize;
            }
        }
    }
    let mut out = FxHashMap::default();
    for (w, c) in counts {
        let total: usize = c.tags.values().sum();
        let cap = if c.inside == 0 {
            0
        } else if c.capitalised * 20 < c.inside {
            CAP_NEVER
        } else if c.capitalised * 20 > c.inside * 19 {
            CAP_MOSTLY
        } else {
            CAP_MIXED
        };
        if total < min_count {
            // Too rare for an ambiguity class; how it is written is still worth knowing.
            if cap != 0 {
                out.insert(hash_bytes(w.as_bytes()), RARE_CLASS | cap << 1);
            }
            continue;
        }
        let mut set: Vec<&str> = c
            .tags
            .iter()
            .filter(|(_, &n)| n * 20 >= total)
            .map(|(t, _)| *t)
            .collect();
        set.sort_unstable();
        let key = set.join(" ");
        out.insert(
            hash_bytes(w.as_bytes()),
            (hash_bytes(key.as_bytes()) & !0xf) | cap << 1 | 1,
        );
    }
    out
}

fn letters(form: &str) -> usize {
    form.chars().filter(|c| c.is_alphabetic()).count()
}

/// Train a tagger for `epochs` passes (sentences shuffled each pass with `seed`); with
/// `second_folds` > 1 also a second pass, trained on first-pass tags jackknifed over that many
/// folds. With non-empty `clusters` the tagger reads them ([`cluster_features`]).
pub fn train(
    sents: &[TagSentence],
    epochs: usize,
    seed: u64,
    second_folds: usize,
    clusters: &Clusters,
    log: &mut dyn FnMut(String),
) -> Tagger {
    let mut classes: Vec<(String, Upos)> = Vec::new();
    let mut class_of: FxHashMap<(String, Upos), u16> = FxHashMap::default();
    let mut all: Vec<(&str, Upos)> = sents.iter().flat_map(|s| s.tags.iter().copied()).collect();
    all.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    all.dedup();
    for (x, u) in all {
        class_of.insert((x.to_string(), u), classes.len() as u16);
        classes.push((x.to_string(), u));
    }
    let mut lex = Lexicon {
        amb: ambiguity_classes(sents, 3),
        clusters: clusters.clone(),
        tagsets: TagSets::default(),
    };
    let mut scratch = Scratch::default();
    let data: Vec<(Vec<WordInfo>, Vec<u16>)> = sents
        .iter()
        .map(|s| {
            let w = s
                .forms
                .iter()
                .map(|f| word_info(f, &lex, &mut scratch))
                .collect();
            let y = s
                .tags
                .iter()
                .map(|(x, u)| class_of[&(x.to_string(), *u)])
                .collect();
            (w, y)
        })
        .collect();
    let dict_rows: Vec<(u64, u16)> = data
        .iter()
        .flat_map(|(w, y)| w.iter().zip(y).map(|(w, &y)| (w.form, y)))
        .collect();
    let dict = tag_dictionary(&dict_rows);
    lex.tagsets = TagSets::build(
        sents
            .iter()
            .zip(&data)
            .flat_map(|(s, (_, y))| s.forms.iter().copied().zip(y.iter().copied())),
        classes.len(),
        crate::tagsets::MIN_COUNT,
    );
    let cl = !lex.clusters.is_empty();
    let weights = train_pass(
        &data,
        &dict,
        (classes.len(), cl),
        None,
        epochs,
        seed,
        "tagger",
        log,
    );
    let second = (second_folds > 1).then(|| {
        // The first pass's tags on each training sentence, from a tagger trained without it
        // (k folds), so that the second pass learns how far to trust them.
        let mut first: Vec<Vec<u16>> = data.iter().map(|(_, y)| y.clone()).collect();
        let k = second_folds;
        let mut out = Vec::new();
        let mut feats = Vec::new();
        for fold in 0..k {
            let rest = outside_fold(sents, k, fold);
            let t = train(
                &rest,
                epochs,
                seed + 101 + fold as u64,
                0,
                &lex.clusters,
                &mut |_| {},
            );
            let (mut right, mut total) = (0usize, 0usize);
            for (i, s) in sents.iter().enumerate().filter(|(i, _)| i % k == fold) {
                let words: Vec<_> = s
                    .forms
                    .iter()
                    .map(|f| word_info(f, &t.lex, &mut scratch))
                    .collect();
                t.tag(&words, &mut out, &mut feats);
                for (j, &c) in out.iter().enumerate() {
                    let key = &t.classes[c as usize];
                    let mapped = class_of.get(key).copied().unwrap_or(data[i].1[j]);
                    right += (mapped == data[i].1[j]) as usize;
                    total += 1;
                    first[i][j] = mapped;
                }
            }
            log(format!(
                "tagger second pass, fold {}/{k}: held-out first-pass accuracy {:.2}%",
                fold + 1,
                100.0 * right as f64 / total.max(1) as f64
            ));
        }
        train_pass(
            &data,
            &dict,
            (classes.len(), cl),
            Some(&first),
            epochs,
            seed + 100,
            "tagger second pass",
            log,
        )
    });
    Tagger {
        xpos: xpos_atoms(&classes),
        classes,
        lex,
        dict,
        weights,
        second,
        second_margin: f32::INFINITY,
    }
}

/// Train one greedy pass over `data` (word features, gold classes); with `first`, the second
/// pass over those first-pass tags. `shape`: the number of classes, and whether the words carry
/// clusters to read. Training scores every class: the tag sets' mask is applied when tagging
/// only (masked in training too, EWT dev UPOS/LAS fell 95.35/81.08 → 95.18/80.64).
#[allow(clippy::too_many_arguments)]
fn train_pass(
    data: &[(Vec<WordInfo>, Vec<u16>)],
    dict: &FxHashMap<u64, u16>,
    (n_classes, cl): (usize, bool),
    first: Option<&[Vec<u16>]>,
    epochs: usize,
    seed: u64,
    name: &str,
    log: &mut dyn FnMut(String),
) -> Weights {
    let mut t = Trainer::new(n_classes);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; n_classes];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let (w, y) = &data[k];
            let (mut p1, mut p2) = (NO_TAG, NO_TAG);
            for i in 0..w.len() {
                let g = match dict.get(&w[i].form) {
                    Some(&c) => c as usize,
                    None => {
                        match first {
                            Some(f) => features2(w, i, (p1, p2), &f[k], cl, &mut feats),
                            None => features(w, i, p1, p2, cl, &mut feats),
                        }
                        scores.iter_mut().for_each(|s| *s = 0.0);
                        t.score(&feats, &mut scores);
                        let g = argmax_f32(&scores);
                        t.tick();
                        t.update(&feats, y[i] as usize, g);
                        g
                    }
                };
                right += (g == y[i] as usize) as usize;
                total += 1;
                p2 = p1;
                p1 = g as u64;
            }
        }
        log(format!(
            "{name} epoch {}: train accuracy {:.2}% ({} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            t.n_features()
        ));
    }
    t.finish(0)
}
