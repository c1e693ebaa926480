//! Claims in the store (every backend): ledger rows written with each document, status recomputed for
//! every claim a batch touched, and the queries behind `claims`, `claim`, `brief`,
//! `contradictions` and `changes`.

use crate::db::{p, Inserter, Row, Sql};
use crate::{enum_str, Page, Result, StoreError};
use dossier_core::claims::{ClaimLexicon, DocClaimEntry};
use dossier_core::ledger::{
    summarise, ClaimRecord, ClaimStatus, EntrySource, LedgerEntry, LedgerNote, LedgerStance,
    Parties, StatusChange, Summary, Voice,
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
    /// The new rows that bear on status, per claim, in document then `seq` order: what
    /// [`reassess`] folds into the claim's aggregates.
    new_entries: BTreeMap<String, Vec<LedgerEntry>>,
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
                "INSERT INTO ledger (claim_key, doc, doc_id, seq, published, outlet, speaker_id, speaker_name,
                 speaker_country, via, stance, counts, sourcing, source, statement, evidence_start,
                 evidence_end, evidence, text_date)",
                19,
                "ON CONFLICT DO NOTHING",
            ),
            names: BTreeMap::new(),
            new_entries: BTreeMap::new(),
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

/// Add the claims and ledger rows of one new document (`doc`: its row id); records the claim
/// keys touched.
pub(crate) fn doc_claim_rows(
    rows: &mut ClaimRows,
    doc: i64,
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
        if let Some(e) = &c.entry {
            rows.new_entries
                .entry(claim.key.clone())
                .or_default()
                .push(LedgerEntry {
                    document: x.document.id.clone(),
                    published: x.document.published.clone(),
                    outlet: x.document.outlet.clone(),
                    speaker: speaker.clone(),
                    via: via.clone(),
                    stance: e.stance,
                    sourcing,
                    source,
                    evidence: evidence.clone(),
                    date: e.date.clone(),
                });
        }
        let via = serde_json::to_string(&via).unwrap_or_else(|_| "[]".into());
        let text_date = c.entry.as_ref().and_then(|e| date_json(e.date.as_ref()));
        rows.ledger.row(p![
            &claim.key,
            doc,
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
            &text_date,
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
        rows.new_entries
            .entry(s.claim.clone())
            .or_default()
            .push(LedgerEntry {
                document: x.document.id.clone(),
                published: x.document.published.clone(),
                outlet: x.document.outlet.clone(),
                speaker: Voice {
                    id: speaker_id.clone(),
                    name: speaker_name.clone(),
                    country: None,
                },
                via: Vec::new(),
                stance,
                sourcing: Sourcing::Outlet,
                source: EntrySource::Model,
                evidence: c.claim.evidence.clone(),
                date: None,
            });
        rows.ledger.row(p![
            &s.claim,
            doc,
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
            Option::<&str>::None,
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

/// The columns of `claims` that [`reassess`] and [`repair`] maintain from the ledger.
#[derive(Debug, Clone, PartialEq)]
struct Aggregates {
    summary: Summary,
    /// The summary before the latest `published` value's documents (see [`Checkpoint`]).
    checkpoint: Option<Checkpoint>,
    documents: usize,
    entries: usize,
    first_seen: Option<String>,
    last_seen: Option<String>,
    /// The latest document in timeline order: (published, id).
    last: Option<(Option<String>, String)>,
}

/// The claim's summary as it stood before its documents of one `published` value (the latest
/// one; `None` = the undated). Documents arriving with that value or a later one — a second
/// article of the same day, whose id sorts before the first's — are folded from here over that
/// value's rows only, not the whole ledger.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
struct Checkpoint {
    published: Option<String>,
    summary: Summary,
}

/// A [`Checkpoint`] as stored in `claims.checkpoint`: its summary without the standing entries
/// it shares with the claim's current summary (`state`), which `shared` names as (position in
/// the checkpoint's list, index in the current list). The checkpoint is the summary one
/// `published` value back, so it shares nearly all of them: stored whole, it doubled the row
/// every document rewrites (≈ 9 KB at 200,000 synthetic documents, three pages). Rows written
/// before this form have no `shared` and read back as they are.
#[derive(Serialize, serde::Deserialize)]
struct StoredCheckpoint {
    published: Option<String>,
    summary: Summary,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    shared: Vec<(usize, usize)>,
}

impl Checkpoint {
    fn encode(&self, current: &Summary) -> StoredCheckpoint {
        let mut summary = self.summary.clone();
        let mut shared = Vec::new();
        let mut kept = Vec::with_capacity(summary.standing.len());
        for (pos, e) in std::mem::take(&mut summary.standing)
            .into_iter()
            .enumerate()
        {
            match current.standing.iter().position(|c| *c == e) {
                Some(i) => shared.push((pos, i)),
                None => kept.push(e),
            }
        }
        summary.standing = kept;
        StoredCheckpoint {
            published: self.published.clone(),
            summary,
            shared,
        }
    }

    /// `None` when `shared` does not fit `current` (a damaged row): the caller then has no
    /// checkpoint and recomputes from the ledger, which is always right.
    fn decode(stored: StoredCheckpoint, current: &Summary) -> Option<Checkpoint> {
        let StoredCheckpoint {
            published,
            mut summary,
            shared,
        } = stored;
        for (pos, i) in shared {
            let entry = current.standing.get(i)?.clone();
            if pos > summary.standing.len() {
                return None;
            }
            summary.standing.insert(pos, entry);
        }
        Some(Checkpoint { published, summary })
    }
}

/// Order of `published` values: dated ascending, undated last.
fn group_order(a: Option<&str>, b: Option<&str>) -> std::cmp::Ordering {
    (a.is_none(), a).cmp(&(b.is_none(), b))
}

/// Fold `entries` (rows in [`load_entries`] order) into `summary`, keeping `checkpoint` at the
/// summary before the latest `published` value; returns the timeline rows produced.
fn replay(
    parties: &Parties,
    summary: &mut Summary,
    checkpoint: &mut Option<Checkpoint>,
    entries: &[LedgerEntry],
) -> Vec<StatusChange> {
    let mut timeline = Vec::new();
    for doc in entries.chunk_by(|a, b| a.document == b.document) {
        let published = doc[0].published.as_deref();
        if checkpoint
            .as_ref()
            .is_none_or(|c| c.published.as_deref() != published)
        {
            *checkpoint = Some(Checkpoint {
                published: published.map(str::to_string),
                summary: summary.clone(),
            });
        }
        timeline.extend(summary.fold(parties, doc.iter()));
    }
    timeline
}

/// Timeline order of documents: by `published`, undated last, then by id (the order
/// [`load_entries`] reads a ledger in).
fn position<'a>(published: Option<&'a str>, doc: &'a str) -> (bool, Option<&'a str>, &'a str) {
    (published.is_none(), published, doc)
}

fn min_opt(a: Option<String>, b: Option<&String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if *b < a { b.clone() } else { a }),
        (a, b) => a.or_else(|| b.cloned()),
    }
}

fn max_opt(a: Option<String>, b: Option<&String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if *b > a { b.clone() } else { a }),
        (a, b) => a.or_else(|| b.cloned()),
    }
}

/// The aggregates of a whole ledger (`entries` in [`load_entries`] order) and its timeline.
fn aggregate(parties: &Parties, entries: &[LedgerEntry]) -> (Aggregates, Vec<StatusChange>) {
    let mut summary = Summary::new();
    let mut checkpoint = None;
    let timeline = replay(parties, &mut summary, &mut checkpoint, entries);
    let docs: BTreeSet<&str> = entries.iter().map(|e| e.document.as_str()).collect();
    let last = entries
        .iter()
        .max_by(|a, b| {
            position(a.published.as_deref(), &a.document)
                .cmp(&position(b.published.as_deref(), &b.document))
        })
        .map(|e| (e.published.clone(), e.document.clone()));
    (
        Aggregates {
            summary,
            checkpoint,
            documents: docs.len(),
            entries: entries.len(),
            first_seen: entries.iter().filter_map(|e| e.published.clone()).min(),
            last_seen: entries.iter().filter_map(|e| e.published.clone()).max(),
            last,
        },
        timeline,
    )
}

/// A claim's stored aggregates (`None` in `summary` position if never aggregated: a store
/// from before migration 4).
struct Stored {
    subject_id: String,
    subject_name: String,
    target_id: Option<String>,
    target_name: Option<String>,
    aggregates: Option<Aggregates>,
    status: String,
    explanation: String,
}

impl Stored {
    fn parties(&self) -> Parties {
        Parties::new(&self.subject_id, self.target_id.as_deref())
    }
}

fn load_stored(db: &dyn Sql, key: &str) -> Result<Option<Stored>> {
    let Some(r) = db.query_opt(
        "SELECT subject_id, subject_name, target_id, target_name, state, last_published, last_doc,
                documents, entries, first_seen, last_seen, status, explanation, checkpoint
         FROM claims WHERE key = ?1",
        p![key],
    )?
    else {
        return Ok(None);
    };
    let summary = r
        .opt_text(4)?
        .and_then(|s| serde_json::from_str::<Summary>(&s).ok());
    let aggregates = match summary {
        Some(summary) => Some(Aggregates {
            checkpoint: r
                .opt_text(13)?
                .and_then(|s| serde_json::from_str::<StoredCheckpoint>(&s).ok())
                .and_then(|c| Checkpoint::decode(c, &summary)),
            summary,
            last: r
                .opt_text(6)?
                .map(|doc| (r.opt_text(5).ok().flatten(), doc)),
            documents: r.count(7)?,
            entries: r.count(8)?,
            first_seen: r.opt_text(9)?,
            last_seen: r.opt_text(10)?,
        }),
        None => None,
    };
    Ok(Some(Stored {
        subject_id: r.text(0)?,
        subject_name: r.text(1)?,
        target_id: r.opt_text(2)?,
        target_name: r.opt_text(3)?,
        aggregates,
        status: r.text(11)?,
        explanation: r.text(12)?,
    }))
}

/// Write a claim's aggregates; `timeline` rows replace the stored ones from `first_seq` on.
fn write_aggregates(
    db: &dyn Sql,
    key: &str,
    agg: &Aggregates,
    names: (&str, Option<&str>),
    first_seq: usize,
    timeline: &[StatusChange],
    changes: &mut Inserter,
) -> Result<()> {
    let encode =
        |e: serde_json::Error| StoreError::Corrupt(format!("cannot encode claim state: {e}"));
    let state = serde_json::to_string(&agg.summary).map_err(encode)?;
    let checkpoint = agg
        .checkpoint
        .as_ref()
        .map(|c| serde_json::to_string(&c.encode(&agg.summary)))
        .transpose()
        .map_err(encode)?;
    db.execute(
        "UPDATE claims SET status = ?2, explanation = ?3, documents = ?4, first_seen = ?5, last_seen = ?6,
         subject_name = ?7, target_name = ?8, state = ?9, last_published = ?10, last_doc = ?11,
         entries = ?12, checkpoint = ?13
         WHERE key = ?1",
        p![
            key,
            agg.summary.status().as_str(),
            &agg.summary.explanation,
            agg.documents,
            &agg.first_seen,
            &agg.last_seen,
            names.0,
            names.1,
            &state,
            agg.last.as_ref().and_then(|l| l.0.as_deref()),
            agg.last.as_ref().map(|l| l.1.as_str()),
            agg.entries,
            &checkpoint
        ],
    )?;

    for (i, c) in timeline.iter().enumerate() {
        let text_date = date_json(c.date.as_ref());
        // The change's document by its row id (migration 8); it is in the store (its ledger
        // rows caused the change).
        let doc = db
            .query(
                &crate::documents::by_id_sql("rowid"),
                p![&c.document, crate::documents::id_hash(&c.document)],
            )?
            .first()
            .map(|r| r.int(0))
            .transpose()?
            .ok_or_else(|| {
                StoreError::Corrupt(format!("status change of unknown document {}", c.document))
            })?;
        changes.row(p![
            key,
            first_seq + i,
            &c.published,
            doc,
            c.from.map(|s| s.as_str()),
            c.to.as_str(),
            &c.explanation,
            &text_date
        ]);
    }
    Ok(())
}

fn changes_inserter() -> Inserter {
    Inserter::new(
        "INSERT INTO status_changes (claim_key, seq, published, doc, from_status, to_status, explanation,
         text_date)",
        8,
        "",
    )
}

/// Bring the aggregates (status, explanation, timeline, counts, state) of each touched claim up
/// to date. A claim whose new documents all come after its latest one in timeline order (the
/// usual case: news arrives roughly in publication order) has them folded into its stored
/// state: work proportional to the new rows and the claim's voices, not to its ledger. Any
/// other claim (an older article ingested later, or a store from before migration 4) is
/// recomputed from its whole ledger. Both give the same bytes (`tests/incremental.rs`).
/// `rows` are the batch's claim rows: their names replace stored ones that [`better_name`]
/// ranks lower.
pub(crate) fn reassess(db: &dyn Sql, touched: &BTreeSet<String>, rows: &ClaimRows) -> Result<()> {
    let mut changes = changes_inserter();
    let none = Vec::new();
    for key in touched {
        let Some(stored) = load_stored(db, key)? else {
            continue;
        };
        let mut subject_name = stored.subject_name.as_str();
        let mut target_name = stored.target_name.as_deref();
        if let Some(offered) = rows.names.get(key) {
            subject_name = better_name(&stored.subject_id, subject_name, &offered.subject);
            if let (Some(t), Some(mine), Some(theirs)) =
                (&stored.target_id, target_name, offered.target.as_deref())
            {
                target_name = Some(better_name(t, mine, theirs));
            }
        }
        let parties = stored.parties();
        let new = rows.new_entries.get(key).unwrap_or(&none);
        // The new documents in timeline order (each document's rows stay together, in order).
        let mut docs: Vec<&[LedgerEntry]> = new.chunk_by(|a, b| a.document == b.document).collect();
        docs.sort_by(|a, b| {
            position(a[0].published.as_deref(), &a[0].document)
                .cmp(&position(b[0].published.as_deref(), &b[0].document))
        });
        let in_order = |agg: &Aggregates| match (&agg.last, docs.first()) {
            (Some((published, doc)), Some(first)) => {
                position(first[0].published.as_deref(), &first[0].document)
                    > position(published.as_deref(), doc)
            }
            _ => true,
        };
        // Can the new documents be folded from the checkpoint (they are all of the latest
        // `published` value or later)?
        let from_checkpoint = |agg: &Aggregates| match (&agg.checkpoint, &agg.last, docs.first()) {
            (Some(c), Some((published, _)), Some(first)) => {
                c.published == *published
                    && group_order(first[0].published.as_deref(), published.as_deref()).is_ge()
            }
            _ => false,
        };
        let count_new = |agg: &mut Aggregates| {
            for d in &docs {
                agg.documents += 1;
                agg.entries += d.len();
                for e in d.iter() {
                    agg.first_seen = min_opt(agg.first_seen.take(), e.published.as_ref());
                    agg.last_seen = max_opt(agg.last_seen.take(), e.published.as_ref());
                }
                let pos = (d[0].published.clone(), d[0].document.clone());
                if agg.last.as_ref().is_none_or(|l| {
                    position(pos.0.as_deref(), &pos.1) > position(l.0.as_deref(), &l.1)
                }) {
                    agg.last = Some(pos);
                }
            }
        };
        let (agg, first_seq, timeline) = match stored.aggregates {
            Some(mut agg) if in_order(&agg) => {
                // Later than everything read: fold the new rows alone.
                let first_seq = agg.summary.changes;
                let mut timeline = Vec::new();
                for d in &docs {
                    timeline.extend(replay(&parties, &mut agg.summary, &mut agg.checkpoint, d));
                }
                count_new(&mut agg);
                (agg, first_seq, timeline)
            }
            Some(mut agg) if from_checkpoint(&agg) => {
                // Among the latest day's documents: replay that day's rows from the checkpoint.
                let Some(c) = agg.checkpoint.take() else {
                    unreachable!("from_checkpoint checked it")
                };
                let entries = load_entries_from(db, key, c.published.as_deref())?;
                let first_seq = c.summary.changes;
                agg.summary = c.summary;
                let timeline = replay(&parties, &mut agg.summary, &mut agg.checkpoint, &entries);
                count_new(&mut agg);
                db.execute(
                    "DELETE FROM status_changes WHERE claim_key = ?1 AND seq >= ?2",
                    p![key, first_seq],
                )?;
                (agg, first_seq, timeline)
            }
            _ => {
                // Older than the latest day, or never aggregated: the whole ledger.
                let entries = load_entries(db, key, None)?;
                let (agg, timeline) = aggregate(&parties, &entries);
                db.execute("DELETE FROM status_changes WHERE claim_key = ?1", p![key])?;
                (agg, 0, timeline)
            }
        };
        write_aggregates(
            db,
            key,
            &agg,
            (subject_name, target_name),
            first_seq,
            &timeline,
            &mut changes,
        )?;
    }
    changes.flush(db)?;
    Ok(())
}

/// One difference `repair` found between a claim's stored aggregates and its ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepairDiff {
    pub claim: String,
    /// What differed: `status`, `explanation`, `timeline`, `documents`, `entries`, `first_seen`,
    /// `last_seen`, `last_document` or `state` (`state` alone: aggregates never built, e.g. a
    /// store from before migration 4); for the board's counts per status (claim `*`),
    /// `counts:STATUS`.
    pub field: String,
}

/// What `repair` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RepairReport {
    pub claims: usize,
    pub repaired: usize,
    pub differences: Vec<RepairDiff>,
}

/// Rebuild every claim's aggregates from its ledger and report (and, unless `dry_run`, fix)
/// every difference. Claims are done in transactions of 200, each taking the claims' write
/// locks, so it may run beside ingest.
pub(crate) fn repair(db: &dyn Sql, dry_run: bool) -> Result<RepairReport> {
    let mut report = RepairReport::default();
    let mut after = String::new();
    loop {
        let keys = db.texts(
            "SELECT key FROM claims WHERE key > ?1 ORDER BY key LIMIT 200",
            p![&after],
        )?;
        let Some(last) = keys.last() else {
            break;
        };
        after = last.clone();
        db.begin_write()?;
        let done = (|| -> Result<()> {
            let mut locks: Vec<i64> = keys.iter().map(|k| crate::db::lock_key(b'c', k)).collect();
            locks.sort_unstable();
            locks.dedup();
            db.lock_keys(&locks)?;
            let mut changes = changes_inserter();
            for key in &keys {
                report.claims += 1;
                let Some(stored) = load_stored(db, key)? else {
                    continue;
                };
                let entries = load_entries(db, key, None)?;
                let (agg, timeline) = aggregate(&stored.parties(), &entries);
                let stored_timeline = load_timeline(db, key)?;
                let mut diffs = Vec::new();
                if stored.status != agg.summary.status().as_str() {
                    diffs.push("status");
                }
                if stored.explanation != agg.summary.explanation {
                    diffs.push("explanation");
                }
                if stored_timeline != timeline {
                    diffs.push("timeline");
                }
                match &stored.aggregates {
                    None => diffs.push("state"),
                    Some(s) => {
                        for (field, same) in [
                            ("documents", s.documents == agg.documents),
                            ("entries", s.entries == agg.entries),
                            ("first_seen", s.first_seen == agg.first_seen),
                            ("last_seen", s.last_seen == agg.last_seen),
                            ("last_document", s.last == agg.last),
                            (
                                "state",
                                s.summary == agg.summary && s.checkpoint == agg.checkpoint,
                            ),
                        ] {
                            if !same {
                                diffs.push(field);
                            }
                        }
                    }
                }
                if diffs.is_empty() {
                    continue;
                }
                report.repaired += 1;
                report
                    .differences
                    .extend(diffs.into_iter().map(|field| RepairDiff {
                        claim: key.clone(),
                        field: field.to_string(),
                    }));
                if !dry_run {
                    db.execute("DELETE FROM status_changes WHERE claim_key = ?1", p![key])?;
                    write_aggregates(
                        db,
                        key,
                        &agg,
                        (&stored.subject_name, stored.target_name.as_deref()),
                        0,
                        &timeline,
                        &mut changes,
                    )?;
                }
            }
            changes.flush(db)?;
            Ok(())
        })();
        match done {
            Ok(()) => db.commit()?,
            Err(e) => {
                let _ = db.rollback();
                return Err(e);
            }
        }
    }
    recount(db, dry_run, &mut report)?;
    Ok(report)
}

/// The advisory lock the PostgreSQL counts trigger takes shared (migration 10) and
/// [`recount`] exclusively ("dossnums").
const COUNTS_LOCK: i64 = 0x646f_7373_6e75_6d73;

/// Compare the counts per status the triggers keep (migration 10) with a count of the claims;
/// report each status that differs (claim `*`, field `counts:STATUS`) and, unless `dry_run`,
/// rebuild them. Holds the counts lock so no batch changes a status meanwhile.
fn recount(db: &dyn Sql, dry_run: bool, report: &mut RepairReport) -> Result<()> {
    db.begin_write()?;
    let done = (|| -> Result<()> {
        db.lock_keys(&[COUNTS_LOCK])?;
        let pairs = |sql: &str| -> Result<Vec<(String, i64)>> {
            db.query(sql, &[])?
                .iter()
                .map(|r| Ok((r.text(0)?, r.int(1)?)))
                .collect()
        };
        let counted = pairs("SELECT status, count(*) FROM claims GROUP BY status ORDER BY status")?;
        let kept = pairs(
            "SELECT status, CAST(sum(claims) AS BIGINT) FROM claim_counts
             GROUP BY status HAVING sum(claims) <> 0 ORDER BY status",
        )?;
        if counted == kept {
            return Ok(());
        }
        let mut statuses: Vec<&String> = counted.iter().chain(&kept).map(|p| &p.0).collect();
        statuses.sort();
        statuses.dedup();
        for status in statuses {
            let of = |v: &[(String, i64)]| v.iter().find(|p| &p.0 == status).map(|p| p.1);
            if of(&counted) != of(&kept) {
                report.differences.push(RepairDiff {
                    claim: "*".into(),
                    field: format!("counts:{status}"),
                });
            }
        }
        if !dry_run {
            db.execute("DELETE FROM claim_counts", &[])?;
            db.execute(
                "INSERT INTO claim_counts (status, slot, claims)
                 SELECT status, 0, count(*) FROM claims GROUP BY status",
                &[],
            )?;
        }
        Ok(())
    })();
    match done {
        Ok(()) => db.commit(),
        Err(e) => {
            let _ = db.rollback();
            Err(e)
        }
    }
}

#[path = "claims_read.rs"]
mod read;
pub use read::LISTING_LEDGER_ROWS;
pub(crate) use read::*;
