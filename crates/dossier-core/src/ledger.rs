//! Claim status from a ledger: the rules of DESIGN.md as one pure function.
//!
//! A ledger is every statement (or article stance) bearing on one claim, across documents. Status
//! is never typed in: it is recomputed from the ledger in `published` order, and every change is
//! recorded with the entry that caused it and a plain-words explanation.
//!
//! Rules, applied to the *standing* entries — the latest entry of each voice, so a later
//! retraction or admission by the same voice replaces what it said before. A party the claim is
//! about speaks with one voice: the latest word of any of its bodies or officials stands for
//! the party (the foreign minister's admission replaces the ministry spokesman's denial).
//!
//! 1. **confirmed** — a party the claim is about (its subject or target, or a body or official of
//!    that state) asserts it, or an official with direct knowledge of it does (a voice the
//!    caller names in [`Parties::direct`]: the police on the crime they investigate), and no
//!    party of the claim has a standing denial.
//! 2. **disputed** — support and denial both stand.
//! 3. **denied** — only denials stand (this includes support that was later retracted).
//! 4. **reported** — support stands, no denial, and at least one supporter is named or an
//!    official body, or at least two independent outlets report it in their own voice.
//! 5. **unverified** — anything else: support only from anonymous or unattributed sources, a
//!    single outlet's own voice, hedges, or nothing at all.
//!
//! Model stances (the FNC-1 article stance) are listed as supporting evidence only and never
//! decide a status.

use crate::model::{DateRef, Sourcing, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How one ledger entry bears on the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LedgerStance {
    Asserts,
    Denies,
    /// Says others report it, without taking a position.
    Reports,
    Hedges,
}

/// Where a ledger entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntrySource {
    /// An attributed statement in the text.
    Statement,
    /// An event told in the article's own voice.
    Event,
    /// The stance model's reading of the whole article (supporting evidence only).
    Model,
}

/// The claim's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    Unverified,
    Reported,
    Disputed,
    Denied,
    Confirmed,
}

impl ClaimStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Unverified => "unverified",
            ClaimStatus::Reported => "reported",
            ClaimStatus::Disputed => "disputed",
            ClaimStatus::Denied => "denied",
            ClaimStatus::Confirmed => "confirmed",
        }
    }
}

/// A voice in the ledger: who speaks, and which state they speak for (if any).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voice {
    pub id: String,
    pub name: String,
    /// ISO alpha-3 of the state the speaker belongs to (a ministry, an official), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// One row of a claim's ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub document: String,
    pub published: Option<String>,
    /// The outlet that published the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    pub speaker: Voice,
    /// Relay chain, nearest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<Voice>,
    pub stance: LedgerStance,
    pub sourcing: Sourcing,
    pub source: EntrySource,
    pub evidence: Span,
    /// The date the text gives for what this row reports (the statement's or event's own
    /// date, resolved against `published`); `None` when the text gives none. For display and
    /// timelines only (see [`crate::dates::Shown`]): the status rules read `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef>,
}

impl LedgerEntry {
    /// Entries with the same voice replace each other. Anonymous sources are told apart by the
    /// outlet that relays them ("CNN's sources" and "WSJ's sources" are two voices).
    fn voice_key(&self, parties: &Parties) -> String {
        if let Some(p) = parties.party_of(&self.speaker) {
            return format!("party:{p}");
        }
        match self.sourcing {
            Sourcing::Anonymous | Sourcing::Unattributed => format!(
                "{}@{}",
                self.speaker.id,
                self.via
                    .first()
                    .map(|v| v.id.as_str())
                    .or(self.outlet.as_deref())
                    .unwrap_or("")
            ),
            _ => self.speaker.id.clone(),
        }
    }

    fn supports(&self) -> bool {
        matches!(self.stance, LedgerStance::Asserts | LedgerStance::Reports)
    }

    /// Is `other` support that this entry withdraws? A voice withdraws its own earlier support
    /// and, when it retracts, the support it relayed ("the outlet withdrew its report").
    fn withdraws(&self, other: &LedgerEntry, parties: &Parties) -> bool {
        other.supports()
            && other.document != self.document
            && (other.voice_key(parties) == self.voice_key(parties)
                || (self.stance == LedgerStance::Denies
                    && other.via.first().is_some_and(|v| v.id == self.speaker.id)))
    }
}

/// One change of status, caused by one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    pub published: Option<String>,
    pub document: String,
    pub from: Option<ClaimStatus>,
    pub to: ClaimStatus,
    pub explanation: String,
    /// The text's own date for the change: that of the document's first dated row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef>,
}

/// The outcome of applying the rules to a whole ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub status: ClaimStatus,
    pub explanation: String,
    pub timeline: Vec<StatusChange>,
}

/// The parties a claim is about: ids of its subject and target (states or bodies).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    pub ids: Vec<String>,
    /// Voices (ids) of officials with direct knowledge of the claim who are not parties to it
    /// (the police on a shooting they investigate, the coroner on a death): their assertion
    /// confirms the claim as a party's would. Empty unless the caller knows them.
    pub direct: Vec<String>,
}

impl Parties {
    pub fn new(subject: &str, target: Option<&str>) -> Parties {
        let mut ids = vec![subject.to_string()];
        ids.extend(target.map(str::to_string));
        Parties {
            ids,
            direct: Vec::new(),
        }
    }

    /// Does this voice confirm the claim when it asserts it: a party, or an official with
    /// direct knowledge?
    fn can_confirm(&self, v: &Voice) -> bool {
        self.includes(v) || self.direct.contains(&v.id)
    }

    /// Does this voice speak for one of the parties? A state, its bodies (`IRN.IRGC`) and its
    /// officials (country `IRN`) all count.
    fn includes(&self, v: &Voice) -> bool {
        self.party_of(v).is_some()
    }

    /// The party this voice speaks for, if any.
    fn party_of(&self, v: &Voice) -> Option<&str> {
        self.ids
            .iter()
            .find(|p| {
                v.id == **p
                    || v.id
                        .strip_prefix(p.as_str())
                        .is_some_and(|r| r.starts_with('.'))
                    || v.country.as_deref() == Some(p.as_str())
            })
            .map(String::as_str)
    }
}

/// `entries` in `published` order, undated last, ties kept in the given order.
fn chronological(entries: &[LedgerEntry]) -> Vec<&LedgerEntry> {
    let mut order: Vec<&LedgerEntry> = entries.iter().collect();
    order.sort_by(|a, b| match (&a.published, &b.published) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    order
}

/// Let `e` take effect: it replaces what its voice said before and what it withdraws.
/// Model stances never stand.
fn admit<'a>(standing: &mut Vec<&'a LedgerEntry>, e: &'a LedgerEntry, parties: &Parties) {
    if e.source == EntrySource::Model {
        return;
    }
    let key = e.voice_key(parties);
    standing.retain(|s| s.voice_key(parties) != key && !e.withdraws(s, parties));
    standing.push(e);
}

/// The entries that stand after the whole ledger: the latest word of each voice, with
/// withdrawn support removed (what contradictions are computed from).
pub fn standing<'a>(parties: &Parties, entries: &'a [LedgerEntry]) -> Vec<&'a LedgerEntry> {
    let mut standing = Vec::new();
    for e in chronological(entries) {
        admit(&mut standing, e, parties);
    }
    standing
}

/// Apply the status rules to `entries` (any order; sorted here by `published`, undated last,
/// ties kept in the given order) and return the status, its explanation and the timeline.
///
/// This is [`Summary::fold`] over the documents in that order: the full recompute and the
/// store's incremental maintenance are one computation.
pub fn assess(parties: &Parties, entries: &[LedgerEntry]) -> Assessment {
    let (summary, timeline) = summarise(parties, entries);
    Assessment {
        status: summary.status(),
        explanation: summary.explanation,
        timeline,
    }
}

/// [`assess`] that also returns the [`Summary`] of the whole ledger (what a store keeps to
/// fold later documents in).
pub fn summarise(parties: &Parties, entries: &[LedgerEntry]) -> (Summary, Vec<StatusChange>) {
    let order = chronological(entries);
    let mut summary = Summary::new();
    let mut timeline: Vec<StatusChange> = Vec::new();
    let mut i = 0;
    while i < order.len() {
        // All entries of one document take effect together.
        let doc = &order[i].document;
        let mut j = i;
        while j < order.len() && order[j].document == *doc {
            j += 1;
        }
        timeline.extend(summary.fold(parties, order[i..j].iter().copied()));
        i = j;
    }
    (summary, timeline)
}

/// Everything the status rules read about a ledger read so far, in a size that depends on the
/// number of voices, not on the number of entries: the standing entries (the latest word of
/// each voice), the number of model stances, and which voices have ever supported the claim
/// (for retractions). Folding one more document (in `published` order) into a summary is what
/// [`assess`] does for every document, so a store that keeps the summary of each claim can
/// add a document later than all its others in time independent of the ledger's length and
/// get the same status, explanation and timeline as a full recompute.
///
/// The explanation at each step of a timeline describes the ledger up to that step (the
/// model stances and retractions read so far), never entries published later.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Standing entries, in the order they took effect.
    #[serde(default)]
    pub standing: Vec<LedgerEntry>,
    /// The current status (`None` before the first document).
    #[serde(default)]
    pub status: Option<ClaimStatus>,
    /// The current explanation.
    #[serde(default = "no_statement_yet")]
    pub explanation: String,
    /// Model stances read so far (listed, never decisive).
    #[serde(default)]
    pub model: usize,
    /// Per voice key, up to two documents in which that voice supported the claim.
    #[serde(default)]
    pub supported_by_voice: BTreeMap<String, Vec<String>>,
    /// Per first relay (`via[0]` id), up to two documents whose support it relayed.
    #[serde(default)]
    pub supported_via: BTreeMap<String, Vec<String>>,
    /// Length of the timeline so far.
    #[serde(default)]
    pub changes: usize,
}

fn no_statement_yet() -> String {
    String::from("no statement bears on this claim yet")
}

/// Remember up to two distinct documents (enough to tell "another document" from this one).
fn remember(docs: &mut Vec<String>, doc: &str) {
    if docs.len() < 2 && !docs.iter().any(|d| d == doc) {
        docs.push(doc.to_string());
    }
}

impl Summary {
    /// The summary of an empty ledger.
    pub fn new() -> Summary {
        Summary {
            explanation: no_statement_yet(),
            ..Default::default()
        }
    }

    /// The current status (unverified before any document).
    pub fn status(&self) -> ClaimStatus {
        self.status.unwrap_or(ClaimStatus::Unverified)
    }

    /// Let one document's entries (all of the same document, in their ledger order) take
    /// effect; returns the timeline row if the status changed. Documents must be folded in
    /// `published` order (undated last), as [`assess`] orders them.
    pub fn fold<'a>(
        &mut self,
        parties: &Parties,
        entries: impl IntoIterator<Item = &'a LedgerEntry>,
    ) -> Option<StatusChange> {
        let mut first: Option<(&'a LedgerEntry,)> = None;
        let mut date: Option<&'a DateRef> = None;
        for e in entries {
            first.get_or_insert((e,));
            if date.is_none() && e.source != EntrySource::Model {
                date = e.date.as_ref();
            }
            if e.supports() {
                remember(
                    self.supported_by_voice
                        .entry(e.voice_key(parties))
                        .or_default(),
                    &e.document,
                );
                if let Some(v) = e.via.first() {
                    remember(
                        self.supported_via.entry(v.id.clone()).or_default(),
                        &e.document,
                    );
                }
            }
            if e.source == EntrySource::Model {
                self.model += 1;
                continue;
            }
            let key = e.voice_key(parties);
            self.standing
                .retain(|s| s.voice_key(parties) != key && !e.withdraws(s, parties));
            self.standing.push(e.clone());
        }
        let (first,) = first?;
        let standing: Vec<&LedgerEntry> = self.standing.iter().collect();
        let (status, why) = status_of(parties, &standing, self);
        self.explanation = why;
        if self.status == Some(status) {
            return None;
        }
        let change = StatusChange {
            published: first.published.clone(),
            document: first.document.clone(),
            from: self.status,
            to: status,
            explanation: self.explanation.clone(),
            date: date.cloned(),
        };
        self.status = Some(status);
        self.changes += 1;
        Some(change)
    }

    /// Has `e` (a standing denial) withdrawn support read so far? The same test as
    /// [`LedgerEntry::withdraws`] over every entry read, from the remembered documents.
    fn retracts(&self, e: &LedgerEntry, parties: &Parties) -> bool {
        let other_doc = |docs: Option<&Vec<String>>| {
            docs.is_some_and(|d| d.iter().any(|doc| *doc != e.document))
        };
        other_doc(self.supported_by_voice.get(&e.voice_key(parties)))
            || (e.stance == LedgerStance::Denies
                && other_doc(self.supported_via.get(&e.speaker.id)))
    }
}

fn status_of(
    parties: &Parties,
    standing: &[&LedgerEntry],
    read: &Summary,
) -> (ClaimStatus, String) {
    let support: Vec<&LedgerEntry> = standing.iter().copied().filter(|e| e.supports()).collect();
    let denial: Vec<&LedgerEntry> = standing
        .iter()
        .copied()
        .filter(|e| e.stance == LedgerStance::Denies)
        .collect();
    let hedges: Vec<&LedgerEntry> = standing
        .iter()
        .copied()
        .filter(|e| e.stance == LedgerStance::Hedges)
        .collect();
    let admissions: Vec<&LedgerEntry> = support
        .iter()
        .copied()
        .filter(|e| e.stance == LedgerStance::Asserts && parties.can_confirm(&e.speaker))
        .collect();
    let party_denials = denial.iter().any(|e| parties.includes(&e.speaker));
    let model = read.model;

    let by_party = admissions.iter().any(|e| parties.includes(&e.speaker));
    let (status, rule) = if by_party && !party_denials {
        (
            ClaimStatus::Confirmed,
            "acknowledged by a party it is about, with no standing denial from that party",
        )
    } else if !admissions.is_empty() && !party_denials {
        (
            ClaimStatus::Confirmed,
            "confirmed by an official with direct knowledge, with no standing denial from a party",
        )
    } else if !support.is_empty() && !denial.is_empty() {
        (ClaimStatus::Disputed, "support and denial both stand")
    } else if !denial.is_empty() {
        (ClaimStatus::Denied, "only denials stand")
    } else if !support.is_empty() && is_substantiated(&support) {
        (
            ClaimStatus::Reported,
            "supported by a named source or several independent outlets, and not denied",
        )
    } else if !support.is_empty() {
        (
            ClaimStatus::Unverified,
            "supported only by anonymous or unattributed sources",
        )
    } else {
        (ClaimStatus::Unverified, "no source asserts it")
    };

    let mut parts = Vec::new();
    if !admissions.is_empty() {
        parts.push(format!("acknowledged by {}", voices(&admissions)));
    }
    let others: Vec<&LedgerEntry> = support
        .iter()
        .copied()
        .filter(|e| !admissions.iter().any(|a| std::ptr::eq(*a, *e)))
        .collect();
    if !others.is_empty() {
        parts.push(format!("asserted by {}", voices(&others)));
    }
    if !hedges.is_empty() {
        parts.push(format!("hedged by {}", voices(&hedges)));
    }
    if !denial.is_empty() {
        parts.push(format!("denied by {}", voices(&denial)));
    }
    let retracted = retractions(parties, standing, read);
    if !retracted.is_empty() {
        parts.push(format!("retracted by {}", retracted.join(", ")));
    }
    if model > 0 {
        parts.push(format!(
            "{model} article stance{} from the model (supporting evidence only)",
            if model == 1 { "" } else { "s" }
        ));
    }
    let mut text = format!("{}: {rule}", status.as_str());
    if !parts.is_empty() {
        text.push_str(" — ");
        text.push_str(&parts.join("; "));
    }
    (status, text)
}

/// Support that is more than anonymous hearsay: a named speaker or official body, or two or
/// more outlets reporting in their own voice.
fn is_substantiated(support: &[&LedgerEntry]) -> bool {
    if support
        .iter()
        .any(|e| matches!(e.sourcing, Sourcing::Named | Sourcing::OfficialBody))
    {
        return true;
    }
    let mut outlets: Vec<&str> = support
        .iter()
        .filter(|e| e.sourcing == Sourcing::Outlet)
        .map(|e| e.speaker.id.as_str())
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    outlets.len() >= 2
}

/// Voices that once supported the claim (in what was read so far) and now deny it.
fn retractions(parties: &Parties, standing: &[&LedgerEntry], read: &Summary) -> Vec<String> {
    let mut out: Vec<String> = standing
        .iter()
        .filter(|e| e.stance == LedgerStance::Denies)
        .filter(|e| read.retracts(e, parties))
        .map(|e| e.speaker.name.clone())
        .collect();
    out.dedup();
    out
}

/// "CNN and The Wall Street Journal (citing unnamed sources)", "Fazlollah Nozari (via ILNA)".
fn voices(entries: &[&LedgerEntry]) -> String {
    let mut names: Vec<String> = Vec::new();
    for e in entries {
        let mut n = e.speaker.name.clone();
        let mut notes = Vec::new();
        if !e.via.is_empty() {
            let chain: Vec<&str> = e.via.iter().map(|v| v.name.as_str()).collect();
            notes.push(format!("via {}", chain.join(", ")));
        }
        if e.sourcing == Sourcing::Anonymous {
            notes.push("citing unnamed sources".to_string());
        }
        if !notes.is_empty() {
            n = format!("{n} ({})", notes.join(", "));
        }
        if !names.contains(&n) {
            names.push(n);
        }
    }
    match names.len() {
        0 => String::new(),
        1 => names.remove(0),
        _ => {
            let last = names.pop().unwrap_or_default();
            format!("{} and {last}", names.join(", "))
        }
    }
}

/// A statement on a claim that does not bear on its status — a conditional ("any transfer would
/// be a significant escalation"), a question, a refusal to comment. Briefs use them for the
/// stakes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerNote {
    pub document: String,
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    pub speaker: Voice,
    pub kind: crate::model::Stance,
    pub evidence: Span,
}

/// A claim as the store keeps it and `dossier claims --format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub subject: crate::model::ActorRef,
    pub predicate: String,
    pub target: Option<crate::model::ActorRef>,
    pub object: Option<String>,
    /// The proposition in words ("Iran transferred missiles to Russia").
    pub claim: String,
    pub status: ClaimStatus,
    pub explanation: String,
    pub ledger: Vec<LedgerEntry>,
    /// How many ledger rows the claim has when `ledger` holds only a page of them (stores
    /// paginate: a claim can gather tens of thousands of rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ledger_total: Option<usize>,
    /// The latest `published` date in the whole ledger, set with `ledger_total`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    pub timeline: Vec<StatusChange>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<LedgerNote>,
}

impl ClaimRecord {
    /// The parties the claim is about (subject and target).
    pub fn parties(&self) -> Parties {
        Parties::new(
            &self.subject.id,
            self.target.as_ref().map(|t| t.id.as_str()),
        )
    }
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;
