//! Documents and their extracted facts: the batch write and the listings, once for every
//! backend (SQL in the dialect SQLite and PostgreSQL share; see [`crate::db`]).

use crate::db::{lock_key, p, Inserter, Sql};
use crate::{
    claims, enum_str, ActorCount, BatchOutcome, DocSummary, Incoming, Page, Result, SearchHit,
    Stats, StoreError, StoredDocument,
};
use dossier_core::claims::{doc_claims, ClaimLexicon};
use dossier_core::{Document, DocumentHeader, Extraction};
use std::collections::{BTreeMap, BTreeSet};

/// Store a batch in one transaction: documents already present are duplicates, left untouched.
pub(crate) fn put_batch(db: &dyn Sql, batch: &[Incoming<'_>]) -> Result<BatchOutcome> {
    db.begin_write()?;
    let mut group = Group::new();
    match put_part(db, batch, &mut group).and_then(|_| finish(db, group)) {
        Ok(outcome) => {
            db.commit()?;
            Ok(outcome)
        }
        Err(e) => {
            let _ = db.rollback();
            Err(e)
        }
    }
}

/// A group of batches written in one transaction, each as it arrives (ingest's group commit,
/// issue 19): the rows of every document go in with its batch, while what is shared by the
/// whole group — each touched claim's aggregates, the move of the hash keys — is done once, by
/// [`finish`], before the commit. The same rows, in the same order, as one [`put_batch`] of
/// the whole group.
pub(crate) struct Group {
    outcome: BatchOutcome,
    touched: BTreeSet<String>,
    claim_rows: claims::ClaimRows,
}

impl Group {
    pub(crate) fn new() -> Group {
        Group {
            outcome: BatchOutcome::default(),
            touched: BTreeSet::new(),
            claim_rows: claims::ClaimRows::new(),
        }
    }
}

/// Inside the group's write transaction: write one batch's documents and facts, and keep what
/// the group's [`finish`] needs. Returns what this batch did.
pub(crate) fn put_part(
    db: &dyn Sql,
    batch: &[Incoming<'_>],
    group: &mut Group,
) -> Result<BatchOutcome> {
    let lex = ClaimLexicon::embedded();
    let doc_claims: Vec<_> = batch
        .iter()
        .map(|i| doc_claims(i.extraction, lex))
        .collect();
    // Every row this batch may create or change, locked up front in one order.
    let mut keys: Vec<i64> = Vec::new();
    for (item, claims) in batch.iter().zip(&doc_claims) {
        keys.push(lock_key(b'd', &item.document.header.id));
        keys.extend(item.extraction.actors.iter().map(|a| lock_key(b'a', &a.id)));
        keys.extend(claims.iter().map(|c| lock_key(b'c', &c.claim.key)));
    }
    keys.sort_unstable();
    keys.dedup();
    db.lock_keys(&keys)?;

    let Group {
        outcome: total,
        touched,
        claim_rows,
    } = group;
    let mut outcome = BatchOutcome::default();
    // Rows of new documents, sent per table after the loop (parents before children).
    let mut extractions = Inserter::new("INSERT INTO extractions (doc, json)", 2, "");
    let mut actors = Inserter::new(
        "INSERT INTO actors (id, name, kind, country)",
        4,
        "ON CONFLICT (id) DO NOTHING",
    );
    let mut mentions = Inserter::new(
        "INSERT INTO actor_mentions (doc, actor_id, count)",
        3,
        "ON CONFLICT DO NOTHING",
    );
    let mut statements = Inserter::new(
        "INSERT INTO statements (doc, sid, speaker_id, speaker_name, cue, mode, stance,
         sourcing, content_start, content_end, content, via)",
        12,
        "ON CONFLICT DO NOTHING",
    );
    let mut events = Inserter::new(
        "INSERT INTO events (doc, eid, source_id, source_name, target_id, target_name,
         cameo, plover, verb, object, modality, goldstein, evidence_start, evidence_end, evidence, statement)",
        16,
        "ON CONFLICT DO NOTHING",
    );
    let mut doc_keys = Inserter::new("INSERT INTO doc_keys_recent (idh, doc)", 2, "");
    // Ids this batch stored: a second copy later in the batch is a duplicate (the key tables
    // get the batch's keys after the loop).
    let mut stored_here: BTreeSet<&str> = BTreeSet::new();
    for (item, dclaims) in batch.iter().zip(&doc_claims) {
        let h = &item.document.header;
        let meta =
            (!h.meta.is_empty()).then(|| serde_json::Value::Object(h.meta.clone()).to_string());
        if stored_here.contains(h.id.as_str()) {
            outcome.duplicates += 1;
            continue;
        }
        // The new document's row id keys its facts (migration 7); none: already stored. The
        // hash is unique because this is the only insert, and it runs inside the write
        // transaction (SQLite) or under the batch's lock on the hash (PostgreSQL): migration 9.
        let inserted = db.query_opt(
            "INSERT INTO documents (id, idh, url, title, outlet, published, text, meta, origin)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
             WHERE NOT EXISTS (SELECT 1 FROM documents WHERE rowid IN (
                 SELECT doc FROM doc_keys WHERE idh = ?2
                 UNION ALL SELECT doc FROM doc_keys_recent WHERE idh = ?2) AND id = ?1)
             RETURNING rowid",
            p![
                &h.id,
                id_hash(&h.id),
                &h.url,
                &h.title,
                &h.outlet,
                &h.published,
                item.document.text.as_str(),
                meta.as_ref(),
                item.origin
            ],
        )?;
        let Some(row) = inserted else {
            outcome.duplicates += 1;
            continue;
        };
        let doc = row.int(0)?;
        outcome.new += 1;
        stored_here.insert(&h.id);
        doc_keys.row(p![id_hash(&h.id), doc]);
        let x = item.extraction;
        let json = serde_json::to_string(x)
            .map_err(|e| StoreError::Corrupt(format!("cannot encode extraction: {e}")))?;
        extractions.row(p![doc, &json]);
        // One mention count per actor (the last, if an actor were listed twice).
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for a in &x.actors {
            actors.row(p![&a.id, &a.name, enum_str(&a.kind).as_str(), &a.country]);
            counts.insert(&a.id, a.mentions.len());
        }
        for (actor, count) in counts {
            mentions.row(p![doc, actor, count]);
        }
        for s in &x.statements {
            let via = serde_json::to_string(&s.via).unwrap_or_else(|_| "[]".into());
            statements.row(p![
                doc,
                &s.id,
                &s.speaker.id,
                &s.speaker.name,
                &s.cue.text,
                enum_str(&s.mode).as_str(),
                enum_str(&s.stance).as_str(),
                enum_str(&s.sourcing).as_str(),
                s.content.start,
                s.content.end,
                &s.content.text,
                &via
            ]);
        }
        for e in &x.events {
            events.row(p![
                doc,
                &e.id,
                &e.source.id,
                &e.source.name,
                e.target.as_ref().map(|t| &t.id),
                e.target.as_ref().map(|t| &t.name),
                &e.action.cameo,
                &e.action.plover,
                &e.action.verb,
                &e.object,
                enum_str(&e.modality).as_str(),
                e.goldstein as f64,
                e.evidence.start,
                e.evidence.end,
                &e.evidence.text,
                &e.statement
            ]);
        }
        claims::doc_claim_rows(claim_rows, doc, x, dclaims, touched);
    }
    for rows in [
        &mut doc_keys,
        &mut extractions,
        &mut actors,
        &mut mentions,
        &mut statements,
        &mut events,
    ] {
        rows.flush(db)?;
    }
    claim_rows.flush(db)?;
    total.new += outcome.new;
    total.duplicates += outcome.duplicates;
    Ok(outcome)
}

/// Inside the group's write transaction, after its last batch: bring every claim the group
/// touched up to date (once per claim, however many batches touched it) and move the hash keys
/// once the recent run is full. Returns what the whole group did.
pub(crate) fn finish(db: &dyn Sql, group: Group) -> Result<BatchOutcome> {
    claims::reassess(db, &group.touched, &group.claim_rows)?;
    if group.outcome.new > 0 {
        let recent = db
            .query_one("SELECT count(*) FROM doc_keys_recent", &[])?
            .count(0)?;
        if recent >= RECENT_KEYS {
            db.merge_doc_keys()?;
        }
    }
    Ok(group.outcome)
}

/// Keys the small run `doc_keys_recent` collects before a batch moves them to `doc_keys` in
/// key order (migration 11). Each batch dirties at most the recent run's few dozen leaves
/// (~80 at this size) instead of one leaf of the large run per document; each move passes once
/// over the large run's leaves (~5,000 at 1M documents), so 16,384 keys per move costs the
/// large run ~0.3 page per document at 1M and less below (BENCHMARKS.md, session 11).
pub const RECENT_KEYS: usize = 16_384;

/// The rows of `documents` whose hash key is `idh`, in both runs of the key index.
const BY_IDH: &str = "rowid IN (SELECT doc FROM doc_keys WHERE idh = ?2
    UNION ALL SELECT doc FROM doc_keys_recent WHERE idh = ?2)";

/// The integer key `documents.idh` of a document id (migration 9): the first 16 characters
/// as hex digits, 4 bits each, most significant first (0 past the end of the id, 15 for a
/// character that is not a lower-case hex digit), as a two's-complement `i64`. The migrations
/// compute the same value in SQL.
pub(crate) fn id_hash(id: &str) -> i64 {
    id_hash_filled(id, 0)
}

/// [`id_hash`] with the digits past the end of `id` set to `fill`.
fn id_hash_filled(id: &str, fill: u64) -> i64 {
    let mut chars = id.chars();
    let mut h: u64 = 0;
    for k in 0..16 {
        let digit = match chars.next() {
            None => fill,
            Some(c) => c
                .to_digit(16)
                .filter(|_| !c.is_ascii_uppercase())
                .map_or(15, u64::from),
        };
        h |= digit << (60 - 4 * k);
    }
    h as i64
}

/// The `idh` values of every id that starts with `prefix`: one range, because the prefix fixes
/// the top digit (the sign); `None` for the empty prefix (every id).
pub(crate) fn id_hash_range(prefix: &str) -> Option<(i64, i64)> {
    (!prefix.is_empty()).then(|| (id_hash_filled(prefix, 0), id_hash_filled(prefix, 15)))
}

/// `SELECT {what} FROM documents WHERE` the row with this id (`?1`, its key `?2`).
pub(crate) fn by_id_sql(what: &str) -> String {
    format!("SELECT {what} FROM documents WHERE {BY_IDH} AND id = ?1")
}

/// Whether a document with this id is stored (the lookup of its integer key, then the id).
pub(crate) fn contains(db: &dyn Sql, id: &str) -> Result<bool> {
    Ok(db
        .query_opt(&by_id_sql("1"), p![id, id_hash(id)])?
        .is_some())
}

pub(crate) fn documents(db: &dyn Sql, page: Page) -> Result<Vec<DocSummary>> {
    db.query(
        "SELECT d.id, d.title, d.outlet, d.published, d.url, CAST(length(d.text) AS BIGINT),
                (SELECT count(*) FROM statements s WHERE s.doc = d.rowid),
                (SELECT count(*) FROM events e WHERE e.doc = d.rowid)
         FROM documents d
         ORDER BY d.published IS NULL, d.published DESC, d.rowid
         LIMIT ?1 OFFSET ?2",
        p![page.limit, page.offset],
    )?
    .iter()
    .map(|r| {
        Ok(DocSummary {
            id: r.text(0)?,
            title: r.opt_text(1)?,
            outlet: r.opt_text(2)?,
            published: r.opt_text(3)?,
            url: r.opt_text(4)?,
            chars: r.count(5)?,
            statements: r.count(6)?,
            events: r.count(7)?,
        })
    })
    .collect()
}

pub(crate) fn document(db: &dyn Sql, id: &str) -> Result<Option<StoredDocument>> {
    let (lo, hi) = id_hash_range(id).unwrap_or((i64::MIN, i64::MAX));
    let Some(r) = db.query_opt(
        "SELECT d.id, d.url, d.title, d.outlet, d.published, d.text, d.meta, d.origin, x.json
         FROM documents d LEFT JOIN extractions x ON x.doc = d.rowid
         WHERE d.rowid IN (SELECT doc FROM doc_keys WHERE idh BETWEEN ?2 AND ?3
               UNION ALL SELECT doc FROM doc_keys_recent WHERE idh BETWEEN ?2 AND ?3)
           AND d.id >= ?1 AND d.id < ?1 || 'g'
         ORDER BY d.id LIMIT 2",
        p![id, lo, hi],
    )?
    else {
        return Ok(None);
    };
    let mut header = DocumentHeader {
        id: r.text(0)?,
        url: r.opt_text(1)?,
        title: r.opt_text(2)?,
        outlet: r.opt_text(3)?,
        published: r.opt_text(4)?,
        meta: Default::default(),
    };
    let text = r.text(5)?;
    if let Some(meta) = r.opt_text(6)? {
        if let Ok(serde_json::Value::Object(m)) = serde_json::from_str(&meta) {
            header.meta = m;
        }
    }
    let origin = r.opt_text(7)?;
    let extraction = match r.opt_text(8)? {
        Some(j) => serde_json::from_str(&j)
            .map_err(|e| StoreError::Corrupt(format!("extraction of {}: {e}", header.id)))?,
        None => Extraction {
            document: header.clone(),
            ..Default::default()
        },
    };
    Ok(Some(StoredDocument {
        document: Document { header, text },
        extraction,
        origin,
    }))
}

/// Full-text search; a query that is not valid syntax for the backend is retried as plain words.
pub(crate) fn search(db: &dyn Sql, query: &str, page: Page) -> Result<Vec<SearchHit>> {
    if plain_words(query).is_empty() {
        return Err(StoreError::BadQuery(format!(
            "{query:?} has no words to search"
        )));
    }
    match db.search_raw(query, page) {
        Err(e) if db.is_query_syntax_error(&e) => db.search_raw(&plain_words(query), page),
        other => other,
    }
}

/// Each word of a query as a quoted term (so `U.S. "deal` searches for words, not syntax);
/// both FTS5 and `websearch_to_tsquery` read `"w1" "w2"` as "all these words".
pub(crate) fn plain_words(q: &str) -> String {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn stats(db: &dyn Sql) -> Result<Stats> {
    let count = |sql: &str| -> Result<usize> { db.query_one(sql, &[])?.count(0) };
    let r = db.query_one("SELECT min(published), max(published) FROM documents", &[])?;
    Ok(Stats {
        documents: count("SELECT count(*) FROM documents")?,
        chars: count("SELECT CAST(coalesce(sum(length(text)), 0) AS BIGINT) FROM documents")?,
        outlets: count("SELECT count(DISTINCT outlet) FROM documents")?,
        actors: count("SELECT count(*) FROM actors")?,
        statements: count("SELECT count(*) FROM statements")?,
        events: count("SELECT count(*) FROM events")?,
        first_published: r.opt_text(0)?,
        last_published: r.opt_text(1)?,
        schema_version: db.schema_version()?,
    })
}

pub(crate) fn actors(db: &dyn Sql, page: Page) -> Result<Vec<ActorCount>> {
    db.query(
        "SELECT a.id, a.name, a.kind, a.country, count(m.doc),
                CAST(coalesce(sum(m.count), 0) AS BIGINT),
                (SELECT count(*) FROM statements s WHERE s.speaker_id = a.id)
         FROM actors a LEFT JOIN actor_mentions m ON m.actor_id = a.id
         GROUP BY a.id
         ORDER BY coalesce(sum(m.count), -1) DESC, a.id
         LIMIT ?1 OFFSET ?2",
        p![page.limit, page.offset],
    )?
    .iter()
    .map(actor_row)
    .collect()
}

pub(crate) fn actor_row(r: &crate::db::Row) -> Result<ActorCount> {
    Ok(ActorCount {
        id: r.text(0)?,
        name: r.text(1)?,
        kind: r.text(2)?,
        country: r.opt_text(3)?,
        documents: r.count(4)?,
        mentions: r.count(5)?,
        statements: r.count(6)?,
    })
}

pub(crate) fn for_each_extraction(db: &dyn Sql, f: &mut dyn FnMut(Extraction)) -> Result<()> {
    db.each(
        "SELECT x.json FROM extractions x ORDER BY x.doc",
        &[],
        &mut |r| {
            f(serde_json::from_str(&r.text(0)?)
                .map_err(|e| StoreError::Corrupt(format!("extraction: {e}")))?);
            Ok(())
        },
    )
}

pub(crate) fn outlets(db: &dyn Sql) -> Result<BTreeMap<String, usize>> {
    db.query(
        "SELECT coalesce(outlet, '(unknown)'), count(*) FROM documents GROUP BY 1",
        &[],
    )?
    .iter()
    .map(|r| Ok((r.text(0)?, r.count(1)?)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::{id_hash, id_hash_range};

    #[test]
    fn the_integer_key_is_the_first_16_hex_digits() {
        let id = "9f3a0c41d2b7e85600aa11bb22cc33dd";
        assert_eq!(id_hash(id), 0x9f3a_0c41_d2b7_e856_u64 as i64);
        assert_eq!(id_hash("0000000000000001ffff"), 1);
        // Past the end: 0; not a lower-case hex digit: 15 (as the migrations compute it).
        assert_eq!(id_hash("a"), 0xa000_0000_0000_0000_u64 as i64);
        assert_eq!(id_hash("Az"), 0xff00_0000_0000_0000_u64 as i64);
    }

    #[test]
    fn a_prefix_is_one_range_of_keys() {
        assert_eq!(id_hash_range(""), None);
        let ids = [
            "9f3a0c41d2b7e85600aa11bb22cc33dd",
            "9f3affffffffffffffffffffffffffff",
            "9f3a000000000000",
            "7fff0c41d2b7e85600aa11bb22cc33dd",
        ];
        for prefix in [
            "9",
            "9f3a",
            "9f3a0c41d2b7e856",
            "9f3a0c41d2b7e85600aa",
            "7",
            "7fff0",
        ] {
            let (lo, hi) = id_hash_range(prefix).unwrap();
            for id in ids {
                let inside = (lo..=hi).contains(&id_hash(id));
                assert_eq!(inside, id.starts_with(prefix), "{prefix} {id}");
            }
        }
    }
}
