//! The data model: documents, spans, actors, statements, events and per-document claims.
//!
//! These types are the JSON contract of `dossier extract` (see `../shared/DESIGN.md`): field
//! names and enum spellings are part of the public interface, so change them only together with
//! the contract. Every fact carries a [`Span`] pointing back into the document text.

use serde::{Deserialize, Serialize};

/// A piece of the document text: `start`/`end` are Unicode code-point offsets (what Python's
/// `text[start:end]` expects) and `text` is exactly those code points.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Document metadata as it appears in the extraction output (`document` object).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentHeader {
    /// Content hash of the normalised text (see [`crate::text::document_id`]).
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// RFC 3339 date or date-time, when known.
    pub published: Option<String>,
    /// Unknown input fields, passed through untouched.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub meta: serde_json::Map<String, serde_json::Value>,
}

/// A document ready for extraction: header plus normalised text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    #[serde(flatten)]
    pub header: DocumentHeader,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    GovernmentBody,
    Military,
    Organisation,
    Outlet,
    Person,
    Group,
}

/// An actor found in a document, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// ISO 3166 alpha-3 for states (`IRN`), dotted codes for bodies (`IRN.IRGC`),
    /// `OUTLET.*` for outlets, `PERSON.<slug>` for people, `ORG.<slug>` for unknown bodies.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// ISO 3166 alpha-3 of the country the actor belongs to, when known.
    pub country: Option<String>,
    /// For people: the post as stated in the text ("deputy commander of …").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// For people: the body they belong to (actor id), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    pub mentions: Vec<Span>,
}

/// A reference to an actor at one place in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
    /// The words naming the actor here ("he", "a senior commander", "ILNA").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Direct,
    Indirect,
    AccordingTo,
    Mixed,
    /// The content is a noun phrase, not a clause: the speaker takes a position on a thing
    /// ("condemned *the strike*", "called for *a no-fly zone*", "denied *the reports*"). It
    /// states no proposition of its own; consumers that need one read the clause-bearing modes.
    /// Written as `indirect` in JSON: the contract's modes (DESIGN.md) are `direct`,
    /// `indirect`, `according_to` and `mixed`; "nominal" is read back as this mode.
    #[serde(rename(serialize = "indirect"))]
    Nominal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sourcing {
    /// A named person or body speaks on the record.
    Named,
    /// An institution speaks ("the ministry said", "Kremlin officials said").
    OfficialBody,
    /// "citing unnamed sources", "officials familiar with the matter".
    Anonymous,
    /// No speaker at all (the article's own voice).
    Unattributed,
    /// An outlet reports without naming its source.
    Outlet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Assert,
    Deny,
    Hedge,
    Conditional,
    Question,
    NoComment,
}

/// An attributed statement: who said what, how, on whose word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Document-local id (`s1`, `s2`, …) that events refer to.
    pub id: String,
    pub speaker: ActorRef,
    /// The actor the speaker speaks for ("X's spokesman said" → X).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<ActorRef>,
    pub cue: Span,
    pub mode: Mode,
    pub stance: Stance,
    pub content: Span,
    /// Relay chain, nearest first: Nozari → ILNA → "Iranian media".
    pub via: Vec<ActorRef>,
    pub sourcing: Sourcing,
    /// How far the reading can be trusted, 0–1: set by the attribution rules (an unresolved
    /// pronoun or a one-word fragment as speaker is low). Records written before the field
    /// existed read as 1.0, so nothing old is hidden by a confidence filter.
    #[serde(default = "full_confidence")]
    pub confidence: f32,
    /// When the statement was made, if its sentence says ("said on Monday"); resolved against
    /// the document's `published` date (see [`crate::dates`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef>,
}

fn full_confidence() -> f32 {
    1.0
}

/// A date the text gives, resolved: `value` is ISO at the granularity (`2024-08-05`,
/// `2024-W32`, `2024-08`, `2024`), `evidence` the words that say it ("last week").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRef {
    pub value: String,
    pub granularity: Granularity,
    pub evidence: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub cameo: String,
    pub plover: String,
    /// The words that triggered the code ("transferred").
    pub verb: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Reported,
    Denied,
    Hypothetical,
    Future,
    Negated,
}

/// Who did what to whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub source: ActorRef,
    pub target: Option<ActorRef>,
    /// The other actors of a compound source ("Iran and Russia signed …"): `source` is the
    /// first, these are the rest, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_sources: Vec<ActorRef>,
    /// The other actors of a compound target, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_targets: Vec<ActorRef>,
    pub action: Action,
    pub object: Option<String>,
    pub modality: Modality,
    pub evidence: Span,
    /// The statement the event sits in, if it was reported by someone.
    pub statement: Option<String>,
    pub goldstein: f32,
    /// When it happened, if the text says ("last month"), resolved against `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef>,
    /// Participants named by a description that refers back ("the militant group" → the
    /// Islamic State named earlier): the description's words and the antecedent mention.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coref: Vec<CorefLink>,
}

/// One line for reading and failure messages: `source→target cameo [verb] modality | evidence`
/// (`Some("X")`/`None` for the target).
impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}→{:?} {} [{}] {:?} | {}",
            self.source.id,
            self.target.as_ref().map(|t| &t.id),
            self.action.cameo,
            self.action.verb,
            self.modality,
            self.evidence.text
        )
    }
}

/// A participant found through coreference: which actor, the words that name it where the
/// event is ("the militant group") and the earlier mention they refer to ("Islamic State").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorefLink {
    pub actor: String,
    pub mention: Span,
    pub antecedent: Span,
}

/// A proposition found in one document, keyed deterministically so that the same proposition in
/// other words and other documents gets the same key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocClaim {
    pub key: String,
    pub subject: ActorRef,
    pub predicate: String,
    pub target: Option<ActorRef>,
    pub object: Option<String>,
    /// How this document's statement or event bears on the proposition.
    pub stance: Stance,
    pub statement: Option<String>,
    pub event: Option<String>,
    pub evidence: Span,
    /// For a subject that is not an actor ("the US air strike", "Jihadi John"): its words as
    /// written. The key uses [`DocClaim::subject`]'s id (`ENTITY.<head>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_text: Option<String>,
    /// The head word of a non-actor subject, lower-cased ("strike", "baghdadi").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_head: Option<String>,
    /// Where, as written ("in Al Qaim", "near the Syrian border").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// When, as written ("on Thursday", "since the war began").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Whether the words state the proposition or its negation ("never sent"): a negative
    /// polarity makes the document's stance a denial of the (positive) claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polarity: Option<Polarity>,
    /// How the words qualify it: `possible` ("may have"), `future` ("will"), `intended`
    /// ("plans to", "threatened to"), `believed` ("is believed to"), `conditional` ("if").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    /// The full object phrase when the key uses its class ("short-range ballistic missiles"
    /// under `missiles`), or the means ("in a US air strike").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// How the words were normalised into the key, for the analyst: which words matched what
    /// ("sent → transfer; 'short-range ballistic missiles' → missiles; passive: doer 'by Iran'").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge: Option<String>,
    /// Who asserts it when no statement carries it: the agent of "has been identified by
    /// British intelligence as …" (none: the outlet, in its own voice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asserted_by: Option<ActorRef>,
}

/// The polarity of a proposition as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Positive,
    Negative,
}

/// The stance model's reading of the whole article toward one of its claims (FNC-1 labels:
/// agree, disagree, discuss). The article's own voice, kept apart from quoted statements; the
/// status rules use it only as supporting evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleStance {
    /// The claim key (see [`DocClaim::key`]).
    pub claim: String,
    pub label: String,
    /// The model's probability for `label`.
    pub confidence: f32,
}

/// Everything dossier knows about one document: the `dossier extract` record.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Extraction {
    pub document: DocumentHeader,
    pub actors: Vec<Actor>,
    pub statements: Vec<Statement>,
    pub events: Vec<Event>,
    pub claims: Vec<DocClaim>,
    /// Filled by the binary's stance model (not by core), absent when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub article_stances: Vec<ArticleStance>,
}
