//! Distributional word classes learned from unlabeled text, for the tagger's features (issue 16;
//! Koo, Carreras & Collins 2008; Owoputi et al. 2013): every word seen often enough in raw news
//! gets a class shared with the words that occur in the same contexts ("airstrikes" with
//! "strikes", "raids"), whether or not the treebank has it.
//!
//! The classes come from the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney
//! 1998): maximise the class-bigram log-likelihood `Σ N(c,d) log N(c,d) − Σ N(c·) log N(c·) −
//! Σ N(·d) log N(·d)` by moving one word at a time to the class that raises it most, in order of
//! frequency, until a pass moves almost nothing. Two granularities: `fine` classes over words,
//! then `coarse` classes over the fine classes (the same algorithm on the fine classes' bigram
//! counts), so each coarse class is a union of fine ones. Deterministic: words are numbered by
//! (count, then bytes), the start assigns word `i` to class `i mod k`, ties keep the class.
//! Words seen fewer than `min_count` times share one pseudo-word while clustering and get no
//! class.

use crate::perceptron::{hash_bytes, put_u32, Reader};
use rustc_hash::FxHashMap;

/// Lower-cased word hash → class: fine class in the low 16 bits, coarse class in the high 16.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clusters {
    pub map: FxHashMap<u64, u32>,
}

impl Clusters {
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The (fine, coarse) classes of a lower-cased word's hash (see `tagger::word_info`).
    pub fn get(&self, lower_hash: u64) -> Option<(u16, u16)> {
        self.map
            .get(&lower_hash)
            .map(|&v| (v as u16, (v >> 16) as u16))
    }

    /// The classes of a word as written (lower-cased here as the tagger does).
    pub fn of_word(&self, word: &str) -> Option<(u16, u16)> {
        let mut s = String::new();
        lowercase_into(word, &mut s);
        self.get(hash_bytes(s.as_bytes()))
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        let mut rows: Vec<(u64, u32)> = self.map.iter().map(|(&a, &b)| (a, b)).collect();
        rows.sort_unstable();
        put_u32(out, rows.len() as u32);
        for (a, b) in rows {
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
    }

    pub fn read(r: &mut Reader) -> Result<Clusters, String> {
        let n = r.u32()? as usize;
        let mut map = FxHashMap::default();
        map.reserve(n.min(1 << 22));
        for _ in 0..n {
            let a = r.u64()?;
            let b = r.u32()?;
            map.insert(a, b);
        }
        Ok(Clusters { map })
    }
}

/// Lower-case `form` into `out` (cleared first), as the tagger reads words.
pub fn lowercase_into(form: &str, out: &mut String) {
    out.clear();
    for c in form.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Clustering settings; the defaults are the shipped model's (256 and 16 classes chosen on
/// EWT/GUM-open dev UPOS against 128/16, 256/32, 512/64 and 1024/128, floors 2 and 5).
#[derive(Debug, Clone, Copy)]
pub struct ClusterOptions {
    /// Words seen fewer times get no class.
    pub min_count: u32,
    /// Classes over words.
    pub fine: usize,
    /// Classes over the fine classes.
    pub coarse: usize,
    /// At most this many passes over the words (each granularity).
    pub max_passes: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 3,
            fine: 256,
            coarse: 16,
            max_passes: 12,
        }
    }
}

/// Learn classes from `sentences` (tokens as written; lower-cased here). Bigrams are counted
/// inside sentences only.
pub fn train<S: AsRef<str>>(
    sentences: &[Vec<S>],
    opt: &ClusterOptions,
    log: &mut dyn FnMut(String),
) -> Clusters {
    let mut buf = String::new();
    let mut counts: FxHashMap<String, u32> = FxHashMap::default();
    for s in sentences {
        for w in s {
            lowercase_into(w.as_ref(), &mut buf);
            match counts.get_mut(buf.as_str()) {
                Some(n) => *n += 1,
                None => {
                    counts.insert(buf.clone(), 1);
                }
            }
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .iter()
        .filter(|(_, &n)| n >= opt.min_count.max(1))
        .map(|(w, &n)| (w.as_str(), n))
        .collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let id: FxHashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i as u32))
        .collect();
    let unk = vocab.len() as u32;
    let mut pairs: FxHashMap<(u32, u32), u64> = FxHashMap::default();
    let mut tokens = 0usize;
    for s in sentences {
        let mut prev = None;
        for w in s {
            lowercase_into(w.as_ref(), &mut buf);
            let i = id.get(buf.as_str()).copied().unwrap_or(unk);
            if let Some(p) = prev {
                *pairs.entry((p, i)).or_default() += 1;
            }
            prev = Some(i);
            tokens += 1;
        }
    }
    let mut pairs: Vec<(u32, u32, u64)> = pairs.into_iter().map(|((a, b), n)| (a, b, n)).collect();
    pairs.sort_unstable();
    log(format!(
        "clusters: {tokens} tokens, {} words seen ≥ {} times, {} bigram types",
        vocab.len(),
        opt.min_count,
        pairs.len()
    ));
    let g = Graph::new(unk as usize + 1, &pairs);
    let fine = exchange(&g, opt.fine.clamp(1, 1 << 15), opt.max_passes, "fine", log);
    // The fine classes' own bigram graph, clustered again.
    let k = opt.fine.clamp(1, 1 << 15);
    let mut class_pairs: FxHashMap<(u32, u32), u64> = FxHashMap::default();
    for &(a, b, n) in &pairs {
        *class_pairs
            .entry((fine[a as usize] as u32, fine[b as usize] as u32))
            .or_default() += n;
    }
    let mut class_pairs: Vec<(u32, u32, u64)> = class_pairs
        .into_iter()
        .map(|((a, b), n)| (a, b, n))
        .collect();
    class_pairs.sort_unstable();
    let cg = Graph::new(k, &class_pairs);
    let coarse = exchange(
        &cg,
        opt.coarse.clamp(1, 1 << 15),
        opt.max_passes,
        "coarse",
        log,
    );
    let mut map = FxHashMap::default();
    for (i, (w, _)) in vocab.iter().enumerate() {
        let f = fine[i];
        let c = coarse[f as usize];
        map.insert(hash_bytes(w.as_bytes()), (c as u32) << 16 | f as u32);
    }
    Clusters { map }
}

/// Bigram counts over `n` items: each item's successors and predecessors (itself excluded) and
/// its self-bigram count, and how often it stands first / second in a bigram.
struct Graph {
    out_at: Vec<usize>,
    out: Vec<(u32, i64)>,
    in_at: Vec<usize>,
    inn: Vec<(u32, i64)>,
    own: Vec<i64>,
    left: Vec<i64>,
    right: Vec<i64>,
}

impl Graph {
    /// `pairs` sorted by (first, second).
    fn new(n: usize, pairs: &[(u32, u32, u64)]) -> Graph {
        let mut own = vec![0i64; n];
        let mut left = vec![0i64; n];
        let mut right = vec![0i64; n];
        let mut out_n = vec![0usize; n + 1];
        let mut in_n = vec![0usize; n + 1];
        for &(a, b, c) in pairs {
            let c = c as i64;
            left[a as usize] += c;
            right[b as usize] += c;
            if a == b {
                own[a as usize] += c;
            } else {
                out_n[a as usize + 1] += 1;
                in_n[b as usize + 1] += 1;
            }
        }
        for i in 0..n {
            out_n[i + 1] += out_n[i];
            in_n[i + 1] += in_n[i];
        }
        let mut out = vec![(0u32, 0i64); out_n[n]];
        let mut inn = vec![(0u32, 0i64); in_n[n]];
        let (mut fo, mut fi) = (out_n.clone(), in_n.clone());
        for &(a, b, c) in pairs {
            if a != b {
                out[fo[a as usize]] = (b, c as i64);
                fo[a as usize] += 1;
                inn[fi[b as usize]] = (a, c as i64);
                fi[b as usize] += 1;
            }
        }
        Graph {
            out_at: out_n,
            out,
            in_at: in_n,
            inn,
            own,
            left,
            right,
        }
    }

    fn len(&self) -> usize {
        self.own.len()
    }
}

/// `x ln x`, tabulated for small counts.
struct XLogX(Vec<f64>);

impl XLogX {
    fn new() -> XLogX {
        XLogX(
            (0..1usize << 16)
                .map(|x| {
                    if x == 0 {
                        0.0
                    } else {
                        x as f64 * (x as f64).ln()
                    }
                })
                .collect(),
        )
    }

    #[inline]
    fn f(&self, x: i64) -> f64 {
        match self.0.get(x as usize) {
            Some(&v) if x >= 0 => v,
            _ if x <= 0 => 0.0,
            _ => x as f64 * (x as f64).ln(),
        }
    }
}

/// The exchange algorithm over `g`'s items into `k` classes; returns each item's class.
fn exchange(
    g: &Graph,
    k: usize,
    max_passes: usize,
    name: &str,
    log: &mut dyn FnMut(String),
) -> Vec<u16> {
    let n = g.len();
    let t = XLogX::new();
    let mut cls: Vec<u16> = (0..n).map(|i| (i % k) as u16).collect();
    // big[a * k + b]: bigrams from class a to class b.
    let mut big = vec![0i64; k * k];
    let mut left = vec![0i64; k];
    let mut right = vec![0i64; k];
    for w in 0..n {
        let a = cls[w] as usize;
        left[a] += g.left[w];
        right[a] += g.right[w];
        big[a * k + a] += g.own[w];
        for &(v, c) in &g.out[g.out_at[w]..g.out_at[w + 1]] {
            big[a * k + cls[v as usize] as usize] += c;
        }
    }
    let (mut r, mut l) = (vec![0i64; k], vec![0i64; k]);
    let (mut tr, mut tl): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for pass in 0..max_passes {
        let mut moved = 0usize;
        for w in 0..n {
            for &(v, c) in &g.out[g.out_at[w]..g.out_at[w + 1]] {
                let d = cls[v as usize] as usize;
                if r[d] == 0 {
                    tr.push(d);
                }
                r[d] += c;
            }
            for &(u, c) in &g.inn[g.in_at[w]..g.in_at[w + 1]] {
                let d = cls[u as usize] as usize;
                if l[d] == 0 {
                    tl.push(d);
                }
                l[d] += c;
            }
            let (own, wl, wr) = (g.own[w], g.left[w], g.right[w]);
            let a = cls[w] as usize;
            // Take the word out of its class…
            for &d in &tr {
                big[a * k + d] -= r[d];
            }
            for &c in &tl {
                big[c * k + a] -= l[c];
            }
            big[a * k + a] -= own;
            left[a] -= wl;
            right[a] -= wr;
            // …and find the class where it adds most.
            let gain = |c: usize| -> f64 {
                let mut s = 0.0;
                for &d in &tr {
                    if d != c {
                        let x = big[c * k + d];
                        s += t.f(x + r[d]) - t.f(x);
                    }
                }
                for &e in &tl {
                    if e != c {
                        let x = big[e * k + c];
                        s += t.f(x + l[e]) - t.f(x);
                    }
                }
                let x = big[c * k + c];
                s += t.f(x + r[c] + l[c] + own) - t.f(x);
                s - (t.f(left[c] + wl) - t.f(left[c])) - (t.f(right[c] + wr) - t.f(right[c]))
            };
            let (mut best, mut best_gain) = (a, gain(a));
            for c in 0..k {
                if c != a {
                    let v = gain(c);
                    if v > best_gain + 1e-9 {
                        best = c;
                        best_gain = v;
                    }
                }
            }
            for &d in &tr {
                big[best * k + d] += r[d];
            }
            for &c in &tl {
                big[c * k + best] += l[c];
            }
            big[best * k + best] += own;
            left[best] += wl;
            right[best] += wr;
            if best != a {
                cls[w] = best as u16;
                moved += 1;
            }
            for &d in &tr {
                r[d] = 0;
            }
            for &c in &tl {
                l[c] = 0;
            }
            tr.clear();
            tl.clear();
        }
        let ll: f64 = big.iter().map(|&x| t.f(x)).sum::<f64>()
            - left.iter().map(|&x| t.f(x)).sum::<f64>()
            - right.iter().map(|&x| t.f(x)).sum::<f64>();
        log(format!(
            "clusters ({name}, {k} classes) pass {}: {moved} of {n} moved, log-likelihood {ll:.0}",
            pass + 1
        ));
        if moved * 1000 <= n {
            break;
        }
    }
    cls
}
