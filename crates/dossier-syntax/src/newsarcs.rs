//! A hand-checked news check for the parser: the arcs dossier's stages lean on (who is the
//! subject of the main verb, what the reporting verb's complement is, which participle modifies
//! which noun), asserted on wire-style sentences and scored on their gold tokens.
//!
//! Treebank LAS says how a model does on average; this check says whether it still reads the
//! plain declaratives of news right. A candidate model that gains LAS on EWT but reads
//! "the militant group attacked Kenyan troops" with "attacked" as a participle modifying "group"
//! loses arcs here. The fixture the tests use is `tests/fixtures/news_arcs.txt`.
//!
//! Format, one block a sentence (`#` lines are notes):
//!
//! ```text
//! > Hours later the militant group attacked Kenyan troops .
//! attacked root
//! group nsubj attacked
//! troops obj attacked
//! ```
//!
//! A word is named by its form, `form#k` for its k-th occurrence (1-based). A relation without a
//! subtype matches on the universal part (`obl` matches `obl:agent`); with a subtype it must
//! match exactly.

use crate::doc::{Rel, NO_HEAD};
use crate::model::Model;
use crate::newscheck::analyse_forms;

/// One asserted arc: dependent and head as token indices of the sentence (`None` = root).
#[derive(Debug, Clone)]
pub struct Arc {
    pub dep: usize,
    pub head: Option<usize>,
    pub rel: String,
    /// The assertion as written, for reports.
    pub text: String,
    /// 1-based line of the fixture.
    pub line: usize,
}

/// One sentence of the check with its asserted arcs.
#[derive(Debug, Clone)]
pub struct ArcSentence {
    pub forms: Vec<String>,
    pub arcs: Vec<Arc>,
}

/// One arc read wrong: the assertion and what the model gave.
#[derive(Debug, Clone)]
pub struct ArcMiss {
    pub sentence: usize,
    pub want: String,
    pub got: String,
    pub line: usize,
}

/// Scores of the check.
#[derive(Debug, Clone, Default)]
pub struct ArcScore {
    pub right: usize,
    pub total: usize,
    /// Sentences whose every asserted arc is right.
    pub sentences_right: usize,
    pub sentences: usize,
    pub misses: Vec<ArcMiss>,
}

impl ArcScore {
    /// One line for `dossier eval syntax`.
    pub fn line(&self) -> String {
        format!(
            "arcs {:.2} ({}/{}), sentences all right {}/{}",
            100.0 * self.right as f64 / self.total.max(1) as f64,
            self.right,
            self.total,
            self.sentences_right,
            self.sentences
        )
    }
}

/// Index of `name` (`form` or `form#k`) among `forms`.
fn find(forms: &[String], name: &str) -> Result<usize, String> {
    let (form, k) = match name.rsplit_once('#') {
        Some((f, k)) if !f.is_empty() => (
            f,
            k.parse::<usize>()
                .ok()
                .filter(|&k| k >= 1)
                .ok_or_else(|| format!("{name:?}: occurrence after '#' must be 1, 2, …"))?,
        ),
        _ => (name, 1),
    };
    forms
        .iter()
        .enumerate()
        .filter(|(_, f)| *f == form)
        .nth(k - 1)
        .map(|(i, _)| i)
        .ok_or_else(|| format!("{name:?} is not a word of the sentence"))
}

/// Read the fixture format. Errors name the line.
pub fn read(text: &str) -> Result<Vec<ArcSentence>, String> {
    let mut out: Vec<ArcSentence> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |e: String| format!("line {}: {e}", n + 1);
        if let Some(sent) = line.strip_prefix('>') {
            if out.last().is_some_and(|s| s.arcs.is_empty()) {
                return Err(err("the sentence before has no arcs".into()));
            }
            let forms: Vec<String> = sent.split_whitespace().map(str::to_string).collect();
            if forms.is_empty() {
                return Err(err("empty sentence".into()));
            }
            out.push(ArcSentence {
                forms,
                arcs: Vec::new(),
            });
            continue;
        }
        let s = out
            .last_mut()
            .ok_or_else(|| err("an arc before any '>' sentence".into()))?;
        let f: Vec<&str> = line.split_whitespace().collect();
        let (dep, rel, head) = match f[..] {
            [d, "root"] => (d, "root", None),
            [d, r, h] if r != "root" => (d, r, Some(h)),
            _ => return Err(err(format!("{line:?} is not `DEP REL HEAD` or `DEP root`"))),
        };
        if rel != "root" && Rel::parse(rel) == Rel::Dep && rel != "dep" {
            let universal = Rel::ALL.iter().any(|r| r.universal() == rel);
            if !universal {
                return Err(err(format!("unknown relation {rel:?}")));
            }
        }
        let dep = find(&s.forms, dep).map_err(err)?;
        let head = head.map(|h| find(&s.forms, h)).transpose().map_err(err)?;
        s.arcs.push(Arc {
            dep,
            head,
            rel: rel.to_string(),
            text: line.to_string(),
            line: n + 1,
        });
    }
    if out.last().is_some_and(|s| s.arcs.is_empty()) {
        return Err("the last sentence has no arcs".into());
    }
    Ok(out)
}

/// Parse every sentence on its gold tokens and score the asserted arcs.
pub fn score(model: &Model, sents: &[ArcSentence]) -> ArcScore {
    let mut sc = ArcScore {
        sentences: sents.len(),
        ..ArcScore::default()
    };
    for (si, s) in sents.iter().enumerate() {
        let doc = analyse_forms(model, &s.forms);
        let mut all = true;
        for a in &s.arcs {
            sc.total += 1;
            let t = &doc.tokens[a.dep];
            let head = (t.head != NO_HEAD).then_some(t.head as usize);
            let rel_ok = if a.rel.contains(':') {
                t.rel.as_str() == a.rel
            } else {
                t.rel.universal() == a.rel
            };
            if head == a.head && rel_ok {
                sc.right += 1;
            } else {
                all = false;
                let got_head = head.map_or("root", |h| s.forms[h].as_str());
                sc.misses.push(ArcMiss {
                    sentence: si,
                    want: a.text.clone(),
                    got: format!("{} {} {got_head}", s.forms[a.dep], t.rel.as_str()),
                    line: a.line,
                });
            }
        }
        sc.sentences_right += usize::from(all);
    }
    sc
}

/// The check's fixture, embedded so `dossier eval syntax` scores any model on it.
pub const FIXTURE: &str = include_str!("../tests/fixtures/news_arcs.txt");
