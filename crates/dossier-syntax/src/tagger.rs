//! Part-of-speech tagger: greedy left-to-right averaged perceptron over hashed features.
//!
//! One class per (XPOS, UPOS) pair seen in training, so both tags come from one decision.
//! Features: the word, its lower case, prefixes and suffixes, shape, ±2 words, the previous two
//! predicted tags, and the *ambiguity class* (the set of tags seen with a word in training) of
//! the word and of the two words after it, which gives the greedy tagger a look at the right
//! context's likely tags.

use crate::doc::Upos;
use crate::perceptron::{f1, f2, f3, hash_bytes, put_str, put_u32, Reader, Rng, Trainer, Weights};
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
}

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
        }
    }
}

/// Reusable buffers so that computing word features allocates nothing per token.
#[derive(Default)]
pub struct Scratch {
    lower: String,
    shape: String,
}

/// Compute a word's feature hashes. `amb` maps lower-case hashes to ambiguity classes.
pub fn word_info(form: &str, amb: &FxHashMap<u64, u64>, s: &mut Scratch) -> WordInfo {
    s.lower.clear();
    for c in form.chars() {
        if c.is_ascii() {
            s.lower.push(c.to_ascii_lowercase());
        } else {
            s.lower.extend(c.to_lowercase());
        }
    }
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
        amb: amb.get(&lower_h).copied().unwrap_or(0),
    }
}

pub struct Tagger {
    /// Class id → (XPOS, UPOS).
    pub classes: Vec<(String, Upos)>,
    /// Lower-case word hash → ambiguity class hash.
    pub amb: FxHashMap<u64, u64>,
    /// Frequent words that (case-sensitive) nearly always take one class: tagged by look-up,
    /// without features ("the", ",", "said").
    pub dict: FxHashMap<u64, u16>,
    pub weights: Weights,
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

fn features(w: &[WordInfo], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
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
    ]);
}

fn argmax_i32(s: &[i32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
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

impl Tagger {
    /// Tag one sentence; class ids into `out`.
    pub fn tag(&self, words: &[WordInfo], out: &mut Vec<u16>, feats: &mut Vec<u64>) {
        out.clear();
        let mut scores = vec![0i32; self.classes.len()];
        let (mut p1, mut p2) = (NO_TAG, NO_TAG);
        for i in 0..words.len() {
            let c = match self.dict.get(&words[i].form) {
                Some(&c) => c as usize,
                None => {
                    features(words, i, p1, p2, feats);
                    scores.iter_mut().for_each(|s| *s = 0);
                    self.weights.score(feats, &mut scores);
                    argmax_i32(&scores)
                }
            };
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
        let mut amb: Vec<(u64, u64)> = self.amb.iter().map(|(&a, &b)| (a, b)).collect();
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
        Ok(Tagger {
            classes,
            amb,
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

/// Ambiguity classes from training data: for each lower-case word seen at least `min_count`
/// times, the set of XPOS tags making up at least 5% of its occurrences.
pub fn ambiguity_classes(sents: &[TagSentence], min_count: usize) -> FxHashMap<u64, u64> {
    let mut counts: FxHashMap<String, FxHashMap<&str, usize>> = FxHashMap::default();
    for s in sents {
        for (f, (x, _)) in s.forms.iter().zip(&s.tags) {
            *counts
                .entry(f.to_lowercase())
                .or_default()
                .entry(x)
                .or_default() += 1;
        }
    }
    let mut out = FxHashMap::default();
    for (w, tags) in counts {
        let total: usize = tags.values().sum();
        if total < min_count {
            continue;
        }
        let mut set: Vec<&str> = tags
            .iter()
            .filter(|(_, &c)| c * 20 >= total)
            .map(|(t, _)| *t)
            .collect();
        set.sort_unstable();
        let key = set.join(" ");
        out.insert(hash_bytes(w.as_bytes()), hash_bytes(key.as_bytes()) | 1);
    }
    out
}

/// Train a tagger for `epochs` passes (sentences shuffled each pass with `seed`).
pub fn train(
    sents: &[TagSentence],
    epochs: usize,
    seed: u64,
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
    let amb = ambiguity_classes(sents, 3);
    let mut scratch = Scratch::default();
    let data: Vec<(Vec<WordInfo>, Vec<u16>)> = sents
        .iter()
        .map(|s| {
            let w = s
                .forms
                .iter()
                .map(|f| word_info(f, &amb, &mut scratch))
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
    let mut t = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; classes.len()];
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
                        features(w, i, p1, p2, &mut feats);
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
            "tagger epoch {}: train accuracy {:.2}% ({} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            t.n_features()
        ));
    }
    Tagger {
        classes,
        amb,
        dict,
        weights: t.finish(0),
    }
}
