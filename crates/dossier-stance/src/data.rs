//! Readers for the FNC-1 and Emergent CSV files (training and evaluation only; inference does
//! no I/O).

use crate::Label;
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One FNC-1 pair.
#[derive(Debug, Clone)]
pub struct Pair {
    pub headline: String,
    pub body_id: u32,
    pub label: Label,
}

/// An FNC-1 split: bodies by id and labelled pairs in file order.
#[derive(Debug, Clone, Default)]
pub struct Split {
    pub bodies: BTreeMap<u32, String>,
    pub pairs: Vec<Pair>,
}

fn reader(path: &Path) -> Result<csv::Reader<std::fs::File>> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(path)
        .with_context(|| format!("{}: cannot open", path.display()))
}

/// Read `{prefix}_bodies.csv` and `{prefix}_stances.csv` from an FNC-1 directory
/// (`prefix` = `train` or `competition_test`).
pub fn read_fnc(dir: &Path, prefix: &str) -> Result<Split> {
    let mut split = Split::default();
    let bp = dir.join(format!("{prefix}_bodies.csv"));
    for (i, rec) in reader(&bp)?.records().enumerate() {
        let rec = rec.with_context(|| format!("{}:{}: bad CSV record", bp.display(), i + 2))?;
        let id: u32 = rec
            .get(0)
            .unwrap_or("")
            .trim()
            .parse()
            .with_context(|| format!("{}:{}: bad Body ID", bp.display(), i + 2))?;
        split
            .bodies
            .insert(id, rec.get(1).unwrap_or("").to_string());
    }
    let sp = dir.join(format!("{prefix}_stances.csv"));
    for (i, rec) in reader(&sp)?.records().enumerate() {
        let line = i + 2;
        let rec = rec.with_context(|| format!("{}:{line}: bad CSV record", sp.display()))?;
        let body_id: u32 = rec
            .get(1)
            .unwrap_or("")
            .trim()
            .parse()
            .with_context(|| format!("{}:{line}: bad Body ID", sp.display()))?;
        let Some(label) = rec.get(2).and_then(Label::parse) else {
            bail!("{}:{line}: unknown stance {:?}", sp.display(), rec.get(2));
        };
        if !split.bodies.contains_key(&body_id) {
            bail!(
                "{}:{line}: Body ID {body_id} not in {}",
                sp.display(),
                bp.display()
            );
        }
        split.pairs.push(Pair {
            headline: rec.get(0).unwrap_or("").to_string(),
            body_id,
            label,
        });
    }
    Ok(split)
}

/// Body ids of the official baseline's hold-out split (`baseline_split/hold_out_ids.txt`), if
/// the file exists.
pub fn read_holdout_ids(dir: &Path) -> Result<Option<BTreeSet<u32>>> {
    let p = dir.join("baseline_split").join("hold_out_ids.txt");
    if !p.exists() {
        return Ok(None);
    }
    let text =
        std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
    let mut ids = BTreeSet::new();
    for (i, l) in text.lines().enumerate() {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        ids.insert(
            l.parse()
                .with_context(|| format!("{}:{}: bad id", p.display(), i + 1))?,
        );
    }
    Ok(Some(ids))
}

/// One Emergent row: claim, article headline and the headline's stance toward the claim,
/// mapped for → agree, against → disagree, observing → discuss.
#[derive(Debug, Clone)]
pub struct EmergentRow {
    pub claim: String,
    pub headline: String,
    pub label: Label,
    pub claim_id: String,
}

pub fn read_emergent(path: &Path) -> Result<Vec<EmergentRow>> {
    let mut rdr = reader(path)?;
    let headers = rdr.headers()?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .with_context(|| format!("{}: no column {name}", path.display()))
    };
    let (ci, hi, si, ii) = (
        col("claimHeadline")?,
        col("articleHeadline")?,
        col("articleHeadlineStance")?,
        col("claimId")?,
    );
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.with_context(|| format!("{}:{line}: bad CSV record", path.display()))?;
        let label = match rec.get(si).unwrap_or("").trim() {
            "for" => Label::Agree,
            "against" => Label::Disagree,
            "observing" => Label::Discuss,
            other => bail!("{}:{line}: unknown stance {other:?}", path.display()),
        };
        out.push(EmergentRow {
            claim: rec.get(ci).unwrap_or("").to_string(),
            headline: rec.get(hi).unwrap_or("").to_string(),
            label,
            claim_id: rec.get(ii).unwrap_or("").to_string(),
        });
    }
    Ok(out)
}
