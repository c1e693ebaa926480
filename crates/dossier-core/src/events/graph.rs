//! Actor × actor relations from the events of one document: the per-document input of the
//! relations graph (the store adds time and folds documents together).
//!
//! Only events that the text presents as having happened count towards the scores
//! (`asserted`, `reported`); negated, denied, hypothetical and future events are counted apart,
//! so that "Russia did not attack Kyiv" never makes Russia and Ukraine look more hostile.

use crate::model::{Event, Modality};
use std::collections::BTreeMap;

/// One directed dyad.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Relation {
    pub source: String,
    pub target: String,
    /// Events that happened (asserted or reported).
    pub events: usize,
    /// Of those, cooperative (Goldstein > 0) and conflictual (Goldstein < 0) ones.
    pub cooperation: usize,
    pub conflict: usize,
    /// Sum of Goldstein scores of the events that happened.
    pub goldstein: f32,
    /// Negated, denied, hypothetical or future events between the two.
    pub unrealised: usize,
    /// Ids of all the events of the dyad.
    pub event_ids: Vec<String>,
}

/// Directed relations from events; compound sources and targets count for every pair.
pub fn relations(events: &[Event]) -> Vec<Relation> {
    let mut map: BTreeMap<(String, String), Relation> = BTreeMap::new();
    for e in events {
        let Some(first_target) = &e.target else {
            continue;
        };
        let happened = matches!(e.modality, Modality::Asserted | Modality::Reported);
        for s in std::iter::once(&e.source).chain(&e.co_sources) {
            for t in std::iter::once(first_target).chain(&e.co_targets) {
                if s.id == t.id {
                    continue;
                }
                let r = map
                    .entry((s.id.clone(), t.id.clone()))
                    .or_insert_with(|| Relation {
                        source: s.id.clone(),
                        target: t.id.clone(),
                        ..Relation::default()
                    });
                r.event_ids.push(e.id.clone());
                if happened {
                    r.events += 1;
                    r.goldstein += e.goldstein;
                    if e.goldstein > 0.0 {
                        r.cooperation += 1;
                    } else if e.goldstein < 0.0 {
                        r.conflict += 1;
                    }
                } else {
                    r.unrealised += 1;
                }
            }
        }
    }
    map.into_values().collect()
}
