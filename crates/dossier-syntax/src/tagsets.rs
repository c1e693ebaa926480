//! Tag sets: which tag classes the treebanks saw a word with, so that the tagger never gives a
//! word it knows well a tag it never took, nor an unknown word a closed-class tag.
//!
//! The tagger's weights may choose any class; with only an ambiguity-class *hash* to read, a
//! word the treebanks saw fifteen times as a noun or verb ("spread") could still come out as
//! a possessive marker after a rare name ("attack on ISIS spread online" → `spread/POS`). Here
//! a case-sensitive form seen at least [`MIN_COUNT`] times may take only the classes it was
//! seen with; a rarer form, those and the *open* classes, those seen with at least
//! [`OPEN_MIN_TYPES`] different rare forms (nouns, verbs, adjectives, adverbs, numbers … — not
//! POS, DT, CC, TO, WDT); an unseen word with letters, the open classes ("Eleven" at a
//! sentence's start may be CD: rare numbers written in digits make CD open). Tokens without
//! letters (punctuation, symbols) the treebanks never saw are not restricted. This is the tag dictionary of Ratnaparkhi (1996)
//! and Collins (2002), kept as a mask over the scores rather than a hard look-up.

use crate::perceptron::{hash_bytes, put_u32, Reader};
use crate::tagger::WordInfo;
use rustc_hash::FxHashMap;

/// A form seen at least this often in training may take only the classes it was seen with.
pub const MIN_COUNT: usize = 20;
/// A class is open (allowed for unknown words) when seen with at least this many different
/// forms that occur at most [`RARE_MAX`] times.
pub const OPEN_MIN_TYPES: usize = 20;
const RARE_MAX: usize = 2;

/// The masks: bit `c` set = class `c` allowed. Empty (no rows, `open == 0`) restricts nothing,
/// as in bundles written before tag sets existed; so do tag inventories of over 128 classes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagSets {
    /// Case-sensitive form hash ([`WordInfo::form`]) → the classes it was seen with (with the
    /// open classes added for forms rarer than the build's `min_count`).
    pub known: FxHashMap<u64, u128>,
    /// The classes an unknown or rare word with letters may take.
    pub open: u128,
}

impl TagSets {
    pub fn is_empty(&self) -> bool {
        self.open == 0 && self.known.is_empty()
    }

    /// Build from training tokens: (form, gold class) for every token, over `n_classes`
    /// classes (none built above 128) and with `min_count` as [`MIN_COUNT`].
    pub fn build<'a>(
        tokens: impl Iterator<Item = (&'a str, u16)>,
        n_classes: usize,
        min_count: usize,
    ) -> TagSets {
        TagSets::build_with(tokens, n_classes, min_count, OPEN_MIN_TYPES)
    }

    /// [`TagSets::build`] with `open_min_types` as [`OPEN_MIN_TYPES`].
    pub fn build_with<'a>(
        tokens: impl Iterator<Item = (&'a str, u16)>,
        n_classes: usize,
        min_count: usize,
        open_min_types: usize,
    ) -> TagSets {
        if n_classes > 128 {
            return TagSets::default();
        }
        let mut seen: FxHashMap<&str, (usize, u128)> = FxHashMap::default();
        for (f, c) in tokens {
            let e = seen.entry(f).or_default();
            e.0 += 1;
            e.1 |= 1u128 << c;
        }
        let mut open_types = vec![0usize; n_classes];
        let mut known = FxHashMap::default();
        for &(n, mask) in seen.values() {
            if n <= RARE_MAX {
                for (c, t) in open_types.iter_mut().enumerate() {
                    *t += (mask >> c & 1) as usize;
                }
            }
        }
        let open = open_types
            .iter()
            .enumerate()
            .filter(|(_, &t)| t >= open_min_types)
            .fold(0u128, |m, (c, _)| m | 1u128 << c);
        for (f, (n, mask)) in seen {
            let m = if n >= min_count { mask } else { mask | open };
            known.insert(hash_bytes(f.as_bytes()), m);
        }
        TagSets { known, open }
    }

    /// The classes `w` may take (all bits set when unrestricted).
    pub fn allowed(&self, w: &WordInfo) -> u128 {
        if let Some(&m) = self.known.get(&w.form) {
            return m;
        }
        if self.open != 0 && w.letters > 0 {
            self.open
        } else {
            u128::MAX
        }
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.open.to_le_bytes());
        let mut rows: Vec<(u64, u128)> = self.known.iter().map(|(&a, &b)| (a, b)).collect();
        rows.sort_unstable();
        put_u32(out, rows.len() as u32);
        for (a, b) in rows {
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
    }

    /// Read a table written by [`TagSets::write`] for a tagger of `n_classes` classes; a mask
    /// naming a class outside them is an error.
    pub fn read(r: &mut Reader, n_classes: usize) -> Result<TagSets, String> {
        let u128_of = |r: &mut Reader| -> Result<u128, String> {
            Ok(u128::from_le_bytes(
                r.take(16)?.try_into().map_err(|_| "short")?,
            ))
        };
        let beyond = if n_classes >= 128 {
            0
        } else {
            !((1u128 << n_classes) - 1)
        };
        let open = u128_of(r)?;
        if open & beyond != 0 {
            return Err("tag sets: open classes out of range".into());
        }
        let n = r.u32()? as usize;
        let mut known = FxHashMap::default();
        known.reserve(n.min(1 << 20));
        for _ in 0..n {
            let a = r.u64()?;
            let b = u128_of(r)?;
            if b & beyond != 0 || b == 0 {
                return Err("tag sets: a word's classes out of range".into());
            }
            known.insert(a, b);
        }
        Ok(TagSets { known, open })
    }
}

/// The best allowed class of `scores` and its margin over the allowed runner-up (`i32::MAX`
/// with one allowed class). Classes past 127 are always allowed; a mask allowing none of
/// the classes allows them all.
pub fn argmax_margin_masked(s: &[i32], mask: u128) -> (usize, i32) {
    let ok = |i: usize| i >= 128 || mask >> i & 1 == 1;
    let mut best = None;
    for (i, &v) in s.iter().enumerate() {
        if ok(i) && best.is_none_or(|b: usize| v > s[b]) {
            best = Some(i);
        }
    }
    let Some(best) = best else {
        return if mask == u128::MAX || s.is_empty() {
            (0, i32::MAX)
        } else {
            argmax_margin_masked(s, u128::MAX)
        };
    };
    let mut second = i32::MIN;
    for (i, &v) in s.iter().enumerate() {
        if i != best && ok(i) && v > second {
            second = v;
        }
    }
    (best, s[best].saturating_sub(second))
}
