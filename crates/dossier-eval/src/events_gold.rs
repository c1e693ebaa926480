//! `dossier eval claims --misses`: why each gold event of the real-news set was missed and why
//! each event the coder produced matched no gold event, counted by class (the miss taxonomy of
//! issue 17). Rerunnable on either half; tune on `tune` only.
//!
//! A gold event not matched, first class that applies:
//! - `wrong actor`: an event near its anchor has the gold code (root or PLOVER type) and
//!   polarity, but another source or target (`wrong actor: source`, `: target`, `: no target`);
//! - `wrong code`: an event near its anchor has the gold dyad, with another code;
//! - `wrong polarity`: an event near its anchor matches but for polarity (modality);
//! - `actor not recognised`: no actor mention in the anchor's sentence matches the gold source
//!   (or target): the actor layer, not the coder;
//! - `dropped: STAGE`: a trigger inside the anchor was read and dropped (the coder's stage:
//!   `no source: pronoun subject`, `no target (class needs one)`, `controlling verb` …);
//! - `other event only`: the coder coded something else inside the anchor and dropped nothing;
//! - `no trigger`: no word of the anchor is a trigger of the codebook (verb or event noun).
//!
//! An event produced and not matched: `wrong actor`, `wrong code`, `wrong polarity` (as above,
//! against the gold events of its sentence), `gold event already matched` (a duplicate), or
//! `no gold event in sentence` by modality (`asserted`, `reported` …).

use std::collections::BTreeMap;
use std::fmt;

use dossier_core::events::{self, EventLexicon};
use dossier_core::model::Event;
use dossier_core::{ActorRef, Extraction};

use crate::claims::{actor_matches, code_matches, event_matches, nearness, GoldArticle, GoldEvent};

/// Miss and false-positive classes over a set of articles.
#[derive(Debug, Clone, Default)]
pub struct Taxonomy {
    pub misses: BTreeMap<String, usize>,
    pub false_positives: BTreeMap<String, usize>,
    /// One line per miss or false positive with its class.
    pub lines: Vec<String>,
}

impl Taxonomy {
    pub fn add(&mut self, o: Taxonomy) {
        for (k, v) in o.misses {
            *self.misses.entry(k).or_default() += v;
        }
        for (k, v) in o.false_positives {
            *self.false_positives.entry(k).or_default() += v;
        }
        self.lines.extend(o.lines);
    }
}

impl fmt::Display for Taxonomy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for l in &self.lines {
            writeln!(f, "  {l}")?;
        }
        let total = |m: &BTreeMap<String, usize>| m.values().sum::<usize>();
        writeln!(f, "event misses by class ({}):", total(&self.misses))?;
        for (k, v) in by_count(&self.misses) {
            writeln!(f, "  {v:>3}  {k}")?;
        }
        writeln!(
            f,
            "event false positives by class ({}):",
            total(&self.false_positives)
        )?;
        for (k, v) in by_count(&self.false_positives) {
            writeln!(f, "  {v:>3}  {k}")?;
        }
        Ok(())
    }
}

fn by_count(m: &BTreeMap<String, usize>) -> Vec<(&String, &usize)> {
    let mut v: Vec<_> = m.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v
}

fn sources(e: &Event) -> impl Iterator<Item = &ActorRef> {
    std::iter::once(&e.source).chain(&e.co_sources)
}

fn targets(e: &Event) -> impl Iterator<Item = &ActorRef> {
    e.target.iter().chain(&e.co_targets)
}

fn dyad_matches(g: &GoldEvent, e: &Event) -> bool {
    sources(e).any(|s| actor_matches(&g.source, s))
        && g.target
            .as_deref()
            .is_none_or(|t| targets(e).any(|a| actor_matches(t, a)))
}

/// Why `e` is not `g`, when it is near it: the first of actor, code, polarity that differs.
fn differs(g: &GoldEvent, e: &Event) -> &'static str {
    let src = sources(e).any(|s| actor_matches(&g.source, s));
    if code_matches(g, e) {
        if !src {
            "wrong actor: source"
        } else if e.target.is_none() {
            "wrong actor: no target"
        } else if !dyad_matches(g, e) {
            "wrong actor: target"
        } else {
            "wrong polarity"
        }
    } else if dyad_matches(g, e) {
        "wrong code"
    } else {
        "unrelated"
    }
}

/// The misses and false positives of one article. `matched` are the (gold, system) pairs the
/// scorer assigned; `text` is the normalised text the extraction ran on.
pub fn classify(
    g: &GoldArticle,
    x: &Extraction,
    text: &str,
    sents: &[(usize, usize)],
    matched: &[(usize, usize)],
) -> Taxonomy {
    let tag = format!("{}:{}", g.source, g.id);
    let mut out = Taxonomy::default();
    // The triggers the coder dropped, with the same analysis the pipeline ran.
    let syn = dossier_core::syntax::parse(text);
    let sentences = dossier_core::doc_sentences(text, &syn);
    let layer = dossier_core::actors::ActorLayer::recognise_in(
        text,
        &syn,
        &sentences,
        dossier_core::lexicon::Lexicon::embedded(),
    );
    let (_, dropped) = events::explain(text, &syn, &layer, &x.statements, EventLexicon::builtin());
    let offsets = dossier_core::text::Offsets::new(text);
    let sentence_of = |pos: usize| sents.iter().copied().find(|s| s.0 <= pos && pos < s.1);
    let near = |ge: &GoldEvent, e: &Event| {
        nearness(&ge.evidence, (e.evidence.start, e.evidence.end), sents).is_some()
    };
    for (gi, ge) in g.events.iter().enumerate() {
        if matched.iter().any(|p| p.0 == gi) {
            continue;
        }
        let anchor = (ge.evidence.start, ge.evidence.end);
        let nearby: Vec<&Event> = x.events.iter().filter(|e| near(ge, e)).collect();
        let class = if let Some(c) = ["wrong actor", "wrong code", "wrong polarity"]
            .iter()
            .find_map(|want| {
                nearby
                    .iter()
                    .map(|e| differs(ge, e))
                    .find(|d| d.starts_with(want))
            }) {
            c.to_string()
        } else if !recognised(&ge.source, anchor, sentence_of, x)
            || ge
                .target
                .as_deref()
                .is_some_and(|t| !recognised(t, anchor, sentence_of, x))
        {
            "actor not recognised".to_string()
        } else if let Some(d) = dropped.iter().find(|d| {
            let c = offsets.char_offset(d.start);
            anchor.0 <= c && c < anchor.1
        }) {
            format!("dropped: {}", d.stage)
        } else if x
            .events
            .iter()
            .any(|e| e.evidence.start < anchor.1 && anchor.0 < e.evidence.end)
        {
            "other event only".to_string()
        } else {
            "no trigger".to_string()
        };
        out.lines.push(format!(
            "{tag} MISS [{class}] {} > {} {} {:?}: \"{}\"",
            ge.source,
            ge.target.as_deref().unwrap_or("-"),
            ge.cameo,
            ge.polarity,
            ge.evidence.quote.replace('\n', " ")
        ));
        *out.misses.entry(class).or_default() += 1;
    }
    for (si, e) in x.events.iter().enumerate() {
        if matched.iter().any(|p| p.1 == si) {
            continue;
        }
        let golds: Vec<(usize, &GoldEvent)> = g
            .events
            .iter()
            .enumerate()
            .filter(|(_, ge)| near(ge, e))
            .collect();
        let class = if let Some(c) = ["wrong actor", "wrong code", "wrong polarity"]
            .iter()
            .find_map(|want| {
                golds
                    .iter()
                    .map(|(_, ge)| differs(ge, e))
                    .find(|d| d.starts_with(want))
            }) {
            c.to_string()
        } else if golds.iter().any(|(_, ge)| event_matches(ge, e)) {
            "gold event already matched".to_string()
        } else {
            format!("no gold event in sentence ({:?})", e.modality).to_lowercase()
        };
        out.lines.push(format!(
            "{tag} FP [{class}] {} > {} {} ({}) {:?}: \"{}\"",
            e.source.id,
            e.target.as_ref().map_or("-", |t| t.id.as_str()),
            e.action.cameo,
            e.action.verb,
            e.modality,
            e.evidence.text.replace('\n', " ")
        ));
        *out.false_positives.entry(class).or_default() += 1;
    }
    out
}

/// Whether an actor of the extraction matching the gold actor `who` has a mention in the
/// sentence of `anchor` (or inside the anchor).
fn recognised(
    who: &str,
    anchor: (usize, usize),
    sentence_of: impl Fn(usize) -> Option<(usize, usize)>,
    x: &Extraction,
) -> bool {
    let (lo, hi) = sentence_of(anchor.0).map_or(anchor, |s| (s.0.min(anchor.0), s.1.max(anchor.1)));
    x.actors.iter().any(|a| {
        a.mentions.iter().any(|m| {
            m.start >= lo && m.end <= hi && {
                let r = ActorRef {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    mention: Some(m.clone()),
                };
                actor_matches(who, &r)
            }
        })
    })
}
