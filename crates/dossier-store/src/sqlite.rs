//! The SQLite backend.

use crate::{
    claims, enum_str, migrate, ActorCount, BatchOutcome, DocSummary, Incoming, Page, Result,
    SearchHit, Stats, StoreError,
};
use dossier_core::{Document, DocumentHeader, Extraction};
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A dossier database in one SQLite file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A stored document with its extraction record.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDocument {
    pub document: Document,
    pub extraction: Extraction,
    pub origin: Option<String>,
}

impl Store {
    /// Open (creating if needed) the database at `path` and bring its schema up to date.
    ///
    /// Several processes may open one file at once: WAL lets readers run beside a writer, and
    /// writers wait for each other (busy timeout) instead of failing.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        Store::init(conn, path.to_path_buf())
    }

    /// A private in-memory database (tests, `extract`-only runs).
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Store> {
        let wrap = |e: rusqlite::Error| classify(&path, e);
        conn.busy_timeout(Duration::from_secs(60)).map_err(wrap)?;
        // Reading the schema is the first real access: a file that is not SQLite fails here.
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(wrap)?;
        if found > migrate::latest() {
            return Err(StoreError::TooNew {
                path,
                found,
                supported: migrate::latest(),
            });
        }
        if path.as_os_str() != ":memory:" {
            let mode: String = conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                .map_err(wrap)?;
            if !mode.eq_ignore_ascii_case("wal") && found < migrate::latest() {
                // A read-only file cannot switch to WAL; say so before trying to migrate.
                check_writable(&conn, &path)?;
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        migrate::apply(&mut conn).map_err(wrap)?;
        Ok(Store { conn, path })
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The database location, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Store a batch of extracted documents in one transaction. Documents already present (same
    /// id) are counted as duplicates and left untouched.
    pub fn put_batch(&mut self, batch: &[Incoming<'_>]) -> Result<BatchOutcome> {
        // A database SQLite opened but may not write (e.g. its header says read-only) fails at
        // the first write: report it like the other open failures, naming the file.
        self.put_batch_tx(batch).map_err(|e| match e {
            StoreError::Sqlite(e) => classify(&self.path, e),
            e => e,
        })
    }

    fn put_batch_tx(&mut self, batch: &[Incoming<'_>]) -> Result<BatchOutcome> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let mut outcome = BatchOutcome::default();
        let mut touched = std::collections::BTreeSet::new();
        {
            let mut insert_doc = tx.prepare_cached(
                "INSERT OR IGNORE INTO documents (id, url, title, outlet, published, text, meta, origin)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut insert_extraction =
                tx.prepare_cached("INSERT INTO extractions (doc_id, json) VALUES (?1, ?2)")?;
            let mut upsert_actor = tx.prepare_cached(
                "INSERT INTO actors (id, name, kind, country) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(id) DO NOTHING",
            )?;
            let mut insert_mentions = tx.prepare_cached(
                "INSERT OR REPLACE INTO actor_mentions (doc_id, actor_id, count) VALUES (?1, ?2, ?3)",
            )?;
            let mut insert_statement = tx.prepare_cached(
                "INSERT OR REPLACE INTO statements (doc_id, sid, speaker_id, speaker_name, cue, mode, stance,
                 sourcing, content_start, content_end, content, via)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?;
            let mut insert_event = tx.prepare_cached(
                "INSERT OR REPLACE INTO events (doc_id, eid, source_id, source_name, target_id, target_name,
                 cameo, plover, verb, object, modality, goldstein, evidence_start, evidence_end, evidence, statement)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?;
            for item in batch {
                let h = &item.document.header;
                let meta = (!h.meta.is_empty())
                    .then(|| serde_json::Value::Object(h.meta.clone()).to_string());
                let inserted = insert_doc.execute(params![
                    h.id,
                    h.url,
                    h.title,
                    h.outlet,
                    h.published,
                    item.document.text,
                    meta,
                    item.origin
                ])?;
                if inserted == 0 {
                    outcome.duplicates += 1;
                    continue;
                }
                outcome.new += 1;
                let x = item.extraction;
                let json = serde_json::to_string(x)
                    .map_err(|e| StoreError::Corrupt(format!("cannot encode extraction: {e}")))?;
                insert_extraction.execute(params![h.id, json])?;
                for a in &x.actors {
                    upsert_actor.execute(params![a.id, a.name, enum_str(&a.kind), a.country])?;
                    insert_mentions.execute(params![h.id, a.id, a.mentions.len() as i64])?;
                }
                for s in &x.statements {
                    let via = serde_json::to_string(&s.via).unwrap_or_else(|_| "[]".into());
                    insert_statement.execute(params![
                        h.id,
                        s.id,
                        s.speaker.id,
                        s.speaker.name,
                        s.cue.text,
                        enum_str(&s.mode),
                        enum_str(&s.stance),
                        enum_str(&s.sourcing),
                        s.content.start as i64,
                        s.content.end as i64,
                        s.content.text,
                        via
                    ])?;
                }
                for e in &x.events {
                    insert_event.execute(params![
                        h.id,
                        e.id,
                        e.source.id,
                        e.source.name,
                        e.target.as_ref().map(|t| &t.id),
                        e.target.as_ref().map(|t| &t.name),
                        e.action.cameo,
                        e.action.plover,
                        e.action.verb,
                        e.object,
                        enum_str(&e.modality),
                        e.goldstein as f64,
                        e.evidence.start as i64,
                        e.evidence.end as i64,
                        e.evidence.text,
                        e.statement
                    ])?;
                }
                claims::insert_doc_claims(&tx, x, &mut touched)?;
            }
        }
        claims::reassess(&tx, &touched)?;
        tx.commit().map_err(|e| classify(&path, e))?;
        Ok(outcome)
    }

    /// Is a document with this id stored?
    pub fn contains(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
            .exists([id])?)
    }

    /// Documents, newest published first (undated last), then in ingest order.
    pub fn documents(&self, page: Page) -> Result<Vec<DocSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.outlet, d.published, d.url, length(d.text),
                    (SELECT count(*) FROM statements s WHERE s.doc_id = d.id),
                    (SELECT count(*) FROM events e WHERE e.doc_id = d.id)
             FROM documents d
             ORDER BY d.published IS NULL, d.published DESC, d.rowid
             LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(params![page.limit as i64, page.offset as i64], |r| {
            Ok(DocSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                url: r.get(4)?,
                chars: r.get::<_, i64>(5)? as usize,
                statements: r.get::<_, i64>(6)? as usize,
                events: r.get::<_, i64>(7)? as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One document with its text and extraction record. `id` may be a unique prefix.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let row = self
            .conn
            .query_row(
                "SELECT d.id, d.url, d.title, d.outlet, d.published, d.text, d.meta, d.origin, x.json
                 FROM documents d LEFT JOIN extractions x ON x.doc_id = d.id
                 WHERE d.id >= ?1 AND d.id < ?1 || 'g' ORDER BY d.id LIMIT 2",
                [id],
                |r| {
                    Ok((
                        DocumentHeader {
                            id: r.get(0)?,
                            url: r.get(1)?,
                            title: r.get(2)?,
                            outlet: r.get(3)?,
                            published: r.get(4)?,
                            meta: Default::default(),
                        },
                        r.get::<_, String>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, Option<String>>(7)?,
                        r.get::<_, Option<String>>(8)?,
                    ))
                },
            )
            .optional()?;
        let Some((mut header, text, meta, origin, json)) = row else {
            return Ok(None);
        };
        if let Some(meta) = meta {
            if let Ok(serde_json::Value::Object(m)) = serde_json::from_str(&meta) {
                header.meta = m;
            }
        }
        let extraction = match json {
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

    /// Full-text search over titles and texts (FTS5 syntax: words, "phrases", OR, NOT, prefix*).
    /// A query that is not valid FTS5 syntax is retried as plain words.
    pub fn search(&self, query: &str, page: Page) -> Result<Vec<SearchHit>> {
        match self.search_raw(query, page) {
            Err(StoreError::Sqlite(e)) if is_fts_syntax_error(&e) => {
                let plain = plain_fts_query(query);
                if plain.is_empty() {
                    return Err(StoreError::BadQuery(format!(
                        "{query:?} has no words to search"
                    )));
                }
                self.search_raw(&plain, page)
            }
            other => other,
        }
    }

    fn search_raw(&self, query: &str, page: Page) -> Result<Vec<SearchHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.outlet, d.published,
                    snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts, 2.0, 1.0)
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY bm25(documents_fts, 2.0, 1.0)
             LIMIT ?2 OFFSET ?3",
        )?;
        let rows = stmt.query_map(params![query, page.limit as i64, page.offset as i64], |r| {
            Ok(SearchHit {
                id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                snippet: r.get(4)?,
                rank: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Counts over the whole store.
    pub fn stats(&self) -> Result<Stats> {
        let c = &self.conn;
        let count = |sql: &str| -> Result<usize> {
            Ok(c.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        let (first, last): (Option<String>, Option<String>) = c.query_row(
            "SELECT min(published), max(published) FROM documents",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            chars: count("SELECT coalesce(sum(length(text)), 0) FROM documents")?,
            outlets: count("SELECT count(DISTINCT outlet) FROM documents")?,
            actors: count("SELECT count(*) FROM actors")?,
            statements: count("SELECT count(*) FROM statements")?,
            events: count("SELECT count(*) FROM events")?,
            first_published: first,
            last_published: last,
            schema_version: c.query_row("PRAGMA user_version", [], |r| r.get(0))?,
        })
    }

    /// Actors with the number of documents and mentions, most mentioned first.
    pub fn actors(&self, page: Page) -> Result<Vec<ActorCount>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.name, a.kind, a.country, count(m.doc_id), coalesce(sum(m.count), 0),
                    (SELECT count(*) FROM statements s WHERE s.speaker_id = a.id)
             FROM actors a LEFT JOIN actor_mentions m ON m.actor_id = a.id
             GROUP BY a.id
             ORDER BY sum(m.count) DESC, a.id
             LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(params![page.limit as i64, page.offset as i64], |r| {
            Ok(ActorCount {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                country: r.get(3)?,
                documents: r.get::<_, i64>(4)? as usize,
                mentions: r.get::<_, i64>(5)? as usize,
                statements: r.get::<_, i64>(6)? as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stored extraction, in ingest order (for exports and re-aggregation).
    pub fn for_each_extraction(&self, mut f: impl FnMut(Extraction)) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT x.json FROM extractions x JOIN documents d ON d.id = x.doc_id ORDER BY d.rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let json: String = r.get(0)?;
            f(serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("extraction: {e}")))?);
        }
        Ok(())
    }

    /// Document counts per outlet (for `stats`).
    pub fn outlets(&self) -> Result<BTreeMap<String, usize>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(outlet, '(unknown)'), count(*) FROM documents GROUP BY 1",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Turn SQLite's open/first-access failures into messages a user can act on.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
            path,
            detail: e.to_string(),
        },
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => StoreError::Open {
            path,
            detail: e.to_string(),
        },
        _ => StoreError::Sqlite(e),
    }
}

fn check_writable(conn: &Connection, path: &Path) -> Result<()> {
    match conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
        Ok(()) => Ok(()),
        Err(e) => Err(classify(path, e)),
    }
}

fn is_fts_syntax_error(e: &rusqlite::Error) -> bool {
    let msg = e.to_string();
    msg.contains("fts5: syntax error")
        || msg.contains("no such column")
        || msg.contains("unterminated string")
}

/// Each word of a query as a quoted FTS5 term (so `U.S. "deal` searches for words, not syntax).
fn plain_fts_query(q: &str) -> String {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::{make_document, Extraction};

    fn doc(text: &str, title: &str, published: &str) -> (Document, Extraction) {
        let d = make_document(
            text,
            DocumentHeader {
                title: Some(title.into()),
                outlet: Some("Example Wire".into()),
                published: Some(published.into()),
                ..Default::default()
            },
        );
        let x = dossier_core::extract(&d);
        (d, x)
    }

    fn put(store: &mut Store, docs: &[(Document, Extraction)]) -> BatchOutcome {
        let batch: Vec<Incoming> = docs
            .iter()
            .map(|(d, x)| Incoming {
                document: d,
                extraction: x,
                origin: "test",
            })
            .collect();
        store.put_batch(&batch).unwrap()
    }

    #[test]
    fn reingesting_the_same_text_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        let docs = vec![
            doc(
                "Iran denied sending missiles to Russia.",
                "Denial",
                "2024-09-10",
            ),
            doc(
                "The Kremlin declined to comment on the report.",
                "Kremlin",
                "2024-09-11",
            ),
        ];
        let mut store = Store::open(&path).unwrap();
        assert_eq!(
            put(&mut store, &docs),
            BatchOutcome {
                new: 2,
                duplicates: 0
            }
        );
        drop(store);
        // Same texts with other whitespace, in a new process-like reopen.
        let again = vec![doc(
            "Iran  denied sending missiles to Russia.\n",
            "Other title",
            "2024-09-12",
        )];
        let mut store = Store::open(&path).unwrap();
        assert_eq!(
            put(&mut store, &again),
            BatchOutcome {
                new: 0,
                duplicates: 1
            }
        );
        assert_eq!(store.stats().unwrap().documents, 2);
        // The first title wins: nothing stored was touched.
        let stored = store.document(&docs[0].0.header.id).unwrap().unwrap();
        assert_eq!(stored.document.header.title.as_deref(), Some("Denial"));
        assert_eq!(
            stored.document.text,
            "Iran denied sending missiles to Russia."
        );
    }

    #[test]
    fn search_finds_words_with_snippets_and_survives_bad_syntax() {
        let mut store = Store::open_in_memory().unwrap();
        put(
            &mut store,
            &[
                doc(
                    "Ukraine's air force said it shot down 40 Shahed drones overnight.",
                    "Drones",
                    "2024-10-01",
                ),
                doc(
                    "Sanctions on Iranian airlines were announced by the European Union.",
                    "Sanctions",
                    "2024-10-02",
                ),
            ],
        );
        let hits = store.search("shahed", Page::default()).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(hits[0].snippet.contains("[Shahed]"), "{}", hits[0].snippet);
        let hits = store
            .search("sanctions OR drones", Page::default())
            .unwrap();
        assert_eq!(hits.len(), 2);
        // Unbalanced quote: retried as plain words instead of failing.
        let hits = store.search("\"European Union", Page::default()).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(matches!(
            store.search("\"", Page::default()),
            Err(StoreError::BadQuery(_))
        ));
    }

    #[test]
    fn listing_is_newest_first_and_paged() {
        let mut store = Store::open_in_memory().unwrap();
        put(
            &mut store,
            &[
                doc("First report about the strike.", "A", "2024-01-01"),
                doc("Second report about the strike.", "B", "2024-03-01"),
                doc("Third report about the strike.", "C", "2024-02-01"),
            ],
        );
        let titles = |p| {
            store
                .documents(p)
                .unwrap()
                .into_iter()
                .map(|d| d.title.unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            titles(Page {
                limit: 10,
                offset: 0
            }),
            ["B", "C", "A"]
        );
        assert_eq!(
            titles(Page {
                limit: 1,
                offset: 1
            }),
            ["C"]
        );
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_refused_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
        let err = Store::open(&path).err().expect("must fail");
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
        assert!(err.to_string().contains("notes.db: not a dossier database"));
        // The file is left as it was.
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("these are my notes"));
    }

    #[test]
    fn migrations_are_recorded_and_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.db");
        let v1 = Store::open(&path).unwrap().stats().unwrap().schema_version;
        let v2 = Store::open(&path).unwrap().stats().unwrap().schema_version;
        assert_eq!(v1, migrate::latest());
        assert_eq!(v1, v2);
    }
}
