//! Queries behind the web UI's actor page: one actor, what it said, what it did or had done to
//! it. Read-only; paginated like every other list.

use crate::{ActorCount, Page, Result};
use dossier_core::model::Span;
use rusqlite::{params, OptionalExtension};
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

impl crate::Store {
    /// One actor with its counts, by exact id.
    pub fn actor(&self, id: &str) -> Result<Option<ActorCount>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT a.id, a.name, a.kind, a.country,
                        (SELECT count(*) FROM actor_mentions m WHERE m.actor_id = a.id),
                        (SELECT coalesce(sum(m.count), 0) FROM actor_mentions m WHERE m.actor_id = a.id),
                        (SELECT count(*) FROM statements s WHERE s.speaker_id = a.id)
                 FROM actors a WHERE a.id = ?1",
                [id],
                |r| {
                    Ok(ActorCount {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                        country: r.get(3)?,
                        documents: r.get::<_, i64>(4)? as usize,
                        mentions: r.get::<_, i64>(5)? as usize,
                        statements: r.get::<_, i64>(6)? as usize,
                    })
                },
            )
            .optional()?)
    }

    /// Statements whose speaker is `id`, newest document first.
    pub fn actor_statements(&self, id: &str, page: Page) -> Result<Vec<ActorStatement>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.doc_id, d.title, d.published, s.sid, s.cue, s.mode, s.stance, s.sourcing,
                    s.content_start, s.content_end, s.content
             FROM statements s JOIN documents d ON d.id = s.doc_id
             WHERE s.speaker_id = ?1
             ORDER BY d.published IS NULL, d.published DESC, d.rowid, s.content_start
             LIMIT ?2 OFFSET ?3",
        )?;
        let rows = stmt.query_map(params![id, page.limit as i64, page.offset as i64], |r| {
            Ok(ActorStatement {
                document: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                statement: r.get(3)?,
                cue: r.get(4)?,
                mode: r.get(5)?,
                stance: r.get(6)?,
                sourcing: r.get(7)?,
                content: Span {
                    start: r.get::<_, i64>(8)? as usize,
                    end: r.get::<_, i64>(9)? as usize,
                    text: r.get(10)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Events with `id` as source or target, newest document first.
    pub fn actor_events(&self, id: &str, page: Page) -> Result<Vec<ActorEvent>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.doc_id, d.title, d.published, e.eid, e.source_id, e.source_name, e.target_id,
                    e.target_name, e.cameo, e.plover, e.verb, e.object, e.modality, e.goldstein,
                    e.evidence_start, e.evidence_end, e.evidence
             FROM events e JOIN documents d ON d.id = e.doc_id
             WHERE e.source_id = ?1 OR e.target_id = ?1
             ORDER BY d.published IS NULL, d.published DESC, d.rowid, e.evidence_start
             LIMIT ?2 OFFSET ?3",
        )?;
        let rows = stmt.query_map(params![id, page.limit as i64, page.offset as i64], |r| {
            Ok(ActorEvent {
                document: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                event: r.get(3)?,
                source_id: r.get(4)?,
                source_name: r.get(5)?,
                target_id: r.get(6)?,
                target_name: r.get(7)?,
                cameo: r.get(8)?,
                plover: r.get(9)?,
                verb: r.get(10)?,
                object: r.get(11)?,
                modality: r.get(12)?,
                goldstein: r.get(13)?,
                evidence: Span {
                    start: r.get::<_, i64>(14)? as usize,
                    end: r.get::<_, i64>(15)? as usize,
                    text: r.get(16)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
