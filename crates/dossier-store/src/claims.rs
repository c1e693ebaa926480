//! Claims in the store (every backend): ledger rows written with each document, status recomputed for
//! every claim a batch touched, and the queries behind `claims`, `claim`, `brief`,
//! `contradictions` and `changes`.

use crate::db::{p, Inserter, Row, Sql};
use crate::{enum_str, Page, Result, StoreError};
use dossier_core::claims::{ClaimLexicon, DocClaimEntry};
use dossier_core::ledger::{
    assess, ClaimRecord, ClaimStatus, EntrySource, LedgerEntry, LedgerNote, LedgerStance,
    StatusChange, Voice,
};
use dossier_core::model::{ActorRef, Extraction, Sourcing, Span, Stance};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

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

/// Claims and ledger rows of new documents, sent together (claims first: the ledger refers
/// to them).
pub(crate) struct ClaimRows {
    claims: Inserter,
    ledger: Inserter,
    /// The best display names seen in this batch for each claim (see [`better_name`]).
    names: BTreeMap<String, ClaimNames>,
}

/// Display names of a claim's subject and target. Documents name the same actor differently
/// ("North Korea", "PRK", "Nozari", "Fazlollah Nozari"); the stored name must not depend on
/// which document arrived first, so every batch offers its names and [`better_name`] decides.
#[derive(Debug, Clone, Default)]
pub(crate) struct ClaimNames {
    subject: String,
    target: Option<String>,
}

/// Which of two names of actor `id` the store keeps: a real name over the bare id, then the
/// longer (full names over surnames), then the smaller in code-point order. A total order, so
/// the winner is the same whatever order the documents come in.
fn better_name<'a>(id: &str, a: &'a str, b: &'a str) -> &'a str {
    let rank = |s: &str| (s != id, s.chars().count());
    match rank(a).cmp(&rank(b)) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal => a.min(b),
    }
}

impl ClaimRows {
    pub fn new() -> ClaimRows {
        ClaimRows {
            claims: Inserter::new(
                "INSERT INTO claims (key, subject_id, subject_name, predicate, target_id, target_name,
                 object, status, explanation)",
                9,
                "ON CONFLICT (key) DO NOTHING",
            ),
            ledger: Inserter::new(
                "INSERT INTO ledger (claim_key, doc_id, seq, published, outlet, speaker_id, speaker_name,
                 speaker_country, via, stance, counts, sourcing, source, statement, evidence_start,
                 evidence_end, evidence)",
                17,
                "ON CONFLICT DO NOTHING",
            ),
            names: BTreeMap::new(),
        }
    }

    /// Offer a document's names for a claim; the better of these and earlier offers is kept.
    fn offer_names(&mut self, claim: &dossier_core::model::DocClaim) {
        let offered = ClaimNames {
            subject: claim.subject.name.clone(),
            target: claim.target.as_ref().map(|t| t.name.clone()),
        };
        match self.names.entry(claim.key.clone()) {
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(offered);
            }
            std::collections::btree_map::Entry::Occupied(mut e) => {
                e.get_mut().merge(claim, &offered)
            }
        }
    }

    pub fn flush(&mut self, db: &dyn Sql) -> Result<()> {
        self.claims.flush(db)?;
        self.ledger.flush(db)?;
        Ok(())
    }
}

impl ClaimNames {
    /// Keep the better name on each side (see [`better_name`]).
    fn merge(&mut self, claim: &dossier_core::model::DocClaim, other: &ClaimNames) {
        self.subject = better_name(&claim.subject.id, &self.subject, &other.subject).to_owned();
        if let (Some(t), Some(mine), Some(theirs)) = (&claim.target, &self.target, &other.target) {
            self.target = Some(better_name(&t.id, mine, theirs).to_owned());
        }
    }
}

/// Add the claims and ledger rows of one new document; records the claim keys touched.
pub(crate) fn doc_claim_rows(
    rows: &mut ClaimRows,
    x: &Extraction,
    claims: &[DocClaimEntry],
    touched: &mut BTreeSet<String>,
) {
    let statements: std::collections::HashMap<&str, &dossier_core::Statement> =
        x.statements.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut seq = 0i64;
    for c in claims.iter() {
        seq += 1;
        let claim = &c.claim;
        rows.offer_names(claim);
        rows.claims.row(p![
            &claim.key,
            &claim.subject.id,
            &claim.subject.name,
            &claim.predicate,
            claim.target.as_ref().map(|t| &t.id),
            claim.target.as_ref().map(|t| &t.name),
            &claim.object,
            "unverified",
            "",
        ]);
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
        let via = serde_json::to_string(&via).unwrap_or_else(|_| "[]".into());
        rows.ledger.row(p![
            &claim.key,
            &x.document.id,
            seq,
            &x.document.published,
            &x.document.outlet,
            &speaker.id,
            &speaker.name,
            &speaker.country,
            &via,
            &stance,
            counts as i64,
            enum_str(&sourcing).as_str(),
            enum_str(&source).as_str(),
            &claim.statement,
            evidence.start,
            evidence.end,
            &evidence.text,
        ]);
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
        let speaker_id = format!("MODEL.{}", slug(&outlet));
        let speaker_name = format!("{outlet} (article stance, p={:.2})", s.confidence);
        rows.ledger.row(p![
            &s.claim,
            &x.document.id,
            seq,
            &x.document.published,
            &x.document.outlet,
            &speaker_id,
            &speaker_name,
            Option::<&str>::None,
            "[]",
            enum_str(&stance).as_str(),
            1i64,
            enum_str(&Sourcing::Outlet).as_str(),
            enum_str(&EntrySource::Model).as_str(),
            Option::<&str>::None,
            c.claim.evidence.start,
            c.claim.evidence.end,
            &c.claim.evidence.text,
        ]);
    }
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
/// `rows` are the batch's claim rows: their names replace stored ones that [`better_name`] ranks
/// lower.
pub(crate) fn reassess(db: &dyn Sql, touched: &BTreeSet<String>, rows: &ClaimRows) -> Result<()> {
    let mut changes = Inserter::new(
        "INSERT INTO status_changes (claim_key, seq, published, doc_id, from_status, to_status, explanation)",
        7,
        "",
    );
    for key in touched {
        let Some(record) = load_claim(db, key)? else {
            continue;
        };
        let assessment = assess(&record.parties(), &record.ledger);
        let mut subject_name = record.subject.name.as_str();
        let mut target_name = record.target.as_ref().map(|t| t.name.as_str());
        if let Some(offered) = rows.names.get(key) {
            subject_name = better_name(&record.subject.id, subject_name, &offered.subject);
            if let (Some(t), Some(stored), Some(theirs)) =
                (&record.target, target_name, offered.target.as_deref())
            {
                target_name = Some(better_name(&t.id, stored, theirs));
            }
        }
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
        db.execute(
            "UPDATE claims SET status = ?2, explanation = ?3, documents = ?4, first_seen = ?5, last_seen = ?6,
             subject_name = ?7, target_name = ?8
             WHERE key = ?1",
            p![
                key,
                assessment.status.as_str(),
                &assessment.explanation,
                docs.len(),
                first,
                last,
                subject_name,
                target_name
            ],
        )?;
        db.execute("DELETE FROM status_changes WHERE claim_key = ?1", p![key])?;
        for (i, c) in assessment.timeline.iter().enumerate() {
            changes.row(p![
                key,
                i,
                &c.published,
                &c.document,
                c.from.map(|s| s.as_str()),
                c.to.as_str(),
                &c.explanation
            ]);
        }
    }
    changes.flush(db)?;
    Ok(())
}

/// A claim with its ledger, notes and timeline. `key` may be a unique prefix.
pub(crate) fn load_claim(db: &dyn Sql, key: &str) -> Result<Option<ClaimRecord>> {
    let lex = ClaimLexicon::embedded();
    let Some(r) = db.query_opt(
        "SELECT key, subject_id, subject_name, predicate, target_id, target_name, object, status, explanation
         FROM claims WHERE key >= ?1 AND key < ?1 || 'g' ORDER BY key LIMIT 1",
        p![key],
    )?
    else {
        return Ok(None);
    };
    let key = r.text(0)?;
    let subject = ActorRef {
        id: r.text(1)?,
        name: r.text(2)?,
        mention: None,
    };
    let predicate = r.text(3)?;
    let target = r.opt_text(4)?.map(|id| ActorRef {
        name: id.clone(),
        id,
        mention: None,
    });
    let target = match (target, r.opt_text(5)?) {
        (Some(t), Some(name)) => Some(ActorRef { name, ..t }),
        (t, _) => t,
    };
    let object = r.opt_text(6)?;
    let status = parse_status(&r.text(7)?)?;
    let explanation = r.text(8)?;

    let mut ledger = Vec::new();
    let mut notes = Vec::new();
    let rows = db.query(
        "SELECT doc_id, published, outlet, speaker_id, speaker_name, speaker_country, via, stance, counts,
                sourcing, source, evidence_start, evidence_end, evidence
         FROM ledger WHERE claim_key = ?1 ORDER BY published IS NULL, published, doc_id, seq",
        p![&key],
    )?;
    for r in &rows {
        let speaker = Voice {
            id: r.text(3)?,
            name: r.text(4)?,
            country: r.opt_text(5)?,
        };
        let evidence = span(r, 11)?;
        let stance = r.text(7)?;
        if r.int(8)? == 1 {
            ledger.push(LedgerEntry {
                document: r.text(0)?,
                published: r.opt_text(1)?,
                outlet: r.opt_text(2)?,
                speaker,
                via: match r.text(6)?.as_str() {
                    "[]" => Vec::new(),
                    via => serde_json::from_str(via).unwrap_or_default(),
                },
                stance: parse_enum::<LedgerStance>(&stance)?,
                sourcing: parse_enum::<Sourcing>(&r.text(9)?)?,
                source: parse_enum::<EntrySource>(&r.text(10)?)?,
                evidence,
            });
        } else {
            notes.push(LedgerNote {
                document: r.text(0)?,
                published: r.opt_text(1)?,
                outlet: r.opt_text(2)?,
                speaker,
                kind: parse_enum::<Stance>(&stance)?,
                evidence,
            });
        }
    }

    let mut timeline = Vec::new();
    for r in db.query(
        "SELECT published, doc_id, from_status, to_status, explanation FROM status_changes
         WHERE claim_key = ?1 ORDER BY seq",
        p![&key],
    )? {
        timeline.push(StatusChange {
            published: r.opt_text(0)?,
            document: r.text(1)?,
            from: r.opt_text(2)?.map(|s| parse_status(&s)).transpose()?,
            to: parse_status(&r.text(3)?)?,
            explanation: r.text(4)?,
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

/// A span stored as three columns (start, end, text) from column `i`.
pub(crate) fn span(r: &Row, i: usize) -> Result<Span> {
    Ok(Span {
        start: r.count(i)?,
        end: r.count(i + 1)?,
        text: r.text(i + 2)?,
    })
}

fn load_all(db: &dyn Sql, keys: &[String]) -> Result<Vec<ClaimRecord>> {
    keys.iter()
        .filter_map(|k| load_claim(db, k).transpose())
        .collect()
}

/// Claims matching `filter`, most documents first.
pub(crate) fn claims(db: &dyn Sql, filter: &ClaimFilter, page: Page) -> Result<Vec<ClaimRecord>> {
    let keys = db.texts(
        "SELECT c.key FROM claims c
         WHERE (CAST(?1 AS TEXT) IS NULL OR c.status = ?1)
           AND (CAST(?2 AS TEXT) IS NULL OR c.subject_id = ?2 OR c.target_id = ?2
                OR substr(c.subject_id, 1, length(?2) + 1) = ?2 || '.'
                OR substr(c.target_id, 1, length(?2) + 1) = ?2 || '.')
           AND (CAST(?3 AS TEXT) IS NULL OR c.last_seen >= ?3)
         ORDER BY c.documents DESC, c.last_seen IS NULL, c.last_seen DESC, c.key
         LIMIT ?4 OFFSET ?5",
        p![
            filter.status.map(|s| s.as_str()),
            filter.actor.as_deref(),
            filter.since.as_deref(),
            page.limit,
            page.offset
        ],
    )?;
    load_all(db, &keys)
}

/// Counts of claims per status (for the board).
pub(crate) fn claim_counts(db: &dyn Sql) -> Result<Vec<(ClaimStatus, usize)>> {
    db.query(
        "SELECT status, count(*) FROM claims GROUP BY status ORDER BY status",
        &[],
    )?
    .iter()
    .map(|r| Ok((parse_status(&r.text(0)?)?, r.count(1)?)))
    .collect()
}

/// Claims about the same subject or the same kind of object as `claim`, most documents first.
pub(crate) fn related_claims(
    db: &dyn Sql,
    claim: &ClaimRecord,
    limit: usize,
) -> Result<Vec<ClaimRecord>> {
    let keys = db.texts(
        "SELECT key FROM claims
         WHERE key <> ?1 AND (subject_id = ?2 OR object = ?3)
         ORDER BY documents DESC, key LIMIT ?4",
        p![&claim.id, &claim.subject.id, &claim.object, limit],
    )?;
    load_all(db, &keys)
}

/// Opposite stances from different voices on one claim: each standing assertion paired with
/// each denial by another speaker.
pub(crate) fn contradictions(db: &dyn Sql, page: Page) -> Result<Vec<Contradiction>> {
    let keys = db.texts(
        "SELECT DISTINCT a.claim_key FROM ledger a JOIN ledger d
           ON d.claim_key = a.claim_key AND d.stance = 'denies' AND a.stance = 'asserts'
          AND a.speaker_id <> d.speaker_id AND a.counts = 1 AND d.counts = 1
          AND a.source <> 'model' AND d.source <> 'model'
         ORDER BY a.claim_key LIMIT ?1 OFFSET ?2",
        p![page.limit, page.offset],
    )?;
    let mut out = Vec::new();
    for c in load_all(db, &keys)? {
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
pub(crate) fn changes(db: &dyn Sql, since: &str, page: Page) -> Result<Vec<ClaimChange>> {
    let rows = db.query(
        "SELECT claim_key, seq FROM status_changes WHERE published >= ?1
         ORDER BY published, claim_key, seq LIMIT ?2 OFFSET ?3",
        p![since, page.limit, page.offset],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let (key, seq) = (r.text(0)?, r.count(1)?);
        if let Some(c) = load_claim(db, &key)? {
            if let Some(change) = c.timeline.get(seq) {
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

fn parse_enum<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    // Straight from the str: no JSON value built per field (a board page reads thousands of rows).
    use serde::de::IntoDeserializer;
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(s))
        .map_err(|_| StoreError::Corrupt(format!("unknown value {s:?} in the ledger")))
}

fn parse_status(s: &str) -> Result<ClaimStatus> {
    parse_enum(s)
}
