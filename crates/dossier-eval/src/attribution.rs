//! Attribution evaluation (own fixtures and PolNeAR).
//!
//! Both evaluations use the same matching rule: a predicted statement matches a gold
//! attribution when their content spans overlap by at least half of the gold content's
//! characters; each gold and each prediction is matched at most once (greedy, gold in text
//! order, largest overlap first). Precision = matched / predicted, recall = matched / gold.
//! Speaker, stance, sourcing and mode are then scored on the matched pairs only.

use anyhow::{bail, Context, Result};
use dossier_core::attribution::model::CueModel;
use dossier_core::attribution::{attribute_text, attribute_text_with, UNATTRIBUTED_ID};
use dossier_core::{make_document, DocumentHeader, Statement};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

/// Which evaluation a [`Report`] comes from (changes the definitions printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Fixtures,
    PolNear { split: String },
}

/// Scores of one evaluation run.
#[derive(Debug, Clone)]
pub struct Report {
    pub source: Source,
    pub documents: usize,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    /// Matched pairs whose speaker is right (see the definitions printed by `Display`).
    pub speaker_correct: usize,
    pub stance_correct: usize,
    pub sourcing_correct: usize,
    pub mode_correct: usize,
    pub via_correct: usize,
    /// Predicted speakers no actor mention covered (`UNKNOWN.*`), for the actor layer.
    pub unresolved_speakers: usize,
    /// A few misses and false alarms, for reading (fixtures only).
    pub examples: Vec<String>,
    /// PolNeAR only: counts per attribution type (speech, belief, intention), the type read
    /// off the cue word of each gold and predicted attribution ([`attribution_type`]).
    pub by_type: [TypeCounts; 3],
}

/// Gold, predicted, matched and right-source counts of one attribution type.
#[derive(Debug, Clone, Copy, Default)]
pub struct TypeCounts {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub speaker_correct: usize,
}

/// The attribution types PolNeAR annotates, in [`Report::by_type`] order.
pub const TYPES: [&str; 3] = ["speech", "belief", "intention"];

/// Cue words of intention ("wants", "plans", "vowed"); PolNeAR's release carries no type label,
/// so the type is read off the cue: an intention word, else a cue of class `belief` in
/// `data/cues/verbs.tsv` ("believes", "thinks"), else speech.
const INTENTION_CUES: &[&str] = &[
    "want",
    "wants",
    "wanted",
    "wanting",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "aim",
    "aims",
    "aimed",
    "seek",
    "seeks",
    "sought",
    "vow",
    "vows",
    "vowed",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "threaten",
    "threatens",
    "threatened",
    "wish",
    "wishes",
    "wished",
    "determined",
    "eager",
    "refuse",
    "refuses",
    "refused",
];

/// The type (index into [`TYPES`]) of an attribution with this cue text.
pub fn attribution_type(cue: &str) -> usize {
    let low = cue.to_lowercase();
    if low
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| INTENTION_CUES.contains(&w))
    {
        return 2;
    }
    let lex = dossier_core::attribution::lexicon::Lexicon::get();
    let belief = lex.cues.find_iter(&low).any(|m| {
        lex.cue_entries[m.pattern().as_usize()].class
            == dossier_core::attribution::lexicon::CueClass::Belief
    });
    usize::from(belief)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Report {
    fn new(source: Source) -> Self {
        Report {
            source,
            documents: 0,
            gold: 0,
            predicted: 0,
            matched: 0,
            speaker_correct: 0,
            stance_correct: 0,
            sourcing_correct: 0,
            mode_correct: 0,
            via_correct: 0,
            unresolved_speakers: 0,
            examples: Vec::new(),
            by_type: [TypeCounts::default(); 3],
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_correct, self.matched)
    }
    pub fn stance_accuracy(&self) -> f64 {
        ratio(self.stance_correct, self.matched)
    }
    pub fn sourcing_accuracy(&self) -> f64 {
        ratio(self.sourcing_correct, self.matched)
    }
    pub fn mode_accuracy(&self) -> f64 {
        ratio(self.mode_correct, self.matched)
    }
    pub fn via_accuracy(&self) -> f64 {
        ratio(self.via_correct, self.matched)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Fixtures => writeln!(f, "attribution — annotated fixture paragraphs")?,
            Source::PolNear { split } => writeln!(f, "attribution — PolNeAR {split} split")?,
        }
        writeln!(
            f,
            "documents {}  gold {}  predicted {}  matched {}",
            self.documents, self.gold, self.predicted, self.matched
        )?;
        writeln!(
            f,
            "content  precision {:.3}  recall {:.3}  F1 {:.3}",
            self.precision(),
            self.recall(),
            self.f1()
        )?;
        match &self.source {
            Source::Fixtures => {
                writeln!(
                    f,
                    "on matched pairs: speaker {:.3}  stance {:.3}  sourcing {:.3}  mode {:.3}  via {:.3}",
                    self.speaker_accuracy(),
                    self.stance_accuracy(),
                    self.sourcing_accuracy(),
                    self.mode_accuracy(),
                    self.via_accuracy()
                )?;
            }
            Source::PolNear { .. } => {
                writeln!(
                    f,
                    "source accuracy on matched pairs {:.3}",
                    self.speaker_accuracy()
                )?;
                writeln!(f, "by type (read off the cue word):")?;
                for (name, t) in TYPES.iter().zip(&self.by_type) {
                    let (p, r) = (ratio(t.matched, t.predicted), ratio(t.matched, t.gold));
                    let f1 = if p + r == 0.0 {
                        0.0
                    } else {
                        2.0 * p * r / (p + r)
                    };
                    writeln!(
                        f,
                        "  {name:<9} gold {:>4}  predicted {:>4}  P {p:.3}  R {r:.3}  F1 {f1:.3}  source {:.3}",
                        t.gold,
                        t.predicted,
                        ratio(t.speaker_correct, t.matched)
                    )?;
                }
            }
        }
        writeln!(
            f,
            "speaker phrases not covered by an actor mention (UNKNOWN.*): {}",
            self.unresolved_speakers
        )?;
        writeln!(f, "definitions:")?;
        writeln!(
            f,
            "  match: predicted content overlaps gold content by >= 1/2 of the gold content's characters; one-to-one, greedy"
        )?;
        match &self.source {
            Source::Fixtures => {
                writeln!(f, "  speaker: predicted speaker words equal the annotated speaker words (case-insensitive), or both unattributed")?;
                writeln!(f, "  via: the annotated relay names, in order, each found in the predicted relay's name or words")?;
            }
            Source::PolNear { .. } => {
                writeln!(f, "  predictions sharing one cue and speaker (“A,” he said, “B.”) are one attribution with discontinuous content")?;
                writeln!(f, "  source: the predicted speaker's mention span overlaps the gold source span; with no gold source, the prediction must be unattributed")?;
                writeln!(f, "  annotator 4b22 where several annotated an article")?;
            }
        }
        for e in &self.examples {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures

/// One annotated paragraph.
#[derive(Debug, Deserialize)]
pub struct Fixture {
    pub id: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
    pub text: String,
    pub statements: Vec<Expected>,
}

/// One expected statement. Texts are located in the paragraph.
#[derive(Debug, Deserialize)]
pub struct Expected {
    /// The words naming the speaker here ("he", "a senior commander"); `null` = unattributed.
    pub speaker: Option<String>,
    pub cue: String,
    pub content: String,
    pub stance: String,
    pub sourcing: String,
    pub mode: String,
    #[serde(default)]
    pub via: Vec<String>,
}

fn char_range(text: &str, needle: &str) -> Option<(usize, usize)> {
    let b = text.find(needle)?;
    let s = text[..b].chars().count();
    Some((s, s + needle.chars().count()))
}

pub(crate) fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Load every `*.json` in `dir` (each an array of [`Fixture`]s).
pub fn load_fixtures(dir: &Path) -> Result<Vec<Fixture>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read fixture directory", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for p in files {
        let raw =
            std::fs::read_to_string(&p).with_context(|| format!("{}: unreadable", p.display()))?;
        let mut v: Vec<Fixture> = serde_json::from_str(&raw)
            .with_context(|| format!("{}: bad fixture JSON", p.display()))?;
        out.append(&mut v);
    }
    if out.is_empty() {
        bail!("{}: no fixtures found", dir.display());
    }
    Ok(out)
}

/// Run the pipeline over every fixture paragraph in `dir` and score it.
pub fn eval_fixtures(dir: &Path) -> Result<Report> {
    let fixtures = load_fixtures(dir)?;
    let mut rep = Report::new(Source::Fixtures);
    for fx in &fixtures {
        let doc = make_document(&fx.text, DocumentHeader::default());
        if doc.text != fx.text {
            bail!("fixture {}: text is not normalised (whitespace)", fx.id);
        }
        let ex = dossier_core::extract(&doc);
        let preds = &ex.statements;
        rep.documents += 1;
        rep.predicted += preds.len();
        rep.unresolved_speakers += dossier_core::attribution::unresolved_speakers(preds).len();
        let mut used = vec![false; preds.len()];
        for g in &fx.statements {
            rep.gold += 1;
            let Some(gr) = char_range(&fx.text, &g.content) else {
                bail!("fixture {}: content not in text: {:?}", fx.id, g.content);
            };
            let glen = gr.1 - gr.0;
            let best = preds
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, overlap(gr, (p.content.start, p.content.end))))
                .filter(|&(_, o)| o * 2 >= glen && o > 0)
                .max_by_key(|&(_, o)| o);
            let Some((pi, _)) = best else {
                if rep.examples.len() < 60 {
                    rep.examples.push(format!(
                        "MISS {}: {:?} {} {:?}",
                        fx.id,
                        g.speaker.as_deref().unwrap_or("-"),
                        g.cue,
                        g.content
                    ));
                }
                continue;
            };
            used[pi] = true;
            rep.matched += 1;
            let p = &preds[pi];
            let speaker_ok = match (&g.speaker, &p.speaker.mention) {
                (None, _) => p.speaker.id == UNATTRIBUTED_ID,
                (Some(gs), Some(m)) => m.text.trim().eq_ignore_ascii_case(gs.trim()),
                (Some(_), None) => false,
            };
            let stance = enum_name(&p.stance);
            let sourcing = enum_name(&p.sourcing);
            let mode = enum_name(&p.mode);
            let via_ok = g.via.len() == p.via.len()
                && g.via.iter().zip(&p.via).all(|(gv, pv)| {
                    let words = pv.mention.as_ref().map_or("", |m| m.text.as_str());
                    pv.name.contains(gv.as_str()) || words.contains(gv.as_str())
                });
            rep.speaker_correct += speaker_ok as usize;
            rep.stance_correct += (stance == g.stance) as usize;
            rep.sourcing_correct += (sourcing == g.sourcing) as usize;
            rep.mode_correct += (mode == g.mode) as usize;
            rep.via_correct += via_ok as usize;
            if !(speaker_ok
                && stance == g.stance
                && sourcing == g.sourcing
                && mode == g.mode
                && via_ok)
                && rep.examples.len() < 60
            {
                rep.examples.push(format!(
                    "DIFF {}: {:?} → speaker {:?}/{:?} stance {}/{} sourcing {}/{} mode {}/{} via {:?}/{:?}",
                    fx.id,
                    g.content.chars().take(40).collect::<String>(),
                    g.speaker.as_deref().unwrap_or("-"),
                    p.speaker.mention.as_ref().map_or("-", |m| m.text.as_str()),
                    g.stance,
                    stance,
                    g.sourcing,
                    sourcing,
                    g.mode,
                    mode,
                    g.via,
                    p.via.iter().map(|v| v.name.as_str()).collect::<Vec<_>>()
                ));
            }
        }
        for (i, p) in preds.iter().enumerate() {
            if !used[i] && rep.examples.len() < 60 {
                rep.examples.push(format!(
                    "EXTRA {}: {:?} {} {:?}",
                    fx.id,
                    p.speaker.mention.as_ref().map_or("-", |m| m.text.as_str()),
                    p.cue.text,
                    p.content.text
                ));
            }
        }
    }
    Ok(rep)
}

// ---------------------------------------------------------------------------------------------
// PolNeAR

/// A gold attribution: content and source as sets of code-point ranges.
#[derive(Debug, Default, Clone)]
pub(crate) struct GoldAttr {
    pub(crate) content: Vec<(usize, usize)>,
    pub(crate) source: Vec<(usize, usize)>,
    /// The cue's text (for the attribution type).
    pub(crate) cue: String,
    /// The cue's code-point ranges (for training the cue model).
    pub(crate) cue_spans: Vec<(usize, usize)>,
}

fn parse_ranges(s: &str) -> Vec<(usize, usize)> {
    s.split(';')
        .filter_map(|r| {
            let mut it = r.split_whitespace();
            let a = it.next()?.parse().ok()?;
            let b = it.next()?.parse().ok()?;
            Some((a, b))
        })
        .collect()
}

/// Parse a brat standoff file into attributions (relations `E` with their roles).
pub(crate) fn parse_ann(ann: &str) -> Vec<GoldAttr> {
    let mut spans: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    let mut texts: BTreeMap<&str, &str> = BTreeMap::new();
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            if let Some((_, ranges)) = body.split_once(' ') {
                spans.insert(id, parse_ranges(ranges));
            }
            if let Some(text) = cols.next() {
                texts.insert(id, text);
            }
        }
    }
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if !id.starts_with('E') {
            continue;
        }
        let mut g = GoldAttr::default();
        for role in body.split_whitespace() {
            let Some((name, t)) = role.split_once(':') else {
                continue;
            };
            let r = spans.get(t).cloned().unwrap_or_default();
            if name.starts_with("Cue") {
                g.cue = texts.get(t).copied().unwrap_or_default().to_string();
                g.cue_spans.extend(r);
            } else if name.starts_with("Content") {
                g.content.extend(r);
            } else if name.starts_with("Source") {
                g.source.extend(r);
            }
        }
        if !g.content.is_empty() {
            out.push(g);
        }
    }
    out
}

pub(crate) fn set_of(ranges: &[(usize, usize)]) -> BTreeSet<usize> {
    ranges.iter().flat_map(|&(a, b)| a..b).collect()
}

/// A prediction prepared for PolNeAR: content characters and speaker mention range.
pub(crate) struct Pred {
    pub(crate) content: BTreeSet<usize>,
    pub(crate) speaker: Option<(usize, usize)>,
    kind: usize,
    /// The cue's text (shown by [`polnear_errors`]).
    cue: String,
    /// The cue's code-point range (for classing misses in [`polnear_errors`]).
    pub(crate) cue_span: (usize, usize),
}

pub(crate) fn group_predictions(stmts: &[Statement]) -> Vec<Pred> {
    let mut groups: BTreeMap<(usize, usize, String), Pred> = BTreeMap::new();
    for s in stmts {
        let key = (s.cue.start, s.cue.end, s.speaker.id.clone());
        let speaker = if s.speaker.id == UNATTRIBUTED_ID {
            None
        } else {
            s.speaker.mention.as_ref().map(|m| (m.start, m.end))
        };
        let e = groups.entry(key).or_insert_with(|| Pred {
            content: BTreeSet::new(),
            speaker,
            kind: attribution_type(&s.cue.text),
            cue: s.cue.text.clone(),
            cue_span: (s.cue.start, s.cue.end),
        });
        e.content.extend(s.content.start..s.content.end);
    }
    groups.into_values().collect()
}

/// Evaluate against PolNeAR split `split` (train, dev or test) under `dir`.
pub fn eval_polnear(dir: &Path, split: &str) -> Result<Report> {
    eval_polnear_with(dir, split, None)
}

/// [`eval_polnear`] with a learned cue model (`--attribution-model`).
pub fn eval_polnear_with(dir: &Path, split: &str, model: Option<&CueModel>) -> Result<Report> {
    let mut reps = sweep_polnear_with(dir, split, &[0.0], model)?;
    Ok(reps.remove(0).1)
}

/// Evaluate against PolNeAR split `split` once per confidence threshold: statements below the
/// threshold are left out, as `--min-confidence` leaves them out of briefs. Extraction runs
/// once per document.
pub fn sweep_polnear(dir: &Path, split: &str, thresholds: &[f32]) -> Result<Vec<(f32, Report)>> {
    sweep_polnear_with(dir, split, thresholds, None)
}

/// [`sweep_polnear`] with a learned cue model.
pub fn sweep_polnear_with(
    dir: &Path,
    split: &str,
    thresholds: &[f32],
    model: Option<&CueModel>,
) -> Result<Vec<(f32, Report)>> {
    let docs = polnear_docs(dir, split)?;
    let mut reps: Vec<(f32, Report)> = thresholds
        .iter()
        .map(|&t| {
            (
                t,
                Report::new(Source::PolNear {
                    split: split.to_string(),
                }),
            )
        })
        .collect();
    for (_, text, gold) in docs {
        let all = attribute_text_with(&text, model);
        for (threshold, rep) in reps.iter_mut() {
            let stmts: Vec<Statement> = all
                .iter()
                .filter(|s| s.confidence >= *threshold)
                .cloned()
                .collect();
            score_polnear_doc(rep, &gold, &stmts);
        }
    }
    Ok(reps)
}

/// The documents of PolNeAR split `split`: (name, text, gold attributions), in name order.
pub(crate) fn polnear_docs(
    dir: &Path,
    split: &str,
) -> Result<Vec<(String, String, Vec<GoldAttr>)>> {
    let ann_dir = dir.join(split).join("attributions");
    let text_dir = dir.join(split).join("text");
    let mut by_doc: BTreeMap<String, Vec<std::path::PathBuf>> = BTreeMap::new();
    for e in std::fs::read_dir(&ann_dir)
        .with_context(|| format!("{}: cannot read PolNeAR annotations", ann_dir.display()))?
    {
        let p = e?.path();
        let Some(name) = p.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if let Some((doc, _annotator)) = name.rsplit_once('_') {
            by_doc.entry(doc.to_string()).or_default().push(p.clone());
        }
    }
    if by_doc.is_empty() {
        bail!("{}: no .ann files", ann_dir.display());
    }
    let mut out = Vec::new();
    for (doc, mut files) in by_doc {
        files.sort();
        let ann_path = files
            .iter()
            .find(|p| p.to_string_lossy().ends_with("_4b22.ann"))
            .unwrap_or(&files[0]);
        let ann = std::fs::read_to_string(ann_path)
            .with_context(|| format!("{}: unreadable", ann_path.display()))?;
        let txt_path = text_dir.join(format!("{doc}.txt"));
        let text = std::fs::read_to_string(&txt_path)
            .with_context(|| format!("{}: unreadable", txt_path.display()))?;
        let gold = parse_ann(&ann);
        out.push((doc, text, gold));
    }
    Ok(out)
}

/// Gold attributions of PolNeAR split `split` that no prediction matched, and predictions that
/// matched no gold, one line each (type, cue, source, content; the best-overlapping prediction of
/// a miss with its overlap share): for reading errors by class on train and dev. Prints corpus
/// text, so its output is for the terminal, never for the repository.
pub fn polnear_errors(dir: &Path, split: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut rep = Report::new(Source::PolNear {
        split: split.to_string(),
    });
    for (doc, text, gold) in polnear_docs(dir, split)? {
        let chars: Vec<char> = text.chars().collect();
        let show = |r: &[(usize, usize)]| -> String {
            r.iter()
                .map(|&(a, b)| {
                    chars[a.min(chars.len())..b.min(chars.len())]
                        .iter()
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(" … ")
                .replace('\n', " ")
        };
        let stmts = attribute_text(&text);
        score_polnear_doc(&mut rep, &gold, &stmts);
        let preds = group_predictions(&stmts);
        let mut used = vec![false; preds.len()];
        let mut gold_sorted = gold.clone();
        gold_sorted.sort_by_key(|g| g.content.first().map_or(0, |r| r.0));
        for g in &gold_sorted {
            let gset = set_of(&g.content);
            let scored: Vec<(usize, usize)> = preds
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, p.content.intersection(&gset).count()))
                .collect();
            let best = scored
                .iter()
                .copied()
                .filter(|&(_, o)| o > 0 && o * 2 >= gset.len())
                .max_by_key(|&(_, o)| o);
            if let Some((pi, _)) = best {
                used[pi] = true;
                let ok = match (&preds[pi].speaker, g.source.is_empty()) {
                    (None, true) => true,
                    (Some(s), false) => g.source.iter().any(|&r| overlap(*s, r) > 0),
                    _ => false,
                };
                if !ok {
                    let sp = preds[pi].speaker.map_or(String::new(), |s| show(&[s]));
                    out.push(format!(
                        "SOURCE\t{doc}\t{}\tgold [{}] ours [{sp}]\t{}",
                        TYPES[attribution_type(&g.cue)],
                        show(&g.source),
                        show(&g.content)
                    ));
                }
                continue;
            }
            let near = scored.iter().copied().max_by_key(|&(_, o)| o);
            let near = match near {
                Some((pi, o)) if o > 0 => {
                    let p = &preds[pi];
                    let (a, b) = (
                        *p.content.first().unwrap_or(&0),
                        p.content.last().map_or(0, |x| x + 1),
                    );
                    format!(
                        " | near {}% [{}]",
                        o * 100 / gset.len().max(1),
                        show(&[(a, b)])
                    )
                }
                _ => String::new(),
            };
            // Why it was missed: the cue was read but the content is wrong (`span`), the gold
            // content runs over paragraphs (`para`), or no statement has this cue (`nocue`);
            // `nosrc` marks a gold attribution without a source.
            let cue_read = preds
                .iter()
                .any(|p| g.cue_spans.iter().any(|&r| overlap(p.cue_span, r) > 0));
            let para = g
                .content
                .iter()
                .any(|&(a, b)| chars[a.min(chars.len())..b.min(chars.len())].contains(&'\n'));
            let cause = if cue_read {
                "span"
            } else if para {
                "para"
            } else {
                "nocue"
            };
            let cause = if g.source.is_empty() {
                format!("{cause},nosrc")
            } else {
                cause.to_string()
            };
            out.push(format!(
                "MISS\t{doc}\t{}\t{cause}\tcue [{}] src [{}]\t{}{near}",
                TYPES[attribution_type(&g.cue)],
                g.cue,
                show(&g.source),
                show(&g.content)
            ));
        }
        for (i, p) in preds.iter().enumerate() {
            if !used[i] {
                let (a, b) = (
                    *p.content.first().unwrap_or(&0),
                    p.content.last().map_or(0, |x| x + 1),
                );
                let sp = p.speaker.map_or(String::new(), |s| show(&[s]));
                out.push(format!(
                    "EXTRA\t{doc}\t{}\tcue [{}] src [{sp}]\t{}",
                    TYPES[p.kind],
                    p.cue,
                    show(&[(a, b)])
                ));
            }
        }
    }
    // The scores last, as comment lines.
    out.extend(rep.to_string().lines().map(|l| format!("# {l}")));
    Ok(out)
}

/// Score one document's statements against its gold attributions into `rep`.
fn score_polnear_doc(rep: &mut Report, gold: &[GoldAttr], stmts: &[Statement]) {
    {
        rep.unresolved_speakers += dossier_core::attribution::unresolved_speakers(stmts).len();
        let preds = group_predictions(stmts);
        rep.documents += 1;
        rep.gold += gold.len();
        rep.predicted += preds.len();
        for p in &preds {
            rep.by_type[p.kind].predicted += 1;
        }
        let mut used = vec![false; preds.len()];
        let mut gold_sorted = gold.to_vec();
        gold_sorted.sort_by_key(|g| g.content.first().map_or(0, |r| r.0));
        for g in &gold_sorted {
            let kind = attribution_type(&g.cue);
            rep.by_type[kind].gold += 1;
            let gset = set_of(&g.content);
            let best = preds
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, p.content.intersection(&gset).count()))
                .filter(|&(_, o)| o > 0 && o * 2 >= gset.len())
                .max_by_key(|&(_, o)| o);
            let Some((pi, _)) = best else { continue };
            used[pi] = true;
            rep.matched += 1;
            let ok = match (&preds[pi].speaker, g.source.is_empty()) {
                (None, true) => true,
                (Some(s), false) => g.source.iter().any(|&r| overlap(*s, r) > 0),
                _ => false,
            };
            rep.speaker_correct += ok as usize;
            // Matched counts by the gold type; precision per type is then the share of
            // predictions of a type matched to gold of that type.
            if preds[pi].kind == kind {
                rep.by_type[kind].matched += 1;
                rep.by_type[kind].speaker_correct += ok as usize;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn workspace() -> PathBuf {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
    }

    #[test]
    fn attribution_types_are_read_off_the_cue() {
        assert_eq!(TYPES[attribution_type("said")], "speech");
        assert_eq!(TYPES[attribution_type("according to")], "speech");
        assert_eq!(TYPES[attribution_type("believes")], "belief");
        assert_eq!(TYPES[attribution_type("wants")], "intention");
        assert_eq!(TYPES[attribution_type("has vowed")], "intention");
        let ann = "T1\tSource 0 4\tIran\nT2\tCue 5 10\tplans\nT3\tContent 11 20\tto strike\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        assert_eq!(parse_ann(ann)[0].cue, "plans");
    }

    #[test]
    fn brat_relations_collect_discontinuous_content() {
        let ann = "T1\tSource 10 12\the\nT2\tCue 13 17\tsaid\nT3\tContent 0 8;19 30\tA B\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nT4\tDiscard 40 50\tx\n";
        let g = parse_ann(ann);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].content, vec![(0, 8), (19, 30)]);
        assert_eq!(g[0].source, vec![(10, 12)]);
    }

    #[test]
    fn fixture_scores_stay_above_reached_level() {
        let dir = workspace().join("tests/fixtures/attribution");
        let rep = eval_fixtures(&dir).expect("fixtures load");
        println!("{rep}");
        assert!(rep.documents >= 50, "need at least 50 annotated paragraphs");
        assert!(
            rep.f1() >= FIXTURE_MIN_F1,
            "F1 {:.3} fell below {FIXTURE_MIN_F1}",
            rep.f1()
        );
        assert!(
            rep.stance_accuracy() >= FIXTURE_MIN_STANCE,
            "stance accuracy {:.3} fell below {FIXTURE_MIN_STANCE}",
            rep.stance_accuracy()
        );
        assert!(
            rep.speaker_accuracy() >= FIXTURE_MIN_SPEAKER,
            "speaker accuracy {:.3} fell below {FIXTURE_MIN_SPEAKER}",
            rep.speaker_accuracy()
        );
    }

    /// Paragraphs written after the system was tuned and never tuned on: the honest figure.
    #[test]
    fn holdout_fixture_scores() {
        let dir = workspace().join("tests/fixtures/attribution/holdout");
        let rep = eval_fixtures(&dir).expect("holdout fixtures load");
        println!(
            "holdout: paragraphs {} gold {} P {:.3} R {:.3} F1 {:.3} speaker {:.3} stance {:.3} sourcing {:.3}",
            rep.documents,
            rep.gold,
            rep.precision(),
            rep.recall(),
            rep.f1(),
            rep.speaker_accuracy(),
            rep.stance_accuracy(),
            rep.sourcing_accuracy()
        );
        assert!(rep.f1() >= HOLDOUT_MIN_F1, "holdout F1 {:.3}", rep.f1());
    }

    const HOLDOUT_MIN_F1: f64 = 0.90;
    // Reached 2026-11-26: F1 0.996, stance 0.992, speaker 1.000 (with the actor layer).
    const FIXTURE_MIN_F1: f64 = 0.97;
    const FIXTURE_MIN_STANCE: f64 = 0.97;
    const FIXTURE_MIN_SPEAKER: f64 = 0.97;

    #[test]
    fn polnear_dev_smoke() {
        // `../shared/data` next to the workspace (CI layout); DOSSIER_SHARED_DATA overrides it
        // (git worktrees live elsewhere).
        let shared = std::env::var_os("DOSSIER_SHARED_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("../shared/data"));
        let dir = shared.join("attribution/polnear");
        if !dir.join("dev").is_dir() {
            eprintln!("SKIP: PolNeAR not found at {}", dir.display());
            return;
        }
        let rep = eval_polnear(&dir, "dev").expect("PolNeAR dev loads");
        println!("{rep}");
        assert_eq!(rep.documents, 84);
        assert!(rep.f1() >= POLNEAR_DEV_MIN_F1, "dev F1 {:.3}", rep.f1());
        assert!(rep.speaker_accuracy() >= POLNEAR_DEV_MIN_SOURCE);
    }

    // Reached on dev 2026-12-04: content F1 0.703 (P 0.838, R 0.605), source accuracy 0.925.
    /// The external score on PolNeAR `test`: run by hand as a final check, never tuned on.
    /// `DOSSIER_SHARED_DATA=… cargo test -p dossier-eval polnear_test_final -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn polnear_test_final() {
        let shared = std::env::var_os("DOSSIER_SHARED_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("../shared/data"));
        let dir = shared.join("attribution/polnear");
        if !dir.join("test").is_dir() {
            eprintln!("SKIP: PolNeAR not found at {}", dir.display());
            return;
        }
        println!(
            "{}",
            eval_polnear(&dir, "test").expect("PolNeAR test loads")
        );
    }

    const POLNEAR_DEV_MIN_F1: f64 = 0.63;
    const POLNEAR_DEV_MIN_SOURCE: f64 = 0.90;
}
