//! The gold set itself: its articles, their annotations and anchors, loading from
//! `tests/fixtures/gold/*.jsonl`, and the anchor checks. The gold files hold no article text (the
//! sources' licences forbid it): each article is named by source and id, the text is read from
//! the shared data (FNC-1 train bodies, PolNeAR train/dev texts) and normalised by
//! [`dossier_core::make_document`], and every annotation is anchored by code-point offsets into
//! that text plus a hash of the anchored text ([`text_hash`]: FNV-1a 64, 16 hex digits).
//! [`check_anchors`] verifies every hash, so the gold set cannot rot silently, and
//! [`resolve_quotes`] fills in the quotes for reports. Scoring is in [`crate::claims`].

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Code-point offsets into the normalised article text and the [`text_hash`] of the text
/// between them. The quote itself is never stored: [`resolve_quotes`] fills it in from the
/// article once the hash is checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub start: usize,
    pub end: usize,
    pub hash: String,
    /// The anchored text, filled in by [`resolve_quotes`] (empty as loaded).
    #[serde(skip)]
    pub quote: String,
}

impl Anchor {
    /// The anchor of `start..end` (code points) in `text`, quote filled in. `None` when the
    /// range is not inside the text.
    pub fn at(text: &str, start: usize, end: usize) -> Option<Anchor> {
        let quote = slice_chars(text, start, end)?;
        Some(Anchor {
            start,
            end,
            hash: text_hash(&quote),
            quote,
        })
    }
}

/// FNV-1a 64 of the UTF-8 of `s`, as 16 lower-case hex digits (`build.py` computes the same).
pub fn text_hash(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn slice_chars(text: &str, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    let mut it = text.chars();
    let mut out = String::new();
    for _ in 0..start {
        it.next()?;
    }
    for _ in start..end {
        out.push(it.next()?);
    }
    Some(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Positive,
    Negative,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldEvent {
    pub id: String,
    pub source: String,
    pub target: Option<String>,
    /// CAMEO code (root or finer), e.g. `19`, `186`.
    pub cameo: String,
    /// PLOVER type, `-` when CAMEO maps to none.
    pub plover: String,
    pub polarity: Polarity,
    pub modality: String,
    pub evidence: Anchor,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldProposition {
    pub id: String,
    pub central: bool,
    pub subject: String,
    /// Predicate lemma ("execute", "kill", "send").
    pub predicate: String,
    /// Class of `data/claims/predicates.tsv` when one fits ("attack", "transfer").
    pub class: Option<String>,
    pub object: Option<String>,
    pub target: Option<String>,
    /// The agent of a passive ("Foley was executed by IS": subject Foley, agent GROUP.ISIS).
    pub agent: Option<String>,
    pub place: Option<String>,
    pub polarity: Polarity,
    pub modality: String,
    pub evidence: Anchor,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldStatement {
    pub id: String,
    /// Actor id, person name, `anonymous` or `unattributed`.
    pub speaker: String,
    /// Role and affiliation as the text gives them.
    pub role: Option<String>,
    pub cue: String,
    pub stance: String,
    pub sourcing: String,
    /// Ids of the propositions the statement bears on.
    pub propositions: Vec<String>,
    pub evidence: Anchor,
}

/// One annotated article (one line of `tune.jsonl` / `heldout.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldArticle {
    /// `fnc1-train`, `polnear-train` or `polnear-dev`.
    pub source: String,
    /// FNC-1 Body ID or PolNeAR file stem.
    pub id: String,
    pub split: String,
    #[serde(default)]
    pub topic: String,
    pub events: Vec<GoldEvent>,
    pub propositions: Vec<GoldProposition>,
    pub statements: Vec<GoldStatement>,
}

/// The split rule: FNV-1a (64 bit) of `source:id`, even → `tune`, odd → `heldout`.
pub fn split_of(source: &str, id: &str) -> &'static str {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in format!("{source}:{id}").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h.is_multiple_of(2) {
        "tune"
    } else {
        "heldout"
    }
}

/// Read the gold articles of `split` (`tune`, `heldout` or `all`) from `dir`.
pub fn load_gold(dir: &Path, split: &str) -> Result<Vec<GoldArticle>> {
    let files: &[&str] = match split {
        "tune" => &["tune"],
        "heldout" => &["heldout"],
        "all" => &["tune", "heldout"],
        other => bail!("unknown split {other:?} (tune, heldout or all)"),
    };
    let mut out = Vec::new();
    for name in files {
        let path = dir.join(format!("{name}.jsonl"));
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read the gold set", path.display()))?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let a: GoldArticle = serde_json::from_str(line)
                .with_context(|| format!("{}:{}: bad gold record", path.display(), i + 1))?;
            if a.split != *name || split_of(&a.source, &a.id) != *name {
                bail!(
                    "{}:{}: article {}:{} is in the wrong half (rule says {})",
                    path.display(),
                    i + 1,
                    a.source,
                    a.id,
                    split_of(&a.source, &a.id)
                );
            }
            for (what, an) in anchors(&a) {
                let hex = an.hash.len() == 16 && an.hash.bytes().all(|b| b.is_ascii_hexdigit());
                if an.start >= an.end || !hex {
                    bail!(
                        "{}:{}: {}:{} {what}: bad anchor {}..{} hash {:?}",
                        path.display(),
                        i + 1,
                        a.source,
                        a.id,
                        an.start,
                        an.end,
                        an.hash
                    );
                }
            }
            out.push(a);
        }
    }
    Ok(out)
}

/// Reads article texts from the shared data directory (FNC-1 bodies are read once).
pub struct Articles {
    data: PathBuf,
    fnc: Option<BTreeMap<String, String>>,
}

impl Articles {
    pub fn new(data: &Path) -> Articles {
        Articles {
            data: data.to_path_buf(),
            fnc: None,
        }
    }

    /// The raw text of one article.
    pub fn raw(&mut self, source: &str, id: &str) -> Result<String> {
        match source {
            "fnc1-train" => {
                if self.fnc.is_none() {
                    let path = self.data.join("stance/fnc-1/train_bodies.csv");
                    let mut rdr = csv::Reader::from_path(&path)
                        .with_context(|| format!("{}: cannot read", path.display()))?;
                    let mut m = BTreeMap::new();
                    for rec in rdr.records() {
                        let rec = rec.with_context(|| format!("{}: bad CSV", path.display()))?;
                        if let (Some(k), Some(v)) = (rec.get(0), rec.get(1)) {
                            m.insert(k.to_string(), v.to_string());
                        }
                    }
                    self.fnc = Some(m);
                }
                self.fnc
                    .as_ref()
                    .and_then(|m| m.get(id))
                    .cloned()
                    .with_context(|| format!("FNC-1 train body {id} not found"))
            }
            "polnear-train" | "polnear-dev" => {
                let split = &source["polnear-".len()..];
                let path = self
                    .data
                    .join("attribution/polnear")
                    .join(split)
                    .join("text")
                    .join(format!("{id}.txt"));
                std::fs::read_to_string(&path)
                    .with_context(|| format!("{}: cannot read", path.display()))
            }
            other => bail!("unknown gold source {other:?}"),
        }
    }
}

/// Every anchor of an article: (what, anchor).
pub fn anchors(a: &GoldArticle) -> impl Iterator<Item = (String, &Anchor)> {
    let e = a.events.iter().map(|x| (x.id.clone(), &x.evidence));
    let p = a.propositions.iter().map(|x| (x.id.clone(), &x.evidence));
    let s = a.statements.iter().map(|x| (x.id.clone(), &x.evidence));
    e.chain(p).chain(s)
}

fn anchors_mut(a: &mut GoldArticle) -> impl Iterator<Item = &mut Anchor> {
    let e = a.events.iter_mut().map(|x| &mut x.evidence);
    let p = a.propositions.iter_mut().map(|x| &mut x.evidence);
    let s = a.statements.iter_mut().map(|x| &mut x.evidence);
    e.chain(p).chain(s)
}

/// Problems with the anchors of `a` against its normalised text (empty when all match): a
/// range outside the text, a hash that differs from the text's, a range over 15 words.
pub fn check_anchors(a: &GoldArticle, text: &str) -> Vec<String> {
    let mut bad = Vec::new();
    for (what, an) in anchors(a) {
        let Some(found) = slice_chars(text, an.start, an.end).filter(|_| an.start < an.end) else {
            bad.push(format!(
                "{}:{} {what}: anchor {}..{} is not inside the text",
                a.source, a.id, an.start, an.end
            ));
            continue;
        };
        if text_hash(&found) != an.hash {
            bad.push(format!(
                "{}:{} {what}: text at {}..{} has changed (hash {} expected, found {} for {:?})",
                a.source,
                a.id,
                an.start,
                an.end,
                an.hash,
                text_hash(&found),
                found
            ));
        }
        if found.split_whitespace().count() > 15 {
            bad.push(format!(
                "{}:{} {what}: anchor longer than 15 words",
                a.source, a.id
            ));
        }
    }
    bad
}

/// Check every anchor of `a` against its normalised text and fill in the quotes (for reports
/// and `--verbose`). Fails, naming every bad anchor, when the text no longer matches.
pub fn resolve_quotes(a: &mut GoldArticle, text: &str) -> Result<()> {
    let bad = check_anchors(a, text);
    if !bad.is_empty() {
        bail!("gold anchors no longer match:\n{}", bad.join("\n"));
    }
    for an in anchors_mut(a) {
        an.quote = slice_chars(text, an.start, an.end).unwrap_or_default();
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Matching rules (public so that their tests can call them directly)
