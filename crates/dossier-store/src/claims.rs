//! Claims in the SQLite store: ledger rows written with each document, status recomputed for
//! every claim a batch touched, and the queries behind `claims`, `claim`, `brief`,
//! `contradictions` and `changes`.

use crate::{enum_str, Page, Result, StoreError};
use dossier_core::claims::{doc_claims, ClaimLexicon};
use dossier_core::ledger::{
    assess, ClaimRecord, ClaimStatus, EntrySource, LedgerEntry, LedgerNote, LedgerStance,
    StatusChange, Voice,
};
use dossier_core::model::{ActorRef, Extraction, Sourcing, Span, Stance};
use rusqlite::{params, Transaction};
use serde::Serialize;
use std::collections::BTreeSet;

/// Filters for `dossier claims`.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub status: Option<ClaimStatus>,
    /// Subject or target actor id (a state's bodies count: `IRN` matches `IRN.IRGC` claims).
    pub actor: Option<String>,
    /// Only claims with a ledger entry published on or after this date.
    pub since: Option<String>,
}

/// Two voices taking opposite stances on one claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contradiction {
    pub claim: String,
    pub text: String,
    pub status: ClaimStatus,
    pub asserts: LedgerEntry,
    pub denies: LedgerEntry,
}

/// A status change with the claim it happened to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimChange {
    pub claim: String,
    pub text: String,
    #[serde(flatten)]
    pub change: StatusChange,
}

/// Write the claims and ledger rows of one new document; returns the claim keys touched.
pub(crate) fn insert_doc_claims(
    tx: &Transaction<'_>,
    x: &Extraction,
    touched: &mut BTreeSet<String>,
) -> Result<()> {
    let lex = ClaimLexicon::embedded();
    let mut insert_claim = tx.prepare_cached(
        "INSERT INTO claims (key, subject_id, subject_name, predicate, target_id, target_name, object, status, explanation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'unverified', '') ON CONFLICT(key) DO NOTHING",
    )?;
    let mut insert_ledger = tx.prepare_cached(
        "INSERT OR REPLACE INTO ledger (claim_key, doc_id, seq, published, outlet, speaker_id, speaker_name,
         speaker_country, via, stance, counts, sourcing, source, statement, evidence_start, evidence_end, evidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    let statements: std::collections::HashMap<&str, &dossier_core::Statement> =
        x.statements.iter().map(|s| (s.id.as_str(), s)).collect();
    let claims = doc_claims(x, lex);
    let mut seq = 0i64;
    for c in claims.iter() {
        seq += 1;
        let claim = &c.claim;
        insert_claim.execute(params![
            claim.key,
            claim.subject.id,
            claim.subject.name,
            claim.predicate,
            claim.target.as_ref().map(|t| &t.id),
            claim.target.as_ref().map(|t| &t.name),
            claim.object,
        ])?;
        let (speaker, via, stance, counts, sourcing, source) = match &c.entry {
            Some(e) => (
                e.speaker.clone(),
                e.via.clone(),
                enum_str(&e.stance),
                1,
                e.sourcing,
                e.source,
            ),
            None => {
                // A conditional, question or refusal: kept as a note for the brief.
                let s = claim.statement.as_deref().and_then(|id| statements.get(id));
                let speaker = s.map_or_else(
                    || Voice {
                        id: "ARTICLE".into(),
                        name: x
                            .document
                            .outlet
                            .clone()
                            .unwrap_or_else(|| "the article".into()),
                        country: None,
                    },
                    |s| Voice {
                        id: s.speaker.id.clone(),
                        name: s.speaker.name.clone(),
                        country: None,
                    },
                );
                (
                    speaker,
                    Vec::new(),
                    enum_str(&claim.stance),
                    0,
                    s.map_or(Sourcing::Unattributed, |s| s.sourcing),
                    if s.is_some() {
                        EntrySource::Statement
                    } else {
                        EntrySource::Event
                    },
                )
            }
        };
        let evidence = c.entry.as_ref().map_or(&claim.evidence, |e| &e.evidence);
        insert_ledger.execute(params![
            claim.key,
            x.document.id,
            seq,
            x.document.published,
            x.document.outlet,
            speaker.id,
            speaker.name,
            speaker.country,
            serde_json::to_string(&via).unwrap_or_else(|_| "[]".into()),
            stance,
            counts,
            enum_str(&sourcing),
            enum_str(&source),
            claim.statement,
            evidence.start as i64,
            evidence.end as i64,
            evidence.text,
        ])?;
        touched.insert(claim.key.clone());
    }
    // The stance model's reading of the article: filed apart (source `model`), never decisive.
    let outlet = x
        .document
        .outlet
        .clone()
        .unwrap_or_else(|| "the article".to_string());
    for s in &x.article_stances {
        let Some(c) = claims.iter().find(|c| c.claim.key == s.claim) else {
            continue;
        };
        let stance = match s.label.as_str() {
            "agree" => LedgerStance::Asserts,
            "disagree" => LedgerStance::Denies,
            _ => LedgerStance::Reports,
        };
        seq += 1;
        insert_ledger.execute(params![
            s.claim,
            x.document.id,
            seq,
            x.document.published,
            x.document.outlet,
            format!("MODEL.{}", slug(&outlet)),
            format!("{outlet} (article stance, p={:.2})", s.confidence),
            Option::<String>::None,
            "[]",
            enum_str(&stance),
            1,
            enum_str(&Sourcing::Outlet),
            enum_str(&EntrySource::Model),
            Option::<String>::None,
            c.claim.evidence.start as i64,
            c.claim.evidence.end as i64,
            c.claim.evidence.text,
        ])?;
    }
    Ok(())
}

fn slug(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Recompute status, explanation and timeline of each touched claim from its whole ledger.
pub(crate) fn reassess(tx: &Transaction<'_>, touched: &BTreeSet<String>) -> Result<()> {
    let mut update = tx.prepare_cached(
        "UPDATE claims SET status = ?2, explanation = ?3, documents = ?4, first_seen = ?5, last_seen = ?6 WHERE key = ?1",
    )?;
    let mut clear = tx.prepare_cached("DELETE FROM status_changes WHERE claim_key = ?1")?;
    let mut insert_change = tx.prepare_cached(
        "INSERT INTO status_changes (claim_key, seq, published, doc_id, from_status, to_status, explanation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for key in touched {
        let Some(record) = load_claim(tx, key)? else {
            continue;
        };
        let assessment = assess(&record.parties(), &record.ledger);
        let docs: BTreeSet<&str> = record.ledger.iter().map(|e| e.document.as_str()).collect();
        let first = record
            .ledger
            .iter()
            .filter_map(|e| e.published.as_deref())
            .min();
        let last = record
            .ledger
            .iter()
            .filter_map(|e| e.published.as_deref())
            .max();
        update.execute(params![
            key,
            assessment.status.as_str(),
            assessment.explanation,
            docs.len() as i64,
            first,
            last
        ])?;
        clear.execute([key])?;
        for (i, c) in assessment.timeline.iter().enumerate() {
            insert_change.execute(params![
                key,
                i as i64,
                c.published,
                c.document,
                c.from.map(|s| s.as_str()),
                c.to.as_str(),
                c.explanation
            ])?;
        }
    }
    Ok(())
}

/// A claim with its ledger, notes and timeline. `key` may be a unique prefix.
pub(crate) fn load_claim(conn: &rusqlite::Connection, key: &str) -> Result<Option<ClaimRecord>> {
    let lex = ClaimLexicon::embedded();
    let mut stmt = conn.prepare_cached(
        "SELECT key, subject_id, subject_name, predicate, target_id, target_name, object, status, explanation
         FROM claims WHERE key >= ?1 AND key < ?1 || 'g' ORDER BY key LIMIT 1",
    )?;
    let mut rows = stmt.query([key])?;
    let Some(r) = rows.next()? else {
        return Ok(None);
    };
    let key: String = r.get(0)?;
    let subject = ActorRef {
        id: r.get(1)?,
        name: r.get(2)?,
        mention: None,
    };
    let predicate: String = r.get(3)?;
    let target = r.get::<_, Option<String>>(4)?.map(|id| ActorRef {
        name: id.clone(),
        id,
        mention: None,
    });
    let target = match (target, r.get::<_, Option<String>>(5)?) {
        (Some(t), Some(name)) => Some(ActorRef { name, ..t }),
        (t, _) => t,
    };
    let object: Option<String> = r.get(6)?;
    let status = parse_status(&r.get::<_, String>(7)?)?;
    let explanation: String = r.get(8)?;
    drop(rows);

    let mut ledger = Vec::new();
    let mut notes = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT doc_id, published, outlet, speaker_id, speaker_name, speaker_country, via, stance, counts,
                sourcing, source, evidence_start, evidence_end, evidence
         FROM ledger WHERE claim_key = ?1 ORDER BY published IS NULL, published, doc_id, seq",
    )?;
    let mut rows = stmt.query([&key])?;
    while let Some(r) = rows.next()? {
        let speaker = Voice {
            id: r.get(3)?,
            name: r.get(4)?,
            country: r.get(5)?,
        };
        let evidence = Span {
            start: r.get::<_, i64>(11)? as usize,
            end: r.get::<_, i64>(12)? as usize,
            text: r.get(13)?,
        };
        let stance: String = r.get(7)?;
        if r.get::<_, i64>(8)? == 1 {
            ledger.push(LedgerEntry {
                document: r.get(0)?,
                published: r.get(1)?,
                outlet: r.get(2)?,
                speaker,
                via: match r.get_ref(6)?.as_str().unwrap_or("[]") {
                    "[]" => Vec::new(),
                    via => serde_json::from_str(via).unwrap_or_default(),
                },
                stance: parse_enum::<LedgerStance>(&stance)?,
                sourcing: parse_enum::<Sourcing>(&r.get::<_, String>(9)?)?,
                source: parse_enum::<EntrySource>(&r.get::<_, String>(10)?)?,
                evidence,
            });
        } else {
            notes.push(LedgerNote {
                document: r.get(0)?,
                published: r.get(1)?,
                outlet: r.get(2)?,
                speaker,
                kind: parse_enum::<Stance>(&stance)?,
                evidence,
            });
        }
    }
    drop(rows);

    let mut timeline = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT published, doc_id, from_status, to_status, explanation FROM status_changes
         WHERE claim_key = ?1 ORDER BY seq",
    )?;
    let mut rows = stmt.query([&key])?;
    while let Some(r) = rows.next()? {
        timeline.push(StatusChange {
            published: r.get(0)?,
            document: r.get(1)?,
            from: r
                .get::<_, Option<String>>(2)?
                .map(|s| parse_status(&s))
                .transpose()?,
            to: parse_status(&r.get::<_, String>(3)?)?,
            explanation: r.get(4)?,
        });
    }
    let claim = lex.sentence(
        &subject.name,
        &predicate,
        target.as_ref().map(|t| t.name.as_str()),
        object.as_deref(),
    );
    Ok(Some(ClaimRecord {
        id: key,
        subject,
        predicate,
        target,
        object,
        claim,
        status,
        explanation,
        ledger,
        timeline,
        notes,
    }))
}

impl crate::Store {
    /// Claims matching `filter`, most documents first.
    pub fn claims(&self, filter: &ClaimFilter, page: Page) -> Result<Vec<ClaimRecord>> {
        let actor = filter.actor.as_deref();
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.key FROM claims c
             WHERE (?1 IS NULL OR c.status = ?1)
               AND (?2 IS NULL OR c.subject_id = ?2 OR c.target_id = ?2
                    OR c.subject_id LIKE ?2 || '.%' OR c.target_id LIKE ?2 || '.%')
               AND (?3 IS NULL OR c.last_seen >= ?3)
             ORDER BY c.documents DESC, c.last_seen DESC, c.key
             LIMIT ?4 OFFSET ?5",
        )?;
        let keys: Vec<String> = stmt
            .query_map(
                params![
                    filter.status.map(|s| s.as_str()),
                    actor,
                    filter.since,
                    page.limit as i64,
                    page.offset as i64
                ],
                |r| r.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        keys.iter()
            .filter_map(|k| load_claim(self.conn(), k).transpose())
            .collect()
    }

    /// Counts of claims per status (for the board).
    pub fn claim_counts(&self) -> Result<Vec<(ClaimStatus, usize)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT status, count(*) FROM claims GROUP BY status ORDER BY status",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (s, n) = row?;
            out.push((parse_status(&s)?, n as usize));
        }
        Ok(out)
    }

    /// One claim (id or unique prefix).
    pub fn claim(&self, key: &str) -> Result<Option<ClaimRecord>> {
        load_claim(self.conn(), key)
    }

    /// Claims about the same subject or the same kind of object as `claim` (context for
    /// briefs), most documents first.
    pub fn related_claims(&self, claim: &ClaimRecord, limit: usize) -> Result<Vec<ClaimRecord>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT key FROM claims
             WHERE key <> ?1 AND (subject_id = ?2 OR (object IS ?3 AND ?3 IS NOT NULL))
             ORDER BY documents DESC, key LIMIT ?4",
        )?;
        let keys: Vec<String> = stmt
            .query_map(
                params![claim.id, claim.subject.id, claim.object, limit as i64],
                |r| r.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        keys.iter()
            .filter_map(|k| load_claim(self.conn(), k).transpose())
            .collect()
    }

    /// Opposite stances from different voices on one claim: each standing assertion paired with
    /// each denial by another speaker.
    pub fn contradictions(&self, page: Page) -> Result<Vec<Contradiction>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT a.claim_key FROM ledger a JOIN ledger d
               ON d.claim_key = a.claim_key AND d.stance = 'denies' AND a.stance = 'asserts'
              AND a.speaker_id <> d.speaker_id AND a.counts = 1 AND d.counts = 1
              AND a.source <> 'model' AND d.source <> 'model'
             ORDER BY a.claim_key LIMIT ?1 OFFSET ?2",
        )?;
        let keys: Vec<String> = stmt
            .query_map(params![page.limit as i64, page.offset as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for key in keys {
            let Some(c) = load_claim(self.conn(), &key)? else {
                continue;
            };
            // Only what still stands: a voice that changed its word, or support that was
            // retracted, is no longer in contradiction with anyone.
            let standing = dossier_core::ledger::standing(&c.parties(), &c.ledger);
            let asserts: Vec<&LedgerEntry> = standing
                .iter()
                .copied()
                .filter(|e| e.stance == LedgerStance::Asserts)
                .collect();
            let denies: Vec<&LedgerEntry> = standing
                .iter()
                .copied()
                .filter(|e| e.stance == LedgerStance::Denies)
                .collect();
            let mut pairs: Vec<(&str, &str)> = Vec::new();
            for a in &asserts {
                for d in &denies {
                    let pair = (a.speaker.id.as_str(), d.speaker.id.as_str());
                    if a.speaker.id != d.speaker.id && !pairs.contains(&pair) {
                        pairs.push(pair);
                        out.push(Contradiction {
                            claim: c.id.clone(),
                            text: c.claim.clone(),
                            status: c.status,
                            asserts: (*a).clone(),
                            denies: (*d).clone(),
                        });
                    }
                }
            }
        }
        Ok(out)
    }

    /// Status changes published on or after `since` (what a watcher is alerted to), oldest first.
    pub fn changes(&self, since: &str, page: Page) -> Result<Vec<ClaimChange>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT claim_key, seq FROM status_changes WHERE published >= ?1
             ORDER BY published, claim_key, seq LIMIT ?2 OFFSET ?3",
        )?;
        let rows: Vec<(String, i64)> = stmt
            .query_map(params![since, page.limit as i64, page.offset as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for (key, seq) in rows {
            if let Some(c) = load_claim(self.conn(), &key)? {
                if let Some(change) = c.timeline.get(seq as usize) {
                    out.push(ClaimChange {
                        claim: c.id.clone(),
                        text: c.claim.clone(),
                        change: change.clone(),
                    });
                }
            }
        }
        Ok(out)
    }
}

fn parse_enum<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    // Straight from the str: no JSON value built per field (a board page reads thousands of rows).
    use serde::de::IntoDeserializer;
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(s))
        .map_err(|_| StoreError::Corrupt(format!("unknown value {s:?} in the ledger")))
}

fn parse_status(s: &str) -> Result<ClaimStatus> {
    parse_enum(s)
}
