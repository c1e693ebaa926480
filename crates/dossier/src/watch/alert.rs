//! Alerts: one JSON object per claim status change, the same for `dossier watch` (stdout and
//! webhook) and `dossier changes --format json|jsonl`, and the watch list that narrows them.

use dossier_core::ledger::{ClaimRecord, ClaimStatus, EntrySource, LedgerStance, StatusChange};
use dossier_core::model::Sourcing;
use serde::Serialize;

/// `{"claim":ID,"text":…,"from":…,"to":…,"at":DATE,"document":ID,"evidence":{…}}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    pub claim: String,
    pub text: String,
    /// `null` when the claim is new.
    pub from: Option<ClaimStatus>,
    pub to: ClaimStatus,
    /// Publication date (YYYY-MM-DD) of the document that changed the status.
    pub at: Option<String>,
    pub document: String,
    /// The ledger row of that document that bears on the claim (None if it has none left).
    pub evidence: Option<Evidence>,
    /// The date the text gives for the change ("denied on Friday" → 2024-08-09, day), when it
    /// gives one; `at` stays the publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<dossier_core::model::DateRef>,
}

/// Who said what in the document behind a change, with the span in its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub speaker: String,
    pub speaker_id: String,
    pub stance: LedgerStance,
    pub sourcing: Sourcing,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Alert {
    /// The alert for `change` of `claim`.
    pub fn new(claim: &ClaimRecord, change: &StatusChange) -> Alert {
        // Prefer a row that counts (a statement or event) over the stance model's reading.
        let rows = || {
            claim
                .ledger
                .iter()
                .filter(|e| e.document == change.document)
        };
        let entry = rows()
            .find(|e| e.source != EntrySource::Model)
            .or_else(|| rows().next());
        Alert {
            claim: claim.id.clone(),
            text: claim.claim.clone(),
            from: change.from,
            to: change.to,
            at: change
                .published
                .as_deref()
                .map(|p| p.get(..10).unwrap_or(p).to_string()),
            document: change.document.clone(),
            evidence: entry.map(|e| Evidence {
                speaker: e.speaker.name.clone(),
                speaker_id: e.speaker.id.clone(),
                stance: e.stance,
                sourcing: e.sourcing,
                start: e.evidence.start,
                end: e.evidence.end,
                text: e.evidence.text.clone(),
            }),
            date: change.date.clone(),
        }
    }
}

/// What the analyst follows: claim ids (or prefixes) and/or an actor. Empty follows everything.
#[derive(Debug, Clone, Default)]
pub struct WatchList {
    pub claims: Vec<String>,
    pub actor: Option<String>,
}

impl WatchList {
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty() && self.actor.is_none()
    }

    /// Does this list follow `claim`? An actor follows claims whose subject or target is it or
    /// one of its bodies (`IRN` follows `IRN.IRGC`).
    pub fn follows(&self, claim: &ClaimRecord) -> bool {
        if self.is_empty() {
            return true;
        }
        let by_id = self
            .claims
            .iter()
            .any(|c| !c.is_empty() && claim.id.starts_with(c.as_str()));
        let by_actor = self.actor.as_deref().is_some_and(|a| {
            let is = |id: &str| id == a || id.strip_prefix(a).is_some_and(|r| r.starts_with('.'));
            is(&claim.subject.id) || claim.target.as_ref().is_some_and(|t| is(&t.id))
        });
        by_id || by_actor
    }
}

/// The timeline entries of `after` that `before` did not have: the changes a batch made.
pub fn new_changes<'a>(
    before: Option<&ClaimRecord>,
    after: &'a ClaimRecord,
) -> Vec<&'a StatusChange> {
    let old = before.map_or(&[][..], |b| b.timeline.as_slice());
    after
        .timeline
        .iter()
        .filter(|c| {
            !old.iter()
                .any(|o| o.document == c.document && o.from == c.from && o.to == c.to)
        })
        .collect()
}
