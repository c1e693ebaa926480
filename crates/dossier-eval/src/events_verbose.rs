//! `dossier eval events --verbose`: every record the coder gets wrong (sentence, expected
//! triples, produced events) and, for each expected event it missed, the stage that lost it;
//! then the misses counted by cause per record set.
//!
//! Causes of a miss, first that applies:
//! - `actor not recognised`: the expected source or target code is not among the record's
//!   actor mentions (the actor dictionaries, not the coder);
//! - `code differs`: an event with the expected dyad was coded, with another CAMEO code
//!   (`(root agrees)` when the two-digit root is the same);
//! - `wrong participants`: an event with the expected code (or root) was coded between other
//!   actors (an actor not taken as the participant, or the roles swapped);
//! - `dropped: STAGE`: a trigger of the lexicon was read and a guard or a missing argument
//!   dropped it (the stage names are the coder's, `dossier_core::events::Dropped`; the first
//!   trigger dropped in the sentence, which is not always the expected event's own verb: the
//!   listing shows them all);
//! - `other event only`: the coder coded something else in the sentence and dropped nothing;
//! - `no trigger`: no verb or event noun of the sentence is in the lexicon as a predicate.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use dossier_core::actors::ActorLayer;
use dossier_core::events::Dropped;
use dossier_core::model::Event;

/// The verbose listing of one record set.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub name: String,
    /// One block per record with a miss or an extra event.
    pub lines: String,
    /// Misses by cause.
    pub causes: BTreeMap<String, usize>,
    /// Extra events by kind.
    pub extras: BTreeMap<String, usize>,
}

fn event_line(e: &Event) -> String {
    let ids = |first: Option<&dossier_core::model::ActorRef>,
               more: &[dossier_core::model::ActorRef]| {
        let all: Vec<&str> = first
            .into_iter()
            .chain(more)
            .map(|a| a.id.as_str())
            .collect();
        if all.is_empty() {
            "-".to_string()
        } else {
            all.join("+")
        }
    };
    format!(
        "{}→{} {} {} [{}]",
        ids(Some(&e.source), &e.co_sources),
        ids(e.target.as_ref(), &e.co_targets),
        e.action.cameo,
        e.action.plover,
        e.action.verb
    )
}

/// Why the expected `(source, target, code)` was not produced.
pub(crate) fn miss_cause(
    exp: &(String, String, String),
    produced: &[(String, String, String)],
    layer: &ActorLayer,
    dropped: &[Dropped],
) -> String {
    let known =
        |c: &str| c == "---" || layer.mentions.iter().any(|m| layer.actors[m.actor].id == c);
    if !known(&exp.0) || !known(&exp.1) {
        return "actor not recognised".into();
    }
    let root = |c: &str| c.get(..2).unwrap_or(c).to_string();
    if let Some(p) = produced.iter().find(|p| p.0 == exp.0 && p.1 == exp.1) {
        return if root(&p.2) == root(&exp.2) {
            "code differs (root agrees)".into()
        } else {
            "code differs".into()
        };
    }
    if produced
        .iter()
        .any(|p| p.2 == exp.2 || root(&p.2) == root(&exp.2))
    {
        return "wrong participants".into();
    }
    if let Some(d) = dropped.first() {
        return format!("dropped: {}", d.stage);
    }
    if !produced.is_empty() {
        return "other event only".into();
    }
    "no trigger".into()
}

impl Listing {
    pub fn new(name: &str) -> Listing {
        Listing {
            name: name.to_string(),
            ..Listing::default()
        }
    }

    /// Add one record: `produced` are the triples of `evs`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn record(
        &mut self,
        id: &str,
        text: &str,
        expected: &[(String, String, String)],
        produced: &[(String, String, String)],
        evs: &[Event],
        layer: &ActorLayer,
        dropped: &[Dropped],
    ) {
        let mut used = vec![false; produced.len()];
        let mut misses = Vec::new();
        for e in expected {
            match (0..produced.len()).find(|&k| !used[k] && produced[k] == *e) {
                Some(k) => used[k] = true,
                None => misses.push((e, miss_cause(e, produced, layer, dropped))),
            }
        }
        let extras: Vec<(&(String, String, String), &str)> = produced
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(p, _)| {
                let kind = if expected.is_empty() {
                    "extra: the record expects no event"
                } else if expected.iter().any(|e| e.0 == p.0 && e.1 == p.1) {
                    "extra: expected dyad, other code"
                } else {
                    "extra: dyad not expected"
                };
                (p, kind)
            })
            .collect();
        if misses.is_empty() && extras.is_empty() {
            return;
        }
        let _ = writeln!(self.lines, "{id} {text:?}");
        let ms: Vec<String> = layer
            .mentions
            .iter()
            .map(|m| {
                format!(
                    "{}={}",
                    text.get(m.start..m.end).unwrap_or("?"),
                    layer.actors[m.actor].id
                )
            })
            .collect();
        let _ = writeln!(self.lines, "  actors   {}", ms.join(" | "));
        self.produced_and_dropped(evs, dropped);
        for (e, cause) in misses {
            let _ = writeln!(self.lines, "  MISS  {} {} {}  — {cause}", e.0, e.1, e.2);
            *self.causes.entry(cause).or_default() += 1;
        }
        for (p, kind) in extras {
            let _ = writeln!(self.lines, "  EXTRA {} {} {}  — {kind}", p.0, p.1, p.2);
            *self.extras.entry(kind.to_string()).or_default() += 1;
        }
    }

    /// The events a record produced and the triggers the coder dropped, one line each.
    fn produced_and_dropped(&mut self, evs: &[Event], dropped: &[Dropped]) {
        let evl: Vec<String> = evs.iter().map(event_line).collect();
        let _ = writeln!(self.lines, "  produced {evl:?}");
        if !dropped.is_empty() {
            let dl: Vec<String> = dropped
                .iter()
                .map(|d| format!("{}: {}", d.trigger, d.stage))
                .collect();
            let _ = writeln!(self.lines, "  dropped  {dl:?}");
        }
    }

    /// Add one PLOVER record whose gold type no coded event has.
    pub(crate) fn plover_miss(
        &mut self,
        gold: &str,
        text: &str,
        evs: &[Event],
        dropped: &[Dropped],
    ) {
        let cause = if let Some(e) = evs.first() {
            format!("other type ({})", e.action.plover)
        } else if let Some(d) = dropped.first() {
            format!("dropped: {}", d.stage)
        } else {
            "no trigger".to_string()
        };
        let _ = writeln!(self.lines, "PLOVER {gold} {text:?}");
        self.produced_and_dropped(evs, dropped);
        let _ = writeln!(self.lines, "  MISS  {gold}  — {cause}");
        let key = if cause.starts_with("other type") {
            "other type".to_string()
        } else {
            cause
        };
        *self.causes.entry(key).or_default() += 1;
    }

    /// The misses (and extras) counted by cause.
    pub fn summary(&self) -> String {
        let mut out = format!("{}: misses by cause\n", self.name);
        let mut by: Vec<(&String, &usize)> = self.causes.iter().collect();
        by.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (c, n) in by {
            let _ = writeln!(out, "  {n:>4}  {c}");
        }
        let mut ex: Vec<(&String, &usize)> = self.extras.iter().collect();
        ex.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (c, n) in ex {
            let _ = writeln!(out, "  {n:>4}  {c}");
        }
        out
    }
}
