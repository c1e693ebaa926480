//! A claim put together from its parts: a proposition read off the tree ([`prop_claim`]), the
//! empty details of one built from an event or a statement alone, the document-level stance of
//! an event, and the ledger stance of a document's stance. Split from `compute.rs`, which
//! decides which claims a document makes.

use super::*;
use crate::ledger::LedgerStance;

/// No optional details: the fields a claim built from an event or statement alone leaves empty.
pub(super) fn no_details() -> DocClaim {
    DocClaim {
        key: String::new(),
        subject: ActorRef {
            id: String::new(),
            name: String::new(),
            mention: None,
        },
        predicate: String::new(),
        target: None,
        object: None,
        stance: Stance::Assert,
        statement: None,
        event: None,
        evidence: Span {
            start: 0,
            end: 0,
            text: String::new(),
        },
        subject_text: None,
        subject_head: None,
        place: None,
        time: None,
        polarity: None,
        modality: None,
        detail: None,
        merge: None,
        asserted_by: None,
    }
}

/// A claim from a proposition read off the tree.
pub(super) fn prop_claim(p: props::Prop, stance: Stance, statement: Option<String>) -> DocClaim {
    let subject_id = claim_actor_id(&p.subject.id).to_string();
    let subject = if subject_id != p.subject.id {
        ActorRef {
            id: subject_id,
            name: p.subject.name.clone(),
            mention: p.subject.mention.clone(),
        }
    } else {
        p.subject.clone()
    };
    let target = p.target.as_ref().map(|t| ActorRef {
        id: claim_actor_id(&t.id).to_string(),
        ..t.clone()
    });
    DocClaim {
        key: claim_key(
            &subject.id,
            &p.predicate,
            target.as_ref().map(|t| t.id.as_str()),
            p.object.as_deref(),
        ),
        polarity: Some(props::polarity(&p)),
        subject,
        predicate: p.predicate,
        target,
        object: p.object,
        stance,
        statement,
        event: None,
        evidence: p.evidence,
        subject_text: p.subject_text,
        subject_head: p.subject_head,
        place: p.place,
        time: p.time,
        modality: p.modality,
        detail: p.detail,
        merge: Some(p.notes.join("; ")).filter(|m| !m.is_empty()),
        asserted_by: p.asserted_by,
    }
}

/// Predicates that say nothing without their object: "Russia transferred to Iran" is no claim.
pub(super) const NEEDS_OBJECT: &[&str] = &["transfer", "deploy"];

/// The document-level stance of an event: its statement's stance, turned into a denial when
/// the event itself is negated or denied.
pub(super) fn event_stance(e: &Event, statement: Option<&Statement>) -> Stance {
    match e.modality {
        Modality::Denied | Modality::Negated => Stance::Deny,
        Modality::Hypothetical => Stance::Conditional,
        Modality::Future => statement.map_or(Stance::Hedge, |s| match s.stance {
            Stance::Assert => Stance::Hedge,
            other => other,
        }),
        Modality::Asserted | Modality::Reported => statement.map_or(Stance::Assert, |s| s.stance),
    }
}

pub(super) fn ledger_stance(s: Stance) -> Option<LedgerStance> {
    match s {
        Stance::Assert => Some(LedgerStance::Asserts),
        Stance::Deny => Some(LedgerStance::Denies),
        Stance::Hedge => Some(LedgerStance::Hedges),
        Stance::Conditional | Stance::Question | Stance::NoComment => None,
    }
}
