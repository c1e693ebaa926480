//! Actor recognition, resolution and coreference.
//!
//! Input: the normalised text and its sentences. Output: an [`ActorLayer`] — the actors of the
//! document and every mention of them (names, metonyms, demonyms, titles, descriptions,
//! surnames, pronouns), each resolved to one actor. Later stages (attribution, events) never
//! look at names themselves: they ask the layer which actor a stretch of text refers to.

use crate::model::{Actor, ActorKind, ActorRef};
use crate::text::{Offsets, Sentence};

/// Index into [`ActorLayer::actors`].
pub type ActorIdx = usize;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// Full or short name from the lexicon or a recognised person name ("Iran", "Fazlollah Nozari").
    Name,
    /// Capital or seat of government standing for a state ("the Kremlin", "Tehran").
    Metonym,
    /// "Iranian", "Russian" used as an actor ("Iranian officials").
    Demonym,
    /// Later reference by surname ("Nozari").
    Surname,
    /// Definite description ("the general", "the ministry", "the spokeswoman").
    Description,
    /// he, she, they, it.
    Pronoun,
}

/// One mention: a byte range of the document text resolved to an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub actor: ActorIdx,
    pub form: MentionForm,
    /// Index of the sentence the mention is in.
    pub sentence: usize,
}

/// An actor as known inside one document (before spans are converted to code points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
}

/// The actors of one document and all their mentions, sorted by `start`.
#[derive(Debug, Clone, Default)]
pub struct ActorLayer {
    pub actors: Vec<ActorEntry>,
    pub mentions: Vec<Mention>,
}

impl ActorLayer {
    /// Recognise and resolve every actor mention in `text`.
    pub fn recognise(_text: &str, _sentences: &[Sentence]) -> ActorLayer {
        ActorLayer::default()
    }

    /// The mentions that lie inside the byte range `start..end`, in text order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.start < start);
        let hi = self.mentions.partition_point(|m| m.start < end);
        let slice = &self.mentions[lo..hi];
        let keep = slice.iter().take_while(|m| m.end <= end).count();
        &slice[..keep]
    }

    /// The mention that starts exactly at byte `start`, if any.
    pub fn mention_at(&self, start: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start < start);
        self.mentions.get(i).filter(|m| m.start == start)
    }

    /// An [`ActorRef`] for a mention, with the mention's words as its span.
    pub fn actor_ref(&self, m: &Mention, text: &str, offsets: &Offsets) -> ActorRef {
        let a = &self.actors[m.actor];
        ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            mention: Some(offsets.span(text, m.start, m.end)),
        }
    }

    /// The output form of the actors: one [`Actor`] per entry with its mention spans.
    pub fn to_actors(&self, text: &str, offsets: &Offsets) -> Vec<Actor> {
        let mut out: Vec<Actor> = self
            .actors
            .iter()
            .map(|a| Actor {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                country: a.country.clone(),
                role: a.role.clone(),
                affiliation: a.affiliation.clone(),
                mentions: Vec::new(),
            })
            .collect();
        for m in &self.mentions {
            out[m.actor]
                .mentions
                .push(offsets.span(text, m.start, m.end));
        }
        out
    }
}
