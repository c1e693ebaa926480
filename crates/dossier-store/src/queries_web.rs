//! Queries behind the web UI's actor page: one actor, what it said, what it did or had done to
//! it. Read-only; paginated like every other list.

use crate::claims::span;
use crate::db::{p, Sql};
use crate::{ActorCount, Page, Result};
use dossier_core::model::Span;
use serde::Serialize;

/// A statement an actor made, with the document it is in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorStatement {
    pub document: String,
    pub title: Option<String>,
    pub published: Option<String>,
    /// Document-local statement id (`s1`).
    pub statement: String,
    pub cue: String,
    pub mode: String,
    pub stance: String,
    pub sourcing: String,
    pub content: Span,
}

/// An event in which an actor is the source or the target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorEvent {
    pub document: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub event: String,
    pub source_id: String,
    pub source_name: String,
    pub target_id: Option<String>,
    pub target_name: Option<String>,
    pub cameo: String,
    pub plover: String,
    pub verb: String,
    pub object: Option<String>,
    pub modality: String,
    pub goldstein: f64,
    pub evidence: Span,
}

/// One actor with its counts, by exact id.
pub(crate) fn actor(db: &dyn Sql, id: &str) -> Result<Option<ActorCount>> {
    db.query_opt(
        "SELECT a.id, a.name, a.kind, a.country,
                (SELECT count(*) FROM actor_mentions m WHERE m.actor_id = a.id),
                (SELECT CAST(coalesce(sum(m.count), 0) AS BIGINT) FROM actor_mentions m WHERE m.actor_id = a.id),
                (SELECT count(*) FROM statements s WHERE s.speaker_id = a.id)
         FROM actors a WHERE a.id = ?1",
        p![id],
    )?
    .as_ref()
    .map(crate::documents::actor_row)
    .transpose()
}

/// Statements whose speaker is `id`, newest document first (ties by position, then id: both
/// backends give one order).
pub(crate) fn actor_statements(db: &dyn Sql, id: &str, page: Page) -> Result<Vec<ActorStatement>> {
    db.query(
        "SELECT d.id, d.title, d.published, s.sid, s.cue, s.mode, s.stance, s.sourcing,
                s.content_start, s.content_end, s.content
         FROM statements s JOIN documents d ON d.rowid = s.doc
         WHERE s.speaker_id = ?1
         ORDER BY d.published IS NULL, d.published DESC, d.rowid, s.content_start, s.sid
         LIMIT ?2 OFFSET ?3",
        p![id, page.limit, page.offset],
    )?
    .iter()
    .map(|r| {
        Ok(ActorStatement {
            document: r.text(0)?,
            title: r.opt_text(1)?,
            published: r.opt_text(2)?,
            statement: r.text(3)?,
            cue: r.text(4)?,
            mode: r.text(5)?,
            stance: r.text(6)?,
            sourcing: r.text(7)?,
            content: span(r, 8)?,
        })
    })
    .collect()
}

/// Events with `id` as source or target, newest document first (ties by position, then id: two
/// events of one evidence span, "denied sending missiles" → REJECT and a denied AID, came back
/// in a different order from SQLite and PostgreSQL).
pub(crate) fn actor_events(db: &dyn Sql, id: &str, page: Page) -> Result<Vec<ActorEvent>> {
    db.query(
        "SELECT d.id, d.title, d.published, e.eid, e.source_id, e.source_name, e.target_id,
                e.target_name, e.cameo, e.plover, e.verb, e.object, e.modality, e.goldstein,
                e.evidence_start, e.evidence_end, e.evidence
         FROM events e JOIN documents d ON d.rowid = e.doc
         WHERE e.source_id = ?1 OR e.target_id = ?1
         ORDER BY d.published IS NULL, d.published DESC, d.rowid, e.evidence_start, e.eid
         LIMIT ?2 OFFSET ?3",
        p![id, page.limit, page.offset],
    )?
    .iter()
    .map(|r| {
        Ok(ActorEvent {
            document: r.text(0)?,
            title: r.opt_text(1)?,
            published: r.opt_text(2)?,
            event: r.text(3)?,
            source_id: r.text(4)?,
            source_name: r.text(5)?,
            target_id: r.opt_text(6)?,
            target_name: r.opt_text(7)?,
            cameo: r.text(8)?,
            plover: r.text(9)?,
            verb: r.text(10)?,
            object: r.opt_text(11)?,
            modality: r.text(12)?,
            goldstein: r.real(13)?,
            evidence: span(r, 14)?,
        })
    })
    .collect()
}
