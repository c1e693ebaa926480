//! Averaged perceptron over hashed features, shared by the tagger, the parser and the labeller.
//!
//! Features are `u64` hashes ([`mix`]); a feature's weights are a sparse row of `(class,
//! weight)` pairs. Training keeps f32 weights with lazy averaging; [`Trainer::finish`] averages,
//! quantises to i16 with one scale per model and drops zero entries, giving the compact
//! [`Weights`] used at inference (one hash look-up per feature, then a short contiguous row).

use rustc_hash::FxHashMap;

/// FNV-1a over bytes, then a final avalanche: a stable (platform-independent) string hash.
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fmix(h)
}

#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Combine a running feature hash with one more value.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(23) ^ b.wrapping_add(0x9e37_79b9_7f4a_7c15))
}

/// A feature from a template id and up to three values.
#[inline]
pub fn f1(t: u64, a: u64) -> u64 {
    mix(t.wrapping_mul(0x2545_f491_4f6c_dd1d), a)
}
#[inline]
pub fn f2(t: u64, a: u64, b: u64) -> u64 {
    mix(f1(t, a), b)
}
#[inline]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(f2(t, a, b), c)
}

#[derive(Clone, Copy)]
struct Slot {
    class: u16,
    w: f32,
    total: f64,
    ts: u32,
}

/// Add `d` to class `c`'s slot of a feature row at time `tick` (the slot created if absent),
/// keeping the running total for averaging.
fn bump(row: &mut Vec<Slot>, c: usize, d: f32, tick: u32) {
    let slot = match row.iter_mut().position(|s| s.class as usize == c) {
        Some(i) => &mut row[i],
        None => {
            row.push(Slot {
                class: c as u16,
                w: 0.0,
                total: 0.0,
                ts: tick,
            });
            row.last_mut().expect("just pushed")
        }
    };
    slot.total += (tick - slot.ts) as f64 * slot.w as f64;
    slot.ts = tick;
    slot.w += d;
}

/// Averaged-perceptron training state.
pub struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u64, Vec<Slot>>,
    tick: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            rows: FxHashMap::default(),
            tick: 0,
        }
    }

    /// Add each feature's weights to `scores` (length `n_classes`, zeroed by the caller).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for s in row {
                    scores[s.class as usize] += s.w;
                }
            }
        }
    }

    /// One training instance seen (call once per instance, whether or not it updates).
    pub fn tick(&mut self) {
        self.tick += 1;
    }

    /// Perceptron update: reward `truth`, penalise `guess`.
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let tick = self.tick;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            bump(row, truth, 1.0, tick);
            bump(row, guess, -1.0, tick);
        }
    }

    /// Add `delta` to class `class`'s weight of every feature (a structured update adds the
    /// gold sequence's features and subtracts the predicted one's, step by step).
    pub fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        let tick = self.tick;
        for &f in feats {
            bump(self.rows.entry(f).or_default(), class, delta, tick);
        }
    }

    /// Average, quantise and prune into inference weights. Entries whose quantised magnitude is
    /// below `min_q` are dropped (0 keeps every non-zero one).
    pub fn finish(&self, min_q: i16) -> Weights {
        let tick = self.tick.max(1) as f64;
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let avg = |s: &Slot| ((s.total + (tick - s.ts as f64) * s.w as f64) / tick) as f32;
        let max = self
            .rows
            .values()
            .flat_map(|r| r.iter().map(avg))
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let mut w = Weights {
            n_classes: self.n_classes as u16,
            scale,
            ..Default::default()
        };
        for k in keys {
            let mut row: Vec<(u16, i16)> = self.rows[&k]
                .iter()
                .map(|s| (s.class, (avg(s) * scale).round() as i16))
                .filter(|&(_, q)| q != 0 && q.unsigned_abs() >= min_q.unsigned_abs())
                .collect();
            if row.is_empty() {
                continue;
            }
            row.sort_unstable();
            w.push_row(k, &row);
        }
        w.build();
        w
    }

    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// The mean of the averaged weights of several trainers (same classes), quantised as
    /// [`Trainer::finish`] does: for a linear model, the sum of the members' scores — an
    /// ensemble at the cost of one model.
    pub fn finish_mean(ts: &[&Trainer], min_q: i16) -> Weights {
        let n_classes = ts.first().map_or(0, |t| t.n_classes);
        let mut sum: FxHashMap<u64, Vec<f64>> = FxHashMap::default();
        for t in ts {
            let tick = t.tick.max(1) as f64;
            for (&k, row) in &t.rows {
                let e = sum.entry(k).or_insert_with(|| vec![0.0; n_classes]);
                for s in row {
                    e[s.class as usize] +=
                        (s.total + (tick - s.ts as f64) * s.w as f64) / tick / ts.len() as f64;
                }
            }
        }
        let mut keys: Vec<u64> = sum.keys().copied().collect();
        keys.sort_unstable();
        let max = keys
            .iter()
            .flat_map(|k| sum[k].iter())
            .fold(0f64, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let mut w = Weights {
            n_classes: n_classes as u16,
            scale: scale as f32,
            ..Default::default()
        };
        for k in keys {
            let row: Vec<(u16, i16)> = sum[&k]
                .iter()
                .enumerate()
                .map(|(c, &x)| (c as u16, (x * scale).round() as i16))
                .filter(|&(_, q)| q != 0 && q.unsigned_abs() >= min_q.unsigned_abs())
                .collect();
            if row.is_empty() {
                continue;
            }
            w.push_row(k, &row);
        }
        w.build();
        w
    }
}

/// Inference weights: feature hash → row of (class, quantised weight).
///
/// An open-addressing table of 16-byte slots (key, payload), linear probing, at most half full.
/// With at most [`DENSE`] classes the payload is the row itself (one cache line touched per
/// feature). Otherwise entries pack `class << 16 | weight` in a `u32`; a row of one or two
/// entries is held in the payload itself ([`INLINE`] set, the second entry [`NO_ENTRY`] when
/// absent), so that most features cost one cache line, not two; a longer row is the position
/// and length of its entries in `data`.
///
/// A parallel byte array `tags` holds a 7-bit fingerprint of each slot's key (high bit set; 0 =
/// empty slot). It is 1/16 of the slots' size, so it mostly stays in cache: a feature absent
/// from the model (most conjunctions of words) is rejected there without touching its slot,
/// and only the slots whose fingerprint matches are fetched.
#[derive(Default, Clone)]
pub struct Weights {
    pub n_classes: u16,
    /// Quantised weight = averaged weight × scale.
    pub scale: f32,
    slots: Vec<(u64, u64)>,
    tags: Vec<u8>,
    shift: u32,
    data: Vec<u32>,
    /// Rows waiting for [`Weights::build`].
    pending: Vec<(u64, Vec<(u16, i16)>)>,
    n_rows: usize,
}

/// Largest class count stored inline.
pub const DENSE: usize = 4;

/// Payload flag of a sparse row held in the slot itself (entries in bits 0–31 and 32–62).
const INLINE: u64 = 1 << 63;
/// The empty second entry of an inline row: class 0x7fff, never a real class (inline rows are
/// used only with fewer classes than that).
const NO_ENTRY: u32 = 0x7fff_0000;

/// The fingerprint of a key in [`Weights`]' `tags`: 7 low bits (the slot index comes from the
/// high bits), high bit set so that 0 means empty.
#[inline]
fn fingerprint(key: u64) -> u8 {
    key as u8 | 0x80
}

/// A cache hint for the line holding `p`.
#[inline]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint; it never faults and reads nothing.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Add one packed `class << 16 | weight` entry to `scores` (classes out of range are skipped).
#[inline]
fn add_entry(scores: &mut [i32], e: u32) {
    if let Some(s) = scores.get_mut((e >> 16) as usize) {
        *s += e as u16 as i16 as i32;
    }
}

/// The one or two entries of an inline row.
#[inline]
fn inline_entries(p: u64) -> impl Iterator<Item = u32> {
    let second = ((p >> 32) as u32) & 0x7fff_ffff;
    std::iter::once(p as u32).chain((second != NO_ENTRY).then_some(second))
}

impl Weights {
    fn push_row(&mut self, key: u64, row: &[(u16, i16)]) {
        if key != 0 {
            self.pending.push((key, row.to_vec()));
        }
    }

    /// Build the look-up table from `rows` (called once after the rows are in).
    fn build(&mut self) {
        let rows = std::mem::take(&mut self.pending);
        self.n_rows = rows.len();
        let n = rows.len().max(1);
        let cap = (2 * n).next_power_of_two().max(16);
        self.shift = 64 - cap.trailing_zeros();
        self.slots = vec![(0, 0); cap];
        self.tags = vec![0; cap];
        self.data.clear();
        let dense = self.n_classes as usize <= DENSE;
        let inline = (self.n_classes as u32) < NO_ENTRY >> 16;
        let mask = cap - 1;
        let entry = |&(c, v): &(u16, i16)| ((c as u32) << 16) | v as u16 as u32;
        for (key, row) in &rows {
            let payload = if dense {
                let mut p = 0u64;
                for &(c, v) in row {
                    p |= (v as u16 as u64) << (16 * c as u64);
                }
                p
            } else if inline && row.len() <= 2 {
                let first = row.first().map_or(NO_ENTRY, entry);
                let second = row.get(1).map_or(NO_ENTRY, entry);
                INLINE | first as u64 | (second as u64) << 32
            } else {
                let start = self.data.len() as u64;
                for &(c, v) in row {
                    self.data.push(((c as u32) << 16) | v as u16 as u32);
                }
                start | ((row.len() as u64) << 32)
            };
            let mut i = (key >> self.shift) as usize;
            loop {
                if self.slots[i].0 == 0 || self.slots[i].0 == *key {
                    self.slots[i] = (*key, payload);
                    self.tags[i] = fingerprint(*key);
                    break;
                }
                i = (i + 1) & mask;
            }
        }
    }

    /// The first slot at or after `key`'s home whose fingerprint matches, or `None` when an
    /// empty slot comes first (the key is absent). Reads only `tags`.
    #[inline]
    fn candidate(&self, key: u64) -> Option<usize> {
        let mask = self.tags.len() - 1;
        let fp = fingerprint(key);
        let mut i = (key >> self.shift) as usize;
        loop {
            let t = self.tags[i];
            if t == fp {
                return Some(i);
            }
            if t == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The payload of `key`, probing from slot `i` (a [`Weights::candidate`]).
    #[inline]
    fn find_from(&self, key: u64, mut i: usize) -> Option<u64> {
        let mask = self.slots.len() - 1;
        let fp = fingerprint(key);
        loop {
            let t = self.tags[i];
            if t == 0 {
                return None;
            }
            if t == fp && self.slots[i].0 == key {
                return Some(self.slots[i].1);
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn prefetch_tag(&self, key: u64) {
        if let Some(t) = self.tags.get((key >> self.shift) as usize) {
            prefetch(t as *const u8);
        }
    }

    /// Add each feature's weights to `scores` (length `n_classes`, zeroed by the caller).
    ///
    /// Memory-bound: the slots of all features are prefetched first so that their cache misses
    /// overlap, then looked up; sparse rows are likewise prefetched before they are summed.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        if self.slots.is_empty() {
            return;
        }
        for &f in feats {
            self.prefetch_tag(f);
        }
        const CHUNK: usize = 128;
        let mut keys = [0u64; CHUNK];
        let mut at = [0usize; CHUNK];
        for chunk in feats.chunks(CHUNK) {
            // Fingerprints first (cached), then only the matching slots are fetched.
            let mut m = 0;
            for &f in chunk {
                if let Some(i) = self.candidate(f) {
                    prefetch(&self.slots[i] as *const (u64, u64) as *const u8);
                    keys[m] = f;
                    at[m] = i;
                    m += 1;
                }
            }
            self.score_candidates(&keys[..m], &at[..m], scores);
        }
    }

    /// Sum the rows of `keys`, each probed from its candidate slot.
    #[inline]
    fn score_candidates(&self, keys: &[u64], at: &[usize], scores: &mut [i32]) {
        if self.n_classes as usize <= DENSE {
            let mut acc = [0i32; DENSE];
            for (&f, &i) in keys.iter().zip(at) {
                if let Some(p) = self.find_from(f, i) {
                    for (c, a) in acc.iter_mut().enumerate() {
                        *a += (p >> (16 * c)) as u16 as i16 as i32;
                    }
                }
            }
            for (s, a) in scores.iter_mut().zip(acc) {
                *s += a;
            }
            return;
        }
        let mut found = [0u64; 128];
        {
            let mut n = 0;
            for (&f, &i) in keys.iter().zip(at) {
                if let Some(p) = self.find_from(f, i) {
                    if p & INLINE != 0 {
                        for e in inline_entries(p) {
                            add_entry(scores, e);
                        }
                        continue;
                    }
                    found[n] = p;
                    n += 1;
                    if let Some(e) = self.data.get((p & 0xffff_ffff) as usize) {
                        prefetch(e as *const u32 as *const u8);
                    }
                }
            }
            for &p in &found[..n] {
                let start = (p & 0xffff_ffff) as usize;
                let len = (p >> 32) as usize;
                if let Some(row) = self.data.get(start..start + len) {
                    for &e in row {
                        add_entry(scores, e);
                    }
                }
            }
        }
    }

    pub fn n_features(&self) -> usize {
        self.n_rows
    }

    /// A copy without the entries whose quantised magnitude is below `min_q` (rows left empty
    /// are dropped): smaller tables, faster look-ups, a little accuracy.
    pub fn pruned(&self, min_q: u16) -> Weights {
        let mut w = Weights {
            n_classes: self.n_classes,
            scale: self.scale,
            ..Default::default()
        };
        for (k, row) in self.rows() {
            let row: Vec<(u16, i16)> = row
                .into_iter()
                .filter(|&(_, v)| v.unsigned_abs() >= min_q)
                .collect();
            if !row.is_empty() {
                w.push_row(k, &row);
            }
        }
        w.build();
        w
    }

    /// Every row, sorted by key.
    fn rows(&self) -> Vec<(u64, Vec<(u16, i16)>)> {
        let mut out: Vec<(u64, Vec<(u16, i16)>)> = self
            .slots
            .iter()
            .filter(|s| s.0 != 0)
            .map(|&(k, p)| {
                let row = if self.n_classes as usize <= DENSE {
                    (0..self.n_classes)
                        .map(|c| (c, (p >> (16 * c as u64)) as u16 as i16))
                        .filter(|&(_, v)| v != 0)
                        .collect()
                } else if p & INLINE != 0 {
                    inline_entries(p)
                        .map(|e| ((e >> 16) as u16, e as u16 as i16))
                        .collect()
                } else {
                    let start = (p & 0xffff_ffff) as usize;
                    let len = (p >> 32) as usize;
                    self.data[start..start + len]
                        .iter()
                        .map(|&e| ((e >> 16) as u16, e as u16 as i16))
                        .collect()
                };
                (k, row)
            })
            .collect();
        out.sort_unstable_by_key(|r| r.0);
        out
    }

    /// Serialise: n_classes, scale, n_rows, then per row key, length, entries. Classes are u8
    /// when fewer than 256.
    pub fn write(&self, out: &mut Vec<u8>) {
        let narrow = self.n_classes <= 256;
        put_u32(out, self.n_classes as u32);
        out.extend_from_slice(&self.scale.to_le_bytes());
        let rows = self.rows();
        put_u32(out, rows.len() as u32);
        for (k, row) in &rows {
            out.extend_from_slice(&k.to_le_bytes());
            put_varint(out, row.len() as u32);
            for &(c, v) in row {
                if narrow {
                    out.push(c as u8);
                } else {
                    out.extend_from_slice(&c.to_le_bytes());
                }
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights, String> {
        let n_classes = r.u32()?;
        if n_classes == 0 || n_classes > u16::MAX as u32 {
            return Err(format!("bad class count {n_classes}"));
        }
        let narrow = n_classes <= 256;
        let scale = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| "short")?);
        let n = r.u32()? as usize;
        let mut w = Weights {
            n_classes: n_classes as u16,
            scale,
            ..Default::default()
        };
        w.pending.reserve(n.min(1 << 24));
        let mut row = Vec::new();
        for _ in 0..n {
            let k = r.u64()?;
            let len = r.varint()? as usize;
            row.clear();
            for _ in 0..len {
                let c = if narrow {
                    r.take(1)?[0] as u16
                } else {
                    u16::from_le_bytes(r.take(2)?.try_into().map_err(|_| "short")?)
                };
                let v = i16::from_le_bytes(r.take(2)?.try_into().map_err(|_| "short")?);
                if c as u32 >= n_classes {
                    return Err(format!("class {c} out of range"));
                }
                row.push((c, v));
            }
            w.push_row(k, &row);
        }
        w.build();
        Ok(w)
    }
}

pub fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

pub fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

/// Bounds-checked little-endian reader over a byte slice.
pub struct Reader<'a> {
    pub buf: &'a [u8],
    pub pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.buf.len() - self.pos < n {
            return Err(format!("truncated at byte {}", self.pos));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| "short")?,
        ))
    }

    pub fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().map_err(|_| "short")?,
        ))
    }

    pub fn varint(&mut self) -> Result<u32, String> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7f) as u32) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(format!("bad varint at byte {}", self.pos))
    }

    pub fn str(&mut self) -> Result<&'a str, String> {
        let n = self.varint()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|e| e.to_string())
    }
}

/// Deterministic xorshift RNG for shuffling and exploration.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(fmix(seed ^ 0x853c_49e6_748f_ea9b) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_of_two_trainers_scores_as_the_sum_of_their_scores() {
        // Two trainers that disagree on feature 7 and agree on feature 9.
        let mut a = Trainer::new(2);
        let mut b = Trainer::new(2);
        for _ in 0..5 {
            a.tick();
            a.update(&[7, 9], 0, 1);
            b.tick();
            b.update(&[7], 1, 0);
            b.update(&[9], 0, 1);
        }
        let one = Trainer::finish_mean(&[&a], 0);
        let (mut s1, mut s2) = ([0i32; 2], [0i32; 2]);
        one.score(&[7], &mut s1);
        a.finish(0).score(&[7], &mut s2);
        assert_eq!(s1, s2, "the mean of one trainer is that trainer");
        let both = Trainer::finish_mean(&[&a, &b], 0);
        let mut s = [0i32; 2];
        both.score(&[7], &mut s);
        assert_eq!(s[0], s[1], "opposite votes on feature 7 cancel: {s:?}");
        let mut s = [0i32; 2];
        both.score(&[9], &mut s);
        assert!(s[0] > s[1], "agreeing votes on feature 9 stay: {s:?}");
    }

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        let mut t = Trainer::new(3);
        let data: Vec<(Vec<u64>, usize)> = (0..300)
            .map(|i| (vec![f1(1, i % 3), f1(2, 7)], (i % 3) as usize))
            .collect();
        for _ in 0..3 {
            for (f, y) in &data {
                let mut s = [0f32; 3];
                t.score(f, &mut s);
                let g = (0..3)
                    .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
                    .unwrap();
                t.tick();
                t.update(f, *y, g);
            }
        }
        let w = t.finish(0);
        let mut buf = Vec::new();
        w.write(&mut buf);
        let w2 = Weights::read(&mut Reader::new(&buf)).unwrap();
        for (f, y) in &data {
            let mut s = [0i32; 3];
            w2.score(f, &mut s);
            let g = (0..3).max_by_key(|&c| s[c]).unwrap();
            assert_eq!(g, *y);
        }
        assert!(Weights::read(&mut Reader::new(&buf[..buf.len() - 1])).is_err());
    }

    #[test]
    fn short_rows_held_in_the_slot_score_like_rows_in_the_data_array() {
        // Rows of one, two and three entries (the last one kept in `data`), with negative
        // weights and the highest class, scored alone and together.
        let mut w = Weights {
            n_classes: 40,
            scale: 1.0,
            ..Default::default()
        };
        let rows: Vec<(u64, Vec<(u16, i16)>)> = vec![
            (f1(1, 1), vec![(39, -7)]),
            (f1(1, 2), vec![(0, 5), (39, 32000)]),
            (f1(1, 3), vec![(2, -32000), (7, 1), (39, -1)]),
        ];
        for (k, r) in &rows {
            w.push_row(*k, r);
        }
        w.build();
        assert_eq!(
            w.data.len(),
            3,
            "only the three-entry row goes to the data array"
        );
        let mut expected = vec![0i32; 40];
        for (k, r) in &rows {
            let mut s = vec![0i32; 40];
            w.score(&[*k, f1(9, 9)], &mut s);
            let mut want = vec![0i32; 40];
            for &(c, v) in r {
                want[c as usize] += v as i32;
                expected[c as usize] += v as i32;
            }
            assert_eq!(s, want);
        }
        let mut all = vec![0i32; 40];
        w.score(&rows.iter().map(|r| r.0).collect::<Vec<_>>(), &mut all);
        assert_eq!(all, expected);
        // Serialised rows are the same whichever way they are held.
        let mut rows = rows;
        rows.sort_unstable();
        assert_eq!(w.rows(), rows);
        let mut buf = Vec::new();
        w.write(&mut buf);
        let back = Weights::read(&mut Reader::new(&buf)).unwrap();
        assert_eq!(back.rows(), rows);
    }
}
