//! Features of a headline × body pair: sparse term frequencies for the network's input and a
//! small set of dense, engineered features (overlap, n-grams, cue lexicons, negation near the
//! claim's words). Everything here is pure and deterministic.

use crate::text;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const CUES_TSV: &str = include_str!("../data/cues.tsv");

/// Cue classes, as bits in a per-token mask.
pub const REFUTE: u8 = 1;
pub const HEDGE: u8 = 2;
pub const SUPPORT: u8 = 4;
pub const NEGATION: u8 = 8;

/// Number of dense features (see [`DENSE_NAMES`]).
pub const N_DENSE: usize = 38;

/// Names of the dense features, in order (documentation and debugging).
pub const DENSE_NAMES: [&str; N_DENSE] = [
    "tfidf_cos",
    "tf_cos",
    "jaccard_all",
    "head_content_in_body",
    "head_content_in_lead",
    "bigrams_in_body",
    "trigrams_in_body",
    "char4_in_body",
    "char8_in_body",
    "char16_in_body",
    "char4_in_lead",
    "char8_in_lead",
    "best_sentence_overlap",
    "second_sentence_overlap",
    "share_sentences_half_overlap",
    "best_sentence_position",
    "body_refute_density",
    "body_hedge_density",
    "body_support_density",
    "body_negation_density",
    "top_sent_refute",
    "top_sent_hedge",
    "top_sent_support",
    "top_sent_negation",
    "negation_near_claim",
    "refute_near_claim",
    "hedge_near_claim",
    "head_refute",
    "head_hedge",
    "head_support",
    "head_negation",
    "head_question",
    "log_body_tokens",
    "log_head_tokens",
    "head_refute_parity",
    "body_refute_parity",
    "log_claim_hits",
    "idf_weighted_overlap",
];

struct Cues {
    /// first word → (remaining words, class bit)
    by_first: HashMap<String, Vec<(Vec<String>, u8)>>,
}

fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let mut by_first: HashMap<String, Vec<(Vec<String>, u8)>> = HashMap::default();
        for line in CUES_TSV.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((class, cue)) = line.split_once('\t') else {
                continue;
            };
            let bit = match class {
                "refute" => REFUTE,
                "hedge" => HEDGE,
                "support" => SUPPORT,
                "negation" => NEGATION,
                _ => continue,
            };
            let ws = text::words(cue);
            if let Some((first, rest)) = ws.split_first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((rest.to_vec(), bit));
            }
        }
        Cues { by_first }
    })
}

/// Cue bits per token (a multi-word cue marks its first token).
fn cue_mask(words: &[String]) -> Vec<u8> {
    let c = cues();
    let mut m = vec![0u8; words.len()];
    for (i, w) in words.iter().enumerate() {
        if let Some(list) = c.by_first.get(w.as_str()) {
            for (rest, bit) in list {
                if words.len() > i + rest.len()
                    && rest.iter().zip(&words[i + 1..]).all(|(a, b)| a == b)
                {
                    m[i] |= bit;
                }
            }
        }
    }
    m
}

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn hash_str(s: &str) -> u64 {
    fnv(s.as_bytes(), 0)
}

fn pair_hash(a: u64, b: u64) -> u64 {
    a.rotate_left(17) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Serial of the next [`Vocab`].
static NEXT_VOCAB: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A cached word: its stem, the stem's hash, whether it is a stopword, and its term id in the
/// vocabulary with the given serial.
struct StemEntry {
    stem: Box<str>,
    hash: u64,
    stop: bool,
    vocab: u64,
    id: Option<u32>,
}

impl StemEntry {
    fn id_in(&mut self, vocab: &Vocab) -> Option<u32> {
        if self.vocab != vocab.serial {
            self.vocab = vocab.serial;
            self.id = if self.stop {
                None
            } else {
                vocab.id(&self.stem)
            };
        }
        self.id
    }
}

/// Most words a thread's stem cache holds before it starts over.
const STEM_CACHE_MAX: usize = 100_000;

thread_local! {
    /// word → (stem, hash of the stem, is a stopword)
    static STEM_CACHE: std::cell::RefCell<HashMap<Box<str>, StemEntry>> =
        std::cell::RefCell::new(HashMap::default());
}

const CHAR_NS: [usize; 3] = [4, 8, 16];
const LEAD_CHARS: usize = 255;
const LEAD_TOKENS: usize = 60;

/// Character n-gram hashes of a squashed string (byte windows, starting on char boundaries).
fn char_grams(s: &str, n: usize) -> Vec<u64> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    if b.len() < n {
        return out;
    }
    for i in 0..=b.len() - n {
        if s.is_char_boundary(i) {
            out.push(fnv(&b[i..i + n], n as u64));
        }
    }
    out
}

/// Term statistics learnt from training data: the term ids (most frequent first), and IDF.
#[derive(Debug, Clone)]
pub struct Vocab {
    pub terms: Vec<String>,
    pub idf: Vec<f32>,
    /// Terms with id < `n_input` are the network's bag-of-words inputs.
    pub n_input: usize,
    /// IDF given to terms never seen in training
    pub max_idf: f32,
    index: HashMap<String, u32>,
    /// Distinct for every vocabulary built in this process: lets the per-thread stem cache
    /// keep term ids of the vocabulary it last served.
    serial: u64,
}

impl PartialEq for Vocab {
    fn eq(&self, other: &Vocab) -> bool {
        self.terms == other.terms
            && self.idf == other.idf
            && self.n_input == other.n_input
            && self.max_idf == other.max_idf
    }
}

impl Vocab {
    pub fn new(terms: Vec<String>, idf: Vec<f32>, n_input: usize) -> Vocab {
        let index = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as u32))
            .collect();
        let max_idf = idf.iter().copied().fold(1.0, f32::max);
        Vocab {
            terms,
            n_input: n_input.min(idf.len()),
            idf,
            max_idf,
            index,
            serial: NEXT_VOCAB.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }
    pub fn id(&self, stem: &str) -> Option<u32> {
        self.index.get(stem).copied()
    }
}

/// A text after tokenisation: everything the pair features need from one side.
#[derive(Debug, Clone)]
pub struct Prepared {
    words: Vec<String>,
    /// hash of each token's stem (stopwords included)
    stems: Vec<u64>,
    /// is each token a content word (not a stopword)
    content: Vec<bool>,
    cue: Vec<u8>,
    set_all: HashSet<u64>,
    set_content: HashSet<u64>,
    set_lead: HashSet<u64>,
    bigrams: HashSet<u64>,
    trigrams: HashSet<u64>,
    chars: [HashSet<u64>; 3],
    lead_chars: [HashSet<u64>; 2],
    /// sentences as token ranges, with their content-stem sets
    sentences: Vec<(usize, usize, HashSet<u64>)>,
    /// L2-normalised term frequencies over input ids (sorted by id)
    pub tf: Vec<(u32, f32)>,
    /// L2-normalised TF-IDF over all known terms (sorted by id)
    pub tfidf: Vec<(u32, f32)>,
    /// content stems with their term id (for IDF weighting), unique, in first-seen order
    content_terms: Vec<(u64, Option<u32>)>,
    question: bool,
}

impl Prepared {
    /// Prepare one side of a pair (the body is prepared once and reused across headlines).
    pub fn new(text: &str, vocab: &Vocab, with_chars: bool) -> Prepared {
        let mut words = Vec::new();
        let mut ranges = Vec::new();
        for sent in sentence_texts(text) {
            let s = words.len();
            words.extend(text::words(sent));
            if words.len() > s {
                ranges.push((s, words.len()));
            }
        }
        // Stemming dominates tokenisation; news repeats its words, so each thread keeps the
        // stems it has computed (bounded; the cache never changes a result).
        let mut stems: Vec<u64> = Vec::with_capacity(words.len());
        let mut ids: Vec<Option<u32>> = Vec::with_capacity(words.len());
        let mut content: Vec<bool> = Vec::with_capacity(words.len());
        STEM_CACHE.with_borrow_mut(|cache| {
            if cache.len() > STEM_CACHE_MAX {
                cache.clear();
            }
            for w in &words {
                let e = match cache.get_mut(w.as_str()) {
                    Some(e) => e,
                    None => {
                        let stem = text::stem(w).into_boxed_str();
                        let entry = StemEntry {
                            hash: hash_str(&stem),
                            stem,
                            stop: text::is_stopword(w),
                            vocab: 0,
                            id: None,
                        };
                        cache.entry(w.clone().into_boxed_str()).or_insert(entry)
                    }
                };
                stems.push(e.hash);
                content.push(!e.stop);
                ids.push(e.id_in(vocab));
            }
        });
        let cue = cue_mask(&words);
        let set_all: HashSet<u64> = stems.iter().copied().collect();
        let mut set_content = HashSet::default();
        let mut set_lead = HashSet::default();
        let mut content_terms = Vec::new();
        let mut counts: HashMap<u32, f32> = HashMap::default();
        for i in 0..words.len() {
            if !content[i] {
                continue;
            }
            let id = ids[i];
            if set_content.insert(stems[i]) {
                content_terms.push((stems[i], id));
            }
            if i < LEAD_TOKENS {
                set_lead.insert(stems[i]);
            }
            if let Some(id) = id {
                *counts.entry(id).or_default() += 1.0;
            }
        }
        let bigrams = stems.windows(2).map(|w| pair_hash(w[0], w[1])).collect();
        let trigrams = stems
            .windows(3)
            .map(|w| pair_hash(pair_hash(w[0], w[1]), w[2]))
            .collect();
        let (chars, lead_chars) = if with_chars {
            let sq = words.join(" ");
            let mut lead_end = sq.len().min(LEAD_CHARS);
            while !sq.is_char_boundary(lead_end) {
                lead_end -= 1;
            }
            let lead = &sq[..lead_end];
            (
                CHAR_NS.map(|n| char_grams(&sq, n).into_iter().collect()),
                [4usize, 8].map(|n| char_grams(lead, n).into_iter().collect()),
            )
        } else {
            Default::default()
        };
        let sentences = ranges
            .into_iter()
            .map(|(s, e)| {
                (
                    s,
                    e,
                    (s..e).filter(|&k| content[k]).map(|k| stems[k]).collect(),
                )
            })
            .collect();
        let mut tf: Vec<(u32, f32)> = counts
            .iter()
            .filter(|(id, _)| (**id as usize) < vocab.n_input)
            .map(|(id, c)| (*id, *c))
            .collect();
        let mut tfidf: Vec<(u32, f32)> = counts
            .iter()
            .map(|(id, c)| (*id, c * vocab.idf[*id as usize]))
            .collect();
        tf.sort_by_key(|p| p.0);
        tfidf.sort_by_key(|p| p.0);
        normalise(&mut tf);
        normalise(&mut tfidf);
        Prepared {
            question: text.contains('?'),
            words,
            stems,
            content,
            cue,
            set_all,
            set_content,
            set_lead,
            bigrams,
            trigrams,
            chars,
            lead_chars,
            sentences,
            tf,
            tfidf,
            content_terms,
        }
    }

    pub fn n_tokens(&self) -> usize {
        self.words.len()
    }
}

fn normalise(v: &mut [(u32, f32)]) {
    let n = v.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt();
    if n > 0.0 {
        for p in v.iter_mut() {
            p.1 /= n;
        }
    }
}

fn sparse_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Sentences of a text: split after '!', '?', a newline, or a '.' followed by whitespace.
fn sentence_texts(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end = match c {
            '!' | '?' | '\n' => true,
            '.' => it.peek().is_none_or(|(_, n)| n.is_whitespace()),
            _ => false,
        };
        if end {
            let e = i + c.len_utf8();
            out.push(&text[start..e]);
            start = e;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn frac_in(needles: &[u64], hay: &HashSet<u64>) -> f32 {
    if needles.is_empty() {
        return 0.0;
    }
    needles.iter().filter(|h| hay.contains(h)).count() as f32 / needles.len() as f32
}

/// The dense features of a pair.
pub fn dense(head: &Prepared, body: &Prepared, vocab: &Vocab) -> [f32; N_DENSE] {
    let mut f = [0f32; N_DENSE];
    f[0] = sparse_dot(&head.tfidf, &body.tfidf);
    f[1] = sparse_dot(&head.tf, &body.tf);
    let inter = head.set_all.intersection(&body.set_all).count() as f32;
    let union = head.set_all.union(&body.set_all).count() as f32;
    f[2] = if union > 0.0 { inter / union } else { 0.0 };
    let hc: Vec<u64> = head.content_terms.iter().map(|t| t.0).collect();
    f[3] = frac_in(&hc, &body.set_content);
    f[4] = frac_in(&hc, &body.set_lead);
    let hb: Vec<u64> = head.bigrams.iter().copied().collect();
    let ht: Vec<u64> = head.trigrams.iter().copied().collect();
    f[5] = frac_in(&hb, &body.bigrams);
    f[6] = frac_in(&ht, &body.trigrams);
    let hsq = head_squashed(head);
    for (k, n) in CHAR_NS.iter().enumerate() {
        f[7 + k] = frac_in(&char_grams(&hsq, *n), &body.chars[k]);
    }
    for (k, n) in [4usize, 8].iter().enumerate() {
        f[10 + k] = frac_in(&char_grams(&hsq, *n), &body.lead_chars[k]);
    }
    // sentence overlap
    let mut overlaps: Vec<(f32, usize)> = body
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (frac_in(&hc, &s.2), i))
        .collect();
    overlaps.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let ns = body.sentences.len().max(1) as f32;
    if let Some(best) = overlaps.first() {
        f[12] = best.0;
        f[15] = best.1 as f32 / ns;
    }
    if let Some(second) = overlaps.get(1) {
        f[13] = second.0;
    }
    f[14] = overlaps.iter().filter(|o| o.0 >= 0.5).count() as f32 / ns;
    let nb = body.n_tokens().max(1) as f32;
    for (k, bit) in [REFUTE, HEDGE, SUPPORT, NEGATION].iter().enumerate() {
        let c = body.cue.iter().filter(|m| *m & bit != 0).count() as f32;
        f[16 + k] = 10.0 * c / nb;
        let mut top = 0.0;
        for o in overlaps.iter().take(2) {
            let (s, e, _) = &body.sentences[o.1];
            top += body.cue[*s..*e].iter().filter(|m| *m & bit != 0).count() as f32;
        }
        f[20 + k] = top.min(5.0);
    }
    // cues near occurrences of the headline's content words in the body
    let hset: HashSet<u64> = hc.iter().copied().collect();
    let mut hits = 0usize;
    let mut near = [0usize; 3];
    for (i, s) in body.stems.iter().enumerate() {
        if !body.content[i] || !hset.contains(s) {
            continue;
        }
        hits += 1;
        for (k, (bit, w)) in [(NEGATION, 4usize), (REFUTE, 8), (HEDGE, 8)]
            .iter()
            .enumerate()
        {
            let lo = i.saturating_sub(*w);
            let hi = (i + w + 1).min(body.cue.len());
            if body.cue[lo..hi].iter().any(|m| m & bit != 0) {
                near[k] += 1;
            }
        }
    }
    let hd = hits.max(1) as f32;
    f[24] = near[0] as f32 / hd;
    f[25] = near[1] as f32 / hd;
    f[26] = near[2] as f32 / hd;
    for (k, bit) in [REFUTE, HEDGE, SUPPORT, NEGATION].iter().enumerate() {
        f[27 + k] = head.cue.iter().any(|m| m & bit != 0) as u8 as f32;
    }
    f[31] = head.question as u8 as f32;
    f[32] = (1.0 + body.n_tokens() as f32).ln();
    f[33] = (1.0 + head.n_tokens() as f32).ln();
    f[34] = (head.cue.iter().filter(|m| *m & REFUTE != 0).count() % 2) as f32;
    f[35] = (body.cue.iter().filter(|m| *m & REFUTE != 0).count() % 2) as f32;
    f[36] = (1.0 + hits as f32).ln();
    let (mut num, mut den) = (0.0, 0.0);
    for (h, id) in &head.content_terms {
        let w = id.map_or(vocab.max_idf, |i| vocab.idf[i as usize]);
        den += w;
        if body.set_content.contains(h) {
            num += w;
        }
    }
    f[37] = if den > 0.0 { num / den } else { 0.0 };
    f
}

fn head_squashed(head: &Prepared) -> String {
    head.words.join(" ")
}
