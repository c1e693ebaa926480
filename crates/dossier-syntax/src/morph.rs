//! Morphological features (UD FEATS) from tables learned on the training treebank: the most
//! frequent FEATS for (tag class, lower-case word), else for (tag class, 3-letter suffix), else
//! for the tag class alone.

use crate::doc::Atom;
use crate::perceptron::{f2, put_str, put_u32, Reader};
use rustc_hash::FxHashMap;

#[derive(Default)]
pub struct Morph {
    /// Distinct FEATS strings (interned); index 0 is "".
    pub strings: Vec<Atom>,
    by_word: FxHashMap<u64, u32>,
    by_suffix: FxHashMap<u64, u32>,
    by_class: Vec<u32>,
}

impl Morph {
    /// FEATS for a word of tag class `class` with lower-case hash `lower` and suffix hash `suf3`.
    pub fn feats(&self, class: u16, lower: u64, suf3: u64) -> Atom {
        let id = self
            .by_word
            .get(&f2(1, class as u64, lower))
            .or_else(|| self.by_suffix.get(&f2(2, class as u64, suf3)))
            .copied()
            .or_else(|| self.by_class.get(class as usize).copied())
            .unwrap_or(0);
        self.strings.get(id as usize).copied().unwrap_or_default()
    }

    /// Learn from (class, lower hash, suffix hash, FEATS) of every training word.
    pub fn train<'a>(
        n_classes: usize,
        words: impl IntoIterator<Item = (u16, u64, u64, &'a str)>,
    ) -> Morph {
        let mut strings: Vec<Atom> = vec![Atom::new("")];
        let mut string_id: FxHashMap<String, u32> = FxHashMap::default();
        string_id.insert(String::new(), 0);
        let mut word: FxHashMap<u64, FxHashMap<u32, u32>> = FxHashMap::default();
        let mut suffix: FxHashMap<u64, FxHashMap<u32, u32>> = FxHashMap::default();
        let mut class: Vec<FxHashMap<u32, u32>> = vec![FxHashMap::default(); n_classes];
        for (c, lower, suf, feats) in words {
            let id = *string_id.entry(feats.to_string()).or_insert_with(|| {
                strings.push(Atom::new(feats));
                strings.len() as u32 - 1
            });
            *word
                .entry(f2(1, c as u64, lower))
                .or_default()
                .entry(id)
                .or_default() += 1;
            *suffix
                .entry(f2(2, c as u64, suf))
                .or_default()
                .entry(id)
                .or_default() += 1;
            if let Some(m) = class.get_mut(c as usize) {
                *m.entry(id).or_default() += 1;
            }
        }
        // Most frequent value; ties go to the smaller id so the result is deterministic.
        let top = |m: &FxHashMap<u32, u32>| {
            m.iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(&id, _)| id)
                .unwrap_or(0)
        };
        let by_class: Vec<u32> = class.iter().map(top).collect();
        // Keep only the entries that differ from what the next fallback would give.
        let by_suffix: FxHashMap<u64, u32> = suffix.iter().map(|(&k, m)| (k, top(m))).collect();
        let by_word: FxHashMap<u64, u32> = word.iter().map(|(&k, m)| (k, top(m))).collect();
        Morph {
            strings,
            by_word,
            by_suffix,
            by_class,
        }
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.strings.len() as u32);
        for s in &self.strings {
            put_str(out, s.as_str());
        }
        put_u32(out, self.by_class.len() as u32);
        for &c in &self.by_class {
            put_u32(out, c);
        }
        for m in [&self.by_word, &self.by_suffix] {
            let mut v: Vec<(u64, u32)> = m.iter().map(|(&k, &x)| (k, x)).collect();
            v.sort_unstable();
            put_u32(out, v.len() as u32);
            for (k, x) in v {
                out.extend_from_slice(&k.to_le_bytes());
                crate::perceptron::put_varint(out, x);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Morph, String> {
        let n = r.u32()? as usize;
        if n == 0 || n > 1 << 20 {
            return Err(format!("bad FEATS count {n}"));
        }
        let mut strings = Vec::with_capacity(n);
        for _ in 0..n {
            strings.push(Atom::new(r.str()?));
        }
        let nc = r.u32()? as usize;
        if nc > 4096 {
            return Err(format!("bad class count {nc}"));
        }
        let mut by_class = Vec::with_capacity(nc);
        for _ in 0..nc {
            by_class.push(r.u32()?.min(n as u32 - 1));
        }
        let mut maps = [FxHashMap::default(), FxHashMap::default()];
        for m in maps.iter_mut() {
            let k = r.u32()? as usize;
            m.reserve(k.min(1 << 22));
            for _ in 0..k {
                let key = r.u64()?;
                let v = r.varint()?.min(n as u32 - 1);
                m.insert(key, v);
            }
        }
        let [by_word, by_suffix] = maps;
        Ok(Morph {
            strings,
            by_word,
            by_suffix,
            by_class,
        })
    }
}
