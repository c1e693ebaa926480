//! A learned cue decision: is this predicate with a subject and a complement an attribution?
//!
//! The rules of [`super::complements`] read the predicates of `data/cues/complements.tsv`; every
//! other verb with a subject and a clausal or object complement is a *candidate* the rules
//! cannot judge. A [`CueModel`] — an averaged perceptron over the candidate's features (lemma,
//! complement relation, subject kind, quotes, position) — decides those. It is trained outside
//! core (`dossier train attribution`, which reads the corpus) and passed in decoded: this module
//! only defines the candidates, the features, the training step on given examples and the
//! model's text format. No model is embedded: rules are the default.

use dossier_syntax::{Doc, Rel, Upos};

/// Magic first line of a model file.
const MAGIC: &str = "dossier-attribution-model 1";

/// A candidate cue: the cue token, its complement and its source (token ranges).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub cue: usize,
    pub content: std::ops::Range<usize>,
    pub source: std::ops::Range<usize>,
    /// The complement's relation (ccomp, xcomp, obj).
    pub rel: Rel,
}

/// A linear model over hashed features with a decision threshold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CueModel {
    weights: rustc_hash::FxHashMap<u64, f32>,
    /// Candidates scoring above this are attributions.
    pub threshold: f32,
}

/// FNV-1a: a hash that is the same on every build and platform (model files stay valid).
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The verb candidate at token `ci`: a verb (not passive) with a subject and a complement after
/// it — a clause (ccomp), an infinitive (xcomp with "to") or an object.
pub fn candidate(doc: &Doc, text: &str, ci: usize) -> Option<Candidate> {
    let tok = doc.tokens.get(ci)?;
    if tok.upos != Upos::Verb
        || doc
            .children(ci)
            .any(|j| matches!(doc.tokens[j].rel, Rel::AuxPass | Rel::NsubjPass))
    {
        return None;
    }
    let c = doc.children(ci).find(|&j| {
        j > ci
            && match doc.tokens[j].rel {
                Rel::Ccomp | Rel::Obj => true,
                Rel::Xcomp => doc.children(j).any(|m| {
                    doc.tokens[m].rel == Rel::Mark && doc.form(text, m).eq_ignore_ascii_case("to")
                }),
                _ => false,
            }
    })?;
    let source = super::complements::source_tokens(doc, ci, false)?;
    let content = super::complements::complement_tokens(doc, ci, c);
    if source.end > content.start && content.end > source.start {
        return None;
    }
    Some(Candidate {
        cue: ci,
        content,
        source,
        rel: doc.tokens[c].rel,
    })
}

/// Whether the rules read token `ci` themselves (its lemma is in `data/cues/complements.tsv`):
/// such tokens are never the model's to decide, in training or use.
pub fn ruled(doc: &Doc, ci: usize) -> bool {
    doc.tokens.get(ci).is_some_and(|t| {
        super::complements::table().contains_key(&(t.lemma.to_lowercase(), t.upos == Upos::Noun))
    })
}

/// The features of a candidate, hashed.
pub fn features(doc: &Doc, text: &str, c: &Candidate) -> Vec<u64> {
    let tok = &doc.tokens[c.cue];
    let lemma = tok.lemma.to_lowercase();
    let rel = c.rel.as_str();
    let subj = &doc.tokens[c.source.end.saturating_sub(1).max(c.source.start)];
    let subj_kind = match subj.upos {
        Upos::Pron => "pron",
        Upos::Propn => "propn",
        Upos::Noun => "noun",
        _ => "other",
    };
    let content_len = c.content.end - c.content.start;
    let len_bucket = match content_len {
        0..=2 => "1-2",
        3..=6 => "3-6",
        7..=15 => "7-15",
        _ => "16+",
    };
    let (cs, ce) = (
        doc.tokens[c.content.start].start as usize,
        doc.tokens[c.content.end - 1].end as usize,
    );
    let quoted = text
        .get(cs..ce)
        .is_some_and(|s| s.contains(['"', '“', '”']));
    let neg = doc.children(c.cue).any(|j| {
        matches!(
            doc.form(text, j).to_lowercase().as_str(),
            "not" | "n't" | "never"
        )
    });
    let first_content = doc.tokens[c.content.start].lemma.to_lowercase();
    let mut f = vec![
        "bias".to_string(),
        format!("lemma={lemma}"),
        format!("rel={rel}"),
        format!("lemma+rel={lemma}|{rel}"),
        format!("subj={subj_kind}"),
        format!("rel+subj={rel}|{subj_kind}"),
        format!("xpos={}", tok.xpos),
        format!("len={len_bucket}"),
        format!("rel+len={rel}|{len_bucket}"),
        format!("quoted={quoted}"),
        format!("neg={neg}"),
        format!("first={first_content}"),
        format!("rel+first={rel}|{first_content}"),
        format!("cuerel={}", tok.rel.as_str()),
    ];
    let suffix: String = lemma
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    f.push(format!("suf={suffix}"));
    f.iter().map(|s| fnv(s)).collect()
}

impl CueModel {
    /// The model's score of a feature vector.
    pub fn score(&self, feats: &[u64]) -> f32 {
        feats
            .iter()
            .map(|h| self.weights.get(h).copied().unwrap_or(0.0))
            .sum()
    }

    /// Whether the candidate is an attribution.
    pub fn accepts(&self, feats: &[u64]) -> bool {
        self.score(feats) > self.threshold
    }

    /// Train an averaged perceptron on `(features, is attribution)` examples, `epochs` passes
    /// in a fixed order (deterministic: same examples, same model).
    pub fn train(examples: &[(Vec<u64>, bool)], epochs: usize) -> CueModel {
        let mut w: rustc_hash::FxHashMap<u64, f32> = Default::default();
        let mut total: rustc_hash::FxHashMap<u64, f32> = Default::default();
        let mut stamp: rustc_hash::FxHashMap<u64, usize> = Default::default();
        let mut t = 0usize;
        // A fixed, data-independent shuffle: stride through the examples.
        let n = examples.len();
        let stride = if n > 1 { (n / 2 + 1) | 1 } else { 1 };
        let stride = (1..=n.max(1))
            .map(|k| stride + 2 * k)
            .find(|&s| gcd(s, n.max(1)) == 1)
            .unwrap_or(1);
        for epoch in 0..epochs {
            for k in 0..n {
                let (x, y) = &examples[(k * stride + epoch) % n];
                t += 1;
                let s: f32 = x.iter().map(|h| w.get(h).copied().unwrap_or(0.0)).sum();
                if (s > 0.0) != *y {
                    let d = if *y { 1.0 } else { -1.0 };
                    for h in x {
                        let last = stamp.get(h).copied().unwrap_or(0);
                        let cur = w.get(h).copied().unwrap_or(0.0);
                        *total.entry(*h).or_default() += cur * (t - last) as f32;
                        stamp.insert(*h, t);
                        w.insert(*h, cur + d);
                    }
                }
            }
        }
        let t = t.max(1);
        let weights = w
            .iter()
            .map(|(h, cur)| {
                let last = stamp.get(h).copied().unwrap_or(0);
                let sum = total.get(h).copied().unwrap_or(0.0) + cur * (t - last) as f32;
                (*h, sum / t as f32)
            })
            .filter(|(_, v)| *v != 0.0)
            .collect();
        CueModel {
            weights,
            threshold: 0.0,
        }
    }

    /// The model as text: a header line with the threshold, then `hash<TAB>weight` lines in
    /// hash order (the same model always gives the same bytes).
    pub fn to_text(&self) -> String {
        let mut rows: Vec<(&u64, &f32)> = self.weights.iter().collect();
        rows.sort_by_key(|r| *r.0);
        let mut out = format!("{MAGIC}\tthreshold={}\n", self.threshold);
        for (h, v) in rows {
            out.push_str(&format!("{h:016x}\t{v}\n"));
        }
        out
    }

    /// Read a model written by [`CueModel::to_text`]; a damaged file is an error naming the
    /// line, never a panic.
    pub fn from_text(s: &str) -> Result<CueModel, String> {
        let mut lines = s.lines();
        let head = lines.next().ok_or("empty model file")?;
        let (magic, thr) = head
            .split_once('\t')
            .ok_or("line 1: not a dossier attribution model")?;
        if magic != MAGIC {
            return Err("line 1: not a dossier attribution model".into());
        }
        let threshold = thr
            .strip_prefix("threshold=")
            .and_then(|v| v.parse::<f32>().ok())
            .filter(|v| v.is_finite())
            .ok_or("line 1: bad threshold")?;
        let mut weights = rustc_hash::FxHashMap::default();
        for (i, l) in lines.enumerate() {
            if l.is_empty() {
                continue;
            }
            let (h, v) = l
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected hash<TAB>weight", i + 2))?;
            let h = u64::from_str_radix(h, 16).map_err(|_| format!("line {}: bad hash", i + 2))?;
            let v: f32 = v
                .parse()
                .ok()
                .filter(|v: &f32| v.is_finite())
                .ok_or_else(|| format!("line {}: bad weight", i + 2))?;
            weights.insert(h, v);
        }
        Ok(CueModel { weights, threshold })
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn training_separates_a_learnable_lemma_and_round_trips() {
        let doc_text = "Officials accused Iran of the attack. Officials repaired the road.";
        let doc = dossier_syntax::parse(doc_text);
        let mut ex = Vec::new();
        for ci in 0..doc.tokens.len() {
            if let Some(c) = candidate(&doc, doc_text, ci) {
                let yes = doc.tokens[ci].lemma == "accuse";
                ex.push((features(&doc, doc_text, &c), yes));
            }
        }
        assert!(ex.iter().any(|e| e.1) && ex.iter().any(|e| !e.1), "{ex:?}");
        let m = CueModel::train(&ex, 10);
        for (x, y) in &ex {
            assert_eq!(m.accepts(x), *y);
        }
        let back = CueModel::from_text(&m.to_text()).expect("round trip");
        assert_eq!(back.to_text(), m.to_text());
        assert!(CueModel::from_text("garbage").is_err());
        assert!(CueModel::from_text(&format!("{MAGIC}\tthreshold=x")).is_err());
        assert!(CueModel::from_text(&format!("{MAGIC}\tthreshold=0\nzz\t1")).is_err());
    }
}
