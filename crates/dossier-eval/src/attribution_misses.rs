//! Why PolNeAR gold attributions are missed: every unmatched gold attribution (same matching
//! rule as [`crate::attribution::eval_polnear`]) gets one class, and the report prints counts
//! per class with a few document ids and character offsets (never PolNeAR text).
//! `dossier eval attribution --polnear DIR --split train --misses` (never `test`).
//!
//! Classes, first that applies:
//! - `taken`: a prediction overlaps ≥ 1/2 of the gold content but was matched to another gold
//!   (mostly an attribution nested in another's content whose own cue gave no statement);
//! - `np-content`: the gold content has no verb of a clause (finite, infinitive, or a
//!   participle heading a clause): "criticized NAFTA", "denied the allegations";
//! - with a prediction on the gold cue or overlapping the gold content (`span:`):
//!   `discontinuous` (gold content in several pieces), `paragraph` (it runs over a paragraph
//!   break), `sentences` (over a sentence boundary, the prediction in one), `quote` (the
//!   prediction stops at a quote mark inside the gold), `short` (prediction inside the gold,
//!   under half of it), `long` (it overlaps but runs out of the gold), `elsewhere` (the cue was
//!   read but the content is somewhere else);
//! - else `no-cue:` by the part of speech of the gold cue's head word (`verb`, `noun`, `adj`,
//!   `according-to`, `prep`, `other`, `none` when the gold has no cue), then `:listed` when
//!   the cue word is in our cue lists (`data/cues/verbs.tsv`, `complements.tsv` — the cue was
//!   seen and a rule refused it) or `:unlisted` (no cue in our lists).
//!
//! Every gold attribution is also counted by its type (speech, belief, intention, read off the
//! cue word as in the evaluation), so the table prints one column per type.
use crate::attribution::{
    attribution_type, group_predictions, overlap, polnear_docs, set_of, GoldAttr, TYPES,
};
use anyhow::{bail, Result};
use dossier_core::attribution::attribute_text;
use dossier_core::syntax::{Doc, Rel, Upos};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Examples kept per class.
const EXAMPLES: usize = 3;

/// Examples listed per class: [`EXAMPLES`], or `DOSSIER_MISS_EXAMPLES` when set (to read every
/// miss of a class with its text beside the offsets).
fn examples_per_class() -> usize {
    std::env::var("DOSSIER_MISS_EXAMPLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(EXAMPLES)
}

/// One class: its count and a few `doc:start-end` gold content offsets (characters).
#[derive(Debug, Default, Clone)]
pub struct MissClass {
    pub count: usize,
    pub examples: Vec<String>,
}

/// The taxonomy of one split.
#[derive(Debug, Default, Clone)]
pub struct Misses {
    pub split: String,
    pub documents: usize,
    pub gold: usize,
    pub matched: usize,
    /// Matched pairs whose source is wrong (speaker resolution, counted, not classified).
    pub wrong_source: usize,
    pub classes: BTreeMap<String, MissClass>,
    /// Gold attributions whose content is a noun phrase, and how many of them matched.
    pub np_gold: usize,
    pub np_matched: usize,
    /// `pos:lemma` of the gold cue head of `no-cue` misses.
    pub nocue_lemmas: BTreeMap<String, usize>,
    /// `pos:lemma` of the gold cue head of `np-content` misses.
    pub np_lemmas: BTreeMap<String, usize>,
    /// Per class, the misses of each attribution type ([`TYPES`] order).
    pub class_types: BTreeMap<String, [usize; 3]>,
    /// Gold and matched counts per attribution type.
    pub type_gold: [usize; 3],
    pub type_matched: [usize; 3],
}

impl Misses {
    fn add(&mut self, class: &str, kind: usize, example: String) {
        self.class_types.entry(class.to_string()).or_default()[kind] += 1;
        let c = self.classes.entry(class.to_string()).or_default();
        c.count += 1;
        if c.examples.len() < examples_per_class() {
            c.examples.push(example);
        }
    }
    pub fn missed(&self) -> usize {
        self.gold - self.matched
    }
}

impl fmt::Display for Misses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |n: usize| 100.0 * n as f64 / self.gold.max(1) as f64;
        writeln!(
            f,
            "attribution misses — PolNeAR {} split: documents {}  gold {}  matched {}  missed {} ({:.1}% of gold)  matched with a wrong source {}",
            self.split,
            self.documents,
            self.gold,
            self.matched,
            self.missed(),
            pct(self.missed()),
            self.wrong_source
        )?;
        let mut rows: Vec<_> = self.classes.iter().collect();
        rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        writeln!(
            f,
            "  {:<26} {:>5}  {:>6}  {:>6} {:>6} {:>6}",
            "class", "all", "%gold", TYPES[0], TYPES[1], TYPES[2]
        )?;
        writeln!(
            f,
            "  {:<26} {:>5}  {:>5.1}%  {:>6} {:>6} {:>6}",
            "(gold)", self.gold, 100.0, self.type_gold[0], self.type_gold[1], self.type_gold[2]
        )?;
        writeln!(
            f,
            "  {:<26} {:>5}  {:>5.1}%  {:>6} {:>6} {:>6}",
            "(matched)",
            self.matched,
            pct(self.matched),
            self.type_matched[0],
            self.type_matched[1],
            self.type_matched[2]
        )?;
        for (name, c) in &rows {
            let t = self.class_types.get(*name).copied().unwrap_or_default();
            writeln!(
                f,
                "  {name:<26} {:>5}  {:>5.1}%  {:>6} {:>6} {:>6}",
                c.count,
                pct(c.count),
                t[0],
                t[1],
                t[2]
            )?;
        }
        for (name, c) in rows {
            writeln!(f, "  e.g. {name}: {}", c.examples.join(", "))?;
        }
        writeln!(
            f,
            "noun-phrase contents: {} of {} gold ({:.1}%), {} of them matched",
            self.np_gold,
            self.gold,
            pct(self.np_gold),
            self.np_matched
        )?;
        for (what, map) in [
            ("no-cue", &self.nocue_lemmas),
            ("np-content", &self.np_lemmas),
        ] {
            let mut lemmas: Vec<_> = map.iter().collect();
            lemmas.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let top: Vec<String> = lemmas
                .iter()
                .take(40)
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            writeln!(f, "{what} misses by cue head (top 40): {}", top.join(", "))?;
        }
        writeln!(
            f,
            "examples are doc:start-end character offsets of the gold content"
        )
    }
}

/// Byte offset of each character offset (one past the end included).
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Tokens whose byte span overlaps the character ranges.
fn tokens_in(doc: &Doc, bytes: &[usize], ranges: &[(usize, usize)]) -> Vec<usize> {
    let last = bytes.len() - 1;
    let mut out = Vec::new();
    for &(a, b) in ranges {
        let (a, b) = (bytes[a.min(last)], bytes[b.min(last)]);
        let first = doc.tokens.partition_point(|t| (t.end as usize) <= a);
        for i in first..doc.tokens.len() {
            if doc.tokens[i].start as usize >= b {
                break;
            }
            out.push(i);
        }
    }
    out
}

/// Whether these tokens hold the verb of a clause: a finite verb or modal, an infinitive, or
/// a participle/gerund that is not a modifier of a noun.
pub(crate) fn has_clause(doc: &Doc, toks: &[usize]) -> bool {
    toks.iter().any(|&i| {
        let t = &doc.tokens[i];
        match t.xpos.as_str() {
            "VBD" | "VBZ" | "VBP" | "MD" | "VB" => true,
            "VBG" | "VBN" => !matches!(t.rel, Rel::Amod | Rel::Compound),
            _ => false,
        }
    })
}

/// Part of speech and lemma of the gold cue's head word.
fn cue_head(doc: &Doc, toks: &[usize], cue: &str) -> (&'static str, String) {
    let low = cue.to_lowercase();
    if low.contains("according") {
        return ("according-to", "according to".into());
    }
    if toks.is_empty() {
        return ("none", String::new());
    }
    let pick =
        |pred: &dyn Fn(Upos) -> bool| toks.iter().copied().find(|&i| pred(doc.tokens[i].upos));
    let (pos, i) = if let Some(i) = pick(&|u| u == Upos::Verb) {
        ("verb", i)
    } else if let Some(i) = pick(&|u| matches!(u, Upos::Noun | Upos::Propn)) {
        ("noun", i)
    } else if let Some(i) = pick(&|u| u == Upos::Adj) {
        ("adj", i)
    } else if let Some(i) = pick(&|u| u == Upos::Adp) {
        ("prep", i)
    } else if let Some(i) = pick(&|u| u == Upos::Aux) {
        ("verb", i)
    } else {
        ("other", toks[0])
    };
    (pos, doc.tokens[i].lemma.to_lowercase())
}

/// Whether a cue word is in our cue lists: a form of `data/cues/verbs.tsv` (the automaton the
/// word patterns use) or a lemma of `data/cues/complements.tsv` (the tree pass).
fn listed_cue(cue: &str, lemma: &str) -> bool {
    static COMPLEMENTS: &str = include_str!("../../../data/cues/complements.tsv");
    let lex = dossier_core::attribution::lexicon::Lexicon::get();
    let low = cue.to_lowercase();
    let in_verbs = lex.cues.find_iter(&low).any(|m| {
        let ok = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        ok(low[..m.start()].chars().next_back()) && ok(low[m.end()..].chars().next())
    });
    in_verbs
        || COMPLEMENTS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .any(|l| !lemma.is_empty() && l.split('\t').next() == Some(lemma))
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'')
}

/// The taxonomy of the misses of one split.
pub fn polnear_misses(dir: &Path, split: &str) -> Result<Misses> {
    if split == "test" {
        bail!("the PolNeAR test split is for final scores only, not for reading misses");
    }
    let mut out = Misses {
        split: split.to_string(),
        ..Misses::default()
    };
    for (name, text, gold) in polnear_docs(dir, split)? {
        let stmts = attribute_text(&text);
        let preds = group_predictions(&stmts);
        let doc = dossier_core::syntax::parse(&text);
        let bytes = byte_offsets(&text);
        let chars: Vec<char> = text.chars().collect();
        out.documents += 1;
        out.gold += gold.len();
        let mut used = vec![false; preds.len()];
        let mut gold_sorted: Vec<GoldAttr> = gold.clone();
        gold_sorted.sort_by_key(|g| g.content.first().map_or(0, |r| r.0));
        for g in &gold_sorted {
            let kind = attribution_type(&g.cue);
            out.type_gold[kind] += 1;
            let gset = set_of(&g.content);
            let glen = gset.len();
            let np = !has_clause(&doc, &tokens_in(&doc, &bytes, &g.content));
            out.np_gold += np as usize;
            let scored: Vec<(usize, usize)> = preds
                .iter()
                .enumerate()
                .map(|(i, p)| (i, p.content.intersection(&gset).count()))
                .collect();
            let best = scored
                .iter()
                .copied()
                .filter(|&(i, o)| !used[i] && o > 0 && o * 2 >= glen)
                .max_by_key(|&(_, o)| o);
            if let Some((pi, _)) = best {
                used[pi] = true;
                out.matched += 1;
                out.type_matched[kind] += 1;
                out.np_matched += np as usize;
                let ok = match (&preds[pi].speaker, g.source.is_empty()) {
                    (None, true) => true,
                    (Some(s), false) => g.source.iter().any(|&r| overlap(*s, r) > 0),
                    _ => false,
                };
                out.wrong_source += (!ok) as usize;
                continue;
            }
            let (gs, ge) = (
                g.content.iter().map(|r| r.0).min().unwrap_or(0),
                g.content.iter().map(|r| r.1).max().unwrap_or(0),
            );
            let example = format!("{name}:{gs}-{ge}");
            let near = scored.iter().copied().max_by_key(|&(_, o)| o);
            if near.is_some_and(|(_, o)| o * 2 >= glen && o > 0) {
                out.add("taken", kind, example);
                continue;
            }
            if np {
                let (pos, lemma) = cue_head(&doc, &tokens_in(&doc, &bytes, &g.cue_spans), &g.cue);
                *out.np_lemmas.entry(format!("{pos}:{lemma}")).or_default() += 1;
                out.add("np-content", kind, example);
                continue;
            }
            let cue_pred = preds
                .iter()
                .position(|p| g.cue_spans.iter().any(|&r| overlap(p.cue_span, r) > 0));
            let near = near.filter(|&(_, o)| o > 0);
            if near.is_none() && cue_pred.is_none() {
                let toks = tokens_in(&doc, &bytes, &g.cue_spans);
                let (pos, lemma) = cue_head(&doc, &toks, &g.cue);
                *out.nocue_lemmas
                    .entry(format!("{pos}:{lemma}"))
                    .or_default() += 1;
                let listed = if listed_cue(&g.cue, &lemma) {
                    "listed"
                } else {
                    "unlisted"
                };
                out.add(&format!("no-cue:{pos}:{listed}"), kind, example);
                continue;
            }
            let class = match near {
                None => "span:elsewhere",
                Some((pi, _)) => {
                    let p = &preds[pi];
                    let (ps, pe) = (
                        *p.content.first().unwrap_or(&0),
                        p.content.last().map_or(0, |x| x + 1),
                    );
                    let slice = |a: usize, b: usize| &chars[a.min(chars.len())..b.min(chars.len())];
                    let sent = |c: usize| {
                        let b = bytes[c.min(bytes.len() - 1)];
                        doc.sentences.partition_point(|s| (s.end as usize) <= b)
                    };
                    let near_quote = |c: usize| {
                        slice(c.saturating_sub(2), c + 2)
                            .iter()
                            .any(|&q| is_quote(q))
                    };
                    if g.content.len() > 1 {
                        "span:discontinuous"
                    } else if slice(gs, ge).contains(&'\n') {
                        "span:paragraph"
                    } else if sent(gs) != sent(ge.saturating_sub(1))
                        && sent(ps) == sent(pe.saturating_sub(1))
                    {
                        "span:sentences"
                    } else if (ps > gs && near_quote(ps)) || (pe < ge && near_quote(pe)) {
                        "span:quote"
                    } else if ps + 2 >= gs && pe <= ge + 2 {
                        "span:short"
                    } else {
                        "span:long"
                    }
                }
            };
            out.add(class, kind, example);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(text: &str, part: &str) -> bool {
        let doc = dossier_core::syntax::parse(text);
        let a = text.find(part).unwrap();
        let s = text[..a].chars().count();
        let bytes = byte_offsets(text);
        has_clause(
            &doc,
            &tokens_in(&doc, &bytes, &[(s, s + part.chars().count())]),
        )
    }

    #[test]
    fn noun_phrase_contents_are_told_from_clauses() {
        let t = "The senator criticized the trade deal on Monday.";
        assert!(!clause(t, "the trade deal"));
        let t = "The senator said the trade deal had cost jobs in Ohio.";
        assert!(clause(t, "the trade deal had cost jobs in Ohio"));
        let t = "Iran has vowed to retaliate against any strike.";
        assert!(clause(t, "to retaliate against any strike"));
        let t = "The ministry denied the alleged attack on the convoy.";
        assert!(!clause(t, "the alleged attack on the convoy"));
    }

    #[test]
    fn the_test_split_is_refused() {
        let err = polnear_misses(Path::new("/nonexistent"), "test").unwrap_err();
        assert!(err.to_string().contains("final scores only"));
    }
}
